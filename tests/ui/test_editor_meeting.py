"""The meeting editor: the meeting's own fields, contacts, linked events and further reading.

Each test drives the real widgets, then checks the meeting, the undo text, that undo and redo
restore both the meeting and the widgets, and that the autosaved draft holds the edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from briefing.model import Contact, LinkedEvent, Meeting, Reference
from briefing.sample import sample_meeting
from briefing.store import load_meeting
from ui.document import MeetingDocument
from ui.editors.meeting import (
    CONTACTS,
    LINKED_EVENTS,
    REFERENCES,
    MeetingEditor,
    OptionalValue,
)
from ui.editors.tables import TupleTable

from .conftest import TRICKY

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Retype = Callable[[QLineEdit | QPlainTextEdit, str], None]
Png = Callable[..., Path]
PressEnter = Callable[[QWidget, Callable[[], object]], None]
AnswerOpen = Callable[[Path | None], list[tuple[Any, ...]]]
MakeDocument = Callable[[Meeting], MeetingDocument]

TITLE = "‘Consultation on <HRDs> & business’"


# --------------------------------------------------------------------------- fixtures & helpers


@pytest.fixture
def editor(document: MeetingDocument, qtbot: Any) -> MeetingEditor:
    """The editor, shown in an active window tall enough for every section."""
    widget = MeetingEditor(document)
    qtbot.addWidget(widget)
    widget.resize(900, 1900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def check_step(
    document: MeetingDocument,
    before: Meeting,
    text: str,
    shown: Callable[[], Any],
    old_shown: Any,
    new_shown: Any,
    steps: int = 1,
) -> Meeting:
    """One more undo step named ``text``; undo and redo restore meeting and widgets; saved."""
    after = document.meeting
    stack = document.undo_stack
    assert after != before
    assert stack.count() == steps
    assert stack.undoText() == text
    assert shown() == new_shown
    stack.undo()
    assert document.meeting == before
    assert shown() == old_shown
    stack.redo()
    assert document.meeting == after
    assert shown() == new_shown
    assert_saved(document)
    return after


def assert_saved(document: MeetingDocument) -> None:
    """The draft file holds the meeting as it is now."""
    assert document.flush()
    assert document.path is not None
    assert load_meeting(document.path) == document.meeting


def assert_refused(editor: MeetingEditor, before: Meeting, *words: str) -> None:
    """The change was not applied, and the error line says why."""
    assert editor.document.meeting == before
    assert editor.document.undo_stack.count() == 0
    assert editor.error_line.isVisible()
    for word in words:
        assert word in editor.error_line.text()


# --------------------------------------------------------------------------- showing


def test_shows_the_meeting_with_markup_like_text_literally(
    editor: MeetingEditor, meeting: Meeting
) -> None:
    assert editor.isEnabled()
    assert editor.title_edit.text() == "Consultation on <HRDs> & business"
    assert editor.organiser_edit.text() == TRICKY
    assert editor.type_combo.currentText() == "Multistakeholder consultation"
    assert editor.text_boxes["background"].toPlainText() == meeting.background
    assert editor.first_day.value() == dt.date(2017, 11, 30)
    assert editor.last_day.value() is None
    assert not editor.last_day.editor.isEnabled()
    assert editor.start_time.value() == dt.time(10, 0)
    contacts = editor.table(CONTACTS).model
    assert contacts.data(contacts.index(0, 0)) == TRICKY
    assert contacts.data(contacts.index(1, 4), Qt.ItemDataRole.CheckStateRole) == 2
    assert editor.language_picker.combo.currentData() == "en"
    labels = [editor.error_line, editor.logo_picker.file_label, editor.logo_picker.thumbnail]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_error_text_with_markup_is_plain(editor: MeetingEditor) -> None:
    table = editor.table(CONTACTS)
    index = table.model.index(0, 2)
    assert not table.model.setData(index, "<b>x</b>")
    assert "'<b>x</b>' is not a valid email address" in editor.error_line.text()
    assert editor.error_line.textFormat() == Qt.TextFormat.PlainText


def test_every_input_has_an_accessible_name(editor: MeetingEditor) -> None:
    inputs = [
        widget
        for widget in editor.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        and widget.isVisibleTo(editor)
    ]
    assert len(inputs) > 30
    for widget in inputs:
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            name = name or widget.text()
        assert name, widget


def test_two_columns_on_a_wide_page_one_on_a_narrow_one(
    document: MeetingDocument, qtbot: Any
) -> None:
    area = QScrollArea()
    area.setWidgetResizable(True)
    editor = MeetingEditor(document)
    area.setWidget(editor)
    qtbot.addWidget(area)
    area.resize(1600, 950)
    area.show()
    qtbot.waitUntil(lambda: editor.texts_box.x() > editor.meeting_box.width())
    assert editor.is_two_columns()
    area.resize(600, 650)
    qtbot.waitUntil(lambda: editor.texts_box.x() == editor.meeting_box.x())
    assert not editor.is_two_columns()
    assert editor.width() <= area.viewport().width()  # no sideways scrolling at 600 px
    for label in editor.findChildren(QLabel):
        if label.isVisibleTo(editor) and label.text() and not label.wordWrap():
            assert label.width() >= label.minimumSizeHint().width(), label.text()


# --------------------------------------------------------------------------- the meeting's fields


@pytest.mark.parametrize(
    ("widget", "field", "label", "value"),
    [
        ("title_edit", "title", "title", "Scaling up <protection> & “support”"),
        ("short_title_edit", "short_title", "short title", "HRDs & <business>"),
        ("organiser_edit", "organiser", "organiser", "UN Working Group"),
        ("venue_edit", "venue", "venue", "Palais Wilson"),
        ("room_edit", "room", "room", "Room XX"),
        ("city_edit", "city", "city", "Genève"),
        ("country_edit", "country", "country", "Suisse"),
    ],
)
def test_edit_a_line(
    editor: MeetingEditor,
    widget: str,
    field: str,
    label: str,
    value: str,
    retype: Retype,
) -> None:
    before = editor.document.meeting
    edit: QLineEdit = getattr(editor, widget)
    old = edit.text()
    retype(edit, value)
    editor.flush_typing()
    assert getattr(editor.document.meeting, field) == value
    check_step(editor.document, before, f"Edit {label} of {TITLE}", edit.text, old, value)


def test_typing_commits_after_a_pause(editor: MeetingEditor, qtbot: Any, retype: Retype) -> None:
    retype(editor.venue_edit, "Palais Wilson")
    qtbot.waitUntil(lambda: editor.document.meeting.venue == "Palais Wilson")
    assert editor.document.undo_stack.count() == 1  # every keystroke in one step


def test_an_empty_title_is_refused_and_kept(editor: MeetingEditor, retype: Retype) -> None:
    before = editor.document.meeting
    retype(editor.title_edit, "   ")
    editor.flush_typing()
    assert_refused(editor, before, "title", "must not be empty")
    assert editor.title_edit.text() == "   "
    assert editor.error_line.parent() is editor.meeting_box


def test_pick_a_meeting_type(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    combo = editor.type_combo
    combo.setCurrentIndex(combo.findText("Forum"))
    assert editor.document.meeting.meeting_type == "Forum"
    check_step(
        editor.document,
        before,
        f"Edit meeting type of {TITLE}",
        combo.currentText,
        "Multistakeholder consultation",
        "Forum",
    )


def test_type_a_meeting_type_of_ones_own(editor: MeetingEditor, retype: Retype) -> None:
    before = editor.document.meeting
    line = editor.type_combo.lineEdit()
    retype(line, "Donor <briefing>")
    editor.flush_typing()
    assert editor.document.meeting.meeting_type == "Donor <briefing>"
    check_step(
        editor.document,
        before,
        f"Edit meeting type of {TITLE}",
        editor.type_combo.currentText,
        "Multistakeholder consultation",
        "Donor <briefing>",
    )


@pytest.mark.parametrize("field", ["background", "aims", "logistics", "acknowledgements"])
def test_edit_a_concept_note_text(
    editor: MeetingEditor, qtbot: Any, field: str, retype: Retype
) -> None:
    before = editor.document.meeting
    box = editor.text_boxes[field]
    old = box.toPlainText()
    retype(box, "One & <two>.")
    QTest.keyClick(box, Qt.Key.Key_Return)
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "- a point")
    editor.flush_typing()
    value = "One & <two>.\n\n- a point"
    assert getattr(editor.document.meeting, field) == value
    check_step(editor.document, before, f"Edit {field} of {TITLE}", box.toPlainText, old, value)


# --------------------------------------------------------------------------- dates and times


def test_change_the_first_day(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    day = editor.first_day.editor
    day.setDate(QDate(2017, 11, 29))
    editor.flush_typing()
    assert editor.document.meeting.first_date == dt.date(2017, 11, 29)
    check_step(
        editor.document,
        before,
        f"Edit first day of {TITLE}",
        editor.first_day.value,
        dt.date(2017, 11, 30),
        dt.date(2017, 11, 29),
    )
    assert day.date() == QDate(2017, 11, 29)


def test_step_the_first_day_with_the_keyboard(editor: MeetingEditor, qtbot: Any) -> None:
    day = editor.first_day.editor
    day.setFocus()
    day.setCurrentSection(day.Section.DaySection)
    QTest.keyClick(day, Qt.Key.Key_Down)
    QTest.keyClick(day, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: editor.document.meeting.first_date == dt.date(2017, 11, 28))
    assert editor.document.undo_stack.count() == 1


def test_set_a_last_day(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    qtbot.mouseClick(editor.last_day.check, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.last_date == dt.date(2017, 12, 1)  # offered: the next day
    assert editor.last_day.editor.isEnabled()
    check_step(
        editor.document,
        before,
        f"Edit last day of {TITLE}",
        editor.last_day.value,
        None,
        dt.date(2017, 12, 1),
    )
    assert not editor.last_day.unset_label.isVisibleTo(editor)


def test_a_last_day_before_the_first_is_refused(editor: MeetingEditor, qtbot: Any) -> None:
    qtbot.mouseClick(editor.last_day.check, Qt.MouseButton.LeftButton)
    editor.document.undo_stack.clear()
    before = editor.document.meeting
    editor.last_day.editor.setDate(QDate(2017, 11, 28))
    editor.flush_typing()
    assert_refused(editor, before, "last day", "28 November 2017", "30 November 2017")
    assert editor.last_day.value() == dt.date(2017, 11, 28)  # kept, to be fixed
    assert editor.error_line.parent() is editor.when_box
    editor.last_day.editor.setDate(QDate(2017, 12, 2))
    editor.flush_typing()
    assert editor.document.meeting.last_date == dt.date(2017, 12, 2)
    assert not editor.error_line.isVisible()


def test_a_first_day_after_the_last_is_refused(document: MeetingDocument, qtbot: Any) -> None:
    document.apply(dataclasses.replace(document.meeting, last_date=dt.date(2017, 12, 1)), "setup")
    document.undo_stack.clear()
    editor = MeetingEditor(document)
    qtbot.addWidget(editor)
    editor.show()
    before = document.meeting
    editor.first_day.editor.setDate(QDate(2017, 12, 5))
    editor.flush_typing()
    assert_refused(editor, before, "first day", "1 December 2017", "5 December 2017")


def test_clear_the_first_day(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    qtbot.mouseClick(editor.first_day.check, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.first_date is None
    check_step(
        editor.document,
        before,
        f"Clear first day of {TITLE}",
        editor.first_day.value,
        dt.date(2017, 11, 30),
        None,
    )
    assert editor.first_day.unset_label.isVisibleTo(editor)
    assert editor.first_day.unset_label.text() == "No date yet"


def test_a_meeting_without_a_date(qtbot: Any, make_document: MakeDocument) -> None:
    document = make_document(Meeting("Undated"))
    editor = MeetingEditor(document)
    qtbot.addWidget(editor)
    assert editor.first_day.value() is None and editor.last_day.value() is None
    assert editor.start_time.value() is None and editor.end_time.value() is None
    editor.first_day.check.setChecked(True)
    assert document.meeting.first_date == dt.date.today()
    assert document.undo_stack.undoText() == "Edit first day of ‘Undated’"


def test_change_the_times(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    editor.start_time.editor.setTime(QTime(9, 30))
    editor.flush_typing()
    after_start = check_step(
        editor.document,
        before,
        f"Edit start time of {TITLE}",
        editor.start_time.value,
        dt.time(10, 0),
        dt.time(9, 30),
    )
    editor.end_time.editor.setTime(QTime(12, 45))
    editor.flush_typing()
    assert editor.document.meeting.end == dt.time(12, 45)
    check_step(
        editor.document,
        after_start,
        f"Edit end time of {TITLE}",
        editor.end_time.value,
        dt.time(13, 0),
        dt.time(12, 45),
        steps=2,
    )


def test_an_end_not_after_the_start_is_refused(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    editor.end_time.editor.setTime(QTime(10, 0))
    editor.flush_typing()
    assert_refused(editor, before, "end time", "not after its start at 10:00")
    assert editor.end_time.value() == dt.time(10, 0)


def test_clear_the_start_time(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    qtbot.mouseClick(editor.start_time.check, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.start is None
    check_step(
        editor.document,
        before,
        f"Clear start time of {TITLE}",
        editor.start_time.value,
        dt.time(10, 0),
        None,
    )


# --------------------------------------------------------------------------- logo and language


def test_set_and_remove_the_logo(
    editor: MeetingEditor,
    qtbot: Any,
    tmp_path: Path,
    png: Png,
    answer_open: AnswerOpen,
) -> None:
    path = png(tmp_path / "un <logo>.png")
    answer_open(path)
    before = editor.document.meeting
    picker = editor.logo_picker
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    logo = editor.document.meeting.logo
    assert logo is not None
    assert logo.filename == "un <logo>.png"
    assert logo.data == path.read_bytes()
    assert logo.media_type == "image/png"
    with_logo = check_step(
        editor.document,
        before,
        "Set logo ‘un <logo>.png’",
        lambda: (picker.thumbnail.pixmap().isNull(), picker.remove_button.isEnabled()),
        (True, False),
        (False, True),
    )
    described = picker.file_label.full_text()
    assert described.startswith("un <logo>.png (60 × 30 px · ")
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.logo is None
    check_step(
        editor.document,
        with_logo,
        "Remove logo ‘un <logo>.png’",
        picker.file_label.full_text,
        described,
        "The cover sheet has no logo.",
        steps=2,
    )


def test_a_file_that_is_not_an_image_is_refused(
    editor: MeetingEditor,
    qtbot: Any,
    tmp_path: Path,
    answer_open: AnswerOpen,
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not an image")
    answer_open(path)
    before = editor.document.meeting
    qtbot.mouseClick(editor.logo_picker.choose_button, Qt.MouseButton.LeftButton)
    assert_refused(editor, before, "logo", "notes.txt", "not a PNG, JPEG or GIF image")
    assert editor.error_line.parent() is editor.meeting_box


def test_a_damaged_image_is_refused(editor: MeetingEditor, tmp_path: Path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    before = editor.document.meeting
    assert not editor.set_logo_file(path)
    assert_refused(editor, before, "broken.png", "cannot be read as an image")


def test_an_unreadable_file_is_refused(editor: MeetingEditor, tmp_path: Path) -> None:
    before = editor.document.meeting
    assert not editor.set_logo_file(tmp_path / "gone.png")
    assert_refused(editor, before, "gone.png", "cannot be read")


def test_choosing_no_file_changes_nothing(
    editor: MeetingEditor, qtbot: Any, answer_open: AnswerOpen
) -> None:
    answer_open(None)
    qtbot.mouseClick(editor.logo_picker.choose_button, Qt.MouseButton.LeftButton)
    assert editor.document.undo_stack.count() == 0
    assert not editor.error_line.isVisible()


def test_pick_a_language(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    combo = editor.language_picker.combo
    combo.setCurrentIndex(combo.findData("fr"))
    assert editor.document.meeting.language == "fr"
    check_step(editor.document, before, f"Edit language of {TITLE}", combo.currentData, "en", "fr")
    assert not editor.language_picker.code_edit.isVisibleTo(editor)


def test_type_another_language_code(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    picker = editor.language_picker
    picker.combo.setCurrentIndex(picker.combo.count() - 1)
    assert picker.combo.currentText() == "Other…"
    assert picker.code_edit.isVisibleTo(editor)
    assert editor.document.undo_stack.count() == 0  # nothing until a code is typed
    qtbot.keyClicks(picker.code_edit, "pt-BR")
    QTest.keyClick(picker.code_edit, Qt.Key.Key_Return)
    assert editor.document.meeting.language == "pt-BR"
    check_step(
        editor.document,
        before,
        f"Edit language of {TITLE}",
        lambda: (picker.combo.currentText(), picker.code_edit.isVisibleTo(editor)),
        ("English (en)", False),
        ("Other…", True),
    )
    assert picker.code_edit.text() == "pt-BR"


def test_a_malformed_language_code_is_refused(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    picker = editor.language_picker
    picker.combo.setCurrentIndex(picker.combo.count() - 1)
    qtbot.keyClicks(picker.code_edit, "Portuguese <BR>")
    QTest.keyClick(picker.code_edit, Qt.Key.Key_Return)
    assert_refused(editor, before, "language", "‘Portuguese <BR>’ is not a language code")
    assert picker.code_edit.text() == "Portuguese <BR>"


# --------------------------------------------------------------------------- contacts


def open_cell(table: TupleTable, row: int, column: int) -> QLineEdit:
    """Press F2 on a cell, as a user would, and return the line edit it opens."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    return cell


