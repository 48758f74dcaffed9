"""Small pieces the editor forms share: their buttons and actions, tab order, files, row models.

Nothing here knows an entry or the meeting; :mod:`ui.editors.base` binds fields to entries.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from briefing.errors import RefusedFileError, ValidationError
from briefing.safe_read import read_regular_file
from ui.i18n import core_text, translate
from ui.widgets import plain_label

_Index = QModelIndex | QPersistentModelIndex
_MOVE = Qt.DropAction.MoveAction


# --------------------------------------------------------------------------- buttons and actions


def tool_button(
    action: QAction,
    style: Qt.ToolButtonStyle = Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    *,
    auto_raise: bool = False,
    focus: Qt.FocusPolicy = Qt.FocusPolicy.StrongFocus,
) -> QToolButton:
    """A tool button showing ``action`` (by default its icon and text, taking focus on a click)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(style)
    button.setAutoRaise(auto_raise)
    button.setFocusPolicy(focus)
    button.setAccessibleName(action.text().rstrip("…"))
    return button


def table_button(action: QAction, with_text: bool = False) -> QToolButton:
    """A flat button for an action of a table; a click leaves the focus in the table, where the
    action's shortcut works."""
    style = Qt.ToolButtonStyle
    shown = style.ToolButtonTextBesideIcon if with_text else style.ToolButtonIconOnly
    return tool_button(action, shown, auto_raise=True, focus=Qt.FocusPolicy.TabFocus)


def form_action(
    owner: QWidget,
    text: str,
    tip: str,
    icon: QIcon,
    keys: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action of ``owner``; its shortcut ``keys`` works only while the focus is in ``owner``.

    ``text`` and ``tip`` are shown as given (the caller translates them). The tooltip says the
    shortcut. A table passes ``Qt.ShortcutContext.WidgetShortcut`` (the
    table itself must have the focus), so that Delete in a cell being edited still deletes text.
    """
    action = QAction(icon, text, owner)
    action.setIconText(text)  # a tool button would otherwise drop the "…" that says "asks more"
    if keys:
        shortcut = QKeySequence(keys)
        action.setShortcut(shortcut)
        action.setShortcutContext(context)
        keys_text = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        tip = with_shortcut(tip, keys_text)
    action.setToolTip(tip)
    owner.addAction(action)
    return action


def with_shortcut(tip: str, keys: str) -> str:
    """A tooltip that names its shortcut: ``Remove this person (Del)``."""
    #: a tooltip followed by its keyboard shortcut.
    return translate("EditorCommon", "{tip} ({keys})").format(tip=tip, keys=keys)


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Let Tab go through ``widgets`` in the order given."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def form_layout(parent: QWidget | None = None, wrap: bool = False) -> QFormLayout:
    """A form whose fields take the width, with labels right-aligned beside them (or above
    them, with ``wrap``)."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    wraps = (
        QFormLayout.RowWrapPolicy.WrapAllRows if wrap else QFormLayout.RowWrapPolicy.DontWrapRows
    )
    form.setRowWrapPolicy(wraps)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def hint_label(text: str = "", smaller: bool = True) -> QLabel:
    """A short explanation under a field, in a quieter (and by default smaller) type."""
    label = plain_label(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quiet, in dark themes too
    if smaller:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
    return label


class TextGrowth(QObject):
    """Keeps a text box as tall as its text, between two line counts, and lets it fill space."""

    def __init__(self, edit: QPlainTextEdit, min_lines: int, max_lines: int) -> None:
        super().__init__(edit)
        self._edit = edit
        self.min_lines, self.max_lines = min_lines, max_lines
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        edit.document().documentLayout().documentSizeChanged.connect(self.fit)
        self.fit()

    def set_min_lines(self, lines: int) -> None:
        """Let the box shrink to ``lines`` lines of text (it may still grow)."""
        self.min_lines = lines
        self.fit()

    def fit(self, *_args: Any) -> None:
        """Set the box's minimum height from the text's height now."""
        edit = self._edit
        # A plain-text document measures its height in laid-out lines, wrapped ones included.
        lines = int(edit.document().size().height()) + 1
        lines = max(self.min_lines, min(self.max_lines, lines))
        margins = edit.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * int(edit.document().documentMargin())
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + frame + 4)


