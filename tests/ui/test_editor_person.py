"""The person form: each field edited through its widget is one undoable, saved edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from briefing.edit import replace_entry
from briefing.model import PLACEHOLDER_MARK, Meeting, ParticipantCategory
from briefing.sample import sample_meeting
from ui.document import MeetingDocument
from ui.editors.common import file_size
from ui.editors.person import PersonEditor

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Retype = Callable[[QLineEdit | QPlainTextEdit, str], None]
Saved = Callable[[MeetingDocument], Meeting]
Png = Callable[..., Path]
AnswerOpen = Callable[[Path | None], list[tuple[Any, ...]]]
MakeDocument = Callable[[Meeting], MeetingDocument]

TRICKY = 'Smith & <Co> "R&D"'  # a name in the meeting of conftest.py


@pytest.fixture
def editor(qtbot: QtBot, document: MeetingDocument) -> PersonEditor:
    """The person form showing Anita Ramasastry."""
    form = PersonEditor(document)
    qtbot.addWidget(form)
    form.resize(560, 640)
    form.show()
    form.show_entry("p-ar")
    return form


def test_name_typed_is_one_undoable_saved_edit(
    editor: PersonEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
    saved: Saved,
) -> None:
    retype(editor.name_edit, "Jane Doe")
    editor.flush_typing()

    assert document.meeting.person("p-ar").name == "Jane Doe"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit name of ‘Anita Ramasastry’"
    assert saved(document).person("p-ar").name == "Jane Doe"

    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.name_edit.text() == "Anita Ramasastry"
    document.undo_stack.redo()
    assert editor.name_edit.text() == "Jane Doe"
    assert document.meeting.person("p-ar").name == "Jane Doe"


def test_typing_commits_after_a_pause(
    qtbot: QtBot,
    editor: PersonEditor,
    document: MeetingDocument,
    retype: Retype,
) -> None:
    retype(editor.position_edit, "Chairperson")
    qtbot.waitUntil(lambda: document.meeting.person("p-ar").position == "Chairperson")
    retype(editor.organisation_edit, "OHCHR")
    editor.flush_typing()

    assert document.meeting.person("p-ar").organisation == "OHCHR"
    texts = [document.undo_stack.text(i) for i in range(document.undo_stack.count())]
    assert texts == [
        "Edit position of ‘Anita Ramasastry’",
        "Edit organisation of ‘Anita Ramasastry’",
    ]


def test_honorific_picked_from_the_list(
    qtbot: QtBot,
    editor: PersonEditor,
    document: MeetingDocument,
    meeting: Meeting,
    saved: Saved,
) -> None:
    box = editor.honorific_box
    assert box.currentText() == "Prof."
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the item after "Prof." in the list

    assert document.meeting.person("p-ar").honorific == "H.E."
    assert document.undo_stack.undoText() == "Edit honorific of ‘Anita Ramasastry’"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert box.currentText() == "Prof."
    document.undo_stack.redo()
    assert box.currentText() == "H.E."
    assert saved(document).person("p-ar").honorific == "H.E."


def test_honorific_takes_free_text(
    editor: PersonEditor,
    document: MeetingDocument,
    retype: Retype,
    saved: Saved,
) -> None:
    edit = editor.honorific_box.lineEdit()
    retype(edit, "Amb.")
    editor.flush_typing()

    assert document.meeting.person("p-ar").honorific == "Amb."
    assert editor.honorific_box.count() == 9  # typing never adds to the list
    assert saved(document).person("p-ar").display_name == "Amb. Anita Ramasastry"


def test_malformed_email_is_refused_and_kept_for_fixing(
    editor: PersonEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
) -> None:
    retype(editor.email_edit, "anita at un.org")
    editor.flush_typing()

    assert document.meeting == meeting
    assert document.undo_stack.count() == 0
    assert editor.error_line.isVisibleTo(editor)
    assert "email" in editor.error_line.text()
    assert "'anita at un.org' is not a valid email address" in editor.error_line.text()
    assert editor.email_edit.text() == "anita at un.org"

    retype(editor.email_edit, "anita@ohchr.org")
    editor.flush_typing()
    assert document.meeting.person("p-ar").email == "anita@ohchr.org"
    assert not editor.error_line.isVisibleTo(editor)


def test_bio_edit_counts_words(
    editor: PersonEditor,
    document: MeetingDocument,
    meeting: Meeting,
    retype: Retype,
    saved: Saved,
) -> None:
    assert editor.word_count.text() == "3 words"
    retype(editor.bio_edit, "Anita chairs the Working Group.")
    assert editor.word_count.text() == "5 words"
    editor.flush_typing()

    assert document.meeting.person("p-ar").bio == "Anita chairs the Working Group."
    assert document.undo_stack.undoText() == "Edit bio of ‘Anita Ramasastry’"
    assert saved(document).person("p-ar").bio == "Anita chairs the Working Group."
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.bio_edit.toPlainText() == "Bio of Anita."
    assert editor.word_count.text() == "3 words"


def test_placeholder_warning_follows_the_bio(
    editor: PersonEditor,
    document: MeetingDocument,
    retype: Retype,
) -> None:
    warning = editor.placeholder_warning
    assert not warning.isVisibleTo(editor)

    retype(editor.bio_edit, f"{PLACEHOLDER_MARK} bio to come")
    assert warning.isVisibleTo(editor)  # at once, before the typing is applied
    editor.flush_typing()
    assert document.meeting.person("p-ar").has_placeholder_bio
    assert warning.isVisibleTo(editor)

    document.undo_stack.undo()
    assert editor.bio_edit.toPlainText() == "Bio of Anita."
    assert not warning.isVisibleTo(editor)
    document.undo_stack.redo()
    assert warning.isVisibleTo(editor)

    retype(editor.bio_edit, "The real bio.")
    assert not warning.isVisibleTo(editor)
    editor.flush_typing()
    assert not document.meeting.person("p-ar").has_placeholder_bio


def test_photo_set_from_a_png_and_removed(
    qtbot: QtBot,
    editor: PersonEditor,
    document: MeetingDocument,
    meeting: Meeting,
    tmp_path: Path,
    saved: Saved,
    png: Png,
    answer_open: AnswerOpen,
) -> None:
    path = png(tmp_path / "anita.png", 40, 20)
    asked = answer_open(path)
    assert not editor.remove_photo_button.isEnabled()
    qtbot.mouseClick(editor.choose_photo_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    photo = document.meeting.person("p-ar").photo
    assert photo is not None and photo.filename == "anita.png"
    assert photo.data == path.read_bytes()
    assert document.undo_stack.undoText() == "Set photo of ‘Anita Ramasastry’"
    thumbnail = editor.photo_label.pixmap()
    assert (thumbnail.width(), thumbnail.height()) == (96, 48)  # aspect kept
    assert editor.remove_photo_button.isEnabled()
    assert editor.photo_info.full_text().startswith("anita.png")
    assert saved(document).person("p-ar").photo == photo

    qtbot.mouseClick(editor.remove_photo_button, Qt.MouseButton.LeftButton)
    assert document.meeting.person("p-ar").photo is None
    assert document.undo_stack.undoText() == "Remove photo of ‘Anita Ramasastry’"
    assert editor.photo_label.text() == "No photo"
    assert not editor.remove_photo_button.isEnabled()
    assert saved(document).person("p-ar").photo is None

    document.undo_stack.undo()
    assert document.meeting.person("p-ar").photo == photo
    assert not editor.photo_label.pixmap().isNull()
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.photo_label.text() == "No photo"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00", "'setup.exe' is not a PNG, JPEG or GIF image"),
        ("bio.txt", b"Not a picture at all.", "'bio.txt' is not a PNG, JPEG or GIF image"),
        ("gone.png", None, "gone.png cannot be read"),
        ("empty.png", b"", "empty.png is empty"),
    ],
)
def test_refused_photo_is_named_and_changes_nothing(
    qtbot: QtBot,
    editor: PersonEditor,
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
    qtbot.mouseClick(editor.choose_photo_button, Qt.MouseButton.LeftButton)

    assert document.meeting == meeting
    assert document.undo_stack.count() == 0
    assert editor.error_line.isVisibleTo(editor)
    assert editor.error_line.text().startswith("The photo was not changed: ")
    assert problem in editor.error_line.text()
    assert editor.photo_label.text() == "No photo"


def test_a_fifo_as_photo_is_refused_without_freezing_the_window(
    editor: PersonEditor, document: MeetingDocument, fifo: Callable[[str], Path]
) -> None:
    assert editor.set_photo_from(fifo("photo.png")) is False
    assert document.undo_stack.count() == 0
    assert editor.error_line.text() == (
        "The photo was not changed: photo.png is not a regular file (a FIFO)."
    )


def test_cancelled_photo_dialog_changes_nothing(
    qtbot: QtBot,
    editor: PersonEditor,
    document: MeetingDocument,
    answer_open: AnswerOpen,
) -> None:
    answer_open(None)
    qtbot.mouseClick(editor.choose_photo_button, Qt.MouseButton.LeftButton)
    assert document.undo_stack.count() == 0
    assert not editor.error_line.isVisibleTo(editor)


def test_markup_like_text_is_shown_literally(editor: PersonEditor) -> None:
    editor.show_entry("p-co")

    assert editor.name_edit.text() == TRICKY
    assert editor.organisation_edit.text() == "Кузнецов & Partners"
    assert editor.bio_edit.toPlainText() == "Bio <b>not bold</b>."
    assert editor.appearances.textFormat() == Qt.TextFormat.PlainText
    assert editor.appearances.text() == "Kick-off remarks in ‘Pillar <I> & III gaps’"


def test_appearances_follow_the_agenda(editor: PersonEditor, document: MeetingDocument) -> None:
    assert editor.appearances.text() == (
        "Welcome in ‘Welcome and introduction’; Moderator in ‘Pillar <I> & III gaps’"
    )
    item = document.meeting.item("i2")
    fewer = tuple(p for p in item.participants if p.person_id != "p-ar")
    after = replace_entry(document.meeting, "agenda", dataclasses.replace(item, participants=fewer))
    document.apply(after, "Remove ‘Anita Ramasastry’ from ‘Pillar’")

    assert editor.appearances.text() == "Welcome in ‘Welcome and introduction’"
    document.undo_stack.undo()
    assert "Moderator in ‘Pillar <I> & III gaps’" in editor.appearances.text()


def test_no_entry_disables_the_form(editor: PersonEditor) -> None:
    editor.show_entry(None)
    assert not editor.isEnabled()
    editor.show_entry("p-sb")
    assert editor.isEnabled()
    assert editor.appearances.text() == "Moderator in ‘Pillar <I> & III gaps’"
    assert editor.honorific_box.currentText() == ""


def test_every_input_has_an_accessible_name(editor: PersonEditor) -> None:
    inputs = (
        editor.name_edit,
        editor.honorific_box,
        editor.position_edit,
        editor.organisation_edit,
        editor.email_edit,
        editor.choose_photo_button,
        editor.remove_photo_button,
        editor.bio_edit,
    )
    assert all(widget.accessibleName() for widget in inputs)


def test_choose_photo_keeps_its_ellipsis(editor: PersonEditor) -> None:
    assert editor.choose_photo_button.text() == "Choose photo…"
    assert "Ctrl+Shift+O" in editor.choose_photo_action.toolTip()


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (1, "1 byte"),
        (512, "512 bytes"),
        (9728, "9.5 KB"),
        (123 * 1024, "123 KB"),
        (1468006, "1.4 MB"),
    ],
)
def test_file_size(size: int, text: str) -> None:
    assert file_size(size) == text


def test_sample_placeholder_bio_is_flagged(qtbot: QtBot, make_document: MakeDocument) -> None:
    sample = sample_meeting()
    document = make_document(sample)
    form = PersonEditor(document)
    qtbot.addWidget(form)
    form.show_entry(sample.people[0].id)

    assert sample.people[0].has_placeholder_bio
    assert form.placeholder_warning.isVisibleTo(form)
    assert form.appearances.text() == (
        "Welcome in ‘Welcome and introduction’; Closing remarks in ‘Wrap-up and next steps’"
    )
    assert document.flush()


# --------------------------------------------------------------------------- category, country


def test_category_is_picked_from_the_list_as_one_step(
    qtbot: QtBot, editor: PersonEditor, document: MeetingDocument, meeting: Meeting, saved: Saved
) -> None:
    box = editor.category_box
    assert box.currentText() == ""
    assert [box.itemText(i) for i in range(box.count())][1:3] == [
        "Member State",
        "Observer State",
    ]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert document.meeting.person("p-ar").category is ParticipantCategory.MEMBER_STATE
    assert document.undo_stack.undoText() == "Edit category of ‘Anita Ramasastry’"
    assert saved(document).person("p-ar").category is ParticipantCategory.MEMBER_STATE
    box.setCurrentIndex(box.findText("Non-governmental organization"))
    assert document.meeting.person("p-ar").category is ParticipantCategory.NGO
    document.undo_stack.undo()
    assert box.currentText() == "Member State"
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert box.currentText() == ""


@pytest.mark.parametrize("typed", ["Suisse", "switzerland", "Швейцария", "瑞士", "ch"])
def test_a_country_typed_in_any_language_keeps_its_code(
    qtbot: QtBot, editor: PersonEditor, document: MeetingDocument, meeting: Meeting, typed: str
) -> None:
    edit = editor.country_box.lineEdit()
    edit.setFocus()
    edit.insert(typed)  # as an input method does
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert document.meeting.person("p-ar").country == "CH"
    assert document.undo_stack.undoText() == "Edit country of ‘Anita Ramasastry’"
    editor.name_edit.setFocus()
    assert editor.country_box.currentText() == "Switzerland"  # shown by its name
    document.undo_stack.undo()
    assert document.meeting == meeting
    assert editor.country_box.currentText() == ""


def test_a_country_picked_from_the_list_and_cleared(
    qtbot: QtBot, editor: PersonEditor, document: MeetingDocument
) -> None:
    box = editor.country_box
    assert box.findText("Switzerland") >= 0
    box.textActivated.emit("Kenya")  # what a pick from the list sends
    assert document.meeting.person("p-ar").country == "KE"
    edit = box.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert document.meeting.person("p-ar").country == ""


def test_an_unknown_country_is_refused_and_said(
    qtbot: QtBot, editor: PersonEditor, document: MeetingDocument, meeting: Meeting
) -> None:
    edit = editor.country_box.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Atlantis <sunk>")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert document.meeting == meeting
    assert editor.error_line.isVisible()
    assert "‘Atlantis <sunk>’ is not a country name or code" in editor.error_line.text()
    assert editor.country_box.currentText() == "Atlantis <sunk>"  # kept, to be fixed


def test_a_language_with_one_word_for_two_honorifics_offers_it_once(
    qtbot: QtBot, document: MeetingDocument
) -> None:
    from ui.i18n import use_language

    use_language("fr")  # French has one "Mme" for Ms. and Mrs.
    form = PersonEditor(document)
    qtbot.addWidget(form)
    offered = [form.honorific_box.itemText(i) for i in range(form.honorific_box.count())]
    assert offered.count("Mme") == 1 and "M." in offered
    assert len(offered) == len(set(offered))