def contact_names(document: MeetingDocument) -> list[str]:
    """Names (or emails) of the contacts, in order."""
    return [c.name or c.email for c in document.meeting.contacts]


def test_add_a_contact(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    table = editor.table(CONTACTS)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.contacts == (*before.contacts, Contact("New contact"))
    assert table.current_row() == 2
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)  # typing its name can start at once
    assert cell.text() == "New contact"
    check_step(editor.document, before, "Add contact", table.model.rowCount, 2, 3)


def test_edit_a_contact_in_place(
    editor: MeetingEditor, qtbot: Any, press_enter: PressEnter
) -> None:
    before = editor.document.meeting
    table = editor.table(CONTACTS)
    cell = open_cell(table, 1, 2)
    cell.selectAll()
    qtbot.keyClicks(cell, "queries@example.org")
    press_enter(cell, lambda: editor.document.undo_stack.count() == 1)
    assert editor.document.meeting.contacts[1].email == "queries@example.org"
    index = table.model.index(1, 2)
    check_step(
        editor.document,
        before,
        "Edit email of contact ‘forumbhr@ohchr.org’",
        lambda: table.model.data(index),
        "forumbhr@ohchr.org",
        "queries@example.org",
    )
    assert table.current_row() == 1  # the selection stays through undo and redo


