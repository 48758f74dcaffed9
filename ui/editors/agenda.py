"""The agenda item editor: title, day, time slot, description, its people and its running order.

Each sub-table is a small Qt model over one tuple of the item shown (``item.participants``,
``item.running_order``) and never changes it. An edit in place, a drop, a key or a button asks the
editor, which makes the new item and meeting and applies them as one undo step. The model then
follows the new meeting: it turns the difference into a row move, insert or removal, so the view
keeps its selection (and the moved row stays selected), after undo and redo too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QStringListModel,
    Qt,
    QTime,
)
from PySide6.QtGui import QAction, QIcon, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from briefing.edit import insert_entry, moved, replace_entry
from briefing.errors import ValidationError
from briefing.formatting import format_duration
from briefing.model import (
    ITEM_KIND_LABELS,
    ROLE_LABELS,
    AgendaItem,
    ItemKind,
    Meeting,
    Participant,
    Person,
    Role,
    RoleKind,
    Segment,
    item_kind_of,
    new_id,
)
from briefing.validation import fold
from ui import text
from ui.document import MeetingDocument
from ui.editors.base import EntryEditor, line_edit, quoted, text_box
from ui.editors.common import RowDrags, allow_row_moves, form_action, set_tab_order, table_button
from ui.i18n import QT_TRANSLATE_NOOP, core_text, translate, window_language
from ui.rich import plain_tooltip
from ui.text import role_label
from ui.widgets import (
    DateEdit,
    ElidingLabel,
    TimeEdit,
    date_display_format,
    plain_label,
    size_columns,
    table_view,
    theme_icon,
)

_Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole
_DISPLAY = Qt.ItemDataRole.DisplayRole
_MOVE = Qt.DropAction.MoveAction

ROLE_CHOICES: tuple[str, ...] = tuple(ROLE_LABELS.values())
"""The known roles, in English (the role combo boxes offer them in the window's language)."""

DEFAULT_ROLE = ROLE_LABELS[RoleKind.SPEAKER]
NO_MINUTES = -1
"""The minutes spin boxes' value for "no length" (shown as ``none``)."""


# --------------------------------------------------------------------------- row models


class ItemRowsModel(RowDrags, QAbstractTableModel):
    """A table over one tuple of the agenda item shown; edits and drops are handed to the editor.

    ``edit(row, column, value)`` and ``move(source, target)`` make the edit (as one undo step)
    and return whether it was applied; :meth:`show_item` then brings the model up to date.
    """

    headers: ClassVar[tuple[str, ...]] = ()
    """Column titles in English, marked for translation in the context :attr:`context`."""
    context: ClassVar[str] = ""
    editable: ClassVar[frozenset[int]] = frozenset()
    right_aligned: ClassVar[frozenset[int]] = frozenset()
    field: ClassVar[str] = ""

    def __init__(
        self,
        edit: Callable[[int, int, Any], bool],
        move: Callable[[int, int], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit, self._move = edit, move
        self._meeting: Meeting | None = None
        self._item_id: str | None = None
        self._rows: tuple[Any, ...] = ()

    # -- following the meeting

    def show_item(self, meeting: Meeting, item: AgendaItem | None, current: int = -1) -> int | None:
        """Show ``item``'s rows; return the row an edit moved, added or removed, if any.

        Two neighbours that swapped places are read as ``current`` (the selected row) having
        moved, so the row the user moves stays the selected one.
        """
        self._meeting = meeting
        rows = tuple(getattr(item, self.field)) if item is not None else ()
        ident = item.id if item is not None else None
        if ident != self._item_id:
            self.beginResetModel()
            self._item_id, self._rows = ident, rows
            self.endResetModel()
            return None
        return self._follow(rows, current)

    def _follow(self, rows: tuple[Any, ...], current: int) -> int | None:
        old = self._rows
        if len(rows) == len(old):
            move = _single_move(old, rows, current)
            return self._move_row(*move, rows) if move else self._change_rows(old, rows)
        if len(rows) == len(old) + 1 and (row := _inserted_at(old, rows)) is not None:
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows = rows
            self.endInsertRows()
            return row
        if len(rows) == len(old) - 1 and (row := _inserted_at(rows, old)) is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows = rows
            self.endRemoveRows()
            return min(row, len(rows) - 1) if rows else None
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return None

    def _move_row(self, source: int, target: int, rows: tuple[Any, ...]) -> int:
        # Qt names the place before which the row goes, counted before the move
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + (target > source))
        self._rows = rows
        self.endMoveRows()
        return target

    def _change_rows(self, old: tuple[Any, ...], rows: tuple[Any, ...]) -> int | None:
        self._rows = rows
        if rows:  # names may have changed elsewhere, so every row is shown again
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        changed = [n for n, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
        return changed[0] if len(changed) == 1 else None

    # -- reading

    def entry(self, row: int) -> Any:
        """The participant or step shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Cell text, the value an editor starts from, a tooltip, and alignment."""
        if not self._valid(index) or self._meeting is None:
            return None
        entry = self._rows[index.row()]
        if role == _DISPLAY:
            return self.display(self._meeting, entry, index.column())
        if role == _EDIT:
            return self.edit_value(self._meeting, entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(self._meeting, entry, index.column())) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() in self.right_aligned
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return (horizontal | Qt.AlignmentFlag.AlignVCenter).value
        return None

    def display(self, meeting: Meeting, entry: Any, column: int) -> str:
        """The text of a cell (subclasses)."""
        raise NotImplementedError

    def edit_value(self, meeting: Meeting, entry: Any, column: int) -> Any:
        """The value an in-place editor starts from: the cell's text unless a subclass says."""
        return self.display(meeting, entry, column)

    def tooltip(self, meeting: Meeting, entry: Any, column: int) -> str:
        """A cell's tooltip: its whole text, which a narrow column may cut."""
        return self.display(meeting, entry, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return translate(self.context, self.headers[section])
        return None

    def cell_flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows can be dragged; some cells edited."""
        flags = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        """Hand an edit in place to the editor; the model follows when it is applied."""
        if role != _EDIT or not self._valid(index) or index.column() not in self.editable:
            return False
        return self._edit(index.row(), index.column(), value)

    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        """Move one row as one edit; ``destinationChild`` is the row it goes before."""
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        if not 0 <= sourceRow < len(self._rows):
            return False
        target = destinationChild if destinationChild <= sourceRow else destinationChild - 1
        target = max(0, min(target, len(self._rows) - 1))
        return target != sourceRow and self._move(sourceRow, target)

    # -- drag and drop

    def drag_source(self) -> str:
        """A dragged row belongs to the agenda item shown."""
        return str(self._item_id)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Only a row of this very table can be dropped, and only to move it."""
        return action == _MOVE and self.dragged_row(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Turn a drop between rows (or on one, or below the last) into one move."""
        source = self.dragged_row(data)
        if action != _MOVE or source is None:
            return False
        if parent.isValid():  # dropped onto a row: take its place
            row = parent.row() + (parent.row() > source)
        elif row < 0:
            row = len(self._rows)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def _valid(self, index: _Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


def _single_move(
    old: tuple[Any, ...], new: tuple[Any, ...], current: int = -1
) -> tuple[int, int] | None:
    """``(source, target)`` if ``new`` is ``old`` with one row moved, else ``None``.

    A swap of neighbours reads both ways; then the row ``current`` is the one that moved.
    """
    changed = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if len(changed) < 2:
        return None
    first, last = changed[0], changed[-1]
    down = new[first : last + 1] == old[first + 1 : last + 1] + old[first : first + 1]
    up = new[first : last + 1] == old[last : last + 1] + old[first:last]
    if up and (current == last or not down):
        return last, first
    return (first, last) if down else None


def _inserted_at(short: tuple[Any, ...], long: tuple[Any, ...]) -> int | None:
    """Where ``long`` is ``short`` with one row put in, or ``None`` if it is not."""
    row = next((n for n, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return row if long[:row] + long[row + 1 :] == short else None


class ParticipantsModel(ItemRowsModel):
    """The people in an item: who (name and affiliation) and in which role."""

    headers = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Person"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
    )
    context = "ParticipantsModel"
    PERSON, ROLE = range(2)
    editable = frozenset({ROLE})
    field = "participants"
    mime_type = "application/x-briefing-participant-row"

    def display(self, meeting: Meeting, entry: Participant, column: int) -> str:
        """``Sarah Brooks · International Service for Human Rights``, or the role."""
        if column == self.ROLE:
            return role_label(entry.role)
        person = meeting.person(entry.person_id)
        return text.SEPARATOR.join(p for p in (person.display_name, person.affiliation) if p)

    def tooltip(self, meeting: Meeting, entry: Participant, column: int) -> str:
        """The person's name and affiliation on lines of their own, or the role."""
        if column == self.ROLE:
            return role_label(entry.role)
        person = meeting.person(entry.person_id)
        return "\n".join(p for p in (person.display_name, person.affiliation) if p)


class RunningOrderModel(ItemRowsModel):
    """An item's running order: each step, who speaks, and for how many minutes."""

    headers = (
        QT_TRANSLATE_NOOP("RunningOrderModel", "Step"),
        QT_TRANSLATE_NOOP("RunningOrderModel", "Speaker"),
        QT_TRANSLATE_NOOP("RunningOrderModel", "Minutes"),
    )
    context = "RunningOrderModel"
    STEP, SPEAKER, MINUTES = range(3)
    editable = frozenset({STEP, SPEAKER, MINUTES})
    right_aligned = frozenset({MINUTES})
    field = "running_order"
    mime_type = "application/x-briefing-step-row"

    def display(self, meeting: Meeting, entry: Segment, column: int) -> str:
        """The step's label, its speaker, or its minutes (nothing when it has no length)."""
        if column == self.STEP:
            return entry.label
        if column == self.SPEAKER:
            return text.segment_speaker(meeting, entry)
        return "" if entry.minutes is None else str(entry.minutes)

    def edit_value(self, meeting: Meeting, entry: Segment, column: int) -> Any:
        """Minutes as a number (``None`` for none); the other cells as their text."""
        return entry.minutes if column == self.MINUTES else self.display(meeting, entry, column)

    def tooltip(self, meeting: Meeting, entry: Segment, column: int) -> str:
        """The whole label or speaker; the length as ``5 min``."""
        if column == self.MINUTES:
            return text.segment_minutes(entry)
        return self.display(meeting, entry, column)


# --------------------------------------------------------------------------- in-place editors


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell in an editable combo box: pick one of the choices, or type any text."""

    def __init__(self, choices: Callable[[], Sequence[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """An editable combo box offering the choices."""
        combo = choice_combo(self._choices(), parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Start from the cell's text, all of it selected so typing replaces it."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(_EDIT) or ""))
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        """Hand the text chosen or typed to the model."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), _EDIT)


class MinutesDelegate(QStyledItemDelegate):
    """Edits a step's minutes in a spin box; ``none`` (or no text) means no length."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A minutes spin box."""
        return minutes_spin(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Start from the step's minutes."""
        assert isinstance(editor, QSpinBox)
        value = index.data(_EDIT)
        editor.setValue(NO_MINUTES if value is None else int(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        """Hand the minutes (or ``None``) to the model."""
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, spin_minutes(editor), _EDIT)


def choice_combo(choices: Sequence[str], parent: QWidget | None = None) -> QComboBox:
    """An editable combo box of ``choices`` that also takes any text, completing as one types."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(choices))
    completer = combo.completer()
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


class MinutesSpinBox(QSpinBox):
    """Minutes, or none: the lowest value reads ``none``, and a field left empty means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_MINUTES, 24 * 60)
        self.setSpecialValueText(translate("MinutesSpinBox", "none"))
        #: after the number of minutes in a spin box (with its space), e.g. "5 min".
        self.setSuffix(translate("MinutesSpinBox", " min"))
        self.setValue(NO_MINUTES)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def validate(self, text: str, pos: int) -> object:
        """An empty field is acceptable: it means no length."""
        if not self._bare(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        """No text is no length."""
        return NO_MINUTES if not self._bare(text) else super().valueFromText(text)

    def _bare(self, text: str) -> str:
        return text.strip().removesuffix(self.suffix().strip()).strip()


def minutes_spin(parent: QWidget | None = None) -> MinutesSpinBox:
    """A spin box of minutes whose lowest value, shown as ``none``, means no length."""
    return MinutesSpinBox(parent)


def spin_minutes(spin: QSpinBox) -> int | None:
    """The minutes in a :func:`minutes_spin`, or ``None`` for none or no text."""
    if not spin.cleanText().strip() or spin.value() == NO_MINUTES:
        return None
    return spin.value()


# --------------------------------------------------------------------------- sub-table section


class RowsSection(QGroupBox):
    """A titled sub-table with Move up, Move down and Remove (buttons, keys, context menu).

    ``names`` are the texts of Move up, Move down and Remove ("Move person up"…), translated by
    the caller. ``move(row, delta)`` and ``remove(row)`` are the editor's methods; the section
    only knows which row is selected, and keeps the buttons enabled where they can act.
    """

    def __init__(
        self,
        title: str,
        model: ItemRowsModel,
        names: tuple[str, str, str],
        move: Callable[[int, int], object],
        remove: Callable[[int], object],
    ) -> None:
        super().__init__(title)
        self.model = model
        self.view = _rows_view(model, title)
        self._move, self._remove = move, remove
        self._make_actions(*names)
        self.move_up_button, self.move_down_button, self.remove_button = (
            table_button(action)
            for action in (self.move_up_action, self.move_down_action, self.remove_action)
        )
        self.add_row = QHBoxLayout()
        self.footer = QHBoxLayout()
        self._lay_out()
        selection = self.view.selectionModel()
        for signal in (
            selection.currentRowChanged,
            selection.selectionChanged,
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self.update_actions)
        self.update_actions()

    def _make_actions(self, up_name: str, down_name: str, remove_name: str) -> None:
        up, down = QStyle.StandardPixmap.SP_ArrowUp, QStyle.StandardPixmap.SP_ArrowDown
        trash = QStyle.StandardPixmap.SP_TrashIcon
        self.move_up_action = self._action(up_name, "go-up", up, "Ctrl+Up")
        self.move_down_action = self._action(down_name, "go-down", down, "Ctrl+Down")
        self.remove_action = self._action(remove_name, "list-remove", trash, "Del")
        self.move_up_action.triggered.connect(lambda: self._move_current(-1))
        self.move_down_action.triggered.connect(lambda: self._move_current(1))
        self.remove_action.triggered.connect(self._remove_current)

    def _action(self, name: str, theme: str, fallback: QStyle.StandardPixmap, keys: str) -> QAction:
        icon = theme_icon(self, theme, fallback)
        # only while the table has the focus, so Delete in a text field still deletes text
        return form_action(self.view, name, name, icon, keys, Qt.ShortcutContext.WidgetShortcut)

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for button in (self.move_up_button, self.move_down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_row.setSpacing(6)
        self.footer.setSpacing(6)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(4)
        grid.addWidget(self.view, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addLayout(self.add_row, 1, 0)
        grid.addLayout(self.footer, 2, 0)
        grid.setRowStretch(0, 1)

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        selected = self.view.selectionModel().isRowSelected(index.row(), QModelIndex())
        return index.row() if index.isValid() and selected else -1

    def select_row(self, row: int) -> None:
        """Make ``row`` the selected row (if it is not already)."""
        if not 0 <= row < self.model.rowCount() or row == self.current_row():
            return
        column = max(self.view.currentIndex().column(), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(row, column), flags)
        self.view.scrollTo(self.model.index(row, column))

    def update_actions(self, *_args: Any) -> None:
        """Enable what can act on the selected row."""
        row, count = self.current_row(), self.model.rowCount()
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        self.remove_action.setEnabled(row >= 0)

    def _move_current(self, delta: int) -> None:
        if (row := self.current_row()) >= 0:
            self._move(row, delta)
            self.update_actions()

    def _remove_current(self) -> None:
        if (row := self.current_row()) >= 0:
            self._remove(row)
            self.update_actions()


def _rows_view(model: ItemRowsModel, name: str) -> QTableView:
    """A table of rows edited in place (double-click or F2) and moved by drag and drop."""
    view = table_view()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    allow_row_moves(view)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    # as tall as its rows (at least three), so a form with few rows needs no scrolling
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    rows = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 3 * rows + 4)
    return view


# --------------------------------------------------------------------------- the editor


class AgendaItemEditor(EntryEditor):
    """The form for one agenda item: its fields, the people in it and its running order."""

    part = "agenda"
    noun = "agenda item"

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._people_choices: tuple[tuple[str, str, str], ...] = ()
        self._build_fields()
        self.participants_model = ParticipantsModel(self._edit_participant, self._drop_participant)
        self.running_order_model = RunningOrderModel(self._edit_step, self._drop_step)
        self.participants_section = self._build_participants()
        self.running_order_section = self._build_running_order()
        self.participants_view = self.participants_section.view
        self.running_order_view = self.running_order_section.view
        sections = QVBoxLayout(self.body)
        sections.setContentsMargins(0, 8, 0, 0)
        sections.setSpacing(10)
        sections.addWidget(self.participants_section, 1)
        sections.addWidget(self.running_order_section, 1)
        self._set_tab_order()

    # -- the item's own fields

    def _build_fields(self) -> None:
        self.title_edit = line_edit(
            translate("AgendaItemEditor", "Title of the session"),
            translate("AgendaItemEditor", "Title"),
        )
        self.bind_typing(self.title_edit, self._commit_title, lambda item: item.title)
        self.kind_combo = self._kind_combo()
        self.own_date_check = QCheckBox(translate("AgendaItemEditor", "Own date"))
        self.date_edit = DateEdit()
        self.start_edit = _time_edit(translate("AgendaItemEditor", "Start time"))
        self.end_edit = _time_edit(translate("AgendaItemEditor", "End time"))
        self.slot_label = plain_label()
        self.room_edit = self.bind_line(
            line_edit(
                translate("AgendaItemEditor", "Where it takes place, if not the meeting's room"),
                translate("AgendaItemEditor", "Room"),
            ),
            "room",
            translate("AgendaItemEditor", "room"),
        )
        self.room_edit.setCompleter(self._room_completer())
        self.link_edit = self.bind_line(
            line_edit(
                translate("AgendaItemEditor", "https://… (webcast or online meeting)"),
                translate("AgendaItemEditor", "Link"),
            ),
            "link",
            translate("AgendaItemEditor", "link"),
        )
        self.link_edit.setToolTip(
            translate(
                "AgendaItemEditor", "The webcast or the online meeting: a web address (https://…)"
            )
        )
        self.description_edit = self.bind_text(
            text_box(translate("AgendaItemEditor", "Description or guiding questions"), 5),
            "description",
            translate("AgendaItemEditor", "description"),
        )
        # the tables, not the text box, take the height a tall window gives
        self.description_edit.setMaximumHeight(self.description_edit.minimumHeight())
        self._set_up_date()
        self.form.addRow(translate("AgendaItemEditor", "&Title:"), self.title_edit)
        self.form.addRow(
            translate("AgendaItemEditor", "&Kind:"), _row(self.kind_combo, stretch=True)
        )
        self.form.addRow(translate("AgendaItemEditor", "&Date:"), self._date_row())
        self.form.addRow(translate("AgendaItemEditor", "T&ime:"), self._time_row())
        self.form.addRow(translate("AgendaItemEditor", "&Room:"), self.room_edit)
        self.form.addRow(translate("AgendaItemEditor", "&Link:"), self.link_edit)
        self.form.addRow(translate("AgendaItemEditor", "Descri&ption:"), self.description_edit)
        for edit in (self.start_edit, self.end_edit):
            edit.timeChanged.connect(self._times_changed)

    def _kind_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate("AgendaItemEditor", "Kind of entry"))
        combo.setToolTip(
            translate(
                "AgendaItemEditor",
                "A session has a number, a page of its own and a brief;\n"
                "a break, meal, reception, registration or side event has none of them.",
            )
        )
        for kind, label in ITEM_KIND_LABELS.items():
            combo.addItem(core_text(label), kind)
        self.bind_value(
            combo.currentIndexChanged,  # the keyboard and the wheel change it too
            lambda: ItemKind(combo.currentData()),  # Qt hands the enum back as its text
            lambda kind: combo.setCurrentIndex(combo.findData(kind)),
            "kind",
            translate("AgendaItemEditor", "kind"),
        )
        return combo

    def _room_completer(self) -> QCompleter:
        self.rooms_model = QStringListModel(self)
        completer = QCompleter(self.rooms_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def _commit_title(self, title: str) -> bool:
        """Apply a typed title; an entry whose kind still follows its title gets the kind the
        new title names ("Coffee break" is a break), in the same undo step."""
        item = self.entry()
        changes: dict[str, Any] = {"title": title}
        if item is not None and item.kind is item_kind_of(item.title):
            changes["kind"] = item_kind_of(title)
        return self.commit(changes, translate("AgendaItemEditor", "title"), "title")

    def _set_up_date(self) -> None:
        self.own_date_check.setAccessibleName(
            translate("AgendaItemEditor", "Item has a date of its own")
        )
        self.own_date_check.setToolTip(
            translate(
                "AgendaItemEditor",
                "Tick when the item is not on the meeting's first day;\n"
                "otherwise it takes place on the meeting's first day.",
            )
        )
        self.date_edit.setAccessibleName(translate("AgendaItemEditor", "Date of the item"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_display_format())
        self.date_edit.setKeyboardTracking(False)  # typed dates count at Enter or focus-out
        self.date_hint = ElidingLabel()  # shortened rather than widening the form
        self.date_hint.setEnabled(False)
        self.own_date_check.toggled.connect(self._commit_date)
        self.date_edit.dateChanged.connect(self._commit_date)

    def _date_row(self) -> QWidget:
        return _row(self.own_date_check, self.date_edit, self.date_hint, stretch=True)

    def _time_row(self) -> QWidget:
        dash = QLabel("–")
        self.slot_label.setAccessibleName(translate("AgendaItemEditor", "Length of the slot"))
        self.slot_label.setMinimumWidth(
            self.slot_label.fontMetrics().horizontalAdvance("00 h 00 min")
        )
        return _row(self.start_edit, dash, self.end_edit, self.slot_label, stretch=True)

    def _commit_date(self, *_args: Any) -> None:
        if self._filling:
            return
        own = self.own_date_check.isChecked()
        self.date_edit.setEnabled(own)
        self.date_hint.setVisible(not own)
        value = self.date_edit.date().toPython() if own else None
        self.commit({"date": value}, translate("AgendaItemEditor", "date"), "date", merge=True)

    def _times_changed(self, *_args: Any) -> None:
        self._show_slot_length()
        if self._filling:
            return
        start, end = self.start_edit.time().toPython(), self.end_edit.time().toPython()
        self.commit(
            {"start": start, "end": end},
            translate("AgendaItemEditor", "time slot"),
            "times",
            merge=True,
        )

    def _show_slot_length(self) -> None:
        minutes = self.start_edit.time().secsTo(self.end_edit.time()) // 60
        shown = format_duration(minutes, window_language()) if minutes > 0 else "—"
        self.slot_label.setText(shown)

    def flush_typing(self) -> None:
        """Apply what is being typed now, times and date included."""
        super().flush_typing()
        for edit in (self.start_edit, self.end_edit, self.date_edit):
            edit.interpretText()

    # -- filling

    def refresh(self) -> None:
        """Fill the form again from the meeting; empty the tables when no item is shown."""
        super().refresh()
        if self.entry() is None:
            self.participants_model.show_item(self.document.meeting, None)
            self.running_order_model.show_item(self.document.meeting, None)

    def fill(self, entry: AgendaItem) -> None:
        """Show the date, times, the two tables and the running-order total."""
        meeting = self.document.meeting
        self._filling = True
        try:
            self._fill_date(meeting, entry)
            self._fill_times(entry)
            self._fill_people_choices(meeting)
            self._fill_rooms(meeting)
            if not self.title_edit.hasFocus():  # a long title reads from its start
                self.title_edit.setCursorPosition(0)
            self.title_edit.setToolTip(plain_tooltip(entry.title))
        finally:
            self._filling = False
        for section in (self.participants_section, self.running_order_section):
            row = section.model.show_item(meeting, entry, section.current_row())
            if row is not None:
                section.select_row(row)
            section.update_actions()
        self._fill_total(entry)
        self._show_parts_for_kind(entry)

    def _fill_rooms(self, meeting: Meeting) -> None:
        used = {item.room for item in meeting.agenda} | {meeting.room}
        rooms = sorted((room for room in used if room), key=fold)
        if self.rooms_model.stringList() != rooms:
            self.rooms_model.setStringList(rooms)

    def _show_parts_for_kind(self, item: AgendaItem) -> None:
        """A break, meal, reception or registration has nobody in a role (unless some were
        given before it became one); a session and a side event have."""
        with_people = item.kind in (ItemKind.SESSION, ItemKind.SIDE_EVENT)
        self.participants_section.setVisible(with_people or bool(item.participants))
        self.title_edit.setPlaceholderText(
            translate("AgendaItemEditor", "Title of the session")
            if item.is_session
            else translate("AgendaItemEditor", "Title of the entry")
        )

    def _fill_date(self, meeting: Meeting, item: AgendaItem) -> None:
        shown = item.date or meeting.first_date
        self.own_date_check.setChecked(item.date is not None)
        self.date_edit.setDate(QDate(shown) if shown is not None else QDate.currentDate())
        self.date_edit.setEnabled(item.date is not None)
        self.date_hint.set_full_text(
            translate("AgendaItemEditor", "the meeting's first day")
            if meeting.first_date
            else translate("AgendaItemEditor", "the meeting has no date yet")
        )
        self.date_hint.setVisible(item.date is None)

    def _fill_times(self, item: AgendaItem) -> None:
        self.start_edit.setTime(QTime(item.start.hour, item.start.minute))
        self.end_edit.setTime(QTime(item.end.hour, item.end.minute))
        self._show_slot_length()

    def _fill_people_choices(self, meeting: Meeting) -> None:
        choices = tuple((p.id, p.display_name, p.affiliation) for p in meeting.people)
        if choices == self._people_choices:
            return
        self._people_choices = choices
        for combo in (self.person_combo, self.speaker_combo):
            typed = combo.currentText()
            with QSignalBlocker(combo):
                combo.clear()
                for ident, name, affiliation in choices:
                    combo.addItem(name, ident)
                    combo.setItemData(
                        combo.count() - 1, affiliation or name, Qt.ItemDataRole.ToolTipRole
                    )
                combo.setCurrentIndex(-1)
                combo.setEditText(typed)
        self._update_person_hint()

    def _fill_total(self, item: AgendaItem) -> None:
        self.total_label.setText(running_order_total(item))
        over = sum(step.minutes or 0 for step in item.running_order) > item.minutes
        self.total_label.setStyleSheet("color: #b3261e;" if over else "")

    # -- participants

    def _build_participants(self) -> RowsSection:
        names = (
            translate("AgendaItemEditor", "Move person up"),
            translate("AgendaItemEditor", "Move person down"),
            translate("AgendaItemEditor", "Remove person"),
        )
        section = RowsSection(
            translate("AgendaItemEditor", "People in this item"),
            self.participants_model,
            names,
            self.move_participant,
            self.remove_participant,
        )
        view = section.view
        view.setItemDelegateForColumn(ParticipantsModel.ROLE, ChoiceDelegate(role_choices, view))
        size_columns(
            view.horizontalHeader(),
            {0: QHeaderView.ResizeMode.Stretch, 1: QHeaderView.ResizeMode.Interactive},
            {1: 170},
        )
        self._build_person_form(section)
        return section

    def _build_person_form(self, section: RowsSection) -> None:
        self.person_combo = _people_combo(
            translate("AgendaItemEditor", "Person to add"),
            translate("AgendaItemEditor", "Choose or type a name"),
            translate("AgendaItemEditor", "Someone of the meeting, or the name of a new person"),
        )
        self.role_combo = choice_combo(role_choices())
        self.role_combo.setAccessibleName(
            translate("AgendaItemEditor", "Role of the person to add")
        )
        self.role_combo.setCurrentText(core_text(DEFAULT_ROLE))
        self.role_combo.setToolTip(
            translate("AgendaItemEditor", "A role from the list, or your own wording")
        )
        self.add_person_button = QPushButton(
            QIcon.fromTheme("list-add"), translate("AgendaItemEditor", "Add")
        )
        self.add_person_button.setToolTip(
            translate("AgendaItemEditor", "Add this person to the item in this role (Enter)")
        )
        # One line, always there (empty when there is nothing to say): the rows around it never
        # move while the user types a name.
        self.person_hint = ElidingLabel()
        self.person_hint.setMinimumHeight(self.person_hint.fontMetrics().height())
        section.add_row.addWidget(self.person_combo, 3)
        section.add_row.addWidget(self.role_combo, 2)
        section.add_row.addWidget(self.add_person_button)
        section.footer.addWidget(self.person_hint)
        self.person_combo.editTextChanged.connect(self._update_person_hint)
        self.person_combo.lineEdit().returnPressed.connect(self._add_person_from_form)
        self.add_person_button.clicked.connect(self._add_person_from_form)
        self._update_person_hint()

    def _chosen_person(self) -> Person | None:
        """The person the add row names: the one picked in the list, else one named so."""
        combo = self.person_combo
        index = combo.currentIndex()
        if index >= 0 and combo.itemText(index) == combo.currentText():
            return self.document.meeting.person(combo.itemData(index))
        return person_named(self.document.meeting, combo.currentText())

    def _update_person_hint(self, *_args: Any) -> None:
        name = " ".join(self.person_combo.currentText().split())
        is_new = bool(name) and self._chosen_person() is None
        self.add_person_button.setEnabled(bool(name))
        self.add_person_button.setText(
            translate("AgendaItemEditor", "Add new person")
            if is_new
            else translate("AgendaItemEditor", "Add")
        )
        hint = translate(
            "AgendaItemEditor", "“{name}” is not in the meeting yet: “Add new person” adds them."
        )
        self.person_hint.set_full_text(hint.format(name=name) if is_new else "")
        self.person_hint.setToolTip(plain_tooltip(self.person_hint.full_text()))

    def _add_person_from_form(self) -> None:
        name = " ".join(self.person_combo.currentText().split())
        if not name:
            return
        role = self.role_combo.currentText()
        person = self._chosen_person()
        if person is not None:
            done = self.add_participant(person.id, role)
        else:
            done = self.add_new_participant(name, role)
        if done:
            self.person_combo.setCurrentIndex(-1)
            self.person_combo.setEditText("")

    def add_participant(self, person_id: str, role: Role | str) -> bool:
        """Add a person of the meeting to the item in ``role`` (a Role, or any wording of one)."""
        item = self.entry()
        if item is None:
            return False
        try:
            participant = Participant(person_id, as_role(role))
        except ValidationError as exc:
            return self._refuse(
                translate("AgendaItemEditor", "The person was not added: {problem}."), exc
            )
        name = self.document.meeting.person(person_id).display_name
        if participant in item.participants:
            problem = translate("AgendaItemEditor", "{name} is already in {item} as {role}.")
            self.error_line.show_problem(
                problem.format(
                    name=quoted(name),
                    item=quoted(item.title),
                    role=role_label(participant.role),
                )
            )
            return False
        participants = (*item.participants, participant)
        text = translate("AgendaItemEditor", "Add {name} to {item}").format(
            name=quoted(name), item=quoted(item.title)
        )
        return self._apply_item({"participants": participants}, text, "participants")

    def add_new_participant(self, name: str, role: Role | str) -> bool:
        """Make a new person called ``name`` and add them to the item, as one undo step."""
        item = self.entry()
        if item is None:
            return False
        try:
            person = Person(new_id("person"), " ".join(name.split()))
            participant = Participant(person.id, as_role(role))
        except ValidationError as exc:
            return self._refuse(
                translate("AgendaItemEditor", "The person was not added: {problem}."), exc
            )
        meeting = insert_entry(self.document.meeting, "people", person)
        participants = (*item.participants, participant)
        text = translate("AgendaItemEditor", "Add new person {name} to {item}").format(
            name=quoted(person.name), item=quoted(item.title)
        )
        return self._apply_item({"participants": participants}, text, "participants", meeting)

    def remove_participant(self, row: int) -> bool:
        """Take the person in ``row`` out of the item (they stay in the meeting)."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.participants):
            return False
        name = self._person_name(item.participants[row].person_id)
        participants = item.participants[:row] + item.participants[row + 1 :]
        text = translate("AgendaItemEditor", "Remove {name} from {item}").format(
            name=quoted(name), item=quoted(item.title)
        )
        return self._apply_item({"participants": participants}, text, "participants")

    def move_participant(self, row: int, delta: int) -> bool:
        """Move the person in ``row`` up (``delta`` < 0) or down by ``delta`` rows."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.participants):
            return False
        name = self._person_name(item.participants[row].person_id)
        return self._move_in(item, "participants", row, delta, name)

    def set_role(self, row: int, role: Role | str) -> bool:
        """Give the person in ``row`` another role (a Role, or any wording of one)."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.participants):
            return False
        try:
            changed = dataclasses.replace(item.participants[row], role=as_role(role))
        except ValidationError as exc:
            return self._refuse(
                translate("AgendaItemEditor", "The role was not changed: {problem}."), exc
            )
        participants = _replaced(item.participants, row, changed)
        name = self._person_name(changed.person_id)
        text = translate("AgendaItemEditor", "Change role of {name} in {item}").format(
            name=quoted(name), item=quoted(item.title)
        )
        return self._apply_item({"participants": participants}, text, "participants")

    def _edit_participant(self, row: int, column: int, value: Any) -> bool:
        return column == ParticipantsModel.ROLE and self.set_role(row, str(value))

    def _drop_participant(self, source: int, target: int) -> bool:
        self.participants_section.select_row(source)  # the dropped row is the one to follow
        return self.move_participant(source, target - source)

    def _person_name(self, person_id: str) -> str:
        return self.document.meeting.person(person_id).display_name

    # -- running order

    def _build_running_order(self) -> RowsSection:
        names = (
            translate("AgendaItemEditor", "Move step up"),
            translate("AgendaItemEditor", "Move step down"),
            translate("AgendaItemEditor", "Remove step"),
        )
        section = RowsSection(
            translate("AgendaItemEditor", "Running order"),
            self.running_order_model,
            names,
            self.move_step,
            self.remove_step,
        )
        view = section.view
        view.setItemDelegateForColumn(
            RunningOrderModel.SPEAKER, ChoiceDelegate(self._people_names, view)
        )
        view.setItemDelegateForColumn(RunningOrderModel.MINUTES, MinutesDelegate(view))
        size_columns(
            view.horizontalHeader(),
            {
                0: QHeaderView.ResizeMode.Stretch,
                1: QHeaderView.ResizeMode.Stretch,
                2: QHeaderView.ResizeMode.Fixed,
            },
            {2: view.fontMetrics().horizontalAdvance(self._minutes_header()) + 28},
        )
        self._build_step_form(section)
        return section

    def _minutes_header(self) -> str:
        header = self.running_order_model.headerData(
            RunningOrderModel.MINUTES, Qt.Orientation.Horizontal
        )
        return str(header)

    def _build_step_form(self, section: RowsSection) -> None:
        self.step_edit = line_edit(
            translate("AgendaItemEditor", "New step"), translate("AgendaItemEditor", "Step to add")
        )
        self.speaker_combo = _people_combo(
            translate("AgendaItemEditor", "Speaker of the step to add"),
            translate("AgendaItemEditor", "Speaker"),
            translate(
                "AgendaItemEditor",
                "Someone of the meeting, or a description such as\n"
                "“A human rights defender (to be named)”",
            ),
        )
        self.minutes_spin = minutes_spin()
        self.minutes_spin.setAccessibleName(
            translate("AgendaItemEditor", "Minutes of the step to add")
        )
        self.minutes_spin.setToolTip(
            translate("AgendaItemEditor", "Length of the step; “none” when it has no set length")
        )
        self.add_step_button = QPushButton(
            QIcon.fromTheme("list-add"), translate("AgendaItemEditor", "Add")
        )
        self.add_step_button.setToolTip(
            translate("AgendaItemEditor", "Add this step at the end of the running order (Enter)")
        )
        self.total_label = plain_label()
        self.total_label.setAccessibleName(
            translate("AgendaItemEditor", "Minutes of the steps against the slot")
        )
        section.add_row.addWidget(self.step_edit, 3)
        section.add_row.addWidget(self.speaker_combo, 3)
        section.add_row.addWidget(self.minutes_spin, 1)
        section.add_row.addWidget(self.add_step_button)
        section.footer.addWidget(plain_label(translate("AgendaItemEditor", "Total:")))
        section.footer.addWidget(self.total_label)
        section.footer.addStretch(1)
        self.step_edit.textChanged.connect(self._update_step_button)
        for enter in (self.step_edit.returnPressed, self.speaker_combo.lineEdit().returnPressed):
            enter.connect(self._add_step_from_form)
        self.add_step_button.clicked.connect(self._add_step_from_form)
        self._update_step_button()

    def _update_step_button(self, *_args: Any) -> None:
        self.add_step_button.setEnabled(bool(self.step_edit.text().strip()))

    def _add_step_from_form(self) -> None:
        if not self.step_edit.text().strip():
            return
        person_id, speaker = self._speaker_fields(self.speaker_combo.currentText())
        minutes = spin_minutes(self.minutes_spin)
        if self.add_step(self.step_edit.text(), person_id, speaker, minutes):
            self.step_edit.clear()
            self.speaker_combo.setCurrentIndex(-1)
            self.speaker_combo.setEditText("")
            self.minutes_spin.setValue(NO_MINUTES)

    def add_step(
        self,
        label: str,
        person_id: str | None = None,
        speaker: str = "",
        minutes: int | None = None,
    ) -> bool:
        """Add a step at the end of the running order."""
        item = self.entry()
        if item is None:
            return False
        try:
            step = Segment(label.strip(), person_id, speaker.strip(), minutes)
        except ValidationError as exc:
            return self._refuse(
                translate("AgendaItemEditor", "The step was not added: {problem}."), exc
            )
        steps = (*item.running_order, step)
        text = translate("AgendaItemEditor", "Add step {step} to {item}").format(
            step=quoted(step.label), item=quoted(item.title)
        )
        return self._apply_item({"running_order": steps}, text, "running_order")

    def remove_step(self, row: int) -> bool:
        """Take the step in ``row`` out of the running order."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.running_order):
            return False
        steps = item.running_order[:row] + item.running_order[row + 1 :]
        label = item.running_order[row].label
        text = translate("AgendaItemEditor", "Remove step {step} from {item}").format(
            step=quoted(label), item=quoted(item.title)
        )
        return self._apply_item({"running_order": steps}, text, "running_order")

    def move_step(self, row: int, delta: int) -> bool:
        """Move the step in ``row`` up (``delta`` < 0) or down by ``delta`` rows."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.running_order):
            return False
        return self._move_in(item, "running_order", row, delta, item.running_order[row].label)

    def set_step_label(self, row: int, label: str) -> bool:
        """Rename the step in ``row``."""
        return self._change_step(
            row,
            {"label": label.strip()},
            translate("AgendaItemEditor", "Change label of {step} in {item}"),
            translate("AgendaItemEditor", "The step's label was not changed: {problem}."),
        )

    def set_step_speaker(self, row: int, speaker: str) -> bool:
        """Make a person of the meeting (by name) or a description the speaker of a step."""
        person_id, description = self._speaker_fields(speaker)
        return self._change_step(
            row,
            {"person_id": person_id, "speaker": description},
            translate("AgendaItemEditor", "Change speaker of {step} in {item}"),
            translate("AgendaItemEditor", "The step's speaker was not changed: {problem}."),
        )

    def set_step_minutes(self, row: int, minutes: int | None) -> bool:
        """Give the step in ``row`` a length in minutes, or none."""
        return self._change_step(
            row,
            {"minutes": minutes},
            translate("AgendaItemEditor", "Change minutes of {step} in {item}"),
            translate("AgendaItemEditor", "The step's minutes were not changed: {problem}."),
        )

    def _change_step(self, row: int, changes: dict[str, Any], undo_text: str, problem: str) -> bool:
        """Change a step; ``undo_text`` names it ``{step}`` and the item ``{item}``, and
        ``problem`` says why not (``{problem}``) when the model refuses."""
        item = self.entry()
        if item is None or not 0 <= row < len(item.running_order):
            return False
        step = item.running_order[row]
        try:
            changed = dataclasses.replace(step, **changes)
        except ValidationError as exc:
            return self._refuse(problem, exc)
        steps = _replaced(item.running_order, row, changed)
        text = undo_text.format(step=quoted(step.label), item=quoted(item.title))
        return self._apply_item({"running_order": steps}, text, "running_order")

    def _edit_step(self, row: int, column: int, value: Any) -> bool:
        if column == RunningOrderModel.STEP:
            return self.set_step_label(row, str(value or ""))
        if column == RunningOrderModel.SPEAKER:
            return self.set_step_speaker(row, str(value or ""))
        return self.set_step_minutes(row, None if value is None else int(value))

    def _drop_step(self, source: int, target: int) -> bool:
        self.running_order_section.select_row(source)  # the dropped row is the one to follow
        return self.move_step(source, target - source)

    def _speaker_fields(self, typed: str) -> tuple[str | None, str]:
        """``(person_id, "")`` for a person of the meeting, else ``(None, description)``."""
        person = person_named(self.document.meeting, typed)
        return (person.id, "") if person is not None else (None, " ".join(typed.split()))

    def _people_names(self) -> list[str]:
        return [p.display_name for p in self.document.meeting.people]

    # -- applying

    def _move_in(self, item: AgendaItem, field: str, row: int, delta: int, name: str) -> bool:
        rows = getattr(item, field)
        target = max(0, min(row + delta, len(rows) - 1))
        if target == row:
            return False
        text = (
            translate("AgendaItemEditor", "Move {name} up")
            if target < row
            else translate("AgendaItemEditor", "Move {name} down")
        )
        text = text.format(name=quoted(name))
        return self._apply_item({field: moved(rows, row, target)}, text, field)

    def _apply_item(
        self, changes: dict[str, Any], text: str, field: str, meeting: Meeting | None = None
    ) -> bool:
        """Apply new values of the item's fields (to ``meeting``, or the current one) as one edit."""
        item = self.entry()
        if item is None:
            return False
        try:
            new_item = dataclasses.replace(item, **changes)
            after = replace_entry(meeting or self.document.meeting, "agenda", new_item)
        except ValidationError as exc:
            return self._refuse(
                translate("AgendaItemEditor", "The change was not made: {problem}."), exc
            )
        self.error_line.show_problem("")
        return self.apply(after, text, field)

    def _refuse(self, problem: str, exc: ValidationError) -> bool:
        """Say why an edit was refused: ``problem`` holds the model's reason as ``{problem}``."""
        self.error_line.show_problem(problem.format(problem=core_text(exc.problem)))
        return False

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title_edit,
            self.kind_combo,
            self.own_date_check,
            self.date_edit,
            self.start_edit,
            self.end_edit,
            self.room_edit,
            self.link_edit,
            self.description_edit,
            self.participants_view,
            self.person_combo,
            self.role_combo,
            self.add_person_button,
            self.participants_section.move_up_button,
            self.participants_section.move_down_button,
            self.participants_section.remove_button,
            self.running_order_view,
            self.step_edit,
            self.speaker_combo,
            self.minutes_spin,
            self.add_step_button,
            self.running_order_section.move_up_button,
            self.running_order_section.move_down_button,
            self.running_order_section.remove_button,
        ]
        set_tab_order(chain)


# --------------------------------------------------------------------------- helpers


def as_role(role: Role | str) -> Role:
    """``role`` itself, or the role some text names (``Modérateur`` is the moderator); a role's
    name as the window shows it is that role, with no typed wording."""
    if isinstance(role, Role):
        return role
    words = " ".join(role.split()).strip(" :")
    for kind, label in ROLE_LABELS.items():
        if words and words == core_text(label):
            return Role(kind)
    return Role.parse(role)


def role_choices() -> list[str]:
    """The known roles in the window's language, as the role combo boxes offer them."""
    return [core_text(label) for label in ROLE_CHOICES]


def person_named(meeting: Meeting, name: str) -> Person | None:
    """The first person whose name (with or without honorific) is ``name``, any case or accent."""
    key = fold(" ".join(name.split()))
    if not key:
        return None
    for person in meeting.people:
        if key in (fold(person.display_name), fold(person.name)):
            return person
    return None


def running_order_total(item: AgendaItem) -> str:
    """``40 of 45 min``, and how far over the slot the steps run when they do."""
    total = sum(step.minutes or 0 for step in item.running_order)
    if total > item.minutes:
        text_ = translate("AgendaItemEditor", "{total} of {slot} min ({over} min over the slot)")
        return text_.format(total=total, slot=item.minutes, over=total - item.minutes)
    return translate("AgendaItemEditor", "{total} of {slot} min").format(
        total=total, slot=item.minutes
    )


def _replaced(rows: tuple[Any, ...], row: int, value: Any) -> tuple[Any, ...]:
    return (*rows[:row], value, *rows[row + 1 :])


def _people_combo(name: str, placeholder: str, tooltip: str) -> QComboBox:
    """An editable combo box for the meeting's people (filled later) that takes any text."""
    combo = choice_combo(())
    combo.setAccessibleName(name)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.setToolTip(tooltip)
    combo.setMinimumContentsLength(10)  # long names must not widen the form
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _time_edit(name: str) -> QTimeEdit:
    edit = TimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    edit.setKeyboardTracking(False)  # typed times count at Enter or focus-out, not per digit
    # An emptied hour goes back to what it was, rather than becoming 00.
    edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
    return edit


def _row(*widgets: QWidget, stretch: bool = False) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return row


__all__ = [
    "AgendaItemEditor",
    "ItemRowsModel",
    "ParticipantsModel",
    "RowsSection",
    "RunningOrderModel",
]
