"""Moving the rest of a day: the dialog lists what moves, and applying it is one undo step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from briefing.model import AgendaItem, ItemKind, Meeting
from ui.main_window import AGENDA, MainWindow
from ui.models import ENTRY_ROLE, AgendaModel
from ui.retime import MoveFollowingDialog

pytestmark = pytest.mark.gui


def _programme(meeting: Meeting) -> Meeting:
    """Welcome 10:00–10:15; Pillar 10:15–11:00 beside a parallel item in another room; a
    coffee break; a wrap-up that ends at 12:00."""
    welcome, pillar = meeting.agenda
    agenda = (
        welcome,
        dataclasses.replace(pillar, room="Room XXII"),
        AgendaItem(
            "par",
            "Parallel <side> & event",
            dt.time(10, 15),
            dt.time(10, 45),
            kind=ItemKind.SIDE_EVENT,
            room="Room XXIII",
        ),
        AgendaItem("brk", "Coffee break", dt.time(11), dt.time(11, 15), kind=ItemKind.BREAK),
        AgendaItem("end", "Wrap-up", dt.time(11, 15), dt.time(12)),
    )
    return dataclasses.replace(meeting, agenda=agenda)


def _slots(meeting: Meeting) -> list[str]:
    return [f"{i.start:%H:%M}-{i.end:%H:%M}" for i in meeting.agenda]


def _ok(dialog: MoveFollowingDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _lines(dialog: MoveFollowingDialog) -> list[str]:
    view = dialog.preview_list
    return [view.item(row).text() for row in range(view.count())]


@pytest.fixture
def dialog(qtbot: QtBot, meeting: Meeting) -> MoveFollowingDialog:
    dialog = MoveFollowingDialog(_programme(meeting), "i2")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_lists_what_will_move_as_the_user_chooses(
    qtbot: QtBot, dialog: MoveFollowingDialog
) -> None:
    assert dialog.minutes_box.text() == "+5 min"
    assert _lines(dialog) == [
        "10:15–11:00 → 10:20–11:05  S2 · Pillar <I> & III gaps",
        "10:15–10:45 → 10:20–10:50  Parallel <side> & event",
        "11:00–11:15 → 11:05–11:20  Coffee break",
        "11:15–12:00 → 11:20–12:05  S3 · Wrap-up",
    ]
    assert _ok(dialog).text() == "Move 4 items by +5 min"
    dialog.minutes_box.selectAll()
    QTest.keyClicks(dialog.minutes_box, "-10")
    assert dialog.minutes_box.value() == -10
    assert _lines(dialog)[0] == "10:15–11:00 → 10:05–10:50  S2 · Pillar <I> & III gaps"
    dialog.include_check.setFocus()
    QTest.keyClick(dialog.include_check, Qt.Key.Key_Space)
    assert not dialog.include_check.isChecked()
    assert _lines(dialog) == [
        "11:00–11:15 → 10:50–11:05  Coffee break",
        "11:15–12:00 → 11:05–11:50  S3 · Wrap-up",
    ]
    assert _ok(dialog).text() == "Move 2 items by -10 min"
    assert not dialog.error_line.isVisible()


def test_a_move_past_midnight_is_refused_in_the_dialog(dialog: MoveFollowingDialog) -> None:
    dialog.minutes_box.setValue(12 * 60)
    assert not _ok(dialog).isEnabled()
    assert dialog.error_line.isVisible()
    assert "‘Wrap-up’ (11:15–12:00) would cross midnight" in dialog.error_line.text()
    assert _lines(dialog) == []
    dialog.minutes_box.setValue(0)
    assert not _ok(dialog).isEnabled()
    assert not dialog.error_line.isVisible()
    assert dialog.summary_label.text() == "Nothing moves by 0 min."


def _gaps(window: MainWindow) -> list[str]:
    """The start of each gap the Checks page shows."""
    model = window.checks_page.model
    findings = [model.index(row, 0).data(ENTRY_ROLE) for row in range(model.rowCount())]
    return [f.message.split(" (")[0] for f in findings if f.rule == "gap-in-programme"]


@pytest.fixture
def window(qtbot: QtBot, meeting: Meeting) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(_programme(meeting), Path("/data/retime.meeting"))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.checks_ready)
    return window


def test_moving_from_the_window_is_one_undo_step_and_is_said(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.move_following_action
    assert not action.isEnabled()  # not on the agenda page
    assert action in window.menuBar().actions()[1].menu().actions()  # in the Edit menu
    window.show_page(AGENDA)
    page = window.agenda_page
    assert action in page.view.actions()  # in the agenda's context menu
    assert page.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    page.select_entry("i2")
    assert action.isEnabled()
    before = window.meeting
    gaps_before = _gaps(window)
    action.trigger()
    dialog = window.findChild(MoveFollowingDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.minutes_box.setValue(30)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert _slots(window.meeting) == [
        "10:00-10:15",
        "10:45-11:30",
        "10:45-11:15",
        "11:30-11:45",
        "11:45-12:30",
    ]
    stack = window.document.undo_stack
    assert stack.undoText() == "Move 4 items by +30 min"
    message = window.statusBar().currentMessage()
    assert message.startswith("Moved 4 items by +30 min: ‘Pillar <I> & III gaps’ 10:45")
    assert message.endswith("and 1 more")
    qtbot.waitUntil(window.checks_ready)  # the checks ran again on the moved agenda
    assert _gaps(window) == [*gaps_before, "gap of 30 min between 'Welcome and introduction'"]
    times = [page.model.index(r, AgendaModel.TIME).data() for r in range(5)]
    assert times[1] == "10:45–11:30\nRoom XXII"  # the list follows
    window.undo()
    assert window.meeting == before  # one undo puts every item back
    assert page.current_id() == "i2"


def test_the_shortcut_opens_the_dialog_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(AGENDA)
    window.agenda_page.select_entry("brk")
    window.agenda_page.view.setFocus()
    before = window.meeting
    QTest.keyClick(
        window.agenda_page.view,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(MoveFollowingDialog)
    assert dialog is not None
    assert _lines(dialog)[0] == "11:00–11:15 → 11:05–11:20  Coffee break"
    dialog.reject()
    assert window.meeting is before
    assert window.document.undo_stack.count() == 0


def test_a_dialog_left_behind_by_another_change_moves_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(AGENDA)
    window.agenda_page.select_entry("end")
    dialog = window.show_move_dialog()
    assert dialog is not None
    renamed = dataclasses.replace(window.meeting, title="Renamed")
    window.document.apply(renamed, "Rename")  # e.g. a change the dialog did not see
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert window.meeting is renamed
    assert window.document.undo_stack.undoText() == "Rename"
    assert window.statusBar().currentMessage() == (
        "Nothing was moved: the meeting changed while the dialog was open"
    )
