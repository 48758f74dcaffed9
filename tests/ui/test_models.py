"""The Qt models read the meeting's tuples and pass Qt's own model checks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from briefing.model import AgendaItem, ItemKind, Meeting, new_meeting
from ui.models import ENTRY_ROLE, AgendaModel, NotesModel, PacksModel, PeopleModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]

DISPLAY = Qt.ItemDataRole.DisplayRole
MODELS = (AgendaModel, PeopleModel, NotesModel, PacksModel)


@pytest.mark.parametrize("model_class", MODELS)
def test_models_pass_qts_model_tester(
    qtmodeltester: ModelTester, meeting: Meeting, model_class: type
) -> None:
    model = model_class()
    model.set_meeting(meeting)
    qtmodeltester.check(model, force_py=True)
    model.set_meeting(new_meeting())  # a reset to an empty meeting is checked too
    qtmodeltester.check(model, force_py=True)


def test_agenda_rows_show_time_title_and_people_by_role(meeting: Meeting) -> None:
    model = AgendaModel()
    model.set_meeting(meeting)
    assert model.rowCount() == 2
    assert model.columnCount() == 3
    row = [model.index(1, column).data(DISPLAY) for column in range(3)]
    assert row == [
        "10:15–11:00",
        "S2 · Pillar <I> & III gaps",
        'Kick-off remarks: Smith & <Co> "R&D"\nModerator: Sarah Brooks, Prof. Anita Ramasastry',
    ]
    assert model.index(1, 0).data(ENTRY_ROLE) is meeting.agenda[1]
    assert "Guiding questions" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()


def test_running_order_steps_are_rows_beneath_their_item(meeting: Meeting) -> None:
    model = AgendaModel()
    model.set_meeting(meeting)
    welcome = model.index(0, 0)
    assert model.rowCount(welcome) == 2
    assert model.rowCount(model.index(1, 0)) == 0
    step = model.index(1, 0, welcome)
    assert model.parent(step) == welcome
    assert [model.index(0, c, welcome).data(DISPLAY) for c in range(3)] == [
        "5 min",
        "Welcome",
        "Prof. Anita Ramasastry",
    ]
    assert model.index(1, 2, welcome).data(DISPLAY) == "A human rights defender (to be named)"
    assert step.data(ENTRY_ROLE) is meeting.agenda[0]  # a step describes its item
    assert model.rowCount(step) == 0


def test_set_meeting_resets_the_agenda(meeting: Meeting) -> None:
    model = AgendaModel()
    model.set_meeting(meeting)
    shorter = meeting.without_item("i2")
    model.set_meeting(shorter)
    assert model.rowCount() == 1
    assert model.index(5, 0) == QModelIndex()


def test_people_notes_and_packs_tables(meeting: Meeting) -> None:
    people, notes, packs = PeopleModel(), NotesModel(), PacksModel()
    for model in (people, notes, packs):
        model.set_meeting(meeting)
    assert people.rowCount() == 3
    assert [people.index(1, c).data(DISPLAY) for c in range(4)] == [
        'Smith & <Co> "R&D"',
        "Adviser",
        "Кузнецов & Partners",
        None,  # no email: an empty cell
    ]
    assert people.headerData(3, Qt.Orientation.Horizontal) == "Email"
    assert people.entry(0) is meeting.people[0]
    assert [notes.index(1, c).data(DISPLAY) for c in range(5)] == [
        "Background paper",
        "PDF document",
        "paper.pdf",
        None,
        "internal",
    ]
    assert notes.index(0, 1).data(DISPLAY) == "Plain text"
    assert packs.rowCount() == 1  # no packs defined: the default full pack
    assert [packs.index(0, c).data(DISPLAY) for c in range(5)] == [
        "Full pack",
        "Full",
        "2",
        "3",
        "1",
    ]


def test_tooltips_show_markup_like_text_literally(meeting: Meeting) -> None:
    from PySide6.QtGui import QTextDocument

    model = AgendaModel()
    model.set_meeting(meeting)
    tip = model.index(1, AgendaModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText().startswith("S2 · Pillar <I> & III gaps")
    people = PeopleModel()
    people.set_meeting(meeting)
    plain = people.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert plain == "Prof. Anita Ramasastry"  # nothing that looks like markup: left as it is


def _with_break_and_rooms(meeting: Meeting) -> Meeting:
    """The meeting with a coffee break between its two sessions, each in a room of its own."""
    first, second = meeting.agenda
    pause = AgendaItem("brk", "Coffee break", dt.time(10, 15), dt.time(10, 30), kind=ItemKind.BREAK)
    agenda = (
        dataclasses.replace(first, room="Room XXII"),
        pause,
        dataclasses.replace(second, room="Salle <B> & C"),
    )
    return dataclasses.replace(meeting, agenda=agenda)


def test_sessions_are_numbered_among_sessions_and_breaks_look_secondary(meeting: Meeting) -> None:
    model = AgendaModel()
    model.set_meeting(_with_break_and_rooms(meeting))
    titles = [model.index(row, AgendaModel.TITLE).data(DISPLAY) for row in range(3)]
    assert titles == ["S1 · Welcome and introduction", "Coffee break", "S2 · Pillar <I> & III gaps"]
    times = [model.index(row, AgendaModel.TIME).data(DISPLAY) for row in range(3)]
    assert times == ["10:00–10:15\nRoom XXII", "10:15–10:30", "10:15–11:00\nSalle <B> & C"]
    pause = model.index(1, AgendaModel.TITLE)
    assert pause.data(Qt.ItemDataRole.FontRole).italic()
    assert not pause.data(Qt.ItemDataRole.FontRole).bold()
    assert not pause.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert pause.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Break" in pause.data(Qt.ItemDataRole.ToolTipRole)
    session = model.index(2, AgendaModel.TITLE)
    assert session.data(Qt.ItemDataRole.FontRole).bold()
    assert session.data(Qt.ItemDataRole.DecorationRole) is None
    assert session.data(Qt.ItemDataRole.ForegroundRole) is None


def test_people_show_their_country_by_name(meeting: Meeting) -> None:
    people = PeopleModel()
    swiss = dataclasses.replace(meeting.people[0], country="CH")
    people.set_meeting(dataclasses.replace(meeting, people=(swiss, *meeting.people[1:])))
    assert people.headerData(4, Qt.Orientation.Horizontal) == "Country"
    assert people.index(0, 4).data(DISPLAY) == "Switzerland"
    assert people.index(1, 4).data(DISPLAY) is None  # none given: an empty cell
