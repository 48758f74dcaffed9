"""Small editable tables over a tuple of the meeting: the specification of a table's columns, its
model, and the widget with its Add, Remove, Move up and Move down buttons and keys.

A table never changes the meeting itself. Every edit (a cell, an added, removed or moved row)
makes the whole new tuple and hands it to the ``apply`` callback of its owner as one undo step;
the rows change when the owner shows the new meeting through :meth:`TupleTableModel.set_rows`.
A value the model refuses is reported through ``refuse`` and the cell opens again with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import moved
from briefing.errors import ValidationError
from briefing.formatting import format_short_date, month_number
from ui.editors.base import quoted
from ui.editors.common import RowDrags, allow_row_moves, form_action, table_button
from ui.i18n import translate, window_language
from ui.widgets import Mode, size_columns, theme_icon

_Index = QModelIndex | QPersistentModelIndex
DATE_EXAMPLE = "2017-11-27"
"""How a date is written in a cell (the same in every language)."""
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s./-]+([^\W\d_]+|\d{1,2})\.?[\s./-]+(\d{4})$")


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a small table: the entry's field it shows, and how it is read and written.

    ``header``, ``tip``, ``edited`` (the undo text of a change, ``{name}`` naming the entry) and
    ``refused`` (``{name}`` and the model's ``{problem}``) are source texts of the table's
    translation context, marked with ``QT_TRANSLATE_NOOP`` where the table is specified.
    """

    header: str
    attr: str
    edited: str  # "Edit email of contact {name}"
    refused: str  # "The email of contact {name} was not changed: {problem}."
    kind: Literal["text", "date", "check"] = "text"
    mode: Mode = Mode.Stretch
    tip: str = ""

    def read(self, entry: Any) -> Any:
        """The value to edit: text, ``2017-11-27`` for a date, a bool for a check box."""
        value = getattr(entry, self.attr)
        if self.kind == "date":
            return value.isoformat() if value else ""
        return value

    def show(self, entry: Any) -> str:
        """The text a cell shows (a date as ``27 Nov 2017``)."""
        value = getattr(entry, self.attr)
        if self.kind == "date":
            return short_date(value) if value else ""
        return "" if self.kind == "check" else str(value)

    def write(self, entry: Any, value: Any) -> Any:
        """``entry`` with this column's field set from an edited value (the model checks it)."""
        if self.kind == "date":
            value = parse_date(str(value))
        elif self.kind == "check":
            value = bool(value)
        return dataclasses.replace(entry, **{self.attr: value})


@dataclasses.dataclass(frozen=True)
class TableTexts:
    """What a table says of its entries, whole sentences in the table's translation context.

    ``{name}`` is an entry's name, ``{problem}`` why the model refused a change.
    """

    title: str  # "Contacts": the table's name for a screen reader
    empty: str  # "No contacts yet. Click Add to add one."
    add_tip: str  # "Add a contact"
    remove_tip: str  # "Remove the selected contact"
    up_tip: str  # "Move the selected contact up"
    down_tip: str  # "Move the selected contact down"
    added: str  # undo text: "Add contact"
    removed: str  # "Remove contact {name}"
    moved_up: str  # "Move contact {name} up"
    moved_down: str  # "Move contact {name} down"
    refused: str  # "The contacts were not changed: {problem}." (the owner's check)


@dataclasses.dataclass(frozen=True)
class TupleSpec:
    """A tuple of the meeting shown as a small table: its field, its columns, what it says (in
    translation ``context``), how to make a new entry and what an entry is called."""

    field: str
    context: str
    texts: TableTexts
    columns: tuple[Column, ...]
    new_entry: Callable[[], Any]
    name: Callable[[Any], str]

    def say(self, source: str, **values: str) -> str:
        """One of the table's texts in the window's language, its placeholders filled."""
        text = translate(self.context, source)
        return text.format(**values) if values else text


def short_date(day: dt.date) -> str:
    """``27 Nov 2017``: the date with its month abbreviated."""
    return format_short_date(day, window_language())


def parse_date(text: str) -> dt.date | None:
    """A date typed as ``2017-11-27``, ``27 Nov 2017`` or ``27/11/2017``; empty gives None."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DAY_MONTH_YEAR.match(text)
    if match is not None:
        day, month, year = match.groups()
        number = int(month) if month.isdigit() else _month_number(month)
        try:
            return dt.date(int(year), number, int(day))
        except ValueError:
            pass
    problem = translate("TupleTable", "‘{text}’ is not a date; write it like {example}")
    raise ValueError(problem.format(text=text, example=DATE_EXAMPLE))


def _month_number(name: str) -> int:
    """A month's number from its name, or its first three letters (``Novem``); 0 if none."""
    return month_number(name) or month_number(name[:3])


