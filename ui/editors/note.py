"""The form for one background note: title, internal flag, its sessions, and its content.

A note's content is its own text, or a DOCX, PDF, Markdown or text file kept inside the meeting
(or both: a pack prints the note's own text first, then the file). Every change is one undoable
edit (see :mod:`ui.editors.base`); a file the model refuses, or one that cannot be read, is
named in the form's error line and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.atomic import atomic_write
from briefing.edit import toggle_id
from briefing.model import MAX_NOTE_BYTES, Attachment, Meeting, Note
from ui.document import MeetingDocument
from ui.editors.base import EntryEditor, entry_title, line_edit, quoted, text_box
from ui.editors.common import (
    TextGrowth,
    file_size,
    form_action,
    read_file,
    read_problem,
    set_tab_order,
    tool_button,
)
from ui.files import dialog_filter
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.text import SEPARATOR, format_label, item_time
from ui.widgets import ElidingLabel, Mode, plain_label, size_columns, theme_icon, tree_view

_FORMAT_ICONS = {
    "docx": "x-office-document",
    "pdf": "application-pdf",
    "markdown": "text-x-markdown",
    "text": "text-x-generic",
}
# Only the words are translated: the patterns are added here, so no translation can break them.
_NOTE_FILTERS = (
    (
        QT_TRANSLATE_NOOP("NoteEditor", "Note files"),
        "*.docx *.docm *.pdf *.md *.markdown *.txt *.text",
    ),
    (QT_TRANSLATE_NOOP("NoteEditor", "Word documents"), "*.docx *.docm"),
    (QT_TRANSLATE_NOOP("NoteEditor", "PDF documents"), "*.pdf"),
    (QT_TRANSLATE_NOOP("NoteEditor", "Markdown"), "*.md *.markdown"),
    (QT_TRANSLATE_NOOP("NoteEditor", "Text files"), "*.txt *.text"),
    (QT_TRANSLATE_NOOP("NoteEditor", "All files"), "*"),
)
# The pack reads a note's own text as paragraphs and bullets only (briefing.text), never as
# Markdown, so the hint promises exactly that and points to a Markdown file for more.
TEXT_HINT = QT_TRANSLATE_NOOP(
    "NoteEditor",
    "A blank line starts a new paragraph; a line starting with “- ” is a bullet point. "
    "Everything else prints exactly as typed. For headings and emphasis, attach a Markdown "
    "(.md) file.",
)
SESSIONS_HINT = QT_TRANSLATE_NOOP(
    "NoteEditor", "Tick the sessions this note is for: it also goes into their per-session packs."
)
MAX_SESSION_ROWS = 8  # taller than this, the list scrolls
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def note_filter() -> str:
    """The Choose dialog's filter in the window's language."""
    return dialog_filter("NoteEditor", _NOTE_FILTERS)


def file_details(note: Note) -> str:
    """``PDF document · 120 KB`` for a note's attached file."""
    if note.attachment is None:
        return ""
    return f"{format_label(note)}{SEPARATOR}{file_size(note.attachment.size)}"


def session_rows(meeting: Meeting) -> tuple[tuple[str, str, str], ...]:
    """Each agenda item as (id, time, title), in agenda order."""
    return tuple((item.id, item_time(meeting, item), item.title) for item in meeting.agenda)


