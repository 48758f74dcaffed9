"""Assembly: a meeting and a pack definition become one pack document.

This module decides what goes into a pack and in which order; it does no I/O and knows no file
format. Note contents arrive already read (``note_content``): a note missing from that mapping
could not be read and is left out (the build reports it).
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from briefing.collation import name_sort_key
from briefing.filenames import safe_filename
from briefing.formatting import (
    format_date,
    format_date_range,
    format_duration,
    format_slot,
    format_time,
)
from briefing.i18n import pack_words
from briefing.messages import M_, Message
from briefing.model import (
    AgendaItem,
    BioOrder,
    Contact,
    LinkedEvent,
    Meeting,
    Note,
    PackDefinition,
    Person,
    Reference,
    Role,
    RoleKind,
)
from briefing.pack.document import (
    Bio,
    Block,
    Cell,
    ContactLine,
    Contents,
    Cover,
    EmbeddedPdf,
    Heading,
    ListBlock,
    PackDocument,
    Paragraph,
    Span,
    Spans,
    Table,
    plain,
)
from briefing.pack.markdown import plain_text_blocks
from briefing.pack.participants import participants
from briefing.pack.programme import programme

NoteContent = Mapping[str, tuple[Block, ...]]


@dataclass(frozen=True)
class _Context:
    """What every section builder needs: the meeting, the pack, and what is in it."""

    meeting: Meeting
    pack: PackDefinition
    items: tuple[AgendaItem, ...]
    people: tuple[Person, ...]
    notes: tuple[Note, ...]
    note_content: NoteContent
    sections: frozenset[str]  # ids of the items that have a session section in this pack

    @property
    def language(self) -> str:
        return self.meeting.language

    @functools.cached_property
    def words(self) -> gettext.NullTranslations:
        """The pack's own words, in the meeting's language."""
        return pack_words(self.meeting.language)

    def role(self, role: Role) -> str:
        return role.label_in(self.meeting.language)

    def date(self, day: dt.date, weekday: bool = False) -> str:
        return format_date(day, weekday, self.language)

    def dates(self, first: dt.date | None, last: dt.date | None) -> str:
        return format_date_range(first, last, self.language)

    def slot(self, start: dt.time | None, end: dt.time | None) -> str:
        return format_slot(start, end, self.language)

    def parts(self, *values: str) -> str:
        """Parts of one description (a venue, a position and organisation), joined as the
        pack's language writes them (an Arabic comma, a Chinese full-width one)."""
        present = [value for value in values if value]
        if not present:
            return ""
        template = self.words.gettext("{part}, {next_part}")
        return functools.reduce(lambda a, b: template.format(part=a, next_part=b), present)

    def labelled(self, label: str, value: str) -> str:
        """``Moderator: Jane Doe`` (``Modérateur : …`` in French)."""
        return self.words.gettext("{label}: {value}").format(label=label, value=value)

    def item_anchor(self, item: AgendaItem) -> str:
        return f"session-{_number(self.meeting, item)}"

    def item_name(self, item: AgendaItem) -> str:
        """``Session 2`` for a session; a break or a side event by its title."""
        if not item.is_session:
            return item.title
        return self.words.gettext("Session {number}").format(number=_number(self.meeting, item))

    def bio_anchor(self, person_id: str) -> str:
        return f"bio-{self.meeting.position('person', person_id) + 1}"

    def note_anchor(self, note: Note) -> str:
        return f"note-{self.meeting.position('note', note.id) + 1}"

    @functools.cached_property
    def bio_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.people)

    @functools.cached_property
    def item_ids(self) -> frozenset[str]:
        return frozenset(i.id for i in self.items)

    def has_bio(self, person_id: str) -> bool:
        return person_id in self.bio_ids

    def person_link(self, person_id: str, bold: bool = False) -> Span:
        person = self.meeting.person(person_id)
        link = f"#{self.bio_anchor(person_id)}" if self.has_bio(person_id) else ""
        return Span(person.display_name, bold=bold, link=link)


# =========================================================================== public API


