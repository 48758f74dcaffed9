"""Run the app in a child process, make one edit through the window, and keep running.

Used by the kill test: the parent kills this process with SIGKILL about a second after it
prints ``EDITED``, then reopens the meeting. Arguments: the settings folder, the title to type,
then optionally the meeting file to open (without one, the app opens what it opened last, else
the sample).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest

from ui.app import application, create_main_window
from ui.main_window import AGENDA, MainWindow


def edit(window: MainWindow, title: str) -> None:
    """Add an agenda item and type its title, as a user would; report once it is on screen."""
    window.show_page(AGENDA)
    window.agenda_page.view.setFocus()
    window.add_action.trigger()
    field = window.focusWidget()
    QTest.keyClicks(field, title)
    print("EDITED", window.document.path, flush=True)


def main(argv: list[str]) -> int:
    """Start the app with private settings, edit, and run until killed."""
    settings_dir, title = argv[0], argv[1]
    app, _args = application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    window = create_main_window(Path(argv[2]) if len(argv) > 2 else None)
    print("OPENED", window.meeting.title, flush=True)
    QTimer.singleShot(200, lambda: edit(window, title))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
