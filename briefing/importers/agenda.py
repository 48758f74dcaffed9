"""Agenda import: a concept note (.txt, .md, .docx, .pdf) becomes a new :class:`Meeting`.

It never invents: what it is unsure of becomes an :class:`ImportFinding`, not data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TypeVar

from briefing.errors import ValidationError, at
from briefing.importers.agenda_dates import WrittenDate, parse_day_heading, parse_written_date
from briefing.importers.agenda_lines import join_wrapped
from briefing.importers.agenda_people import (
    PeopleLine,
    PersonRef,
    parse_people_lines,
    reads_as_position,
    split_title,
    strip_bullet,
)
from briefing.importers.agenda_rooms import room_of, title_and_room
from briefing.importers.agenda_source import (
    ConceptNoteError,
    clean_line,
    read_source,
    strip_tags,
)
from briefing.importers.agenda_times import (
    TimeRange,
    looks_like_time,
    parse_time_range,
    parse_trailing_time,
)
from briefing.importers.concept_sections import (
    ConceptText,
    ContactRole,
    Context,
    Guess,
    Section,
    is_heading,
    read_prose,
)
from briefing.importers.concept_text import clipped
from briefing.messages import M_, place
from briefing.model import (
    AgendaItem,
    Contact,
    ItemKind,
    Meeting,
    Participant,
    Person,
    Role,
    RoleKind,
    Segment,
    item_kind_of,
)
from briefing.validation import MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_TITLE_CHARS, fold

_T = TypeVar("_T")

__all__ = ["AgendaImport", "ConceptNoteError", "ImportFinding", "merge_into", "read_concept_note"]

_AGENDA_HEADINGS = {
    "agenda", "programme", "program", "programa", "ordre du jour", "orden del dia",
    "provisional agenda", "draft agenda", "draft programme", "programme provisoire",
    "provisional programme", "programa provisional", "programme of meetings",
    "programme des reunions", "programa de reuniones", "order of the day", "programme of work",
    "programa de trabajo", "programme de travail", "schedule", "horaire", "calendario",
}  # fmt: skip
_TYPE_WORDS = [
    "consultation",
    "meeting",
    "workshop",
    "seminar",
    "side",
    "event",
    "conference",
    "forum",
    "webinar",
    "roundtable",
    "dialogue",
    "briefing",
    "reunion",
    "atelier",
    "seminaire",
    "conference",
    "consulta",
    "taller",
    "seminario",
    "conferencia",
    "session",
]
_ROOM_WORDS = ("room", "salle", "sala", "auditorium", "hall")
# A meeting's number standing where a title would ("48th meeting", "7e séance", "Sesión 3").
_MEETING_NUMBER = re.compile(
    r"^(?:\d{1,3}\s?(?:st|nd|rd|th|e|er|ème|eme|a|ª|º|°)?\s+(?:plenary\s+)?(?:meeting|s[ée]ance|"
    r"sesi[óo]n|reuni[óo]n)|(?:meeting|s[ée]ance|sesi[óo]n)\s+(?:no\.?\s*)?\d{1,3})$",
    re.IGNORECASE,
)
_VENUE_WORDS = ("palais", "palacio", "centre", "center", "centro", "hotel", "building", "house")
_COUNTRIES = set(
    fold(c)
    for c in [
        "Switzerland",
        "Suisse",
        "Suiza",
        "France",
        "Francia",
        "Austria",
        "Autriche",
        "Kenya",
        "Thailand",
        "Chile",
        "Spain",
        "España",
        "Espagne",
        "Belgium",
        "Belgique",
        "Netherlands",
        "Germany",
        "Allemagne",
        "Italy",
        "Italie",
        "UK",
        "USA",
        "Mexico",
        "México",
        "Argentina",
        "Colombia",
        "Peru",
        "Perú",
        "Brazil",
        "Brasil",
        "Canada",
        "Japan",
        "India",
        "Ethiopia",
        "Senegal",
        "Sénégal",
        "Uganda",
        "Nigeria",
        "Ghana",
        "Tunisia",
        "Morocco",
        "Maroc",
        "Egypt",
        "Jordan",
        "Lebanon",
    ]
) | {"united states", "united kingdom", "south africa", "new zealand", "costa rica"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ITEM_KINDS: tuple[tuple[RoleKind, tuple[str, ...]], ...] = (
    (RoleKind.WELCOME, ("welcome", "bienvenue", "bienvenida")),
    (RoleKind.OPENING, ("opening", "ouverture", "apertura")),
    (RoleKind.CLOSING, ("closing", "wrap-up", "wrap up", "cloture", "clausura", "conclusion")),
    (RoleKind.PANELLIST, ("panel", "table ronde", "mesa redonda")),
)


@dataclass(frozen=True)
class ImportFinding:
    """Something the import was unsure of, with the line (or paragraph, page) it concerns."""

    line: int | None
    severity: str  # "warning" or "info"
    message: str  # what was found, without where (a Message, shown in the window's language)
    unsure: bool = False  # the import guessed: the value is in the meeting, to be checked
    unit: str = "line"  # what ``line`` counts: "line", "paragraph" or "page"

    @property
    def where(self) -> str:
        """``line 12`` (a message), or "" when the finding is about the whole file."""
        return place(self.unit, self.line) if self.line is not None else ""

    def __str__(self) -> str:
        # the CLI's one line says a guess is one; the window shows ``unsure`` its own way
        text = f"guessed: {self.message}" if self.unsure else str(self.message)
        return f"{self.where}: {text}" if self.where else text


@dataclass(frozen=True)
class AgendaImport:
    """The meeting recognised in a concept note, and what the import was unsure of."""

    meeting: Meeting
    findings: tuple[ImportFinding, ...]


@dataclass
class _Item:
    """An agenda item while its lines are read."""

    line: int
    times: TimeRange
    title: str
    date: dt.date | None
    description: list[str] = field(default_factory=list)
    participants: list[tuple[str, Role]] = field(default_factory=list)
    order: list[tuple[str, str | None, str]] = field(default_factory=list)  # label, pid, speaker
    room: str = ""
    numbered: bool = False  # the title so far is the meeting's number ("48th meeting")
    pending_role: Role | None = None
    awaiting: str | None = None  # person id whose position may follow on the next line

    def kind(self) -> RoleKind:
        """The role a bare name takes in this item (welcome, opening, closing, else speaker)."""
        title = fold(self.title)
        for kind, words in _ITEM_KINDS:
            if any(word in title for word in words):
                return kind
        return RoleKind.SPEAKER


@dataclass
class _State:
    """Everything recognised so far."""

    unit: str
    fields: dict[str, object] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    items: list[_Item] = field(default_factory=list)
    prose: list[tuple[int, str]] = field(default_factory=list)  # numbered, links still written
    raw: list[str] = field(default_factory=list)
    findings: list[ImportFinding] = field(default_factory=list)
    day: dt.date | None = None
    loose: tuple[str, list[str] | None] | None = None  # the last line no entry claimed
    header_year: int | None = None  # a year the header writes ("Forum 2023"), for day headings
    first_day: dt.date | None = None
    in_agenda: bool = False

    def find(self, line: int | None, message: str, severity: str = "warning") -> None:
        """Record a finding on ``line`` (of this source's unit: a line, a paragraph…)."""
        self.findings.append(ImportFinding(line, severity, message, unit=self.unit))


# --------------------------------------------------------------------------- public API


def read_concept_note(data: bytes, filename: str) -> AgendaImport:
    """Recognise the meeting, agenda, people and contacts in a concept note's bytes."""
    name = PurePath(filename).name
    source = read_source(data, name)
    state = _State(source.unit)
    if source.problem:
        state.find(None, at(name, source.problem))
    lines, state.raw = join_wrapped(
        [clean_line(line) for line in source.lines], [strip_tags(line) for line in source.lines]
    )
    body_start = _read_header(lines, state)
    for index in range(body_start, len(lines)):
        _read_body_line(index + 1, lines[index], lines[index + 1 :], state)
    return AgendaImport(_build_meeting(state, lines, name), tuple(state.findings))


def merge_into(existing: Meeting, imported: Meeting) -> Meeting:
    """``existing`` with the imported people (reused by email or name) and items appended."""
    people = list(existing.people)
    id_map: dict[str, str] = {}
    for person in imported.people:
        match = _same_person(people, person)
        if match is None:
            new_id = _free_id(person.id, {p.id for p in people})
            people.append(dataclasses.replace(person, id=new_id))
            id_map[person.id] = new_id
        else:
            id_map[person.id] = match.id
            people[people.index(match)] = _fill_blanks(match, person)
    item_ids = {i.id for i in existing.agenda}
    agenda = list(existing.agenda)
    for item in imported.agenda:
        item_id = _free_id(item.id, item_ids)
        item_ids.add(item_id)
        agenda.append(_remapped(item, item_id, id_map))
    emails = {fold(c.email) for c in existing.contacts if c.email}
    contacts = existing.contacts + tuple(
        c for c in imported.contacts if fold(c.email) not in emails
    )
    merged = _fill_blanks(existing, imported, skip=("title", "language"))
    return dataclasses.replace(
        merged, people=tuple(people), agenda=tuple(agenda), contacts=contacts
    )


# --------------------------------------------------------------------------- header


def _read_header(lines: list[str], state: _State) -> int:
    """Read title, type, date, time and venue from the lines before the text proper."""
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        if parse_trailing_time(text) is not None and _header_date(text, state):
            continue  # "Strasbourg, 1 February 2024, Palais de l'Europe (09:30-17:00)"
        opens_note = "title" not in state.fields and len(text) <= _LONGEST_TITLE
        if (_is_prose(text) and not opens_note) or _agenda_heading(text) or _starts_item(text):
            return index
        if parse_day_heading(text) is not None and _programme_follows(lines[index + 1 :]):
            return index
        year = re.search(r"\b(?:19|20)\d\d\b", text)
        state.header_year = state.header_year or (int(year.group()) if year else None)
        if not _header_line(text, state):
            if "title" in state.fields:
                state.prose.append((index + 1, state.raw[index]))
            else:
                state.fields["title"] = text
    return len(lines)


def _header_line(text: str, state: _State) -> bool:
    """Recognise one header line (date, time, venue, type); False when it is none of them."""
    label, sep, rest = text.partition(":")
    value = rest.strip() if sep and fold(label.strip()) in _HEADER_LABELS else text
    return any(
        parser(value, state) for parser in (_header_date, _header_time, _header_venue, _header_type)
    )


_LONGEST_DESCRIPTION = 600
# Words after which a title only says who offers an entry, for whom, where or on what.
_KIND_CLAUSE = re.compile(
    r"\s+(?:hosted|offered|given|sponsored|organi[sz]ed|offert|offerte|organis[ée]e?|ofrecid[oa]|"
    r"organizad[oa])\s+(?:by|par|por)\s|\s+(?:with|at|of|for|on|sur|avec|au|chez|con|en|sobre)\s",
    re.IGNORECASE,
)
# A note in brackets at a title's end, too long to be part of it: "(at the desk in …; …)".
_LONG_NOTE = re.compile(r"\s*\(([^()]*;[^()]*|[a-zà-ÿ][^()\s]*(?:\s+[^()\s]+){5,})\)$")
_LONGEST_VENUE = 100
_LONGEST_TITLE = 300
# Lines a programme may put between a day heading and its first entry ("MORNING", "Plenary").
_CAPTION_LINES = 3
_HEADER_LABELS = {"date", "fecha", "time", "heure", "hora", "venue", "lieu", "lugar", "type"}


def _header_date(text: str, state: _State) -> bool:
    """A date line (``18 May 2016``, ``Geneva, 6 October 2017``): the meeting's first day; the
    rest of a line that starts with the date is read as a venue."""
    if "first_date" in state.fields:
        return False
    parts = text.split(",")
    if len(parts) > 2:  # "Strasbourg, 1 February 2024, Palais…": the date is one part
        dated = [p for p in parts if parse_written_date(p) is not None]
        if dated and _take_date(parse_written_date(dated[0]), state):  # type: ignore[arg-type]
            return True
    for cut in range(len(parts), 0, -1):
        written = parse_written_date(",".join(parts[:cut]))
        if written is not None and _take_date(written, state):
            rest = ",".join(parts[cut:]).strip(" ,")
            if rest:
                _header_venue(rest, state)
            return True
    written = parse_written_date(parts[-1]) if len(parts) > 1 else None
    return written is not None and _take_date(written, state)


def _take_date(written: WrittenDate, state: _State) -> bool:
    """Keep a written date (with its year) as the meeting's first day."""
    date = written.resolve(None) if written.year else None
    if date is None:
        return False
    state.fields["first_date"] = date
    return True


def _header_time(text: str, state: _State) -> bool:
    """A time range alone: the meeting's hours."""
    times = parse_time_range(text)
    if times is None or times.rest or times.end is None or times.end <= times.start:
        return False
    state.fields["start"], state.fields["end"] = times.start, times.end
    return True


def _header_venue(text: str, state: _State) -> bool:
    """``Palais des Nations, Room XXII`` / ``Geneva, Switzerland``: venue, room, city, country."""
    if len(text) > _LONGEST_VENUE or ";" in text:
        return False
    parts = [p.strip() for p in text.split(",") if p.strip()]
    folded = [fold(p) for p in parts]
    country = next((i for i, p in enumerate(folded) if p in _COUNTRIES), None)
    rooms = [i for i, p in enumerate(folded) if p.split()[0] in _ROOM_WORDS]
    venues = [i for i, p in enumerate(folded) if any(w in p.split() for w in _VENUE_WORDS)]
    if (country is None and not rooms and not venues) or len(parts) > 4:
        return False
    for i, part in enumerate(parts):
        if i == country:
            state.fields["country"] = part
        elif country is not None and i == country - 1 and i not in rooms:
            state.fields["city"] = part
        elif i in rooms:
            state.fields["room"] = part
        else:
            state.fields["venue"] = part
    return True


def _header_type(text: str, state: _State) -> bool:
    """A short line naming the kind of meeting (``Multistakeholder consultation``)."""
    words = fold(text).replace("-", " ").split()
    if "title" not in state.fields or "meeting_type" in state.fields or len(words) > 6:
        return False
    if not any(w in _TYPE_WORDS for w in words) or any(c.isdigit() for c in text):
        return False
    state.fields["meeting_type"] = text
    return True


# --------------------------------------------------------------------------- body


def _is_prose(text: str) -> bool:
    """A paragraph of running text, or a ``Background:``-like labelled paragraph."""
    return len(text) > 120 or is_heading(text)


def _leaves_agenda(text: str) -> bool:
    """Whether a line under an entry ends the programme: a section heading, an address, or a
    paragraph far longer than an entry's description."""
    return is_heading(text) or _EMAIL.search(text) is not None or len(text) > _LONGEST_DESCRIPTION


def _agenda_heading(text: str) -> bool:
    """``Agenda:``, ``Programme``, ``Ordre du jour``…"""
    key = re.sub(r"^(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+", "", fold(text).strip(" :.*#"))
    return key.strip(" :.*#") in _AGENDA_HEADINGS


def _starts_item(text: str) -> bool:
    """A line that opens with a time and names an item."""
    times = _entry_times(strip_bullet(text) if text.lstrip()[:1] in "•-*" else text)
    return times is not None and bool(times.rest)


def _entry_times(text: str) -> TimeRange | None:
    """The time that opens a line, or that ends it in brackets (``Opening (09.00-12.00)``)."""
    return parse_time_range(text) or parse_trailing_time(text)


def _read_body_line(number: int, raw: str, after: list[str], state: _State) -> None:
    """Read one line below the header."""
    text = raw.strip()
    if not text:
        return
    if _agenda_heading(text):
        state.in_agenda = True
        return
    if _day_heading(number, text, after, state):
        return
    loose, state.loose = state.loose, None
    times = _entry_times(text)
    if times is not None and (times.rest or state.in_agenda):
        if not times.rest and loose is not None and _names_people(after):
            times = _titled_above(times, loose)
        _start_item(number, times, state)
        return
    if state.in_agenda and not state.items and not _is_prose(text):
        state.loose = (text, None)
        return  # a caption between a heading and the first entry ("MORNING", "Plenary")
    if state.in_agenda and looks_like_time(text):
        state.find(number, M_("time range not understood: '{text}'", text=text[:60]))
        return
    if state.in_agenda and state.items and not _leaves_agenda(text):
        description = state.items[-1].description
        for piece in _pieces(text):
            _item_line(number, piece, state.items[-1], state)
        if description and description[-1] == text:
            state.loose = (text, description)
        return
    state.in_agenda = state.in_agenda and not state.items  # a note before the first entry
    state.prose.append((number, state.raw[number - 1]))


def _titled_above(times: TimeRange, loose: tuple[str, list[str] | None]) -> TimeRange:
    """A time alone whose title stands on the line above it (a web page's "Session…",
    "10:00 to 10:30", "• Speaker…"): that line, taken back from where it went, is the title."""
    text, taken_from = loose
    if taken_from is not None:
        taken_from.pop()
    return dataclasses.replace(times, rest=strip_bullet(text))


def _names_people(after: list[str]) -> bool:
    """Whether the next non-blank line names people (and so is no title)."""
    following = next((line for line in after if line.strip()), "")
    lines = parse_people_lines(following) if following else None
    return bool(lines) and all(line.people for line in lines)


def _day_heading(number: int, text: str, after: list[str], state: _State) -> bool:
    """A day heading in (or just before) the programme: it dates the items below."""
    heading = parse_day_heading(text)
    if heading is None or not (state.in_agenda or _programme_follows(after)):
        return False
    header_date = state.fields.get("first_date")
    first = header_date if isinstance(header_date, dt.date) else state.first_day
    year = first.year if first is not None else None
    if heading.date is not None and heading.date.year is None and year is None:
        year = state.header_year
        if year is not None:
            guess = M_("'{heading}' taken to be in {year}", heading=text, year=str(year))
            state.findings.append(_guessed(state, Guess(number, guess)))
    if heading.date is not None:
        state.day = heading.date.resolve(year)
        state.first_day = state.first_day or state.day
        if state.day is None:
            state.find(
                number,
                M_(
                    "the day heading '{heading}' has no year; its items are not dated", heading=text
                ),
            )
    elif heading.number is not None and first is not None:
        state.day = first + dt.timedelta(days=heading.number - 1)
    else:
        state.day = None
        state.find(
            number,
            M_("the day heading '{heading}' gives no date; its items are not dated", heading=text),
        )
    state.in_agenda = True
    return True


def _programme_follows(after: list[str]) -> bool:
    """Whether entries follow within a few lines: one with its title, or a time alone with a
    title (not a date or a venue, as in a header) on the next line."""
    following = [line.strip() for line in after if line.strip()][: _CAPTION_LINES + 1]
    for index, line in enumerate(following):
        times = parse_time_range(line)
        if times is not None and times.rest:
            return True
        if times is not None and index + 1 < len(following):
            return not _header_line(following[index + 1], _State("line"))
    return False


def _next_starts_item(after: list[str]) -> bool:
    """Whether the next non-blank line opens an item."""
    following = next((line for line in after if line.strip() and not _agenda_heading(line)), "")
    return _starts_item(following)


def _pieces(text: str) -> list[str]:
    """A line split on its bullets (``• Name, UNWG• Brief scene-setting: HRD``)."""
    return [p.strip() for p in text.split("•") if p.strip()]


def _start_item(number: int, times: TimeRange, state: _State) -> None:
    """Open a new agenda item; people after bullets on the same line belong to it."""
    pieces = _pieces(times.rest)
    title = pieces[0] if pieces and not times.rest.lstrip().startswith("•") else ""
    item = _Item(number, times, "", state.day)
    state.items.append(item)
    state.in_agenda = True
    if title:
        _set_title(title, item, state)
    for piece in pieces[1:] if title else pieces:
        _item_line(number, piece, item, state)


def _set_title(text: str, item: _Item, state: _State) -> None:
    """Give an item its title, less what the title line says besides: the room, a long note
    in brackets (to the description), the people it names after it."""
    title, room = title_and_room(strip_bullet(text).rstrip(" :"))
    item.room = item.room or room
    note = _LONG_NOTE.search(title)
    if note is not None:
        item.description.append(note.group(1))
        title = title[: note.start()].rstrip()
    title, lines = split_title(title)
    item.numbered = not item.title and _MEETING_NUMBER.match(title) is not None
    item.title = title
    for line in lines:
        _people_line(line, item, state)


def _item_line(number: int, text: str, item: _Item, state: _State) -> None:
    """One line (or bullet) under an item: people, a segment, a position, or description."""
    room = room_of(strip_bullet(text))
    if room:
        item.room = item.room or room
        item.numbered = False
        return
    parsed = parse_people_lines(text)
    if (not item.title or item.numbered) and not (parsed and _names_role(parsed[0])):
        parsed = None  # a line under a time with no title yet is the title, unless a role's
    if item.awaiting and (parsed is None or reads_as_position(text)) and ":" not in text:
        person = state.people[item.awaiting]
        state.people[item.awaiting] = dataclasses.replace(person, position=strip_bullet(text))
        item.awaiting = None
        return
    item.awaiting = None
    if parsed is None:
        if not item.title or (item.numbered and not text.rstrip().endswith(":")):
            _set_title(text, item, state)
        else:
            item.description.append(text)
            item.numbered = False
        return
    item.numbered = False
    for line in parsed:
        _people_line(line, item, state, pending=len(parsed) == 1)


def _names_role(parsed: PeopleLine) -> bool:
    """Whether a people line names a role the app knows (``Chair: …``), not just a label."""
    return parsed.role is not None and parsed.role.kind is not RoleKind.OTHER


def _people_line(parsed: PeopleLine, item: _Item, state: _State, pending: bool = True) -> None:
    """Add the people (or the unnamed segment) of a line to an item; with ``pending``, people
    under a label that is no role take the role of a heading above (``Opening statements:``)."""
    if parsed.segment_speaker:
        item.order.append((parsed.label, None, parsed.segment_speaker))
        return
    if not parsed.people:
        item.pending_role = parsed.role
        return
    known = parsed.role if parsed.role and parsed.role.kind is not RoleKind.OTHER else None
    role = known or (item.pending_role if pending else None) or parsed.role or Role(item.kind())
    for ref in parsed.people:
        pid = _person_id(ref, state)
        item.participants.append((pid, role))
        label = parsed.label or (item.title if role.kind is item.kind() else role.label)
        item.order.append((label, pid, ""))
    only = parsed.people[0]
    if len(parsed.people) == 1 and not (only.position or only.organisation):
        item.awaiting = _person_id(only, state)


def _person_id(ref: PersonRef, state: _State) -> str:
    """The id of the person a reference names, adding them (or their missing details)."""
    key = fold(ref.name)
    for pid, person in state.people.items():
        if fold(person.name) == key:
            state.people[pid] = _fill_blanks(person, _as_person(ref, pid))
            return pid
    pid = _free_id(_slug(ref.name), set(state.people))
    state.people[pid] = _as_person(ref, pid)
    return pid


def _as_person(ref: PersonRef, pid: str) -> Person:
    """A :class:`Person` from a reference, each part cut to the longest a person's may be."""
    parts = (ref.name, ref.honorific, ref.position, ref.organisation)
    return Person(pid, *(clipped(part, MAX_NAME_CHARS) for part in parts))


# --------------------------------------------------------------------------- building


def _build_meeting(state: _State, lines: list[str], filename: str) -> Meeting:
    """The meeting from everything recognised."""
    if "title" not in state.fields:
        state.fields["title"] = PurePath(filename).stem or "Imported meeting"
        state.find(None, M_("no title found; the file name is used"))
    agenda = _agenda(state)
    fields = dict(state.fields)
    dates = [i.date for i in agenda if i.date] + [d for d in [fields.get("first_date")] if d]
    if dates:
        fields["first_date"], fields["last_date"] = min(dates), max(dates)  # type: ignore[type-var]
    prose = read_prose(state.prose, _context(fields))
    state.findings.extend(_guessed(state, guess) for guess in prose.guesses)
    try:
        return Meeting(
            **fields,  # type: ignore[arg-type]
            **_prose_fields(prose),  # type: ignore[arg-type]
            people=tuple(state.people.values()),
            agenda=agenda,
            contacts=_contacts(lines, state, prose),
        )
    except ValidationError as exc:
        raise ConceptNoteError(filename, exc.message) from exc


def _context(fields: dict[str, object]) -> Context:
    """What the header said, for reading the prose."""
    first = fields.get("first_date")
    return Context(
        str(fields.get("title", "")),
        str(fields.get("meeting_type", "")),
        first.year if isinstance(first, dt.date) else None,
        str(fields.get("city", "")),
    )


def _prose_fields(prose: ConceptText) -> dict[str, object]:
    """The meeting's fields the prose gives."""
    return {
        "short_title": prose.short_title,
        "organiser": prose.organiser,
        "language": prose.language,
        "background": prose.text(Section.BACKGROUND),
        "aims": prose.text(Section.AIMS),
        "logistics": prose.text(Section.LOGISTICS),
        "acknowledgements": prose.text(Section.ACKNOWLEDGEMENTS),
        "linked_events": tuple(prose.linked_events),
        "references": tuple(prose.references),
    }


def _guessed(state: _State, guess: Guess) -> ImportFinding:
    """A guess as a finding marked unsure (the window says it was guessed; the text does not)."""
    return ImportFinding(guess.line, "warning", guess.message, unsure=True, unit=state.unit)


def _agenda(state: _State) -> tuple[AgendaItem, ...]:
    """The items, each with an end (the next item's start when none is written)."""
    items: list[AgendaItem] = []
    for index, item in enumerate(state.items):
        end = item.times.end or _implied_end(index, state)
        if end is None or end <= item.times.start or not item.title:
            state.find(item.line, M_("agenda item left out: its end time or title is not clear"))
            continue
        if item.times.end is None:
            state.find(
                item.line, M_("no end time; taken as {time}", time=end.strftime("%H:%M")), "info"
            )
        items.append(_agenda_item(f"item-{len(items) + 1}", item, end))
    return tuple(items)


def _implied_end(index: int, state: _State) -> dt.time | None:
    """The start of the next item, else the meeting's end."""
    if index + 1 < len(state.items):
        return state.items[index + 1].times.start
    end = state.fields.get("end")
    return end if isinstance(end, dt.time) else None


def _agenda_item(item_id: str, item: _Item, end: dt.time) -> AgendaItem:
    """An :class:`AgendaItem` from a read item."""
    has_segment = any(pid is None for _, pid, _ in item.order)
    order = tuple(Segment(label or item.title, pid, speaker) for label, pid, speaker in item.order)
    return AgendaItem(
        id=item_id,
        title=clipped(item.title, MAX_TITLE_CHARS),
        start=item.times.start,
        end=end,
        date=item.date,
        description=clipped("\n".join(item.description), MAX_DESCRIPTION_CHARS),
        participants=tuple(Participant(pid, role) for pid, role in item.participants),
        running_order=order if has_segment else (),
        kind=_kind_of(item.title),
        room=item.room,
    )


def _kind_of(title: str) -> ItemKind:
    """What an entry is, from its title or from the words before a clause that only says who
    offers it or where ("Reception hosted by …", "Lunch at the restaurant …")."""
    kind = item_kind_of(title)
    if kind is ItemKind.SESSION:
        kind = item_kind_of(_KIND_CLAUSE.split(title, maxsplit=1)[0])
    return kind


def _contacts(lines: list[str], state: _State, prose: ConceptText) -> tuple[Contact, ...]:
    """Every email address in the note, with the name and role the text gives it; those
    written after ``cc`` are flagged."""
    contacts: dict[str, Contact] = {}
    for number, line in enumerate(lines, start=1):
        for match in _EMAIL.finditer(line):
            email = match.group().rstrip(".")
            cc = re.search(r"\bcc\b\s*:?\s*$", line[: match.start()], re.IGNORECASE) is not None
            said = prose.contacts.get(fold(email), ContactRole("", ""))
            try:
                contact = Contact(name=said.name, role=said.role, email=email, cc=cc)
            except ValidationError:
                state.find(number, M_("'{email}' does not look like an email address", email=email))
                continue
            contacts.setdefault(fold(email), contact)
    return tuple(contacts.values())


# --------------------------------------------------------------------------- helpers


def _slug(name: str) -> str:
    """``Anita Ramasastry`` → ``anita-ramasastry``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "person"


def _free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… when it is taken."""
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _same_person(people: list[Person], person: Person) -> Person | None:
    """The person in ``people`` with the same email, or else the same folded name."""
    if person.email:
        for other in people:
            if other.email and fold(other.email) == fold(person.email):
                return other
    return next((p for p in people if fold(p.name) == fold(person.name)), None)


def _fill_blanks(kept: _T, other: _T, skip: tuple[str, ...] = ()) -> _T:
    """``kept`` with its empty fields taken from ``other``."""
    changes = {
        f.name: getattr(other, f.name)
        for f in dataclasses.fields(kept)  # type: ignore[arg-type]
        if f.name not in skip
        and getattr(kept, f.name) in ("", None, ())
        and getattr(other, f.name) not in ("", None, ())
        and f.name not in ("people", "agenda", "contacts")
    }
    return dataclasses.replace(kept, **changes) if changes else kept  # type: ignore[type-var]


def _remapped(item: AgendaItem, item_id: str, id_map: dict[str, str]) -> AgendaItem:
    """An imported item under a new id, its people under their ids in the merged meeting."""
    return dataclasses.replace(
        item,
        id=item_id,
        participants=tuple(
            dataclasses.replace(p, person_id=id_map[p.person_id]) for p in item.participants
        ),
        running_order=tuple(
            dataclasses.replace(s, person_id=id_map[s.person_id]) if s.person_id else s
            for s in item.running_order
        ),
    )
