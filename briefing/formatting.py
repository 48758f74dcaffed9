"""How dates, times and lengths read in summaries and packs, in the pack's language.

Dates and times come from the CLDR data Babel ships; no month names are written out here.
English is international English (``en_001``: ``30 November 2017``). Arabic is CLDR's ``ar``,
whose numbering system is Latin digits, as United Nations Arabic documents write dates.
"""

from __future__ import annotations

import datetime as dt
import functools

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_interval as _babel_interval
from babel.dates import format_time as _babel_time

from briefing.i18n import pack_language, pack_words
from briefing.validation import fold

# The CLDR locale that writes each pack language.
_CLDR_LOCALES = {"ar": "ar", "en": "en_001", "es": "es", "fr": "fr", "ru": "ru", "zh": "zh_Hans"}
# The pack's house style where it differs from CLDR: no comma after an English weekday.
_WEEKDAY_PATTERNS = {"en": "EEEE d MMMM y"}
_DAY_PATTERNS = {"en": "EEE d MMM"}
# Languages whose month names the importers and the date fields recognise; variants such as
# Latin American "setiembre" come from the regional locales that use them.
_READ_LOCALES = ("en", "en_001", "fr", "es", "es_UY", "ru", "ar")


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(_CLDR_LOCALES[pack_language(language)])


def _spaced(text: str) -> str:
    """CLDR's thin spaces around range dashes as ordinary spaces, as the pack always wrote them."""
    return text.replace("\u2009", " ")


def format_date(day: dt.date, weekday: bool = False, language: str = "en") -> str:
    """``30 November 2017`` (``Thursday 30 November 2017``), ``30 novembre 2017``,
    ``2017年11月30日``…: the date as ``language`` writes it in full."""
    locale = _locale(language)
    if not weekday:
        return _babel_date(day, "long", locale=locale)
    pattern = _WEEKDAY_PATTERNS.get(pack_language(language), "full")
    text = _babel_date(day, pattern, locale=locale)
    return text[:1].upper() + text[1:]  # it starts a line: "Jeudi", "Четверг"


def format_date_range(first: dt.date | None, last: dt.date | None, language: str = "en") -> str:
    """``27–29 November 2017``, ``30 November – 2 December 2017``, ``27–29 novembre 2017``…"""
    if first is None:
        return format_date(last, language=language) if last else ""
    if last is None or last == first:
        return format_date(first, language=language)
    locale = _locale(language)
    start, end = _interval_patterns(locale, _greatest_difference(first, last))
    text = _babel_date(first, start, locale=locale) + _babel_date(last, end, locale=locale)
    return _spaced(text)


def _greatest_difference(first: dt.date, last: dt.date) -> str:
    if first.year != last.year:
        return "y"
    return "M" if first.month != last.month else "d"


def _interval_patterns(locale: Locale, field: str) -> tuple[str, str]:
    """The two halves of the locale's range pattern for dates with the month in full.

    CLDR gives most languages ranges only with the month abbreviated (``yMMMd``); the month is
    then widened as ICU does, when the locale's full date names the month in words (``MMMM``).
    """
    formats = locale.interval_formats
    if "yMMMMd" in formats:
        first, second = formats["yMMMMd"][field]
        return str(first), str(second)
    first, second = (str(p) for p in formats["yMMMd"][field])
    full = str(locale.datetime_skeletons["yMMMMd"])
    if "MMMM" in full:
        first, second = (_widen_month(p) for p in (first, second))
    return first, second


def _widen_month(pattern: str) -> str:
    """``d MMM y`` → ``d MMMM y`` (an abbreviated month field becomes the full one)."""
    return pattern.replace("MMMM", "MMM").replace("MMM", "MMMM")


def format_time(moment: dt.time, language: str = "en") -> str:
    """``10:00``: a time of day on the 24-hour clock, as ``language`` writes it."""
    locale = _locale(language)
    return _babel_time(moment, str(locale.datetime_skeletons["Hm"]), locale=locale)


def format_slot(start: dt.time | None, end: dt.time | None, language: str = "en") -> str:
    """``10:00–10:15``; either end may be missing."""
    if start is None or end is None:
        return "".join(format_time(t, language) for t in (start, end) if t is not None)
    locale = _locale(language)
    return _spaced(_babel_interval(start, end, "Hm", locale=locale))


def format_duration(minutes: int, language: str = "en") -> str:
    """``45 min``, ``1 h`` or ``1 h 30 min`` (``1 ч 30 мин``, ``1小时30分钟``…)."""
    words = pack_words(language)
    hours, rest = divmod(minutes, 60)
    minute_text = words.ngettext("{count} min", "{count} min", rest).format(count=rest)
    if not hours:
        return minute_text
    hour_text = words.ngettext("{count} h", "{count} h", hours).format(count=hours)
    if not rest:
        return hour_text
    return words.gettext("{hours} {minutes}").format(hours=hour_text, minutes=minute_text)


def format_day(day: dt.date, language: str = "en") -> str:
    """``Thu 30 Nov``, ``jeu. 30 nov.``, ``11月30日周四``: a day of a meeting, for narrow places."""
    locale = _locale(language)
    pattern = _DAY_PATTERNS.get(pack_language(language), str(locale.datetime_skeletons["MMMEd"]))
    return _babel_date(day, pattern, locale=locale)


def format_short_date(day: dt.date, language: str = "en") -> str:
    """``27 Nov 2017``: a date with its month abbreviated, for narrow places."""
    locale = _locale(language)
    return _babel_date(day, str(locale.datetime_skeletons["yMMMd"]), locale=locale)


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations of the languages read (folded, without a final dot),
    each with its number: ``novembre`` → 11, ``nov`` → 11, ``ноября`` → 11."""
    found: dict[str, int] = {}
    for name in _READ_LOCALES:
        months = Locale.parse(name).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, month in months[context][width].items():
                    found.setdefault(fold(month).rstrip("."), number)
    return found


@functools.cache
def weekday_names() -> tuple[str, ...]:
    """Weekday names of the languages read, folded: ``thursday``, ``jeudi``, ``jueves``…"""
    names: dict[str, None] = {}
    for name in _READ_LOCALES:
        for context in ("format", "stand-alone"):
            for day in Locale.parse(name).days[context]["wide"].values():
                names.setdefault(fold(day), None)
    return tuple(names)


def month_number(name: str) -> int:
    """The number of a month written in words (any language read, any case, accents or not,
    an abbreviation with or without its dot); 0 when it is none."""
    return month_numbers().get(fold(name.strip()).rstrip("."), 0)
