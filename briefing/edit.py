"""Edits of a meeting: each is a pure function from one meeting value to the next.

The desktop app's undo commands call these and keep the meeting before and after: the model is
immutable, so "before" is all undo needs, and tuples the edit did not touch are shared, not
copied. Every function returns a new :class:`~briefing.model.Meeting` (so the model's own rules,
such as unique ids and known references, are checked again) and never changes its argument.

The parts of a meeting that hold entries with ids (``agenda``, ``people``, ``notes``, ``packs``)
are named by :data:`Part`; contacts, linked events and references have no ids and are edited as
whole tuples with :func:`with_fields`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal, TypeVar

from briefing.errors import ValidationError
from briefing.model import (
    AgendaItem,
    Meeting,
    Note,
    PackDefinition,
    Person,
    default_pack,
)

Part = Literal["agenda", "people", "notes", "packs"]
Entry = AgendaItem | Person | Note | PackDefinition
_T = TypeVar("_T")


def moved(entries: Sequence[_T], source: int, target: int) -> tuple[_T, ...]:
    """``entries`` with the one at ``source`` moved to index ``target`` (clamped to the ends)."""
    items = list(entries)
    if not 0 <= source < len(items):
        raise IndexError(f"no entry at position {source}")
    entry = items.pop(source)
    items.insert(max(0, min(target, len(items))), entry)
    return tuple(items)


def with_fields(meeting: Meeting, **changes: Any) -> Meeting:
    """The meeting with some of its own fields (title, dates, contacts…) changed."""
    return dataclasses.replace(meeting, **changes)


def position(meeting: Meeting, part: Part, entry_id: str) -> int:
    """Index of the entry with ``entry_id`` in a part of the meeting."""
    for index, entry in enumerate(_entries(meeting, part)):
        if entry.id == entry_id:
            return index
    raise KeyError(f"no entry {entry_id!r} in {part}")


def insert_entry(meeting: Meeting, part: Part, entry: Entry, index: int | None = None) -> Meeting:
    """The meeting with ``entry`` added to a part, at ``index`` (default: at the end)."""
    entries = list(_entries(meeting, part))
    entries.insert(len(entries) if index is None else max(0, index), entry)
    return dataclasses.replace(meeting, **{part: tuple(entries)})


def replace_entry(meeting: Meeting, part: Part, entry: Entry) -> Meeting:
    """The meeting with the entry of the same id replaced by ``entry``, in the same place."""
    index = position(meeting, part, entry.id)
    entries = list(_entries(meeting, part))
    entries[index] = entry
    return dataclasses.replace(meeting, **{part: tuple(entries)})


def remove_entry(meeting: Meeting, part: Part, entry_id: str) -> Meeting:
    """The meeting without an entry and without every reference to it."""
    position(meeting, part, entry_id)  # raises KeyError for an unknown id
    if part == "agenda":
        return meeting.without_item(entry_id)
    if part == "people":
        return meeting.without_person(entry_id)
    if part == "notes":
        return meeting.without_note(entry_id)
    return dataclasses.replace(meeting, packs=tuple(p for p in meeting.packs if p.id != entry_id))


def move_entry(meeting: Meeting, part: Part, entry_id: str, target: int) -> Meeting:
    """The meeting with an entry moved to index ``target`` of its part."""
    source = position(meeting, part, entry_id)
    return dataclasses.replace(meeting, **{part: moved(_entries(meeting, part), source, target)})


def with_packs_defined(meeting: Meeting) -> Meeting:
    """The meeting with its default full pack written out, so it can be edited like any other.

    A meeting with no packs builds :func:`~briefing.model.default_pack`; editing that pack
    first makes it a real entry of ``meeting.packs``.
    """
    if meeting.packs:
        return meeting
    return dataclasses.replace(meeting, packs=(default_pack(meeting),))


def toggle_id(
    ids: Sequence[str], ident: str, included: bool, order: Sequence[str]
) -> tuple[str, ...]:
    """``ids`` with ``ident`` put in or taken out; a new one goes where ``order`` places it.

    Used by the pack builder: ticking an agenda item puts it just after the last chosen entry
    that comes before it in ``order``, so agenda order is kept and an order the user chose
    is not disturbed.
    """
    chosen = [i for i in ids if i != ident]
    if not included:
        return tuple(chosen)
    rank = {value: n for n, value in enumerate(order)}
    place = rank.get(ident, len(rank))
    before = [n for n, value in enumerate(chosen) if rank.get(value, len(rank)) < place]
    index = before[-1] + 1 if before else 0
    chosen.insert(index, ident)
    return tuple(chosen)


def _entries(meeting: Meeting, part: Part) -> tuple[Entry, ...]:
    if part not in ("agenda", "people", "notes", "packs"):
        raise ValueError(f"{part!r} is not a part of a meeting with ids")
    return getattr(meeting, part)


_PACK_LISTS: tuple[tuple[Part, str], ...] = (
    ("agenda", "item_ids"),
    ("people", "bio_ids"),
    ("notes", "note_ids"),
)


def keep_full_packs_full(before: Meeting, after: Meeting) -> Meeting:
    """``after`` with entries added since ``before`` also put in the packs that held all of
    their kind before (a "Full pack" stays full when an item, a person or a note is added).

    A pack that leaves something out was chosen by hand, and is left as it is; so is a pack
    that held none of a kind (an empty list is no sign of "everything").
    """
    packs = tuple(_complete(before, after, pack) for pack in after.packs)
    return after if packs == after.packs else dataclasses.replace(after, packs=packs)


def _complete(before: Meeting, after: Meeting, pack: PackDefinition) -> PackDefinition:
    changes: dict[str, tuple[str, ...]] = {}
    for part, field in _PACK_LISTS:
        old = [e.id for e in _entries(before, part)]
        ids = getattr(pack, field)
        if not old or set(old) - set(ids):
            continue
        order = [e.id for e in _entries(after, part)]
        for ident in (i for i in order if i not in old and i not in ids):
            ids = toggle_id(ids, ident, True, order)
        changes[field] = ids
    return dataclasses.replace(pack, **changes) if changes else pack


# --------------------------------------------------------------------------- re-timing


@dataclasses.dataclass(frozen=True)
class Moved:
    """An agenda item that :func:`shift_following` moved: its slot before and after."""

    item_id: str
    title: str
    start: dt.time
    end: dt.time
    new_start: dt.time
    new_end: dt.time


def following_items(meeting: Meeting, item_id: str, *, include_item: bool = True) -> list[str]:
    """Ids of the items that follow ``item_id`` on its day, in agenda order.

    Every room counts: an item follows when it starts later the same day. With
    ``include_item``, the item itself and the items starting at the same time (its slot in the
    other rooms) count too.
    """
    chosen = meeting.item(item_id)
    day = meeting.item_date(chosen)
    found = []
    for item in meeting.agenda:
        if meeting.item_date(item) != day:
            continue
        if item.start > chosen.start or (include_item and item.start == chosen.start):
            found.append(item.id)
    return found


def shift_following(
    meeting: Meeting, item_id: str, minutes: int, *, include_item: bool = True
) -> tuple[Meeting, list[Moved]]:
    """The meeting with the items following ``item_id`` on its day (see
    :func:`following_items`) moved by ``minutes`` (negative: earlier), each keeping its length.

    Raises :class:`ValidationError` when an item would cross midnight, changing nothing.
    """
    ids = set(following_items(meeting, item_id, include_item=include_item))
    if minutes == 0 or not ids:
        return meeting, []
    agenda, moves = [], []
    for item in meeting.agenda:
        if item.id in ids:
            item, move = _shifted(item, minutes)
            moves.append(move)
        agenda.append(item)
    return dataclasses.replace(meeting, agenda=tuple(agenda)), moves


def _shifted(item: AgendaItem, minutes: int) -> tuple[AgendaItem, Moved]:
    start, end = _add(item.start, minutes), _add(item.end, minutes)
    if start is None or end is None:
        slot = f"{item.start:%H:%M}–{item.end:%H:%M}"
        raise ValidationError(
            "start",
            f"‘{item.title}’ ({slot}) would cross midnight if moved by {minutes:+d} min; "
            "an item must start and end on its own day",
        )
    move = Moved(item.id, item.title, item.start, item.end, start, end)
    return dataclasses.replace(item, start=start, end=end), move


def _add(time: dt.time, minutes: int) -> dt.time | None:
    """``time`` plus ``minutes``, or ``None`` outside the day (midnight at the end included)."""
    total = time.hour * 60 + time.minute + minutes
    if not 0 <= total < 24 * 60:
        return None
    return dt.time(total // 60, total % 60)