class NoteEditor(EntryEditor):
    """The form for one background note of the meeting."""

    part = "notes"
    noun = "note"

    status = Signal(str)
    """A short message for the window's status bar, e.g. where a copy was saved."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._folder = ""  # where the last file was chosen or saved, to start there next time
        self._rows: tuple[tuple[str, str, str], ...] = ()
        self.title_edit = self.bind_line(
            line_edit(
                translate("NoteEditor", "Title of the note, as printed"),
                translate("NoteEditor", "Title"),
            ),
            "title",
            translate("NoteEditor", "title"),
        )
        self.form.addRow(translate("NoteEditor", "&Title:"), self.title_edit)
        self.internal_check = QCheckBox(
            translate("NoteEditor", "&Internal (never in packs for participants)")
        )
        self.internal_check.setAccessibleName(translate("NoteEditor", "Internal"))
        self.internal_check.setToolTip(
            translate(
                "NoteEditor", "An internal note goes only into packs that include internal notes"
            )
        )
        self.internal_check.clicked.connect(self.set_internal)
        self.form.addRow("", self.internal_check)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self._build_sessions())
        layout.addWidget(self._build_content(), 1)
        set_tab_order(
            (
                self.title_edit,
                self.internal_check,
                self.sessions_view,
                self.attach_button,
                self.replace_button,
                self.save_copy_button,
                self.remove_file_button,
                self.body_edit,
            )
        )

    # -- building: sessions

    def _build_sessions(self) -> QGroupBox:
        self.session_model = QStandardItemModel(0, 2, self)
        self.session_model.itemChanged.connect(self._on_session_ticked)
        self.sessions_view = tree_view()
        self.sessions_view.setModel(self.session_model)
        self.sessions_view.setRootIsDecorated(False)
        self.sessions_view.setHeaderHidden(True)
        self.sessions_view.setAccessibleName(translate("NoteEditor", "Sessions of this note"))
        size_columns(self.sessions_view.header(), {0: Mode.ResizeToContents, 1: Mode.Stretch})
        self.sessions_view.header().sectionResized.connect(self._fit_sessions_soon)
        self.no_sessions = plain_label(translate("NoteEditor", "The agenda has no items yet."))
        self.no_sessions.setEnabled(False)
        hint = plain_label(translate("NoteEditor", SESSIONS_HINT))
        hint.setWordWrap(True)
        group = QGroupBox(translate("NoteEditor", "&Sessions"))
        layout = QVBoxLayout(group)
        layout.addWidget(hint)
        layout.addWidget(self.sessions_view)
        layout.addWidget(self.no_sessions)
        return group

    # -- building: content

    def _build_content(self) -> QGroupBox:
        body = text_box(
            translate("NoteEditor", "The note's own text, as it should appear in the pack"), lines=6
        )
        body.setAccessibleName(translate("NoteEditor", "Text"))
        self.body_edit = self.bind_text(body, "body", "text")
        self.body_growth = TextGrowth(self.body_edit, 6, 30)
        self.body_label = plain_label()
        self.body_label.setBuddy(self.body_edit)
        hint = plain_label(translate("NoteEditor", TEXT_HINT))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # a quiet, greyed hint
        group = QGroupBox(translate("NoteEditor", "Content"))
        layout = QVBoxLayout(group)
        layout.addWidget(self._build_attach_row())
        layout.addWidget(self._build_file_panel())
        layout.addWidget(self.body_label)
        layout.addWidget(hint)
        layout.addWidget(self.body_edit, 1)
        return group

    def _build_actions(self) -> None:
        open_icon = theme_icon(self, "document-open", QStyle.StandardPixmap.SP_DialogOpenButton)
        self.attach_action = form_action(
            self,
            translate("NoteEditor", "Attach file…"),
            translate("NoteEditor", "Use a DOCX, PDF, Markdown or text file as this note"),
            open_icon,
            "Ctrl+Shift+O",
        )
        self.replace_action = form_action(
            self,
            translate("NoteEditor", "Replace file…"),
            translate("NoteEditor", "Put another file in place of this one"),
            open_icon,
        )
        self.save_copy_action = form_action(
            self,
            translate("NoteEditor", "Save a copy…"),
            translate("NoteEditor", "Save the note's file somewhere on this computer"),
            theme_icon(self, "document-save-as", QStyle.StandardPixmap.SP_DialogSaveButton),
        )
        self.remove_file_action = form_action(
            self,
            translate("NoteEditor", "Remove file"),
            translate("NoteEditor", "Remove the file from the note; the note keeps its own text"),
            theme_icon(self, "edit-delete", QStyle.StandardPixmap.SP_TrashIcon),
        )
        self.attach_action.triggered.connect(self.choose_file)
        self.replace_action.triggered.connect(self.choose_file)
        self.save_copy_action.triggered.connect(self.save_copy)
        self.remove_file_action.triggered.connect(self.remove_file)

    def _build_attach_row(self) -> QWidget:
        self._build_actions()
        self.attach_button = tool_button(self.attach_action)
        hint = plain_label(
            translate(
                "NoteEditor",
                "a DOCX, PDF, Markdown or text file, or write the note below.",
                "after the Attach file… button",
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.attach_row = QWidget()
        layout = QHBoxLayout(self.attach_row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attach_button)
        layout.addWidget(hint, 1)
        return self.attach_row

    def _build_file_panel(self) -> QWidget:
        self.file_icon = QLabel()
        self.file_icon.setFixedSize(QSize(32, 32))
        self.file_name = ElidingLabel()
        self.file_name.setAccessibleName(translate("NoteEditor", "File name"))
        font = QFont(self.file_name.font())
        font.setBold(True)
        self.file_name.setFont(font)
        self.file_details = plain_label()
        self.file_details.setAccessibleName(translate("NoteEditor", "File format and size"))
        self.replace_button = tool_button(self.replace_action)
        self.save_copy_button = tool_button(self.save_copy_action)
        self.remove_file_button = tool_button(self.remove_file_action)
        self.file_panel = QWidget()
        layout = QVBoxLayout(self.file_panel)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(self._file_heading())
        buttons = QHBoxLayout()
        for button in (self.replace_button, self.save_copy_button, self.remove_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return self.file_panel

    def _file_heading(self) -> QHBoxLayout:
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.file_name)
        words.addWidget(self.file_details)
        heading = QHBoxLayout()
        heading.addWidget(self.file_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addLayout(words, 1)
        return heading

    # -- showing

    def fill(self, entry: Any) -> None:
        """Show the internal flag, the sessions and the file (bound fields fill themselves)."""
        self.internal_check.setChecked(entry.internal)
        self._fill_sessions(entry)
        self._fill_file(entry)

    def _fill_sessions(self, note: Note) -> None:
        rows = session_rows(self.document.meeting)
        self._filling = True
        try:
            if rows != self._rows:
                self._rebuild_sessions(rows)
            for row in range(self.session_model.rowCount()):
                cell = self.session_model.item(row, 0)
                ticked = cell.data(ID_ROLE) in note.session_ids
                cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def _rebuild_sessions(self, rows: tuple[tuple[str, str, str], ...]) -> None:
        current = self.sessions_view.currentIndex()
        current_id = current.siblingAtColumn(0).data(ID_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        self._rows = rows
        self.session_model.setRowCount(0)
        for ident, time, title in rows:
            self.session_model.appendRow(_session_cells(ident, time, title))
        ids = [ident for ident, _time, _title in rows]
        if current_id in ids:
            self.sessions_view.setCurrentIndex(
                self.session_model.index(ids.index(current_id), column)
            )
        self.sessions_view.setVisible(bool(rows))
        self.no_sessions.setVisible(not rows)
        self._fit_sessions_soon()

    def _fit_sessions_soon(self, *_args: Any) -> None:
        # Row heights depend on the column widths, which the layout sets a moment later.
        QTimer.singleShot(0, self, self._fit_sessions)

    def _fit_sessions(self) -> None:
        view = self.sessions_view
        shown = min(self.session_model.rowCount(), MAX_SESSION_ROWS)
        rows = sum(view.sizeHintForRow(row) for row in range(shown))
        view.setFixedHeight(max(rows, view.fontMetrics().height()) + 2 * view.frameWidth())

    def _fill_file(self, note: Note) -> None:
        attached = note.attachment is not None
        self.file_panel.setVisible(attached)
        self.attach_row.setVisible(not attached)
        self.attach_action.setEnabled(not attached)
        for action in (self.replace_action, self.save_copy_action, self.remove_file_action):
            action.setEnabled(attached)
        self.body_label.setText(
            translate("NoteEditor", "Text printed &before the file (optional):")
            if attached
            else translate("NoteEditor", "&Text of the note:")
        )
        # The text is optional beside a file: give the room to the rest of the form.
        self.body_growth.set_min_lines(3 if attached else 6)
        if note.attachment is None:
            return
        self.file_name.set_full_text(note.attachment.filename)
        self.file_details.setText(file_details(note))
        icon = theme_icon(self, _FORMAT_ICONS[note.format], QStyle.StandardPixmap.SP_FileIcon)
        self.file_icon.setPixmap(icon.pixmap(32, 32))

    # -- edits

    def set_internal(self, internal: bool) -> bool:
        """Mark the note internal (left out of packs for participants), or not."""
        note = self.entry()
        if note is None:
            return False
        text = (
            translate("NoteEditor", "Mark {title} internal")
            if internal
            else translate("NoteEditor", "Mark {title} for participants")
        )
        return self._edit(
            {"internal": internal},
            translate("NoteEditor", "internal flag"),
            text.format(title=self._title(note)),
        )

    def set_session(self, item_id: str, linked: bool) -> bool:
        """Link the note to an agenda item (in agenda order among its others), or unlink it."""
        note = self.entry()
        if note is None:
            return False
        meeting = self.document.meeting
        order = [item.id for item in meeting.agenda]
        ids = toggle_id(note.session_ids, item_id, linked, order)
        item = quoted(meeting.item(item_id).title)
        text = (
            translate("NoteEditor", "Link {note} to {item}")
            if linked
            else translate("NoteEditor", "Unlink {note} from {item}")
        )
        return self._edit(
            {"session_ids": ids},
            translate("NoteEditor", "sessions"),
            text.format(note=self._title(note), item=item),
        )

    def _on_session_ticked(self, cell: QStandardItem) -> None:
        if self._filling or cell.column() != 0:
            return
        linked = cell.checkState() == Qt.CheckState.Checked
        if not self.set_session(cell.data(ID_ROLE), linked):
            self.refresh()  # the tick goes back to what the meeting says

    def choose_file(self) -> None:
        """Ask for a DOCX, PDF, Markdown or text file and make it the note's file."""
        self.flush_typing()
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("NoteEditor", "Choose the note's file"), self._folder, note_filter()
        )
        if name:
            self.set_file_from(Path(name))

    def set_file_from(self, path: Path) -> bool:
        """Make the file at ``path`` the note's file; say why not if it is unreadable or refused."""
        note = self.entry()
        if note is None:
            return False
        self._folder = str(path.parent)
        try:
            attachment = Attachment(path.name, read_file(path, MAX_NOTE_BYTES))
        except (OSError, ValueError) as exc:
            problem = translate("NoteEditor", "The file was not changed: {problem}.")
            self.error_line.show_problem(problem.format(problem=read_problem(path, exc)))
            return False
        text = (
            translate("NoteEditor", "Replace file of {title}")
            if note.attachment is not None
            else translate("NoteEditor", "Attach file to {title}")
        )
        return self._edit(
            {"attachment": attachment},
            translate("NoteEditor", "file"),
            text.format(title=self._title(note)),
        )

    def remove_file(self) -> bool:
        """Take the file away from the note; the note keeps its own text."""
        self.flush_typing()
        note = self.entry()
        if note is None or note.attachment is None:
            return False
        text = translate("NoteEditor", "Remove file of {title}").format(title=self._title(note))
        return self._edit({"attachment": None}, translate("NoteEditor", "file"), text)

    def save_copy(self) -> None:
        """Ask where to save a copy of the note's file, and save it there."""
        self.flush_typing()
        note = self.entry()
        if note is None or note.attachment is None:
            return
        start = Path(self._folder or Path.home()) / note.attachment.filename
        everything = translate("NoteEditor", "All files")
        kind = f"{format_label(note)} (*{note.attachment.suffix});;{everything} (*)"
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("NoteEditor", "Save a copy of the note's file"), str(start), kind
        )
        if name:
            self.save_copy_to(Path(name))

    def save_copy_to(self, path: Path) -> bool:
        """Write the note's file to ``path`` (never half-written); say why not if it fails."""
        note = self.entry()
        if note is None or note.attachment is None:
            return False
        self._folder = str(path.parent)
        try:
            atomic_write(path, note.attachment.data)
        except OSError as exc:
            problem = translate(
                "NoteEditor", "The copy was not saved: {file} cannot be written ({reason})."
            )
            reason = exc.strerror or str(exc)
            self.error_line.show_problem(problem.format(file=path.name, reason=reason))
            return False
        self.error_line.show_problem("")
        saved = translate("NoteEditor", "Saved a copy of {file} as {path}")
        self.status.emit(saved.format(file=note.attachment.filename, path=path))
        return True

    def _edit(self, changes: dict[str, Any], label: str, text: str) -> bool:
        return self.commit(changes, label, label, merge=False, text=text)

    @staticmethod
    def _title(note: Note) -> str:
        return quoted(entry_title(note))


def _session_cells(ident: str, time: str, title: str) -> list[QStandardItem]:
    """The two cells of one agenda item: a tick box with its time, and its title."""
    tick = QStandardItem(time)
    tick.setData(ident, ID_ROLE)
    tick.setCheckable(True)
    tick.setEditable(False)
    tick.setAccessibleText(f"{time} {title}")
    name = QStandardItem(title)
    name.setEditable(False)
    return [tick, name]
