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


def _drawn(text: str, italic: bool) -> bool:
    """Whether the window's default font (or Qt's fallback) has a glyph for every character."""
    from PySide6.QtGui import QFont, QTextLayout

    font = QFont()
    font.setItalic(italic)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


@pytest.mark.parametrize("italic", [False, True])
@pytest.mark.parametrize("text", ["انقر نقرًا مزدوجًا فوق الملاحظة", "会议议程与背景说明"])
def test_arabic_and_chinese_are_drawn_upright_and_in_italics(
    qapp: QApplication, text: str, italic: bool
) -> None:
    add_script_fonts()
    assert _drawn(text, italic)  # an italic hint once showed Arabic as empty boxes
