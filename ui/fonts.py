"""Fonts for the window: the app's own Arabic and Chinese faces where the system has none.

Windows and macOS draw Arabic and Chinese with their own fonts; a bare Linux desktop may have
neither, and the window would show empty boxes for a Chinese menu or an Arabic name. The pack's
font packages ship both (the same Noto faces the packs print with), so the window adds the one a
system lacks to Qt's font database, where Qt's fallback finds it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from briefing.errors import BriefingError
from briefing.render.font_sources import script_font_files

log = logging.getLogger(__name__)

ALWAYS = frozenset({"arabic"})
"""Scripts whose face is added even where the system draws them: a system font may draw Arabic
upright but not in italics (DejaVu Sans Oblique has no Arabic: an italic hint showed empty
boxes), and the Arabic face is small (0.2 MB). The Chinese one (18 MB) only where none draws it."""
_added: set[str] = set()

WRITING_SYSTEMS = {
    "arabic": QFontDatabase.WritingSystem.Arabic,
    "chinese": QFontDatabase.WritingSystem.SimplifiedChinese,
}


def add_script_fonts() -> list[str]:
    """Add the app's face for each script no system font draws; the families added."""
    try:
        files = script_font_files()
    except BriefingError as exc:  # a broken install: the window still opens
        log.warning("No script fonts for the window: %s", exc)
        return []
    added = []
    for script, path in files.items():
        if script not in ALWAYS and QFontDatabase.families(WRITING_SYSTEMS[script]):
            continue
        if path.name in _added:
            continue
        _added.add(path.name)
        added += _add_font(path)
    return added


def _add_font(path: Path) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("The window cannot use the font %s", path)
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    log.info("The window draws with %s from %s", ", ".join(families), path.name)
    return list(families)
