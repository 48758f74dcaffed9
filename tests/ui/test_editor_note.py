"""The note form: title, internal flag, sessions and content, each one undoable, saved edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from briefing.edit import replace_entry
from briefing.model import Meeting
from ui.document import MeetingDocument
from ui.editors.note import ID_ROLE, NoteEditor

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Retype = Callable[[QLineEdit | QPlainTextEdit, str], None]
Saved = Callable[[MeetingDocument], Meeting]
AnswerOpen = Callable[[Path | None], list[tuple[Any, ...]]]
MakeDocument = Callable[[Meeting], MeetingDocument]

TRICKY = 'Smith & <Co> "R&D"'


@pytest.fixture
def editor(qtbot: QtBot, document: MeetingDocument) -> NoteEditor:
    """The note form showing the background paper (a PDF, internal, in no session)."""
    form = NoteEditor(document)
    qtbot.addWidget(form)
    form.resize(560, 640)
    form.show()
    form.show_entry("n2")
    return form


def undo_texts(document: MeetingDocument) -> list[str]:
    """The text of every command on the undo stack, oldest first."""
    return [document.undo_stack.text(i) for i in range(document.undo_stack.count())]


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Make the save-file dialog answer ``path``; the list records the suggested names."""
    suggested: list[str] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def session_row(editor: NoteEditor, item_id: str) -> QModelIndex:
    """The tick cell of an agenda item in the sessions list."""
    model = editor.session_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == item_id:
            return index
    raise AssertionError(f"no row for {item_id}")


def ticked(editor: NoteEditor) -> list[str]:
    """The ids of the ticked agenda items, top to bottom."""
    model = editor.session_model
    return [
        model.index(row, 0).data(ID_ROLE)
        for row in range(model.rowCount())
        if model.item(row, 0).checkState() == Qt.CheckState.Checked
    ]


def tick(qtbot: QtBot, editor: NoteEditor, item_id: str) -> None:
    """Toggle an agenda item's tick with the keyboard, as a user would."""
    view = editor.sessions_view
    view.setFocus()
    view.setCurrentIndex(session_row(editor, item_id))
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_title_typed_is_one_undoable_saved_edit(
    editor: NoteEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
    saved: Saved,
) -> None:
    retype(editor.title_edit, "Background paper (2017)")
    editor.flush_typing()

    assert document.meeting.note("n2").title == "Background paper (2017)"
    assert undo_texts(document) == ["Edit title of ‘Background paper’"]
    assert saved(document).note("n2").title == "Background paper (2017)"
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.title_edit.text() == "Background paper"
    document.undo_stack.redo()
    assert editor.title_edit.text() == "Background paper (2017)"


def test_empty_title_is_refused(
    editor: NoteEditor, document: MeetingDocument, meeting: Meeting, retype: Retype
) -> None:
    retype(editor.title_edit, "")  # the field emptied
    editor.flush_typing()

    assert document.meeting == meeting
    assert (
        editor.error_line.text()
    ) == "The title was not changed: A note's title must not be empty."
    assert editor.error_line.isVisibleTo(editor)


def test_internal_check_box(
    qtbot: QtBot, editor: NoteEditor, document: MeetingDocument, meeting: Meeting, saved: Saved
) -> None:
    assert editor.internal_check.isChecked()
    qtbot.mouseClick(editor.internal_check, Qt.MouseButton.LeftButton)

    assert document.meeting.note("n2").internal is False
    assert undo_texts(document) == ["Mark ‘Background paper’ for participants"]
    assert saved(document).note("n2").internal is False
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.internal_check.isChecked()
    document.undo_stack.redo()
    assert not editor.internal_check.isChecked()
    qtbot.mouseClick(editor.internal_check, Qt.MouseButton.LeftButton)
    assert document.undo_stack.undoText() == "Mark ‘Background paper’ internal"


