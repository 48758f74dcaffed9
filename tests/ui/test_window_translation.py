"""The window's words all go through Qt's translation: with a translator that marks every text
of the main window, its controllers and the meeting editor, every menu, action, tooltip, page
name, section and column header shows the mark, so none is left in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ui.editors.meeting import CONTACTS
from ui.main_window import CHECKS, MainWindow

pytestmark = pytest.mark.gui

CONTEXTS = {
    "FileActions",
    "HelpActions",
    "ImportActions",
    "LanguagePicker",
    "LogoPicker",
    "MainWindow",
    "MeetingEditor",
    "TupleTable",
}


class Marking(QTranslator):
    """Translates each text of the contexts above as ``⟦text⟧``; the others as themselves."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The marked text, or the source itself for another context."""
        return f"⟦{source}⟧" if context in CONTEXTS else source


@pytest.fixture
def marked(qtbot: QtBot) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(marked: None, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(drafts=tmp_path)
    qtbot.addWidget(window)
    return window


def _is_marked(text: str) -> bool:
    return text.startswith("⟦")


def test_menus_actions_and_their_tips_are_translated(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all(_is_marked(menu.title()) for menu in menus)
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert _is_marked(action.text()), action.text()
            assert _is_marked(action.statusTip()), action.text()
            assert _is_marked(action.toolTip()), action.text()
    window.file_actions.fill_recent_menu()
    assert [a.text() for a in window.file_actions.recent_menu.actions() if a.text()] == [
        "⟦No recent meetings⟧",
        "⟦&Clear Recent Meetings⟧",
    ]


def test_pages_status_bar_and_title_are_translated(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.navigator
    names = [nav.item(row).text() for row in range(nav.count())]
    assert all(_is_marked(name) for name in names), names
    qtbot.waitUntil(window.checks_ready)
    assert nav.item(CHECKS).text().startswith("⟦Checks (")
    assert window.windowTitle().startswith("⟦")  # "{title} — {app}"
    assert window.path_label.full_text() == "⟦Sample meeting⟧"
    assert _is_marked(window.save_label.text())


def test_the_meeting_editor_is_translated(window: MainWindow) -> None:
    editor = window.overview_page.editor
    assert editor is not None
    boxes = editor.findChildren(QGroupBox)
    assert len(boxes) == 6 and all(_is_marked(box.title()) for box in boxes)
    labels = [label for label in editor.findChildren(QLabel) if label.buddy() is not None]
    assert labels and all(_is_marked(label.text()) for label in labels)
    placeholders = [e.placeholderText() for e in editor.findChildren(QLineEdit)]
    assert all(_is_marked(text) for text in placeholders if text), placeholders
    model = editor.table(CONTACTS).model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["⟦Name⟧", "⟦Role⟧", "⟦Email⟧", "⟦Phone⟧", "⟦Cc⟧"]
    table = editor.table(CONTACTS)
    assert table.add_button.text() == "⟦Add⟧"
    assert table.add_action.toolTip().startswith("⟦Add a contact⟧")


def test_undo_texts_are_translated_whole(window: MainWindow) -> None:
    editor = window.overview_page.editor
    assert editor is not None
    table = editor.table(CONTACTS)
    table.add()
    assert window.document.undo_stack.undoText() == "⟦Add contact⟧"
    assert window.undo_action.text() == "⟦&Undo ⟦Add contact⟧⟧"
