"""What comes into a meeting from other files: a concept note's agenda, an Indico timetable, a
registration list of people, note files, and files dropped on the window.

:class:`ImportActions` owns the import actions and their slots; the main window puts them in its
File menu and hands it the files dropped on it. Each import shows what it found before it
changes anything, and is one undo step. The importers and their dialogs load at first use, not
at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.document import MEETING_SUFFIX, MeetingDocument
from ui.file_actions import window_action
from ui.i18n import translate
from ui.rich import esc

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.settings import AppSettings


class ImportActions(QObject):
    """Import Agenda, Import Timetable, Import People, Add Notes, and dropped files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build_actions()

    @property
    def document(self) -> MeetingDocument:
        """The meeting the window edits."""
        return self.window.document

    @property
    def settings(self) -> AppSettings:
        """The window's settings: the folder a file dialog starts in."""
        return self.window.settings

    def _build_actions(self) -> None:
        self.import_agenda_action = window_action(
            self.window,
            translate("ImportActions", "Import &Agenda from Concept Note…"),
            QKeySequence("Ctrl+Shift+I"),
            translate(
                "ImportActions",
                "Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)",
            ),
        )
        self.import_agenda_action.triggered.connect(self.choose_agenda_import)
        self.import_indico_action = window_action(
            self.window,
            translate("ImportActions", "Import &Timetable from Indico…"),
            QKeySequence("Ctrl+Shift+T"),
            translate(
                "ImportActions",
                "Read the sessions, rooms and people of an Indico timetable export (.json)",
            ),
        )
        self.import_indico_action.triggered.connect(self.choose_indico_import)
        self.import_people_action = window_action(
            self.window,
            translate("ImportActions", "Import &People from CSV or Excel…"),
            QKeySequence("Ctrl+Shift+P"),
            translate(
                "ImportActions",
                "Add or update people from a registration list (.csv, .xlsx), after a preview",
            ),
        )
        self.import_people_action.triggered.connect(self.choose_people_import)
        self.add_notes_action = window_action(
            self.window,
            translate("ImportActions", "Add &Notes from Files…"),
            QKeySequence("Ctrl+Shift+N"),
            translate(
                "ImportActions", "Attach DOCX, PDF, Markdown or text files as background notes"
            ),
        )
        self.add_notes_action.triggered.connect(self.choose_note_files)

    def actions(self) -> list[QAction]:
        """The import actions, in the order of the File menu."""
        return [
            self.import_agenda_action,
            self.import_indico_action,
            self.import_people_action,
            self.add_notes_action,
        ]

    # -- asking for files

    def _ask_file(self, title: str, filters: str) -> Path | None:
        """The file the user chose (its folder is where the next dialog starts), or None."""
        start = str(self.settings.last_dir())
        name, _filter = QFileDialog.getOpenFileName(self.window, title, start, filters)
        if not name:
            return None
        self.settings.set_last_dir(Path(name))
        return Path(name)

    def choose_agenda_import(self) -> None:
        """Ask for a concept note, show what it holds, and import it if the user confirms."""
        from ui.imports import agenda_file_filter, import_agenda

        title = translate("ImportActions", "Import Agenda from Concept Note")
        path = self._ask_file(title, agenda_file_filter())
        if path is not None:
            import_agenda(self.window, self.document, path)

    def choose_indico_import(self) -> None:
        """Ask for an Indico timetable export, show what it holds, and import it if confirmed."""
        from ui.indico_import import import_indico_timetable, indico_file_filter

        title = translate("ImportActions", "Import Timetable from Indico")
        path = self._ask_file(title, indico_file_filter())
        if path is not None:
            import_indico_timetable(self.window, self.document, path)

    def choose_people_import(self) -> None:
        """Ask for a registration list (CSV or Excel) and add or update its people."""
        from ui.imports import import_people, people_file_filter

        title = translate("ImportActions", "Import People from CSV or Excel")
        path = self._ask_file(title, people_file_filter())
        if path is not None:
            import_people(self.window, self.document, path)

    def choose_note_files(self) -> None:
        """Ask for note files and add them as background notes."""
        from ui.imports import note_file_filter

        start = str(self.settings.last_dir())
        title = translate("ImportActions", "Add Notes from Files")
        filters = note_file_filter()
        names, _filter = QFileDialog.getOpenFileNames(self.window, title, start, filters)
        if names:
            self.settings.set_last_dir(Path(names[0]))
            self.add_note_files([Path(name) for name in names])

    def add_note_files(self, paths: list[Path]) -> bool:
        """Add files as notes (to the agenda item selected, when the agenda is shown)."""
        from ui.imports import add_note_files

        selected = self.window.selected_agenda_item()
        sessions = (selected,) if selected else ()
        added = add_note_files(self.window, self.document, paths, sessions)
        if added:
            notes = self.document.meeting.notes
            self.window.show_entry("notes", notes[-1].id if notes else None)
        return added

    # -- dropped files

    def drop_files(self, paths: list[Path]) -> None:
        """A meeting file opens it; an Indico export imports its timetable; a CSV or Excel list
        imports people; other files become notes (and files of no known kind are named)."""
        from briefing.importers.indico import is_indico_export
        from ui.imports import import_people, is_note_file, is_people_csv
        from ui.indico_import import import_indico_timetable

        json_files = [p for p in paths if p.suffix.lower() == ".json"]
        timetables = [p for p in json_files if is_indico_export(p)]
        if timetables:
            import_indico_timetable(self.window, self.document, timetables[0])
            return
        meetings = [p for p in paths if p.suffix.lower() in (MEETING_SUFFIX, ".json")]
        if meetings:
            self.window.open_file(meetings[0])
            return
        for listed in (p for p in paths if is_people_csv(p)):
            import_people(self.window, self.document, listed)
        notes = [p for p in paths if is_note_file(p) and not is_people_csv(p)]
        others = [p for p in paths if not is_people_csv(p) and not is_note_file(p)]
        if others:
            self._refuse_dropped(others)
        if notes:
            self.add_note_files(notes)

    def _refuse_dropped(self, paths: list[Path]) -> None:
        names = "".join(f"<li>{esc(p.name)}</li>" for p in paths)
        saying = translate(
            "ImportActions", "These files are not meetings, CSV lists or notes the app can read:"
        )
        notes = translate("ImportActions", "Notes can be DOCX, PDF, Markdown (.md) or text (.txt).")
        QMessageBox.warning(
            self.window,
            translate("ImportActions", "Files not added"),
            f"<p>{esc(saying)}</p><ul>{names}</ul><p>{esc(notes)}</p>",
        )
