"""The agenda item editor: every change is one undo step, and the widgets follow undo and redo."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing.model import AgendaItem, ItemKind, Meeting, Participant, Role, RoleKind, Segment
from ui.document import MeetingDocument
from ui.editors.agenda import AgendaItemEditor, ItemRowsModel, RowsSection

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Retype = Callable[[QLineEdit | QPlainTextEdit, str], None]
Saved = Callable[[MeetingDocument], Meeting]
PressEnter = Callable[[QWidget, Callable[[], object]], None]

TRICKY = 'Smith & <Co> "R&D"'  # a person of the meeting in conftest.py
WELCOME = "‘Welcome and introduction’"
PILLAR = "‘Pillar <I> & III gaps’"
CTRL = Qt.KeyboardModifier.ControlModifier
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def editor(qtbot: QtBot, document: MeetingDocument) -> AgendaItemEditor:
    """A shown, active editor on the item "Welcome and introduction"."""
    editor = AgendaItemEditor(document)
    qtbot.addWidget(editor)
    editor.resize(560, 640)
    editor.show_entry("i1")
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


# --------------------------------------------------------------------------- helpers


def item(document: MeetingDocument, ident: str = "i1") -> AgendaItem:
    """The item as it is in the meeting now."""
    return document.meeting.item(ident)


def check_one_step(document: MeetingDocument, before: Meeting, text: str) -> Meeting:
    """The last edit is the only one, named ``text``; undo restores ``before``, redo the edit."""
    stack = document.undo_stack
    after = document.meeting
    assert after != before
    assert stack.count() == 1
    assert stack.undoText() == text
    stack.undo()
    assert document.meeting == before
    stack.redo()
    assert document.meeting == after
    return after


def rows(model: ItemRowsModel, column: int = 0) -> list[str]:
    """The texts of one column of a sub-table."""
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


def edit_cell(qtbot: QtBot, section: RowsSection, row: int, column: int) -> object:
    """Open the in-place editor of a cell, as a double-click does, and return it."""
    index = section.model.index(row, column)
    rect = section.view.visualRect(index)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = section.view.indexWidget(index)
    assert editor is not None
    return editor


def type_text(widget: QWidget, typed: str) -> None:
    """Type any text, accents included (QTest.keyClicks takes ASCII only)."""
    for char in typed:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def done_editing(section: RowsSection) -> Callable[[], bool]:
    """Whether the view has closed its in-place editor (after Enter, it commits and closes it)."""
    return lambda: section.view.state() != QAbstractItemView.State.EditingState


def type_time(qtbot: QtBot, edit: QTimeEdit, hours_minutes: str) -> None:
    """Type a time from the hours on, as after a click on them, and press Enter."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, hours_minutes)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --------------------------------------------------------------------------- the item's fields


