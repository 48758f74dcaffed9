"""The people import's preview dialog, driven through its real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from briefing.importers.people_mapping import PeopleField
from briefing.importers.spreadsheet import read_table_file
from briefing.model import Meeting, ParticipantCategory
from ui.document import MeetingDocument
from ui.imports import import_people
from ui.main_window import MainWindow
from ui.people_import import PeopleImportDialog

from .conftest import as_read

pytestmark = pytest.mark.gui

FIXTURES = Path(__file__).parents[1] / "briefing" / "importers" / "fixtures"
Boxes = list[tuple[str, str, str]]
Act = Callable[[PeopleImportDialog], None]

# Anita is in the meeting (p-ar: Chair, UNWG, a@un.org); "Role" is no header the import knows.
PEOPLE_CSV = (
    "Name,Role,Organisation,Email\n"
    "Anita Ramasastry,Chair of the Working Group,UNWG,a@un.org\n"
    "Jane Doe,Director,Smith & <Co>,jane@example.org\n"
    ",Nobody Ltd,,nobody@example.org\n"
    "John Roe,Partner,Roe & Partners,not-an-email\n"
)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The window the dialog and message boxes belong to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "registrations.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    return path


def run_dialog(monkeypatch: pytest.MonkeyPatch, act: Act) -> list[PeopleImportDialog]:
    """Replace the dialog's modal loop by ``act`` (which works the real widgets)."""
    shown: list[PeopleImportDialog] = []

    def exec_(self: PeopleImportDialog) -> int:
        shown.append(self)
        self.show()
        act(self)
        return self.result()

    monkeypatch.setattr(PeopleImportDialog, "exec", exec_)
    return shown


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))


