"""The window's language: chosen at start, its catalogs installed, Qt's own words, the layout."""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

import ui
from briefing.jsonio import write_meeting_json
from briefing.model import Meeting
from ui import app, i18n
from ui.i18n import (
    choose_language,
    core_text,
    install_translators,
    supported_language,
    system_language,
    translate,
    use_language,
    window_language,
)
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog
from ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]


def load_script() -> ModuleType:
    """scripts/translations.py as a module (scripts/ is no package)."""
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Each test leaves the window as the other tests expect it: English, left to right."""
    default = QLocale()
    yield
    install_translators([])
    QLocale.setDefault(default)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    i18n.set_window_language("en")


def compile_catalog(folder: Path, language: str, texts: dict[tuple[str, str], str]) -> Path:
    """Write a tiny catalog of the window's strings in ``language`` and compile it."""
    folder.mkdir(parents=True, exist_ok=True)
    contexts: dict[str, list[str]] = {}
    for (context, source), text in texts.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{source}</source><translation>{text}</translation></message>"
        )
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    ts = folder / f"briefing_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}" '
        f'sourcelanguage="en">{body}</TS>',
        encoding="utf-8",
    )
    [qm] = load_script().compile_catalogs(folder, [language])
    return qm


# --------------------------------------------------------------------------- choosing


def test_the_window_speaks_the_six_un_languages() -> None:
    assert set(i18n.WINDOW_LANGUAGES) == {"ar", "zh", "en", "fr", "ru", "es"}
    assert set(i18n.LANGUAGE_NAMES) == set(i18n.WINDOW_LANGUAGES)


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("fr", "fr"),
        ("fr-CH", "fr"),
        ("zh_Hans_CN", "zh"),
        ("AR", "ar"),
        ("de", None),
        ("", None),
        (None, None),
    ],
)
def test_a_tag_names_one_of_the_window_s_languages_or_none(
    tag: str | None, language: str | None
) -> None:
    assert supported_language(tag) == language


def test_the_saved_language_comes_before_the_system_s_and_english_comes_last() -> None:
    assert choose_language(saved="ru", system="fr") == "ru"
    assert choose_language(saved="", system="fr") == "fr"
    assert choose_language(saved="", system="en") == "en"
    assert choose_language() == "en"


def test_the_command_line_overrides_the_saved_language() -> None:
    assert choose_language(saved="ru", system="fr", override="zh") == "zh"
    assert choose_language(saved="ru", system="fr", override="") == "ru"  # --language with no tag


def test_a_language_the_window_does_not_speak_gives_english() -> None:
    assert choose_language(override="de") == "en"
    assert choose_language(saved="klingon", system="fr") == "en"
    assert choose_language(system="pt-BR") == "en"


def test_the_system_s_language_is_the_first_of_its_list_the_window_speaks() -> None:
    assert system_language(["de-CH", "fr-CH", "en"]) == "fr"
    assert system_language(["zh-Hans-CN"]) == "zh"
    assert system_language(["de", "it"]) == "en"
    assert system_language([]) == "en"
    assert system_language() in i18n.WINDOW_LANGUAGES  # this machine's, whatever it is


def test_language_option_is_taken_off_the_command_line() -> None:
    assert app.language_option(["--language", "fr", "a.meeting"]) == ("fr", ["a.meeting"])
    assert app.language_option(["--language=ar", "a.meeting"]) == ("ar", ["a.meeting"])
    assert app.language_option(["a.meeting"]) == (None, ["a.meeting"])
    assert app.language_option(["--language"]) == ("", [])
    assert app.meeting_path(["--language", "fr", "a.meeting"]) == Path("a.meeting")
    assert app.meeting_path(["--language", "fr"]) is None


def test_start_language_takes_the_command_line_then_the_preferences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for language in ("es", "ru"):
        compile_catalog(tmp_path, language, {("PreferencesDialog", "Preferences"): language})
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    settings = AppSettings()
    settings.set_language("es")
    assert app.start_language(None, settings) == "es"
    assert translate("PreferencesDialog", "Preferences") == "es"
    assert app.start_language("ru", settings) == "ru"
    assert translate("PreferencesDialog", "Preferences") == "ru"
    assert settings.language() == "es"  # the command line is for this run only


def test_an_unknown_language_on_the_command_line_gives_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    AppSettings().set_language("es")
    with caplog.at_level(logging.WARNING):
        assert app.start_language("tlh") == "en"
    assert "'tlh'" in caplog.text


