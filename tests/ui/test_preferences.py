"""The preferences: the window's language, saved for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from ui import preferences
from ui.preferences import PreferencesDialog, open_preferences
from ui.settings import AppSettings

pytestmark = pytest.mark.gui

SHOWN = ["العربية", "中文", "English", "Español", "Français", "Русский"]


@pytest.fixture(autouse=True)
def french_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system speaks French, whatever this machine's language."""
    monkeypatch.setattr(preferences, "system_language", lambda: "fr")


def dialog_of(qtbot: QtBot, settings: AppSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def choices(dialog: PreferencesDialog) -> list[str]:
    box = dialog.language_box
    return [box.itemText(i) for i in range(box.count())]


def click(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def test_the_languages_are_named_in_their_own_words_after_the_system_s(qtbot: QtBot) -> None:
    dialog = dialog_of(qtbot, AppSettings())
    assert choices(dialog) == ["System language (Français)", *SHOWN]
    assert dialog.language_box.currentText() == "System language (Français)"
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A new language applies the next time the app starts." in notes
    assert "Language of the window:" in notes


def test_ok_saves_the_language_for_the_next_start(qtbot: QtBot) -> None:
    dialog = dialog_of(qtbot, AppSettings())
    dialog.language_box.setCurrentText("Русский")
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert AppSettings().language() == "ru"  # written, as a new start reads it
    reopened = dialog_of(qtbot, AppSettings())
    assert reopened.language_box.currentText() == "Русский"


def test_the_system_s_language_can_be_chosen_again(qtbot: QtBot) -> None:
    settings = AppSettings()
    settings.set_language("ar")
    dialog = dialog_of(qtbot, settings)
    assert dialog.language_box.currentText() == "العربية"
    dialog.language_box.setCurrentIndex(0)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert AppSettings().language() == ""


def test_cancel_saves_nothing(qtbot: QtBot) -> None:
    settings = AppSettings()
    settings.set_language("es")
    dialog = dialog_of(qtbot, settings)
    dialog.language_box.setCurrentText("中文")
    click(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert AppSettings().language() == "es"


def test_open_preferences_shows_the_dialog_and_says_whether_it_was_saved(qtbot: QtBot) -> None:
    def choose_chinese() -> None:
        [dialog] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PreferencesDialog) and w.isVisible()
        ]
        dialog.language_box.setCurrentText("中文")
        click(dialog, QDialogButtonBox.StandardButton.Ok)

    QTimer.singleShot(0, choose_chinese)
    assert open_preferences(None) is True
    assert AppSettings().language() == "zh"


def test_a_saved_language_the_window_does_not_speak_reads_as_the_system_s() -> None:
    settings = AppSettings()
    settings.qsettings.setValue("language", "tlh")
    assert settings.language() == ""
    settings.set_language("fr-CH")
    assert settings.language() == "fr"
    settings.set_language("de")
    assert settings.language() == ""
