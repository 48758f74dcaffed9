"""The main window: a navigator of the meeting's parts beside one page per part."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from briefing import APP_NAME, app_version
from briefing.checks import Finding, Severity
from briefing.edit import Part
from briefing.model import Meeting, new_meeting
from ui import models, text
from ui.checks_runner import ChecksRunner
from ui.document import Focus, MeetingDocument
from ui.editors.agenda import AgendaItemEditor
from ui.editors.base import EntryEditor
from ui.editors.common import with_shortcut
from ui.editors.meeting import MeetingEditor
from ui.editors.note import NoteEditor
from ui.editors.pack import PackEditor
from ui.editors.person import PersonEditor
from ui.file_actions import FileActions, action_keys, window_action
from ui.help import install_help_actions
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.import_actions import ImportActions
from ui.list_edits import ListEdit, add_entry, can_remove, delete_entry, shift_entry
from ui.models import ENTRY_ROLE
from ui.pages import (
    AgendaPage,
    MasterDetailPage,
    OverviewPage,
    checks_page,
    notes_page,
    packs_page,
    people_page,
)
from ui.preferences import open_preferences
from ui.preview import PdfPreview
from ui.retime import MoveFollowingDialog, apply_move, moved_message
from ui.rich import esc
from ui.settings import AppSettings, data_dir
from ui.widgets import ElidingLabel, plain_label, without_mnemonic

if TYPE_CHECKING:
    from briefing.build import BuildReport
    from ui.build_dialog import BuildDialog

SAMPLE_LABEL = QT_TRANSLATE_NOOP("MainWindow", "Sample meeting")
"""Where the path of the meeting file is shown, when the built-in sample is."""

Icon = QStyle.StandardPixmap


class Page(NamedTuple):
    """A navigator entry and its View menu action: the page's name and menu text (with its
    ``&`` mark), an icon theme name, the style's icon when the theme has none, and what the page
    shows (tooltip and status tip). The texts are source texts of the ``MainWindow`` context."""

    name: str
    action: str
    theme: str
    fallback: Icon
    tip: str


PAGES: tuple[Page, ...] = (
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Meeting"),
        QT_TRANSLATE_NOOP("MainWindow", "&Meeting"),
        "dialog-information",
        Icon.SP_FileDialogInfoView,
        QT_TRANSLATE_NOOP("MainWindow", "The meeting at a glance"),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Agenda"),
        QT_TRANSLATE_NOOP("MainWindow", "&Agenda"),
        "x-office-calendar",
        Icon.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("MainWindow", "Agenda items, their people and running order"),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "People"),
        QT_TRANSLATE_NOOP("MainWindow", "&People"),
        "system-users",
        Icon.SP_FileDialogListView,
        QT_TRANSLATE_NOOP("MainWindow", "Everyone in the meeting, with their bios"),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Notes"),
        QT_TRANSLATE_NOOP("MainWindow", "&Notes"),
        "text-x-generic",
        Icon.SP_FileIcon,
        QT_TRANSLATE_NOOP("MainWindow", "Background notes and their files"),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Packs"),
        QT_TRANSLATE_NOOP("MainWindow", "&Packs"),
        "package-x-generic",
        Icon.SP_DirIcon,
        QT_TRANSLATE_NOOP("MainWindow", "The packs to build and what goes into each"),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Checks"),
        QT_TRANSLATE_NOOP("MainWindow", "&Checks"),
        "emblem-default",
        Icon.SP_DialogApplyButton,
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Problems to fix before building the packs; double-click one to go to it",
        ),
    ),
    Page(
        QT_TRANSLATE_NOOP("MainWindow", "Preview"),
        QT_TRANSLATE_NOOP("MainWindow", "&Preview"),
        "document-print-preview",
        Icon.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP(
            "MainWindow", "The last PDF pack built, with its pages, zoom and bookmarks"
        ),
    ),
)
MEETING, AGENDA, PEOPLE, NOTES, PACKS, CHECKS, PREVIEW = range(len(PAGES))
# The page that shows what a finding concerns, by the finding's kind.
FINDING_PAGES = {"meeting": MEETING, "item": AGENDA, "person": PEOPLE, "note": NOTES, "pack": PACKS}
# The page of each part of the meeting an edit can concern, and back.
PART_PAGES: dict[str, int] = {
    "meeting": MEETING,
    "agenda": AGENDA,
    "people": PEOPLE,
    "notes": NOTES,
    "packs": PACKS,
}
LIST_PARTS: dict[int, Part] = {AGENDA: "agenda", PEOPLE: "people", NOTES: "notes", PACKS: "packs"}
# What Add and Remove in the Edit menu say on each list page.
LIST_ACTION_TEXTS: dict[Part, tuple[str, str]] = {
    "agenda": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add Agenda Item"),
        QT_TRANSLATE_NOOP("MainWindow", "&Remove Agenda Item"),
    ),
    "people": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add Person"),
        QT_TRANSLATE_NOOP("MainWindow", "&Remove Person"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add Note"),
        QT_TRANSLATE_NOOP("MainWindow", "&Remove Note"),
    ),
    "packs": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add Pack"),
        QT_TRANSLATE_NOOP("MainWindow", "&Remove Pack"),
    ),
}
CHECKS_DELAY_MS = 300
"""The checks run again this long after the last change, not at every keystroke."""


class MainWindow(QMainWindow):
    """One meeting: its pages, its editors, its undo history, and the file it is saved to.

    Every change is an undoable edit of :attr:`document`, saved to the meeting file as it is
    made. ``settings`` and ``drafts`` default to the user's; tests give their own.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
        drafts: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else AppSettings()
        self._pending_preview: Path | None = None
        self._pending_password = ""  # the open password of a restricted pack, in memory only
        self.document = MeetingDocument(
            new_meeting(), drafts=drafts if drafts is not None else data_dir() / "Drafts"
        )
        self.document.setParent(self)
        self._build_pages()
        self.pages = QStackedWidget()
        self.navigator = QListWidget()
        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(CHECKS_DELAY_MS)
        self._checks_timer.timeout.connect(self._refresh_checks)
        self._checked: Meeting | None = None  # the meeting the Checks page shows findings for
        self.checks_runner = ChecksRunner(models.findings_for, self)
        self.checks_runner.done.connect(self._on_checks_done)
        self._build_centre()
        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self._build_status_bar()
        self._connect_document()
        self.setAcceptDrops(True)
        self.resize(1200, 760)  # fits a 1280×800 screen with the window's frame
        self._restore_geometry()
        self.set_meeting(new_meeting())
        self.show_page(MEETING)

    # -- building

    def _build_pages(self) -> None:
        doc = self.document
        self.overview_page = OverviewPage(MeetingEditor(doc))
        self.agenda_page = AgendaPage(AgendaItemEditor(doc))
        self.people_page = people_page(PersonEditor(doc))
        self.notes_page = notes_page(NoteEditor(doc))
        self.packs_page = packs_page(PackEditor(doc))
        self.checks_page = checks_page()
        self.checks_page.view.activated.connect(self._go_to_finding)
        self.preview = PdfPreview()
        for page, part in self._list_pages():
            page.model.move_requested.connect(
                lambda ident, row, part=part: self._apply_list_edit(
                    part, shift_entry(self.meeting, part, ident, row)
                )
            )

    def _list_pages(self) -> list[tuple[MasterDetailPage, Part]]:
        return [
            (self.agenda_page, "agenda"),
            (self.people_page, "people"),
            (self.notes_page, "notes"),
            (self.packs_page, "packs"),
        ]

    def _build_centre(self) -> None:
        for page in self._all_pages():
            self.pages.addWidget(page)
        self._fill_navigator()
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigator)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(centre)

    def _all_pages(self) -> tuple[QWidget, ...]:
        return (
            self.overview_page,
            self.agenda_page,
            self.people_page,
            self.notes_page,
            self.packs_page,
            self.checks_page,
            self.preview,
        )

    def _fill_navigator(self) -> None:
        nav = self.navigator
        nav.setIconSize(QSize(20, 20))
        nav.setFixedWidth(168)
        nav.setSpacing(1)
        nav.setUniformItemSizes(True)
        nav.setAccessibleName(translate("MainWindow", "Sections"))
        for index, page in enumerate(PAGES):
            entry = QListWidgetItem(self._page_icon(index), translate("MainWindow", page.name))
            entry.setSizeHint(QSize(0, 34))
            entry.setToolTip(translate("MainWindow", page.tip))
            entry.setStatusTip(translate("MainWindow", page.tip))
            nav.addItem(entry)
        nav.currentRowChanged.connect(self.show_page)

    def _page_icon(self, index: int) -> QIcon:
        page = PAGES[index]
        return QIcon.fromTheme(page.theme, self.style().standardIcon(page.fallback))

    def _icon(self, theme_name: str, fallback: Icon) -> QIcon:
        return QIcon.fromTheme(theme_name, self.style().standardIcon(fallback))

    def _build_actions(self) -> None:
        self.file_actions = FileActions(self)
        self.import_actions = ImportActions(self)
        self._build_edit_actions()
        self.quit_action = window_action(
            self,
            translate("MainWindow", "&Quit"),
            QKeySequence("Ctrl+Q"),
            translate("MainWindow", "Quit {app}").format(app=APP_NAME),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = window_action(
            self,
            translate("MainWindow", "&About {app}").format(app=APP_NAME),
            None,
            translate("MainWindow", "Version and licence"),
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.preferences_action = window_action(
            self,
            translate("MainWindow", "&Preferences…"),
            QKeySequence("Ctrl+,"),
            translate("MainWindow", "The language of the window"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(lambda: open_preferences(self))
        self.build_action = window_action(
            self,
            translate("MainWindow", "&Build…"),
            QKeySequence("Ctrl+B"),
            translate("MainWindow", "Build packs of this meeting (PDF, DOCX) in the background"),
            self._icon("document-export", Icon.SP_DialogSaveButton),
        )
        self.build_action.triggered.connect(self.show_build_dialog)
        self.page_actions = self._page_actions()

    def _build_edit_actions(self) -> None:
        stack = self.document.undo_stack
        keys = QKeySequence.StandardKey
        undo, redo = translate("MainWindow", "Undo"), translate("MainWindow", "Redo")
        self.undo_action = window_action(self, translate("MainWindow", "&Undo"), keys.Undo, undo)
        self.undo_action.setIcon(self._icon("edit-undo", Icon.SP_ArrowBack))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = window_action(self, translate("MainWindow", "&Redo"), keys.Redo, redo)
        self.redo_action.setIcon(self._icon("edit-redo", Icon.SP_ArrowForward))
        self.redo_action.triggered.connect(self.redo)
        stack.undoTextChanged.connect(self._retip_undo)
        stack.redoTextChanged.connect(self._retip_undo)
        stack.canUndoChanged.connect(self._retip_undo)
        stack.canRedoChanged.connect(self._retip_undo)
        self._retip_undo()
        self.add_action = self._list_action(
            translate("MainWindow", "&Add"),
            "Insert",
            "list-add",
            Icon.SP_FileDialogNewFolder,
            self.add_to_list,
        )
        self.remove_action = self._list_action(
            translate("MainWindow", "&Remove"),
            "Delete",
            "list-remove",
            Icon.SP_TrashIcon,
            self.remove_from_list,
        )
        self.move_up_action = self._list_action(
            translate("MainWindow", "Move &Up"),
            "Ctrl+Up",
            "go-up",
            Icon.SP_ArrowUp,
            lambda: self.move_in_list(-1),
        )
        self.move_down_action = self._list_action(
            translate("MainWindow", "Move &Down"),
            "Ctrl+Down",
            "go-down",
            Icon.SP_ArrowDown,
            lambda: self.move_in_list(1),
        )
        self.list_actions = [
            self.add_action,
            self.remove_action,
            self.move_up_action,
            self.move_down_action,
        ]
        for page, _part in self._list_pages():
            page.set_list_actions(self.list_actions)
            page.view.addActions(self.list_actions)
            page.view.selectionModel().currentRowChanged.connect(self._update_list_actions)
        self._build_move_action()

    def _build_move_action(self) -> None:
        self.move_following_action = window_action(
            self,
            translate("MainWindow", "Move &Following Items…"),
            QKeySequence("Ctrl+Shift+M"),
            translate(
                "MainWindow",
                "Move the selected agenda item and the rest of its day by some minutes",
            ),
        )
        self.move_following_action.triggered.connect(self.show_move_dialog)
        view = self.agenda_page.view
        separator = QAction(view)
        separator.setSeparator(True)
        view.addActions([separator, self.move_following_action])
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_move_dialog(self) -> MoveFollowingDialog | None:
        """Ask how far to move the selected agenda item and the rest of its day; an accepted
        move is applied as one undo step and said in the status bar."""
        ident = self.agenda_page.current_id() if self.pages.currentIndex() == AGENDA else None
        if ident is None:
            return None
        self.flush_typing()  # move the times on screen
        dialog = MoveFollowingDialog(self.meeting, ident, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_move(dialog))
        dialog.open()
        return dialog

    def _apply_move(self, dialog: MoveFollowingDialog) -> None:
        moves = apply_move(self.document, dialog)
        if not moves:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Nothing was moved: the meeting changed while the dialog was open"
                ),
                10000,
            )
            return
        self.statusBar().showMessage(moved_message(moves, dialog.minutes_box.value()), 15000)
        self._refresh_checks()  # the gaps and overlaps the move made or mended, now

    def undo(self) -> None:
        """Undo the last edit; what is being typed counts as an edit, so it goes first."""
        self.flush_typing()
        self.document.undo_stack.undo()

    def redo(self) -> None:
        """Redo the last edit undone (typing since then is applied first, ending the redo)."""
        self.flush_typing()
        self.document.undo_stack.redo()

    def flush_typing(self) -> None:
        """Apply what is being typed in any editor now, without waiting for the pause."""
        for editor in self._editors():
            editor.flush_typing()

    def _retip_undo(self) -> None:
        """Undo and Redo say what they will undo or redo, in the menu and in their tooltips."""
        stack = self.document.undo_stack
        _say_step(
            self.undo_action,
            stack.undoText(),
            translate("MainWindow", "&Undo {action}"),
            translate("MainWindow", "&Undo"),
            translate("MainWindow", "Undo"),
        )
        _say_step(
            self.redo_action,
            stack.redoText(),
            translate("MainWindow", "&Redo {action}"),
            translate("MainWindow", "&Redo"),
            translate("MainWindow", "Redo"),
        )
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _list_action(
        self, label: str, keys: str, theme: str, fallback: Icon, slot: object
    ) -> QAction:
        action = window_action(self, label, QKeySequence(keys), without_mnemonic(label))
        action.setIcon(self._icon(theme, fallback))
        # The buttons above a list keep the short verb ("Add"), which fits beside the list in
        # every language; the menu says what is added ("Add Agenda Item").
        action.setIconText(without_mnemonic(label))
        # The keys act in the list only: Delete or Ctrl+Up in a text field must stay the field's.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def _page_actions(self) -> list[QAction]:
        group = QActionGroup(self)
        actions = []
        for index, page in enumerate(PAGES):
            keys = QKeySequence(f"Ctrl+{index + 1}")
            text, tip = translate("MainWindow", page.action), translate("MainWindow", page.tip)
            action = window_action(self, text, keys, tip, self._page_icon(index))
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            actions.append(action)
        return actions

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = self._build_file_menu(bar)
        self.edit_menu = self._build_edit_menu(bar)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addActions(self.page_actions)
        self.help_menu = self._build_help_menu(bar)

    def _build_file_menu(self, bar: QMenuBar) -> QMenu:
        """File: the meeting file, the imports, meeting JSON, Build, Quit."""
        menu = bar.addMenu(translate("MainWindow", "&File"))
        files = self.file_actions
        menu.addActions([files.new_action, files.open_action])
        menu.addMenu(files.recent_menu)
        menu.addAction(files.save_as_action)
        menu.addSeparator()
        menu.addActions(self.import_actions.actions())
        menu.addSeparator()
        menu.addActions([files.import_json_action, files.export_json_action])
        menu.addSeparator()
        menu.addAction(self.build_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    def _build_edit_menu(self, bar: QMenuBar) -> QMenu:
        """Edit: Undo and Redo, the list actions, Move Following Items.

        Preferences… comes last, after a separator of its own (standard keys ``Preferences``,
        menu role ``PreferencesRole``, so that macOS moves it to the application menu).
        """
        menu = bar.addMenu(translate("MainWindow", "&Edit"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions(self.list_actions)
        menu.addSeparator()
        menu.addAction(self.move_following_action)
        menu.addSeparator()
        menu.addAction(self.preferences_action)
        return menu

    def _build_help_menu(self, bar: QMenuBar) -> QMenu:
        """Help: the guides (User Guide, Keyboard Shortcuts) go before About, which is last."""
        menu = bar.addMenu(translate("MainWindow", "&Help"))
        menu.addAction(self.about_action)
        install_help_actions(self, menu)
        return menu

    def _build_tool_bar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Main tool bar"), self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        files = self.file_actions
        for action in (
            files.new_action,
            files.open_action,
            files.save_as_action,
            self.build_action,
        ):
            # a button's label: the menu text without its mark, nor a Chinese "(&N)" after it
            action.setIconText(without_mnemonic(action.text()).removesuffix("…"))
        bar.addActions([files.new_action, files.open_action, files.save_as_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addAction(self.build_action)
        self.addToolBar(bar)
        self.tool_bar = bar

    def _build_status_bar(self) -> None:
        self.path_label = ElidingLabel()
        self.save_label = plain_label()
        self.save_label.setAccessibleName(translate("MainWindow", "Save status"))
        self.counts_label = plain_label()
        self.save_label.setContentsMargins(0, 0, 16, 0)  # keep it apart from the counts
        status = self.statusBar()
        status.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.save_label)
        status.addPermanentWidget(self.counts_label)

    def _connect_document(self) -> None:
        doc = self.document
        doc.changed.connect(self._on_changed)
        doc.path_changed.connect(self._on_path_changed)
        doc.save_state_changed.connect(self._show_save_state)

    # -- showing a meeting

    @property
    def meeting(self) -> Meeting:
        """The meeting shown, as it is now."""
        return self.document.meeting

    @property
    def path(self) -> Path | None:
        """The file the meeting was opened from or is saved to, or ``None`` for the sample."""
        return self.document.source

    def set_meeting(
        self, meeting: Meeting, path: Path | None = None, *, saved_to: Path | None = None
    ) -> None:
        """Show ``meeting``, opened from ``path``; changes go to ``saved_to`` (a meeting file).

        A meeting JSON or the sample has no meeting file: its first change makes a draft.
        """
        another = meeting is not self.document.meeting
        for editor in self._editors():
            editor.flush_typing()  # what was typed belongs to the meeting it was typed into
        self.document.reset(meeting, saved_to, path)
        if another:
            self.preview.close_document()  # an old meeting's pack must not linger
            self._pending_preview, self._pending_password = None, ""

    def _on_changed(self, focus: Focus | None) -> None:
        meeting = self.meeting
        self._update_title()
        self.overview_page.set_meeting(meeting)
        self.agenda_page.set_meeting(meeting)
        people, notes = len(meeting.people), len(meeting.notes)
        self.people_page.set_meeting(meeting, translate("MainWindow", "%n people", None, people))
        self.notes_page.set_meeting(meeting, translate("MainWindow", "%n note(s)", None, notes))
        packs = meeting.pack_definitions()
        self.packs_page.set_meeting(meeting, _packs_subtitle(meeting, len(packs)))
        self.counts_label.setText(text.meeting_counts(meeting))
        if focus is None:
            self._refresh_checks()
        else:
            self._checks_timer.start()
            self._show_focus(focus)
        self._update_list_actions()

    def _show_focus(self, focus: Focus) -> None:
        """After an undo or redo, show what it changed."""
        index = PART_PAGES.get(focus.part)
        if index is None:
            return
        if self.pages.currentIndex() != index:
            self.show_page(index)
        page = self.pages.widget(index)
        wanted = focus.entry_id
        if isinstance(page, MasterDetailPage) and wanted and page.current_id() != wanted:
            page.select_entry(wanted)

    def _refresh_checks(self) -> None:
        self._checks_timer.stop()
        self.checks_runner.request(self.meeting)

    def checks_ready(self) -> bool:
        """Whether the Checks page shows the findings of the meeting as it is now."""
        return self._checked is self.meeting and self.checks_runner.is_idle()

    def _on_checks_done(self, meeting: Meeting, findings: tuple[Finding, ...]) -> None:
        if meeting is not self.meeting:
            return  # the meeting changed meanwhile; its own check follows
        self._checked = meeting
        self._show_checks(meeting, findings)

    def _show_checks(self, meeting: Meeting, findings: tuple[Finding, ...]) -> None:
        """Show the findings; the navigator shows how many, and whether any matter."""
        self.checks_page.set_meeting(meeting, "", rows=findings)
        self.checks_page.header.set_subtitle(text.findings_summary(findings))
        entry = self.navigator.item(CHECKS)
        count = len(findings)  # lupdate skips a translate() whose arguments call a function
        entry.setText(translate("MainWindow", "Checks (%n)", None, count))
        worrying = any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings)
        warning_icon = self.style().standardIcon(Icon.SP_MessageBoxWarning)
        entry.setIcon(
            QIcon.fromTheme("dialog-warning", warning_icon) if worrying else self._page_icon(CHECKS)
        )

    def _update_title(self) -> None:
        meeting = self.meeting
        title = translate("MainWindow", "{title} — {app}")
        self.setWindowTitle(title.format(title=meeting.display_title, app=APP_NAME))
        where = self.document.path or self.document.source
        self.setWindowFilePath(str(where) if where is not None else "")

    def _on_path_changed(self, path: Path | None) -> None:
        shown = path or self.document.source
        sample = translate("MainWindow", SAMPLE_LABEL)
        self.path_label.set_full_text(str(shown) if shown is not None else sample)
        self._update_title()

    def _show_save_state(self) -> None:
        doc = self.document
        if doc.save_error:
            self._show_not_saved(doc.save_error)
            return
        self.save_label.setStyleSheet("")
        if doc.path is None:
            label = translate("MainWindow", "No changes")
            tip = translate("MainWindow", "The meeting is saved as soon as you change something")
        elif not doc.is_saved():
            label = translate("MainWindow", "Saving…")
            tip = translate("MainWindow", "Saving to {file}").format(file=doc.path)
        elif doc.is_draft:
            label = translate("MainWindow", "Saved as a draft")
            tip = translate(
                "MainWindow", "Saved in {file}; use File ▸ Save As… to keep it where you choose"
            ).format(file=doc.path)
        else:
            label = translate("MainWindow", "All changes saved")
            tip = translate("MainWindow", "Every change is saved to {file}").format(file=doc.path)
        self.save_label.setText(label)
        self.save_label.setToolTip(tip)

    def _show_not_saved(self, problem: str) -> None:
        self.save_label.setText(translate("MainWindow", "Not saved"))
        self.save_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        tip = translate(
            "MainWindow",
            "{problem}\nYour changes are kept in the window: use File ▸ Save As… "
            "to save them to another file.",
        )
        self.save_label.setToolTip(tip.format(problem=problem))
        message = translate("MainWindow", "Changes could not be saved: {problem}")
        self.statusBar().showMessage(message.format(problem=problem), 15000)

    # -- files

    def open_file(self, path: Path) -> bool:
        """Open a meeting file or meeting JSON (see :meth:`FileActions.open_file`)."""
        return self.file_actions.open_file(path)

    def edit_meeting_fields(self) -> None:
        """Show the Meeting page with the cursor in its first field (for a new meeting)."""
        self.show_page(MEETING)
        self.focus_first_field(self.overview_page)

    def selected_agenda_item(self) -> str | None:
        """The agenda item selected, when the Agenda page is shown."""
        if self.pages.currentIndex() != AGENDA:
            return None
        return self.agenda_page.current_id() or None

    def show_entry(self, part: Part, entry_id: str | None) -> None:
        """Show the page of ``part`` (``"notes"``…) with ``entry_id`` selected, if given."""
        index = PART_PAGES[part]
        self.show_page(index)
        page = self.pages.widget(index)
        if entry_id and isinstance(page, MasterDetailPage):
            page.select_entry(entry_id)

    # -- dropped files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dropped from the file manager."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the files dropped to the imports, which know what each kind of file is for."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.import_actions.drop_files(paths)

    # -- list edits

    def current_list(self) -> tuple[MasterDetailPage, Part] | None:
        """The list page shown and its part, if a list page is shown."""
        part = LIST_PARTS.get(self.pages.currentIndex())
        if part is None:
            return None
        page = self.pages.currentWidget()
        assert isinstance(page, MasterDetailPage)
        return page, part

    def add_to_list(self) -> None:
        """Add a blank entry after the selected one, select it and start editing its name."""
        shown = self.current_list()
        if shown is None:
            return
        page, part = shown
        self._apply_list_edit(part, add_entry(self.meeting, part, page.current_id()))
        if page.editor is not None:
            self.focus_first_field(page.editor)

    def remove_from_list(self) -> None:
        """Remove the selected entry (and every reference to it); Undo brings it back."""
        shown = self.current_list()
        if shown is None:
            return
        page, part = shown
        ident = page.current_id()
        if not can_remove(self.meeting, part, ident):
            return
        assert ident is not None
        edit = delete_entry(self.meeting, part, ident)
        self._apply_list_edit(part, edit)
        message = translate("MainWindow", "{action}. Undo with {keys}.")
        self.statusBar().showMessage(
            message.format(action=edit.text, keys=action_keys(self.undo_action)), 8000
        )

    def move_in_list(self, delta: int) -> None:
        """Move the selected entry up (-1) or down (+1)."""
        shown = self.current_list()
        if shown is None:
            return
        page, part = shown
        ident = page.current_id()
        if ident is None:
            return
        row = page.model.row_of(ident)
        self._apply_list_edit(part, shift_entry(self.meeting, part, ident, row + delta))

    def _apply_list_edit(self, part: Part, edit: ListEdit | None) -> None:
        if edit is None:
            return
        self.document.apply(edit.meeting, edit.text, Focus(part, edit.concerns))
        page = self.pages.widget(PART_PAGES[part])
        if isinstance(page, MasterDetailPage) and edit.select:
            page.select_entry(edit.select)
        self._update_list_actions()

    def _update_list_actions(self, *_args: object) -> None:
        on_agenda = self.pages.currentIndex() == AGENDA
        self.move_following_action.setEnabled(on_agenda and bool(self.agenda_page.current_id()))
        shown = self.current_list()
        for action in self.list_actions:
            action.setEnabled(shown is not None)
        if shown is None:
            return
        page, part = shown
        ident = page.current_id()
        row = page.model.row_of(ident) if ident else -1
        count = page.model.entry_count()
        add, remove = LIST_ACTION_TEXTS[part]
        self.add_action.setText(translate("MainWindow", add))
        self.remove_action.setText(translate("MainWindow", remove))
        self.remove_action.setEnabled(can_remove(self.meeting, part, ident))
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        for action in self.list_actions:
            _tip_from_text(action)

    def focus_first_field(self, widget: QWidget) -> None:
        """Put the cursor in the first text field of ``widget``, its text selected."""
        field = widget.findChild(QLineEdit)
        if field is not None:
            field.setFocus()
            field.selectAll()

    # -- navigation and help

    def show_build_dialog(self) -> BuildDialog:
        """Open the Build dialog on a snapshot of the meeting shown (meetings are immutable)."""
        # The renderers (reportlab, python-docx…) load with the dialog, not at start-up.
        from ui.build_dialog import BuildDialog

        for editor in self._editors():
            editor.flush_typing()  # build what is on screen, typing included
        pack_id = self.packs_page.current_id() if self.pages.currentIndex() == PACKS else None
        dialog = BuildDialog(self.meeting, self, pack_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.task.finished.connect(
            lambda report: self._preview_built(report, dialog.open_password())
        )
        dialog.open()
        return dialog

    def _preview_built(self, report: BuildReport, password: str = "") -> None:
        """Show the first PDF a build wrote (with its open password, if restricted) on the
        Preview page, when that page is shown.

        Opening a 3,000-page pack takes a third of a second; done at once it would freeze the
        window as the build ends, so it waits for the user to look.
        """
        pdf = next((f.path for f in report.files if f.format == "pdf"), None)
        if pdf is None:
            return
        self._pending_preview, self._pending_password = pdf, password
        self.preview.close_document()  # the previous pack is out of date
        if self.pages.currentIndex() == PREVIEW:
            self._load_pending_preview()

    def _load_pending_preview(self) -> None:
        pdf, password = self._pending_preview, self._pending_password
        self._pending_preview, self._pending_password = None, ""
        if pdf is not None:
            self.preview.load(pdf, password)

    def show_page(self, index: int) -> None:
        """Show one page (``MEETING``, ``AGENDA``…) and mark it in the navigator and menu."""
        if not 0 <= index < len(PAGES):
            return
        self.pages.setCurrentIndex(index)
        self.navigator.setCurrentRow(index)
        self.page_actions[index].setChecked(True)
        self._update_list_actions()
        if index == PREVIEW:
            self._load_pending_preview()

    def go_to(self, finding: Finding) -> None:
        """Show the page of what ``finding`` concerns, with that entry selected."""
        index = FINDING_PAGES.get(finding.kind, MEETING)
        self.show_page(index)
        page = self.pages.widget(index)
        if isinstance(page, MasterDetailPage):
            page.select_entry(finding.target_id)
            page.view.setFocus()

    def _go_to_finding(self, index: QModelIndex) -> None:
        finding = index.data(ENTRY_ROLE)
        if isinstance(finding, Finding):
            self.go_to(finding)

    def current_page(self) -> QWidget:
        """The page shown."""
        return self.pages.currentWidget()

    def show_about(self) -> None:
        """The About box: what the app does, its version and licence."""
        version = translate("MainWindow", "Version {version}").format(version=app_version())
        what = translate(
            "MainWindow",
            "Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: "
            "agenda, speaker bios, background notes and contacts. Works offline.",
        )
        licence = translate("MainWindow", "MIT licence.")
        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            f"<h3>{esc(APP_NAME)}</h3><p>{esc(version)}</p><p>{esc(what)}</p><p>{esc(licence)}</p>",
        )

    # -- window state

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.geometry("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Finish saving; if changes could not be saved, offer Save As before closing."""
        self.flush_typing()
        self._stop_builds()
        if not self.file_actions.may_close():
            event.ignore()
            return
        self.document.close()  # other windows may open the meeting now
        self.settings.set_geometry("window/geometry", self.saveGeometry())
        self.settings.set_geometry("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def _stop_builds(self) -> None:
        """End a build still running, and wait for it: its thread must not outlive the window."""
        from ui.tasks import BuildTask

        for task in self.findChildren(BuildTask):
            if task.is_running():
                task.abandon()  # the build's process is ended at once, not at its next step
                if not task.wait(10000):
                    _KEPT_ALIVE.append(task.detach())

    def _editors(self) -> list[EntryEditor]:
        pages = (self.overview_page, *(page for page, _part in self._list_pages()))
        return [page.editor for page in pages if page.editor is not None]


def _packs_subtitle(meeting: Meeting, packs: int) -> str:
    if not meeting.packs:
        return translate(
            "MainWindow",
            "No packs defined yet: the full pack holds everything that is not internal",
        )
    return translate("MainWindow", "%n pack(s)", None, packs)


_KEPT_ALIVE: list[object] = []
"""Build threads that did not end when their window closed: destroying one aborts Qt."""


def _say_step(action: QAction, step: str, named: str, bare: str, short: str) -> None:
    """Undo or Redo named after ``step`` (the bare verb when there is none), and a short label
    for the tool bar. A ``&`` in a name (``Smith & Co``) is doubled, or Qt would take it for a
    shortcut mark."""
    action.setText(named.format(action=step.replace("&", "&&")) if step else bare)
    action.setIconText(short)
    _tip_from_text(action)


def _tip_from_text(action: QAction) -> None:
    """Tooltip = the action's current text (e.g. "Undo Move ‘Wrap-up’ up") and its keys."""
    label = without_mnemonic(action.text())
    keys = action_keys(action)
    tip = with_shortcut(label, keys) if keys else label
    if action.toolTip() != tip:
        action.setToolTip(tip)
        action.setStatusTip(label)
