"""The import dialogs: a concept note's agenda, a CSV of people, files as background notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from briefing.importers.agenda import ImportFinding, read_concept_note
from briefing.messages import place
from briefing.model import ItemKind, Meeting, new_meeting
from ui.document import MeetingDocument
from ui.i18n import set_window_language
from ui.imports import (
    AgendaImportDialog,
    ImportMode,
    add_note_files,
    agenda_file_filter,
    import_agenda,
    is_agenda_source,
    is_note_file,
    is_people_csv,
    note_file_filter,
    people_file_filter,
)

pytestmark = pytest.mark.gui

# What the helper fixtures of conftest.py give
Saved = Callable[[MeetingDocument], Meeting]
MakeDocument = Callable[[Meeting], MeetingDocument]

TRICKY = 'Smith & <Co> "R&D"'  # a person of the meeting in conftest.py

CONCEPT_NOTE = """\
Consultation on <HRDs> & business

Multistakeholder consultation

10:00-13:00

November 30, 2017

Palais des Nations, Room XXII

Geneva, Switzerland

Background: Defenders help to identify the human rights impacts of business.

Agenda:

10:00-10:15\tWelcome and introduction
• Anita Ramasastry, UNWG
10:15-11:00\tPillar II & III gaps
• Kick-off remarks: Michel Forst, UN Special Rapporteur on HRDs
• Moderator: Sarah Brooks, International Service for Human Rights
25:00-26:00
11:00 Lessons from Smith & <Co>
• Moderator: Jane Doe, Smith & <Co>
12:55-13:00\tWrap-up and next steps
• Anita Ramasastry, UNWG

Contact: wg-business@ohchr.org, cc forumbhr@ohchr.org, new-desk@ohchr.org
"""
IMPORTED_TITLES = [
    "Welcome and introduction",
    "Pillar II & III gaps",
    "Lessons from Smith & <Co>",
    "Wrap-up and next steps",
]

Boxes = list[tuple[str, str, str]]  # kind, title, text as the user reads it


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The window the dialogs and message boxes belong to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The agenda dialog must not be shown."""

    def refuse(self: AgendaImportDialog) -> int:
        raise AssertionError("the import dialog was shown")

    monkeypatch.setattr(AgendaImportDialog, "exec", refuse)


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[AgendaImportDialog], None]
) -> list[AgendaImportDialog]:
    """Replace the dialog's modal loop by ``act`` (clicks on the real widgets)."""
    shown: list[AgendaImportDialog] = []

    def exec_(self: AgendaImportDialog) -> int:
        shown.append(self)
        act(self)
        return self.result()

    monkeypatch.setattr(AgendaImportDialog, "exec", exec_)
    return shown


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click near the left end of a widget, where a radio button's circle and label are."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))


def press(qtbot: QtBot, dialog: AgendaImportDialog, which: QDialogButtonBox.StandardButton) -> None:
    click(qtbot, dialog.button_box.button(which))


def accept_with(qtbot: QtBot, mode: ImportMode) -> Callable[[AgendaImportDialog], None]:
    """Click the mode's radio button, then Import."""

    def act(dialog: AgendaImportDialog) -> None:
        dialog.show()
        button = dialog.replace_button if mode is ImportMode.REPLACE else dialog.add_button
        click(qtbot, button)
        assert dialog.mode() is mode
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    return act


def concept_note(tmp_path: Path, name: str = "concept-note.txt") -> Path:
    path = tmp_path / name
    path.write_text(CONCEPT_NOTE, encoding="utf-8")
    return path


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def children(tree: QTreeWidget, row: int) -> list[list[str]]:
    item = tree.topLevelItem(row)
    return [
        [item.child(i).text(c) for c in range(tree.columnCount())] for i in range(item.childCount())
    ]


def check_undo_redo(document: MeetingDocument, before: Meeting, text: str) -> None:
    """One step named ``text``: undo gives back ``before`` exactly, redo the import again."""
    after = document.meeting
    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == text
    stack.undo()
    assert document.meeting == before
    stack.redo()
    assert document.meeting == after


# --------------------------------------------------------------------------- agenda