# --------------------------------------------------------------------------- files


def file_size(size: int) -> str:
    """``512 bytes``, ``9.5 KB``, ``120 KB``, ``1.4 MB``."""
    if size < 1024:
        return translate("EditorCommon", "%n byte(s)", None, size)
    value = size / 1024
    number = f"{value:.1f}" if value < 10 else f"{value:.0f}"
    if value < 1024:
        return translate("EditorCommon", "{size} KB").format(size=number)
    value /= 1024
    number = f"{value:.1f}" if value < 10 else f"{value:.0f}"
    return translate("EditorCommon", "{size} MB").format(size=number)


MAX_IMAGE_BYTES = 20 * 1024 * 1024  # a photo or logo is kept inside the meeting file


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; OSError if it cannot be read, ValueError if empty or too big."""
    try:
        data = read_regular_file(path, limit)  # a FIFO or a device would freeze the window
    except RefusedFileError as exc:
        if exc.limit is not None:
            text = translate("EditorCommon", "{file} is larger than {size}")
            raise ValueError(text.format(file=path.name, size=file_size(limit))) from None
        #: {problem} is the reason, in words that read after the file's name.
        text = translate("EditorCommon", "{file} {problem}")
        raise ValueError(text.format(file=path.name, problem=core_text(exc.problem))) from None
    if not data:
        raise ValueError(translate("EditorCommon", "{file} is empty").format(file=path.name))
    return data


def read_problem(path: Path, exc: Exception) -> str:
    """Why a file could not be read, naming it: ``jane.png cannot be read (Permission denied)``."""
    if isinstance(exc, OSError):
        text = translate("EditorCommon", "{file} cannot be read ({reason})")
        return text.format(file=path.name, reason=exc.strerror or exc)
    if isinstance(exc, ValidationError):
        text = translate("EditorCommon", "{file}: {problem}")
        return text.format(file=path.name, problem=core_text(exc.problem))
    return str(exc)


# --------------------------------------------------------------------------- row models


def allow_row_moves(view: QAbstractItemView) -> None:
    """Let the user move rows within ``view`` by drag and drop (its model makes the move)."""
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(_MOVE)


class RowFlags:
    """Mixin for an item model whose rows can be moved: rows are enabled and selectable, with
    what :meth:`cell_flags` adds, and drops go between rows (never onto one)."""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Enabled and selectable cells, with what :meth:`cell_flags` adds; drops between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | self.cell_flags(index)

    def cell_flags(self, index: _Index) -> Qt.ItemFlag:
        """What a cell can do besides being selected: be dragged, edited, checked (subclasses)."""
        return Qt.ItemFlag.NoItemFlags


class RowDrags(RowFlags):
    """Mixin for a table whose rows are only moved within it, one at a time, by drag and drop.

    A dragged row travels as :attr:`mime_type`, naming the table it comes from
    (:meth:`drag_source`) and its row, so only a row of the very same table can be dropped.
    """

    mime_type: ClassVar[str] = ""
    rowCount: Any  # the Qt model's

    def drag_source(self) -> str:
        """What tells this table's rows from another's (subclasses)."""
        raise NotImplementedError

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are only moved within the table."""
        return _MOVE

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows are only moved within the table."""
        return _MOVE

    def mimeTypes(self) -> list[str]:
        """The one type a row travels as."""
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        """The dragged row: the table it belongs to and its number."""
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < self.rowCount()})
        if len(rows) != 1:
            return None
        data = QMimeData()
        data.setData(self.mime_type, QByteArray(f"{self.drag_source()}\n{rows[0]}".encode()))
        return data

    def dragged_row(self, data: QMimeData | None) -> int | None:
        """The row of this table that ``data`` carries, or None (another table's, or none)."""
        if data is None or not data.hasFormat(self.mime_type):
            return None
        source, _, row = bytes(data.data(self.mime_type).data()).decode().partition("\n")
        if source != self.drag_source() or not row.isdigit() or int(row) >= self.rowCount():
            return None
        return int(row)
