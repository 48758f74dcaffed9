"""Help: the offline user guide and a list of the window's keyboard shortcuts.

The guide is plain HTML in ``resources/help/<language>/`` (one page per topic, ``index.html`` the
contents), shown in the window's language, or in English when there is no guide in it. Its
browser reads files under ``resources/help`` and nothing else: a link to the web opens in the
system's browser only when clicked, any other kind of link is refused, and a page can never make
the app fetch anything.

The shortcuts list is built from the window's menu bar each time it is shown, so it always says
what the keys really do.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.editors.common import with_shortcut
from ui.i18n import resources_dir, translate, window_language
from ui.widgets import plain_label, theme_icon, without_mnemonic

log = logging.getLogger(__name__)

RESOURCES = resources_dir()
"""The app's resources, beside ``ui/`` in the source tree and in the bundle alike."""
HELP_DIR = RESOURCES / "help"
"""The user guide: one folder per language, each with the same pages."""
GUIDE_LANGUAGE = "en"
"""The language every other falls back to: the guide always exists in it."""
HOME_PAGE = "index.html"
MAX_RESOURCE_BYTES = 2 * 1024 * 1024
"""A help page, its style sheet or a picture is far smaller; anything larger is not read."""
WEB_SCHEMES = ("http", "https")
SHORTCUTS_KEYS = "Ctrl+/"


# --------------------------------------------------------------------------- where the guide is


def guide_language(language: str, root: Path = HELP_DIR) -> str:
    """The guide's language for the window's ``language`` (``fr``, ``fr-CA``, ``zh-Hant``…):
    the tag itself, else its main language, else English."""
    tag = (language or "").replace("_", "-")
    for candidate in (tag, tag.split("-")[0].lower()):
        if candidate and (root / candidate / HOME_PAGE).is_file():
            return candidate
    return GUIDE_LANGUAGE


def guide_home(language: str | None = None, root: Path = HELP_DIR) -> Path:
    """The contents page of the guide in ``language`` (the window's by default)."""
    chosen = guide_language(window_language() if language is None else language, root)
    return root / chosen / HOME_PAGE


def help_file(url: QUrl, root: Path = HELP_DIR) -> Path | None:
    """The file under ``root`` that ``url`` names, or ``None``: another scheme, a path outside
    the guide (``..``, a link pointing out of it), a folder or a missing file."""
    if url.scheme() not in ("file", "") or not url.path():
        return None
    try:
        path = Path(url.toLocalFile() if url.isLocalFile() else url.path()).resolve()
        inside = path.is_relative_to(root.resolve())
        return path if inside and path.is_file() else None
    except (OSError, ValueError):
        return None


