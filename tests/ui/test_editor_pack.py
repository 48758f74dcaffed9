"""The pack builder: every change made through its widgets is one undoable, saved edit."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QStyle, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing.build import BuildRequest, build_packs
from briefing.model import (
    DEFAULT_PACK_ID,
    BioOrder,
    Meeting,
    PackDefinition,
    PackKind,
    PackOptions,
    PaperSize,
    default_pack,
)
from briefing.sample import sample_meeting
from ui.document import MeetingDocument
from ui.editors.pack import ContentsList, PackEditor, PackListModel

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Retype = Callable[[QLineEdit | QPlainTextEdit, str], None]
Saved = Callable[[MeetingDocument], Meeting]
MakeDocument = Callable[[Meeting], MeetingDocument]

TRICKY = 'Smith & <Co> "R&D"'  # a person in the meeting of conftest.py
CHECK = Qt.ItemDataRole.CheckStateRole
DISPLAY = Qt.ItemDataRole.DisplayRole
SAMPLE_ITEMS = ("welcome", "pillar-1-3", "pillar-2", "scaling-up", "wrap-up")


# --------------------------------------------------------------------------- helpers


def two_packs(meeting: Meeting) -> Meeting:
    """The awkward meeting with a full pack and, second, one pack per session."""
    full = dataclasses.replace(default_pack(meeting), id="full")
    briefs = PackDefinition(
        "briefs",
        "Moderator <briefs> & co",
        PackKind.PER_SESSION,
        item_ids=("i2",),
        bio_ids=("p-sb",),
        note_ids=("n1",),
    )
    return dataclasses.replace(meeting, packs=(full, briefs))


def open_editor(qtbot: QtBot, document: MeetingDocument, pack_id: str) -> PackEditor:
    editor = PackEditor(document)
    qtbot.addWidget(editor)
    editor.resize(800, 650)
    editor.show()
    editor.show_entry(pack_id)
    return editor


@pytest.fixture
def sample_document(make_document: MakeDocument) -> MeetingDocument:
    """The sample meeting (no packs defined), saving to a draft in tmp_path."""
    return make_document(sample_meeting())


@pytest.fixture
def sample_editor(qtbot: QtBot, sample_document: MeetingDocument) -> PackEditor:
    """The pack builder showing the sample meeting's default full pack."""
    return open_editor(qtbot, sample_document, DEFAULT_PACK_ID)


@pytest.fixture
def document(make_document: MakeDocument, meeting: Meeting) -> MeetingDocument:
    """The awkward meeting with two named packs."""
    return make_document(two_packs(meeting))


@pytest.fixture
def editor(qtbot: QtBot, document: MeetingDocument) -> PackEditor:
    """The pack builder showing the second pack, ‘Moderator <briefs> & co’."""
    return open_editor(qtbot, document, "briefs")


def pack(document: MeetingDocument, pack_id: str = DEFAULT_PACK_ID) -> PackDefinition:
    return next(p for p in document.meeting.packs if p.id == pack_id)


def last_undo_text(document: MeetingDocument) -> str:
    return document.undo_stack.undoText()


def rows(model: PackListModel) -> list[tuple[str, bool]]:
    """Each row's entry id and whether it is ticked, top to bottom."""
    return [
        (model.ident(r), model.index(r).data(CHECK) == Qt.CheckState.Checked)
        for r in range(model.rowCount())
    ]


def tab_title(editor: PackEditor, name: str) -> str:
    index = editor.tabs.indexOf(editor.lists[name])  # type: ignore[index]
    return editor.tabs.tabText(index).replace("&", "")


def press_space_on(qtbot: QtBot, tab: ContentsList, row: int) -> None:
    """Make ``row`` current and press Space, which ticks or unticks it."""
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row))
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)


def click_check_box(qtbot: QtBot, tab: ContentsList, row: int) -> None:
    """Click the check box drawn in ``row``."""
    view = tab.view
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, tab.model.index(row))
    option.rect = view.visualRect(tab.model.index(row))
    check = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check.center())


def without_packs(document: MeetingDocument) -> Meeting:
    """The meeting without its packs (to rebuild the starting point of the two-pack tests)."""
    return dataclasses.replace(document.meeting, packs=())


