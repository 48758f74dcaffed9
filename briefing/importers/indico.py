"""Indico timetable import: the JSON export of an event's timetable becomes a new :class:`Meeting`.

Indico (the event manager the UN and CERN use for registration and timetables) exports a
timetable at ``/export/timetable/<event id>.json``. The shape read here is the one written by
Indico 3.3 (the code read was 3.3.13-dev, commit b8f1fde8: ``indico/modules/events/timetable/legacy.py``,
``TimetableSerializer.serialize_timetable`` with ``api=True``, called by ``EventTimeTableHook``
in ``indico/modules/events/api.py`` and wrapped by ``HTTPAPIResultSchema`` in
``indico/web/http_api/responses.py``)::

    {"_type": "HTTPAPIResult", "count": 1, "ts": …, "url": …, "additionalInfo": {},
     "results": {"<event id>": {"<YYYYMMDD>": {"s12": {…}, "c45": {…}, "b6": {…}}}}}

Every day of the event has a key, empty or not. An entry has ``entryType`` (``Session`` for a
session block, ``Contribution``, ``Break``), ``startDate``/``endDate`` as ``{"date": "YYYY-MM-DD",
"time": "HH:MM:SS", "tz": "Europe/Zurich"}`` in the event's (display) time zone, ``title``,
``room``, ``location``, ``description`` (HTML or Markdown); a block also ``slotTitle``,
``conveners`` and ``entries`` (its contributions and breaks, keyed the same way); a
contribution ``presenters`` (and ``authors``). A person is ``firstName``, ``familyName``,
``name`` (with the title when the event shows titles), ``affiliation`` and, for managers only,
``email``. A session block that runs into the next day is listed under both days.

How it maps, and why:

* a top-level session block or contribution is one agenda item; a break is a break (or a meal,
  a reception… when its title says so);
* the contributions (and breaks) inside a block are the steps of that item's running order,
  not items of their own: a secretariat's programme lists the session with its chair and
  speakers, its per-session pack is one brief for the whole block, and the talks are its
  running order; each step lasts until the next one starts, so the pack's step times are
  Indico's own;
* conveners moderate the session (the role the checks and the per-session cover look for);
  presenters are speakers; authors who do not present are left out;
* people are the same person when their email (else their name) is the same.

The timetable export says nothing of the event itself but its days; its venue and room are
those most of its entries give. Indico's event export (``/export/event/<id>.json``) gives the
event's title, organiser, venue, room, hours and description, and, with ``detail=contributions``
or ``detail=sessions``, its programme without breaks: it is read too, through
:mod:`briefing.importers.indico_event`. Times are kept in the time zone Indico gave; an entry given in another zone is
converted. What the import is unsure of becomes an :class:`ImportFinding`; a file that is not a
timetable export, or is too large or too deeply nested, is refused with one line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefing.errors import ConceptNoteError, RefusedFileError, ValidationError, at, os_problem
from briefing.importers.agenda import AgendaImport, ImportFinding, _free_id, _slug
from briefing.importers.html_text import html_to_text
from briefing.importers.indico_event import EventFacts, event_timetable
from briefing.messages import M_, Message, Mn_, grouped
from briefing.model import (
    AgendaItem,
    ItemKind,
    Meeting,
    Participant,
    Person,
    Role,
    RoleKind,
    Segment,
    item_kind_of,
)
from briefing.safe_read import read_regular_file
from briefing.validation import (
    MAX_AGENDA_ITEMS,
    MAX_DESCRIPTION_CHARS,
    MAX_LIST_ENTRIES,
    MAX_PEOPLE,
    fold,
)

__all__ = ["MAX_INDICO_BYTES", "read_indico_file", "read_indico_timetable"]

MAX_INDICO_BYTES = 20 * 1024 * 1024
"""The largest timetable export taken in (a week-long conference's is about 2 MB)."""
MAX_JSON_DEPTH = 32
"""Objects and lists inside each other; Indico's own export nests about 12 deep."""
MAX_ENTRIES = 20_000
"""Timetable entries in all, those inside sessions included."""
MAX_FINDINGS = 200
"""Findings listed; more are counted in one last finding."""
_MAX_RAW_CHARS = 10 * MAX_DESCRIPTION_CHARS  # markup is read only this far
_DAY_KEY = re.compile(r"^\d{8}$")
# Possessive, so that a string left open cannot make the search backtrack exponentially.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_ENTRY_TYPES = {"Session", "Contribution", "Break"}


@dataclass(frozen=True)
class _Slot:
    """Where an entry starts and ends, in the meeting's time zone (naive when none is known)."""

    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class _Source:
    """What the file holds: the event's id, its days of entries, and what it says of itself."""

    event_id: str
    days: dict[str, Any]
    facts: EventFacts = field(default_factory=EventFacts)
    notes: tuple[tuple[str, Message], ...] = ()  # severity, message
    event_export: bool = False  # its day keys are not the event's days


@dataclass
class _State:
    """Everything read so far."""

    name: str
    zone: str = ""
    venue: str = ""
    people: dict[str, Person] = field(default_factory=dict)
    by_email: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    findings: list[ImportFinding] = field(default_factory=list)
    dropped: int = 0

    def find(self, message: Message, severity: str = "warning") -> None:
        """Record a finding; past :data:`MAX_FINDINGS` only count it."""
        if len(self.findings) < MAX_FINDINGS:
            self.findings.append(ImportFinding(None, severity, message))
        else:
            self.dropped += 1

    def all_findings(self) -> tuple[ImportFinding, ...]:
        """The findings, and how many more there were."""
        more = [ImportFinding(None, "info", _more_findings(self.dropped))] if self.dropped else []
        return tuple(self.findings + more)


# --------------------------------------------------------------------------- public API


def read_indico_timetable(data: bytes, filename: str) -> AgendaImport:
    """Recognise the agenda, rooms and people of an Indico timetable export (JSON bytes)."""
    name = PurePath(filename).name
    source = _source(_parse(data, name), name)
    entries = _top_entries(source.days, name)
    state = _State(
        name,
        zone=_known_zone(source.facts.zone[:64]) or _main_zone(entries),
        venue=source.facts.venue[:300] or _most_common(entries, "location"),
    )
    for severity, note in source.notes:
        state.find(note, severity)
    items = _items(entries, state)
    meeting = _meeting(source, items, state)
    return AgendaImport(meeting, state.all_findings())


_SNIFF_BYTES = 64 * 1024
_MEETING_JSON = re.compile(rb'"format"\s*:\s*"briefing-meeting"')
_RESULTS = re.compile(rb'"results"\s*:\s*[\[{]')


def is_indico_export(path: Path) -> bool:
    """Whether a ``.json`` file reads as an Indico export rather than a meeting JSON (from its
    first 64 KB: an export's ``results``, and no meeting JSON's ``format``)."""
    try:
        with path.open("rb") as file:
            head = file.read(_SNIFF_BYTES)
    except OSError:
        return False
    return _RESULTS.search(head) is not None and _MEETING_JSON.search(head) is None


def read_indico_file(path: Path) -> AgendaImport:
    """The agenda of an Indico timetable export on disk (a regular file within the limit)."""
    try:
        data = read_regular_file(path, MAX_INDICO_BYTES)
    except RefusedFileError as error:
        raise ConceptNoteError(path.name, M_("the file {problem}", problem=error.problem)) from None
    except OSError as error:
        problem = M_("the file cannot be read ({reason})", reason=os_problem(error))
        raise ConceptNoteError(path.name, problem) from None
    return read_indico_timetable(data, path.name)


# --------------------------------------------------------------------------- reading the file


def _parse(data: bytes, name: str) -> Any:
    """The JSON value of the file, within the size and nesting limits."""
    if len(data) > MAX_INDICO_BYTES:
        size = MAX_INDICO_BYTES // (1024 * 1024)
        raise ConceptNoteError(name, M_("the file is larger than {size} MB", size=size))
    if not data.strip():
        raise ConceptNoteError(name, M_("the file is empty"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problem = M_("this is not an Indico JSON export (not UTF-8 text)")
        raise ConceptNoteError(name, problem) from None
    _check_depth(data, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = M_(
            "not valid JSON at line {line}, column {column}: {reason}",
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        )
        raise ConceptNoteError(name, problem) from None
    except RecursionError:  # a second guard: the scan above should have refused it
        raise ConceptNoteError(name, M_("the JSON is nested too deeply")) from None


def _check_depth(data: bytes, name: str) -> None:
    """Refuse JSON whose objects and lists nest deeper than :data:`MAX_JSON_DEPTH`."""
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', data)):
        depth += 1 if match.group() in b"[{" else -1
        if depth > MAX_JSON_DEPTH:
            problem = M_("the JSON is nested more than {depth} levels deep", depth=MAX_JSON_DEPTH)
            raise ConceptNoteError(name, problem)


def _source(document: Any, name: str) -> _Source:
    """The event and its entries, from the export's ``results``: a timetable export's days, or
    an event export's event (see :mod:`briefing.importers.indico_event`)."""
    results = document.get("results") if isinstance(document, dict) else None
    if isinstance(results, list):
        event_id, days, facts, notes = event_timetable(results, name)
        return _Source(event_id, days, facts, tuple(notes), event_export=True)
    if not isinstance(results, dict):
        raise ConceptNoteError(name, M_("this is not an Indico timetable export (no 'results')"))
    events = [(str(key), days) for key, days in results.items() if isinstance(days, dict) and days]
    if not events:
        problem = M_("the export holds no timetable (the event has none, or it is not published)")
        raise ConceptNoteError(name, problem)
    if len(events) > 1:
        problem = Mn_(
            "the export holds {count} event's timetable; export one event at a time",
            "the export holds {count} events' timetables; export one event at a time",
            len(events),
        )
        raise ConceptNoteError(name, problem)
    return _Source(*events[0])


def _top_entries(days: dict[str, Any], name: str) -> list[tuple[str, dict[str, Any]]]:
    """Each top-level entry once (a block running into the next day is listed twice)."""
    seen: dict[str, dict[str, Any]] = {}
    count = 0
    for day_key, day in days.items():
        if not _DAY_KEY.match(str(day_key)) or not isinstance(day, dict):
            problem = M_(
                "this is not an Indico timetable: '{key}' is not a day (YYYYMMDD) with entries",
                key=str(day_key)[:40],
            )
            raise ConceptNoteError(name, problem)
        for key, entry in day.items():
            count += 1 + _child_count(entry)
            if count > MAX_ENTRIES:
                problem = M_(
                    "the timetable has more than {count} entries", count=grouped(MAX_ENTRIES)
                )
                raise ConceptNoteError(name, problem)
            seen.setdefault(str(key), entry)
    top = [(key, entry) for key, entry in seen.items()]
    if len(top) > MAX_AGENDA_ITEMS:
        problem = Mn_(
            "the timetable has {count} entry; a meeting holds at most {most} agenda items",
            "the timetable has {count} entries; a meeting holds at most {most} agenda items",
            len(top),
            count=grouped(len(top)),
            most=grouped(MAX_AGENDA_ITEMS),
        )
        raise ConceptNoteError(name, problem)
    return top


def _child_count(entry: Any) -> int:
    """How many entries a session block holds."""
    children = entry.get("entries") if isinstance(entry, dict) else None
    return len(children) if isinstance(children, dict) else 0


# --------------------------------------------------------------------------- fields


def _text(entry: dict[str, Any], key: str) -> str:
    """A string field, stripped; "" when it is missing or not a string."""
    value = entry.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _description(entry: dict[str, Any], what: str, state: _State) -> str:
    """The entry's description as plain text, cut to what an item holds."""
    raw = entry.get("description")
    if not isinstance(raw, str) or not raw.strip():
        return ""
    text = html_to_text(raw[:_MAX_RAW_CHARS])
    if len(text) > MAX_DESCRIPTION_CHARS or len(raw) > _MAX_RAW_CHARS:
        most = grouped(MAX_DESCRIPTION_CHARS)
        state.find(at(what, M_("the description is cut to {count} characters", count=most)))
        text = text[:MAX_DESCRIPTION_CHARS]
    return text


def _label(entry: dict[str, Any], key: str) -> str:
    """``'Coffee break' (b6)``: how a finding names an entry."""
    title = _text(entry, "title")
    if not title:
        return M_("an entry without a title ({key})", key=key[:20])
    return M_("'{title}' ({key})", title=title[:60], key=key[:20])


def _zone_of(when: Any) -> str:
    """The time zone name of a ``startDate``/``endDate`` object, "" when none is given."""
    return _text(when, "tz")[:64] if isinstance(when, dict) else ""


def _main_zone(entries: list[tuple[str, dict[str, Any]]]) -> str:
    """The time zone most entries are given in: the meeting's."""
    zones = Counter(
        _zone_of(entry.get("startDate")) for _, entry in entries if isinstance(entry, dict)
    )
    zones.pop("", None)
    return zones.most_common(1)[0][0] if zones else ""


def _known_zone(zone: str) -> str:
    """``zone`` when it names a time zone there is, else ""."""
    return zone if zone and _converted(dt.datetime(2000, 1, 1), zone, zone) else ""


def _moment(when: Any, state: _State) -> dt.datetime | None:
    """A ``{"date", "time", "tz"}`` object as a naive time in the meeting's zone, or None."""
    if not isinstance(when, dict):
        return None
    try:
        moment = dt.datetime.combine(
            dt.date.fromisoformat(_text(when, "date")), dt.time.fromisoformat(_text(when, "time"))
        )
    except ValueError:
        return None
    zone = _zone_of(when)
    if zone and state.zone and zone != state.zone:
        converted = _converted(moment, zone, state.zone)
        if converted is None:
            return None
        moment = converted
    return moment.replace(second=0, microsecond=0)


def _converted(moment: dt.datetime, zone: str, target: str) -> dt.datetime | None:
    """``moment`` in ``zone`` as a wall time in ``target``; None when a zone is unknown."""
    try:
        aware = moment.replace(tzinfo=ZoneInfo(zone))
        return aware.astimezone(ZoneInfo(target)).replace(tzinfo=None)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # unknown, malformed, a folder…
        return None


def _slot(entry: dict[str, Any], what: str, state: _State) -> _Slot | None:
    """The entry's start and end, or None (with a finding) when they cannot be used."""
    start = _moment(entry.get("startDate"), state)
    end = _moment(entry.get("endDate"), state)
    if start is None or end is None:
        state.find(
            M_("{what} left out: its start or end is not a date and time Indico writes", what=what)
        )
        return None
    if end.date() == start.date() + dt.timedelta(days=1) and end.time() == dt.time(0, 0):
        end = end - dt.timedelta(minutes=1)  # an item ends within its day: 24:00 is 23:59
        state.find(at(what, M_("it ends at midnight; taken as 23:59")), "info")
    if end.date() != start.date() or end <= start:
        state.find(
            M_(
                "{what} left out: it does not start and end on the same day, in that order",
                what=what,
            )
        )
        return None
    return _Slot(start, end)


# --------------------------------------------------------------------------- people


def _person_name(data: dict[str, Any]) -> tuple[str, str]:
    """The person's name and honorific (``Dr``, taken from Indico's full name when shown)."""
    # The timetable export writes firstName/familyName/name, the event export first_name/…
    first = _text(data, "firstName") or _text(data, "first_name")
    family = _text(data, "familyName") or _text(data, "last_name")
    name = " ".join(p for p in (first, family) if p)
    full = _text(data, "name") or _text(data, "fullName")
    if not name:
        return full, ""
    honorific = _text(data, "title")  # a convener's, in the event export
    if not honorific and full != name and full.endswith(" " + name):
        honorific = full[: -len(name)].strip()
    return name, honorific if len(honorific) <= 30 else ""


def _person_id(data: Any, what: str, state: _State) -> str | None:
    """The id of the person an Indico person object names, adding them when new."""
    if not isinstance(data, dict):
        return None
    name, honorific = _person_name(data)
    if not name:
        state.find(at(what, M_("a person without a name is left out")))
        return None
    email = _text(data, "email")
    pid = state.by_email.get(fold(email)) if email else None
    pid = pid or state.by_name.get(fold(name))
    person = _new_person(name, honorific, _text(data, "affiliation"), email, what, state)
    if person is None:
        return None
    if pid is not None:
        state.people[pid] = _filled(state.people[pid], person)
        return pid
    if len(state.people) >= MAX_PEOPLE:
        most = grouped(MAX_PEOPLE)
        left_out = M_(
            "'{name}' left out: a meeting holds at most {most} people", name=name, most=most
        )
        state.find(at(what, left_out))
        return None
    pid = _free_id(_slug(name), set(state.people))
    state.people[pid] = dataclasses.replace(person, id=pid)
    state.by_name[fold(name)] = pid
    if person.email:
        state.by_email[fold(person.email)] = pid
    return pid


def _new_person(
    name: str, honorific: str, affiliation: str, email: str, what: str, state: _State
) -> Person | None:
    """A :class:`Person`; a bad email is dropped, a name the model refuses leaves them out."""
    try:
        return Person("new", name, honorific, organisation=affiliation, email=email)
    except ValidationError as error:
        if error.field != "email":
            left_out = M_("'{name}' left out: {problem}", name=name[:60], problem=error.problem)
            state.find(at(what, left_out))
            return None
    kept = M_(
        "'{email}' is not an email address; '{name}' is kept without it",
        email=email[:60],
        name=name,
    )
    state.find(at(what, kept))
    return _new_person(name, honorific, affiliation, "", what, state)


def _filled(kept: Person, other: Person) -> Person:
    """``kept`` with the blanks ``other`` knows filled in."""
    changes = {
        name: getattr(other, name)
        for name in ("honorific", "organisation", "email")
        if not getattr(kept, name) and getattr(other, name)
    }
    return dataclasses.replace(kept, **changes) if changes else kept


def _people(entry: dict[str, Any], key: str, what: str, state: _State) -> list[str]:
    """The ids of the people listed under ``key`` (``conveners``, ``presenters``), in order."""
    listed = entry.get(key)
    if not isinstance(listed, list):
        return []
    ids = (_person_id(data, what, state) for data in listed[:MAX_LIST_ENTRIES])
    return list(dict.fromkeys(pid for pid in ids if pid is not None))


# --------------------------------------------------------------------------- items


def _items(entries: list[tuple[str, dict[str, Any]]], state: _State) -> list[AgendaItem]:
    """The agenda items, in the order of their start (then room)."""
    made: list[tuple[_Slot, AgendaItem]] = []
    for key, entry in entries:
        built = _item(key, entry, f"item-{len(made) + 1}", state)
        if built is not None:
            made.append(built)
    made.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[1].room, pair[1].title))
    return [dataclasses.replace(item, id=f"item-{n}") for n, (_, item) in enumerate(made, 1)]


def _item(key: str, entry: Any, item_id: str, state: _State) -> tuple[_Slot, AgendaItem] | None:
    """One top-level entry as an agenda item, or None (with a finding)."""
    if not isinstance(entry, dict):
        state.find(M_("entry '{key}' left out: it is not an object", key=key[:20]))
        return None
    what = _label(entry, key)
    kind = _text(entry, "entryType")
    if kind not in _ENTRY_TYPES:
        problem = (
            M_("'{kind}' is not an entry type Indico writes", kind=kind[:30])
            if kind
            else M_("no entry type")
        )
        state.find(_left_out(what, problem))
        return None
    slot = _slot(entry, what, state)
    title = _title(entry)
    if slot is None or not title:
        if slot is not None:
            state.find(_left_out(what, M_("it has no title")))
        return None
    try:
        item = AgendaItem(
            id=item_id,
            title=title,
            start=slot.start.time(),
            end=slot.end.time(),
            date=slot.start.date(),
            description=_description(entry, what, state),
            kind=_kind(kind, title),
            room=_room(entry, state),
        )
        return slot, _with_people(item, kind, entry, slot, what, state)
    except ValidationError as error:
        state.find(_left_out(what, error.problem))
        return None


def _room(entry: dict[str, Any], state: _State) -> str:
    """The entry's room, with its venue when that is not the meeting's (``Room 3, Annex``)."""
    room, venue = _text(entry, "room")[:300], _text(entry, "location")[:300]
    if venue and fold(venue) != fold(state.venue) and fold(venue) not in fold(room):
        return f"{room}, {venue}" if room else venue
    return room


def _title(entry: dict[str, Any]) -> str:
    """A block's session title with its own title (``Plenary – Opening``), else the title."""
    title, slot_title = _text(entry, "title"), _text(entry, "slotTitle")
    if slot_title and fold(slot_title) != fold(title):
        return f"{title} – {slot_title}" if title else slot_title
    return title


def _kind(entry_type: str, title: str) -> ItemKind:
    """A break is a break unless its title names a meal, a reception…; a session or talk is a
    session unless its title says otherwise (``Registration``, ``Lunch``)."""
    kind = item_kind_of(title)
    if entry_type == "Break" and kind is ItemKind.SESSION:
        return ItemKind.BREAK
    return kind


def _with_people(
    item: AgendaItem,
    entry_type: str,
    entry: dict[str, Any],
    slot: _Slot,
    what: str,
    state: _State,
) -> AgendaItem:
    """The item with its people in their roles and, for a session block, its running order."""
    if entry_type == "Break":
        return item
    chairs = _people(entry, "conveners", what, state)
    speakers = _people(entry, "presenters", what, state)
    order: tuple[Segment, ...] = ()
    if entry_type == "Session":
        order, inside = _running_order(entry, slot, what, state)
        speakers += [pid for pid in inside if pid not in speakers]
    participants = [Participant(pid, Role(RoleKind.MODERATOR)) for pid in chairs] + [
        Participant(pid, Role(RoleKind.SPEAKER)) for pid in speakers
    ]
    return dataclasses.replace(
        item, participants=tuple(participants[:MAX_PEOPLE]), running_order=order
    )


# --------------------------------------------------------------------------- running order


_Child = tuple[_Slot, dict[str, Any], str]  # its slot, the entry, how findings name it


def _children(entry: dict[str, Any], what: str, state: _State) -> list[_Child]:
    """The block's contributions and breaks that can be read, in the order they start."""
    raw = entry.get("entries")
    if not isinstance(raw, dict):
        return []
    children = []
    for key, child in raw.items():
        if not isinstance(child, dict) or _text(child, "entryType") not in _ENTRY_TYPES:
            problem = M_("its entry '{key}' is left out: not one Indico writes", key=str(key)[:20])
            state.find(at(what, problem))
            continue
        where = at(what, _label(child, str(key)))
        slot = _slot(child, where, state)
        if slot is not None and _text(child, "title"):
            children.append((slot, child, where))
    children.sort(key=lambda pair: (pair[0].start, pair[0].end))
    if len(children) > MAX_LIST_ENTRIES:
        most = grouped(MAX_LIST_ENTRIES)
        state.find(at(what, M_("only its first {count} contributions are kept", count=most)))
    return children[:MAX_LIST_ENTRIES]


def _running_order(
    entry: dict[str, Any], slot: _Slot, what: str, state: _State
) -> tuple[tuple[Segment, ...], list[str]]:
    """The block's steps, and the people who present in them."""
    children = _children(entry, what, state)
    if children and children[0][0].start > slot.start:
        late = f"{children[0][0].start:%H:%M}"
        late_start = M_(
            "its first contribution starts at {time}, after the session; the running order's "
            "times start with the session",
            time=late,
        )
        state.find(at(what, late_start), "info")
    steps: list[Segment] = []
    presenters: list[str] = []
    for index, (child_slot, child, where) in enumerate(children):
        following = children[index + 1][0].start if index + 1 < len(children) else None
        minutes = _step_minutes(child_slot, following)
        pids = _people(child, "presenters", where, state)
        presenters += [pid for pid in pids if pid not in presenters]
        steps.append(_step(child, pids, minutes, state))
    return tuple(steps), presenters


def _step_minutes(slot: _Slot, following: dt.datetime | None) -> int:
    """A step lasts until the next one starts, so the pack's step times are Indico's own; one
    that runs alongside the next keeps its own length."""
    until = following if following is not None and following > slot.start else slot.end
    return int((until - slot.start).total_seconds() // 60)


def _step(child: dict[str, Any], pids: list[str], minutes: int, state: _State) -> Segment:
    """One step: its title, its presenter (several are named together in words)."""
    label = _title(child)
    if len(pids) == 1:
        return Segment(label, pids[0], minutes=minutes)
    names = ", ".join(state.people[pid].display_name for pid in pids)
    return Segment(label, None, names[:1000], minutes=minutes)


# --------------------------------------------------------------------------- the meeting


def _meeting(source: _Source, items: list[AgendaItem], state: _State) -> Meeting:
    """The meeting: its title, days, venue, room and hours as the export gives them."""
    facts = source.facts
    first, last = _dates(source, items, state)
    fields: dict[str, Any] = {
        "venue": state.venue,
        "organiser": facts.organiser[:300],
        "background": _description({"description": facts.description}, M_("the event"), state),
    }
    rooms = {item.room for item in items}
    if facts.room or len(rooms) == 1:
        fields["room"] = facts.room[:300] or rooms.pop()
    if first is not None and first == last:
        fields["start"], fields["end"] = _hours(facts, items, state)
    try:
        return Meeting(
            title=_meeting_title(source, state),
            first_date=first,
            last_date=last,
            people=tuple(state.people.values()),
            agenda=tuple(items),
            **fields,
        )
    except ValidationError as error:
        raise ConceptNoteError(state.name, error.problem) from None


def _meeting_title(source: _Source, state: _State) -> str:
    """The event's title; a timetable export has none, so one is made from the event's id."""
    if state.zone:
        state.find(M_("times are given in the time zone {zone}", zone=state.zone), "info")
    if source.facts.title:
        return source.facts.title[:500]
    title = f"Indico event {source.event_id[:20]}"
    untitled = M_("the export does not give the event's title; it is called '{title}'", title=title)
    state.find(untitled, "info")
    return title


def _dates(
    source: _Source, items: list[AgendaItem], state: _State
) -> tuple[dt.date | None, dt.date | None]:
    """The event's first and last day: its days (or start and end), and its items' dates."""
    dates = [item.date for item in items if item.date]
    if source.event_export:
        ends = (_moment(source.facts.start, state), _moment(source.facts.end, state))
        dates += [moment.date() for moment in ends if moment is not None]
    else:
        dates += [dt.datetime.strptime(day, "%Y%m%d").date() for day in source.days]
    return (min(dates), max(dates)) if dates else (None, None)


def _hours(
    facts: EventFacts, items: list[AgendaItem], state: _State
) -> tuple[dt.time | None, dt.time | None]:
    """A one-day meeting's hours: the event's own when it says them, else from its first item
    to its last."""
    start, end = _moment(facts.start, state), _moment(facts.end, state)
    if start is not None and end is not None and start < end and start.date() == end.date():
        return start.time(), end.time()
    if items:
        return min(item.start for item in items), max(item.end for item in items)
    return None, None


def _most_common(entries: list[tuple[str, dict[str, Any]]], key: str) -> str:
    """The value of ``key`` most entries give ("" when none does)."""
    values = Counter(_text(entry, key) for _, entry in entries if isinstance(entry, dict))
    values.pop("", None)
    return values.most_common(1)[0][0][:300] if values else ""


def _left_out(what: str, problem: str) -> Message:
    """``'Coffee break' (b6) left out: it has no title``."""
    return M_("{what} left out: {problem}", what=what, problem=problem)


def _more_findings(count: int) -> Message:
    """The last finding when there were too many to list."""
    return Mn_(
        "…and {count} more finding", "…and {count} more findings", count, count=grouped(count)
    )
