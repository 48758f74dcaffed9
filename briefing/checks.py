"""Pre-build checks: what would embarrass the secretariat, as a list of findings.

Each rule is one function ``(meeting, pack) -> Iterable[Finding]`` listed in :data:`RULES`;
:func:`check_meeting` runs them all, never raises, and sorts the findings errors first, then in
the order of the meeting (meeting, agenda, people, notes, packs).

Choices worth knowing:

- "In the pack" people are the pack's bios plus everyone appearing in the pack's items (for a
  per-session pack: the people of its sessions).
- A session needs a moderator (or a chair) only when another session with people has one, and
  only when it is more than a ceremony: items whose roles are all welcome, opening, closing or
  keynote (the seed's welcome and wrap-up) are exempt.
- Entries that are not sessions (breaks, lunch, receptions, registration, side events) fill the
  programme's gaps but need no moderator and no bios, and may lie outside the meeting's hours.
  Items overlap only in one room (an item with no room is in the meeting's): sessions at the
  same time in different rooms are parallel, but one person cannot be in both.
- Agenda rules (times, overlaps, gaps, double bookings, running order) and note readability look
  at the whole meeting: a pack cannot fix them. Font, bio and pack rules look at the pack.
- What the build would refuse is an error here too: a note it cannot read (damaged, protected,
  a decompression bomb, an image of more pixels than allowed, more lines than a note may have)
  and a logo or photo it cannot decode. Values beyond the model's limits (a title's length, the
  number of people…) cannot reach a checked meeting: opening it already refuses them.
- Malformed emails cannot reach a checked meeting: the model rejects them when it is built
  (:func:`briefing.validation.check_email`), so there is no rule for them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from briefing.errors import NoteReadError, describe_characters
from briefing.messages import M_, Message, Mn_
from briefing.model import (
    AgendaItem,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    Person,
    RoleKind,
)
from briefing.pack.document import (
    Block,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Table,
    WordNote,
    spans_text,
)
from briefing.validation import field_word, fold


class Severity(StrEnum):
    """How bad a finding is: an error stops a clean build, the rest are advice."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One problem: how bad, which rule, what is wrong, what to do, and where to fix it."""

    severity: Severity
    rule: str
    message: Message
    advice: Message
    kind: str  # "meeting" | "item" | "person" | "note" | "pack"
    target_id: str  # "" for the meeting


Rule = Callable[[Meeting, PackDefinition], Iterable[Finding]]

# Roles of items that are ceremonies, not discussions: they need no moderator.
CEREMONIAL_ROLES = frozenset(
    {RoleKind.WELCOME, RoleKind.OPENING, RoleKind.CLOSING, RoleKind.KEYNOTE}
)
MODERATING_ROLES = frozenset({RoleKind.MODERATOR, RoleKind.CHAIR})
_TITLE_LIMIT = 60


# --------------------------------------------------------------------------- helpers


def _short(title: str) -> str:
    """A title cut to a readable length for a one-line message."""
    text = " ".join(title.split())
    if len(text) <= _TITLE_LIMIT:
        return text
    return text[:_TITLE_LIMIT].rsplit(" ", 1)[0] + "…"


def _hm(value: dt.time) -> str:
    return value.strftime("%H:%M")


def _slot(item: AgendaItem) -> str:
    return f"{_hm(item.start)}–{_hm(item.end)}"


def _where(item: AgendaItem) -> tuple[str, ...]:
    """``10:00–11:30, Room XX``: an item's slot, and its room when it has one (a message lists
    them with its language's separator)."""
    return (_slot(item), item.room) if item.room else (_slot(item),)


def _same_room(meeting: Meeting, first: AgendaItem, second: AgendaItem) -> bool:
    """Whether two items are held in one room (an item with no room is in the meeting's)."""
    return (first.room or meeting.room) == (second.room or meeting.room)


