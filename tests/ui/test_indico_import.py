"""File → Import Timetable from Indico…: the real menu action, the real preview dialog (its
modal loop replaced by clicks on its own buttons), one undo step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import ItemKind, Meeting
from ui.imports import AgendaImportDialog, ImportMode
from ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "briefing" / "importers" / "fixtures" / "indico"
FORUM = FIXTURES / "forum-two-days.json"


@pytest.fixture
def window(qtbot: QtBot, meeting: Meeting) -> MainWindow:
    """A shown main window on the awkward meeting, as if opened from a file."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(meeting, Path("/data/hrd consultation.meeting"))
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[AgendaImportDialog], None]
) -> list[AgendaImportDialog]:
    """The preview's modal loop replaced by ``act`` (clicks on its real widgets)."""
    shown: list[AgendaImportDialog] = []

    def exec_(self: AgendaImportDialog) -> int:
        shown.append(self)
        act(self)
        return self.result()

    monkeypatch.setattr(AgendaImportDialog, "exec", exec_)
    return shown


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_menu_action_previews_the_timetable_and_adds_it_in_one_step(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer_open: Callable[[Path | None], list[tuple[Any, ...]]],
    tmp_path: Path,
) -> None:
    screenshot = tmp_path / "indico-preview.png"
    asked = answer_open(FORUM)
    document = window.document
    before = document.meeting
    seen: dict[str, Any] = {}

    def look_then_import(dialog: AgendaImportDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(screenshot))
        seen["title"] = dialog.windowTitle()
        (tree,) = [
            t
            for t in dialog.findChildren(QTreeWidget)
            if t.accessibleName() == "Agenda items found"
        ]
        seen["agenda"] = tree_rows(tree)
        click(qtbot, dialog.add_button)
        assert dialog.mode() is ImportMode.ADD
        click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Ok))

    shown = run_dialog(monkeypatch, look_then_import)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_actions.import_indico_action in file_menu.actions()
    window.import_actions.import_indico_action.trigger()

    assert len(shown) == 1 and len(asked) == 1
    assert asked[0][1] == "Import Timetable from Indico"
    assert seen["title"] == "Import agenda — forum-two-days.json"
    assert [row[1] for row in seen["agenda"]][:3] == [
        "Opening of the Forum",
        "Pillar II: corporate due diligence",
        "Access to remedy",
    ]
    after = document.meeting
    added = after.agenda[len(before.agenda) :]
    assert [i.title for i in added][:3] == [
        "Opening of the Forum",
        "Pillar II: corporate due diligence",
        "Access to remedy",
    ]
    assert [i.kind for i in added].count(ItemKind.BREAK) == 1
    assert {i.room for i in added[1:3]} == {"Room XX", "Room XXIII"}
    assert after.agenda[: len(before.agenda)] == before.agenda
    stack = document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Import agenda from ‘forum-two-days.json’"
    stack.undo()
    assert document.meeting == before
    stack.redo()
    assert document.meeting == after
    assert screenshot.stat().st_size > 0


def test_a_file_that_is_not_a_timetable_is_named_and_changes_nothing(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_open: Callable[[Path | None], list[tuple[Any, ...]]],
    message_boxes: list[tuple[str, str, str]],
) -> None:
    path = tmp_path / "Smith & <Co>.json"
    path.write_text('{"meeting": "not Indico"}', encoding="utf-8")
    answer_open(path)
    shown = run_dialog(monkeypatch, lambda dialog: None)
    before = window.document.meeting
    window.import_actions.import_indico_action.trigger()
    assert shown == []
    assert window.document.meeting is before and window.document.undo_stack.count() == 0
    [(kind, title, text)] = message_boxes
    assert (kind, title) == ("warning", "Cannot import timetable")
    assert "The timetable could not be read from Smith & <Co>.json:" in text
    assert "This is not an Indico timetable export (no 'results')" in text


def test_cancelling_the_file_dialog_changes_nothing(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer_open: Callable[[Path | None], list[tuple[Any, ...]]],
) -> None:
    answer_open(None)
    shown = run_dialog(monkeypatch, lambda dialog: None)
    before = window.document.meeting
    window.import_actions.import_indico_action.trigger()
    assert shown == [] and window.document.meeting is before


def test_a_dropped_indico_export_is_previewed_as_a_timetable_not_opened_as_a_meeting(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    from briefing.importers.indico import is_indico_export
    from briefing.jsonio import write_meeting_json

    meeting_json = tmp_path / "meeting.json"
    write_meeting_json(window.meeting, meeting_json)
    assert is_indico_export(FORUM) and not is_indico_export(meeting_json)
    before = window.meeting
    shown = run_dialog(
        monkeypatch,
        lambda dialog: click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)),
    )
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FORUM))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    assert len(shown) == 1
    assert window.meeting.title == before.title  # still the same meeting, with the sessions added
    assert "Opening of the Forum" in [i.title for i in window.meeting.agenda]
