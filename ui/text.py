"""Plain-text summaries of model values for the desktop app's views (no Qt, no markup)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.checks import Finding, Severity
from briefing.formatting import format_date, format_date_range, format_duration, format_slot
from briefing.model import (
    AgendaItem,
    BioOrder,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    PackOptions,
    Segment,
)

SEPARATOR = " · "
SEVERITY_LABELS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"}
_BIO_ORDERS = {
    BioOrder.APPEARANCE: "bios in order of appearance",
    BioOrder.ALPHABETICAL: "bios in alphabetical order",
}


def count(number: int, singular: str, plural: str | None = None) -> str:
    """``1 note``, ``5 agenda items``, ``7 people``."""
    word = singular if number == 1 else (plural or f"{singular}s")
    return f"{number} {word}"


def meeting_counts(meeting: Meeting) -> str:
    """``5 agenda items · 7 people · 0 notes``."""
    return SEPARATOR.join(
        (
            count(len(meeting.agenda), "agenda item"),
            count(len(meeting.people), "person", "people"),
            count(len(meeting.notes), "note"),
        )
    )


def meeting_when(meeting: Meeting) -> str:
    """``Thursday 30 November 2017 · 10:00–13:00`` (whichever parts are known)."""
    if meeting.first_date is not None and meeting.last_date in (None, meeting.first_date):
        day = format_date(meeting.first_date, weekday=True)
    else:
        day = format_date_range(meeting.first_date, meeting.last_date)
    return _joined(day, format_slot(meeting.start, meeting.end))


def meeting_where(meeting: Meeting) -> str:
    """``Palais des Nations, Room XXII, Geneva, Switzerland``."""
    parts = (meeting.venue, meeting.room, meeting.city, meeting.country)
    return ", ".join(part for part in parts if part.strip())


def is_multi_day(meeting: Meeting) -> bool:
    """Whether the agenda spans more than one day (so times need their date)."""
    return len({meeting.item_date(item) for item in meeting.agenda}) > 1


def item_time(meeting: Meeting, item: AgendaItem) -> str:
    """``10:00–10:15``, with a short date in front when the agenda spans several days."""
    slot = format_slot(item.start, item.end)
    day = meeting.item_date(item)
    if day is None or not is_multi_day(meeting):
        return slot
    weekday, number, month, _year = format_date(day, weekday=True).split()
    return f"{weekday[:3]} {number} {month[:3]}  {slot}"


def session_label(meeting: Meeting, item: AgendaItem) -> str:
    """``S2`` for the agenda's second session; nothing for an entry that is not a session."""
    number = meeting.session_number(item)
    return f"S{number}" if number is not None else ""


def numbered_title(meeting: Meeting, item: AgendaItem) -> str:
    """``S2 · Pillar II gaps`` for a session; a break's title alone (it has no number)."""
    return _joined(session_label(meeting, item), item.title)


def item_when(meeting: Meeting, item: AgendaItem) -> str:
    """``Thursday 30 November 2017 · 10:15–11:00 · 45 min``."""
    day = meeting.item_date(item)
    return _joined(
        format_date(day, weekday=True) if day else "",
        format_slot(item.start, item.end),
        format_duration(item.minutes),
    )


def people_by_role(meeting: Meeting, item: AgendaItem) -> list[tuple[str, list[str]]]:
    """Each role label of an item with the names in it, in the order the roles first appear."""
    groups: dict[str, list[str]] = {}
    for participant in item.participants:
        name = meeting.person(participant.person_id).display_name
        groups.setdefault(participant.role.label, []).append(name)
    return list(groups.items())


def people_text(meeting: Meeting, item: AgendaItem) -> str:
    """One line per role: ``Kick-off remarks: Michel Forst`` / ``Moderator: Sarah Brooks``."""
    return "\n".join(f"{role}: {', '.join(names)}" for role, names in people_by_role(meeting, item))


def segment_speaker(meeting: Meeting, segment: Segment) -> str:
    """Who speaks in a running-order step: the person's name, else the description given."""
    if segment.person_id is not None:
        return meeting.person(segment.person_id).display_name
    return segment.speaker


def segment_minutes(segment: Segment) -> str:
    """``5 min``, or nothing when the step has no length."""
    return format_duration(segment.minutes) if segment.minutes is not None else ""


def note_file_name(note: Note) -> str:
    """The attached file's name, or nothing for a note written in the app."""
    return note.attachment.filename if note.attachment is not None else ""


def note_sessions(meeting: Meeting, note: Note) -> str:
    """The titles of the sessions a note belongs to, ``; `` between them."""
    return "; ".join(meeting.item(ident).title for ident in note.session_ids)


def pack_kind(pack: PackDefinition) -> str:
    """``Full`` or ``One per session``."""
    return "Full" if pack.kind is PackKind.FULL else "One per session"


def pack_options(pack: PackDefinition) -> str:
    """``A4 · bios in order of appearance · internal notes left out`` and any marks."""
    options = pack.options
    return _joined(
        options.paper.value,
        _BIO_ORDERS[pack.bio_order],
        "internal notes included" if options.include_internal else "internal notes left out",
        _participants_list(options),
        f"“{options.distribution_mark}”" if options.distribution_mark else "",
        options.version_line,
    )


def _participants_list(options: PackOptions) -> str:
    if not options.participants_list:
        return ""
    return "list of participants" + ("" if options.participants_emails else " without emails")


def _joined(*parts: str) -> str:
    return SEPARATOR.join(part for part in parts if part)


def findings_summary(findings: Sequence[Finding]) -> str:
    """``1 error · 7 warnings``, or that the checks found nothing."""
    if not findings:
        return "No problems found"
    plurals = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}
    return SEPARATOR.join(
        count(number, SEVERITY_LABELS[severity].lower(), plurals[severity])
        for severity in Severity
        if (number := sum(finding.severity == severity for finding in findings))
    )


def sentence(value: str) -> str:
    """``value`` with a capital first letter (the core's messages start in lower case)."""
    return value[:1].upper() + value[1:]


_KIND_LABELS = {
    "meeting": "The meeting",
    "item": "Agenda item",
    "person": "Person",
    "note": "Background note",
    "pack": "Pack",
}


def finding_target(meeting: Meeting, finding: Finding) -> str:
    """What a finding concerns, e.g. ``Person: Anita Ramasastry``."""
    label = _KIND_LABELS.get(finding.kind, finding.kind)
    name = _target_name(meeting, finding)
    return f"{label}: {name}" if name else label


def _target_name(meeting: Meeting, finding: Finding) -> str:
    names = {
        "item": {item.id: item.title for item in meeting.agenda},
        "person": {person.id: person.display_name for person in meeting.people},
        "note": {note.id: note.title for note in meeting.notes},
        "pack": {pack.id: pack.name for pack in meeting.pack_definitions()},
    }
    return names.get(finding.kind, {}).get(finding.target_id, "")