def _minute(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _item_people(item: AgendaItem) -> tuple[str, ...]:
    """Ids of everyone in an item (its participants and running-order speakers), each once."""
    ids = [p.person_id for p in item.participants]
    ids += [s.person_id for s in item.running_order if s.person_id]
    return tuple(dict.fromkeys(ids))


def _pack_items(meeting: Meeting, pack: PackDefinition) -> tuple[AgendaItem, ...]:
    """The items a pack prints (a per-session pack with no list takes the whole agenda)."""
    by_id = {i.id: i for i in meeting.agenda}
    if pack.kind is PackKind.PER_SESSION and not pack.item_ids:
        return meeting.agenda
    return tuple(by_id[i] for i in pack.item_ids if i in by_id)


def _session_items(meeting: Meeting, pack: PackDefinition) -> tuple[AgendaItem, ...]:
    """The items of a per-session pack that get a brief: its sessions with people in them."""
    return tuple(i for i in _pack_items(meeting, pack) if i.is_session and i.participants)


def _pack_people(meeting: Meeting, pack: PackDefinition) -> tuple[Person, ...]:
    """The people a pack shows: its bios and everyone in its items, in order of appearance."""
    items = _pack_items(meeting, pack)
    if pack.kind is PackKind.PER_SESSION:
        items = _session_items(meeting, pack)
        wanted: set[str] = set()
    else:
        wanted = set(pack.bio_ids)
    for item in items:
        if item.is_session:  # a side event's speakers need no bio in the pack
            wanted.update(_item_people(item))
    return tuple(p for p in _people_in_order(meeting) if p.id in wanted)


def _pack_notes(meeting: Meeting, pack: PackDefinition) -> tuple[Note, ...]:
    """The notes a pack prints (a per-session pack: its sessions' notes)."""
    if pack.kind is PackKind.FULL:
        listed = set(pack.note_ids)
        return tuple(n for n in meeting.notes if n.id in listed)
    sessions = {i.id for i in _session_items(meeting, pack)}
    return tuple(
        n
        for n in meeting.notes
        if sessions.intersection(n.session_ids)
        and (n.id in pack.note_ids or not pack.note_ids)
        and (pack.options.include_internal or not n.internal)
    )


def _people_in_order(meeting: Meeting) -> tuple[Person, ...]:
    """Everyone: those in the agenda in order of appearance, then the others."""
    appearing = _appearance_order(meeting)
    return tuple(sorted(meeting.people, key=lambda p: appearing.get(p.id, len(appearing))))


def _appearance_order(meeting: Meeting) -> dict[str, int]:
    order: dict[str, int] = {}
    for item in meeting.agenda:
        for person_id in _item_people(item):
            order.setdefault(person_id, len(order))
    return order


def _days(meeting: Meeting) -> dict[dt.date | None, list[AgendaItem]]:
    """The agenda by day, each day's items sorted by start (then agenda order)."""
    days: dict[dt.date | None, list[AgendaItem]] = {}
    for item in meeting.agenda:
        days.setdefault(meeting.item_date(item), []).append(item)
    return {day: sorted(items, key=lambda i: (i.start, i.end)) for day, items in days.items()}


def _overlapping_pairs(meeting: Meeting) -> Iterator[tuple[AgendaItem, AgendaItem]]:
    """Each pair of items on the same day whose slots overlap, earlier item first."""
    for items in _days(meeting).values():
        for index, first in enumerate(items):
            for second in items[index + 1 :]:
                if second.start >= first.end:
                    break
                yield first, second


# --------------------------------------------------------------------------- people


def bio_missing(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A person in the pack without a bio."""
    for person in _pack_people(meeting, pack):
        if not person.bio.strip():
            yield Finding(
                Severity.WARNING,
                "bio-missing",
                M_("{person} has no bio", person=person.name),
                M_(
                    "Add a bio for {person} before building the pack '{pack}'.",
                    person=person.name,
                    pack=pack.name,
                ),
                "person",
                person.id,
            )


def bio_placeholder(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A person in the pack whose bio is still a placeholder."""
    for person in _pack_people(meeting, pack):
        if person.has_placeholder_bio:
            yield Finding(
                Severity.WARNING,
                "bio-placeholder",
                M_("the bio of {person} is still a placeholder", person=person.name),
                M_(
                    "Replace the placeholder with {person}'s real bio before sending the pack.",
                    person=person.name,
                ),
                "person",
                person.id,
            )


def duplicate_people(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """Two people with the same email, or names that differ only in case or accents."""
    by_email: dict[str, Person] = {}
    by_name: dict[str, Person] = {}
    for person in _people_in_order(meeting):
        email = person.email.casefold()
        name = " ".join(fold(person.name).split())
        same_email = by_email.get(email) if email else None
        first = same_email or by_name.get(name)
        if first is not None:
            yield Finding(
                Severity.WARNING,
                "duplicate-person",
                _same_person(person, first, by_email=same_email is not None),
                M_(
                    "Merge {person} into {other}, or correct the name or email.",
                    person=person.name,
                    other=first.name,
                ),
                "person",
                person.id,
            )
        if email:
            by_email.setdefault(email, person)
        by_name.setdefault(name, person)


def _same_person(person: Person, first: Person, by_email: bool) -> Message:
    """Why two people look like one: the same email, or the same name."""
    if by_email:
        return M_(
            "{person} and {other} look like the same person (same email {email})",
            person=person.name,
            other=first.name,
            email=person.email,
        )
    return M_(
        "{person} and {other} look like the same person (same name)",
        person=person.name,
        other=first.name,
    )


# --------------------------------------------------------------------------- agenda


def _is_ceremony(item: AgendaItem) -> bool:
    return all(p.role.kind in CEREMONIAL_ROLES for p in item.participants)


def _is_moderated(item: AgendaItem) -> bool:
    return any(p.role.kind in MODERATING_ROLES for p in item.participants)


def moderator_missing(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A session without a moderator while the meeting's other sessions with people have one."""
    sessions = [
        i for i in meeting.agenda if i.is_session and i.participants and not _is_ceremony(i)
    ]
    if not any(_is_moderated(i) for i in sessions):
        return
    for item in sessions:
        if not _is_moderated(item):
            yield Finding(
                Severity.WARNING,
                "moderator-missing",
                M_(
                    "'{title}' ({slot}) has no moderator, unlike the other sessions",
                    title=_short(item.title),
                    slot=_slot(item),
                ),
                M_("Add a moderator or chair to the session."),
                "item",
                item.id,
            )


def overlapping_items(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """Two agenda items on the same day, in the same room, whose slots overlap (items in
    different rooms at the same time are parallel sessions)."""
    for first, second in _overlapping_pairs(meeting):
        if not _same_room(meeting, first, second):
            continue
        yield Finding(
            Severity.ERROR,
            "overlapping-items",
            M_(
                "'{title}' ({where}) overlaps '{other}' ({other_where})",
                title=_short(second.title),
                where=_where(second),
                other=_short(first.title),
                other_where=_where(first),
            ),
            M_(
                "Correct the times so that one item ends before the next begins, or hold one "
                "of them in another room."
            ),
            "item",
            second.id,
        )


def gap_in_programme(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """Time between consecutive items of the same day that no item covers."""
    for items in _days(meeting).values():
        latest = items[0]
        for item in items[1:]:
            gap = _minute(item.start) - _minute(latest.end)
            if gap > 0:
                yield Finding(
                    Severity.WARNING,
                    "gap-in-programme",
                    Mn_(
                        "gap of {count} min between '{before}' (ends {end}) and '{after}' "
                        "(starts {start})",
                        "gap of {count} min between '{before}' (ends {end}) and '{after}' "
                        "(starts {start})",
                        gap,
                        before=_short(latest.title),
                        end=_hm(latest.end),
                        after=_short(item.title),
                        start=_hm(item.start),
                    ),
                    M_("Add an item for the gap (e.g. a break), or correct the times."),
                    "item",
                    item.id,
                )
            if item.end > latest.end:
                latest = item


def out_of_time_order(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """An item listed after one that starts later: the programme prints the agenda's order."""

    def when(item: AgendaItem) -> tuple[dt.date, dt.time]:
        return (meeting.item_date(item) or dt.date.min, item.start)

    for before, item in zip(meeting.agenda, meeting.agenda[1:], strict=False):
        if when(item) < when(before):
            yield Finding(
                Severity.WARNING,
                "out-of-time-order",
                M_(
                    "'{title}' ({slot}) is listed after '{other}' ({other_slot}) but starts "
                    "earlier",
                    title=_short(item.title),
                    slot=_slot(item),
                    other=_short(before.title),
                    other_slot=_slot(before),
                ),
                M_(
                    "Move it to its place in the agenda (packs print the agenda in its order), "
                    "or correct its time."
                ),
                "item",
                item.id,
            )


def outside_meeting_hours(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """An item that starts before the meeting starts or ends after it ends."""
    start, end = meeting.start, meeting.end
    for item in meeting.sessions:  # registration or a reception may well be outside them
        early = start is not None and item.start < start
        late = end is not None and item.end > end
        if early or late:
            hours = f"{_hm(start) if start else '…'}–{_hm(end) if end else '…'}"
            yield Finding(
                Severity.WARNING,
                "outside-meeting-hours",
                M_(
                    "'{title}' ({slot}) is outside the meeting's hours ({hours})",
                    title=_short(item.title),
                    slot=_slot(item),
                    hours=hours,
                ),
                M_("Correct the item's times, or the meeting's start and end times."),
                "item",
                item.id,
            )


def outside_meeting_dates(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """An item dated before the meeting's first day or after its last day."""
    first = meeting.first_date
    last = meeting.last_date or first
    if first is None or last is None:
        return
    for item in meeting.agenda:
        if item.date is not None and not first <= item.date <= last:
            yield Finding(
                Severity.WARNING,
                "outside-meeting-dates",
                M_(
                    "'{title}' is dated {date}, outside the meeting's dates ({first} to {last})",
                    title=_short(item.title),
                    date=item.date.isoformat(),
                    first=first.isoformat(),
                    last=last.isoformat(),
                ),
                M_("Correct the item's date, or the meeting's first and last days."),
                "item",
                item.id,
            )


def double_booked_person(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """One person in two agenda items that overlap."""
    names = {p.id: p.name for p in meeting.people}
    for first, second in _overlapping_pairs(meeting):
        shared = [pid for pid in _item_people(second) if pid in _item_people(first)]
        for person_id in shared:
            name = names.get(person_id, person_id)
            yield Finding(
                Severity.ERROR,
                "double-booked-person",
                M_(
                    "{person} is in '{first}' ({first_where}) and in '{second}' "
                    "({second_where}) at the same time",
                    person=name,
                    first=_short(first.title),
                    first_where=_where(first),
                    second=_short(second.title),
                    second_where=_where(second),
                ),
                M_(
                    "Take {person} out of one of the two items, or correct their times.",
                    person=name,
                ),
                "item",
                second.id,
            )


def running_order_minutes(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A running order whose steps all have minutes that do not add up to the item's slot."""
    for item in meeting.agenda:
        steps = item.running_order
        if not steps or any(s.minutes is None for s in steps):
            continue
        total = sum(s.minutes or 0 for s in steps)
        if total != item.minutes:
            yield Finding(
                Severity.WARNING,
                "running-order-minutes",
                Mn_(
                    "the running order of '{title}' adds up to {count} min, but its slot "
                    "({slot}) is {minutes} min",
                    "the running order of '{title}' adds up to {count} min, but its slot "
                    "({slot}) is {minutes} min",
                    total,
                    title=_short(item.title),
                    slot=_slot(item),
                    minutes=item.minutes,
                ),
                M_("Correct the steps' minutes or the item's times so that they agree."),
                "item",
                item.id,
            )


# --------------------------------------------------------------------------- notes


@functools.lru_cache(maxsize=256)
def _note_problem(note: Note) -> Message | None:
    """Why a note's content cannot go into a pack (unreadable, encrypted, empty), or None.

    Kept per note value: the app runs the checks after every edit, and reading a note's file
    again each time would make typing wait on a 300-page PDF.
    """
    from briefing.pack.document import WordNote
    from briefing.pack.notes import note_blocks
    from briefing.pack.pdf_notes import PdfNoteLibrary

    attachment = note.attachment
    if attachment is not None and attachment.size == 0:
        return M_(
            "the file of note '{note}' ({file}) is empty (0 bytes)",
            note=note.title,
            file=attachment.filename,
        )
    try:
        blocks = note_blocks(note, "note-1")
        if attachment is not None and note.format == "pdf":
            library = PdfNoteLibrary()
            try:
                library.open(attachment.sha256, attachment, note.title, attachment.filename)
            finally:
                library.close()  # only the verdict is kept, not the opened document
            return None
    except NoteReadError as exc:
        return exc.message
    content = [b for b in blocks if not (isinstance(b, WordNote) and not b.blocks)]
    if content:
        return None
    if attachment is None:
        return M_("note '{note}' has no text and no file", note=note.title)
    return M_("note '{note}' ({file}) has no text", note=note.title, file=attachment.filename)


def note_unreadable(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A note whose file cannot be read, is encrypted or damaged, or that is empty."""
    for note in meeting.notes:
        problem = _note_problem(note)
        if problem is not None:
            yield Finding(
                Severity.ERROR,
                "note-unreadable",
                problem,
                M_("Attach a readable, unprotected copy of the file, or remove the note."),
                "note",
                note.id,
            )


def picture_unreadable(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """The logo or a photo in the pack that cannot be decoded, or is a decompression bomb:
    the PDF build refuses it, so say so before the night of the build."""
    from briefing.render.pdf_flowables import picture_problem

    if meeting.logo is not None:
        problem = picture_problem(meeting.logo.data)
        if problem is not None:
            yield Finding(
                Severity.ERROR,
                "picture-unreadable",
                M_(
                    "the meeting's logo ({file}): {problem}",
                    file=meeting.logo.filename,
                    problem=problem,
                ),
                M_("Attach the logo again from a good copy (PNG or JPEG), or remove it."),
                "meeting",
                "",
            )
    for person in _pack_people(meeting, pack):
        problem = picture_problem(person.photo.data) if person.photo is not None else None
        if problem is not None:
            assert person.photo is not None
            yield Finding(
                Severity.ERROR,
                "picture-unreadable",
                M_(
                    "the photo of {person} ({file}): {problem}",
                    person=person.name,
                    file=person.photo.filename,
                    problem=problem,
                ),
                M_(
                    "Attach {person}'s photo again from a good copy, or remove it.",
                    person=person.name,
                ),
                "person",
                person.id,
            )


def note_unused(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A note attached to no session and listed in no pack: no pack will print it."""
    listed = {i for p in meeting.pack_definitions() for i in p.note_ids}
    for note in meeting.notes:
        if not note.session_ids and note.id not in listed:
            yield Finding(
                Severity.INFO,
                "note-unused",
                M_(
                    "note '{note}' is attached to no session and in no pack",
                    note=_short(note.title),
                ),
                M_("Attach the note to a session or add it to a pack, or remove it if not needed."),
                "note",
                note.id,
            )


# --------------------------------------------------------------------------- fonts


# The fields a finding names (as validation.field_word says them), and a contact's.
_MEETING_FIELDS = (
    "title",
    "short_title",
    "meeting_type",
    "organiser",
    "venue",
    "room",
    "city",
    "country",
    "background",
    "aims",
    "logistics",
    "acknowledgements",
)
_CONTACT_FIELDS = (
    ("name", M_("contact name")),
    ("role", M_("contact role")),
    ("email", M_("contact email")),
    ("phone", M_("contact phone")),
)
_PERSON_FIELDS = ("name", "honorific", "position", "organisation", "bio", "email")


def _meeting_texts(meeting: Meeting) -> Iterator[tuple[str, str]]:
    """(field label, text) of the meeting's own fields and its contacts."""
    for name in _MEETING_FIELDS:
        yield field_word(name), getattr(meeting, name)
    for contact in meeting.contacts:
        for name, label in _CONTACT_FIELDS:
            yield label, getattr(contact, name)


def _item_texts(item: AgendaItem) -> Iterator[tuple[str, str]]:
    yield M_("title"), item.title
    yield M_("description"), item.description
    for participant in item.participants:
        yield M_("role"), participant.role.text
    for segment in item.running_order:
        yield M_("running order"), f"{segment.label} {segment.speaker}"


def _person_texts(person: Person) -> Iterator[tuple[str, str]]:
    for name in _PERSON_FIELDS:
        yield field_word(name), getattr(person, name)


def _pack_texts(meeting: Meeting, pack: PackDefinition) -> Iterator[tuple[str, str, str, str, str]]:
    """(kind, target id, its name, field label, text) of every name and text the pack prints."""
    for label, text in _meeting_texts(meeting):
        yield "meeting", "", meeting.title, label, text
    for label, text in ((M_("name"), pack.name), *_options_texts(pack)):
        yield "pack", pack.id, pack.name, label, text
    for item in _pack_items(meeting, pack):
        for label, text in _item_texts(item):
            yield "item", item.id, item.title, label, text
    for person in _pack_people(meeting, pack):
        for label, text in _person_texts(person):
            yield "person", person.id, person.name, label, text
    for note in _pack_notes(meeting, pack):
        yield "note", note.id, note.title, M_("title"), note.title
        yield "note", note.id, note.title, M_("text"), note.body
        if note.attachment is not None:
            for text in _note_file_texts(note):
                yield "note", note.id, note.title, note.attachment.filename, text


@functools.lru_cache(maxsize=256)
def _note_file_texts(note: Note) -> tuple[str, ...]:
    """The texts of a note's Markdown, text or Word file as the PDF prints them, read by the
    pack's own readers with their limits (a file they refuse is the unreadable-note error;
    a PDF note's pages are merged as they are, in their own fonts). Kept per note value."""
    from briefing.pack.notes import note_blocks

    if note.attachment is None or note.format == "pdf":
        return ()
    try:
        blocks = note_blocks(dataclasses.replace(note, body=""), "note-1")
    except NoteReadError:
        return ()
    return tuple(text for block in blocks for text in _block_texts(block) if text)


def _block_texts(block: Block) -> Iterator[str]:
    """Every text a note's block prints: headings, paragraphs, list items, table cells."""
    match block:
        case Heading(text=text) | Image(caption=text):
            yield text
        case Paragraph(spans=spans):
            yield spans_text(spans)
        case ListBlock(items=items):
            yield from map(spans_text, items)
        case Table(header=header, rows=rows):
            yield from header
            yield from (spans_text(line) for row in rows for cell in row for line in cell)
        case WordNote(blocks=blocks):
            yield from (text for inner in blocks for text in _block_texts(inner))


def _options_texts(pack: PackDefinition) -> tuple[tuple[str, str], ...]:
    return (
        (field_word("distribution_mark"), pack.options.distribution_mark),
        (field_word("version_line"), pack.options.version_line),
    )


def undrawable_characters(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A name, title or text of the pack (a note's file too) with characters none of the
    pack's fonts can draw: the PDF build stops on them, so this is an error."""
    from briefing.render.fonts import font_coverage

    fonts = font_coverage()
    found: dict[tuple[str, str], tuple[str, list[str], set[str]]] = {}
    for kind, target_id, name, label, text in _pack_texts(meeting, pack):
        missing = fonts.undrawable(text)
        if missing:
            entry = found.setdefault((kind, target_id), (name, [], set()))
            if label not in entry[1]:
                entry[1].append(label)
            entry[2].update(missing)
    for (kind, target_id), (name, labels, chars) in found.items():
        yield Finding(
            Severity.ERROR,
            "undrawable-characters",
            M_(
                "the pack's fonts cannot draw these characters of '{name}' ({fields}): "
                "{characters}",
                name=_short(name),
                fields=tuple(labels),
                characters=describe_characters(chars),
            ),
            M_(
                "Check the spelling, or remove them: the PDF build stops on them. Building "
                "even if some characters cannot be drawn (--allow-missing-glyphs) leaves them "
                "out of the PDF; the DOCX keeps them."
            ),
            kind,
            target_id,
        )


# --------------------------------------------------------------------------- packs


def empty_pack(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A pack with nothing in it (a per-session pack: no session with people)."""
    if pack.kind is PackKind.PER_SESSION:
        empty = not _session_items(meeting, pack)
        message = M_(
            "the pack '{pack}' has no session with people in it, so no brief would be made",
            pack=pack.name,
        )
    else:
        empty = not (pack.item_ids or pack.bio_ids or pack.note_ids)
        message = M_("the pack '{pack}' has no agenda items, no bios and no notes", pack=pack.name)
    if empty:
        yield Finding(
            Severity.ERROR,
            "empty-pack",
            message,
            M_("Choose the agenda items, bios and notes that go into the pack."),
            "pack",
            pack.id,
        )


def session_without_people(meeting: Meeting, pack: PackDefinition) -> Iterator[Finding]:
    """A per-session pack that lists an item with nobody in it."""
    if pack.kind is not PackKind.PER_SESSION:
        return
    for item in _pack_items(meeting, pack) if pack.item_ids else ():
        if item.is_session and not item.participants:
            yield Finding(
                Severity.WARNING,
                "session-without-people",
                M_(
                    "the per-session pack '{pack}' lists '{title}', which has nobody in it, so "
                    "no brief is made for it",
                    pack=pack.name,
                    title=_short(item.title),
                ),
                M_("Add the session's people, or take the item out of the pack."),
                "pack",
                pack.id,
            )


RULES: tuple[Rule, ...] = (
    bio_missing,
    bio_placeholder,
    duplicate_people,
    moderator_missing,
    overlapping_items,
    double_booked_person,
    gap_in_programme,
    out_of_time_order,
    outside_meeting_hours,
    outside_meeting_dates,
    running_order_minutes,
    note_unreadable,
    picture_unreadable,
    note_unused,
    undrawable_characters,
    empty_pack,
    session_without_people,
)

# --------------------------------------------------------------------------- running

_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_KIND_RANK = {"meeting": 0, "item": 1, "person": 2, "note": 3, "pack": 4}


def run_rule(rule: Rule, meeting: Meeting, pack: PackDefinition) -> list[Finding]:
    """A rule's findings; a rule that fails becomes one error naming it, never an exception."""
    try:
        return list(rule(meeting, pack))
    except Exception as exc:  # a bug in a rule must not stop the other checks
        name = rule.__name__.replace("_", "-")
        error = f"{type(exc).__name__}: {exc}"
        return [
            Finding(
                Severity.ERROR,
                "check-failed",
                M_(
                    "the check '{check}' failed: {error}",
                    check=name,
                    error=error,
                ),
                M_("Report this problem; the other checks ran."),
                "meeting",
                "",
            )
        ]


def _meeting_order(meeting: Meeting) -> dict[tuple[str, str], int]:
    """Position of each thing in the meeting, for sorting findings in meeting order."""
    order: dict[tuple[str, str], int] = {("meeting", ""): 0}
    order.update({("item", i.id): n for n, i in enumerate(meeting.agenda)})
    order.update({("person", p.id): n for n, p in enumerate(_people_in_order(meeting))})
    order.update({("note", n.id): k for k, n in enumerate(meeting.notes)})
    order.update({("pack", p.id): n for n, p in enumerate(meeting.pack_definitions())})
    return order


def check_meeting(meeting: Meeting, pack: PackDefinition | None = None) -> list[Finding]:
    """Every rule's findings for a meeting and pack (default: its first), errors first."""
    chosen = pack if pack is not None else meeting.pack_definitions()[0]
    findings = [f for rule in RULES for f in run_rule(rule, meeting, chosen)]
    order = _meeting_order(meeting)

    def key(finding: Finding) -> tuple[int, int, int]:
        return (
            _SEVERITY_RANK[finding.severity],
            _KIND_RANK.get(finding.kind, len(_KIND_RANK)),
            order.get((finding.kind, finding.target_id), len(order)),
        )

    return sorted(findings, key=key)


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error (the CLI exits with 1 then)."""
    return any(f.severity is Severity.ERROR for f in findings)