def read_help_file(path: Path) -> bytes | None:
    """The bytes of a guide file, or ``None`` when it cannot be read or is too large."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_RESOURCE_BYTES + 1)
    except OSError as exc:
        log.warning("Help file %s cannot be read: %s", path, exc)
        return None
    if len(data) > MAX_RESOURCE_BYTES:
        log.warning("Help file %s is larger than %d bytes; not shown", path, MAX_RESOURCE_BYTES)
        return None
    return data


# --------------------------------------------------------------------------- the guide


class HelpBrowser(QTextBrowser):
    """A text browser that reads files of the guide and nothing else."""

    def __init__(self, root: Path = HELP_DIR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.setOpenLinks(False)  # every click goes through follow_link
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self.follow_link)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """A page, style sheet or picture of the guide; anything else is refused (``None``)."""
        url = self.source().resolved(name) if name.isRelative() else name
        path = help_file(url, self.root)
        if path is None:
            log.info("Help refused to load %s", url.toString())
            return None
        data = read_help_file(path)
        if data is None:
            return None
        if kind in (
            QTextDocument.ResourceType.HtmlResource,
            QTextDocument.ResourceType.StyleSheetResource,
        ):
            return data.decode("utf-8", errors="replace")
        return data

    def follow_link(self, url: QUrl) -> None:
        """Go to a page or place of the guide; open a web link in the system's browser; refuse
        any other link."""
        if url.scheme() in WEB_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        target = self.source().resolved(url)
        if help_file(target, self.root) is None:
            log.info("Help refused the link %s", url.toString())
            return
        self.setSource(target)


class UserGuideDialog(QDialog):
    """The user guide, in the window's language: pages to read, with back, forward and home."""

    def __init__(
        self, parent: QWidget | None = None, *, language: str | None = None, root: Path = HELP_DIR
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuideDialog", "User Guide"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.home = guide_home(language, root)
        self.browser = HelpBrowser(root, self)
        self.browser.setAccessibleName(translate("UserGuideDialog", "User guide page"))
        self.browser.setMinimumSize(520, 360)
        self._build()
        self.resize(760, 620)
        self.go_home()

    def _build(self) -> None:
        self.back_button = self._nav_button(
            "go-previous",
            QStyle.StandardPixmap.SP_ArrowBack,
            translate("UserGuideDialog", "Back"),
            QKeySequence.StandardKey.Back,
            self.browser.backward,
        )
        self.forward_button = self._nav_button(
            "go-next",
            QStyle.StandardPixmap.SP_ArrowForward,
            translate("UserGuideDialog", "Forward"),
            QKeySequence.StandardKey.Forward,
            self.browser.forward,
        )
        self.home_button = self._nav_button(
            "go-home",
            QStyle.StandardPixmap.SP_FileDialogContentsView,
            translate("UserGuideDialog", "Contents"),
            None,
            self.go_home,
        )
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.setSpacing(2)
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _nav_button(
        self,
        theme: str,
        fallback: QStyle.StandardPixmap,
        label: str,
        keys: QKeySequence.StandardKey | None,
        slot: Any,
    ) -> QToolButton:
        action = QAction(theme_icon(self, theme, fallback), label, self)
        if keys is not None:
            action.setShortcut(keys)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{label} ({shown})" if shown else label)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(label)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def go_home(self) -> None:
        """Show the guide's contents page."""
        self.browser.setSource(QUrl.fromLocalFile(str(self.home)))

    def show_page(self, page: str) -> None:
        """Show one page of the guide (``packs.html``, ``packs.html#restricted``…)."""
        self.browser.follow_link(QUrl.fromLocalFile(str(self.home)).resolved(QUrl(page)))

    def page(self) -> str:
        """The file name of the page shown (``index.html``, ``packs.html``…)."""
        return Path(self.browser.source().toLocalFile()).name


# --------------------------------------------------------------------------- the shortcuts


def menu_title(action: QAction) -> str:
    """An action's or a menu's text as shown, without its ``&`` mnemonic marks."""
    return without_mnemonic(action.text())


def shortcut_text(action: QAction) -> str:
    """Every shortcut of ``action``, as the platform writes them (``Ctrl+S``, ``⌘S``)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in action.shortcuts() if not keys.isEmpty())


def menu_shortcuts(bar_menus: list[QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The actions with a shortcut in each menu of a menu bar: ``(menu, [(action, keys)])``,
    submenus under their own name, in the order the menus show them."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, title: str) -> None:
        rows: list[tuple[str, str]] = []
        groups.append((title, rows))
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{title} ▸ {menu_title(action)}")
            elif keys := shortcut_text(action):
                rows.append((menu_title(action), keys))

    for top in bar_menus:
        if top.menu() is not None and top.isVisible():
            walk(top.menu(), menu_title(top))
    return [(title, rows) for title, rows in groups if rows]


class ShortcutsDialog(QDialog):
    """Every menu action of the window that has a keyboard shortcut, by menu, with a filter."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.setModal(False)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(
            translate("ShortcutsDialog", "Filter by command or key")
        )
        self.filter_edit.setAccessibleName(translate("ShortcutsDialog", "Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("ShortcutsDialog", "Command"), translate("ShortcutsDialog", "Shortcut")]
        )
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty_label = plain_label()
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        note = plain_label(
            translate(
                "ShortcutsDialog",
                "Lists, text fields and the Preview page have keys of their own, "
                "described in the User Guide.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 600)
        self.refresh()

    def refresh(self) -> None:
        """List the window's shortcuts as they are now (action texts change, e.g. Undo's)."""
        self.tree.clear()
        bold = self.tree.font()
        bold.setBold(True)
        for title, rows in menu_shortcuts(self.window_.menuBar().actions()):
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name, keys in rows:
                row = QTreeWidgetItem(group, [name, keys])
                row.setToolTip(0, name)
        self.tree.expandAll()
        self.apply_filter(self.filter_edit.text())

    def apply_filter(self, text: str) -> None:
        """Show only the commands whose name, key or menu contains ``text`` (any case)."""
        wanted = text.strip().casefold()
        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            whole_group = wanted in group.text(0).casefold()
            visible = 0
            for child_index in range(group.childCount()):
                row = group.child(child_index)
                match = whole_group or any(wanted in row.text(c).casefold() for c in (0, 1))
                row.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            shown += visible
        self.empty_label.setText(
            translate("ShortcutsDialog", "No shortcut matches “{text}”.").format(text=text.strip())
        )
        self.empty_label.setVisible(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """The rows shown: ``(menu, command, keys)``."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child_index in range(group.childCount()):
                row = group.child(child_index)
                if not group.isHidden() and not row.isHidden():
                    rows.append((group.text(0), row.text(0), row.text(1)))
        return rows

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: list the shortcuts as they are now."""
        self.refresh()
        self.filter_edit.setFocus()
        super().showEvent(event)


# --------------------------------------------------------------------------- the Help menu


class HelpActions(QObject):
    """The Help menu's "User Guide" and "Keyboard Shortcuts", each opening one dialog."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")
        self.window_ = window
        self.guide: UserGuideDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.guide_action = QAction(translate("HelpActions", "&User Guide"), window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setMenuRole(QAction.MenuRole.NoRole)
        self._describe(self.guide_action, translate("HelpActions", "How to use the app"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(translate("HelpActions", "&Keyboard Shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence(SHORTCUTS_KEYS))
        self._describe(
            self.shortcuts_action, translate("HelpActions", "Every keyboard shortcut of the menus")
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.guide_action, self.shortcuts_action])
        if first is not None:
            menu.insertSeparator(first)
        window.addActions([self.guide_action, self.shortcuts_action])

    def _describe(self, action: QAction, tip: str) -> None:
        keys = shortcut_text(action)
        action.setStatusTip(tip)
        action.setToolTip(with_shortcut(tip, keys) if keys else tip)

    def show_guide(self) -> UserGuideDialog:
        """Open the user guide, or bring it to the front if it is open."""
        if self.guide is None:
            self.guide = UserGuideDialog(self.window_)
        return _bring_up(self.guide)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the list of shortcuts, or bring it to the front if it is open."""
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.window_)
        return _bring_up(self.shortcuts)


def _bring_up(dialog: QDialog) -> Any:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install_help_actions(window: QMainWindow, menu: QMenu) -> None:
    """Put "User Guide" (F1) and "Keyboard Shortcuts" (Ctrl+/) at the top of ``menu``."""
    HelpActions(window, menu)


def help_actions(window: QMainWindow) -> HelpActions | None:
    """The help actions installed on ``window``, if any."""
    return window.findChild(HelpActions, "helpActions")