def test_agenda_dialog_shows_what_was_recognised_before_anything_is_applied(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = document.meeting
    seen: dict[str, Any] = {}

    def look(dialog: AgendaImportDialog) -> None:
        seen["undo steps"] = document.undo_stack.count()
        seen["meeting"] = document.meeting
        seen["title"] = dialog.windowTitle()
        seen["facts"] = {label: field.text() for label, field in dialog.facts.items()}
        seen["agenda"] = rows(dialog.agenda_tree)
        seen["people of item 2"] = children(dialog.agenda_tree, 1)
        seen["people"] = rows(dialog.people_tree)
        seen["contacts"] = rows(dialog.contacts_tree)
        seen["findings"] = rows(dialog.findings_tree)
        tree = dialog.findings_tree
        seen["icons"] = [tree.topLevelItem(i).icon(0).isNull() for i in range(2)]
        seen["summary"] = dialog.summary.text()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        seen["mode"] = dialog.mode()
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    shown = run_dialog(monkeypatch, look)
    assert import_agenda(parent, document, concept_note(tmp_path)) is False

    assert len(shown) == 1
    assert seen["undo steps"] == 0 and seen["meeting"] is before
    assert seen["title"] == "Import agenda — concept-note.txt"
    assert seen["facts"] == {
        "Title": "Consultation on <HRDs> & business",
        "Type": "Multistakeholder consultation",
        "Organiser": "—",
        "When": "Thursday 30 November 2017 · 10:00–13:00",
        "Where": "Palais des Nations, Room XXII, Geneva, Switzerland",
        "Background": "1 paragraph",
    }
    assert [row[:2] for row in seen["agenda"]] == [
        ["10:00–10:15", "Welcome and introduction"],
        ["10:15–11:00", "Pillar II & III gaps"],
        ["11:00–12:55", "Lessons from Smith & <Co>"],
        ["12:55–13:00", "Wrap-up and next steps"],
    ]
    assert seen["people of item 2"] == [
        ["", "Michel Forst", "Kick-off remarks"],
        ["", "Sarah Brooks", "Moderator"],
    ]
    assert seen["people"] == [
        ["Anita Ramasastry", "", "UNWG"],
        ["Michel Forst", "UN Special Rapporteur on HRDs", ""],
        ["Sarah Brooks", "", "International Service for Human Rights"],
        ["Jane Doe", "", "Smith & <Co>"],
    ]
    assert seen["contacts"] == [
        ["wg-business@ohchr.org", "", ""],
        ["forumbhr@ohchr.org", "", "cc"],
        ["new-desk@ohchr.org", "", ""],
    ]
    assert seen["findings"] == [
        ["line 22", "Time range not understood: '25:00-26:00'"],
        ["line 23", "No end time; taken as 12:55"],
    ]
    assert seen["icons"] == [False, False]
    assert seen["summary"].startswith(
        "Found 4 agenda items, 4 people, 3 contacts in ‘concept-note.txt’; "
        "the import was unsure of 2 things (see Findings)."
    )
    assert seen["tabs"] == [
        "&Agenda (4)",
        "&Overview (1)",
        "&People (4)",
        "&Contacts (3)",
        "&Findings (2)",
    ]
    assert seen["mode"] is ImportMode.ADD
    assert document.undo_stack.count() == 0
    assert document.meeting is before


def test_adding_appends_the_agenda_and_reuses_known_people(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Boxes,
    saved: Saved,
) -> None:
    before = document.meeting
    run_dialog(monkeypatch, accept_with(qtbot, ImportMode.ADD))
    assert import_agenda(parent, document, concept_note(tmp_path)) is True

    after = document.meeting
    assert [item.title for item in after.agenda] == [
        "Welcome and introduction",
        "Pillar <I> & III gaps",
        *IMPORTED_TITLES,
    ]
    assert after.agenda[:2] == before.agenda
    names = [person.name for person in after.people]
    assert names == [
        "Anita Ramasastry",
        TRICKY,
        "Sarah Brooks",
        "Michel Forst",
        "Jane Doe",
    ]
    anita = after.person("p-ar")  # the same person, not a second Anita
    assert anita == before.person("p-ar")
    assert after.agenda[2].participants[0].person_id == "p-ar"
    assert after.agenda[3].participants[1].person_id == "p-sb"
    # the meeting's own fields are kept; only a missing contact is added
    assert after.title == before.title and after.background == before.background
    assert [c.email for c in after.contacts] == [
        "wg-business@ohchr.org",
        "forumbhr@ohchr.org",
        "new-desk@ohchr.org",
    ]
    assert after.notes == before.notes
    assert message_boxes == []
    check_undo_redo(document, before, "Import agenda from ‘concept-note.txt’")
    assert saved(document) == after


def test_replacing_swaps_the_agenda_and_people_and_keeps_what_is_known_of_them(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Boxes,
    saved: Saved,
) -> None:
    before = document.meeting
    run_dialog(monkeypatch, accept_with(qtbot, ImportMode.REPLACE))
    assert import_agenda(parent, document, concept_note(tmp_path, "Smith & <Co>.txt")) is True

    after = document.meeting
    assert [item.title for item in after.agenda] == IMPORTED_TITLES
    assert [person.name for person in after.people] == [
        "Anita Ramasastry",
        "Michel Forst",
        "Sarah Brooks",
        "Jane Doe",
    ]
    # Anita was in the meeting: her bio and email stay; the person not in the file is gone
    assert after.person("p-ar").bio == "Bio of Anita."
    assert after.person("p-ar").email == "a@un.org"
    assert TRICKY not in {person.name for person in after.people}
    # the notes stay, without their links to the sessions that are gone
    assert [note.title for note in after.notes] == ["Concept note", "Background paper"]
    assert after.notes[0].session_ids == ()
    assert after.title == before.title and after.first_date == before.first_date
    assert message_boxes == []
    check_undo_redo(document, before, "Import agenda from ‘Smith & <Co>.txt’")
    assert saved(document) == after


@pytest.mark.parametrize("mode", list(ImportMode))
def test_an_untitled_meeting_takes_everything_from_the_concept_note(
    qtbot: QtBot,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: ImportMode,
    make_document: MakeDocument,
) -> None:
    document = make_document(new_meeting())
    run_dialog(monkeypatch, accept_with(qtbot, mode))
    assert import_agenda(parent, document, concept_note(tmp_path)) is True
    after = document.meeting
    assert after.title == "Consultation on <HRDs> & business"
    assert after.first_date == dt.date(2017, 11, 30)
    assert after.venue == "Palais des Nations" and after.city == "Geneva"
    assert [item.title for item in after.agenda] == IMPORTED_TITLES
    assert len(after.people) == 4
    check_undo_redo(document, new_meeting(), "Import agenda from ‘concept-note.txt’")
    document.flush()


def test_a_merge_the_model_refuses_is_explained_and_not_applied(
    qtbot: QtBot,
    parent: QWidget,
    meeting: Meeting,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Boxes,
    make_document: MakeDocument,
) -> None:
    # The meeting's last day is before the day the note gives as its first: the merge breaks a rule.
    early = dataclasses.replace(meeting, first_date=None, last_date=dt.date(2017, 11, 1))
    document = make_document(early)
    run_dialog(monkeypatch, accept_with(qtbot, ImportMode.ADD))
    assert import_agenda(parent, document, concept_note(tmp_path)) is False
    assert document.undo_stack.count() == 0
    assert document.meeting is early
    [(kind, title, shown)] = message_boxes
    assert (kind, title) == ("warning", "Cannot import agenda")
    assert "concept-note.txt" in shown
    assert "Last date: 2017-11-01 is before 2017-11-30" in shown
    assert "Nothing was changed." in shown


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("Smith & <Co>.txt", b"", "The file is empty (0 bytes)"),
        ("binary.txt", b"\x00\x01\x02garbage", "This is not a text file (it holds binary data)"),
        ("damaged.docx", b"garbage", "The file is not a Word document (.docx)"),
        ("missing.txt", None, "The file cannot be read (No such file or directory)"),
    ],
)
def test_an_unreadable_concept_note_is_named_and_changes_nothing(
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    message_boxes: Boxes,
    no_dialog: None,
    name: str,
    content: bytes | None,
    problem: str,
) -> None:
    before = document.meeting
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert import_agenda(parent, document, path) is False
    assert document.meeting is before and document.undo_stack.count() == 0
    [(kind, title, shown)] = message_boxes
    assert (kind, title) == ("warning", "Cannot import agenda")
    assert f"The agenda could not be read from {name}:" in shown
    assert problem in shown


