"""Plain-text summaries of model values for the desktop app's views (no markup).

The app's own words here go through Qt's translation (context ``text``) when they are shown;
the core's words (role names) through the core's catalogs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar

from briefing.checks import Finding, Severity
from briefing.formatting import (
    format_date,
    format_date_range,
    format_day,
    format_duration,
    format_slot,
)
from briefing.model import (
    AgendaItem,
    BioOrder,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    PackOptions,
    Role,
    Segment,
)
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate, window_language

_K = TypeVar("_K")


class TranslatedLabels(Mapping[_K, str]):
    """Labels marked with ``QT_TRANSLATE_NOOP(context, …)``, translated each time one is looked
    up (so in the language of the translator installed by then, never at import)."""

    def __init__(self, context: str, labels: Mapping[_K, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: _K) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[_K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


SEPARATOR = " · "
SEVERITY_LABELS = TranslatedLabels(
    "text",
    {
        Severity.ERROR: QT_TRANSLATE_NOOP("text", "Error"),
        Severity.WARNING: QT_TRANSLATE_NOOP("text", "Warning"),
        Severity.INFO: QT_TRANSLATE_NOOP("text", "Info"),
    },
)
_SEVERITY_COUNTS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("text", "%n error(s)"),
    Severity.WARNING: QT_TRANSLATE_NOOP("text", "%n warning(s)"),
    Severity.INFO: QT_TRANSLATE_NOOP("text", "%n info"),
}
_BIO_ORDERS = TranslatedLabels(
    "text",
    {
        BioOrder.APPEARANCE: QT_TRANSLATE_NOOP("text", "bios in order of appearance"),
        BioOrder.ALPHABETICAL: QT_TRANSLATE_NOOP("text", "bios in alphabetical order"),
    },
)


def meeting_counts(meeting: Meeting) -> str:
    """``5 agenda items · 7 people · 0 notes``."""
    agenda, people, notes = len(meeting.agenda), len(meeting.people), len(meeting.notes)
    return SEPARATOR.join(
        (
            translate("text", "%n agenda item(s)", None, agenda),
            translate("text", "%n person(s)", None, people),
            translate("text", "%n note(s)", None, notes),
        )
    )


def meeting_when(meeting: Meeting) -> str:
    """``Thursday 30 November 2017 · 10:00–13:00`` (whichever parts are known)."""
    if meeting.first_date is not None and meeting.last_date in (None, meeting.first_date):
        day = format_date(meeting.first_date, weekday=True, language=window_language())
    else:
        day = format_date_range(meeting.first_date, meeting.last_date, window_language())
    return _joined(day, format_slot(meeting.start, meeting.end, window_language()))


def meeting_where(meeting: Meeting) -> str:
    """``Palais des Nations, Room XXII, Geneva, Switzerland``."""
    parts = (meeting.venue, meeting.room, meeting.city, meeting.country)
    return ", ".join(part for part in parts if part.strip())


def is_multi_day(meeting: Meeting) -> bool:
    """Whether the agenda spans more than one day (so times need their date)."""
    return len({meeting.item_date(item) for item in meeting.agenda}) > 1


def item_time(meeting: Meeting, item: AgendaItem) -> str:
    """``10:00–10:15``, with a short date in front when the agenda spans several days."""
    slot = format_slot(item.start, item.end, window_language())
    if " " in slot:  # French "10:00 – 10:15" stays on one line in the narrow column: no break
        slot = slot.replace(" ", "\u00a0").replace("–", "–\u2060")  # at a space, nor the dash
    day = meeting.item_date(item)
    if day is None or not is_multi_day(meeting):
        return slot
    return f"{format_day(day, window_language())}  {slot}"


def session_label(meeting: Meeting, item: AgendaItem) -> str:
    """``S2`` for the agenda's second session; nothing for an entry that is not a session."""
    number = meeting.session_number(item)
    return translate("text", "S{number}").format(number=number) if number is not None else ""


def numbered_title(meeting: Meeting, item: AgendaItem) -> str:
    """``S2 · Pillar II gaps`` for a session; a break's title alone (it has no number)."""
    return _joined(session_label(meeting, item), item.title)


def item_when(meeting: Meeting, item: AgendaItem) -> str:
    """``Thursday 30 November 2017 · 10:15–11:00 · 45 min``."""
    day = meeting.item_date(item)
    return _joined(
        format_date(day, weekday=True, language=window_language()) if day else "",
        format_slot(item.start, item.end, window_language()),
        format_duration(item.minutes, window_language()),
    )


def role_label(role: Role) -> str:
    """A role as the window shows it: as typed, else the app's name of its kind in the
    window's language (``Moderator``)."""
    return role.text or core_text(role.label)


def people_by_role(meeting: Meeting, item: AgendaItem) -> list[tuple[str, list[str]]]:
    """Each role label of an item with the names in it, in the order the roles first appear."""
    groups: dict[str, list[str]] = {}
    for participant in item.participants:
        name = meeting.person(participant.person_id).display_name
        groups.setdefault(role_label(participant.role), []).append(name)
    return list(groups.items())