# --------------------------------------------------------------------------- installing


def test_the_resources_are_found_beside_the_ui_package() -> None:
    assert i18n.resources_dir() == Path(ui.__file__).absolute().parent.parent / "resources"
    assert (i18n.resources_dir() / "sample").is_dir()
    assert i18n.catalog_path("fr").parent == i18n.resources_dir() / "translations"


def test_qt_s_own_catalog_of_each_language_ships_with_qt() -> None:
    assert i18n.qt_catalog_path("zh").name == "qtbase_zh_CN.qm"
    for language in i18n.WINDOW_LANGUAGES:
        assert i18n.qt_catalog_path(language).is_file(), language


def test_french_translates_the_window_and_qt_s_own_buttons(tmp_path: Path, qtbot: QtBot) -> None:
    compile_catalog(tmp_path, "fr", {("PreferencesDialog", "Preferences"): "Préférences"})
    assert use_language("fr", tmp_path) == "fr"
    assert window_language() == "fr"
    dialog = PreferencesDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"
    assert QLocale().language() == QLocale.Language.French
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_core_s_words_follow_the_window_s_language(tmp_path: Path) -> None:
    compile_catalog(tmp_path, "fr", {("PreferencesDialog", "Preferences"): "Préférences"})
    use_language("fr", tmp_path)
    assert core_text("Moderator") == "Modérateur/Modératrice"


def test_chinese_loads_qt_s_simplified_chinese(tmp_path: Path, qtbot: QtBot) -> None:
    compile_catalog(tmp_path, "zh", {("PreferencesDialog", "Preferences"): "首选项"})
    assert use_language("zh", tmp_path) == "zh"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_arabic_lays_the_window_out_right_to_left(tmp_path: Path, qtbot: QtBot) -> None:
    compile_catalog(tmp_path, "ar", {("PreferencesDialog", "Preferences"): "التفضيلات"})
    assert use_language("ar", tmp_path) == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    label = QLabel("x")
    qtbot.addWidget(label)
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft


def test_arabic_is_right_to_left_even_without_qt_s_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_catalog(tmp_path, "ar", {("PreferencesDialog", "Preferences"): "التفضيلات"})
    monkeypatch.setattr(i18n, "qt_catalog_path", lambda language: tmp_path / "none.qm")
    use_language("ar", tmp_path)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_missing_catalog_leaves_the_window_in_english(
    tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert use_language("ar", tmp_path / "nowhere") == "en"
    assert "briefing_ar.qm" in caplog.text
    assert window_language() == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert translate("PreferencesDialog", "Preferences") == "Preferences"


def test_a_broken_catalog_leaves_the_window_in_english(tmp_path: Path) -> None:
    (tmp_path / "briefing_fr.qm").write_bytes(b"not a catalog")
    assert use_language("fr", tmp_path) == "en"


def test_a_new_language_takes_the_place_of_the_last(tmp_path: Path) -> None:
    compile_catalog(tmp_path, "fr", {("PreferencesDialog", "Preferences"): "Préférences"})
    compile_catalog(tmp_path, "es", {("PreferencesDialog", "Preferences"): "Preferencias"})
    use_language("fr", tmp_path)
    use_language("es", tmp_path)
    assert translate("PreferencesDialog", "Preferences") == "Preferencias"
    use_language("en", tmp_path)
    assert translate("PreferencesDialog", "Preferences") == "Preferences"


def test_the_window_keeps_a_system_locale_of_its_language() -> None:
    swiss = QLocale("fr_CH")
    assert i18n.window_locale("fr", swiss) == swiss
    assert i18n.window_locale("ru", swiss).language() == QLocale.Language.Russian


def test_the_app_starts_in_the_language_of_its_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, meeting: Meeting
) -> None:
    compile_catalog(tmp_path, "fr", {("PreferencesDialog", "Preferences"): "Préférences"})
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    path = tmp_path / "hrd.json"
    write_meeting_json(meeting, path)
    seen: dict[str, object] = {}

    def look_and_quit() -> None:
        try:
            [window] = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            seen["path"] = window.path_label.full_text()
            seen["language"] = window_language()
            window.close()
        finally:
            QApplication.quit()

    QTimer.singleShot(0, look_and_quit)
    assert app.main(["--language", "fr", str(path)]) == 0
    assert seen == {"path": str(path), "language": "fr"}
