"""The main window shows a meeting on its pages, and opening a bad file never loses it."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from briefing.errors import JsonFormatError
from briefing.jsonio import read_meeting_json, write_meeting_json
from briefing.model import Meeting, new_meeting
from ui.main_window import AGENDA, PACKS, PEOPLE, MainWindow
from ui.models import AgendaModel, PeopleModel

pytestmark = pytest.mark.gui

TRICKY = 'Smith & <Co> "R&D"'  # a name in the meeting of conftest.py
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any message box a test does not expect fails it instead of blocking."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of each warning box shown; none is really shown."""
    shown: list[tuple[str, str]] = []

    def record(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


@pytest.fixture
def window(qtbot: QtBot, meeting: Meeting) -> MainWindow:
    """A shown main window on the awkward meeting, as if opened from a file."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_meeting(meeting, Path("/data/hrd consultation.meeting"))
    window.show()
    qtbot.waitExposed(window)
    return window


def click_row(qtbot: QtBot, view: QTableView | QTreeView, row: int, column: int = 1) -> None:
    """Click the middle of a cell, as a user would."""
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_title_status_bar_and_first_page(window: MainWindow) -> None:
    assert window.windowTitle() == "HRD consultation — Briefing Pack Assembler"
    assert window.path_label.full_text() == str(Path("/data/hrd consultation.meeting"))
    assert window.counts_label.text() == "2 agenda items · 3 people · 2 notes"
    assert window.current_page() is window.overview_page
    window.set_meeting(Meeting(title="Untitled <draft>"))
    assert window.windowTitle() == "Untitled <draft> — Briefing Pack Assembler"
    assert window.path_label.full_text() == "Sample meeting"
    assert window.counts_label.text() == "0 agenda items · 0 people · 0 notes"


def test_overview_shows_markup_like_text_literally(window: MainWindow) -> None:
    shown = window.overview_page.browser.toPlainText()
    assert TRICKY in shown
    assert "Consultation on <HRDs> & business" in shown
    assert "First paragraph.\na point & <another>" in shown


def test_agenda_page_lists_items_with_time_title_and_people(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(AGENDA)
    page = window.agenda_page
    view = page.view
    model = view.model()
    assert isinstance(model, AgendaModel)
    assert model.rowCount() == 2
    assert [model.index(0, c).data(DISPLAY) for c in range(3)] == [
        "10:00–10:15",
        "S1 · Welcome and introduction",
        "Welcome: Prof. Anita Ramasastry",
    ]
    assert model.index(1, 2).data(DISPLAY).startswith(f"Kick-off remarks: {TRICKY}\nModerator:")
    assert view.isExpanded(model.index(0, 0))  # the running order shows beneath its item
    assert "Brief scene-setting" in page.detail.toPlainText()
    click_row(qtbot, view, 1)
    detail = page.detail.toPlainText()
    assert "Pillar <I> & III gaps" in detail
    assert "Guiding questions:\nWhat works?" in detail


def test_wrapped_agenda_rows_grow_to_fit_their_text(window: MainWindow, meeting: Meeting) -> None:
    longer = dataclasses.replace(meeting.agenda[1], title="How initiatives are working, " * 8)
    window.set_meeting(dataclasses.replace(meeting, agenda=(meeting.agenda[0], longer)))
    window.show_page(AGENDA)
    view = window.agenda_page.view
    one_line = view.visualRect(view.model().index(0, 1)).height()
    assert view.visualRect(view.model().index(1, 1)).height() > 2 * one_line


def test_people_table_and_bio(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(PEOPLE)
    page = window.people_page
    model = page.view.model()
    assert isinstance(model, PeopleModel)
    assert model.rowCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Position",
        "Organisation",
        "Email",
    ]
    assert "Bio of Anita." in page.detail.toPlainText()  # the first person is selected
    click_row(qtbot, page.view, 1)
    detail = page.detail.toPlainText()
    assert TRICKY in detail
    assert "Bio <b>not bold</b>." in detail


def test_notes_and_packs_pages(window: MainWindow) -> None:
    notes = window.notes_page.view.model()
    assert notes.rowCount() == 2
    assert notes.index(1, 2).data(DISPLAY) == "paper.pdf"
    packs = window.packs_page.view.model()
    assert [packs.index(0, c).data(DISPLAY) for c in range(5)] == [
        "Full pack",
        "Full",
        "2",
        "3",
        "1",
    ]
    assert "Concept note" in window.packs_page.detail.toPlainText()


def test_empty_meeting_says_what_is_missing(window: MainWindow) -> None:
    window.set_meeting(new_meeting())
    assert "No agenda items yet." in window.agenda_page.detail.toPlainText()
    assert "No background notes yet." in window.notes_page.detail.toPlainText()
    assert window.packs_page.view.model().rowCount() == 1  # the default pack, empty


def test_navigator_and_view_menu_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.navigator
    rect = nav.visualItemRect(nav.item(PEOPLE))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.people_page
    assert window.page_actions[PEOPLE].isChecked()
    window.page_actions[PACKS].trigger()
    assert window.current_page() is window.packs_page
    assert nav.currentRow() == PACKS
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, 8)
    ]


def test_garbage_file_warns_and_keeps_the_window_usable(
    qtbot: QtBot, window: MainWindow, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.meeting"
    garbage.write_bytes(b"\x00\x01 this is not a meeting \xff" * 50)
    assert window.open_file(garbage) is False
    [(title, text)] = warnings
    assert title == "Cannot open meeting"
    assert "garbage.meeting" in text
    assert "is not a meeting file" in text
    assert "still shows “HRD consultation” (hrd consultation.meeting)." in text
    assert window.windowTitle() == "HRD consultation — Briefing Pack Assembler"  # unchanged
    assert window.path_label.full_text() == str(Path("/data/hrd consultation.meeting"))
    window.show_page(PEOPLE)
    click_row(qtbot, window.people_page.view, 2)
    assert "Sarah Brooks" in window.people_page.detail.toPlainText()


def test_bad_json_warning_names_the_file_and_escapes_it(
    window: MainWindow, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    bad = tmp_path / "R&D <b>draft</b>.json"  # never written: no such name on every OS
    assert window.open_file(bad) is False
    [(_title, text)] = warnings
    assert "R&amp;D &lt;b&gt;draft&lt;/b&gt;.json" in text
    assert "does not exist" in text
    assert "<b>draft" not in text


def test_malformed_json_warning_names_the_field(
    window: MainWindow, warnings: list[tuple[str, str]], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": 5}', encoding="utf-8")
    with pytest.raises(JsonFormatError) as raised:
        read_meeting_json(bad)
    assert window.open_file(bad) is False
    [(_title, text)] = warnings
    assert html.escape(str(raised.value)) in text  # the core's one-line message, as it is


def test_open_action_asks_for_a_file_and_opens_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, meeting: Meeting, tmp_path: Path
) -> None:
    source = tmp_path / "other.json"
    write_meeting_json(Meeting(title="Another meeting", people=meeting.people), source)
    asked: list[str] = []

    def choose(parent: Any, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(source), "Meeting JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.file_actions.open_action.trigger()
    assert "Meeting files (*.meeting)" in asked[0]
    assert "Meeting JSON (*.json)" in asked[0]
    assert window.windowTitle() == "Another meeting — Briefing Pack Assembler"
    assert window.path_label.full_text() == str(source)
    assert window.counts_label.text() == "0 agenda items · 3 people · 0 notes"


def test_cancelling_the_open_dialog_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    window.file_actions.open_action.trigger()
    assert window.windowTitle() == "HRD consultation — Briefing Pack Assembler"


def test_actions_have_shortcuts_and_tips(window: MainWindow) -> None:
    assert window.file_actions.open_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == ["&File", "&Edit", "&View", "&Help"]
    for menu in menus:
        for action in menu.actions():
            if not action.isSeparator():
                assert action.statusTip(), action.text()
                assert action.toolTip(), action.text()
                keyless = action.menu() or action is window.about_action  # F1 is the guide's
                assert keyless or not action.shortcut().isEmpty(), action.text()
    assert "(Ctrl+O)" in window.file_actions.open_action.toolTip()


def test_the_menus_are_built_from_the_controllers_actions(window: MainWindow) -> None:
    file_menu, edit_menu, _view, help_menu = [a.menu() for a in window.menuBar().actions()]
    files, imports = window.file_actions, window.import_actions
    shown = [(a.text(), a.shortcut().toString()) for a in file_menu.actions() if a.text()]
    assert shown == [
        ("&New Meeting", "Ctrl+N"),
        ("&Open…", "Ctrl+O"),
        ("Open &Recent", ""),
        ("Save &As…", "Ctrl+Shift+S"),
        ("Import &Agenda from Concept Note…", "Ctrl+Shift+I"),
        ("Import &Timetable from Indico…", "Ctrl+Shift+T"),
        ("Import &People from CSV or Excel…", "Ctrl+Shift+P"),
        ("Add &Notes from Files…", "Ctrl+Shift+N"),
        ("Import Meeting &JSON…", "Ctrl+Shift+J"),
        ("&Export Meeting JSON…", "Ctrl+Shift+E"),
        ("&Build…", "Ctrl+B"),
        ("&Quit", "Ctrl+Q"),
    ]
    actions = file_menu.actions()
    assert actions[:2] == [files.new_action, files.open_action]
    assert actions[2].menu() is files.recent_menu
    assert imports.actions() == [a for a in actions if a in imports.actions()]
    assert [a.text() for a in edit_menu.actions() if a.text()][:2] == ["&Undo", "&Redo"]
    assert edit_menu.actions()[-3] is window.move_following_action
    assert edit_menu.actions()[-1] is window.preferences_action
    helps = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert helps == ["&User Guide", "&Keyboard Shortcuts", "&About Briefing Pack Assembler"]
    assert help_menu.actions()[-1] is window.about_action


def test_about_box(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert "Briefing Pack Assembler" in shown[0]


def test_quit_closes_the_window(window: MainWindow) -> None:
    window.quit_action.trigger()
    assert not window.isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_default_size_and_nothing_clipped(
    qtbot: QtBot, meeting: Meeting, size: tuple[int, int]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1200, 760)
    window.set_meeting(meeting)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    for index in range(window.pages.count()):
        window.show_page(index)
        page = window.current_page()
        needed = page.minimumSizeHint()
        assert needed.width() <= page.width() and needed.height() <= page.height()


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    """Screen readers name each field: by its accessible name, its label, or its own text."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QRadioButton,
        QTextEdit,
        QWidget,
    )

    inputs = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QCheckBox | QRadioButton) and widget.text():
            continue
        if not isinstance(widget, (*inputs, QCheckBox, QRadioButton)):
            continue
        if isinstance(widget, QHeaderView) or widget.window() is not window:
            continue  # a table's header, a combo box's pop-up
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box
        if not widget.accessibleName() and id(widget) not in labelled:
            unnamed.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    assert unnamed == []


def test_tab_leaves_every_table_instead_of_walking_its_cells(window: MainWindow) -> None:
    """A keyboard user tabs through a form; Tab inside a table would trap them in it."""
    from PySide6.QtWidgets import QAbstractItemView

    views = window.findChildren(QAbstractItemView)
    assert len(views) > 10
    trapping = [v.accessibleName() or type(v).__name__ for v in views if v.tabKeyNavigation()]
    assert trapping == []


def test_tool_bar_buttons_show_words_without_shortcut_marks(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QToolButton

    from ui.i18n import use_language

    use_language("zh")  # Chinese menus write the mark after the words: 新建会议(&N)
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    buttons = [b.text() for b in window.tool_bar.findChildren(QToolButton) if b.text()]
    assert "新建会议" in buttons and "生成" in buttons
    assert not [text for text in buttons if "(" in text or "&" in text], buttons
    assert window.file_actions.new_action.text() == "新建会议(&N)"  # the menu keeps its key