def test_agenda_dialog_explains_both_choices(
    qtbot: QtBot, parent: QWidget, document: MeetingDocument
) -> None:
    imported = read_concept_note(CONCEPT_NOTE.encode(), "concept-note.txt")
    dialog = AgendaImportDialog(imported, "concept-note.txt", document.meeting, parent)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.summary))]
    assert any("The items found come after this meeting's 2 items." in t for t in texts)
    assert any("Its 2 agenda items and 3 people are removed first" in t for t in texts)
    assert dialog.facts["Title"].text() == "Consultation on <HRDs> & business"
    assert dialog.facts["Title"].textFormat() == Qt.TextFormat.PlainText
    dialog.choose(ImportMode.REPLACE)
    assert dialog.replace_button.isChecked() and dialog.mode() is ImportMode.REPLACE
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).text() == "&Import"


def test_importing_the_same_note_again_warns_and_proposes_replacing(
    qtbot: QtBot, parent: QWidget, document: MeetingDocument
) -> None:
    from ui.imports import imported_meeting

    imported = read_concept_note(CONCEPT_NOTE.encode(), "concept-note.txt")
    once = imported_meeting(document.meeting, imported.meeting, ImportMode.ADD)
    fresh = AgendaImportDialog(imported, "concept-note.txt", document.meeting, parent)
    qtbot.addWidget(fresh)
    assert fresh.add_button.isChecked()
    again = AgendaImportDialog(imported, "concept-note.txt", once, parent)
    qtbot.addWidget(again)
    texts = [label.text() for label in again.findChildren(type(again.summary))]
    count = len(imported.meeting.agenda)
    assert any(
        f"{count} of the items found are already in this meeting (same title and start)" in t
        for t in texts
    )
    assert again.replace_button.isChecked() and again.mode() is ImportMode.REPLACE