def test_a_malformed_email_is_refused_and_offered_again(
    editor: MeetingEditor, qtbot: Any, press_enter: PressEnter
) -> None:
    before = editor.document.meeting
    cell = open_cell(editor.table(CONTACTS), 0, 2)
    cell.selectAll()
    qtbot.keyClicks(cell, "jane@")
    press_enter(cell, editor.error_line.isVisible)
    assert_refused(editor, before, "email of contact", "'jane@' is not a valid email address")
    assert editor.error_line.parent() is editor.contacts_box
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    again = QApplication.focusWidget()
    assert again.text() == "jane@"  # what was typed, to fix
    again.setText("jane@example.org")
    press_enter(again, lambda: editor.document.undo_stack.count() == 1)
    assert editor.document.meeting.contacts[0].email == "jane@example.org"
    assert not editor.error_line.isVisible()


def test_a_contact_without_name_or_email_is_refused(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(CONTACTS).model
    assert not model.setData(model.index(1, 2), "")
    assert_refused(editor, before, "needs a name or an email")


def test_copy_a_contact_in(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(CONTACTS).model
    index = model.index(0, 4)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert editor.document.meeting.contacts[0].cc
    check_step(
        editor.document,
        before,
        f"Edit cc of contact ‘{TRICKY}’",
        lambda: model.data(index, Qt.ItemDataRole.CheckStateRole),
        0,
        2,
    )


def test_move_a_contact_down_with_the_button(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    table = editor.table(CONTACTS)
    table.select_row(0)
    assert not table.up_button.isEnabled() and table.down_button.isEnabled()
    qtbot.mouseClick(table.down_button, Qt.MouseButton.LeftButton)
    assert contact_names(editor.document) == ["forumbhr@ohchr.org", TRICKY]
    assert table.current_row() == 1  # the selection moves with the contact
    check_step(
        editor.document,
        before,
        f"Move contact ‘{TRICKY}’ down",
        table.current_row,
        0,
        1,
    )
    assert table.up_button.isEnabled() and not table.down_button.isEnabled()


def test_move_a_contact_with_ctrl_up_and_down(editor: MeetingEditor) -> None:
    table = editor.table(CONTACTS)
    table.view.setFocus()
    table.select_row(1)
    QTest.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert contact_names(editor.document) == ["forumbhr@ohchr.org", TRICKY]
    assert editor.document.undo_stack.undoText() == "Move contact ‘forumbhr@ohchr.org’ up"
    QTest.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert contact_names(editor.document) == [TRICKY, "forumbhr@ohchr.org"]
    assert editor.document.undo_stack.count() == 2
    assert table.current_row() == 1
    assert "Ctrl+Down" in table.down_button.toolTip()


def test_drop_a_contact_elsewhere(editor: MeetingEditor) -> None:
    editor.table(CONTACTS).model.add_row()
    editor.document.undo_stack.clear()
    before = editor.document.meeting
    model = editor.table(CONTACTS).model
    data = model.mimeData([model.index(0, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert contact_names(editor.document) == ["forumbhr@ohchr.org", TRICKY, "New contact"]
    check_step(
        editor.document,
        before,
        f"Move contact ‘{TRICKY}’ down",
        lambda: model.data(model.index(1, 2)),
        "forumbhr@ohchr.org",
        "wg-business@ohchr.org",
    )
    data = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert contact_names(editor.document) == ["New contact", "forumbhr@ohchr.org", TRICKY]
    assert editor.document.undo_stack.undoText() == "Move contact ‘New contact’ up"


def test_a_drop_from_another_table_is_refused(editor: MeetingEditor) -> None:
    contacts = editor.table(CONTACTS).model
    events = editor.table(LINKED_EVENTS).model
    data = events.mimeData([events.index(0, 0)])
    assert not contacts.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not contacts.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert editor.document.undo_stack.count() == 0


def test_remove_a_contact(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    table = editor.table(CONTACTS)
    table.select_row(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert contact_names(editor.document) == ["forumbhr@ohchr.org"]
    assert table.current_row() == 0  # the next contact is selected
    check_step(
        editor.document,
        before,
        f"Remove contact ‘{TRICKY}’",
        table.model.rowCount,
        2,
        1,
    )


def test_delete_key_removes_the_selected_contact(editor: MeetingEditor) -> None:
    table = editor.table(CONTACTS)
    table.view.setFocus()
    table.select_row(1)
    QTest.keyClick(table.view, Qt.Key.Key_Delete)
    assert contact_names(editor.document) == [TRICKY]
    assert editor.document.undo_stack.undoText() == "Remove contact ‘forumbhr@ohchr.org’"


def test_buttons_follow_the_selection(editor: MeetingEditor) -> None:
    table = editor.table(CONTACTS)
    table.view.clearSelection()
    assert table.add_button.isEnabled()
    assert not table.remove_button.isEnabled()
    assert not table.up_button.isEnabled() and not table.down_button.isEnabled()
    table.select_row(1)
    assert table.remove_button.isEnabled() and table.up_button.isEnabled()


# --------------------------------------------------------------------------- events, references


def test_add_and_edit_a_linked_event(editor: MeetingEditor, qtbot: Any) -> None:
    before = editor.document.meeting
    table = editor.table(LINKED_EVENTS)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert editor.document.meeting.linked_events[-1] == LinkedEvent("New linked event")
    added = check_step(editor.document, before, "Add linked event", table.model.rowCount, 1, 2)
    model = table.model
    assert model.setData(model.index(1, 0), "Side event <B>")
    assert model.setData(model.index(1, 1), "2017-11-28")
    assert model.setData(model.index(1, 2), "29 Nov 2017")
    event = editor.document.meeting.linked_events[1]
    assert event == LinkedEvent("Side event <B>", dt.date(2017, 11, 28), dt.date(2017, 11, 29))
    assert model.data(model.index(1, 1)) == "28 Nov 2017"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.EditRole) == "2017-11-28"
    stack = editor.document.undo_stack
    assert stack.undoText() == "Edit last day of linked event ‘Side event <B>’"
    assert stack.count() == 4
    for _ in range(3):
        stack.undo()
    assert editor.document.meeting == added


def test_a_linked_event_ending_before_it_starts_is_refused(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(LINKED_EVENTS).model
    assert not model.setData(model.index(0, 2), "2017-11-26")
    assert_refused(editor, before, "last day of linked event", "is before")
    assert editor.error_line.parent() is editor.events_box


def test_a_date_that_cannot_be_read_is_refused(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(LINKED_EVENTS).model
    assert not model.setData(model.index(0, 1), "next Tuesday")
    assert_refused(editor, before, "‘next Tuesday’ is not a date", "2017-11-27")


def test_clear_a_linked_events_date(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(LINKED_EVENTS).model
    assert model.setData(model.index(0, 2), "")
    assert editor.document.meeting.linked_events[0].last_date is None
    check_step(
        editor.document,
        before,
        "Edit last day of linked event ‘2017 UN Forum’",
        lambda: model.data(model.index(0, 2)),
        "29 Nov 2017",
        None,
    )


def test_add_a_reference_and_its_url(editor: MeetingEditor, qtbot: Any) -> None:
    table = editor.table(REFERENCES)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert editor.document.undo_stack.undoText() == "Add reference"
    before = editor.document.meeting
    model = table.model
    assert model.setData(model.index(1, 2), "https://example.org/?a=1&b=<2>")
    assert editor.document.meeting.references[1] == Reference(
        "New reference", url="https://example.org/?a=1&b=<2>"
    )
    check_step(
        editor.document,
        before,
        "Edit URL of reference ‘New reference’",
        lambda: model.data(model.index(1, 2)),
        None,
        "https://example.org/?a=1&b=<2>",
        steps=2,
    )


def test_a_reference_needs_a_title(editor: MeetingEditor) -> None:
    before = editor.document.meeting
    model = editor.table(REFERENCES).model
    assert not model.setData(model.index(0, 0), "  ")
    assert_refused(editor, before, "title of reference ‘UNGPs’", "must not be empty")


# --------------------------------------------------------------------------- models and refresh


@pytest.mark.parametrize("spec", [CONTACTS, LINKED_EVENTS, REFERENCES], ids=lambda s: s.field)
def test_table_models_pass_the_model_tester(
    editor: MeetingEditor, qtmodeltester: Any, spec: Any
) -> None:
    table: TupleTable = editor.table(spec)
    qtmodeltester.check(table.model)
    table.add()
    table.select_row(0)
    table.move(1)
    table.remove()
    editor.document.undo_stack.undo()
    editor.document.undo_stack.undo()
    qtmodeltester.check(table.model)


def test_undo_refreshes_every_widget_without_new_edits(
    editor: MeetingEditor, qtbot: Any, retype: Retype
) -> None:
    before = editor.document.meeting
    retype(editor.title_edit, "New title")
    editor.flush_typing()
    editor.type_combo.setCurrentIndex(editor.type_combo.findText("Workshop"))
    editor.language_picker.combo.setCurrentIndex(editor.language_picker.combo.findData("es"))
    qtbot.mouseClick(editor.start_time.check, Qt.MouseButton.LeftButton)
    editor.table(CONTACTS).add()
    stack = editor.document.undo_stack
    assert stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert stack.count() == 5  # filling the form never made an edit of its own
    assert editor.document.meeting == before
    assert editor.title_edit.text() == before.title
    assert editor.type_combo.currentText() == before.meeting_type
    assert editor.language_picker.combo.currentData() == "en"
    assert editor.start_time.value() == dt.time(10, 0)
    assert editor.table(CONTACTS).model.rowCount() == 2
    editor.flush_typing()
    assert stack.index() == 0


def test_the_draft_holds_every_edit(
    editor: MeetingEditor,
    tmp_path: Path,
    retype: Retype,
    png: Png,
) -> None:
    retype(editor.short_title_edit, "HRDs")
    editor.flush_typing()
    editor.set_logo_file(png(tmp_path / "logo.png"))
    editor.last_day.check.setChecked(True)
    editor.table(CONTACTS).model.setData(editor.table(CONTACTS).model.index(0, 3), "+41 22")
    editor.table(REFERENCES).add()
    document = editor.document
    assert document.flush()
    saved = load_meeting(document.path)
    assert saved == document.meeting
    assert saved.short_title == "HRDs"
    assert saved.logo is not None and saved.logo.filename == "logo.png"
    assert saved.last_date == dt.date(2017, 12, 1)
    assert saved.contacts[0].phone == "+41 22"
    assert len(saved.references) == 2


def test_fits_the_sizes_the_window_gives_it(qtbot: Any, make_document: MakeDocument) -> None:
    """The editor on the sample meeting renders at the sizes the main window gives it."""
    document = make_document(sample_meeting())
    for width, height in ((900, 650), (600, 650), (1600, 950)):
        area = QScrollArea()
        area.setWidgetResizable(True)
        editor = MeetingEditor(document)
        area.setWidget(editor)
        qtbot.addWidget(area)
        area.resize(width, height)
        area.show()
        qtbot.waitExposed(area)
        assert not area.grab().isNull()
        assert editor.is_two_columns() == (width >= 1100)
        assert area.horizontalScrollBar().maximum() == 0
        assert editor.table(CONTACTS).model.rowCount() == 2


def test_the_editor_is_for_the_meeting(editor: MeetingEditor) -> None:
    assert editor.part == "meeting"
    assert editor.noun == "meeting"
    assert editor.entry() is editor.document.meeting
    assert isinstance(editor.first_day, OptionalValue)


def test_tab_goes_through_the_form_in_reading_order(editor: MeetingEditor) -> None:
    expected = [
        editor.short_title_edit,
        editor.type_combo,
        editor.organiser_edit,
        editor.logo_picker.choose_button,  # Remove is disabled: there is no logo
        editor.language_picker.combo,
        editor.first_day.check,
        editor.first_day.editor,
        editor.last_day.check,  # its date is disabled: a one-day meeting
        editor.start_time.check,
        editor.start_time.editor,
        editor.end_time.check,
        editor.end_time.editor,
        editor.venue_edit,
        editor.room_edit,
        editor.city_edit,
        editor.country_edit,
        editor.text_boxes["background"],
    ]
    editor.title_edit.setFocus()
    previous: QWidget = editor.title_edit
    for widget in expected:
        for _section in range(5):  # Tab first steps through the sections of a date or time
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not previous:
                break
        focus = QApplication.focusWidget()
        assert focus is widget or widget.isAncestorOf(focus), (widget, focus)
        previous = focus


def test_another_meeting_is_shown_in_full(editor: MeetingEditor) -> None:
    editor.table(CONTACTS).model.setData(editor.table(CONTACTS).model.index(0, 2), "bad@")
    assert editor.error_line.isVisible()
    other = sample_meeting()
    editor.document.reset(other)
    assert not editor.error_line.isVisible()
    assert editor.title_edit.text() == other.title
    assert editor.last_day.value() == other.last_date
    assert editor.table(LINKED_EVENTS).model.rows() == other.linked_events
    assert editor.table(REFERENCES).model.rowCount() == len(other.references)
    assert editor.document.undo_stack.count() == 0


def test_back_to_the_other_language_typed_before(editor: MeetingEditor, qtbot: Any) -> None:
    picker = editor.language_picker
    picker.combo.setCurrentIndex(picker.combo.count() - 1)
    qtbot.keyClicks(picker.code_edit, "de-CH")
    QTest.keyClick(picker.code_edit, Qt.Key.Key_Return)
    picker.combo.setCurrentIndex(picker.combo.findData("ru"))
    assert editor.document.meeting.language == "ru"
    picker.combo.setCurrentIndex(picker.combo.count() - 1)
    assert editor.document.meeting.language == "de-CH"
    assert editor.document.undo_stack.count() == 3


def test_a_fifo_as_logo_is_refused_without_freezing_the_window(
    editor: MeetingEditor, fifo: Callable[[str], Path]
) -> None:
    path = fifo("logo.png")
    before = editor.document.meeting
    assert not editor.set_logo_file(path)
    assert_refused(editor, before, "logo.png", "is not a regular file (a FIFO)")
