"""Qt item models over the immutable meeting: they read its tuples directly and copy nothing.

A new meeting value (an edit, an undo, another file) is shown with ``set_meeting``. When the rows
are the same entries as before, only their data is refreshed; when they were only reordered,
the layout changes and persistent indexes follow their entries, so selection and scroll position
survive an edit or a move; otherwise the model is reset. Each row's model value (person, note,
pack, agenda item) is available under :data:`ENTRY_ROLE`, so views and detail panes never index
the meeting themselves.

Lists whose order matters (agenda, people, notes, packs) can be reordered by drag and drop:
the model never moves a row itself; a drop emits ``move_requested(entry_id, target_row)`` and
the page turns it into one undoable edit, after which ``set_meeting`` shows the new order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from briefing.checks import Finding, Severity, check_meeting
from briefing.countries import country_name
from briefing.model import (
    ITEM_KIND_LABELS,
    AgendaItem,
    Meeting,
    Note,
    PackDefinition,
    Person,
    Segment,
    new_meeting,
)
from ui import text
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate
from ui.rich import plain_tooltip

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The model value a row shows (for a running-order step: the agenda item it belongs to)."""

_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_CENTRED = Qt.AlignmentFlag.AlignCenter
_Index = QModelIndex | QPersistentModelIndex
_E = TypeVar("_E")
ROW_MIME = "application/x-briefing-entry-id"
"""Drag-and-drop payload within a list: the id of the entry dragged."""


def _key(entry: object) -> Hashable:
    """What identifies a row across edits: the entry's id, or the (immutable) entry itself."""
    ident = getattr(entry, "id", None)
    return ident if isinstance(ident, str) else entry  # type: ignore[return-value]


def drop_target(row: int, parent: _Index, source: int) -> int:
    """The index an entry dragged from ``source`` ends at when dropped at ``row``/``parent``.

    Qt gives ``row`` -1 for a drop onto a row (then ``parent`` is that row: the entry takes its
    place) or onto empty space below the rows (the end).
    """
    if row < 0:
        row = parent.row() if parent.isValid() else 1 << 30
    return row - 1 if row > source else row


def dragged_id(data: QMimeData, action: Qt.DropAction) -> str | None:
    """The id of the entry a drop within a list moves, or None for any other drop."""
    if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
        return None
    return bytes(data.data(ROW_MIME).data()).decode()


