"""The programme section: the agenda as tables, one per day, rooms side by side.

A day whose entries all follow one another is a table of time | item | people. A day with
sessions at the same time in different rooms ("parallel" sessions) puts the rooms side by side:
time | room A | room B (up to :data:`SIDE_BY_SIDE_ROOMS` rooms), each parallel slot one row and
each entry that has the day to itself one row across the rooms; more rooms than that get a room
column instead (time | room | item | people). Entries that are not sessions (breaks, lunch,
receptions…) are rows of their own across the table, drawn quietly, with no link and no people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import AgendaItem
from briefing.pack.document import (
    Block,
    Cell,
    Heading,
    JoinedCells,
    Paragraph,
    Span,
    Spans,
    Table,
    plain,
)

if TYPE_CHECKING:
    from briefing.pack.assemble import _Context

SIDE_BY_SIDE_ROOMS = 3
"""The most rooms a day's programme puts side by side; more get a room column."""


@dataclass(frozen=True)
class _Band:
    """Entries of one day whose times overlap (a chain of them), in order of start."""

    items: tuple[AgendaItem, ...]
    start: dt.time
    end: dt.time

    @property
    def parallel(self) -> bool:
        """Whether it holds entries held at the same time in different rooms."""
        return len({item.room for item in self.items}) > 1


def bands(items: Sequence[AgendaItem]) -> list[_Band]:
    """A day's entries as bands of overlapping times, earliest first (ties in given order)."""
    found: list[_Band] = []
    chain: list[AgendaItem] = []
    end: dt.time | None = None
    for item in sorted(items, key=lambda i: (i.start, i.end)):
        if chain and end is not None and item.start < end:
            chain.append(item)
            end = max(end, item.end)
            continue
        if chain and end is not None:
            found.append(_Band(tuple(chain), chain[0].start, end))
        chain, end = [item], item.end
    if chain and end is not None:
        found.append(_Band(tuple(chain), chain[0].start, end))
    return found


def parallel_rooms(items: Sequence[AgendaItem]) -> tuple[str, ...]:
    """The rooms a day's parallel sessions are held in, in order of first use."""
    rooms: dict[str, None] = {}
    for band in bands(items):
        if band.parallel:
            for item in band.items:
                rooms.setdefault(item.room, None)
    return tuple(rooms)


def programme(ctx: _Context, marked: AgendaItem | None) -> list[Block]:
    """The programme: a heading, then for each day its name (several days) and its table."""
    w = ctx.words
    blocks: list[Block] = [Heading(1, w.gettext("Programme"), "programme", new_page=True)]
    if not ctx.items:
        return [*blocks, Paragraph(plain(w.gettext("The programme has no items yet.")), "muted")]
    meeting = ctx.meeting
    several_days = len({meeting.item_date(i) for i in meeting.agenda}) > 1
    for day in dict.fromkeys(meeting.item_date(i) for i in ctx.items):
        items = [i for i in ctx.items if meeting.item_date(i) == day]
        if day is not None and several_days:
            name = ctx.date(day, weekday=True)
            if marked is None:  # the full pack: each day in the contents and bookmarks
                blocks.append(Heading(2, name, f"programme-{day.isoformat()}"))
            else:
                blocks.append(Paragraph(plain(name, bold=True), "label"))
        blocks.append(_day_table(ctx, items, marked))
    return blocks


def _day_table(ctx: _Context, items: list[AgendaItem], marked: AgendaItem | None) -> Table:
    rooms = parallel_rooms(items)
    if not rooms:
        return _simple_table(ctx, items, marked)
    if len(rooms) <= SIDE_BY_SIDE_ROOMS:
        return _rooms_side_by_side(ctx, items, rooms, marked)
    return _room_column_table(ctx, items, marked)


class _Rows:
    """Rows of a table being made, with the rows to mark, to draw quietly, and joined cells."""

    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.rows: list[tuple[Cell, ...]] = []
        self.marked: set[int] = set()
        self.quiet: set[int] = set()
        self.joined: list[JoinedCells] = []

    def add(self, cells: Sequence[Cell], *, marked: bool = False, quiet: bool = False) -> None:
        """A row; one shorter than the table has its last cell joined over the rest."""
        row = len(self.rows)
        if len(cells) < self.columns:
            self.joined.append(JoinedCells(row, len(cells) - 1, self.columns - 1))
        self.rows.append(tuple(cells) + ((),) * (self.columns - len(cells)))
        if marked:
            self.marked.add(row)
        if quiet:
            self.quiet.add(row)

    def table(self, header: tuple[str, ...], widths: tuple[float, ...]) -> Table:
        """The table these rows make."""
        return Table(
            header,
            tuple(self.rows),
            widths,
            frozenset(self.marked),
            "programme",
            frozenset(self.quiet),
            tuple(self.joined),
        )


