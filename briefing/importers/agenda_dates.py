"""Dates and day headings in English, French, Spanish, Russian and Arabic: ``Tuesday, 28 November
2017``, ``Mardi 1er octobre``, ``30 ноября 2017``, ``Day 2``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.formatting import month_numbers, weekday_names
from briefing.validation import fold

# Month and weekday names come from CLDR (through Babel), in every language the dates are read in.
_MONTH = "|".join(re.escape(name) for name in sorted(month_numbers(), key=len, reverse=True))
_WEEKDAYS = "|".join(re.escape(name) for name in weekday_names())
_DAY_FIRST = re.compile(
    rf"^(?:(?:{_WEEKDAYS})[,،]?\s+)?(?:le\s+|el\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|º|°)?\.?\s+"
    rf"(?:de\s+)?(?P<m>{_MONTH})\.?(?:,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}}))?$"
)
_MONTH_FIRST = re.compile(
    rf"^(?:(?:{_WEEKDAYS})[,،]?\s+)?(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?$"
)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
_DAY_NUMBER = re.compile(r"^(?:day|jour|dia)\s+(?P<n>\d{1,2})\b[\s:,.\-–—]*(?P<rest>.*)$")
_LABEL = re.compile(r"^(?:date|fecha)\s*:\s*")


@dataclass(frozen=True)
class WrittenDate:
    """A date as written: day and month always, the year when the text gives one."""

    day: int
    month: int
    year: int | None

    def resolve(self, year: int | None) -> dt.date | None:
        """The date, taking ``year`` when the text had none; ``None`` when it is impossible."""
        try:
            return dt.date(self.year or year or 0, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class DayHeading:
    """A day heading: ``Day 2``, a date, or both (``Day 2: Wednesday, 29 November``)."""

    number: int | None
    date: WrittenDate | None


def _key(text: str) -> str:
    """Folded text with commas normalised, for matching."""
    return " ".join(fold(text).replace(",", ", ").split()).strip(" :.-–—")


def parse_written_date(text: str) -> WrittenDate | None:
    """The date a whole line writes (``November 30, 2017``, ``Mardi 1er octobre``), or ``None``."""
    key = _LABEL.sub("", _key(text))
    for pattern in (_DAY_FIRST, _MONTH_FIRST, _ISO):
        match = pattern.match(key)
        if match is not None:
            month = match.group("m")
            number = int(month) if month.isdigit() else month_numbers()[month.rstrip(".")]
            year = match.group("y")
            return WrittenDate(int(match.group("d")), number, int(year) if year else None)
    return None


def parse_day_heading(text: str) -> DayHeading | None:
    """A day heading that a whole line makes, or ``None``."""
    key = _key(text)
    match = _DAY_NUMBER.match(key)
    if match is None:
        date = parse_written_date(text)
        return DayHeading(None, date) if date is not None else None
    rest = match.group("rest")
    date = parse_written_date(rest) if rest else None
    if rest and date is None:
        return None
    return DayHeading(int(match.group("n")), date)
