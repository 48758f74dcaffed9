"""Fixtures for the desktop app's tests: Qt offscreen, a small meeting with awkward text, its
document, and helpers that type, press Enter, read back the autosave and record message boxes.

pytest loads this file as a plugin and test modules are not meant to import it, so a helper
that several modules use is a fixture here (a fixture may return the helper function).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

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
from briefing.store import load_meeting
from ui.document import MeetingDocument
from ui.i18n import use_language, window_language

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
def english_window(qapp: QApplication) -> Iterator[None]:
    """Each test starts with the window in English, its catalog installed as the app does
    (English plurals come from it: "1 note", "3 notes"); a test may switch language."""
    use_language("en")
    yield
    if window_language() != "en":
        use_language("en")


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


# --------------------------------------------------------------------------- documents


@pytest.fixture
def make_document(tmp_path: Path) -> Iterator[Callable[[Meeting], MeetingDocument]]:
    """Makes a document of a meeting, autosaving to a draft in tmp_path.

    At the end of the test every document's autosave has finished (its thread must not
    outlive the test).
    """
    documents: list[MeetingDocument] = []

    def make(meeting: Meeting) -> MeetingDocument:
        document = MeetingDocument(meeting, drafts=tmp_path / "drafts")
        documents.append(document)
        return document

    yield make
    for document in documents:
        assert document.flush()


@pytest.fixture
def document(
    make_document: Callable[[Meeting], MeetingDocument], meeting: Meeting
) -> MeetingDocument:
    """The awkward meeting's document, autosaving to a draft in tmp_path."""
    return make_document(meeting)


@pytest.fixture
def saved() -> Callable[[MeetingDocument], Meeting]:
    """Reads a document's meeting back as its autosave wrote it."""

    def read(document: MeetingDocument) -> Meeting:
        assert document.flush()
        assert document.path is not None
        return load_meeting(document.path)

    return read


@pytest.fixture
def png() -> Callable[..., Path]:
    """Writes a small PNG image: ``png(path, width=60, height=30)`` gives ``path``."""

    def write(path: Path, width: int = 60, height: int = 30) -> Path:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("teal"))
        assert image.save(str(path), "PNG")
        return path

    return write


# --------------------------------------------------------------------------- typing and keys


@pytest.fixture
def retype(qtbot: QtBot) -> Callable[[QLineEdit | QPlainTextEdit, str], None]:
    """Selects everything in a text field and types other text over it, as a user would.

    QTest types ASCII only; other text is put in as an input method does.
    """

    def type_over(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        widget.setFocus()
        widget.selectAll()
        QTest.keyClick(widget, Qt.Key.Key_Delete)
        if text.isascii():
            qtbot.keyClicks(widget, text)
        elif isinstance(widget, QLineEdit):
            widget.insert(text)
        else:
            widget.insertPlainText(text)

    return type_over


@pytest.fixture
def press_enter(qtbot: QtBot) -> Callable[[QWidget, Callable[[], object]], None]:
    """Presses Enter in a widget, then waits until ``done()`` (what Enter starts may be queued)."""

    def press(widget: QWidget, done: Callable[[], object]) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(done()))

    return press


# --------------------------------------------------------------------------- dialogs


@pytest.fixture
def answer_open(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], list[tuple[Any, ...]]]:
    """Makes the open-file dialog answer a path (None: the user cancels); the list it gives
    records the arguments of each time the dialog was asked."""

    def answer_with(path: Path | None) -> list[tuple[Any, ...]]:
        asked: list[tuple[Any, ...]] = []

        def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
            asked.append(args)
            return ("" if path is None else str(path)), ""

        monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
        return asked

    return answer_with


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box shown (none really opens), as (kind, title, text as the user reads it).

    Each box answers Ok. Rich text is read as a box shows it: tags and entities are gone.
    """
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, title, as_read(text)))
            return QMessageBox.StandardButton.Ok

        return record

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


def as_read(text: str) -> str:
    """A message box's text as the user reads it (rich text as a box shows it)."""
    if not QtGui.Qt.mightBeRichText(text):  # as a box with the default AutoText decides
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()
