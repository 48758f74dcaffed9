"""Start the desktop app: the application object, the first meeting, and the last-resort error box."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.store import open_meeting
from ui.main_window import APP_NAME, MainWindow
from ui.rich import esc

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; ``argv`` is the arguments after the program name (an optional file)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app, args = application(sys.argv[1:] if argv is None else list(argv))
    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected_error
    try:
        _window = create_main_window(meeting_path(args))  # must live while the app runs
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def application(args: list[str]) -> tuple[QApplication, list[str]]:
    """The QApplication (made if there is none yet) and the arguments Qt did not take."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *args])
        args = app.arguments()[1:]
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app, args


def meeting_path(args: Sequence[str]) -> Path | None:
    """The meeting file named on the command line, if any."""
    files = [arg for arg in args if not arg.startswith("-")]
    return Path(files[0]) if files else None


def create_main_window(path: Path | None = None) -> MainWindow:
    """Show the main window with the meeting at ``path``, else (or if it fails) the sample."""
    window = MainWindow()
    window.set_meeting(open_meeting(None))
    window.show()
    if path is not None:
        window.open_file(path)
    return window


def show_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log an error nobody caught and tell the user in a message box, instead of crashing."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("Unexpected error", exc_info=(kind, error, trace))
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        "Unexpected error",
        f"<p>Something went wrong that the app did not expect:</p>"
        f"<p><b>{esc(kind.__name__)}</b>: {esc(str(error))}</p>"
        "<p>The details have been logged.</p>",
    )
