"""The small editable tables of the editors, on a tuple that is not the meeting's: what a table
shows, how a cell, a row or a check box is edited as one named step, what is refused, how a
changed tuple is told to the views, and how a typed date is read."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.editors.tables import (
    Column,
    TableTexts,
    TupleSpec,
    TupleTable,
    TupleTableModel,
    parse_date,
    row_change,
)
from ui.widgets import Mode

pytestmark = pytest.mark.gui


def test_row_change() -> None:
    assert row_change("abc", "abc") == ("same", 0, 0)
    assert row_change("abc", "abxc") == ("insert", 2, 2)
    assert row_change("abc", "ac") == ("remove", 1, 1)
    assert row_change("abcd", "bcad") == ("move", 0, 2)
    assert row_change("abcd", "adbc") == ("move", 3, 1)
    assert row_change("abcd", "abXd") == ("edit", 2, 2)
    assert row_change("abcd", "xy") == ("reset", 0, 0)


def test_parse_date() -> None:
    assert parse_date("2017-11-27") == dt.date(2017, 11, 27)
    assert parse_date(" 27 November 2017 ") == dt.date(2017, 11, 27)
    assert parse_date("27/11/2017") == dt.date(2017, 11, 27)
    assert parse_date("") is None
    for text in ("31 Feb 2017", "27 Novembre", "soon"):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(text)


# --------------------------------------------------------------------------- a table of anything


@dataclasses.dataclass(frozen=True)
class Task:
    """An entry of no meeting: the framework edits any tuple of frozen dataclasses."""

    name: str
    due: dt.date | None = None
    done: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a task needs a name")


TASKS = TupleSpec(
    field="tasks",
    context="TaskTable",
    texts=TableTexts(
        title="Tasks",
        empty="No tasks yet. Click Add to add one.",
        add_tip="Add a task",
        remove_tip="Remove the selected task",
        up_tip="Move the selected task up",
        down_tip="Move the selected task down",
        added="Add task",
        removed="Remove task {name}",
        moved_up="Move task {name} up",
        moved_down="Move task {name} down",
        refused="The tasks were not changed: {problem}.",
    ),
    columns=(
        Column("Name", "name", "Rename task {name}", "Task {name} keeps its name: {problem}."),
        Column(
            "Due",
            "due",
            "Set the day task {name} is due",
            "Task {name} keeps its day: {problem}.",
            "date",
            Mode.ResizeToContents,
        ),
        Column(
            "Done",
            "done",
            "Tick task {name}",
            "Task {name} stays as it was: {problem}.",
            "check",
            Mode.ResizeToContents,
            "Whether the task is done",
        ),
    ),
    new_entry=lambda: Task("New task"),
    name=lambda task: task.name,
)


class Owner:
    """What a table's owner does: apply each new tuple as one step, or say why not."""

    def __init__(self, rows: tuple[Task, ...]) -> None:
        self.steps: list[str] = []
        self.problems: list[str] = []
        self.model = TupleTableModel(TASKS, self.apply, self.problems.append)
        self.model.set_rows(rows)

    def apply(self, rows: tuple[Any, ...], text: str) -> bool:
        self.steps.append(text)
        self.model.set_rows(rows)
        return True


@pytest.fixture
def owner() -> Owner:
    return Owner((Task("Book room <B>"), Task("Print & bind", dt.date(2017, 11, 27))))


@pytest.fixture
def table(owner: Owner, qtbot: QtBot) -> TupleTable:
    widget = TupleTable(owner.model)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _type_in_cell(
    qtbot: QtBot, table: TupleTable, row: int, column: int, text: str, done: Callable[[], object]
) -> None:
    """Press F2 on a cell, type over its text and press Enter, as a user would."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    QTest.keyClick(table.view, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done()))


def test_a_table_shows_its_entries_and_says_what_its_columns_mean(table: TupleTable) -> None:
    model = table.model
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(3)] == ["Name", "Due", "Done"]
    assert model.headerData(2, horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Whether the task is done"
    )
    assert model.index(0, 0).data() == "Book room <B>"  # as typed, never markup
    assert model.index(1, 1).data() == "27 Nov 2017"
    assert model.index(1, 1).data(Qt.ItemDataRole.EditRole) == "2017-11-27"
    assert table.view.accessibleName() == "Tasks"
    assert table.add_action.toolTip().startswith("Add a task")
    assert not table.remove_action.isEnabled()  # nothing selected


def test_an_edited_cell_is_one_step_named_after_its_entry(
    qtbot: QtBot, owner: Owner, table: TupleTable
) -> None:
    _type_in_cell(qtbot, table, 0, 0, "Book Room XX", lambda: len(owner.steps) == 1)
    _type_in_cell(qtbot, table, 0, 1, "30/11/2017", lambda: len(owner.steps) == 2)
    assert owner.model.rows()[0] == Task("Book Room XX", dt.date(2017, 11, 30))
    assert owner.steps == ["Rename task ‘Book room <B>’", "Set the day task ‘Book Room XX’ is due"]


def test_a_refused_value_is_said_and_offered_again(
    qtbot: QtBot, owner: Owner, table: TupleTable
) -> None:
    _type_in_cell(qtbot, table, 1, 1, "soon", lambda: owner.problems)
    assert owner.steps == []
    assert owner.problems == [
        "Task ‘Print & bind’ keeps its day: ‘soon’ is not a date; write it like 2017-11-27."
    ]
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and cell.text() == "soon"  # to fix, not to type again
    assert cell.placeholderText() == "2017-11-27"


def test_a_check_box_cell_ticks_its_entry(owner: Owner) -> None:
    index = owner.model.index(0, 2)
    assert owner.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert owner.model.rows()[0].done
    assert owner.steps == ["Tick task ‘Book room <B>’"]


def test_the_buttons_add_move_and_remove_rows(
    qtbot: QtBot, owner: Owner, table: TupleTable, qtmodeltester: Any
) -> None:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the new name as it is
    assert [t.name for t in owner.model.rows()] == ["Book room <B>", "Print & bind", "New task"]
    assert table.current_row() == 2
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    assert table.current_row() == 1 and owner.model.rows()[1].name == "New task"
    table.select_row(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in owner.model.rows()] == ["New task", "Print & bind"]
    assert owner.steps == ["Add task", "Move task ‘New task’ up", "Remove task ‘Book room <B>’"]
    qtmodeltester.check(owner.model)


def test_an_empty_table_says_how_to_fill_it(qtbot: QtBot) -> None:
    empty = TupleTable(Owner(()).model)
    qtbot.addWidget(empty)
    assert empty.view.empty_text == "No tasks yet. Click Add to add one."
    assert not empty.up_action.isEnabled() and not empty.down_action.isEnabled()