def assemble_full(
    meeting: Meeting, pack: PackDefinition, note_content: NoteContent, build_date: dt.date
) -> PackDocument:
    """The full pack: cover, contents, overview, programme, sessions, bios, notes, contacts."""
    ctx = _context(
        meeting,
        pack,
        pack.item_ids,
        pack.bio_ids,
        pack.note_ids,
        note_content,
        frozenset(i for i in pack.item_ids if meeting.item(i).is_session),
    )
    blocks: list[Block] = [_cover(ctx, None), Contents(ctx.words.gettext("Contents"))]
    blocks += _overview(ctx)
    blocks += programme(ctx, marked=None)
    blocks += _sessions(ctx)
    blocks += _bios(ctx)
    blocks += _notes(ctx)
    blocks += participants(ctx)
    blocks += _contacts(ctx)
    stem = safe_filename(
        f"{_date_prefix(meeting)}{meeting.display_title} - {pack.name_in(meeting.language)}"
    )
    return _document(ctx, stem, meeting.title, blocks, build_date)


def assemble_session(
    meeting: Meeting,
    pack: PackDefinition,
    item: AgendaItem,
    note_content: NoteContent,
    build_date: dt.date,
) -> PackDocument:
    """One session's pack for its moderator and speakers: its cover, its page, the programme of
    its day with this session marked, its people's bios, its notes, the contacts."""
    people = _session_people(meeting, item)
    day = meeting.item_date(item)
    same_day = tuple(
        i
        for i in (pack.item_ids or _all_items(meeting))
        if meeting.item_date(meeting.item(i)) == day
    )
    notes = tuple(
        n.id
        for n in meeting.notes
        if item.id in n.session_ids
        and (n.id in pack.note_ids or not pack.note_ids)
        and (pack.options.include_internal or not n.internal)
    )
    ctx = _context(
        meeting,
        pack,
        same_day,
        people,
        notes,
        note_content,
        frozenset({item.id}),
    )
    blocks: list[Block] = [_cover(ctx, item), Contents(ctx.words.gettext("Contents"))]
    blocks += _session_section(ctx, item, level=1)
    blocks += programme(ctx, marked=item)
    blocks += _bios(ctx)
    blocks += _notes(ctx)
    blocks += participants(ctx)
    blocks += _contacts(ctx)
    return _document(ctx, session_file_stem(meeting, item), item.title, blocks, build_date)


def session_items(meeting: Meeting, pack: PackDefinition) -> tuple[AgendaItem, ...]:
    """The items of a pack that get a per-session pack: its sessions with people in them."""
    ids = pack.item_ids or _all_items(meeting)
    items = (meeting.item(i) for i in ids)
    return tuple(item for item in items if item.is_session and item.participants)


def session_file_stem(meeting: Meeting, item: AgendaItem) -> str:
    """``2017-11-30 S2 Pillar II implementation gaps - moderator brief``: sorts in agenda order."""
    number = _number(meeting, item)
    width = len(str(len(meeting.sessions)))
    day = meeting.item_date(item)
    prefix = f"{day.isoformat()} " if day else ""
    brief = pack_words(meeting.language).gettext("moderator brief")
    return safe_filename(f"{prefix}S{number:0{width}d} {short_title(item.title)} - {brief}")


def short_title(title: str, limit: int = 48) -> str:
    """A short name for a long session title: its quoted phrase, else the part before a colon,
    else its first words, cut at a word boundary."""
    quoted = re.search(r"[“\"«‘']([^”\"»’']{4,})[”\"»’']", title)
    text = quoted.group(1) if quoted else re.split(r"[:;–—(]", title, maxsplit=1)[0]
    text = " ".join(text.split()) or title
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0]
    return text[:1].upper() + text[1:]


# =========================================================================== context


def _number(meeting: Meeting, item: AgendaItem) -> int:
    """A session's number: its place among the agenda's sessions, from 1."""
    number = meeting.session_number(item)
    if number is None:
        raise ValueError(f"{item.title!r} is not a session and has no number")
    return number