def click_tick(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Click an item's tick box, where the user would: at the start of its first column (whose
    rectangle already leaves out the branch indentation)."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    before = item.checkState(0)
    pos = QPoint(rect.left() + 9, rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert item.checkState(0) != before


def texts(tree: QTreeWidget) -> list[list[str]]:
    """Each top-level row's texts."""
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def child_texts(tree: QTreeWidget, row: int) -> list[list[str]]:
    item = tree.topLevelItem(row)
    return [[item.child(i).text(c) for c in range(3)] for i in range(item.childCount())]


def new_item(dialog: PeopleImportDialog, name: str) -> QTreeWidgetItem:
    [item] = dialog.new_tree.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    return item


def press_apply(qtbot: QtBot, dialog: PeopleImportDialog) -> None:
    click(qtbot, dialog.apply_button)


def column_of(dialog: PeopleImportDialog, title: str) -> int:
    return dialog.table.header.index(title)


# --------------------------------------------------------------------------- the preview


def test_remap_untick_apply_is_one_undo_step(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    people_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = document.meeting
    seen: dict[str, object] = {}

    def act(dialog: PeopleImportDialog) -> None:
        assert dialog.field_of(column_of(dialog, "Role")) is None
        assert dialog.changes_tree.topLevelItemCount() == 0  # Anita is as the file says
        dialog.combos[column_of(dialog, "Role")].setCurrentIndex(
            dialog.combos[column_of(dialog, "Role")].findText("Position")
        )
        seen["changes"] = child_texts(dialog.changes_tree, 0)
        seen["new"] = [row[0] for row in texts(dialog.new_tree)]
        seen["button before"] = dialog.apply_button.text()
        click_tick(qtbot, dialog.new_tree, new_item(dialog, "Jane Doe"))
        seen["button"] = dialog.apply_button.text()
        press_apply(qtbot, dialog)

    shown = run_dialog(monkeypatch, act)
    assert import_people(parent, document, people_csv) is True
    assert len(shown) == 1
    assert seen["changes"] == [["Position", "Chair", "Chair of the Working Group"]]
    assert seen["new"] == ["Jane Doe", "John Roe"]
    assert seen["button before"] == "&Apply 3 changes"
    assert seen["button"] == "&Apply 2 changes"

    after = document.meeting
    assert after.person("p-ar").position == "Chair of the Working Group"
    names = [person.name for person in after.people]
    assert "John Roe" in names and "Jane Doe" not in names
    assert len(after.people) == len(before.people) + 1
    stack = document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import people from ‘registrations.csv’"
    stack.undo()
    assert document.meeting == before
    stack.redo()
    assert document.meeting == after


def test_an_unticked_field_keeps_its_old_value(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "update.csv"
    path.write_text(
        "Name,Position,Organisation\nAnita Ramasastry,Chairperson,OHCHR\n", encoding="utf-8"
    )

    def act(dialog: PeopleImportDialog) -> None:
        anita = dialog.changes_tree.topLevelItem(0)
        assert anita.text(0) == "Anita Ramasastry"
        assert child_texts(dialog.changes_tree, 0) == [
            ["Position", "Chair", "Chairperson"],
            ["Organisation", "UNWG", "OHCHR"],
        ]
        click_tick(qtbot, dialog.changes_tree, anita.child(0))
        assert anita.checkState(0) == Qt.CheckState.PartiallyChecked
        assert dialog.apply_button.text() == "&Apply 1 change"
        press_apply(qtbot, dialog)

    run_dialog(monkeypatch, act)
    assert import_people(parent, document, path) is True
    anita = document.meeting.person("p-ar")
    assert (anita.position, anita.organisation) == ("Chair", "OHCHR")


def test_cancel_changes_nothing(
    qtbot: QtBot,
    parent: QWidget,
    document: MeetingDocument,
    people_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = document.meeting

    def act(dialog: PeopleImportDialog) -> None:
        click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel))

    run_dialog(monkeypatch, act)
    assert import_people(parent, document, people_csv) is False
    assert document.meeting == before and document.undo_stack.count() == 0


def test_ticks_survive_a_new_mapping_and_problems_are_listed(
    qtbot: QtBot, document: MeetingDocument, people_csv: Path
) -> None:
    dialog = PeopleImportDialog(read_table_file(people_csv), document.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    click_tick(qtbot, dialog.new_tree, new_item(dialog, "John Roe"))
    dialog.set_field(column_of(dialog, "Role"), PeopleField.POSITION)
    assert new_item(dialog, "John Roe").checkState(0) == Qt.CheckState.Unchecked
    assert new_item(dialog, "Jane Doe").checkState(0) == Qt.CheckState.Checked
    assert new_item(dialog, "Jane Doe").text(2) == "Smith & <Co>"  # shown as written
    assert texts(dialog.problems_tree) == [
        ["line 4", "Skipped: no name"],
        ["line 5", "Email 'not-an-email' is not a valid address; the person is kept without it"],
    ]
    assert dialog.tabs.tabText(2) == "P&roblems (2)"
    assert "registrations.csv" in dialog.summary.text() and "UTF-8" in dialog.summary.text()
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_without_a_name_column_nothing_can_be_applied(
    qtbot: QtBot, document: MeetingDocument, people_csv: Path
) -> None:
    dialog = PeopleImportDialog(read_table_file(people_csv), document.meeting)
    qtbot.addWidget(dialog)
    dialog.set_field(column_of(dialog, "Name"), None)
    assert not dialog.apply_button.isEnabled()
    assert dialog.apply_button.text() == "Nothing to apply"
    assert "Choose which column holds the names" in dialog.summary.text()
    assert dialog.meeting_after() == document.meeting
    dialog.set_field(column_of(dialog, "Name"), PeopleField.NAME)
    assert dialog.apply_button.isEnabled()


def test_a_file_already_in_the_meeting_has_nothing_to_apply(
    qtbot: QtBot, document: MeetingDocument, tmp_path: Path
) -> None:
    path = tmp_path / "same.csv"
    path.write_text("Name,Organisation\nSarah Brooks,International Service for Human Rights\n")
    dialog = PeopleImportDialog(read_table_file(path), document.meeting)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert "0 new people, 0 people with changes, 1 already up to date" in dialog.summary.text()


def test_an_indico_registrants_workbook_imports_through_the_preview(
    qtbot: QtBot,
    parent: QWidget,
    make_document: Callable[[Meeting], MeetingDocument],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = make_document(Meeting("Consultation"))
    seen: dict[str, object] = {}

    def act(dialog: PeopleImportDialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["title"] = dialog.field_of(column_of(dialog, "Title"))
        press_apply(qtbot, dialog)

    run_dialog(monkeypatch, act)
    assert import_people(parent, document, FIXTURES / "indico-registrants.xlsx") is True
    assert "read as Excel workbook" in str(seen["summary"])
    assert seen["title"] is PeopleField.HONORIFIC
    people = {person.name: person for person in document.meeting.people}
    assert set(people) == {
        "Anita Ramasastry",
        "Hélène Côté",
        "José Núñez",
        "Wei Li",
        "Olga Ivanova",
    }  # Amina Diallo withdrew
    assert (people["Hélène Côté"].honorific, people["Hélène Côté"].country) == ("Ms", "CH")
    assert people["José Núñez"].category is ParticipantCategory.NGO


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("registrations.xlsx", b"PK\x03\x04rest of a workbook", "is not an Excel workbook"),
        ("Smith & <Co>.csv", b"", "The file is empty"),
        ("missing.csv", None, "The file cannot be read"),
        ("photo.csv", bytes(range(256)) * 16, "holds binary data"),
    ],
)
def test_an_unusable_people_file_is_named_and_changes_nothing(
    parent: QWidget,
    document: MeetingDocument,
    tmp_path: Path,
    message_boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes | None,
    problem: str,
) -> None:
    shown = run_dialog(monkeypatch, lambda dialog: None)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert import_people(parent, document, path) is False
    assert document.undo_stack.count() == 0 and shown == []
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("warning", "Cannot import people")
    assert f"No people could be read from {name}:" in text
    assert problem in text


# --------------------------------------------------------------------------- the window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on a new, empty meeting, with drafts in the test's folder."""
    window = MainWindow(drafts=tmp_path / "Drafts")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.file_actions.new_meeting()
    return window


def test_file_menu_offers_csv_and_excel_and_imports_through_the_preview(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer_open: Callable[[Path | None], list[tuple[object, ...]]],
) -> None:
    asked = answer_open(FIXTURES / "indico-registrants.xlsx")
    shown = run_dialog(monkeypatch, lambda dialog: press_apply(qtbot, dialog))
    window.import_actions.import_people_action.trigger()
    [args] = asked
    assert "*.csv" in str(args[3]) and "*.xlsx" in str(args[3])
    assert len(shown) == 1 and len(window.meeting.people) == 5


def test_a_dropped_workbook_imports_people_not_a_note(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = run_dialog(monkeypatch, lambda dialog: press_apply(qtbot, dialog))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / "indico-registrants.xlsx"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert len(shown) == 1
    assert {person.country for person in window.meeting.people} >= {"CH", "CN", "CO", "US"}
    assert window.meeting.notes == ()


def test_a_long_bio_is_cut_in_the_list_and_whole_in_its_tooltip(
    qtbot: QtBot, document: MeetingDocument, tmp_path: Path
) -> None:
    bio = "Served <b>twice</b> & more. " * 20
    path = tmp_path / "bios.csv"
    path.write_text(f'Name,Bio\nSarah Brooks,"{bio}"\n', encoding="utf-8")
    dialog = PeopleImportDialog(read_table_file(path), document.meeting)
    qtbot.addWidget(dialog)
    row = dialog.changes_tree.topLevelItem(0).child(0)
    assert row.text(0) == "Bio" and row.text(2).endswith("…") and len(row.text(2)) < len(bio)
    assert as_read(row.toolTip(2)) == bio.strip()


def test_untick_all_and_tick_all_act_on_the_list_shown(
    qtbot: QtBot, document: MeetingDocument, people_csv: Path
) -> None:
    dialog = PeopleImportDialog(read_table_file(people_csv), document.meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_field(column_of(dialog, "Role"), PeopleField.POSITION)
    assert dialog.apply_button.text() == "&Apply 3 changes"
    click(qtbot, dialog.untick_all_button)  # the new people's tab is shown
    assert dialog.apply_button.text() == "&Apply 1 change"
    assert new_item(dialog, "Jane Doe").checkState(0) == Qt.CheckState.Unchecked
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.untick_all_button)
    assert dialog.apply_button.text() == "Nothing to apply"
    assert dialog.changes_tree.topLevelItem(0).child(0).checkState(0) == Qt.CheckState.Unchecked
    assert dialog.meeting_after() == document.meeting
    click(qtbot, dialog.tick_all_button)
    assert dialog.apply_button.text() == "&Apply 1 change"
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.tick_all_button.isEnabled()