def test_title_is_shown_literally_and_typing_it_is_one_undo_step(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    editor.show_entry("i2")
    assert editor.title_edit.text() == "Pillar <I> & III gaps"
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    qtbot.keyClicks(editor.title_edit, " (revised)")
    editor.flush_typing()
    assert item(document, "i2").title == "Pillar <I> & III gaps (revised)"
    check_one_step(document, meeting, f"Edit title of {PILLAR}")
    document.undo_stack.undo()
    assert editor.title_edit.text() == "Pillar <I> & III gaps"
    document.undo_stack.redo()
    assert editor.title_edit.text() == "Pillar <I> & III gaps (revised)"
    assert saved(document).item("i2").title == "Pillar <I> & III gaps (revised)"


def test_an_empty_title_is_refused_and_kept(
    editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting, retype: Retype
) -> None:
    retype(editor.title_edit, "")  # the field emptied
    editor.flush_typing()
    assert document.meeting == meeting
    assert editor.error_line.isVisible()
    assert "title" in editor.error_line.text()
    assert editor.title_edit.text() == ""


def test_typed_times_change_the_slot_as_one_step(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    assert editor.slot_label.text() == "15 min"
    type_time(qtbot, editor.end_edit, "10:45")
    assert (item(document).start, item(document).end) == (dt.time(10, 0), dt.time(10, 45))
    assert editor.slot_label.text() == "45 min"
    check_one_step(document, meeting, f"Edit time slot of {WELCOME}")
    document.undo_stack.undo()
    assert editor.end_edit.time() == QTime(10, 15)
    assert editor.slot_label.text() == "15 min"
    document.undo_stack.redo()
    assert editor.end_edit.time() == QTime(10, 45)
    assert saved(document).item("i1").end == dt.time(10, 45)


def test_an_end_not_after_the_start_is_refused_and_the_times_stay_as_typed(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    type_time(qtbot, editor.start_edit, "10:30")
    assert document.meeting == meeting
    assert document.undo_stack.count() == 0
    assert editor.error_line.isVisible()
    assert "not after its start at 10:30" in editor.error_line.text()
    assert editor.start_edit.time() == QTime(10, 30)
    assert editor.end_edit.time() == QTime(10, 15)
    assert editor.slot_label.text() == "—"
    type_time(qtbot, editor.end_edit, "11:00")  # a later end makes the slot whole: both apply
    assert (item(document).start, item(document).end) == (dt.time(10, 30), dt.time(11, 0))
    assert not editor.error_line.isVisible()
    check_one_step(document, meeting, f"Edit time slot of {WELCOME}")


def test_the_description_is_one_undo_step(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    qtbot.keyClicks(editor.description_edit, "Who <speaks> & when?")
    editor.flush_typing()
    assert item(document).description == "Who <speaks> & when?"
    check_one_step(document, meeting, f"Edit description of {WELCOME}")
    document.undo_stack.undo()
    assert editor.description_edit.toPlainText() == ""
    assert saved(document).item("i1").description == ""


def test_an_own_date_replaces_the_meetings_first_day(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    assert not editor.own_date_check.isChecked()
    assert not editor.date_edit.isEnabled()
    assert editor.date_edit.date().toPython() == dt.date(2017, 11, 30)
    qtbot.mouseClick(editor.own_date_check, Qt.MouseButton.LeftButton)
    assert editor.date_edit.isEnabled()
    editor.date_edit.setDate(dt.date(2017, 12, 1))
    assert item(document).date == dt.date(2017, 12, 1)
    check_one_step(document, meeting, f"Edit date of {WELCOME}")  # ticking and picking merge
    document.undo_stack.undo()
    assert not editor.own_date_check.isChecked()
    assert editor.date_edit.date().toPython() == dt.date(2017, 11, 30)
    document.undo_stack.redo()
    assert editor.date_edit.date().toPython() == dt.date(2017, 12, 1)
    assert saved(document).item("i1").date == dt.date(2017, 12, 1)


# --------------------------------------------------------------------------- people in the item


def test_a_person_of_the_meeting_is_added_as_moderator(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    editor.person_combo.setCurrentIndex(editor.person_combo.findText("Sarah Brooks"))
    editor.role_combo.setCurrentIndex(editor.role_combo.findText("Moderator"))
    assert editor.add_person_button.text() == "Add"
    qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    assert item(document).participants[-1] == Participant("p-sb", Role(RoleKind.MODERATOR))
    assert editor.person_combo.currentText() == ""
    model = editor.participants_model
    assert rows(model, 1) == ["Welcome", "Moderator"]
    assert editor.participants_section.current_row() == 1
    check_one_step(document, meeting, f"Add ‘Sarah Brooks’ to {WELCOME}")
    document.undo_stack.undo()
    assert model.rowCount() == 1
    document.undo_stack.redo()
    assert rows(model, 1) == ["Welcome", "Moderator"]
    assert editor.participants_section.current_row() == 1
    assert saved(document).item("i1").participants == item(document).participants


def test_the_same_person_in_the_same_role_twice_is_refused(
    editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    assert not editor.add_participant("p-ar", "welcome")
    assert document.meeting == meeting
    assert "already in" in editor.error_line.text()
    assert editor.add_participant("p-ar", "Rapporteur")  # another role is fine
    assert item(document).participants[-1].role == Role(RoleKind.RAPPORTEUR)


def test_typing_a_new_name_adds_a_new_person_in_one_step(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    name = "Jane <b>Doe</b> & Co"
    row_at = editor.add_person_button.mapTo(editor, editor.add_person_button.rect().topLeft())
    qtbot.keyClicks(editor.person_combo.lineEdit(), name)
    assert editor.add_person_button.text() == "Add new person"
    # the hint shows without moving the row the user is typing in
    assert (
        editor.add_person_button.mapTo(editor, editor.add_person_button.rect().topLeft()) == row_at
    )
    assert name in editor.person_hint.full_text()
    assert editor.person_hint.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(editor.person_combo.lineEdit(), Qt.Key.Key_Return)
    (new,) = [p for p in document.meeting.people if p.name == name]
    assert new.id.startswith("person-")
    assert item(document).participants[-1] == Participant(new.id, Role(RoleKind.SPEAKER))
    assert editor.person_hint.full_text() == ""
    assert editor.person_combo.findText(name) >= 0
    check_one_step(document, meeting, f"Add new person ‘{name}’ to {WELCOME}")
    document.undo_stack.undo()
    assert editor.person_combo.findText(name) == -1
    assert editor.participants_model.rowCount() == 1
    document.undo_stack.redo()
    assert saved(document).person(new.id).name == name


def test_a_name_of_the_meeting_typed_in_another_case_is_that_person(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument
) -> None:
    qtbot.keyClicks(editor.person_combo.lineEdit(), "sarah BROOKS")
    assert editor.add_person_button.text() == "Add"
    qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    assert item(document).participants[-1].person_id == "p-sb"
    assert len(document.meeting.people) == 3


def test_a_role_is_changed_in_place_to_free_text_and_to_a_known_role_in_french(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
    press_enter: PressEnter,
) -> None:
    editor.show_entry("i2")
    section = editor.participants_section
    combo = edit_cell(qtbot, section, 0, 1)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Kick-off remarks"
    assert combo.findText("Moderator") >= 0
    qtbot.keyClicks(combo.lineEdit(), "Special guest")
    press_enter(combo.lineEdit(), done_editing(section))
    assert item(document, "i2").participants[0].role == Role(RoleKind.OTHER, "Special guest")
    assert rows(editor.participants_model, 1)[0] == "Special guest"
    assert section.current_row() == 0
    check_one_step(document, meeting, f"Change role of ‘{TRICKY}’ in {PILLAR}")
    document.undo_stack.undo()
    assert rows(editor.participants_model, 1)[0] == "Kick-off remarks"

    section.view.setFocus()
    section.view.setCurrentIndex(editor.participants_model.index(0, 1))
    qtbot.keyClick(section.view, Qt.Key.Key_F2)  # the other way to edit in place
    combo = section.view.indexWidget(editor.participants_model.index(0, 1))
    assert isinstance(combo, QComboBox)
    type_text(combo.lineEdit(), "Modérateur")
    press_enter(combo.lineEdit(), done_editing(section))
    # the moderator role, in the words typed: a pack prints it so
    assert item(document, "i2").participants[0].role == Role(RoleKind.MODERATOR, "Modérateur")
    assert rows(editor.participants_model, 1)[0] == "Modérateur"
    saved_role = saved(document).item("i2").participants[0].role
    assert saved_role == Role(RoleKind.MODERATOR, "Modérateur")


def test_an_empty_role_is_refused(
    editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    model = editor.participants_model
    assert not model.setData(model.index(0, 1), "  ")
    assert document.meeting == meeting
    assert "role was not changed" in editor.error_line.text()


def test_participants_move_by_button_keeping_the_moved_row_selected(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    editor.show_entry("i2")
    section = editor.participants_section
    section.view.selectRow(0)
    assert not section.move_up_button.isEnabled()
    qtbot.mouseClick(section.move_down_button, Qt.MouseButton.LeftButton)
    ids = [p.person_id for p in item(document, "i2").participants]
    assert ids == ["p-sb", "p-co", "p-ar"]
    assert section.current_row() == 1
    check_one_step(document, meeting, f"Move ‘{TRICKY}’ down")
    document.undo_stack.undo()
    assert rows(editor.participants_model)[0].startswith(TRICKY)
    assert section.current_row() == 0
    document.undo_stack.redo()
    assert section.current_row() == 1
    qtbot.mouseClick(section.move_up_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.undoText() == f"Move ‘{TRICKY}’ up"
    assert document.meeting == meeting
    assert section.current_row() == 0


def test_participants_move_with_ctrl_up_and_down(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    editor.show_entry("i2")
    view = editor.participants_view
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    ids = [p.person_id for p in item(document, "i2").participants]
    assert ids == ["p-co", "p-ar", "p-sb"]
    assert editor.participants_section.current_row() == 2
    check_one_step(document, meeting, "Move ‘Sarah Brooks’ down")
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert document.meeting == meeting
    assert document.undo_stack.undoText() == "Move ‘Sarah Brooks’ up"
    assert editor.participants_section.current_row() == 1


def test_a_participant_dropped_on_the_model_moves_in_one_step(
    editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting, saved: Saved
) -> None:
    editor.show_entry("i2")
    model = editor.participants_model
    data = model.mimeData([model.index(0, 0), model.index(0, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    ids = [p.person_id for p in item(document, "i2").participants]
    assert ids == ["p-sb", "p-ar", "p-co"]
    assert editor.participants_section.current_row() == 2
    check_one_step(document, meeting, f"Move ‘{TRICKY}’ down")
    assert saved(document).item("i2").participants == item(document, "i2").participants
    data = model.mimeData([model.index(2, 0)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert document.undo_stack.count() == 1  # dropped where it was: nothing to undo


def test_a_row_of_another_item_cannot_be_dropped(editor: AgendaItemEditor) -> None:
    model = editor.participants_model
    data = model.mimeData([model.index(0, 0)])  # a row of "Welcome and introduction"
    editor.show_entry("i2")
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    steps = editor.running_order_model
    assert not steps.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_participants_are_removed_by_delete_and_by_button(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    editor.show_entry("i2")
    section = editor.participants_section
    section.view.setFocus()
    section.view.selectRow(1)
    qtbot.keyClick(section.view, Qt.Key.Key_Delete)
    ids = [p.person_id for p in item(document, "i2").participants]
    assert ids == ["p-co", "p-ar"]
    assert section.current_row() == 1  # the next person is selected
    check_one_step(document, meeting, f"Remove ‘Sarah Brooks’ from {PILLAR}")
    document.undo_stack.undo()
    assert editor.participants_model.rowCount() == 3
    assert section.current_row() == 1
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.undoText() == f"Remove ‘Sarah Brooks’ from {PILLAR}"
    assert "p-sb" in [p.id for p in document.meeting.people]  # still in the meeting


# --------------------------------------------------------------------------- running order


def test_steps_are_added_with_a_person_or_a_described_speaker(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    assert editor.total_label.text() == "5 of 15 min"
    assert not editor.add_step_button.isEnabled()
    qtbot.keyClicks(editor.step_edit, "Q&A <open>")
    qtbot.keyClicks(editor.speaker_combo.lineEdit(), "Sarah Brooks")
    editor.minutes_spin.setFocus()
    editor.minutes_spin.selectAll()
    qtbot.keyClicks(editor.minutes_spin, "10")
    qtbot.mouseClick(editor.add_step_button, Qt.MouseButton.LeftButton)
    assert item(document).running_order[-1] == Segment("Q&A <open>", "p-sb", "", 10)
    assert editor.total_label.text() == "15 of 15 min"
    assert editor.step_edit.text() == ""
    assert editor.running_order_section.current_row() == 2
    check_one_step(document, meeting, f"Add step ‘Q&A <open>’ to {WELCOME}")
    document.undo_stack.undo()
    assert editor.total_label.text() == "5 of 15 min"
    assert rows(editor.running_order_model) == ["Welcome", "Brief scene-setting"]
    document.undo_stack.redo()

    qtbot.keyClicks(editor.step_edit, "Testimony")
    qtbot.keyClicks(editor.speaker_combo.lineEdit(), "A defender (to be named)")
    qtbot.keyClick(editor.speaker_combo.lineEdit(), Qt.Key.Key_Return)
    step = item(document).running_order[-1]
    assert step == Segment("Testimony", None, "A defender (to be named)", None)
    assert saved(document).item("i1").running_order == item(document).running_order


def test_the_total_says_when_steps_run_over_the_slot(
    editor: AgendaItemEditor, document: MeetingDocument
) -> None:
    assert editor.add_step("Long debate", minutes=20)
    assert editor.total_label.text() == "25 of 15 min (10 min over the slot)"
    document.undo_stack.undo()
    assert editor.total_label.text() == "5 of 15 min"


def test_a_step_label_is_edited_in_place(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    press_enter: PressEnter,
) -> None:
    line = edit_cell(qtbot, editor.running_order_section, 0, 0)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Welcome <all>")
    press_enter(line, done_editing(editor.running_order_section))
    assert item(document).running_order[0].label == "Welcome <all>"
    check_one_step(document, meeting, f"Change label of ‘Welcome’ in {WELCOME}")
    document.undo_stack.undo()
    assert rows(editor.running_order_model)[0] == "Welcome"


def test_a_step_speaker_is_edited_in_place_as_a_person_or_free_text(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    press_enter: PressEnter,
) -> None:
    combo = edit_cell(qtbot, editor.running_order_section, 1, 1)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "A human rights defender (to be named)"
    qtbot.keyClicks(combo.lineEdit(), "Sarah Brooks")
    press_enter(combo.lineEdit(), done_editing(editor.running_order_section))
    step = item(document).running_order[1]
    assert (step.person_id, step.speaker) == ("p-sb", "")
    check_one_step(document, meeting, f"Change speaker of ‘Brief scene-setting’ in {WELCOME}")
    combo = edit_cell(qtbot, editor.running_order_section, 0, 1)
    qtbot.keyClicks(combo.lineEdit(), "The chair's <deputy>")
    press_enter(combo.lineEdit(), done_editing(editor.running_order_section))
    step = item(document).running_order[0]
    assert (step.person_id, step.speaker) == (None, "The chair's <deputy>")
    assert rows(editor.running_order_model, 1)[0] == "The chair's <deputy>"


def test_step_minutes_are_edited_in_a_spin_box_and_can_be_none(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    press_enter: PressEnter,
) -> None:
    spin = edit_cell(qtbot, editor.running_order_section, 1, 2)
    assert isinstance(spin, QSpinBox)
    assert spin.text() == "none"
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    press_enter(spin, done_editing(editor.running_order_section))
    assert item(document).running_order[1].minutes == 7
    assert editor.total_label.text() == "12 of 15 min"
    assert rows(editor.running_order_model, 2) == ["5", "7"]
    check_one_step(document, meeting, f"Change minutes of ‘Brief scene-setting’ in {WELCOME}")
    spin = edit_cell(qtbot, editor.running_order_section, 0, 2)
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)  # no text: no length
    press_enter(spin, done_editing(editor.running_order_section))
    assert item(document).running_order[0].minutes is None
    assert editor.total_label.text() == "7 of 15 min"


def test_steps_move_by_button_key_and_drop(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    section = editor.running_order_section
    section.view.setFocus()
    section.view.selectRow(1)
    qtbot.mouseClick(section.move_up_button, Qt.MouseButton.LeftButton)
    assert rows(editor.running_order_model) == ["Brief scene-setting", "Welcome"]
    assert section.current_row() == 0
    check_one_step(document, meeting, "Move ‘Brief scene-setting’ up")
    document.undo_stack.undo()
    assert section.current_row() == 1
    qtbot.keyClick(section.view, Qt.Key.Key_Up, CTRL)
    assert document.undo_stack.undoText() == "Move ‘Brief scene-setting’ up"
    assert section.current_row() == 0
    qtbot.keyClick(section.view, Qt.Key.Key_Down, CTRL)
    assert document.meeting == meeting
    model = editor.running_order_model
    assert model.dropMimeData(
        model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 2, 0, QModelIndex()
    )
    assert rows(model) == ["Brief scene-setting", "Welcome"]
    assert document.undo_stack.undoText() == "Move ‘Welcome’ down"
    assert section.current_row() == 1
    document.undo_stack.undo()
    assert section.current_row() == 0
    assert document.meeting == meeting


def test_steps_are_removed_by_delete_and_by_button(
    qtbot: QtBot,
    editor: AgendaItemEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    section = editor.running_order_section
    section.view.setFocus()
    section.view.selectRow(0)
    qtbot.keyClick(section.view, Qt.Key.Key_Delete)
    assert rows(editor.running_order_model) == ["Brief scene-setting"]
    assert editor.total_label.text() == "0 of 15 min"
    check_one_step(document, meeting, f"Remove step ‘Welcome’ from {WELCOME}")
    assert section.current_row() == 0
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert item(document).running_order == ()
    assert not section.remove_button.isEnabled()
    document.undo_stack.undo()
    assert rows(editor.running_order_model) == ["Brief scene-setting"]
    assert saved(document).item("i1").running_order == item(document).running_order


# --------------------------------------------------------------------------- shown literally, models


def test_markup_like_text_is_shown_literally(editor: AgendaItemEditor) -> None:
    editor.show_entry("i2")
    assert editor.title_edit.text() == "Pillar <I> & III gaps"
    person = rows(editor.participants_model)[0]
    assert person == f"{TRICKY} · Adviser, Кузнецов & Partners"
    tooltip = editor.participants_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"{TRICKY}\nAdviser, Кузнецов & Partners"
    assert editor.error_line.textFormat() == Qt.TextFormat.PlainText
    # Qt reads "<I>" in a tooltip as a tag; the tooltip must still show the title as typed
    shown = QTextDocument()
    shown.setHtml(editor.title_edit.toolTip())
    assert shown.toPlainText() == "Pillar <I> & III gaps"
    assert editor.add_step("<b>Q&A</b>")
    tooltip = editor.running_order_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    shown.setHtml(tooltip)
    assert shown.toPlainText() == "<b>Q&A</b>"


def test_showing_another_item_or_none(editor: AgendaItemEditor, meeting: Meeting) -> None:
    editor.participants_view.selectRow(0)
    editor.show_entry("i2")
    assert editor.participants_model.rowCount() == 3
    assert editor.running_order_model.rowCount() == 0
    assert editor.participants_section.current_row() == -1
    assert editor.total_label.text() == "0 of 45 min"
    editor.show_entry(None)
    assert not editor.isEnabled()
    assert editor.participants_model.rowCount() == 0
    assert editor.running_order_model.rowCount() == 0


def test_sub_table_models_pass_qts_model_tester(
    qtmodeltester: ModelTester, editor: AgendaItemEditor, document: MeetingDocument
) -> None:
    qtmodeltester.check(editor.participants_model)
    qtmodeltester.check(editor.running_order_model)
    editor.show_entry("i2")
    assert editor.move_participant(0, 2)
    assert editor.remove_participant(0)
    document.undo_stack.undo()
    qtmodeltester.check(editor.participants_model, force_py=True)
    qtmodeltester.check(editor.running_order_model, force_py=True)


def test_edits_of_other_fields_keep_the_tables_selection(
    editor: AgendaItemEditor, document: MeetingDocument
) -> None:
    section = editor.running_order_section
    section.view.selectRow(1)
    editor.commit({"title": "Opening"}, "title", "title")
    assert section.current_row() == 1
    document.undo_stack.undo()
    assert section.current_row() == 1


def test_the_api_moves_and_removes_by_row(
    editor: AgendaItemEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    assert not editor.move_step(0, -1)  # already first
    assert not editor.remove_participant(5)
    assert document.undo_stack.count() == 0
    assert editor.move_step(0, 1)
    assert editor.remove_step(0)
    assert [s.label for s in item(document).running_order] == ["Welcome"]
    assert document.undo_stack.count() == 2


def test_drops_can_land_on_a_row(editor: AgendaItemEditor, document: MeetingDocument) -> None:
    editor.show_entry("i2")
    editor.participants_view.selectRow(1)  # another row than the one dragged
    model = editor.participants_model
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
    assert [p.person_id for p in item(document, "i2").participants] == ["p-sb", "p-co", "p-ar"]
    assert editor.participants_section.current_row() == 1


# --------------------------------------------------------------------------- kind, room, link


def test_typing_a_break_s_title_makes_it_a_break_in_the_same_step(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, retype: Retype
) -> None:
    before = document.meeting
    retype(editor.title_edit, "Pause-café")
    editor.flush_typing()
    assert item(document).title == "Pause-café"
    assert item(document).kind is ItemKind.BREAK
    assert editor.kind_combo.currentText() == "Break"
    assert editor.participants_section.isVisible()  # it has people: they stay in sight
    check_one_step(document, before, f"Edit title of {WELCOME}")
    document.undo_stack.undo()
    assert editor.kind_combo.currentText() == "Session"


def test_a_kind_set_by_hand_is_kept_whatever_the_title(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, retype: Retype
) -> None:
    combo = editor.kind_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the next kind: Break
    assert item(document).kind is ItemKind.BREAK
    assert document.undo_stack.undoText() == f"Edit kind of {WELCOME}"
    combo.setCurrentIndex(combo.findData(ItemKind.SIDE_EVENT))
    assert item(document).kind is ItemKind.SIDE_EVENT
    retype(editor.title_edit, "Lunch")
    editor.flush_typing()
    assert item(document).title == "Lunch"
    assert item(document).kind is ItemKind.SIDE_EVENT  # chosen by hand: not the title's


def test_a_break_hides_the_people_table_but_a_side_event_shows_it(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, make_document: Callable
) -> None:
    pause = AgendaItem("brk", "Lunch", dt.time(13), dt.time(14), kind=ItemKind.MEAL)
    side = dataclasses.replace(pause, id="side", title="Side event", kind=ItemKind.SIDE_EVENT)
    meeting = dataclasses.replace(document.meeting, agenda=(*document.meeting.agenda, pause, side))
    document.apply(meeting, "Add entries")
    editor.show_entry("brk")
    assert not editor.participants_section.isVisible()
    assert editor.running_order_section.isVisible()  # a running order stays allowed
    editor.show_entry("side")
    assert editor.participants_section.isVisible()
    editor.show_entry("i2")
    assert editor.participants_section.isVisible()
    assert editor.kind_combo.currentText() == "Session"


def test_room_is_completed_from_the_rooms_in_use_and_is_one_step(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, retype: Retype
) -> None:
    other = dataclasses.replace(item(document, "i2"), room="Salle <B> & C")
    document.apply(dataclasses.replace(document.meeting, agenda=(item(document), other)), "Room")
    document.undo_stack.clear()  # the rooms set up are not the edit tested
    editor.refresh()
    completions = editor.room_edit.completer().model().stringList()
    assert completions == ["Room XXII", "Salle <B> & C"]  # the meeting's room and the other's
    before = document.meeting
    retype(editor.room_edit, "Salle <B> & C")
    editor.flush_typing()
    assert item(document).room == "Salle <B> & C"
    check_one_step(document, before, f"Edit room of {WELCOME}")


def test_a_link_that_is_not_a_web_address_is_refused_and_said(
    qtbot: QtBot, editor: AgendaItemEditor, document: MeetingDocument, retype: Retype
) -> None:
    before = document.meeting
    retype(editor.link_edit, "javascript:alert(1)")
    editor.flush_typing()
    assert document.meeting == before
    assert editor.error_line.isVisible()
    assert "is not a web address" in editor.error_line.text()
    assert editor.link_edit.text() == "javascript:alert(1)"  # kept, to be fixed
    retype(editor.link_edit, "https://webtv.un.org/live")
    editor.flush_typing()
    assert item(document).link == "https://webtv.un.org/live"
    assert not editor.error_line.isVisible()