def _all_items(meeting: Meeting) -> tuple[str, ...]:
    return tuple(i.id for i in meeting.agenda)


def _context(
    meeting: Meeting,
    pack: PackDefinition,
    item_ids: tuple[str, ...],
    bio_ids: tuple[str, ...],
    note_ids: tuple[str, ...],
    note_content: NoteContent,
    sections: frozenset[str],
) -> _Context:
    people = tuple(meeting.person(i) for i in bio_ids)
    if pack.bio_order is BioOrder.ALPHABETICAL:
        people = tuple(sorted(people, key=lambda p: name_sort_key(p.name)))
    notes = tuple(meeting.note(i) for i in note_ids if i in note_content)
    items = tuple(meeting.item(i) for i in item_ids)
    return _Context(meeting, pack, items, people, notes, note_content, sections)


def _session_people(meeting: Meeting, item: AgendaItem) -> tuple[str, ...]:
    ids = [p.person_id for p in item.participants]
    ids += [s.person_id for s in item.running_order if s.person_id]
    return tuple(dict.fromkeys(ids))


def _date_prefix(meeting: Meeting) -> str:
    return f"{meeting.first_date.isoformat()} " if meeting.first_date else ""


def _document(
    ctx: _Context, stem: str, subject: str, blocks: list[Block], build_date: dt.date
) -> PackDocument:
    m = ctx.meeting
    pack_name = ctx.pack.name_in(m.language)
    keywords = tuple(k for k in (m.meeting_type, m.organiser, m.city, pack_name) if k)
    return PackDocument(
        file_stem=stem,
        title=m.title,
        short_title=m.display_title,
        header_date=ctx.dates(m.first_date, m.last_date),
        author=m.organiser,
        subject=subject
        if subject != m.title
        else ctx.labelled(m.meeting_type or ctx.words.gettext("Meeting"), pack_name),
        keywords=keywords,
        language=m.language,
        paper=ctx.pack.options.paper,
        distribution_mark=ctx.pack.options.distribution_mark,
        build_date=build_date,
        blocks=tuple(blocks),
        shrink_merged_pages=ctx.pack.options.shrink_merged_pages,
    )


# =========================================================================== cover


def _cover(ctx: _Context, item: AgendaItem | None) -> Cover:
    m = ctx.meeting
    where = ctx.parts(m.venue, m.room, m.city, m.country)
    contacts = tuple(ContactLine(c.name, c.role, c.email, c.phone, c.cc) for c in m.contacts)
    if item is None:
        when = ctx.dates(m.first_date, m.last_date)
        slot = ctx.slot(m.start, m.end)
        return Cover(
            organiser=m.organiser,
            logo=m.logo.data if m.logo else None,
            meeting_type=m.meeting_type,
            title=m.title,
            subtitle="",
            when=" · ".join(x for x in (when, slot) if x),
            where=where,
            pack_name=ctx.pack.name_in(m.language),
            version_line=ctx.pack.options.version_line,
            distribution_mark=ctx.pack.options.distribution_mark,
            facts=(),
            contacts=contacts,
        )
    day = m.item_date(item)
    when = " · ".join(
        x for x in (ctx.date(day, weekday=True) if day else "", ctx.slot(item.start, item.end)) if x
    )
    where = ctx.parts(m.venue, item.room or m.room, m.city, m.country)
    moderators = [m.person(i).display_name for i in item.people_in(RoleKind.MODERATOR)]
    label = ctx.words.gettext("Moderator")
    facts = ((label, ctx.words.gettext(", ").join(moderators)),) if moderators else ()
    if item.link:
        facts += ((ctx.words.gettext("Online"), item.link),)
    return Cover(
        organiser=m.organiser,
        logo=m.logo.data if m.logo else None,
        meeting_type=m.meeting_type,
        title=item.title,
        subtitle=m.title,
        when=when,
        where=where,
        pack_name=ctx.words.gettext("Moderator brief · Session {number}").format(
            number=_number(m, item)
        ),
        version_line=ctx.pack.options.version_line,
        distribution_mark=ctx.pack.options.distribution_mark,
        facts=facts,
        contacts=contacts,
    )


