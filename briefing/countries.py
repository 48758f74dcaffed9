"""Countries: the codes people's delegations are kept by, and their names in a pack's language.

A person's country is kept as its ISO 3166 two-letter code (``CH``), so that one meeting prints
"Switzerland" in an English pack and "Suisse" in a French one, and a list of participants orders
the Member States by their names in the pack's language. Names come from the Unicode CLDR (via
Babel) in the six official UN languages.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from briefing.collation import SortKey, text_sort_key
from briefing.validation import fold

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
_CODE = re.compile(r"^[A-Za-z]{2}$")


@functools.cache
def _names(language: str) -> dict[str, str]:
    """Every country's name in ``language`` (an unknown language: English), by code."""
    try:
        territories = Locale.parse(language.replace("-", "_")).territories
    except (ValueError, TypeError):
        territories = Locale.parse("en").territories
    return {code: name for code, name in territories.items() if _CODE.match(code)}


def country_codes() -> tuple[str, ...]:
    """Every country code known, in order of their English names."""
    names = _names("en")
    return tuple(sorted(names, key=lambda code: fold(names[code])))


def country_name(code: str, language: str = "en") -> str:
    """The name of the country ``code`` in ``language`` (the code itself if unknown)."""
    return _names(language).get(code.upper(), _names("en").get(code.upper(), code))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text).replace("’", "'")).split())


@functools.cache
def _lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in _names(language).items():
            found.setdefault(_key(name), code)
    for code in _names("en"):
        found.setdefault(code.lower(), code)
    return found


def find_country(text: str) -> str | None:
    """The code of the country ``text`` names (its code or its name in an official UN
    language, in any case, with or without accents), or ``None``."""
    key = _key(text)
    if not key:
        return None
    return _lookup().get(key)


def country_sort_key(code: str, language: str) -> SortKey:
    """The key that puts countries in alphabetical order of their names in ``language``."""
    return text_sort_key(country_name(code, language))
