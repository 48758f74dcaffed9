"""The meeting file's actions: new, open, open recent, save as, meeting JSON in and out, and what
happens to changes that could not be saved when the window closes.

:class:`FileActions` owns these actions and their slots; the main window puts them in its menus
and tool bar. Every change is saved as it is made (a new meeting's first change makes a draft),
so there is no Save: Save As moves the meeting, drafts included, to a file of the user's choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStyle, QWidget

from briefing.errors import BriefingError
from briefing.jsonio import write_meeting_json
from briefing.model import new_meeting
from briefing.store import open_meeting
from ui.document import MEETING_SUFFIX, MeetingDocument
from ui.editors.common import with_shortcut
from ui.files import dialog_filter, open_filters
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.rich import esc
from ui.widgets import theme_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

Icon = QStyle.StandardPixmap


class FileActions(QObject):
    """New, Open, Open Recent, Save As, Import and Export Meeting JSON, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build_actions()
        self._build_json_actions()
        self._build_recent_menu()
        self.document.path_changed.connect(self._remember)

    # -- what it works on

    @property
    def document(self) -> MeetingDocument:
        """The meeting the window edits."""
        return self.window.document

    @property
    def settings(self) -> AppSettings:
        """The window's settings: recent files, the last folder."""
        return self.window.settings

    # -- building

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        window = self.window
        self.new_action = window_action(
            window,
            translate("FileActions", "&New Meeting"),
            keys.New,
            translate("FileActions", "Start a new, empty meeting"),
            theme_icon(window, "document-new", Icon.SP_FileIcon),
        )
        self.new_action.triggered.connect(self.new_meeting)
        self.open_action = window_action(
            window,
            translate("FileActions", "&Open…"),
            keys.Open,
            translate("FileActions", "Open a meeting file (.meeting) or meeting JSON (.json)"),
            theme_icon(window, "document-open", Icon.SP_DialogOpenButton),
        )
        self.open_action.triggered.connect(self.choose_file)
        save_as_keys = QKeySequence(keys.SaveAs)
        self.save_as_action = window_action(
            window,
            translate("FileActions", "Save &As…"),
            save_as_keys if not save_as_keys.isEmpty() else QKeySequence("Ctrl+Shift+S"),
            translate(
                "FileActions",
                "Save the meeting to a file of your choice; later changes are saved there",
            ),
            theme_icon(window, "document-save-as", Icon.SP_DialogSaveButton),
        )
        self.save_as_action.triggered.connect(self.choose_save_as)

    def _build_json_actions(self) -> None:
        self.import_json_action = window_action(
            self.window,
            translate("FileActions", "Import Meeting &JSON…"),
            QKeySequence("Ctrl+Shift+J"),
            translate(
                "FileActions",
                "Open a meeting JSON; its first change saves it as a meeting file (a draft)",
            ),
        )
        self.import_json_action.triggered.connect(self.choose_json_import)
        self.export_json_action = window_action(
            self.window,
            translate("FileActions", "&Export Meeting JSON…"),
            QKeySequence("Ctrl+Shift+E"),
            translate(
                "FileActions",
                "Write the meeting as JSON, with attached files in a folder beside it",
            ),
        )
        self.export_json_action.triggered.connect(self.choose_json_export)

    def _build_recent_menu(self) -> None:
        self.recent_menu = QMenu(translate("FileActions", "Open &Recent"), self.window)
        self.recent_menu.setToolTipsVisible(True)
        tip = translate("FileActions", "Open a meeting worked on lately")
        self.recent_menu.menuAction().setStatusTip(tip)
        self.recent_menu.menuAction().setToolTip(tip)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def fill_recent_menu(self) -> None:
        """List the meetings worked on lately (a file that is gone is shown, disabled)."""
        menu = self.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(label.replace("&&", "&"))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if not files:
            menu.addAction(translate("FileActions", "No recent meetings")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("FileActions", "&Clear Recent Meetings"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.settings.clear_recent)

    def _remember(self, path: Path | None) -> None:
        """The file the meeting is saved to now heads the recent files."""
        if path is not None:
            self.settings.add_recent(path)

    # -- new and open

    def new_meeting(self) -> None:
        """Show a new, empty meeting; its first change makes a draft file."""
        self.window.flush_typing()
        self.document.flush()
        self.window.set_meeting(new_meeting(), None)
        self.window.edit_meeting_fields()

    def choose_file(self) -> None:
        """Ask for a meeting file or meeting JSON and open it."""
        start = str(self.settings.last_dir())
        title = translate("FileActions", "Open Meeting")
        name, _filter = QFileDialog.getOpenFileName(self.window, title, start, open_filters())
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open a meeting file or meeting JSON; if it fails, say why and keep the meeting shown."""
        self.window.flush_typing()  # saved before the file is read: it may be this very meeting
        self.document.flush()
        is_json = path.suffix.lower() == ".json"
        try:
            # Locked before it is read: a command's save in between would be lost otherwise.
            with self.document.opening(None if is_json else path):
                meeting = open_meeting(path)
                self.window.set_meeting(meeting, path, saved_to=None if is_json else path)
        except BriefingError as error:
            title = translate("FileActions", "Cannot open meeting")
            QMessageBox.warning(self.window, title, self._cannot_open(path, error))
            return False
        if not self.document.is_draft:  # file dialogs never start in the app's own drafts
            self.settings.set_last_dir(path)
        return True

    def _cannot_open(self, path: Path, error: BriefingError) -> str:
        problem = str(error).rstrip()
        if not problem.endswith((".", "!", "?")):
            problem += "."
        opening = translate("FileActions", "The meeting in {file} could not be opened:")
        return (
            f"<p>{esc(opening).format(file=f'<b>{esc(str(path))}</b>')}</p>"
            f"<p>{esc(problem)}</p><p>{esc(self._still_shown())}</p>"
        )

    def _still_shown(self) -> str:
        """What the window shows still, after a file could not be opened."""
        where = self.document.path or self.document.source
        meeting = self.document.meeting
        if where is None and meeting.agenda:
            return translate("FileActions", "The window still shows the built-in sample meeting.")
        if where is None:
            return translate("FileActions", "The window still shows a new meeting.")
        text = translate("FileActions", "The window still shows “{title}” ({file}).")
        return text.format(title=meeting.display_title, file=where.name)

    # -- save as

    def choose_save_as(self) -> bool:
        """Ask where to save the meeting and save it there; later changes go there too."""
        start = self.settings.last_dir() / f"{self.document.meeting.file_stem}{MEETING_SUFFIX}"
        title = translate("FileActions", "Save Meeting As")
        words = QT_TRANSLATE_NOOP("FileActions", "Meeting files")
        filters = dialog_filter("FileActions", ((words, f"*{MEETING_SUFFIX}"),))
        name, _filter = QFileDialog.getSaveFileName(self.window, title, str(start), filters)
        if not name:
            return False
        return self.save_as(with_suffix(Path(name), MEETING_SUFFIX))

    def save_as(self, path: Path) -> bool:
        """Save the meeting to ``path`` (the user confirmed replacing it); say so if it fails."""
        draft = self.document.path if self.document.is_draft else None
        try:
            self.document.save_as(path)
        except BriefingError as error:
            saying = translate("FileActions", "The meeting could not be saved to {file}:")
            unchanged = translate("FileActions", "Nothing else was changed.")
            QMessageBox.warning(
                self.window,
                translate("FileActions", "Cannot save meeting"),
                f"<p>{esc(saying).format(file=f'<b>{esc(str(path))}</b>')}</p>"
                f"<p>{esc(str(error))}</p><p>{esc(unchanged)}</p>",
            )
            return False
        if draft is not None and draft != path:
            self.settings.forget_recent(draft)  # the draft is gone: the meeting lives at path
        self.settings.set_last_dir(path)
        saved = translate("FileActions", "Saved to {file}").format(file=path)
        self.window.statusBar().showMessage(saved, 5000)
        return True

    # -- meeting JSON

    def choose_json_import(self) -> None:
        """Ask for a meeting JSON and open it."""
        start = str(self.settings.last_dir())
        title = translate("FileActions", "Import Meeting JSON")
        name, _filter = QFileDialog.getOpenFileName(self.window, title, start, _json_filter())
        if name:
            self.open_file(Path(name))

    def choose_json_export(self) -> None:
        """Ask where to write the meeting as JSON, and write it with its files beside it."""
        start = self.settings.last_dir() / f"{self.document.meeting.file_stem}.json"
        title = translate("FileActions", "Export Meeting JSON")
        name, _filter = QFileDialog.getSaveFileName(self.window, title, str(start), _json_filter())
        if name:
            self.export_json(with_suffix(Path(name), ".json"))

    def export_json(self, path: Path) -> bool:
        """Write the meeting as JSON to ``path``; say where, or why not."""
        try:
            written = write_meeting_json(self.document.meeting, path)
        except (BriefingError, OSError) as error:
            saying = translate("FileActions", "The meeting could not be written to {file}:")
            QMessageBox.warning(
                self.window,
                translate("FileActions", "Cannot export meeting"),
                f"<p>{esc(saying).format(file=f'<b>{esc(str(path))}</b>')}</p>"
                f"<p>{esc(str(error))}</p>",
            )
            return False
        attached = len(written) - 1
        if attached:
            message = translate(
                "FileActions", "Exported {file} and %n attached file(s)", None, attached
            )
        else:
            message = translate("FileActions", "Exported {file}")
        self.window.statusBar().showMessage(message.format(file=path), 8000)
        self.settings.set_last_dir(path)
        return True

    # -- closing

    def may_close(self) -> bool:
        """Whether the window may close: every change is saved, or the user chose what to do."""
        saved = self.document.flush() and self.document.is_saved()
        if not self.document.save_error and saved:
            return True
        return self._confirm_close_unsaved()

    def _confirm_close_unsaved(self) -> bool:
        buttons = QMessageBox.StandardButton
        reason = self.document.save_error or translate(
            "FileActions", "saving takes longer than it should (a slow disk?)"
        )
        saying = translate("FileActions", "The latest changes could not be saved:")
        asking = translate("FileActions", "Save the meeting to another file before closing?")
        answer = QMessageBox.warning(
            self.window,
            translate("FileActions", "Changes not saved"),
            f"<p>{esc(saying)}</p><p>{esc(reason)}</p><p>{esc(asking)}</p>",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.choose_save_as()
        return answer == buttons.Discard


def _json_filter() -> str:
    words = QT_TRANSLATE_NOOP("FileActions", "Meeting JSON")
    return dialog_filter("FileActions", ((words, "*.json"),))


def window_action(
    window: QWidget,
    label: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    tip: str,
    icon: QIcon | None = None,
) -> QAction:
    """A window action with its shortcut shown in its tooltip and its tip in the status bar."""
    action = QAction(label, window)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        action.setShortcut(shortcut)
    keys = action_keys(action)
    action.setStatusTip(tip)
    action.setToolTip(with_shortcut(tip, keys) if keys else tip)
    return action


def action_keys(action: QAction) -> str:
    """The action's shortcut as the platform writes it (``Ctrl+O``, ``⌘O``), or ""."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` added unless it already ends so (case aside)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
