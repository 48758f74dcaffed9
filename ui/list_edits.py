"""The edits the list pages offer (add, remove, move), as new meetings with their undo texts.

No widgets here: each function takes the meeting and returns the meeting after the edit, the
text the Edit menu shows ("Move ‘Wrap-up’ up") and the id of the entry to select afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from briefing.edit import (
    Part,
    insert_entry,
    keep_full_packs_full,
    move_entry,
    position,
    remove_entry,
)
from briefing.edit import with_packs_defined as _with_packs
from briefing.model import (
    AgendaItem,
    Meeting,
    Note,
    PackDefinition,
    Person,
    default_pack,
    new_id,
)
from ui.editors.base import entry_title, quoted
from ui.i18n import QT_TRANSLATE_NOOP, translate

_NEW_TITLES: dict[Part, str] = {
    "agenda": QT_TRANSLATE_NOOP("ListEdits", "New agenda item"),
    "people": QT_TRANSLATE_NOOP("ListEdits", "New person"),
    "notes": QT_TRANSLATE_NOOP("ListEdits", "New note"),
    "packs": QT_TRANSLATE_NOOP("ListEdits", "New pack"),
}
_ADD_TEXTS: dict[Part, str] = {
    "agenda": QT_TRANSLATE_NOOP("ListEdits", "Add agenda item {title}"),
    "people": QT_TRANSLATE_NOOP("ListEdits", "Add person {title}"),
    "notes": QT_TRANSLATE_NOOP("ListEdits", "Add note {title}"),
    "packs": QT_TRANSLATE_NOOP("ListEdits", "Add pack {title}"),
}
_REMOVE_TEXTS: dict[Part, str] = {
    "agenda": QT_TRANSLATE_NOOP("ListEdits", "Remove agenda item {title}"),
    "people": QT_TRANSLATE_NOOP("ListEdits", "Remove person {title}"),
    "notes": QT_TRANSLATE_NOOP("ListEdits", "Remove note {title}"),
    "packs": QT_TRANSLATE_NOOP("ListEdits", "Remove pack {title}"),
}
_DEFAULT_LENGTH = dt.timedelta(minutes=30)


class ListEdit(NamedTuple):
    """A meeting after an edit, its undo text, the entry to select now, and the one it concerns.

    Undo shows ``concerns`` (a removed entry comes back selected).
    """

    meeting: Meeting
    text: str
    select: str | None
    concerns: str


def entries(meeting: Meeting, part: Part) -> tuple[object, ...]:
    """The entries a list page shows (for packs: the default pack when none is defined)."""
    return meeting.pack_definitions() if part == "packs" else getattr(meeting, part)


def add_entry(meeting: Meeting, part: Part, after_id: str | None) -> ListEdit:
    """A new blank entry just after ``after_id`` (or at the end)."""
    if part == "packs":
        meeting = _with_packs(meeting)
    index = _index_after(meeting, part, after_id)
    entry = _blank(meeting, part, index)
    after = keep_full_packs_full(meeting, insert_entry(meeting, part, entry, index))
    text = translate("ListEdits", _ADD_TEXTS[part]).format(title=quoted(entry_title(entry)))
    return ListEdit(after, text, entry.id, entry.id)


def delete_entry(meeting: Meeting, part: Part, entry_id: str) -> ListEdit:
    """The meeting without the entry; the entry after it (or before, at the end) is selected."""
    if part == "packs":
        meeting = _with_packs(meeting)
    index = position(meeting, part, entry_id)
    title = entry_title(getattr(meeting, part)[index])
    after = remove_entry(meeting, part, entry_id)
    remaining = entries(after, part)
    select = getattr(remaining[min(index, len(remaining) - 1)], "id", None) if remaining else None
    text = translate("ListEdits", _REMOVE_TEXTS[part]).format(title=quoted(title))
    return ListEdit(after, text, select, entry_id)


def shift_entry(meeting: Meeting, part: Part, entry_id: str, target: int) -> ListEdit | None:
    """The entry moved to index ``target``; None when it is already there (or cannot move)."""
    if part == "packs":
        meeting = _with_packs(meeting)
    source = position(meeting, part, entry_id)
    target = max(0, min(target, len(getattr(meeting, part)) - 1))
    if target == source:
        return None
    title = quoted(entry_title(getattr(meeting, part)[source]))
    after = move_entry(meeting, part, entry_id, target)
    return ListEdit(after, _move_text(title, target - source), entry_id, entry_id)


def _move_text(title: str, steps: int) -> str:
    """``Move ‘Wrap-up’ up``, ``Move ‘Wrap-up’ down 3 places``."""
    if steps == -1:
        return translate("ListEdits", "Move {title} up").format(title=title)
    if steps == 1:
        return translate("ListEdits", "Move {title} down").format(title=title)
    # Two places or more from here on (one place is said above, without a number).
    places = abs(steps)
    if steps < 0:
        return translate("ListEdits", "Move {title} up %n places", None, places).format(title=title)
    return translate("ListEdits", "Move {title} down %n places", None, places).format(title=title)


def can_remove(meeting: Meeting, part: Part, entry_id: str | None) -> bool:
    """Whether the selected entry can be removed (the last remaining pack cannot)."""
    if entry_id is None:
        return False
    return not (part == "packs" and len(meeting.pack_definitions()) <= 1)


def _index_after(meeting: Meeting, part: Part, after_id: str | None) -> int:
    existing = getattr(meeting, part)
    if after_id is None or all(e.id != after_id for e in existing):
        return len(existing)
    return position(meeting, part, after_id) + 1


def _blank(meeting: Meeting, part: Part, index: int) -> AgendaItem | Person | Note | PackDefinition:
    title = _free_title(meeting, part)
    if part == "agenda":
        start, end = _free_slot(meeting, index)
        return AgendaItem(new_id("item"), title, start, end)
    if part == "people":
        return Person(new_id("person"), title)
    if part == "notes":
        return Note(new_id("note"), title)
    return dataclasses.replace(default_pack(meeting), id=new_id("pack"), name=title)


def _free_title(meeting: Meeting, part: Part) -> str:
    """``New person``, or ``New person 2`` when that is taken."""
    taken = {entry_title(e) for e in getattr(meeting, part)}
    base = translate("ListEdits", _NEW_TITLES[part])
    number = 2
    title = base
    while title in taken:
        title, number = f"{base} {number}", number + 1
    return title


def _free_slot(meeting: Meeting, index: int) -> tuple[dt.time, dt.time]:
    """Half an hour from the end of the item before, else from the meeting's start (or 09:00)."""
    before = meeting.agenda[index - 1] if index > 0 else None
    start = before.end if before else (meeting.start or dt.time(9, 0))
    day = dt.datetime.combine(dt.date(2000, 1, 1), start)
    end = day + _DEFAULT_LENGTH
    if end.date() != day.date():  # past midnight: the last half hour of the day instead
        return dt.time(23, 29), dt.time(23, 59)
    return start, end.time()