# =========================================================================== overview


def _overview(ctx: _Context) -> list[Block]:
    m = ctx.meeting
    w = ctx.words
    blocks: list[Block] = [Heading(1, w.gettext("Overview"), "overview", new_page=True)]
    facts = (
        (w.gettext("Meeting"), m.meeting_type),
        (w.gettext("Dates"), ctx.dates(m.first_date, m.last_date)),
        (w.gettext("Time"), ctx.slot(m.start, m.end)),
        (w.gettext("Venue"), ctx.parts(m.venue, m.room, m.city, m.country)),
        (w.gettext("Organiser"), m.organiser),
    )
    if any(value for _, value in facts):
        blocks.append(_facts_table(facts))
    blocks += _text_section(w.gettext("Background"), "background", m.background)
    blocks += _text_section(w.gettext("Aims"), "aims", m.aims)
    if m.linked_events:
        blocks.append(Heading(2, w.gettext("Linked events"), "linked-events"))
        blocks.append(ListBlock(tuple(_linked_event(ctx, e) for e in m.linked_events)))
    if m.references:
        blocks.append(Heading(2, w.gettext("Further reading"), "references"))
        blocks.append(ListBlock(tuple(_reference(r) for r in m.references)))
    blocks += _text_section(w.gettext("Acknowledgements"), "acknowledgements", m.acknowledgements)
    return blocks if len(blocks) > 1 else []  # a heading over nothing is left out


def _facts_table(facts: tuple[tuple[str, str], ...]) -> Table:
    rows = tuple(((plain(label, bold=True),), (plain(value),)) for label, value in facts if value)
    return Table(header=(), rows=rows, widths=(1, 4), kind="facts")


def _text_section(title: str, anchor: str, text: str) -> list[Block]:
    if not text.strip():
        return []
    return [Heading(2, title, anchor), *plain_text_blocks(text)]


def _linked_event(ctx: _Context, event: LinkedEvent) -> Spans:
    when = ctx.dates(event.first_date, event.last_date)
    detail = ctx.parts(when, event.venue)
    spans = [Span(event.title, bold=True, link=event.url)]
    if detail:
        spans.append(Span(f" ({detail})"))
    if event.relation:
        spans.append(Span(f": {event.relation}"))
    return tuple(spans)


def _reference(reference: Reference) -> Spans:
    spans = [
        Span(reference.title, italic=True, link=reference.url if _is_url(reference.url) else "")
    ]
    if reference.description:
        spans.append(Span(f" — {reference.description}"))
    if reference.url:
        spans.append(
            Span(f" {reference.url}", link=reference.url if _is_url(reference.url) else "")
        )
    return tuple(spans)


def _is_url(url: str) -> bool:
    return url.startswith(("http://", "https://", "mailto:"))


# =========================================================================== sessions


def _sessions(ctx: _Context) -> list[Block]:
    sessions = [item for item in ctx.items if item.is_session]
    if not sessions:
        return []
    blocks: list[Block] = [Heading(1, ctx.words.gettext("Sessions"), "sessions", new_page=True)]
    for index, item in enumerate(sessions):
        blocks += _session_section(ctx, item, level=2, new_page=index > 0)
    return blocks


