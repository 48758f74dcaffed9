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
# A short note in brackets on a line of its own: "(continued)", "(suite)", "(by video)".
_NOTE = re.compile(r"^\s*\((?:[^()\d]{1,20})\)\s*$")
_WRAP_WIDTH = 60
_LIST_COMMAS = 2  # "Chief, Civil, Political, … Rights": a position or an affiliation  # a line at least this long that stops mid-phrase was wrapped


def join_wrapped(lines: list[str], raw: list[str]) -> tuple[list[str], list[str]]:
    """The lines (and their raw forms, kept in step) with wrapped lines joined."""
    lines, raw = list(lines), list(raw)
    width = _wrap_width(lines)
    last, tail = -1, ""  # the last kept line, and the last physical line joined to it
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if last >= 0 and _joins(lines[last], tail, line, width):
            lines[last] = _glue(lines[last], line)
            raw[last] = _glue(raw[last], raw[index])
            lines[index] = raw[index] = ""
        else:
            last = index
        tail = line
    return lines, raw


def _wrap_width(lines: list[str]) -> int:
    """How long a line must be to have been wrapped: most of the text's usual long line."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths:
        return _WRAP_WIDTH
    usual = lengths[int(len(lengths) * 0.9)] if len(lengths) > 1 else lengths[0]
    return max(_WRAP_WIDTH, int(usual * 0.7))


def _glue(before: str, after: str) -> str:
    """Two pieces of one line; two times alone make a range."""
    if parse_time_range(before) is not None and parse_time_range(after.strip()) is not None:
        return f"{before.strip()} - {after.strip()}"
    return f"{before.rstrip()} {after.strip()}"


def _joins(joined: str, tail: str, line: str, width: int) -> bool:
    """Whether ``line`` continues ``joined`` (whose last physical line is ``tail``)."""
    if _BULLET_ONLY.match(tail) or _time_pair(joined, line) or _NOTE.match(line):
        return True
    if _opens(line):
        return False
    tail = tail.rstrip()
    if tail.endswith(",") or fold(tail.split()[-1]) in _CONNECTORS:
        return True
    if len(tail) < width or tail.endswith(_ENDS):
        return False
    return _names(joined) or tail.count(",") >= _LIST_COMMAS


_ENDS = (".", ":", ";", "!", "?", ")", "”", '"', "»")


def _time_pair(before: str, line: str) -> bool:
    """A start time alone, then its end time alone (a grid's time column: "9.00", "10.30")."""
    start, end = parse_time_range(before), parse_time_range(line)
    if start is None or end is None or start.rest or end.rest:
        return False
    return start.end is None and end.end is None and end.start > start.start


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
