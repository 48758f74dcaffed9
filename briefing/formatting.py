"""How dates, times and people read in summaries and packs (English for now)."""

from __future__ import annotations

import datetime as dt

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_date(day: dt.date, weekday: bool = False) -> str:
    """``30 November 2017`` (or ``Thursday 30 November 2017``), the same in every locale."""
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def format_date_range(first: dt.date | None, last: dt.date | None) -> str:
    """``30 November 2017``, ``27–29 November 2017`` or ``30 November – 2 December 2017``."""
    if first is None:
        return format_date(last) if last else ""
    if last is None or last == first:
        return format_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last)}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def format_slot(start: dt.time | None, end: dt.time | None) -> str:
    """``10:00–10:15``; either end may be missing."""
    parts = [t.strftime("%H:%M") for t in (start, end) if t is not None]
    return "–".join(parts)


def format_duration(minutes: int) -> str:
    """``45 min``, ``1 h`` or ``1 h 30 min``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