def _session_section(
    ctx: _Context, item: AgendaItem, level: int, new_page: bool = True
) -> list[Block]:
    m, w = ctx.meeting, ctx.words
    day = m.item_date(item)
    when = " · ".join(
        x
        for x in (
            ctx.date(day, weekday=True) if day else "",
            ctx.slot(item.start, item.end),
            format_duration(item.minutes, ctx.language),
            item.room,
        )
        if x
    )
    title = w.gettext("Session {number}: {title}").format(number=_number(m, item), title=item.title)
    blocks: list[Block] = [
        Heading(level, title, ctx.item_anchor(item), new_page),
        Paragraph(plain(when), "lead"),
        *_online(ctx, item),
    ]
    if item.participants:
        rows = tuple(
            ((plain(ctx.role(p.role), bold=True),), _person_cell(ctx, p.person_id))
            for p in item.participants
        )
        blocks.append(Table((w.gettext("Role"), w.gettext("Who")), rows, (1.3, 4), kind="grid"))
    else:
        nobody = w.gettext("No one has been assigned to this session yet.")
        blocks.append(Paragraph(plain(nobody), "muted"))
    if item.description.strip():
        blocks += plain_text_blocks(item.description)
    blocks += _running_order(ctx, item)
    blocks += _session_notes(ctx, item)
    return blocks


def _online(ctx: _Context, item: AgendaItem) -> tuple[Paragraph, ...]:
    """``Online: https://…``: where a session is webcast or held online, as a link."""
    if not item.link:
        return ()
    label = ctx.labelled(ctx.words.gettext("Online"), "")
    return (Paragraph((Span(label), Span(item.link, link=item.link)), "body"),)


def _person_cell(ctx: _Context, person_id: str) -> Cell:
    person = ctx.meeting.person(person_id)
    lines: list[Spans] = [(ctx.person_link(person_id, bold=True),)]
    affiliation = ctx.parts(person.position, person.organisation)
    if affiliation:
        lines.append(plain(affiliation))
    return tuple(lines)


def _running_order(ctx: _Context, item: AgendaItem) -> list[Block]:
    if not item.running_order:
        return []
    times = _segment_times(ctx, item)
    w = ctx.words
    rows = []
    for segment, start in zip(item.running_order, times, strict=True):
        if segment.person_id:
            who: Spans = (ctx.person_link(segment.person_id),)
        else:
            who = plain(segment.speaker, italic=True)
        minutes = (
            format_duration(segment.minutes, ctx.language) if segment.minutes is not None else ""
        )
        slot = " · ".join(x for x in (start, minutes) if x)
        rows.append(((plain(slot),), (plain(segment.label),), (who,) if who else ()))
    return [
        Paragraph(plain(w.gettext("Running order"), bold=True), "label"),
        Table(
            (w.gettext("When"), w.gettext("Step"), w.gettext("Who")),
            tuple(rows),
            (1.2, 3, 2.4),
            kind="grid",
        ),
    ]


