"""Small widgets and view set-ups the pages share."""

from __future__ import annotations

import re

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QTimeEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import window_language
from ui.rich import plain_tooltip

Mode = QHeaderView.ResizeMode
_CELL_PADDING = QMargins(2, 4, 10, 4)


def theme_icon(widget: QWidget, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon ``name``, else ``widget``'s style's standard icon."""
    return QIcon.fromTheme(name, widget.style().standardIcon(fallback))


class TimeEdit(QTimeEdit):
    """A time field where an emptied hour or minute goes back to the last time, not to 00.

    Hours come before minutes in every language: in a right-to-left window Qt would lay the
    sections out the other way round (``15:10`` for 10:15), so the field stays left to right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def fixup(self, text: str) -> str:  # type: ignore[override]
        """Replace half-typed text by the last valid time (Qt would fill the gap with zeros)."""
        return self.textFromDateTime(self.dateTime())


DATE_FORMATS = {"zh": "yyyy年M月d日 ddd"}
"""How a date field shows its date where the usual ``Thu 30 Nov 2017`` order is wrong."""


def date_display_format() -> str:
    """The date fields' format in the window's language: ``jeu. 30 nov. 2017``, ``2017年11月30日 周四``."""
    return DATE_FORMATS.get(window_language(), "ddd d MMM yyyy")


class DateEdit(QDateEdit):
    """A date field where an emptied day, month or year goes back to the last date."""

    def fixup(self, text: str) -> str:  # type: ignore[override]
        """Replace half-typed text by the last valid date."""
        return self.textFromDateTime(self.dateTime())


_APPENDED_MARK = re.compile(r"\s*\(&[^&\s]\)")


def without_mnemonic(text: str) -> str:
    """A menu or button text as words, without its shortcut mark (``&&`` is a real ``&``); a
    mark written after the words, as Chinese menus do (``添加(&A)``), goes with its brackets."""
    text = _APPENDED_MARK.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as markup (user text can contain ``<`` and ``&``)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ElidingLabel(QLabel):
    """A plain-text label that shortens its text in the middle to fit, e.g. a long file path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        """The whole text, however much of it fits."""
        return self._full_text

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened with … when it does not fit; the tooltip has all of it."""
        self._full_text = text
        self.setToolTip(plain_tooltip(text))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(
            metrics.elidedText(self._full_text, Qt.TextElideMode.ElideMiddle, self.width())
        )


class PageHeader(QWidget):
    """A page's title in a larger font, with a line of context beneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label()
        self.subtitle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

    def set_subtitle(self, text: str) -> None:
        """Change the line beneath the title."""
        self.subtitle.setText(text)


class WrappingDelegate(QStyledItemDelegate):
    """Gives a tree's rows the height of their word-wrapped text, with a little air around it.

    QTreeView asks for row heights without telling the delegate the column width, so wrapped
    text would be cut to one line; this delegate measures against the column's real width.
    Rows below the top level are also indented in ``indent_column`` (the tree only indents
    the first column), so a running order reads as part of its item.
    """

    def __init__(self, view: QTreeView, indent_column: int | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._indent_column = indent_column
        view.header().sectionResized.connect(self._relayout)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Size of the cell's text wrapped to its column."""
        measured = QStyleOptionViewItem(option)
        self.initStyleOption(measured, index)
        measured.rect = QRect(0, 0, max(self._text_width(index), 1), 1)
        style = self._view.style()
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, measured, QSize(), self._view
        )
        return size.grownBy(_CELL_PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint the cell's background over its whole area, and its text inside the padding."""
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        self._view.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, whole, painter, self._view
        )
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.marginsRemoved(self._margins(index))
        super().paint(painter, inner, index)

    def _margins(self, index: QModelIndex | QPersistentModelIndex) -> QMargins:
        if index.column() == self._indent_column and index.parent().isValid():
            return _CELL_PADDING + QMargins(self._view.indentation(), 0, 0, 0)
        return _CELL_PADDING

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        width = self._view.header().sectionSize(index.column())
        if index.column() == 0:  # the first column also holds the branch indentation
            levels = _depth(index) + (1 if self._view.rootIsDecorated() else 0)
            width -= self._view.indentation() * levels
        margins = self._margins(index)
        return width - margins.left() - margins.right()

    def _relayout(self) -> None:
        self._view.doItemsLayout()


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth = 0
    while index.parent().isValid():
        index = index.parent()
        depth += 1
    return depth


def _read_only(view: QAbstractItemView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)


def table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only table: whole rows selected, no grid, no row numbers, cut-off text with …."""
    view = QTableView(parent)
    _read_only(view)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next field, as in a form
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    row_height = view.fontMetrics().height() + 10
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.verticalHeader().setMinimumSectionSize(row_height)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    view.horizontalHeader().setHighlightSections(False)
    return view


def tree_view(indent_column: int | None = None) -> QTreeView:
    """A read-only tree whose rows grow to show word-wrapped text in full."""
    view = QTreeView()
    _read_only(view)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setItemDelegate(WrappingDelegate(view, indent_column))
    return view


def size_columns(
    header: QHeaderView, modes: dict[int, Mode], widths: dict[int, int] | None = None
) -> None:
    """Give each column a resize mode (and interactive ones a starting width)."""
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(48)
    for column, mode in modes.items():
        header.setSectionResizeMode(column, mode)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)


class ReadingPane(QTextBrowser):
    """A read-only rich-text pane whose lines stop at a readable length on wide windows.

    Links are not followed: the app works offline and never opens the network on a click.
    """

    max_line_ems = 72

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap at the pane's width, or at the readable line length if the pane is wider."""
        limit = self.fontMetrics().horizontalAdvance("m") * self.max_line_ems
        if self.viewport().width() > limit:
            self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
            self.setLineWrapColumnOrWidth(limit)
        else:
            self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        super().resizeEvent(event)


def detail_browser(parent: QWidget | None = None) -> ReadingPane:
    """A read-only rich-text pane for describing the selected entry."""
    return ReadingPane(parent)