def test_sessions_ticked_and_unticked_in_agenda_order(
    qtbot: QtBot, editor: NoteEditor, document: MeetingDocument, meeting: Meeting, saved: Saved
) -> None:
    assert ticked(editor) == []
    tick(qtbot, editor, "i2")
    tick(qtbot, editor, "i1")  # ticked second, but first in the agenda

    assert document.meeting.note("n2").session_ids == ("i1", "i2")
    assert ticked(editor) == ["i1", "i2"]
    assert undo_texts(document) == [
        "Link ‘Background paper’ to ‘Pillar <I> & III gaps’",
        "Link ‘Background paper’ to ‘Welcome and introduction’",
    ]
    assert editor.sessions_view.currentIndex().row() == 0  # the selection stays put

    tick(qtbot, editor, "i2")
    assert document.meeting.note("n2").session_ids == ("i1",)
    assert document.undo_stack.undoText() == (
        "Unlink ‘Background paper’ from ‘Pillar <I> & III gaps’"
    )
    assert saved(document).note("n2").session_ids == ("i1",)

    document.undo_stack.undo()
    assert ticked(editor) == ["i1", "i2"]
    assert editor.sessions_view.currentIndex().row() == 1
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert ticked(editor) == []
    document.undo_stack.redo()
    assert ticked(editor) == ["i2"]


def test_sessions_show_time_and_title_literally(editor: NoteEditor) -> None:
    model = editor.session_model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [
        ("10:00–10:15", "Welcome and introduction"),
        ("10:15–11:00", "Pillar <I> & III gaps"),
    ]
    editor.show_entry("n1")
    assert ticked(editor) == ["i1", "i2"]


def test_body_typed_is_one_undoable_saved_edit(
    editor: NoteEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
    saved: Saved,
) -> None:
    editor.show_entry("n1")
    assert editor.body_edit.toPlainText() == "Plain <text> body."
    assert not editor.file_panel.isVisibleTo(editor)
    assert editor.attach_button.isVisibleTo(editor)

    retype(editor.body_edit, "New & <better> text")
    editor.flush_typing()
    assert document.meeting.note("n1").body == "New & <better> text"
    assert undo_texts(document) == ["Edit text of ‘Concept note’"]
    assert saved(document).note("n1").body == "New & <better> text"
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.body_edit.toPlainText() == "Plain <text> body."


def test_attached_file_is_described(editor: NoteEditor) -> None:
    assert editor.file_panel.isVisibleTo(editor)
    assert not editor.attach_row.isVisibleTo(editor)
    assert editor.file_name.full_text() == "paper.pdf"
    assert editor.file_details.text() == "PDF document · 9 bytes"
    assert editor.replace_button.text() == "Replace file…"


def test_markup_like_text_is_shown_literally(
    qtbot: QtBot, meeting: Meeting, make_document: MakeDocument
) -> None:
    note = dataclasses.replace(meeting.note("n1"), title=TRICKY)
    document = make_document(dataclasses.replace(meeting, notes=(note,)))
    form = NoteEditor(document)
    qtbot.addWidget(form)
    form.show_entry("n1")

    assert form.title_edit.text() == TRICKY
    assert form.body_edit.toPlainText() == "Plain <text> body."
    assert form.file_name.textFormat() == Qt.TextFormat.PlainText
    assert form.body_label.textFormat() == Qt.TextFormat.PlainText


def test_replace_file(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    meeting: Meeting,
    tmp_path: Path,
    saved: Saved,
    answer_open: AnswerOpen,
) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(b"PK\x03\x04 a word file" * 100)  # 1600 bytes
    answer_open(path)
    qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)

    attachment = document.meeting.note("n2").attachment
    assert attachment is not None and attachment.filename == "brief.docx"
    assert attachment.data == path.read_bytes()
    assert document.undo_stack.undoText() == "Replace file of ‘Background paper’"
    assert editor.file_name.full_text() == "brief.docx"
    assert editor.file_details.text() == "Word document (DOCX) · 1.6 KB"
    assert saved(document).note("n2").attachment == attachment

    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.file_name.full_text() == "paper.pdf"


def test_attach_file_to_a_text_note_keeps_its_text(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    tmp_path: Path,
    answer_open: AnswerOpen,
) -> None:
    editor.show_entry("n1")
    path = tmp_path / "aims.md"
    path.write_text("# Aims\n\n- one\n", encoding="utf-8")
    answer_open(path)
    qtbot.mouseClick(editor.attach_button, Qt.MouseButton.LeftButton)

    note = document.meeting.note("n1")
    assert note.format == "markdown" and note.body == "Plain <text> body."
    assert document.undo_stack.undoText() == "Attach file to ‘Concept note’"
    assert editor.file_panel.isVisibleTo(editor)
    assert editor.file_details.text() == "Markdown text · 14 bytes"
    assert editor.body_label.text() == "Text printed &before the file (optional):"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("budget.xlsx", b"PK\x03\x04", "'budget.xlsx' is not a note file the app can read"),
        ("gone.pdf", None, "gone.pdf cannot be read"),
        ("blank.txt", b"", "blank.txt is empty"),
    ],
)
def test_refused_file_is_named_and_changes_nothing(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    meeting: Meeting,
    tmp_path: Path,
    name: str,
    data: bytes | None,
    problem: str,
    answer_open: AnswerOpen,
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    answer_open(path)
    qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)

    assert document.meeting == meeting
    assert document.undo_stack.count() == 0
    assert editor.error_line.isVisibleTo(editor)
    assert editor.error_line.text().startswith("The file was not changed: ")
    assert problem in editor.error_line.text()
    assert editor.file_name.full_text() == "paper.pdf"