def _segment_times(ctx: _Context, item: AgendaItem) -> list[str]:
    """Each step's start time, when every step before it has a length."""
    times, clock = [], item.start.hour * 60 + item.start.minute
    for segment in item.running_order:
        moment = dt.time(clock // 60 % 24, clock % 60) if clock is not None else None
        times.append(format_time(moment, ctx.language) if moment is not None else "")
        clock = clock + segment.minutes if (clock is not None and segment.minutes) else None
    return times


def _session_notes(ctx: _Context, item: AgendaItem) -> list[Block]:
    notes = [n for n in ctx.notes if item.id in n.session_ids]
    if not notes:
        return []
    items = tuple((Span(n.title, link=f"#{ctx.note_anchor(n)}"),) for n in notes)
    label = ctx.words.gettext("Background notes")
    return [Paragraph(plain(label, bold=True), "label"), ListBlock(items)]


# =========================================================================== bios


def _bios(ctx: _Context) -> list[Block]:
    if not ctx.people:
        return []
    w = ctx.words
    blocks: list[Block] = [Heading(1, w.gettext("Speaker bios"), "bios", new_page=True)]
    for person in ctx.people:
        roles = tuple(
            w.gettext("{role}, {slot}: {title}").format(
                role=ctx.role(role), slot=ctx.slot(item.start, item.end), title=item.title
            )
            for item, role in ctx.meeting.appearances(person.id)
            if item.id in ctx.item_ids
        )
        body = (
            plain_text_blocks(person.bio)
            if person.bio.strip()
            else (Paragraph(plain(w.gettext("No bio has been provided.")), "muted"),)
        )
        blocks.append(Heading(3, person.display_name, ctx.bio_anchor(person.id), in_contents=False))
        blocks.append(
            Bio(
                ctx.bio_anchor(person.id),
                person.display_name,
                ctx.parts(person.position, person.organisation),
                roles,
                body,
                person.photo.data if person.photo else None,
            )
        )
    return blocks


# =========================================================================== notes


def _notes(ctx: _Context) -> list[Block]:
    if not ctx.notes:
        return []
    w = ctx.words
    blocks: list[Block] = [Heading(1, w.gettext("Background notes"), "notes", new_page=True)]
    for index, note in enumerate(ctx.notes):
        origin = _note_origin(note)
        heading = Heading(2, note.title, ctx.note_anchor(note), new_page=index > 0, origin=origin)
        lead = _note_sessions(ctx, note)
        content = ctx.note_content[note.id]
        if len(content) == 1 and isinstance(content[0], EmbeddedPdf):
            # A PDF and nothing else: its own first page starts the note (and the section, for
            # the first note), rather than a page holding only a title.
            above = (blocks.pop(),) if index == 0 else ()
            pdf = content[0]
            notice = (*lead, _pdf_notice(ctx, pdf))
            blocks.append(replace(pdf, headings=(*above, heading), notice=notice))
            continue
        blocks += [heading, *lead]
        blocks += [
            replace(b, notice=(_pdf_notice(ctx, b),)) if isinstance(b, EmbeddedPdf) else b
            for b in content
        ]
    return blocks


def _note_origin(note: Note) -> Message:
    """What messages about a note's sections call it: the note, and its file if it has one."""
    if note.attachment is not None:
        return M_("note '{note}' ({file})", note=note.title, file=note.attachment.filename)
    return M_("note '{note}'", note=note.title)


def _note_sessions(ctx: _Context, note: Note) -> tuple[Paragraph, ...]:
    """The line naming the sessions a note is for, if any."""
    w = ctx.words
    sessions = [ctx.meeting.item(i) for i in note.session_ids]
    if not sessions:
        return ()
    names = w.gettext("; ").join(ctx.item_name(s) for s in sessions)
    return (Paragraph(plain(w.gettext("For {sessions}").format(sessions=names)), "muted"),)


def _pdf_notice(ctx: _Context, pdf: EmbeddedPdf) -> Paragraph:
    """What a pack that cannot merge a PDF's pages (the DOCX) says in their place."""
    w = ctx.words
    if pdf.pages:
        count = w.ngettext("{count} page", "{count} pages", pdf.pages).format(count=pdf.pages)
        text = w.gettext("The document {filename} ({count}) is merged into the PDF pack.")
    else:
        count = ""
        text = w.gettext("The document {filename} is merged into the PDF pack.")
    return Paragraph(plain(text.format(filename=pdf.filename, count=count)), "quote")


# =========================================================================== contacts


def _contacts(ctx: _Context) -> list[Block]:
    m = ctx.meeting
    if not (m.contacts or m.logistics.strip()):
        return []
    w = ctx.words
    blocks: list[Block] = [
        Heading(1, w.gettext("Contacts and logistics"), "contacts", new_page=True)
    ]
    if m.contacts:
        blocks.append(Heading(2, w.gettext("Contacts"), "contact-list"))
        rows = tuple(_contact_row(c) for c in m.contacts)
        header = (w.gettext("Contact"), w.gettext("Role"), w.gettext("Email"), w.gettext("Phone"))
        blocks.append(Table(header, rows, (2.2, 2, 2.6, 1.6)))
    blocks += _text_section(w.gettext("Logistics"), "logistics", m.logistics)
    return blocks


def _contact_row(contact: Contact) -> tuple[Cell, ...]:
    role = contact.role
    if contact.cc and not re.search(r"\bcc\b", role, flags=re.IGNORECASE):
        role = f"{role} (cc)" if role else "cc"
    email = plain(contact.email, link=f"mailto:{contact.email}") if contact.email else ()
    return ((plain(contact.name, bold=True),), (plain(role),), (email,), (plain(contact.phone),))
