"""The window can draw Arabic and Chinese even where the system has no font for them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from briefing.render.font_sources import script_font_files
from ui.fonts import WRITING_SYSTEMS, add_script_fonts

pytestmark = pytest.mark.gui


def test_every_script_has_a_font_after_the_app_adds_its_own(qapp: QApplication) -> None:
    add_script_fonts()
    for script, system in WRITING_SYSTEMS.items():
        assert QFontDatabase.families(system), f"no font draws {script}"


def test_a_script_the_system_draws_keeps_the_system_s_font(qapp: QApplication) -> None:
    add_script_fonts()
    assert add_script_fonts() == []  # every script is drawn now: nothing more is added


def test_the_fonts_are_the_pack_s_own_noto_faces() -> None:
    files = script_font_files()
    assert set(files) == set(WRITING_SYSTEMS)
    assert all(path.is_file() and path.name.startswith("NotoSans") for path in files.values())
