"""A preview of a built PDF pack: the pages, page and zoom controls, and the pack's bookmarks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QResizeEvent
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, translate

Icon = QStyle.StandardPixmap
ZoomMode = QPdfView.ZoomMode

ZOOM_STEP = 1.25
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0

# Why a file cannot be shown, each a whole message ({file}: its name; {path}: where it is).
_ERRORS: dict[QPdfDocument.Error, str] = {
    QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP(
        "PdfPreview", "Cannot preview {file}: the file does not exist.\n\n{path}"
    ),
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP(
        "PdfPreview", "Cannot preview {file}: the file is not a PDF, or is damaged.\n\n{path}"
    ),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "PdfPreview", "Cannot preview {file}: the file is protected by a password.\n\n{path}"
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "PdfPreview",
        "Cannot preview {file}: the file is encrypted in a way not supported.\n\n{path}",
    ),
    QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP(
        "PdfPreview", "Cannot preview {file}: the file could not be read yet.\n\n{path}"
    ),
}
_OTHER_ERROR = QT_TRANSLATE_NOOP(
    "PdfPreview", "Cannot preview {file}: the file could not be opened.\n\n{path}"
)

_NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "PdfPreview", "No PDF to preview yet. Build a pack in PDF to see it here."
)


class PdfPreview(QWidget):
    """Shows a PDF file: continuous pages, page navigation, zoom, and a tree of its bookmarks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._document = QPdfDocument(self)
        self._bookmarks = QPdfBookmarkModel(self)
        self._bookmarks.setDocument(self._document)

        self._view = QPdfView(self)
        self._view.setAccessibleName(translate("PdfPreview", "PDF pages"))
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(ZoomMode.FitToWidth)
        self._view.setPageSpacing(12)
        self._view.setDocument(self._document)
        self._navigator = self._view.pageNavigator()

        self._bookmarks_view = QTreeView(self)
        self._bookmarks_view.setAccessibleName(translate("PdfPreview", "Bookmarks"))
        self._bookmarks_view.setToolTip(
            translate("PdfPreview", "The pack's bookmarks: click one to go to its page")
        )
        self._bookmarks_view.setModel(self._bookmarks)
        self._bookmarks_view.setHeaderHidden(True)
        self._bookmarks_view.setUniformRowHeights(True)
        self._bookmarks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._bookmarks_view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self._build_actions()
        self._message = QLabel(translate("PdfPreview", _NO_DOCUMENT), self)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setAccessibleName(translate("PdfPreview", "Preview message"))
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._bookmarks_view)
        self._splitter.addWidget(self._view)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([220, 780])

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self._stack, 1)

        self._navigator.currentPageChanged.connect(self._show_page_number)
        self._view.zoomFactorChanged.connect(self._show_zoom)
        self._view.zoomModeChanged.connect(self._show_zoom_mode)
        self._document.statusChanged.connect(self._on_status)
        self._document.pageCountChanged.connect(self._on_page_count)
        self._bookmarks_view.clicked.connect(self._go_to_bookmark)
        self._bookmarks_view.activated.connect(self._go_to_bookmark)
        self._bookmarks.modelReset.connect(self._show_bookmarks)
        self._bookmarks.rowsInserted.connect(self._show_bookmarks)
        self._update_controls()

    # -- what tests and the main window use ---------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        """The PDF document shown."""
        return self._document

    @property
    def view(self) -> QPdfView:
        """The view of the pages."""
        return self._view

    @property
    def bookmarks_view(self) -> QTreeView:
        """The tree of the PDF's bookmarks."""
        return self._bookmarks_view

    @property
    def page_spin(self) -> QSpinBox:
        """The page number box ("n of N")."""
        return self._page_spin

    @property
    def message_label(self) -> QLabel:
        """The message shown in place of the pages when there is nothing to show."""
        return self._message

    @property
    def bookmarks_model(self) -> QPdfBookmarkModel:
        """The PDF's bookmarks."""
        return self._bookmarks

    @property
    def path(self) -> Path | None:
        """The file shown, if any."""
        return self._path

    def page_count(self) -> int:
        """How many pages the document has (0 when none is loaded)."""
        return self._document.pageCount()

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self._navigator.currentPage()

    def message(self) -> str:
        """The text shown instead of the pages (when there is nothing to show)."""
        return self._message.text()

    def load(self, path: Path, password: str = "") -> bool:
        """Show the PDF at ``path`` (opened with ``password`` if it is restricted); False (and a
        message in place of the pages) if it cannot."""
        self.close_document()
        self._document.setPassword(password)
        error = self._document.load(str(path))
        self._document.setPassword("")  # the document is open: the password is not kept
        if error != QPdfDocument.Error.None_:
            message = translate("PdfPreview", _ERRORS.get(error, _OTHER_ERROR))
            self._document.close()
            self._show_message(message.format(file=path.name, path=path))
            return False
        self._path = Path(path)
        self._stack.setCurrentWidget(self._splitter)
        self._view.setZoomMode(ZoomMode.FitToWidth)
        self._go_to(0)
        self._update_controls()
        return True

    def close_document(self) -> None:
        """Stop showing a document."""
        self._path = None
        self._document.close()
        self._show_message(translate("PdfPreview", _NO_DOCUMENT))

    # -- navigation and zoom --------------------------------------------------------------------

    @Slot()
    def previous_page(self) -> None:
        """Go to the page before."""
        self._go_to(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        """Go to the page after."""
        self._go_to(self.current_page() + 1)

    @Slot()
    def zoom_in(self) -> None:
        """Show the pages larger."""
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        """Show the pages smaller."""
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    @Slot()
    def zoom_reset(self) -> None:
        """Show the pages at their actual size."""
        self._set_zoom(1.0)

    def _go_to(self, page: int, location: QPointF | None = None) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self._navigator.jump(page, location or QPointF(), self._view.zoomFactor())
        self._show_page_number(page)

    def _effective_zoom(self) -> float:
        """The zoom factor in use, also when the view fits the pages to its size."""
        if self._view.zoomMode() == ZoomMode.Custom or self.page_count() == 0:
            return self._view.zoomFactor()
        # In the fit modes the view scales a page to its viewport: work the factor out the same
        # way (page size in points at the screen's resolution, less the page margins).
        size = self._document.pagePointSize(self.current_page())
        if size.isEmpty():
            return self._view.zoomFactor()
        dpi = self.logicalDpiX() / 72.0
        margins = self._view.documentMargins()
        viewport = self._view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (size.width() * dpi)
        if self._view.zoomMode() == ZoomMode.FitToWidth:
            return max(width, MIN_ZOOM)
        height = (viewport.height() - margins.top() - margins.bottom()) / (size.height() * dpi)
        return max(min(width, height), MIN_ZOOM)

    def _set_zoom(self, factor: float) -> None:
        page = self.current_page()
        self._view.setZoomMode(ZoomMode.Custom)
        self._view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))
        self._go_to(page)
        self._update_controls()

    @Slot(bool)
    def _fit_width(self, checked: bool) -> None:
        self._set_fit(ZoomMode.FitToWidth if checked else None)

    @Slot(bool)
    def _fit_page(self, checked: bool) -> None:
        self._set_fit(ZoomMode.FitInView if checked else None)

    def _set_fit(self, mode: QPdfView.ZoomMode | None) -> None:
        page = self.current_page()
        if mode is None:  # a fit toggle switched off: keep the size it gave, as a custom zoom
            self._set_zoom(self._effective_zoom())
            return
        self._view.setZoomMode(mode)
        self._go_to(page)
        self._update_controls()

    # -- building the controls -------------------------------------------------------------------

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon | None:
        """The theme's icon; else the style's ``fallback``; else None (the button shows text)."""
        if QIcon.hasThemeIcon(theme):
            return QIcon.fromTheme(theme)
        return None if fallback is None else self.style().standardIcon(fallback)

    def _action(
        self,
        text: str,
        tip: str,
        icon: QIcon | None,
        shortcuts: list[QKeySequence],
        slot: object,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(icon)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts[:1])
        if keys:
            tip = translate("PdfPreview", "{tip} ({keys})").format(tip=tip, keys=keys)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        std = key.StandardKey
        self.previous_action = self._action(
            translate("PdfPreview", "Previous page"),
            translate("PdfPreview", "Go to the previous page"),
            self._icon("go-previous", Icon.SP_ArrowBack),
            [key(std.MoveToPreviousPage), key(Qt.Key.Key_PageUp)],
            self.previous_page,
        )
        self.next_action = self._action(
            translate("PdfPreview", "Next page"),
            translate("PdfPreview", "Go to the next page"),
            self._icon("go-next", Icon.SP_ArrowForward),
            [key(std.MoveToNextPage), key(Qt.Key.Key_PageDown)],
            self.next_page,
        )
        self.zoom_out_action = self._action(
            translate("PdfPreview", "Zoom out"),
            translate("PdfPreview", "Show the pages smaller"),
            self._icon("zoom-out"),
            _unique([key(std.ZoomOut), key("Ctrl+-")]),
            self.zoom_out,
        )
        self.zoom_in_action = self._action(
            translate("PdfPreview", "Zoom in"),
            translate("PdfPreview", "Show the pages larger"),
            self._icon("zoom-in"),
            _unique([key("Ctrl+="), key(std.ZoomIn), key("Ctrl++")]),
            self.zoom_in,
        )
        self.zoom_reset_action = self._action(
            translate("PdfPreview", "Actual size"),
            translate("PdfPreview", "Show the pages at their actual size"),
            None,
            [key("Ctrl+0")],
            self.zoom_reset,
        )
        self.fit_width_action = self._action(
            translate("PdfPreview", "Fit width"),
            translate("PdfPreview", "Fit the page width to the window"),
            None,
            [],
            self._fit_width,
            checkable=True,
        )
        self.fit_page_action = self._action(
            translate("PdfPreview", "Fit page"),
            translate("PdfPreview", "Show whole pages in the window"),
            None,
            [],
            self._fit_page,
            checkable=True,
        )
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        group.addAction(self.fit_width_action)
        group.addAction(self.fit_page_action)

    def _button(self, action: QAction, text_beside: bool = False, symbol: str = "") -> QToolButton:
        icon_only = not text_beside and not action.icon().isNull()
        if not icon_only and not text_beside:  # no icon to be had: a short symbol instead
            action.setIconText(symbol or action.text())
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setAutoRaise(True)
        style = Qt.ToolButtonStyle
        button.setToolButtonStyle(
            style.ToolButtonIconOnly if icon_only else style.ToolButtonTextOnly
        )
        return button

    def _build_toolbar(self) -> QHBoxLayout:
        self._page_spin = QSpinBox(self)
        self._page_spin.setAccessibleName(translate("PdfPreview", "Page number"))
        self._page_spin.setToolTip(
            translate("PdfPreview", "The page shown: type a number to go to that page")
        )
        self._page_spin.setKeyboardTracking(False)
        self._page_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        widest = f"000{_page_total(999)}"
        self._page_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 36)
        self._page_spin.valueChanged.connect(lambda value: self._go_to(value - 1))

        self._zoom_label = QLabel(self)
        self._zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self._zoom_label.setAccessibleName(translate("PdfPreview", "Zoom level"))
        self._zoom_label.setToolTip(translate("PdfPreview", "How large the pages are shown"))
        self._zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(_zoom_text(1000)))
        self._zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.setSpacing(2)
        bar.addWidget(self._button(self.previous_action))
        bar.addWidget(self._page_spin)
        bar.addWidget(self._button(self.next_action))
        bar.addSpacing(16)
        bar.addWidget(self._button(self.zoom_out_action, symbol="\N{MINUS SIGN}"))
        bar.addWidget(self._zoom_label)
        bar.addWidget(self._button(self.zoom_in_action, symbol="+"))
        bar.addSpacing(8)
        self.fit_width_button = self._button(self.fit_width_action, text_beside=True)
        self.fit_page_button = self._button(self.fit_page_action, text_beside=True)
        self.zoom_reset_button = self._button(self.zoom_reset_action, text_beside=True)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addWidget(self.zoom_reset_button)
        bar.addStretch(1)
        return bar

    # -- keeping the controls in step ------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        self._update_controls()

    @Slot()
    def _on_status(self) -> None:
        if self._document.status() == QPdfDocument.Status.Ready and self._path is not None:
            self._go_to(self.current_page())
        self._update_controls()

    @Slot()
    def _on_page_count(self) -> None:
        self._update_controls()

    @Slot()
    def _show_bookmarks(self) -> None:
        has_bookmarks = self._bookmarks.rowCount() > 0
        self._bookmarks_view.setVisible(has_bookmarks)
        if has_bookmarks:
            self._bookmarks_view.expandToDepth(0)

    @Slot(QModelIndex)
    def _go_to_bookmark(self, index: QModelIndex) -> None:
        page = index.data(QPdfBookmarkModel.Role.Page)
        if page is None or int(page) < 0:
            return
        location = index.data(QPdfBookmarkModel.Role.Location)
        self._go_to(int(page), location if isinstance(location, QPointF) else None)

    @Slot(int)
    def _show_page_number(self, page: int) -> None:
        blocked = self._page_spin.blockSignals(True)
        self._page_spin.setValue(page + 1)
        self._page_spin.blockSignals(blocked)
        count = self.page_count()
        self.previous_action.setEnabled(count > 0 and page > 0)
        self.next_action.setEnabled(count > 0 and page < count - 1)

    @Slot()
    def _show_zoom(self) -> None:
        if self.page_count() == 0:
            self._zoom_label.setText("")
            return
        self._zoom_label.setText(_zoom_text(round(self._effective_zoom() * 100)))

    @Slot()
    def _show_zoom_mode(self) -> None:
        mode = self._view.zoomMode()
        for action, fit in (
            (self.fit_width_action, ZoomMode.FitToWidth),
            (self.fit_page_action, ZoomMode.FitInView),
        ):
            blocked = action.blockSignals(True)
            action.setChecked(mode == fit)
            action.blockSignals(blocked)
        self._show_zoom()

    def _update_controls(self) -> None:
        count = self.page_count()
        loaded = count > 0 and self._stack.currentWidget() is self._splitter
        blocked = self._page_spin.blockSignals(True)
        self._page_spin.setRange(1 if loaded else 0, max(count, 0))
        self._page_spin.setSuffix(_page_total(count) if loaded else "")
        self._page_spin.setSpecialValueText("" if loaded else "–")
        self._page_spin.blockSignals(blocked)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            action.setEnabled(loaded)
        self._page_spin.setEnabled(loaded)
        self._zoom_label.setEnabled(loaded)
        if loaded:
            self._show_page_number(self.current_page())
        else:
            self.previous_action.setEnabled(False)
            self.next_action.setEnabled(False)
        self._show_zoom_mode()
        self._show_bookmarks()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In the fit modes the zoom changes with the size: show the new level.

        Worked out once the view inside has its new size too (a page first shown gets its
        resize before its children do).
        """
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._show_zoom)


def _page_total(count: int) -> str:
    """What follows the page number in its box: `` of 12``."""
    return translate("PdfPreview", " of {count}").format(count=count)


def _zoom_text(percent: int) -> str:
    """The zoom level as shown: ``125 %``."""
    return translate("PdfPreview", "{percent} %").format(percent=percent)


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """The key sequences without repeats or empties (standard keys differ between platforms)."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