def test_remove_file_keeps_the_note(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
    saved: Saved,
) -> None:
    qtbot.mouseClick(editor.remove_file_button, Qt.MouseButton.LeftButton)

    note = document.meeting.note("n2")
    assert note.attachment is None and note.title == "Background paper" and note.internal
    assert document.undo_stack.undoText() == "Remove file of ‘Background paper’"
    assert not editor.file_panel.isVisibleTo(editor)
    assert editor.attach_row.isVisibleTo(editor)
    assert editor.body_label.text() == "&Text of the note:"
    assert saved(document).note("n2").attachment is None

    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.file_panel.isVisibleTo(editor)
    document.undo_stack.redo()
    retype(editor.body_edit, "Now the note's own text.")
    editor.flush_typing()
    assert document.meeting.note("n2").body == "Now the note's own text."


def test_save_a_copy_writes_the_file(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an older file")
    suggested = answer_save(monkeypatch, target)
    with qtbot.waitSignal(editor.status) as status:
        qtbot.mouseClick(editor.save_copy_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes() == b"%PDF-1.4\n"
    assert Path(suggested[0]).name == "paper.pdf"
    assert str(target) in status.args[0]
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.pdf"]  # no temp file left
    assert document.undo_stack.count() == 0


def test_save_a_copy_that_fails_says_why(
    qtbot: QtBot,
    editor: NoteEditor,
    document: MeetingDocument,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    answer_save(monkeypatch, tmp_path / "no such folder" / "copy.pdf")
    qtbot.mouseClick(editor.save_copy_button, Qt.MouseButton.LeftButton)

    assert editor.error_line.text().startswith("The copy was not saved: copy.pdf cannot be written")
    assert not (tmp_path / "no such folder").exists()
    assert document.undo_stack.count() == 0


def test_file_buttons_follow_the_note(editor: NoteEditor) -> None:
    assert editor.replace_action.isEnabled() and editor.save_copy_action.isEnabled()
    assert not editor.attach_action.isEnabled()
    editor.show_entry("n1")
    assert not editor.save_copy_action.isEnabled() and not editor.remove_file_action.isEnabled()
    assert editor.attach_action.isEnabled()


def test_every_input_has_an_accessible_name(editor: NoteEditor) -> None:
    inputs = (
        editor.title_edit,
        editor.internal_check,
        editor.sessions_view,
        editor.attach_button,
        editor.replace_button,
        editor.save_copy_button,
        editor.remove_file_button,
        editor.body_edit,
    )
    assert all(widget.accessibleName() for widget in inputs)


def test_selection_survives_an_agenda_change(
    qtbot: QtBot, editor: NoteEditor, document: MeetingDocument
) -> None:
    tick(qtbot, editor, "i2")
    item = document.meeting.item("i2")
    renamed = replace_entry(document.meeting, "agenda", dataclasses.replace(item, title="Gaps"))
    document.apply(renamed, "Edit title of ‘Pillar’")

    model = editor.session_model
    assert model.index(1, 1).data() == "Gaps"
    assert editor.sessions_view.currentIndex().row() == 1
    assert ticked(editor) == ["i2"]
    document.undo_stack.undo()
    assert model.index(1, 1).data() == "Pillar <I> & III gaps"
    assert editor.sessions_view.currentIndex().row() == 1


def test_sessions_list_fits_its_rows(qtbot: QtBot, editor: NoteEditor) -> None:
    view = editor.sessions_view
    qtbot.waitUntil(lambda: view.height() > 2 * view.sizeHintForRow(0))
    assert view.verticalScrollBar().maximum() == 0  # two rows, shown without scrolling
