"""Fixtures for the desktop app's tests: Qt offscreen, and a small meeting with awkward text."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefing.model import (
    AgendaItem,
    Attachment,
    Contact,
    LinkedEvent,
    Meeting,
    Note,
    Participant,
    Person,
    Reference,
    Role,
    RoleKind,
    Segment,
)

TRICKY = 'Smith & <Co> "R&D"'


def ui_meeting() -> Meeting:
    """A one-day meeting with markup-like text in names, titles and the concept note."""
    people = (
        Person("p-ar", "Anita Ramasastry", "Prof.", "Chair", "UNWG", "Bio of Anita.", "a@un.org"),
        Person("p-co", TRICKY, "", "Adviser", "Кузнецов & Partners", "Bio <b>not bold</b>."),
        Person("p-sb", "Sarah Brooks", "", "", "International Service for Human Rights"),
    )
    agenda = (
        AgendaItem(
            "i1",
            "Welcome and introduction",
            dt.time(10, 0),
            dt.time(10, 15),
            participants=(Participant("p-ar", Role(RoleKind.WELCOME)),),
            running_order=(
                Segment("Welcome", "p-ar", minutes=5),
                Segment("Brief scene-setting", speaker="A human rights defender (to be named)"),
            ),
        ),
        AgendaItem(
            "i2",
            "Pillar <I> & III gaps",
            dt.time(10, 15),
            dt.time(11, 0),
            description="Guiding questions:\n- What works?",
            participants=(
                Participant("p-co", Role(RoleKind.KICK_OFF)),
                Participant("p-sb", Role(RoleKind.MODERATOR)),
                Participant("p-ar", Role(RoleKind.MODERATOR)),
            ),
        ),
    )
    notes = (
        Note("n1", "Concept note", "Plain <text> body.", session_ids=("i1", "i2")),
        Note(
            "n2",
            "Background paper",
            attachment=Attachment("paper.pdf", b"%PDF-1.4\n"),
            internal=True,
        ),
    )
    return Meeting(
        title="Consultation on <HRDs> & business",
        short_title="HRD consultation",
        meeting_type="Multistakeholder consultation",
        organiser=TRICKY,
        first_date=dt.date(2017, 11, 30),
        start=dt.time(10, 0),
        end=dt.time(13, 0),
        venue="Palais des Nations",
        room="Room XXII",
        city="Geneva",
        country="Switzerland",
        background="First paragraph.\n\n- a point & <another>",
        aims="Aims.",
        logistics="Coffee from 09:45.",
        acknowledgements="Thanks to DLA Piper.",
        linked_events=(LinkedEvent("2017 UN Forum", dt.date(2017, 11, 27), dt.date(2017, 11, 29)),),
        references=(Reference("UNGPs", "The principles", "https://example.org/ungps"),),
        contacts=(
            Contact(TRICKY, "Queries", "wg-business@ohchr.org"),
            Contact("", "In copy", "forumbhr@ohchr.org", cc=True),
        ),
        people=people,
        agenda=agenda,
        notes=notes,
    )


@pytest.fixture
def meeting() -> Meeting:
    """The awkward one-day meeting."""
    return ui_meeting()


@pytest.fixture(autouse=True)
def live_event_loop(qapp: QApplication) -> None:
    """Undo a quit left over by an earlier test, so waitSignal's event loops really run.

    A test that runs the app's main() (test_app.py) closes its last window and quits: Qt posts a second Quit that would be handled
    in our first event loop and leave every later QEventLoop returning at once. Running and
    quitting the application's own loop once consumes it and clears the flag.
    """
    QApplication.sendPostedEvents(None, QEvent.Type.Quit)
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture(autouse=True)
def private_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, recent files, drafts and the log of each test in a folder of its own.

    The user's own recent files and drafts are never read or touched by a test.
    """
    root = tmp_path_factory.mktemp("app-data")
    QCoreApplication.setOrganizationName("Briefing Pack Assembler Tests")
    QCoreApplication.setApplicationName("Briefing Pack Assembler Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(root / "data"))
    return root
