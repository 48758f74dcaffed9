"""Rich text (Qt's HTML subset) describing a meeting and its parts, for the read-only panes.

Every text a user typed goes through :func:`esc` exactly once, here at the border, so a speaker
named ``Smith & <Co>`` shows literally. Only the tags written in this module reach Qt. No colours
are set: the panes follow the system palette, dark or light.

The app's own words here (headings, labels, hints) are marked ``QT_TRANSLATE_NOOP("rich", …)``
and translated where they are shown (by :func:`hint`, :func:`_section` and :func:`_facts`); the
core's words (kinds, categories, roles) come through the core's catalogs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import Qt

from briefing.checks import Finding
from briefing.countries import country_name
from briefing.formatting import format_date_range
from briefing.model import (
    CATEGORY_LABELS,
    ITEM_KIND_LABELS,
    AgendaItem,
    Contact,
    ItemKind,
    LinkedEvent,
    Meeting,
    Note,
    PackDefinition,
    Person,
    Reference,
)
from briefing.text import BulletList, TextBlock, text_blocks
from ui import text
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate, window_language


def esc(value: str) -> str:
    """Escape user text for Qt rich text (``&``, ``<``, ``>`` and quotes)."""
    return html.escape(value, quote=True)


def plain_tooltip(value: str) -> str:
    """A tooltip that shows ``value`` literally: Qt would read ``Pillar <I>`` as rich text."""
    if not Qt.mightBeRichText(value):
        return value
    return f'<p style="white-space: pre-wrap">{html.escape(value, quote=False)}</p>'


def paragraphs(value: str) -> str:
    """User text as paragraphs and bullet lists (the core's reading of it), escaped."""
    return "".join(_block(block) for block in text_blocks(value))


def _block(block: TextBlock) -> str:
    if isinstance(block, BulletList):
        return _bullets(_pre(item) for item in block.items)
    return f"<p>{_pre(block.text)}</p>"


def _pre(value: str) -> str:
    """Escaped text whose line breaks and runs of spaces show as typed."""
    return f'<span style="white-space: pre-wrap">{esc(value)}</span>'


def hint(value: str) -> str:
    """A quiet line of the app's own words (marked ``QT_TRANSLATE_NOOP("rich", …)``), translated,
    e.g. what is missing."""
    return _quiet(translate("rich", value))


def _quiet(value: str) -> str:
    return f"<p><i>{esc(value)}</i></p>"


def _section(title: str, body: str) -> str:
    """A heading (marked ``QT_TRANSLATE_NOOP("rich", …)``, translated here) over ``body``."""
    return f"<h3>{esc(translate('rich', title))}</h3>{body}" if body else ""


def _text_section(title: str, value: str) -> str:
    return _section(title, paragraphs(value) if value else "")


def _bullets(entries: Iterable[str]) -> str:
    items = "".join(f"<li>{entry}</li>" for entry in entries)
    return f"<ul>{items}</ul>" if items else ""


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label (in the window's language already: a translated heading, or
    a role as the user typed it, never translated again) and (escaped here) value, skipping
    empty values."""
    cells = "".join(
        f'<tr><td style="padding-right: 16px"><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>'
        for label, value in rows
        if value.strip()
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>' if cells else ""


# --------------------------------------------------------------------------- meeting


def overview_html(meeting: Meeting) -> str:
    """The meeting overview: what, when, where, who, and the texts of the concept note."""
    return "".join(
        (
            f"<h1>{esc(meeting.title)}</h1>",
            f"<p><i>{esc(meeting.meeting_type)}</i></p>" if meeting.meeting_type else "",
            _meeting_facts(meeting),
            _text_section(QT_TRANSLATE_NOOP("rich", "Background"), meeting.background),
            _text_section(QT_TRANSLATE_NOOP("rich", "Aims"), meeting.aims),
            _section(
                QT_TRANSLATE_NOOP("rich", "Linked events"),
                _bullets(map(_linked_event, meeting.linked_events)),
            ),
            _section(
                QT_TRANSLATE_NOOP("rich", "References"),
                _bullets(map(_reference, meeting.references)),
            ),
            _text_section(QT_TRANSLATE_NOOP("rich", "Logistics"), meeting.logistics),
            _text_section(QT_TRANSLATE_NOOP("rich", "Acknowledgements"), meeting.acknowledgements),
            _section(
                QT_TRANSLATE_NOOP("rich", "Contacts"), _bullets(map(_contact, meeting.contacts))
            ),
        )
    )


def _meeting_facts(meeting: Meeting) -> str:
    return _facts(
        (
            (translate("rich", "Short title"), meeting.short_title),
            (translate("rich", "When"), text.meeting_when(meeting)),
            (translate("rich", "Where"), text.meeting_where(meeting)),
            (translate("rich", "Organiser"), meeting.organiser),
        )
    )


def _linked_event(event: LinkedEvent) -> str:
    details = text.SEPARATOR.join(
        part
        for part in (
            format_date_range(event.first_date, event.last_date, window_language()),
            event.venue,
        )
        if part
    )
    line = f"<b>{esc(event.title)}</b>" + (f" ({esc(details)})" if details else "")
    return line + (f"<br>{esc(event.relation)}" if event.relation else "")


def _reference(reference: Reference) -> str:
    line = f"<b>{esc(reference.title)}</b>"
    if reference.description:
        line += f"<br>{esc(reference.description)}"
    # Shown, not linked: the app works offline and never opens the network on a click.
    return line + (f"<br><tt>{esc(reference.url)}</tt>" if reference.url else "")


def _contact(contact: Contact) -> str:
    name = contact.name or contact.email
    parts = [f"<b>{esc(name)}</b>"]
    parts += [esc(part) for part in (contact.role, contact.phone) if part]
    if contact.email and contact.email != name:
        parts.append(esc(contact.email))
    line = text.SEPARATOR.join(parts)
    return f"{line} <i>{esc(translate('rich', '(cc)'))}</i>" if contact.cc else line


# --------------------------------------------------------------------------- agenda

_KINDS_WITH_PEOPLE = frozenset({ItemKind.SESSION, ItemKind.SIDE_EVENT})


def item_html(meeting: Meeting, item: AgendaItem) -> str:
    """One agenda item: kind, slot, room, link and its people by role (one table, so the
    columns line up), then description, running order and notes."""
    notes = [note for note in meeting.notes if item.id in note.session_ids]
    people = _people_in_item(meeting, item)
    nobody = not people and item.kind in _KINDS_WITH_PEOPLE
    return "".join(
        (
            f"<h2>{esc(text.numbered_title(meeting, item))}</h2>",
            _facts((*_item_facts(meeting, item), *people)),
            hint(QT_TRANSLATE_NOOP("rich", "Nobody has a role in this item yet."))
            if nobody
            else "",
            paragraphs(item.description) if item.description else "",
            _section(QT_TRANSLATE_NOOP("rich", "Running order"), _running_order(meeting, item)),
            _section(
                QT_TRANSLATE_NOOP("rich", "Background notes"),
                _bullets(esc(note.title) for note in notes),
            ),
        )
    )


def _item_facts(meeting: Meeting, item: AgendaItem) -> list[tuple[str, str]]:
    """Kind, when, room and link; the link shown, not followed (the app works offline)."""
    number = meeting.session_number(item)
    if number is None:
        kind = core_text(ITEM_KIND_LABELS[item.kind])
    else:
        kind = core_text("Session {number}").format(number=number)
    return [
        (translate("rich", "Kind"), kind),
        (translate("rich", "When"), text.item_when(meeting, item)),
        (translate("rich", "Room"), item.room),
        (translate("rich", "Link"), item.link),
    ]


def _people_in_item(meeting: Meeting, item: AgendaItem) -> list[tuple[str, str]]:
    """Each participant's role (already in the window's language: not a label to translate)
    and who they are (name and affiliation)."""
    rows = []
    for participant in item.participants:
        person = meeting.person(participant.person_id)
        who = text.SEPARATOR.join(p for p in (person.display_name, person.affiliation) if p)
        rows.append((text.role_label(participant.role), who))
    return rows


def _running_order(meeting: Meeting, item: AgendaItem) -> str:
    rows = "".join(
        f'<tr><td style="padding-right: 16px">{esc(text.segment_minutes(segment))}</td>'
        f'<td style="padding-right: 16px">{esc(segment.label)}</td>'
        f"<td>{esc(text.segment_speaker(meeting, segment))}</td></tr>"
        for segment in item.running_order
    )
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>' if rows else ""


# --------------------------------------------------------------------------- people


def person_html(meeting: Meeting, person: Person) -> str:
    """A person: name, affiliation, email, where they appear, and their bio."""
    appearance = esc(translate("rich", "{role} — {item} ({time})"))
    appearances = [
        appearance.format(
            role=esc(text.role_label(role)),
            item=esc(item.title),
            time=esc(text.item_time(meeting, item)),
        )
        for item, role in meeting.appearances(person.id)
    ]
    return "".join(
        (
            f"<h2>{esc(person.display_name)}</h2>",
            f"<p>{esc(person.affiliation)}</p>" if person.affiliation else "",
            f"<p>{esc(person.email)}</p>" if person.email else "",
            _facts(
                (
                    (translate("rich", "Category"), _category(person)),
                    (
                        translate("rich", "Country"),
                        country_name(person.country) if person.country else "",
                    ),
                )
            ),
            _section(
                QT_TRANSLATE_NOOP("rich", "Bio"),
                paragraphs(person.bio)
                if person.bio
                else hint(QT_TRANSLATE_NOOP("rich", "No bio yet.")),
            ),
            _section(QT_TRANSLATE_NOOP("rich", "In the agenda"), _bullets(appearances)),
        )
    )


def _category(person: Person) -> str:
    """The person's category in the window's language (the core's word), or nothing."""
    return core_text(CATEGORY_LABELS[person.category]) if person.category else ""


# --------------------------------------------------------------------------- notes


def note_html(meeting: Meeting, note: Note) -> str:
    """A note: its format and file, the sessions it belongs to, and its own text."""
    internal = (
        translate("rich", "yes: left out of packs that leave out internal notes")
        if note.internal
        else ""
    )
    facts = _facts(
        (
            (translate("rich", "Format"), text.format_label(note)),
            (translate("rich", "File"), text.note_file_name(note)),
            (translate("rich", "Size"), _size(note)),
            (translate("rich", "Sessions"), text.note_sessions(meeting, note)),
            (translate("rich", "Internal"), internal),
        )
    )
    body = paragraphs(note.body) if note.body else ""
    return f"<h2>{esc(note.title)}</h2>{facts}{body}"


def _size(note: Note) -> str:
    """The attached file's size, ``12,345 bytes`` (in the window's locale), or nothing."""
    if note.attachment is None:
        return ""
    size = note.attachment.size
    return translate("rich", "%Ln byte(s)", None, size)


# --------------------------------------------------------------------------- packs


def pack_html(meeting: Meeting, pack: PackDefinition) -> str:
    """A pack definition: how it is printed and what goes in, in order."""
    items = (meeting.item(ident) for ident in pack.item_ids)
    people = (meeting.person(ident) for ident in pack.bio_ids)
    notes = (meeting.note(ident) for ident in pack.note_ids)
    return "".join(
        (
            f"<h2>{esc(pack.name)}</h2>",
            f"<p>{esc(text.pack_kind(pack))}{esc(text.SEPARATOR)}{esc(text.pack_options(pack))}</p>",
            _section(
                QT_TRANSLATE_NOOP("rich", "Agenda items"),
                _listed(_item_line(meeting, item) for item in items),
            ),
            _section(
                QT_TRANSLATE_NOOP("rich", "Bios"),
                _numbered(esc(person.display_name) for person in people),
            ),
            _section(
                QT_TRANSLATE_NOOP("rich", "Background notes"),
                _numbered(esc(note.title) for note in notes),
            ),
        )
    )


def _item_line(meeting: Meeting, item: AgendaItem) -> str:
    """``10:15–11:00  S2 · Title``: sessions by their own number, not their place in the pack."""
    line = (
        f"{esc(text.item_time(meeting, item))}&nbsp;&nbsp;{esc(text.numbered_title(meeting, item))}"
    )
    return line if item.is_session else f"<i>{line}</i>"


def _listed(entries: Iterable[str]) -> str:
    items = "".join(f"<li>{entry}</li>" for entry in entries)
    return f"<ul>{items}</ul>" if items else hint(QT_TRANSLATE_NOOP("rich", "None."))


def _numbered(entries: Iterable[str]) -> str:
    items = "".join(f"<li>{entry}</li>" for entry in entries)
    return f"<ol>{items}</ol>" if items else hint(QT_TRANSLATE_NOOP("rich", "None."))


# --------------------------------------------------------------------------- checks


def finding_html(meeting: Meeting, finding: Finding) -> str:
    """A finding: what is wrong, how bad, what it concerns, and what to do."""
    facts = _facts(
        (
            (translate("rich", "Severity"), text.SEVERITY_LABELS[finding.severity]),
            (translate("rich", "Concerns"), text.finding_target(meeting, finding)),
            (translate("rich", "Rule"), finding.rule),
        )
    )
    return "".join(
        (
            f"<h3>{esc(text.sentence(core_text(finding.message)))}</h3>",
            facts,
            _section(
                QT_TRANSLATE_NOOP("rich", "What to do"),
                f"<p>{esc(text.sentence(core_text(finding.advice)))}</p>",
            ),
            hint(
                QT_TRANSLATE_NOOP(
                    "rich", "Double-click the finding (or press Enter) to go to what it concerns."
                )
            ),
        )
    )


def empty_html(message: str) -> str:
    """A pane's text (already translated) when there is nothing to describe."""
    return _quiet(message)
