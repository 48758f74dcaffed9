"""Time ranges as programmes write them: ``10:00-10:15``, ``10h00``, ``10:00 a.m.``, ``1400-1410GMT``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# One clock time; the 12-hour suffix is read separately.
_CLOCK = re.compile(
    r"(?P<h1>[01]?\d|2[0-4])\s?[:.]\s?(?P<m1>[0-5]\d)(?!\d)"  # 10:00, 10.00
    r"|(?P<h2>[01]?\d|2[0-4])\s?h\s?(?P<m2>[0-5]\d)?(?![a-zA-Z\d])"  # 10h00, 13 h 00, 10h
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s*(?:-|–|—|GMT|UTC|CET|CEST|EST|hrs|$))"  # 1400
    r"|(?P<h4>1[0-2]|0?[1-9])(?=\s?[ap]\.?\s?m\b)"  # 8am, 8 p.m.
    r"|(?P<h5>[01]?\d|2[0-4])\s?(?:heures?|horas?|hrs?)(?:\s?(?P<m5>[0-5]\d)(?!\d))?"  # 15 heures
)
_MERIDIEM = re.compile(r"\s?(?P<ap>[ap])\.?\s?m\b\.?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:-|–|—|to\b|à\b|a\b|until\b|au\b)\s*", re.IGNORECASE)
_ZONE = re.compile(
    r"\s*(?:\(?\s*(?:GMT|UTC|CET|CEST|EST|EDT|hrs|hours|heures|horas|onwards?|and after)\b"
    r"\s*\)?)",
    re.I,
)
_LEAD = re.compile(r"[\s|:–—\-.,/]+")
# Something that starts like a time but may not be one ("10:7x", "25:00").
_TIMEISH = re.compile(r"^\s*\d{1,2}\s?(?:[:.h]\s?\d|\s?[ap]\.?m\b)", re.IGNORECASE)


@dataclass(frozen=True)
class TimeRange:
    """A start time, an end time when one is written, and the text after them."""

    start: dt.time
    end: dt.time | None
    rest: str


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    meridiem: str  # "a", "p" or ""
    end: int


def _clock_at(text: str, pos: int) -> _Clock | None:
    """The clock time written at ``pos``, or ``None``."""
    match = _CLOCK.match(text, pos)
    if match is None:
        return None
    groups = match.groupdict()
    hour = next(groups[g] for g in ("h1", "h2", "h3", "h4", "h5") if groups[g] is not None)
    minute = next((groups[g] for g in ("m1", "m2", "m3", "m5") if groups[g] is not None), "0")
    end = match.end()
    meridiem = ""
    suffix = _MERIDIEM.match(text, end)
    if suffix is not None:
        meridiem = suffix.group("ap").lower()
        end = suffix.end()
    return _Clock(int(hour), int(minute), meridiem, end)


def _to_time(clock: _Clock, meridiem: str) -> dt.time | None:
    """The 24-hour time of a clock reading, or ``None`` when it is not a time of day."""
    hour = clock.hour
    if meridiem:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour == 24 and clock.minute == 0:
        return dt.time(23, 59)
    if hour > 23:
        return None
    return dt.time(hour, clock.minute)


def _start_meridiem(start: _Clock, end: _Clock | None) -> str:
    """The start's 12-hour suffix: its own, else the end's when that keeps start before end."""
    if start.meridiem or end is None or not end.meridiem:
        return start.meridiem
    if end.meridiem == "p" and start.hour % 12 > end.hour % 12:
        return "a"  # 11:00 - 1:00 pm
    return end.meridiem


def parse_time_range(text: str) -> TimeRange | None:
    """The time range (or start time) that opens ``text``, or ``None`` when none does."""
    pos = len(text) - len(text.lstrip())
    start = _clock_at(text, pos)
    if start is None:
        return None
    end: _Clock | None = None
    after = start.end
    sep = _SEPARATOR.match(text, after)
    if sep is not None:
        end = _clock_at(text, sep.end())
        if end is not None:
            after = end.end
    zone = _ZONE.match(text, after)
    if zone is not None:
        after = zone.end()
    if after < len(text) and (text[after].isalnum() and not text[after - 1].isspace()):
        return None  # "10.5km", "10:00abc"
    start_time = _to_time(start, _start_meridiem(start, end))
    end_time = _to_time(end, end.meridiem) if end is not None else None
    if start_time is None or (end is not None and end_time is None):
        return None
    return TimeRange(start_time, end_time, _strip_lead(text[after:]))


def _strip_lead(text: str) -> str:
    """``text`` less the separators between a time and the item's title."""
    match = _LEAD.match(text)
    return text[match.end() :].strip() if match else text.strip()


def looks_like_time(text: str) -> bool:
    """Whether ``text`` starts like a clock time (to report one that cannot be read)."""
    return _TIMEISH.match(text) is not None


# A time in brackets that ends a title: "Opening session (09.00-12.00)", "Reception (19.00)".
_TRAILING_TIME = re.compile(r"\s*[(\[](?P<t>[^()\[\]]{3,25})[)\]]\s*$")


_SEPARATED = re.compile(r"\d\s?[:.h]\s?\d|\d\s?[ap]\.?m\b", re.IGNORECASE)


def parse_trailing_time(text: str) -> TimeRange | None:
    """The time range (or start) in brackets at the end of ``text``, the title before it as
    the rest; ``None`` when ``text`` does not end so."""
    match = _TRAILING_TIME.search(text)
    if match is None or not text[: match.start()].strip() or not _SEPARATED.search(match["t"]):
        return None  # "(2004-2014)" gives years, not a time
    times = parse_time_range(match.group("t"))
    if times is None or times.rest:
        return None
    return TimeRange(times.start, times.end, text[: match.start()].strip())