def people_text(meeting: Meeting, item: AgendaItem) -> str:
    """One line per role: ``Kick-off remarks: Michel Forst`` / ``Moderator: Sarah Brooks``."""
    return "\n".join(
        translate("text", "{role}: {names}").format(role=role, names=", ".join(names))
        for role, names in people_by_role(meeting, item)
    )


def segment_speaker(meeting: Meeting, segment: Segment) -> str:
    """Who speaks in a running-order step: the person's name, else the description given."""
    if segment.person_id is not None:
        return meeting.person(segment.person_id).display_name
    return segment.speaker


def segment_minutes(segment: Segment) -> str:
    """``5 min``, or nothing when the step has no length."""
    if segment.minutes is None:
        return ""
    return format_duration(segment.minutes, window_language())


def note_file_name(note: Note) -> str:
    """The attached file's name, or nothing for a note written in the app."""
    return note.attachment.filename if note.attachment is not None else ""


def note_sessions(meeting: Meeting, note: Note) -> str:
    """The titles of the sessions a note belongs to, ``; `` between them."""
    return "; ".join(meeting.item(ident).title for ident in note.session_ids)


def pack_kind(pack: PackDefinition) -> str:
    """``Full`` or ``One per session``."""
    if pack.kind is PackKind.FULL:
        return translate("text", "Full")
    return translate("text", "One per session")


def pack_options(pack: PackDefinition) -> str:
    """``A4 · bios in order of appearance · internal notes left out`` and any marks."""
    options = pack.options
    return _joined(
        options.paper.value,
        _BIO_ORDERS[pack.bio_order],
        _internal_notes(options),
        _participants_list(options),
        _distribution_mark(options),
        options.version_line,
    )


def _internal_notes(options: PackOptions) -> str:
    if options.include_internal:
        return translate("text", "internal notes included")
    return translate("text", "internal notes left out")


def _participants_list(options: PackOptions) -> str:
    if not options.participants_list:
        return ""
    if options.participants_emails:
        return translate("text", "list of participants")
    return translate("text", "list of participants without emails")


def _distribution_mark(options: PackOptions) -> str:
    """The pack's distribution mark in quotation marks, e.g. ``“For participants only”``."""
    if not options.distribution_mark:
        return ""
    return translate("text", "“{mark}”").format(mark=options.distribution_mark)


def _joined(*parts: str) -> str:
    return SEPARATOR.join(part for part in parts if part)


def findings_summary(findings: Sequence[Finding]) -> str:
    """``1 error · 7 warnings``, or that the checks found nothing."""
    if not findings:
        return translate("text", "No problems found")
    return SEPARATOR.join(
        translate("text", _SEVERITY_COUNTS[severity], None, number)
        for severity in Severity
        if (number := sum(finding.severity == severity for finding in findings))
    )


def sentence(value: str) -> str:
    """``value`` with a capital first letter (the core's messages start in lower case); a
    message that starts with an address, a file or a code (``wg@ohchr.org taken as…``) keeps
    it as written."""
    first = (value.split(maxsplit=1)[0] if value.strip() else "").rstrip(".,:;!?")
    if any(mark in first for mark in "@/\\._") or any(c.isdigit() for c in first):
        return value
    return value[:1].upper() + value[1:]


_KIND_LABELS = TranslatedLabels(
    "text",
    {
        "meeting": QT_TRANSLATE_NOOP("text", "The meeting"),
        "item": QT_TRANSLATE_NOOP("text", "Agenda item"),
        "person": QT_TRANSLATE_NOOP("text", "Person"),
        "note": QT_TRANSLATE_NOOP("text", "Background note"),
        "pack": QT_TRANSLATE_NOOP("text", "Pack"),
    },
)


def finding_target(meeting: Meeting, finding: Finding) -> str:
    """What a finding concerns, e.g. ``Person: Anita Ramasastry``."""
    label = _KIND_LABELS.get(finding.kind, finding.kind)
    name = _target_name(meeting, finding)
    if not name:
        return label
    return translate("text", "{kind}: {name}").format(kind=label, name=name)


def _target_name(meeting: Meeting, finding: Finding) -> str:
    names = {
        "item": {item.id: item.title for item in meeting.agenda},
        "person": {person.id: person.display_name for person in meeting.people},
        "note": {note.id: note.title for note in meeting.notes},
        "pack": {pack.id: pack.name for pack in meeting.pack_definitions()},
    }
    return names.get(finding.kind, {}).get(finding.target_id, "")


FORMAT_LABELS = {
    "docx": QT_TRANSLATE_NOOP("NoteEditor", "Word document (DOCX)"),
    "pdf": QT_TRANSLATE_NOOP("NoteEditor", "PDF document"),
    "markdown": QT_TRANSLATE_NOOP("NoteEditor", "Markdown text"),
    "text": QT_TRANSLATE_NOOP("NoteEditor", "Plain text"),
}
"""Each note format's name, in English (shown through :func:`format_label`)."""


def format_label(note: Note) -> str:
    """The name of the note's format in the window's language, e.g. ``PDF document``."""
    return translate("NoteEditor", FORMAT_LABELS[note.format])
