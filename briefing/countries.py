"""Countries: the codes people's delegations are kept by, and their names in a pack's language.

A person's country is kept as its ISO 3166 two-letter code (``CH``), so that one meeting prints
"Switzerland" in an English pack and "Suisse" in a French one, and a list of participants orders
the Member States by their names in the pack's language.

The 193 Member States and the two non-member observer States (Holy See, State of Palestine) are
named as the UN names them (its terminology's short names, without the article: "Republic of
Korea", "Netherlands (Kingdom of the)") in its six official languages, from
``data/un_states.json`` (see ``data/README.md``). Any other territory is named by the Unicode
CLDR (via Babel).

Order follows the UN's lists. In Arabic the article ال is not counted (الأردن among the ا,
اليابان among the ي), nor the hamza or madda on an alif (أذربيجان between إثيوبيا and
الأرجنتين). In Chinese, dictionary order: character by character, by pinyin, then tone, then
number of strokes (冈比亚 before 刚果, 基里巴斯 before 吉布提, 立陶宛 before 利比里亚); people's
names (``briefing.collation``) sort by the letters of their whole pinyin instead.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from babel import Locale

from briefing.collation import SortKey, is_chinese_name, text_sort_key
from briefing.validation import fold

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
_CODE = re.compile(r"^[A-Za-z]{2}$")
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las)\s+|l')")
_ARABIC_ARTICLE = re.compile(r"(?<!\S)ال(?=\S\S)")
_ALIFS = str.maketrans("أإآٱ", "اااا")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_TONE = re.compile(r"^([a-zü]+)([1-5])$")


@dataclass(frozen=True)
class UnState:
    """A UN Member or observer State: its codes and names in the six languages."""

    alpha2: str
    alpha3: str
    observer: bool
    short: dict[str, str]
    formal: dict[str, str]
    pinyin: tuple[str, ...]
    aliases: tuple[str, ...]


@functools.cache
def _data() -> dict:
    text = resources.files("briefing").joinpath("data/un_states.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _un_states() -> dict[str, UnState]:
    return {
        row["alpha2"]: UnState(
            alpha2=row["alpha2"],
            alpha3=row["alpha3"],
            observer=row["status"] == "observer",
            short=row["short"],
            formal=row["formal"],
            pinyin=tuple(row["zh_pinyin"].split()),
            aliases=tuple(row["aliases"]),
        )
        for row in _data()["states"]
    }


def _language(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


@functools.cache
def _names(language: str) -> dict[str, str]:
    """Every territory's CLDR name in ``language`` (an unknown language: English), by code."""
    try:
        territories = Locale.parse(language.replace("-", "_")).territories
    except (ValueError, TypeError):
        territories = Locale.parse("en").territories
    return {code: name for code, name in territories.items() if _CODE.match(code)}


def un_state(code: str) -> UnState | None:
    """The UN Member or observer State ``code`` names, or ``None``."""
    return _un_states().get(code.upper())


def is_member_state(code: str) -> bool:
    """Whether ``code`` is a Member State of the United Nations."""
    state = un_state(code)
    return state is not None and not state.observer


def is_observer_state(code: str) -> bool:
    """Whether ``code`` is a non-member observer State (Holy See, State of Palestine)."""
    state = un_state(code)
    return state is not None and state.observer


def country_codes() -> tuple[str, ...]:
    """Every country code known, in order of their English names."""
    codes = set(_names("en")) | set(_un_states())
    return tuple(sorted(codes, key=lambda code: fold(country_name(code, "en"))))


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language``: a UN State's UN short name in an
    official UN language, otherwise the CLDR's (the code itself if unknown)."""
    state = un_state(code)
    lang = _language(language)
    if state is not None and lang in LANGUAGES:
        return state.short[lang]
    names = _names(language)
    return names.get(code.upper(), _names("en").get(code.upper(), code))


def _key(text: str) -> str:
    words = " ".join(re.sub(r"[^\w']+", " ", fold(text).replace("’", "'")).split())
    return _LEADING_ARTICLE.sub("", words).replace("'", " ").strip()


def _variants(name: str) -> tuple[str, ...]:
    return (name, _PARENTHESIS.sub("", name))


def _un_names() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for state in _un_states().values():
        for language in LANGUAGES:
            for name in (state.short[language], state.formal[language]):
                found += [(variant, state.alpha2) for variant in _variants(name)]
        found += [(alias, state.alpha2) for alias in state.aliases]
        found.append((state.alpha3, state.alpha2))
    return found


@functools.cache
def _lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, code in _un_names():
        found.setdefault(_key(name), code)
    for language in LANGUAGES:
        for code, name in _names(language).items():
            found.setdefault(_key(name), code)
    for code in _names("en"):
        found.setdefault(code.lower(), code)
    return found


def find_country(text: str) -> str | None:
    """The code of the country ``text`` names (its ISO code, two or three letters, or its UN
    or usual name in an official UN language, in any case, with or without accents or a
    leading article), or ``None``."""
    key = _key(text)
    if not key:
        return None
    return _lookup().get(key)


def _arabic_sort_form(name: str) -> str:
    """What an Arabic name sorts as in a UN list: without the article ال of its words, and
    an alif with a hamza or madda (أ إ آ) as a plain alif."""
    return _ARABIC_ARTICLE.sub("", name).translate(_ALIFS)


def _strokes(char: str) -> int:
    return _data()["zh_strokes"].get(char, 0)


def _syllables(name: str, pinyin: tuple[str, ...]) -> list[int]:
    """Dictionary order of a Chinese name, flattened: per character its pinyin's letters,
    an end mark (so "ba" comes before "bai"), its tone, its strokes and itself."""
    key: list[int] = []
    for char, reading in zip(name, pinyin, strict=False):
        match = _TONE.match(reading)
        letters, tone = (match.group(1), int(match.group(2))) if match else (reading, 0)
        key += [*(ord(c) for c in letters.replace("ü", "v")), 0, tone, _strokes(char), ord(char)]
    return key


def _pinyin(name: str) -> tuple[str, ...]:
    # imported here: its dictionaries take 0.3 s to load (see briefing.collation)
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True))


def _chinese_key(code: str, name: str) -> SortKey:
    state = un_state(code)
    hans = "".join(c for c in name if is_chinese_name(c))
    pinyin = state.pinyin if state is not None and name == state.short["zh"] else _pinyin(hans)
    return (tuple(_syllables(hans, pinyin)), (), text_sort_key(name)[0])


def country_sort_key(code: str, language: str) -> SortKey:
    """The key that puts countries in the order of their names in ``language``, as UN lists
    in that language do (see the module's docstring)."""
    name = country_name(code, language)
    lang = _language(language)
    if lang == "zh" and is_chinese_name(name):
        return _chinese_key(code, name)
    if lang == "ar":
        primary, secondary, _ = text_sort_key(_arabic_sort_form(name))
        return (primary, secondary, text_sort_key(name)[2])
    return text_sort_key(name)