class Reorderable:
    """Drag-and-drop support shared by the list models: the payload is the entry's id."""

    move_requested: Any  # Signal(str, int) on the Qt class

    def mimeTypes(self) -> list[str]:
        """Only our own payload."""
        return [ROW_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move within the list."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows move within the list."""
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The id of the dragged entry (one row at a time)."""
        data = QMimeData()
        entry = indexes[0].data(ENTRY_ROLE) if indexes else None
        ident = getattr(entry, "id", "")
        data.setData(ROW_MIME, QByteArray(ident.encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Ask for the move (the page applies it as one edit); the model changes nothing itself."""
        ident = dragged_id(data, action)
        if ident is None:
            return False
        source = self.row_of(ident)
        if source < 0:
            return False
        target = drop_target(row, self.top_level(parent), source)
        self.move_requested.emit(ident, max(0, min(target, self.entry_count() - 1)))
        return True

    # The model class provides row_of(ident) -> int and entry_count() -> int.
    row_of: Any
    entry_count: Any

    def top_level(self, index: _Index) -> QModelIndex:
        """The top-level row an index is in (itself for a table)."""
        return QModelIndex(index)


class MeetingTableModel(QAbstractTableModel, Generic[_E]):
    """A read-only table with one row per entry of a meeting tuple; subclasses name the columns
    (marked ``QT_TRANSLATE_NOOP(context, …)``, translated when shown)."""

    context: ClassVar[str] = "MeetingTableModel"
    headers: ClassVar[tuple[str, ...]] = ()
    centred: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = new_meeting()
        self._rows: Sequence[_E] = ()

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the entries of ``meeting``, keeping rows (and selection) that are still there."""
        self.show_rows(meeting, self.entries(meeting))

    def show_rows(self, meeting: Meeting, rows: Sequence[_E]) -> None:
        """Show ``rows`` (worked out elsewhere, e.g. in the background) for ``meeting``."""
        old = [_key(e) for e in self._rows]
        new = [_key(e) for e in rows]
        if old == new and rows:
            self._meeting, self._rows = meeting, rows
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        elif Counter(old) == Counter(new) and len(set(new)) == len(new):
            self._reorder(meeting, rows, old, new)
        else:
            self.beginResetModel()
            self._meeting, self._rows = meeting, rows
            self.endResetModel()

    def _reorder(
        self, meeting: Meeting, rows: Sequence[_E], old: list[Hashable], new: list[Hashable]
    ) -> None:
        self.layoutAboutToBeChanged.emit()
        where = {key: row for row, key in enumerate(new)}
        before = self.persistentIndexList()
        after = [self.index(where[old[i.row()]], i.column()) for i in before]
        self._meeting, self._rows = meeting, rows
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def row_of(self, ident: str) -> int:
        """Row of the entry with ``ident``, or -1."""
        return next((n for n, e in enumerate(self._rows) if _key(e) == ident), -1)

    def entry_count(self) -> int:
        """Number of rows."""
        return len(self._rows)

    def entries(self, meeting: Meeting) -> Sequence[_E]:
        """The tuple of the meeting this table shows."""
        raise NotImplementedError

    def cell(self, entry: _E, column: int) -> str:
        """The text of one cell."""
        raise NotImplementedError

    def entry(self, row: int) -> _E:
        """The model value shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of entries (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (also as tooltip, for cut-off text), alignment and the row's entry."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(entry, index.column()) or None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.cell(entry, index.column())) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            centred = index.column() in self.centred
            return (_CENTRED if centred else _LEFT).value
        if role == ENTRY_ROLE:
            return entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, in the window's language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, self.headers[section])
        return None


_DRAG_DROP = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled


class ReorderableTableModel(Reorderable, MeetingTableModel[_E]):
    """A table whose rows the user reorders by drag and drop (see :class:`Reorderable`)."""

    move_requested = Signal(str, int)  # entry id, the row it should end at

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be dragged, and dropped on or between (or below the last)."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | _DRAG_DROP


class PeopleModel(ReorderableTableModel[Person]):
    """The meeting's people: name, position, organisation, email and country."""

    context = "PeopleModel"
    headers = (
        QT_TRANSLATE_NOOP("PeopleModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleModel", "Position"),
        QT_TRANSLATE_NOOP("PeopleModel", "Organisation"),
        QT_TRANSLATE_NOOP("PeopleModel", "Email"),
        QT_TRANSLATE_NOOP("PeopleModel", "Country"),
    )
    COUNTRY = 4

    def entries(self, meeting: Meeting) -> Sequence[Person]:
        """The people, in the meeting's order."""
        return meeting.people

    def cell(self, entry: Person, column: int) -> str:
        """Name with honorific, position, organisation, email or country."""
        if column == self.COUNTRY:  # kept as a code, shown by its name
            return country_name(entry.country) if entry.country else ""
        return (entry.display_name, entry.position, entry.organisation, entry.email)[column]


class NotesModel(ReorderableTableModel[Note]):
    """The background notes: title, format, file, sessions, internal."""

    context = "NotesModel"
    headers = (
        QT_TRANSLATE_NOOP("NotesModel", "Title"),
        QT_TRANSLATE_NOOP("NotesModel", "Format"),
        QT_TRANSLATE_NOOP("NotesModel", "File"),
        QT_TRANSLATE_NOOP("NotesModel", "Sessions"),
        QT_TRANSLATE_NOOP("NotesModel", "Internal"),
    )
    centred = frozenset({1, 4})

    def entries(self, meeting: Meeting) -> Sequence[Note]:
        """The notes, in the meeting's order."""
        return meeting.notes

    def cell(self, entry: Note, column: int) -> str:
        """One fact of a note."""
        cells = (
            entry.title,
            text.format_label(entry),
            text.note_file_name(entry),
            text.note_sessions(self._meeting, entry),
            translate("NotesModel", "internal") if entry.internal else "",
        )
        return cells[column]


class PacksModel(ReorderableTableModel[PackDefinition]):
    """The packs (or the default full pack): kind, what goes in, and how it is printed."""

    context = "PacksModel"
    headers = (
        QT_TRANSLATE_NOOP("PacksModel", "Pack"),
        QT_TRANSLATE_NOOP("PacksModel", "Kind"),
        QT_TRANSLATE_NOOP("PacksModel", "Agenda items"),
        QT_TRANSLATE_NOOP("PacksModel", "Bios"),
        QT_TRANSLATE_NOOP("PacksModel", "Notes"),
        QT_TRANSLATE_NOOP("PacksModel", "Options"),
    )
    centred = frozenset({2, 3, 4})

    @classmethod
    def column_total(cls) -> int:
        """Number of columns."""
        return len(cls.headers)

    def entries(self, meeting: Meeting) -> Sequence[PackDefinition]:
        """The meeting's pack definitions."""
        return meeting.pack_definitions()

    def cell(self, entry: PackDefinition, column: int) -> str:
        """One fact of a pack."""
        cells = (
            entry.name,
            text.pack_kind(entry),
            str(len(entry.item_ids)),
            str(len(entry.bio_ids)),
            str(len(entry.note_ids)),
            text.pack_options(entry),
        )
        return cells[column]


_SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class FindingsModel(MeetingTableModel[Finding]):
    """The pre-build checks' findings, in the core's order: severity, what is wrong, what to do.

    The checks run once per ``set_meeting``; the severity column carries the style's icon.
    """

    context = "FindingsModel"
    headers = (
        QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
        QT_TRANSLATE_NOOP("FindingsModel", "What to do"),
    )
    SEVERITY, MESSAGE, ADVICE = range(3)

    def entries(self, meeting: Meeting) -> Sequence[Finding]:
        """The findings of the checks on ``meeting``."""
        return findings_for(meeting)

    def findings(self) -> Sequence[Finding]:
        """Every finding shown."""
        return self._rows

    def cell(self, entry: Finding, column: int) -> str:
        """Severity, message or advice."""
        message, advice = core_text(entry.message), core_text(entry.advice)
        cells = (text.SEVERITY_LABELS[entry.severity], message, advice)
        return text.sentence(cells[column])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As for any table, plus the severity's icon."""
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.SEVERITY
        ):
            return severity_icon(self._rows[index.row()].severity)
        return super().data(index, role)


def findings_for(meeting: Meeting) -> tuple[Finding, ...]:
    """The checks' findings for ``meeting`` (safe to call from any thread)."""
    return tuple(check_meeting(meeting))


def severity_icon(severity: Severity) -> QIcon:
    """The style's message-box icon for a severity (critical, warning, information)."""
    return QApplication.style().standardIcon(_SEVERITY_ICONS[severity])


class AgendaModel(Reorderable, QAbstractItemModel):
    """The agenda as a tree: one row per item, its running-order steps as child rows.

    An item's index has internal id 0; a step's index has the row of its item plus one, so
    ``parent()`` needs no lookup table.
    """

    context = "AgendaModel"
    headers = (
        QT_TRANSLATE_NOOP("AgendaModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaModel", "People"),
    )
    TIME, TITLE, PEOPLE = range(3)
    move_requested = Signal(str, int)  # item id, the row it should end at

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meeting = new_meeting()

    def set_meeting(self, meeting: Meeting) -> None:
        """Show the agenda of ``meeting``; same items with the same steps only refresh the data."""
        if _same_shape(self._meeting, meeting) and meeting.agenda:
            self._meeting = meeting
            last = self.index(len(meeting.agenda) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            for row, item in enumerate(meeting.agenda):
                if item.running_order:
                    parent = self.index(row, 0)
                    end = self.index(len(item.running_order) - 1, self.columnCount() - 1, parent)
                    self.dataChanged.emit(self.index(0, 0, parent), end)
            return
        self.beginResetModel()
        self._meeting = meeting
        self.endResetModel()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Items can be dragged to another place in the agenda; steps move with their item."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = super().flags(index)
        if index.internalId() == 0:
            return flags | _DRAG_DROP
        return flags

    def row_of(self, ident: str) -> int:
        """Row of the agenda item with ``ident``, or -1."""
        return next((n for n, i in enumerate(self._meeting.agenda) if i.id == ident), -1)

    def entry_count(self) -> int:
        """Number of agenda items."""
        return len(self._meeting.agenda)

    def top_level(self, index: _Index) -> QModelIndex:
        """The item row a drop on a step means."""
        if not index.isValid():
            return QModelIndex()
        return self.index(_item_row(index), 0)

    def item(self, index: _Index) -> AgendaItem:
        """The agenda item of a row (for a step: the item it belongs to)."""
        return self._meeting.agenda[_item_row(index)]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of an item (top level) or of a step (under its item)."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index) -> QModelIndex:  # type: ignore[override]
        """An item has no parent; a step's parent is its item."""
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Items at the top, an item's steps beneath it, nothing beneath a step."""
        if not parent.isValid():
            return len(self._meeting.agenda)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._meeting.agenda[parent.row()].running_order)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Time, item, people."""
        return len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, font and alignment of a cell; the agenda item under ENTRY_ROLE."""
        if not index.isValid():
            return None
        if role == ENTRY_ROLE:
            return self.item(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _TOP_LEFT.value
        step = self._step(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._step_text(step, index.column()) if step else self._item_text(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(index, step)
            return plain_tooltip(tip) if tip else None
        if step is None:
            return self._item_look(self.item(index), index.column(), role)
        return None

    def _item_look(self, item: AgendaItem, column: int, role: int) -> Any:
        """A session's title is bold; an entry that is not a session (a break) looks secondary:
        grey, its title in italics after a pause sign, so the sessions stand out."""
        if role == Qt.ItemDataRole.FontRole and column == self.TITLE:
            font = QFont()
            font.setBold(item.is_session)
            font.setItalic(not item.is_session)
            return font
        if item.is_session:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return secondary_icon()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, in the window's language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, self.headers[section])
        return None

    def _step(self, index: _Index) -> Segment | None:
        if index.internalId() == 0:
            return None
        return self.item(index).running_order[index.row()]

    def _item_text(self, index: _Index) -> str:
        item = self.item(index)
        if index.column() == self.TIME:
            return "\n".join(p for p in (text.item_time(self._meeting, item), item.room) if p)
        if index.column() == self.TITLE:
            return text.numbered_title(self._meeting, item)
        return text.people_text(self._meeting, item)

    def _step_text(self, step: Segment, column: int) -> str:
        if column == self.TIME:
            return text.segment_minutes(step)
        if column == self.TITLE:
            return step.label
        return text.segment_speaker(self._meeting, step)

    def _tooltip(self, index: _Index, step: Segment | None) -> str | None:
        if step is None and index.column() == self.TITLE:
            item = self.item(index)
            kind = "" if item.is_session else core_text(ITEM_KIND_LABELS[item.kind])
            parts = (text.numbered_title(self._meeting, item), kind, item.description)
            return "\n\n".join(part for part in parts if part)
        shown = self.data(index, Qt.ItemDataRole.DisplayRole)
        return shown or None


_SECONDARY_ICON: list[QIcon] = []


def secondary_icon() -> QIcon:
    """A small pause sign in the palette's quiet colour, marking an entry that is not a
    session (the desktop theme's own pause icon when it has one)."""
    if not _SECONDARY_ICON:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawRoundedRect(4, 3, 3, 10, 1, 1)
        painter.drawRoundedRect(9, 3, 3, 10, 1, 1)
        painter.end()
        _SECONDARY_ICON.append(QIcon.fromTheme("media-playback-pause", QIcon(pixmap)))
    return _SECONDARY_ICON[0]


def _same_shape(old: Meeting, new: Meeting) -> bool:
    """Whether two meetings' agendas have the same items, in order, with as many steps each."""
    return [(i.id, len(i.running_order)) for i in old.agenda] == [
        (i.id, len(i.running_order)) for i in new.agenda
    ]


def _item_row(index: _Index) -> int:
    """Row of the agenda item an index belongs to."""
    ident = index.internalId()
    return index.row() if ident == 0 else ident - 1