# --------------------------------------------------------------------------- the default pack


def test_first_edit_writes_out_the_default_pack_in_one_undo_step(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor, saved: Saved
) -> None:
    before = sample_document.meeting
    assert before.packs == ()
    items = sample_editor.lists["items"]
    assert tab_title(sample_editor, "items") == "Agenda items (5 of 5)"

    press_space_on(qtbot, items, 2)  # "pillar-2"

    assert sample_document.undo_stack.count() == 1
    assert last_undo_text(sample_document) == (
        "Remove ‘Pillar II implementation gaps’ from ‘Full pack’"
    )
    written = pack(sample_document)
    assert written == dataclasses.replace(
        default_pack(before), item_ids=("welcome", "pillar-1-3", "scaling-up", "wrap-up")
    )
    assert rows(sample_editor.items_model)[-1] == ("pillar-2", False)
    assert tab_title(sample_editor, "items") == "Agenda items (4 of 5)"
    assert saved(sample_document).packs == (written,)

    sample_document.undo_stack.undo()
    assert sample_document.meeting == before
    assert sample_document.meeting.packs == ()
    assert rows(sample_editor.items_model) == [(i, True) for i in SAMPLE_ITEMS]
    assert tab_title(sample_editor, "items") == "Agenda items (5 of 5)"
    assert saved(sample_document).packs == ()

    sample_document.undo_stack.redo()
    assert sample_document.meeting.packs == (written,)


def test_renaming_the_default_pack_is_one_step_however_many_keys(
    sample_document: MeetingDocument,
    sample_editor: PackEditor,
    retype: Retype,
    saved: Saved,
) -> None:
    retype(sample_editor.name_edit, "Participants' pack")
    sample_editor.flush_typing()

    assert sample_document.undo_stack.count() == 1
    assert last_undo_text(sample_document) == "Rename pack ‘Full pack’"
    assert pack(sample_document).name == "Participants' pack"
    assert saved(sample_document).packs[0].name == "Participants' pack"

    sample_document.undo_stack.undo()
    assert sample_document.meeting.packs == ()
    assert sample_editor.name_edit.text() == "Full pack"


def test_an_empty_name_is_refused_and_the_typing_kept(
    sample_document: MeetingDocument, sample_editor: PackEditor, retype: Retype
) -> None:
    retype(sample_editor.name_edit, "")  # the field emptied
    sample_editor.flush_typing()

    assert sample_document.undo_stack.count() == 0
    assert sample_document.meeting.packs == ()
    assert sample_editor.error_line.isVisible()
    assert "name was not changed" in sample_editor.error_line.text()
    assert sample_editor.name_edit.text() == ""


# --------------------------------------------------------------------------- ticking


def test_the_second_of_two_packs_is_edited_and_the_first_left_alone(
    qtbot: QtBot, document: MeetingDocument, editor: PackEditor, saved: Saved
) -> None:
    first = pack(document, "full")
    assert rows(editor.items_model) == [("i2", True), ("i1", False)]

    click_check_box(qtbot, editor.lists["items"], 1)  # tick "Welcome and introduction"

    assert pack(document, "briefs").item_ids == ("i1", "i2")  # agenda order, not click order
    assert pack(document, "full") == first
    assert last_undo_text(document) == "Add ‘Welcome and introduction’ to ‘Moderator <briefs> & co’"
    assert rows(editor.items_model) == [("i1", True), ("i2", True)]
    assert saved(document).packs[1].item_ids == ("i1", "i2")

    document.undo_stack.undo()
    assert pack(document, "briefs").item_ids == ("i2",)
    assert rows(editor.items_model) == [("i2", True), ("i1", False)]


def test_a_tick_goes_to_its_agenda_place_among_a_chosen_order(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor
) -> None:
    sample_editor.set_included("items", "welcome", False)
    sample_editor.set_included("items", "scaling-up", False)
    sample_editor.move("items", 2, -2)  # wrap-up first: a chosen order of the user's own
    assert pack(sample_document).item_ids == ("wrap-up", "pillar-1-3", "pillar-2")

    press_space_on(qtbot, sample_editor.lists["items"], 4)  # "scaling-up" is the last row

    assert pack(sample_document).item_ids == ("wrap-up", "pillar-1-3", "pillar-2", "scaling-up")
    assert rows(sample_editor.items_model)[-1] == ("welcome", False)
    assert sample_editor.items_view.currentIndex().row() == 3  # the ticked row stays current
    assert sample_document.undo_stack.count() == 4