def _simple_table(ctx: _Context, items: list[AgendaItem], marked: AgendaItem | None) -> Table:
    w = ctx.words
    rows = _Rows(3)
    for item in items:
        time = (plain(ctx.slot(item.start, item.end)),)
        if item.is_session or item.participants:
            rows.add((time, _title_cell(ctx, item), _people(ctx, item)), marked=item == marked)
        else:
            rows.add((time, _title_cell(ctx, item)), quiet=True)
    header = (w.gettext("Time"), w.gettext("Item"), w.gettext("People"))
    return rows.table(header, (1.1, 3.6, 2.6))


def _rooms_side_by_side(
    ctx: _Context, items: list[AgendaItem], rooms: tuple[str, ...], marked: AgendaItem | None
) -> Table:
    rows = _Rows(1 + len(rooms))
    for band in bands(items):
        if not band.parallel:
            for item in band.items:
                time = (plain(ctx.slot(item.start, item.end)),)
                cell = _title_cell(ctx, item, room=True) + _people(ctx, item)
                rows.add((time, cell), marked=item == marked, quiet=_is_quiet(item))
            continue
        cells: list[Cell] = [(plain(ctx.slot(band.start, band.end)),)]
        for room in rooms:
            cells.append(_room_cell(ctx, band, [i for i in band.items if i.room == room]))
        rows.add(cells, marked=marked in band.items)
    header = (ctx.words.gettext("Time"), *(room or "—" for room in rooms))
    return rows.table(header, (1.1, *(6.2 / len(rooms),) * len(rooms)))


def _room_cell(ctx: _Context, band: _Band, items: list[AgendaItem]) -> Cell:
    """One room's entries in a parallel slot, each with its own times where they differ."""
    lines: list[Spans] = []
    for item in items:
        if lines:
            lines.append(())
        if (item.start, item.end) != (band.start, band.end):
            lines.append(plain(ctx.slot(item.start, item.end)))
        lines += [*_title_cell(ctx, item, room=False), *_people(ctx, item)]
    return tuple(lines)


def _room_column_table(ctx: _Context, items: list[AgendaItem], marked: AgendaItem | None) -> Table:
    w = ctx.words
    rows = _Rows(4)
    for band in bands(items):
        for item in band.items:
            time = (plain(ctx.slot(item.start, item.end)),)
            room = (plain(item.room),)
            if _is_quiet(item):
                rows.add((time, room, _title_cell(ctx, item)), quiet=True)
            else:
                cells = (time, room, _title_cell(ctx, item), _people(ctx, item))
                rows.add(cells, marked=item == marked)
    header = (w.gettext("Time"), w.gettext("Room"), w.gettext("Item"), w.gettext("People"))
    return rows.table(header, (1.1, 1.2, 3.2, 2.4))


def _is_quiet(item: AgendaItem) -> bool:
    """A break, a meal…: an entry that is not a session and has no one in it."""
    return not item.is_session and not item.participants


def _title_cell(ctx: _Context, item: AgendaItem, room: bool | None = None) -> Cell:
    """An entry's title (a link to its session page), and its room: always (``True``), never
    (``False``: its column says it), or when it is not the meeting's own room."""
    if item.is_session:
        link = f"#{ctx.item_anchor(item)}" if item.id in ctx.sections else ""
        lines: list[Spans] = [(Span(item.title, bold=True, link=link),)]
    else:
        lines = [plain(item.title, italic=True, bold=bool(item.participants))]
    if item.room and (room or (room is None and item.room != ctx.meeting.room)):
        lines.append(plain(item.room, italic=True))
    return tuple(lines)


def _people(ctx: _Context, item: AgendaItem) -> Cell:
    return tuple(
        (Span(ctx.labelled(ctx.role(p.role), "")), ctx.person_link(p.person_id))
        for p in item.participants
    )
