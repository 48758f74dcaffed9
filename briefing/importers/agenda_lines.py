"""Lines as a PDF or a hard-wrapped text breaks them, joined back: a person's position that runs
on to the next line, a bullet standing alone on its line.

A line is joined to the one before when it cannot open anything (no bullet, label, time or
honorific) and the line before plainly runs on: it ends with a comma or a word such as "of",
or it is a long line naming a person. The joined line is left blank, so numbers stay the same.
"""

from __future__ import annotations

import re

from briefing.importers.agenda_people import split_honorific, strip_bullet
from briefing.importers.agenda_rooms import room_of
from briefing.importers.agenda_times import parse_time_range
from briefing.validation import fold

_CONNECTORS = {
    "of", "for", "the", "and", "to", "in", "on", "at", "with", "a", "an", "by", "de", "du",
    "des", "la", "le", "les", "et", "en", "pour", "sur", "del", "y", "el", "los", "las", "para",
    "con", "por",
}  # fmt: skip
_BULLET_ONLY = re.compile(r"^\s*[•·▪◦‣*\-–—\x7f\uf0b7]\s*$")
_OPENS = re.compile(r"^\s*(?:[•·▪◦‣*\-–—\[\x7f\uf0b7]|\d{1,2}[.)]\s|[\w’' -]{1,40}:(?:\s|$))")
_WRAP_WIDTH = 60
_LIST_COMMAS = 2  # "Chief, Civil, Political, … Rights": a position or an affiliation  # a line at least this long that stops mid-phrase was wrapped


def join_wrapped(lines: list[str], raw: list[str]) -> tuple[list[str], list[str]]:
    """The lines (and their raw forms, kept in step) with wrapped lines joined."""
    lines, raw = list(lines), list(raw)
    last = -1  # the last non-blank line
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if last >= 0 and _joins(lines[last], line):
            lines[last] = _glue(lines[last], line)
            raw[last] = _glue(raw[last], raw[index])
            lines[index] = raw[index] = ""
            continue
        last = index
    return lines, raw


def _glue(before: str, after: str) -> str:
    """Two pieces of one line; two times alone make a range."""
    if parse_time_range(before) is not None and parse_time_range(after.strip()) is not None:
        return f"{before.strip()} - {after.strip()}"
    return f"{before.rstrip()} {after.strip()}"


def _joins(before: str, line: str) -> bool:
    """Whether ``line`` continues ``before``."""
    if _BULLET_ONLY.match(before) or _time_pair(before, line):
        return True
    if _opens(line):
        return False
    words = before.rstrip().split()
    if before.rstrip().endswith(","):
        return True
    if fold(words[-1]) in _CONNECTORS:
        return True
    if len(before) < _WRAP_WIDTH or before.rstrip().endswith(_ENDS):
        return False
    return _names(before) or before.count(",") >= _LIST_COMMAS


def _time_pair(before: str, line: str) -> bool:
    """A start time alone, then its end time alone (a grid's time column: "9.00", "10.30")."""
    start, end = parse_time_range(before), parse_time_range(line)
    if start is None or end is None or start.rest or end.rest:
        return False
    return start.end is None and end.end is None and end.start > start.start


_ENDS = (".", ":", ";", "!", "?", ")", "”", '"', "»")


def _opens(line: str) -> bool:
    """Whether a line opens something of its own: a bullet, a label, a time, a title."""
    text = line.strip()
    if _OPENS.match(text) or parse_time_range(text) is not None or room_of(text):
        return True
    opener = text[:1]
    return bool(split_honorific(text)[0]) or not (opener.isalnum() or opener == "(")


def _names(line: str) -> bool:
    """Whether a line names a person (``Mr. …``, ``Moderator: Ms …``, ``• Dr …``)."""
    text = strip_bullet(line)
    label, sep, rest = text.partition(":")
    if sep and len(label.split()) <= 4:
        text = rest.strip()
    return bool(split_honorific(text)[0])