# --------------------------------------------------------------------------- notes


def text_pdf(path: Path, title: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setTitle(title)
    canvas.drawString(72, 720, "Some background text.")
    canvas.save()
    return path


def locked_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_good_note_files_are_added_in_one_step_and_bad_ones_named(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes, saved: Saved
) -> None:
    before = document.meeting
    markdown = tmp_path / "aims.md"
    markdown.write_text("# Aims & <scope>\n\nText.\n", encoding="utf-8")
    pdf = text_pdf(tmp_path / "paper.pdf", "Background paper on HRDs")
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04workbook")
    empty = tmp_path / "Smith & <Co>.txt"
    empty.write_bytes(b"")

    assert add_note_files(parent, document, [markdown, sheet, pdf, empty]) is True

    after = document.meeting
    added = after.notes[len(before.notes) :]
    assert [note.title for note in added] == ["Aims & <scope>", "Background paper on HRDs"]
    assert [note.attachment.filename for note in added if note.attachment] == [
        "aims.md",
        "paper.pdf",
    ]
    [(kind, title, shown)] = message_boxes
    assert (kind, title) == ("warning", "Some files were not added")
    assert "budget.xlsx: Not a note file the app can read" in shown
    assert "Smith & <Co>.txt: The file is empty" in shown
    assert "2 notes added." in shown
    check_undo_redo(document, before, "Add 2 notes")
    assert saved(document) == after


def test_one_note_file_is_one_step_named_after_the_note(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes
) -> None:
    before = document.meeting
    path = tmp_path / "Smith & <Co>.md"
    path.write_text("## Brief <one>\n", encoding="utf-8")
    assert add_note_files(parent, document, [path], session_ids=("i2",)) is True
    note = document.meeting.notes[-1]
    assert note.title == "Brief <one>" and note.session_ids == ("i2",)
    assert message_boxes == []
    check_undo_redo(document, before, "Add note ‘Brief <one>’")


def test_a_locked_pdf_is_added_but_flagged(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes
) -> None:
    path = locked_pdf(tmp_path / "locked.pdf")
    assert add_note_files(parent, document, [path]) is True
    assert document.meeting.notes[-1].attachment.filename == "locked.pdf"  # type: ignore[union-attr]
    [(kind, title, shown)] = message_boxes
    assert (kind, title) == ("warning", "Check the added notes")
    assert "locked.pdf: The PDF is protected by a password" in shown
    assert "1 note added." in shown


def test_only_bad_note_files_add_nothing(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes
) -> None:
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"not a zip at all")
    assert add_note_files(parent, document, [garbage, tmp_path / "gone.pdf"]) is False
    assert document.undo_stack.count() == 0
    [(kind, _title, shown)] = message_boxes
    assert kind == "warning"
    assert "garbage.docx: The file is not a Word document" in shown
    assert "gone.pdf: The file cannot be read" in shown
    assert "No note added." in shown


