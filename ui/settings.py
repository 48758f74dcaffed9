"""What the app remembers between runs (QSettings), and where it keeps drafts and its log.

Recent files, window geometry, the last folder and the window's language live in the platform's usual place for
settings (the registry, a plist, ``~/.config``). Drafts (meetings not yet saved to a file of the
user's choosing) and the log live in the app's data folder. Tests give their own folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ui.i18n import supported_language

MAX_RECENT = 10


DATA_DIR_VARIABLE = "BRIEFING_DATA_DIR"


def data_dir() -> Path:
    """The app's own data folder (drafts, log), e.g. ``~/.local/share/Briefing Pack Assembler``.

    ``BRIEFING_DATA_DIR`` puts it elsewhere (a USB stick, a test's temporary folder).
    """
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE])
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".briefing-pack-assembler"


class AppSettings:
    """Typed access to the app's QSettings: recent files, geometry, the last folder used, the
    window's language."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings()

    # -- recent files

    def recent_files(self) -> list[Path]:
        """Meeting files opened or saved lately, newest first (those that no longer exist too)."""
        value = self.qsettings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [Path(v) for v in value or [] if isinstance(v, str) and v]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        path = path.absolute()
        files = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *files][:MAX_RECENT])

    def forget_recent(self, path: Path) -> None:
        """Take ``path`` out of the recent files (it is gone, or the user cleared it)."""
        self._set_recent([p for p in self.recent_files() if p != path.absolute()])

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._set_recent([])

    def _set_recent(self, files: list[Path]) -> None:
        self.qsettings.setValue("recentFiles", [str(p) for p in files])
        self.qsettings.sync()

    # -- window and folders

    def geometry(self, key: str) -> QByteArray | None:
        """Saved geometry or state bytes under ``key``, if any."""
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        """Remember geometry or state bytes under ``key``."""
        self.qsettings.setValue(key, value)

    def last_dir(self) -> Path:
        """The folder a file dialog starts in: the last one used, else the home folder."""
        value = self.qsettings.value("lastDir", "")
        path = Path(value) if isinstance(value, str) and value else Path.home()
        return path if path.is_dir() else Path.home()

    def set_last_dir(self, path: Path) -> None:
        """Remember the folder of a file the user chose."""
        self.qsettings.setValue("lastDir", str(path if path.is_dir() else path.parent))

    # -- preferences

    def language(self) -> str:
        """The window's language chosen in the preferences (``fr``), or "" to follow the system."""
        value = self.qsettings.value("language", "")
        return (supported_language(value) or "") if isinstance(value, str) else ""

    def set_language(self, tag: str) -> None:
        """Choose the window's language from the next start ("" or an unknown tag: the system's)."""
        self.qsettings.setValue("language", supported_language(tag) or "")
        self.qsettings.sync()

    def sync(self) -> None:
        """Write everything to disk now."""
        self.qsettings.sync()