class TupleTableModel(RowDrags, QAbstractTableModel):
    """An editable table over one tuple of the meeting (contacts, linked events, references).

    The model never changes its rows itself: every edit makes the new tuple and hands it to
    ``apply`` (one undo step); the rows change when the editor shows the new meeting through
    :meth:`set_rows`, which reports an insert, removal or move as such, so a view keeps its
    selection on the same entry, also after undo and redo.
    """

    mime_type = "application/x-briefing-meeting-row"

    def __init__(
        self,
        spec: TupleSpec,
        apply: Callable[[tuple[Any, ...], str], bool],
        refuse: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._apply = apply
        self._refuse = refuse
        self._rows: tuple[Any, ...] = ()

    # -- reading

    def rows(self) -> tuple[Any, ...]:
        """The entries shown."""
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of entries (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the value to edit, the check state of a check-box column, tooltips."""
        if not index.isValid():
            return None
        column = self.spec.columns[index.column()]
        entry = self._rows[index.row()]
        if column.kind == "check":
            return self._check_data(column, entry, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(entry) or None
        if role == Qt.ItemDataRole.EditRole:
            return column.read(entry)
        return None

    def _check_data(self, column: Column, entry: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            state = Qt.CheckState.Checked if column.read(entry) else Qt.CheckState.Unchecked
            return state.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.spec.say(column.tip) if column.tip else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles, and what a column means as its tooltip."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.spec.say(column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.spec.say(column.tip) if column.tip else None
        return None

    def cell_flags(self, index: _Index) -> Qt.ItemFlag:
        """Cells are edited in place (or checked); rows are dragged."""
        flags = Qt.ItemFlag.ItemIsDragEnabled
        if self.spec.columns[index.column()].kind == "check":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # -- showing a new meeting

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``, telling views what changed: an insert, a removal, a move or an edit."""
        rows = tuple(rows)
        kind, first, last = row_change(self._rows, rows)
        if kind == "insert":
            self.beginInsertRows(QModelIndex(), first, first)
            self._rows = rows
            self.endInsertRows()
        elif kind == "remove":
            self.beginRemoveRows(QModelIndex(), first, first)
            self._rows = rows
            self.endRemoveRows()
        elif kind == "move":
            self._move_shown(rows, first, last)
        elif kind == "edit":
            self._rows = rows
            right = self.columnCount() - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, right))
        elif kind == "reset":
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _move_shown(self, rows: tuple[Any, ...], source: int, target: int) -> None:
        # Qt wants the row the moved one lands before, counted in the old order.
        before = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), before)
        self._rows = rows
        self.endMoveRows()

    # -- edits, each one undo step

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change one field of one entry; a value the model refuses is reported, not applied."""
        if not index.isValid():
            return False
        column = self.spec.columns[index.column()]
        if column.kind == "check" and role == Qt.ItemDataRole.CheckStateRole:
            value = _is_checked(value)
        elif column.kind == "check" or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self._rows[index.row()]
        name = quoted(self.spec.name(entry))
        try:
            changed = column.write(entry, value)
        except ValueError as exc:  # a ValidationError, or a date that cannot be read
            self._refuse(self.spec.say(column.refused, name=name, problem=_problem(exc)))
            return False
        if changed == entry:
            return True
        text = self.spec.say(column.edited, name=name)
        return self._apply(self._replaced(index.row(), changed), text)

    def add_row(self) -> int | None:
        """Add a new entry at the end; its row, or None if it was not added."""
        rows = (*self._rows, self.spec.new_entry())
        return len(rows) - 1 if self._apply(rows, self.spec.say(self.spec.texts.added)) else None

    def remove_row(self, row: int) -> bool:
        """Remove the entry in ``row``."""
        if not 0 <= row < len(self._rows):
            return False
        rows = self._rows[:row] + self._rows[row + 1 :]
        text = self.spec.say(self.spec.texts.removed, name=self._quoted(row))
        return self._apply(rows, text)

    def move_row(self, row: int, target: int) -> bool:
        """Move the entry in ``row`` to index ``target``."""
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows) or row == target:
            return False
        texts = self.spec.texts
        way = texts.moved_up if target < row else texts.moved_down
        text = self.spec.say(way, name=self._quoted(row))
        return self._apply(moved(self._rows, row, target), text)

    def _replaced(self, row: int, entry: Any) -> tuple[Any, ...]:
        return (*self._rows[:row], entry, *self._rows[row + 1 :])

    def _quoted(self, row: int) -> str:
        return quoted(self.spec.name(self._rows[row]))

    # -- drag and drop within the table

    def drag_source(self) -> str:
        """A dragged row names the tuple it belongs to."""
        return self.spec.field

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Only a row of this same table can be dropped."""
        return self.dragged_row(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move the dragged row to where it was dropped (before ``row``; at the end if -1)."""
        source = self.dragged_row(data)
        if source is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        before = parent.row() if parent.isValid() else row
        before = len(self._rows) if before < 0 else before
        target = before - 1 if before > source else before
        # The view then asks to remove the dragged row; removeRows is not implemented, so the
        # default refuses and the move applied here is all that happens.
        return self.move_row(source, min(target, len(self._rows) - 1))


def row_change(old: Sequence[Any], new: Sequence[Any]) -> tuple[str, int, int]:
    """How ``new`` differs from ``old``: ``same``, ``edit`` (rows first..last), ``insert`` or
    ``remove`` (of row first), ``move`` (row first to index last), or ``reset``."""
    if len(new) == len(old) + 1:
        at = _first_difference(old, new)
        if tuple(old[at:]) == tuple(new[at + 1 :]):
            return ("insert", at, at)
    elif len(new) == len(old) - 1:
        at = _first_difference(new, old)
        if tuple(old[at + 1 :]) == tuple(new[at:]):
            return ("remove", at, at)
    elif len(new) == len(old):
        return _same_length_change(tuple(old), tuple(new))
    return ("reset", 0, 0)


def _first_difference(shorter: Sequence[Any], longer: Sequence[Any]) -> int:
    for at, entry in enumerate(shorter):
        if entry != longer[at]:
            return at
    return len(shorter)


def _same_length_change(old: tuple[Any, ...], new: tuple[Any, ...]) -> tuple[str, int, int]:
    first = _first_difference(old, new)
    if first == len(old):
        return ("same", 0, 0)
    last = max(at for at in range(len(old)) if old[at] != new[at])
    if new[first : last + 1] == (*old[first + 1 : last + 1], old[first]):
        return ("move", first, last)
    if new[first : last + 1] == (old[last], *old[first:last]):
        return ("move", last, first)
    return ("edit", first, last)


def _is_checked(value: Any) -> bool:
    return getattr(value, "value", value) == Qt.CheckState.Checked.value


def _problem(exc: ValueError) -> str:
    return exc.problem if isinstance(exc, ValidationError) else str(exc)


class _CellDelegate(QStyledItemDelegate):
    """Edits cells as text; a value the model refuses opens the cell again with it, to fix."""

    def __init__(self, view: QTableView, spec: TupleSpec) -> None:
        super().__init__(view)
        self._view = view
        self._spec = spec
        self._retry: tuple[QPersistentModelIndex, str] | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A line edit named by its column (and its table); a date cell's says how to write a
        date."""
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            spec = self._spec
            header = spec.say(spec.columns[index.column()].header)
            is_date = spec.columns[index.column()].kind == "date"
            editor.setPlaceholderText(DATE_EXAMPLE if is_date else header)
            editor.setAccessibleName(header)
            editor.setAccessibleDescription(spec.say(spec.texts.title))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """The cell's value, or the refused text when the cell is opened again to fix it."""
        retry = self._retry
        if retry is not None and isinstance(editor, QLineEdit) and retry[0] == index:
            self._retry = None
            editor.setText(retry[1])
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        """Hand the text to the model; if it is refused, keep it for a second try."""
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        if text == model.data(index, Qt.ItemDataRole.EditRole):
            return
        if not model.setData(index, text, Qt.ItemDataRole.EditRole):
            self._retry = (QPersistentModelIndex(index), text)
            QTimer.singleShot(0, self, self._reopen)

    def _reopen(self) -> None:
        retry, self._retry = self._retry, None
        if retry is None or not retry[0].isValid() or not self._still_here():
            return  # the entry is gone, or the user went on to another field
        index = QModelIndex(retry[0])
        self._retry = retry
        self._view.setCurrentIndex(index)
        self._view.edit(index)

    def _still_here(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is None or focus is self._view or self._view.isAncestorOf(focus)


class CompactTable(QTableView):
    """A small table as tall as its rows (between two and six), with a hint when it is empty."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next field
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 12
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.verticalHeader().setMinimumSectionSize(row_height)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.horizontalHeader().setHighlightSections(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        allow_row_moves(self)

    def sizeHint(self) -> QSize:
        """Tall enough for the rows, from two to six of them; wider rows scroll."""
        count = self.model().rowCount() if self.model() is not None else 0
        return QSize(super().sizeHint().width(), self._height_for(min(max(count, 2), 6)))

    def minimumSizeHint(self) -> QSize:
        """Room for the header and two rows."""
        return QSize(super().minimumSizeHint().width(), self._height_for(2))

    def _height_for(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the rows, or say that there are none yet."""
        super().paintEvent(event)
        if self.model() is None or self.model().rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(8, 0, -8, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.empty_text,
        )
        painter.end()


def sign_icon(vertical: bool) -> QIcon:
    """A plain plus (or minus) for Add (Remove) where the icon theme has none."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QApplication.palette().color(QPalette.ColorRole.WindowText), 2))
    painter.drawLine(3, 8, 13, 8)
    if vertical:
        painter.drawLine(8, 3, 8, 13)
    painter.end()
    return QIcon(pixmap)


class TupleTable(QWidget):
    """A small editable table with Add, Remove, Move up and Move down (buttons and keys)."""

    def __init__(self, model: TupleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        spec = model.spec
        self.view = CompactTable(spec.say(spec.texts.empty))
        self.view.setModel(model)
        self.view.setItemDelegate(_CellDelegate(self.view, spec))
        self.view.setAccessibleName(spec.say(spec.texts.title))
        modes = {number: column.mode for number, column in enumerate(spec.columns)}
        size_columns(self.view.horizontalHeader(), modes)
        self._build_actions(spec)
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            signal.connect(self._rows_changed)
        self._update_actions()

    def _build_actions(self, spec: TupleSpec) -> None:
        texts = spec.texts
        up, down = QStyle.StandardPixmap.SP_ArrowUp, QStyle.StandardPixmap.SP_ArrowDown
        self.add_action = self._action(
            translate("TupleTable", "Add"),
            spec.say(texts.add_tip),
            QIcon.fromTheme("list-add", sign_icon(True)),
            "Ins",
        )
        self.remove_action = self._action(
            translate("TupleTable", "Remove"),
            spec.say(texts.remove_tip),
            QIcon.fromTheme("list-remove", sign_icon(False)),
            "Del",
        )
        self.up_action = self._action(
            translate("TupleTable", "Move up"),
            spec.say(texts.up_tip),
            theme_icon(self, "go-up", up),
            "Ctrl+Up",
        )
        self.down_action = self._action(
            translate("TupleTable", "Move down"),
            spec.say(texts.down_tip),
            theme_icon(self, "go-down", down),
            "Ctrl+Down",
        )
        self.add_action.triggered.connect(self.add)
        self.remove_action.triggered.connect(self.remove)
        self.up_action.triggered.connect(lambda: self.move(-1))
        self.down_action.triggered.connect(lambda: self.move(1))

    def _action(self, text: str, tip: str, icon: QIcon, keys: str) -> QAction:
        # Only while the table itself has the focus: Delete in a cell being edited deletes text.
        return form_action(self.view, text, tip, icon, keys, Qt.ShortcutContext.WidgetShortcut)

    def _lay_out(self) -> None:
        self.add_button = table_button(self.add_action, with_text=True)
        self.remove_button = table_button(self.remove_action, with_text=True)
        self.up_button = table_button(self.up_action)
        self.down_button = table_button(self.down_action)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        """The table and its buttons, in tab order."""
        return [self.view, self.add_button, self.remove_button, self.up_button, self.down_button]

    # -- what the buttons do

    def current_row(self) -> int:
        """The selected row, or -1."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select ``row`` (if there is one) and make it the current row."""
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)

    def add(self) -> None:
        """Add a new entry at the end and start typing its first field."""
        row = self.model.add_row()
        if row is None:
            return
        self.select_row(row)
        self.view.setFocus()
        self.view.edit(self.model.index(row, 0))

    def remove(self) -> None:
        """Remove the selected entry, and select the one that takes its place."""
        row = self.current_row()
        if row >= 0 and self.model.remove_row(row):
            self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        """Move the selected entry ``step`` rows down (up when negative)."""
        row = self.current_row()
        if row >= 0 and self.model.move_row(row, row + step):
            self.select_row(row + step)

    def _rows_changed(self, *_args: Any) -> None:
        self.view.updateGeometry()
        self._update_actions()

    def _update_actions(self, *_args: Any) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)