def test_notes_for_a_session_no_longer_there_are_refused(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A note\n")
    assert add_note_files(parent, document, [path], session_ids=("gone",)) is False
    assert document.undo_stack.count() == 0
    [(kind, title, _shown)] = message_boxes
    assert (kind, title) == ("warning", "Cannot add notes")


def test_dropped_files_are_routed_by_their_names() -> None:
    assert is_people_csv(Path("registrations.CSV")) and not is_people_csv(Path("a.txt"))
    assert is_people_csv(Path("registrations.xlsx"))
    assert all(is_note_file(Path(f"x{s}")) for s in (".docx", ".PDF", ".md", ".txt"))
    assert not is_note_file(Path("budget.xlsx")) and not is_note_file(Path("people.csv"))
    assert is_agenda_source(Path("concept-note.docx")) and not is_agenda_source(Path("x.csv"))
    first_filter = note_file_filter().split(";;")[0]
    assert first_filter.startswith("Note files (") and "*.docx" in first_filter
    assert all(f"*{s}" in first_filter for s in (".pdf", ".md", ".txt"))
    assert agenda_file_filter().startswith("Concept notes (")
    assert people_file_filter().startswith("People lists (*.csv")


def test_the_dialog_shows_the_sample_notes_texts_links_breaks_and_guesses(
    qtbot: QtBot, parent: QWidget
) -> None:
    from briefing.sample import RESOURCES

    note = RESOURCES / "sample" / "concept-note.txt"
    imported = read_concept_note(note.read_bytes(), note.name)
    with_break = dataclasses.replace(
        imported.meeting,
        agenda=(
            *imported.meeting.agenda,
            dataclasses.replace(
                imported.meeting.agenda[-1],
                id="coffee",
                title="Coffee break",
                kind=ItemKind.BREAK,
                room="Serpent Bar",
                participants=(),
            ),
        ),
    )
    dialog = AgendaImportDialog(
        dataclasses.replace(imported, meeting=with_break), note.name, new_meeting(), parent
    )
    qtbot.addWidget(dialog)
    assert dialog.facts["Organiser"].text() == "UN Working Group on Business and Human Rights"
    sections = [row[0] for row in rows(dialog.overview_tree)]
    assert sections[:4] == ["Aims", "Background", "Logistics", "Acknowledgements"]
    assert sections.count("Linked event") == 2 and "Further reading" in sections
    reading = [row[1] for row in rows(dialog.overview_tree) if row[0] == "Further reading"]
    assert "UN Guiding Principles on Business and Human Rights (UNGPs)" in reading
    coffee = rows(dialog.agenda_tree)[-1]
    assert coffee[1:] == ["Coffee break", "Break"] and coffee[0].endswith("\nSerpent Bar")
    top = dialog.agenda_tree.topLevelItem(dialog.agenda_tree.topLevelItemCount() - 1)
    assert top.font(1).italic() and not top.font(1).bold()
    guesses = [row[1] for row in rows(dialog.findings_tree)]
    assert guesses and all(line.startswith("Guessed, check it: ") for line in guesses)


def test_the_preview_says_where_from_the_finding_not_from_its_text(
    qtbot: QtBot, parent: QWidget
) -> None:
    imported = read_concept_note(b"Meeting\nAgenda\n10:00-11:00 Opening\n", "note.txt")
    findings = (
        ImportFinding(7, "warning", "line 3: a title that starts like a place", unit="paragraph"),
        ImportFinding(None, "info", "the file names no organiser"),
        ImportFinding(2, "warning", place("page", 9), unit="page"),
    )
    shown = dataclasses.replace(imported, findings=findings)
    dialog = AgendaImportDialog(shown, "note.txt", new_meeting(), parent)
    qtbot.addWidget(dialog)
    assert rows(dialog.findings_tree) == [
        ["paragraph 7", "Line 3: a title that starts like a place"],
        ["", "The file names no organiser"],
        ["page 2", "Page 9"],
    ]
    set_window_language("fr")
    try:
        french = AgendaImportDialog(shown, "note.txt", new_meeting(), parent)
        qtbot.addWidget(french)
        assert [row[0] for row in rows(french.findings_tree)] == ["paragraphe 7", "", "page 2"]
        assert rows(french.findings_tree)[2][1] == "Page 9"
    finally:
        set_window_language("en")


def test_a_file_that_cannot_be_added_is_named_once_in_a_french_window(
    parent: QWidget, document: MeetingDocument, tmp_path: Path, message_boxes: Boxes
) -> None:
    """The core says "{file} : {problem}" in French; the window names the file itself and
    shows the problem alone, so the name is never said twice."""
    from ui.i18n import use_language

    use_language("fr")
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "cassé.docx"
    broken.write_bytes(b"PK\x03\x04 not a real archive")
    add_note_files(parent, document, [empty, broken])
    [(_kind, _title, shown)] = message_boxes
    assert shown.count("vide.txt") == 1 and shown.count("cassé.docx") == 1, shown
    assert "Le fichier est vide" in shown
