"""The Checks page lists the pre-build findings and takes the user to what each concerns."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from briefing.checks import Finding, Severity, check_meeting
from briefing.model import Meeting, new_meeting
from briefing.sample import sample_meeting
from ui import pages
from ui.i18n import set_window_language
from ui.main_window import AGENDA, CHECKS, NOTES, PEOPLE, MainWindow
from ui.models import ENTRY_ROLE

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole
TRICKY = 'Smith & <Co> "R&D"'  # a name in the meeting of conftest.py


@pytest.fixture
def sample() -> Meeting:
    """The app's sample meeting."""
    return sample_meeting()


@pytest.fixture
def window(qtbot: QtBot, sample: Meeting) -> MainWindow:
    """A shown main window on the sample meeting, on the Checks page."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(sample)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(CHECKS)
    qtbot.waitUntil(window.checks_ready)
    return window


def _open(qtbot: QtBot, window: MainWindow, meeting: Meeting) -> None:
    """Show ``meeting`` and wait for its checks, which run in the background."""
    window.set_meeting(meeting)
    qtbot.waitUntil(window.checks_ready)


def _findings(window: MainWindow) -> list[Finding]:
    model = window.checks_page.model
    return [model.index(row, 0).data(ENTRY_ROLE) for row in range(model.rowCount())]


def _row_of(window: MainWindow, rule: str) -> int:
    return next(row for row, f in enumerate(_findings(window)) if f.rule == rule)


def _double_click(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 1)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    # The first click selects; the double-click event then activates the row.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _selected_entry(view: QAbstractItemView) -> object:
    return view.currentIndex().data(ENTRY_ROLE)


def test_sample_meeting_lists_its_eight_findings_in_check_order(
    window: MainWindow, sample: Meeting
) -> None:
    findings = _findings(window)
    assert findings == check_meeting(sample)
    assert len(findings) == 8
    assert findings[0].rule == "gap-in-programme"
    assert {f.severity for f in findings} == {Severity.WARNING}
    assert [f.rule for f in findings[1:]] == ["bio-placeholder"] * 7
    assert window.navigator.item(CHECKS).text() == "Checks (8)"
    assert window.checks_page.header.subtitle.text() == "8 warnings"


def test_columns_show_severity_with_icon_message_and_advice(window: MainWindow) -> None:
    model = window.checks_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Severity", "Finding", "What to do"]
    row = _row_of(window, "bio-placeholder")
    assert model.index(row, 0).data(DISPLAY) == "Warning"
    assert not model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(row, 1).data(DISPLAY) == (
        "The bio of Anita Ramasastry is still a placeholder"
    )
    assert "real bio" in model.index(row, 2).data(DISPLAY)
    assert model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is None


def test_double_clicking_the_gap_shows_the_agenda_item(qtbot: QtBot, window: MainWindow) -> None:
    _double_click(qtbot, window.checks_page.view, _row_of(window, "gap-in-programme"))
    assert window.current_page() is window.agenda_page
    assert window.navigator.currentRow() == AGENDA
    item = _selected_entry(window.agenda_page.view)
    assert item.id == "scaling-up"
    assert item.title.startswith("Scaling up protection of HRDs")
    assert "Scaling up protection of HRDs" in window.agenda_page.detail.toPlainText()


def test_double_clicking_a_placeholder_bio_shows_the_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    row = next(
        row
        for row, f in enumerate(_findings(window))
        if f.rule == "bio-placeholder" and f.target_id == "michel-forst"
    )
    _double_click(qtbot, window.checks_page.view, row)
    assert window.current_page() is window.people_page
    assert window.page_actions[PEOPLE].isChecked()
    person = _selected_entry(window.people_page.view)
    assert person.id == "michel-forst"
    assert "Michel Forst" in window.people_page.detail.toPlainText()


def test_enter_on_a_note_finding_shows_the_note(
    qtbot: QtBot, window: MainWindow, meeting: Meeting
) -> None:
    _open(qtbot, window, meeting)  # the awkward meeting: an unreadable note, errors first
    assert window.navigator.item(CHECKS).text() == "Checks (3)"
    assert window.checks_page.header.subtitle.text() == "1 error · 1 warning · 1 info"
    view = window.checks_page.view
    assert view.model().index(0, 0).data(DISPLAY) == "Error"
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_page() is window.notes_page
    assert window.navigator.currentRow() == NOTES
    assert _selected_entry(window.notes_page.view).id == "n2"


def test_markup_in_findings_shows_literally(
    qtbot: QtBot, window: MainWindow, meeting: Meeting
) -> None:
    people = tuple(
        dataclasses.replace(p, bio="") if p.name == TRICKY else p for p in meeting.people
    )
    _open(qtbot, window, dataclasses.replace(meeting, people=people))
    model = window.checks_page.model
    row = next(r for r, f in enumerate(_findings(window)) if f.target_id == "p-co")
    assert model.index(row, 1).data(DISPLAY) == f"{TRICKY} has no bio"
    window.checks_page.view.setCurrentIndex(model.index(row, 1))
    detail = window.checks_page.detail.toPlainText()
    assert f"{TRICKY} has no bio" in detail
    assert f"Person: {TRICKY}" in detail


def test_navigator_icon_warns_only_when_something_matters(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned = window.navigator.item(CHECKS).icon().cacheKey()
    info = Finding(Severity.INFO, "note-unused", "note unused", "use it", "note", "n1")
    monkeypatch.setattr("ui.models.check_meeting", lambda meeting: [info])
    _open(qtbot, window, new_meeting())
    assert window.navigator.item(CHECKS).text() == "Checks (1)"
    assert window.navigator.item(CHECKS).icon().cacheKey() != warned


def test_empty_meeting_shows_only_what_the_checks_find(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window, new_meeting())
    assert _findings(window) == check_meeting(new_meeting())
    assert window.navigator.item(CHECKS).text() == f"Checks ({len(_findings(window))})"


def test_no_findings_shows_the_empty_state(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.models.check_meeting", lambda meeting: [])
    _open(qtbot, window, new_meeting())
    assert window.checks_page.model.rowCount() == 0
    assert window.navigator.item(CHECKS).text() == "Checks (0)"
    assert window.checks_page.header.subtitle.text() == "No problems found"
    assert "No problems found" in window.checks_page.detail.toPlainText()
    assert pages.checks_page().model.rowCount() == 0


def test_ctrl_6_shows_the_checks_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(AGENDA)
    assert window.page_actions[CHECKS].shortcut().toString() == "Ctrl+6"
    window.page_actions[CHECKS].trigger()
    assert window.current_page() is window.checks_page


def test_findings_show_in_the_windows_language(window: MainWindow) -> None:
    model = window.checks_page.model
    row = _row_of(window, "bio-placeholder")
    set_window_language("fr")
    try:
        assert model.index(row, 1).data(DISPLAY) == (
            "La notice biographique de Anita Ramasastry n'est encore qu'un texte provisoire"
        )
        assert model.index(row, 2).data(DISPLAY).startswith("Remplacez le texte provisoire")
        window.checks_page.view.setCurrentIndex(model.index(row, 1))
        assert "texte provisoire" in window.checks_page.detail.toPlainText()
    finally:
        set_window_language("en")
    assert model.index(row, 1).data(DISPLAY) == (
        "The bio of Anita Ramasastry is still a placeholder"
    )
