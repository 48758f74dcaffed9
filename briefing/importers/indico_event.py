"""Indico's event export (``/export/event/<id>.json``) in the shape of its timetable export.

The event export (Indico 3.3, ``CategoryEventFetcher._build_event_api_data`` in
``indico/modules/events/api.py``) says what the timetable export does not: the event's title,
organiser, venue, room, time zone and description. With ``detail=contributions`` it lists the
contributions (speakers under ``speakers``, persons as ``first_name``/``last_name``/
``fullName``); with ``detail=sessions`` the session blocks (``conveners``, and each block's
``contributions``), but not the contributions outside a session. It never lists breaks.

:func:`event_timetable` turns one such event into the timetable export's days and entries, so
that one reader maps both; the facts of the event come beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing.errors import ConceptNoteError
from briefing.messages import M_, Message, Mn_

__all__ = ["EventFacts", "event_timetable"]

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class EventFacts:
    """What the event export says of the event itself (raw, as Indico wrote it)."""

    title: str = ""
    organiser: str = ""
    venue: str = ""
    room: str = ""
    zone: str = ""
    description: str = ""
    start: Any = None  # a {"date", "time", "tz"} object
    end: Any = None


Note = tuple[str, Message]  # severity ("warning" or "info"), message


def event_timetable(
    results: list[Any], name: str
) -> tuple[str, dict[str, dict[str, Any]], EventFacts, list[Note]]:
    """The event's id, its entries as timetable days, its facts, and notes on what is not there."""
    events = [event for event in results if isinstance(event, dict)]
    if not events:
        raise ConceptNoteError(name, M_("the Indico event export holds no event"))
    if len(events) > 1:
        problem = Mn_(
            "the export holds {count} event; export one event at a time",
            "the export holds {count} events; export one event at a time",
            len(events),
        )
        raise ConceptNoteError(name, problem)
    event = events[0]
    days: dict[str, dict[str, Any]] = {}
    notes: list[Note] = []
    for key, entry in _entries(event, notes):
        days.setdefault(_day_key(entry), {})[key] = entry
    notes += _missing(event)
    return _string(event.get("id"))[:20] or "?", days, _facts(event), notes


_NO_BREAKS = M_("an event export has no breaks; the timetable export has them")
_SESSIONS_ONLY = M_(
    "an event export with its sessions leaves out the contributions outside them, and the "
    "breaks; the timetable export has them"
)
_NOTHING = M_(
    "the event export lists no contributions or sessions; export the timetable "
    "(/export/timetable/<event id>.json) for the programme"
)


def _missing(event: dict[str, Any]) -> list[Note]:
    """What an event export leaves out that a timetable export has."""
    if isinstance(event.get("contributions"), list):
        return [("info", _NO_BREAKS)]
    if isinstance(event.get("sessions"), list):
        return [("info", _SESSIONS_ONLY)]
    return [("warning", _NOTHING)]


def _string(value: Any) -> str:
    """A string or number as text; anything else as ""."""
    if isinstance(value, bool):
        return ""
    return str(value) if isinstance(value, str | int) else ""


def _facts(event: dict[str, Any]) -> EventFacts:
    """The event's title, organiser, venue, room, time zone, description, start and end."""
    keys = ("title", "organizer", "location", "room", "timezone", "description")
    text = {key: _string(event.get(key)) for key in keys}
    return EventFacts(
        title=text["title"],
        organiser=text["organizer"],
        venue=text["location"],
        room=text["room"],
        zone=text["timezone"],
        description=text["description"],
        start=event.get("startDate"),
        end=event.get("endDate"),
    )


def _day_key(entry: dict[str, Any]) -> str:
    """``YYYYMMDD`` of the day an entry is listed under; its own start dates it later."""
    start = entry.get("startDate")
    match = _DATE.match(_string(start.get("date"))) if isinstance(start, dict) else None
    return "".join(match.groups()) if match else "00000000"


def _entries(event: dict[str, Any], notes: list[Note]) -> list[tuple[str, dict[str, Any]]]:
    """The contributions (``detail=contributions``) or session blocks (``detail=sessions``)."""
    made: list[tuple[str, dict[str, Any]]] = []
    contributions = event.get("contributions")
    for index, contribution in enumerate(contributions if isinstance(contributions, list) else []):
        entry = _contribution(contribution, notes)
        if entry is not None:
            made.append((f"c{_string(contribution.get('db_id')) or index}", entry))
    blocks = event.get("sessions")
    for index, block in enumerate(blocks if isinstance(blocks, list) else []):
        if isinstance(block, dict):
            made.append((f"s{_string(block.get('id')) or index}", _block(block, notes)))
    return made


def _contribution(contribution: Any, notes: list[Note]) -> dict[str, Any] | None:
    """A contribution as a timetable entry; None (noted) when it is not scheduled."""
    if not isinstance(contribution, dict):
        return None
    if contribution.get("startDate") is None:
        notes.append(("warning", _unscheduled(_string(contribution.get("title"))[:60])))
        return None
    entry = dict(contribution)
    entry["entryType"] = "Contribution"
    entry["presenters"] = contribution.get("speakers")
    return entry


def _block(block: dict[str, Any], notes: list[Note]) -> dict[str, Any]:
    """A session block as a timetable entry, its contributions inside it."""
    session = block.get("session") if isinstance(block.get("session"), dict) else {}
    entry = dict(block)
    entry["entryType"] = "Session"
    entry["title"] = _string(session.get("title")) or block.get("title")
    entry["description"] = session.get("description")
    children = block.get("contributions")
    entry["entries"] = {
        f"c{_string(child.get('db_id')) or index}": made
        for index, child in enumerate(children if isinstance(children, list) else [])
        if isinstance(child, dict) and (made := _contribution(child, notes)) is not None
    }
    return entry


def _unscheduled(title: str) -> Message:
    """The note on a contribution the timetable does not hold (it has no start)."""
    if not title:
        return M_(
            "a contribution without a title is not in the timetable (no start); it is left out"
        )
    return M_("'{title}' is not in the timetable (no start); it is left out", title=title)