def test_bios_and_notes_are_ticked_and_unticked(
    qtbot: QtBot, document: MeetingDocument, editor: PackEditor
) -> None:
    bios, notes = editor.lists["bios"], editor.lists["notes"]
    assert rows(editor.bios_model) == [("p-sb", True), ("p-ar", False), ("p-co", False)]

    press_space_on(qtbot, bios, 2)
    assert pack(document, "briefs").bio_ids == ("p-co", "p-sb")  # p-co appears before p-sb
    assert last_undo_text(document) == f"Add ‘{TRICKY}’ to ‘Moderator <briefs> & co’"
    press_space_on(qtbot, bios, 1)
    assert pack(document, "briefs").bio_ids == ("p-co",)
    assert last_undo_text(document) == "Remove ‘Sarah Brooks’ from ‘Moderator <briefs> & co’"

    assert rows(editor.notes_model) == [("n1", True), ("n2", False)]
    assert editor.notes_model.index(1).data(DISPLAY) == "Background paper · PDF · internal"
    press_space_on(qtbot, notes, 1)
    assert pack(document, "briefs").note_ids == ("n1", "n2")
    assert last_undo_text(document) == "Add ‘Background paper’ to ‘Moderator <briefs> & co’"
    assert tab_title(editor, "notes") == "Notes (2 of 2)"

    for _ in range(3):
        document.undo_stack.undo()
    assert document.meeting == two_packs(without_packs(document))
    assert rows(editor.bios_model)[0] == ("p-sb", True)
    assert tab_title(editor, "notes") == "Notes (1 of 2)"


def test_people_in_the_chosen_items_are_marked(
    document: MeetingDocument, editor: PackEditor
) -> None:
    model = editor.bios_model
    italic = {model.ident(r): bool(model.index(r).data(Qt.ItemDataRole.FontRole)) for r in range(3)}
    assert italic == {"p-sb": False, "p-co": False, "p-ar": False}  # all three are in "i2"
    editor.set_included("items", "i2", False)
    row = model.row_of("p-co")
    assert model.index(row).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(row).data(DISPLAY).endswith("not in the chosen items")
    assert "Kick-off remarks in ‘Pillar <I> & III gaps’" in model.index(row).data(
        Qt.ItemDataRole.ToolTipRole
    )


# --------------------------------------------------------------------------- reordering


def test_move_down_by_button_keeps_the_entry_current(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor
) -> None:
    items = sample_editor.lists["items"]
    items.view.setCurrentIndex(sample_editor.items_model.index(0))
    assert not items.move_up.isEnabled()

    qtbot.mouseClick(items.down_button, Qt.MouseButton.LeftButton)

    assert pack(sample_document).item_ids[:2] == ("pillar-1-3", "welcome")
    assert last_undo_text(sample_document) == "Move ‘Welcome and introduction’ down in ‘Full pack’"
    assert items.view.currentIndex().row() == 1
    assert sample_editor.items_model.ident(1) == "welcome"
    assert items.move_up.isEnabled()

    sample_document.undo_stack.undo()
    assert sample_document.meeting.packs == ()
    assert items.view.currentIndex().row() == 0  # the selection follows the entry back
    assert sample_editor.items_model.ident(0) == "welcome"


def test_ctrl_down_and_ctrl_up_move_the_current_entry(
    document: MeetingDocument, editor: PackEditor
) -> None:
    editor.select_all("bios", True)
    view = editor.bios_view
    view.setFocus()
    view.setCurrentIndex(editor.bios_model.index(0))

    assert pack(document, "briefs").bio_ids == ("p-ar", "p-co", "p-sb")

    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert pack(document, "briefs").bio_ids == ("p-co", "p-ar", "p-sb")
    assert last_undo_text(document) == (
        "Move ‘Prof. Anita Ramasastry’ down in ‘Moderator <briefs> & co’"
    )
    assert view.currentIndex().row() == 1

    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert pack(document, "briefs").bio_ids == ("p-ar", "p-co", "p-sb")
    assert (
        last_undo_text(document) == "Move ‘Prof. Anita Ramasastry’ up in ‘Moderator <briefs> & co’"
    )
    assert view.currentIndex().row() == 0
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first
    assert document.undo_stack.count() == 3


def test_a_drop_through_the_model_is_one_move(
    sample_document: MeetingDocument, sample_editor: PackEditor
) -> None:
    model = sample_editor.items_model
    data = model.mimeData([model.index(0)])

    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())

    assert pack(sample_document).item_ids == (
        "pillar-1-3",
        "pillar-2",
        "welcome",
        "scaling-up",
        "wrap-up",
    )
    assert sample_document.undo_stack.count() == 1
    assert last_undo_text(sample_document) == "Move ‘Welcome and introduction’ down in ‘Full pack’"

    # the list view's own drag calls moveRows: the last item to the top
    assert model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 0)
    assert pack(sample_document).item_ids[0] == "wrap-up"
    sample_document.undo_stack.undo()
    sample_document.undo_stack.undo()
    assert sample_document.meeting.packs == ()


def test_entries_outside_the_pack_cannot_be_moved(
    document: MeetingDocument, editor: PackEditor
) -> None:
    model = editor.items_model  # "i2" chosen, "i1" not
    assert not model.flags(model.index(1)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not editor.move("items", 1, -1)
    assert not model.dropMimeData(
        model.mimeData([model.index(1)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    # a chosen entry dropped among the unchosen ones stays last of the chosen: no edit
    assert not model.dropMimeData(
        model.mimeData([model.index(0)]), Qt.DropAction.MoveAction, 2, 0, QModelIndex()
    )
    assert document.undo_stack.count() == 0


# --------------------------------------------------------------------------- select all / none


def test_select_none_and_all_and_only_people_in_the_chosen_items(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor, saved: Saved
) -> None:
    items = sample_editor.lists["items"]
    qtbot.mouseClick(items.select_none_button, Qt.MouseButton.LeftButton)
    assert pack(sample_document).item_ids == ()
    assert last_undo_text(sample_document) == "Remove all agenda items from ‘Full pack’"
    assert not items.select_none_button.isEnabled()

    sample_editor.set_included("items", "pillar-2", True)
    qtbot.mouseClick(sample_editor.only_appearing_button, Qt.MouseButton.LeftButton)
    assert pack(sample_document).bio_ids == ("bennett-freeman", "mauricio-lazala")
    assert last_undo_text(sample_document) == (
        "Set bios of ‘Full pack’ to the people in its agenda items"
    )

    sample_editor.move("items", 0, 0)  # nothing to do: no edit
    qtbot.mouseClick(items.select_all_button, Qt.MouseButton.LeftButton)
    assert pack(sample_document).item_ids == SAMPLE_ITEMS
    assert last_undo_text(sample_document) == "Add all agenda items to ‘Full pack’"
    assert tab_title(sample_editor, "bios") == "Bios (2 of 7)"
    assert sample_document.undo_stack.count() == 4
    assert saved(sample_document).packs[0].item_ids == SAMPLE_ITEMS


def test_select_all_keeps_the_chosen_order(document: MeetingDocument, editor: PackEditor) -> None:
    editor.set_included("bios", "p-ar", True)
    editor.move("bios", 1, -1)
    assert pack(document, "briefs").bio_ids == ("p-sb", "p-ar")

    editor.select_all("bios", True)

    assert pack(document, "briefs").bio_ids == ("p-sb", "p-ar", "p-co")
    assert last_undo_text(document) == "Add all bios to ‘Moderator <briefs> & co’"
    assert not editor.select_all("bios", True)  # all there already: no edit
    assert document.undo_stack.count() == 3


# --------------------------------------------------------------------------- options


def test_kind_paper_and_bio_order_are_set_and_undone(
    sample_document: MeetingDocument, sample_editor: PackEditor, saved: Saved
) -> None:
    sample_editor.kind_combo.setCurrentIndex(1)
    assert pack(sample_document).kind is PackKind.PER_SESSION
    assert last_undo_text(sample_document) == "Set kind of ‘Full pack’ to one pack per session"
    assert "ticks here are not used" in sample_editor.lists["bios"].hint.text()

    sample_editor.paper_combo.setCurrentIndex(1)
    assert pack(sample_document).options.paper is PaperSize.LETTER
    assert last_undo_text(sample_document) == "Set paper of ‘Full pack’ to Letter"

    sample_editor.bio_order_combo.setCurrentIndex(1)
    assert pack(sample_document).bio_order is BioOrder.ALPHABETICAL
    assert last_undo_text(sample_document) == "Set bio order of ‘Full pack’ to alphabetical"
    assert "sorted by surname" in sample_editor.lists["bios"].hint.text()
    assert sample_editor.summary_label.text() == (
        "One pack per session · 5 agenda items, 7 bios, 0 notes · PDF and DOCX · Letter"
    )
    assert saved(sample_document).packs[0].options.paper is PaperSize.LETTER

    sample_document.undo_stack.undo()
    assert sample_editor.bio_order_combo.currentData() == BioOrder.APPEARANCE
    sample_document.undo_stack.undo()
    assert sample_editor.paper_combo.currentText() == "A4"
    sample_document.undo_stack.undo()
    assert sample_editor.kind_combo.currentData() == PackKind.FULL
    assert sample_document.meeting.packs == ()
    assert "Order of appearance: the pack prints" in sample_editor.lists["bios"].hint.text()
    sample_document.undo_stack.redo()
    assert pack(sample_document).kind is PackKind.PER_SESSION
    assert sample_editor.kind_combo.currentData() == PackKind.PER_SESSION


def test_formats_change_and_the_last_one_cannot_be_unticked(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor
) -> None:
    qtbot.mouseClick(sample_editor.docx_box, Qt.MouseButton.LeftButton)
    assert pack(sample_document).options.formats == ("pdf",)
    assert last_undo_text(sample_document) == "Set formats of ‘Full pack’ to PDF"

    qtbot.mouseClick(sample_editor.pdf_box, Qt.MouseButton.LeftButton)  # the last one
    assert pack(sample_document).options.formats == ("pdf",)
    assert sample_document.undo_stack.count() == 1
    assert sample_editor.pdf_box.isChecked()
    assert sample_editor.error_line.isVisible()
    assert sample_editor.error_line.text() == (
        "The formats were not changed: a pack needs at least one format (PDF or DOCX)."
    )

    qtbot.mouseClick(sample_editor.docx_box, Qt.MouseButton.LeftButton)
    assert pack(sample_document).options.formats == ("pdf", "docx")
    assert not sample_editor.error_line.isVisible()
    assert sample_editor.summary_label.text().endswith("PDF and DOCX · A4")

    sample_document.undo_stack.undo()
    assert not sample_editor.docx_box.isChecked()
    sample_document.undo_stack.undo()
    assert sample_editor.docx_box.isChecked()
    assert sample_document.meeting.packs == ()


def test_distribution_mark_typed_or_chosen_and_version_line(
    document: MeetingDocument, editor: PackEditor, retype: Retype, saved: Saved
) -> None:
    mark_edit = editor.mark_combo.lineEdit()
    retype(mark_edit, "Only <you> & me")
    editor.flush_typing()
    assert pack(document, "briefs").options.distribution_mark == "Only <you> & me"
    assert last_undo_text(document) == "Edit distribution mark of ‘Moderator <briefs> & co’"
    count = document.undo_stack.count()

    editor.mark_combo.textActivated.emit("Restricted")  # what picking a suggestion sends
    assert pack(document, "briefs").options.distribution_mark == "Restricted"
    assert last_undo_text(document) == (
        "Set distribution mark of ‘Moderator <briefs> & co’ to ‘Restricted’"
    )
    assert document.undo_stack.count() == count + 1

    retype(editor.version_edit, "Draft 3, 28 November 2017")
    editor.flush_typing()
    assert pack(document, "briefs").options.version_line == "Draft 3, 28 November 2017"
    assert last_undo_text(document) == "Edit version line of ‘Moderator <briefs> & co’"
    assert document.undo_stack.count() == count + 2
    options = saved(document).packs[1].options
    assert (options.distribution_mark, options.version_line) == (
        "Restricted",
        "Draft 3, 28 November 2017",
    )

    document.undo_stack.undo()
    assert editor.version_edit.text() == ""
    document.undo_stack.undo()
    assert mark_edit.text() == "Only <you> & me"


def test_include_internal_notes(
    qtbot: QtBot, document: MeetingDocument, editor: PackEditor
) -> None:
    editor.tabs.setCurrentWidget(editor.lists["notes"])
    qtbot.mouseClick(editor.internal_box, Qt.MouseButton.LeftButton)
    assert pack(document, "briefs").options == PackOptions(include_internal=True)
    assert last_undo_text(document) == "Include internal notes in ‘Moderator <briefs> & co’"
    qtbot.mouseClick(editor.internal_box, Qt.MouseButton.LeftButton)
    assert last_undo_text(document) == "Leave internal notes out of ‘Moderator <briefs> & co’"
    document.undo_stack.undo()
    assert editor.internal_box.isChecked()
    document.undo_stack.undo()
    assert not editor.internal_box.isChecked()
    assert pack(document, "briefs").options == PackOptions()


def test_merged_pages_shrink_or_are_stamped_at_full_size(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor, saved: Saved
) -> None:
    box = sample_editor.shrink_box
    assert box.isChecked() and box.isEnabled()  # shrinking is the default
    assert "header and footer" in box.toolTip()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not pack(sample_document).options.shrink_merged_pages
    assert last_undo_text(sample_document) == (
        "Stamp merged PDF pages of ‘Full pack’ without shrinking"
    )
    assert not saved(sample_document).packs[0].options.shrink_merged_pages

    qtbot.mouseClick(sample_editor.pdf_box, Qt.MouseButton.LeftButton)  # DOCX only
    assert not box.isEnabled()  # nothing is merged page for page in a DOCX pack
    sample_document.undo_stack.undo()
    assert box.isEnabled() and not box.isChecked()
    sample_document.undo_stack.undo()
    assert box.isChecked()
    assert sample_document.meeting.packs == ()  # one undo per edit, back to no packs
    sample_document.undo_stack.redo()
    assert not box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert last_undo_text(sample_document) == "Shrink merged PDF pages of ‘Full pack’"
    assert pack(sample_document).options.shrink_merged_pages


def test_a_list_of_participants_with_or_without_emails(
    qtbot: QtBot, sample_document: MeetingDocument, sample_editor: PackEditor, saved: Saved
) -> None:
    listed, emails = sample_editor.participants_box, sample_editor.emails_box
    assert not listed.isChecked()
    assert emails.isChecked() and not emails.isEnabled()  # emails shown, once there is a list
    qtbot.mouseClick(listed, Qt.MouseButton.LeftButton)
    assert pack(sample_document).options.participants_list
    assert last_undo_text(sample_document) == "Include a list of participants in ‘Full pack’"
    assert emails.isEnabled()
    qtbot.mouseClick(emails, Qt.MouseButton.LeftButton)
    options = pack(sample_document).options
    assert options.participants_list and not options.participants_emails
    assert last_undo_text(sample_document) == "Leave participants' emails out of ‘Full pack’"
    assert not saved(sample_document).packs[0].options.participants_emails

    sample_document.undo_stack.undo()
    assert emails.isChecked() and emails.isEnabled()
    sample_document.undo_stack.undo()
    assert not listed.isChecked() and not emails.isEnabled()
    assert sample_document.meeting.packs == ()  # one undo per edit, back to no packs
    sample_document.undo_stack.redo()
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Space)
    assert last_undo_text(sample_document) == "Leave the list of participants out of ‘Full pack’"
    assert not pack(sample_document).options.participants_list


# --------------------------------------------------------------------------- showing


def test_user_text_is_shown_literally(document: MeetingDocument, editor: PackEditor) -> None:
    assert editor.name_edit.text() == "Moderator <briefs> & co"
    assert editor.items_model.index(0).data(DISPLAY) == "10:15–11:00  S2 · Pillar <I> & III gaps"
    bios = [editor.bios_model.index(r).data(DISPLAY) for r in range(3)]
    assert f"{TRICKY} — Adviser, Кузнецов & Partners" in bios
    for label in (editor.summary_label, *(tab.hint for tab in editor.lists.values())):
        assert label.textFormat() == Qt.TextFormat.PlainText
    editor.show_entry("full")
    assert editor.name_edit.text() == "Full pack"
    assert tab_title(editor, "items") == "Agenda items (2 of 2)"


@pytest.mark.parametrize("name", ["items", "bios", "notes"])
def test_list_models_pass_qts_model_tester(
    qtmodeltester: ModelTester, document: MeetingDocument, editor: PackEditor, name: str
) -> None:
    model = editor.models[name]  # type: ignore[index]
    qtmodeltester.check(model, force_py=True)
    # the tester stays connected: edits that reorder rows (layout changes) are checked too
    for included in (True, False, True):
        editor.select_all(name, included)  # type: ignore[arg-type]
    editor.move(name, 0, 1)  # type: ignore[arg-type]
    editor.set_included(name, model.ident(0), False)  # type: ignore[arg-type]
    document.undo_stack.undo()
    assert document.undo_stack.count() == 5
    qtmodeltester.check(model, force_py=True)


def test_the_top_groups_sit_side_by_side_when_wide(
    qtbot: QtBot, sample_document: MeetingDocument
) -> None:
    editor = PackEditor(sample_document)
    editor.show_entry(DEFAULT_PACK_ID)
    area = QScrollArea()  # as the main window shows an editor
    area.setWidgetResizable(True)
    area.setWidget(editor)
    qtbot.addWidget(area)
    area.resize(1300, 850)
    area.show()
    pack_group, cover_group = editor.pack_group, editor.cover_group
    qtbot.waitUntil(lambda: cover_group.x() > pack_group.x() + pack_group.width() - 1)
    assert cover_group.y() == pack_group.y()
    area.resize(560, 640)
    qtbot.waitUntil(lambda: cover_group.y() > pack_group.y() + pack_group.height() - 1)
    assert cover_group.x() == pack_group.x()
    qtbot.waitUntil(lambda: editor.width() <= area.viewport().width())  # no sideways scrolling


def test_every_input_has_an_accessible_name_and_moves_say_their_keys(
    sample_editor: PackEditor,
) -> None:
    inputs = [
        sample_editor.name_edit,
        sample_editor.kind_combo,
        sample_editor.pdf_box,
        sample_editor.docx_box,
        sample_editor.paper_combo,
        sample_editor.shrink_box,
        sample_editor.participants_box,
        sample_editor.emails_box,
        sample_editor.mark_combo,
        sample_editor.version_edit,
        sample_editor.bio_order_combo,
        sample_editor.internal_box,
        sample_editor.only_appearing_button,
    ]
    for tab in sample_editor.lists.values():
        inputs += [
            tab.view,
            tab.up_button,
            tab.down_button,
            tab.select_all_button,
            tab.select_none_button,
        ]
        assert tab.up_button.toolTip().endswith("(Ctrl+Up)")
        assert tab.down_button.toolTip().endswith("(Ctrl+Down)")
    assert all(widget.accessibleName() for widget in inputs)


def test_no_pack_shown_disables_the_form(sample_editor: PackEditor) -> None:
    sample_editor.show_entry(None)
    assert not sample_editor.isEnabled()
    sample_editor.show_entry(DEFAULT_PACK_ID)
    assert sample_editor.isEnabled()


# --------------------------------------------------------------------------- a real build


@pytest.mark.slow
def test_the_edited_pack_builds(
    tmp_path: Path, sample_document: MeetingDocument, sample_editor: PackEditor
) -> None:
    sample_editor.set_included("items", "pillar-2", False)
    sample_editor.paper_combo.setCurrentIndex(1)
    meeting = sample_document.meeting
    built = pack(sample_document)

    report = build_packs(meeting, BuildRequest(built, tmp_path / "out", ("pdf",)), None)

    (pdf,) = report.files
    reader = pypdf.PdfReader(pdf.path)
    words = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "Scaling up protection of HRDs" in words
    assert "pillar II implementation gaps" not in words
    assert "pillar I & III implementation gaps" in words
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 612) < 1  # Letter, not A4
