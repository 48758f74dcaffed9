"""Start the desktop app: the application object, the window's language, the first meeting, and
the last-resort error box.

Command line: ``briefing-app [--language TAG] [MEETING_FILE]``; ``--language`` (one of ar, en,
es, fr, ru, zh) sets the window's language for this run only, over the one in the preferences.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.store import open_meeting
from ui.fonts import add_script_fonts
from ui.i18n import choose_language, supported_language, system_language, translate, use_language
from ui.main_window import APP_NAME, MainWindow
from ui.rich import esc
from ui.settings import AppSettings, data_dir

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; ``argv`` is the arguments after the program name (an optional file, an
    optional ``--language TAG``)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app, args = application(sys.argv[1:] if argv is None else list(argv))
    log_to_file(log_path())
    add_script_fonts()
    start_language(language_option(args)[0])
    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected_error
    try:
        window = create_main_window(meeting_path(args))  # must live while the app runs
        opener = FileOpener(window)  # macOS sends a file opened in Finder as an event
        app.installEventFilter(opener)
        return app.exec()
    finally:
        sys.excepthook = previous_hook


class FileOpener(QObject):
    """Opens the meeting file the system asks the running app to open (macOS Finder's
    double-click or drop on the Dock icon comes as a ``QFileOpenEvent``, not an argument)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the file of a file-open event in the main window."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self.window.open_file(Path(path))
                return True
        return False


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


LANGUAGE_OPTION = "--language"


def language_option(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The language asked for by ``--language TAG`` (or ``--language=TAG``), and the other
    arguments."""
    language: str | None = None
    rest: list[str] = []
    words = iter(args)
    for arg in words:
        if arg == LANGUAGE_OPTION:
            language = next(words, "")
        elif arg.startswith(LANGUAGE_OPTION + "="):
            language = arg.partition("=")[2]
        else:
            rest.append(arg)
    return language, rest


def meeting_path(args: Sequence[str]) -> Path | None:
    """The meeting file named on the command line, if any."""
    files = [arg for arg in language_option(args)[1] if not arg.startswith("-")]
    return Path(files[0]) if files else None


def start_language(override: str | None = None, settings: AppSettings | None = None) -> str:
    """Make the window speak the language asked for on the command line, else the one saved in
    the preferences, else the system's, else English; the language in use."""
    if override is not None and not supported_language(override):
        log.warning("The window does not speak %r (--language): English", override)
    saved = (settings if settings is not None else AppSettings()).language()
    return use_language(choose_language(saved, system_language(), override))


def log_path() -> Path:
    """The app's log file, in its data folder."""
    return data_dir() / "briefing.log"


def log_to_file(path: Path) -> None:
    """Also write warnings and errors to ``path`` (kept small: two files of 1 MB at most)."""
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=1 << 20, backupCount=1, encoding="utf-8", delay=True
        )
    except OSError as exc:
        log.warning("No log file at %s: %s", path, exc)
        return
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def create_main_window(
    path: Path | None = None,
    *,
    settings: AppSettings | None = None,
    drafts: Path | None = None,
) -> MainWindow:
    """Show the main window with the meeting at ``path``.

    With no ``path``, the meeting worked on last opens (a draft included), so a crash or a
    power cut loses nothing; with no recent file, or if that fails, the sample meeting.
    """
    window = MainWindow(settings=settings, drafts=drafts)
    window.set_meeting(open_meeting(None))
    window.show()
    if path is None:
        path = next((p for p in window.settings.recent_files() if p.exists()), None)
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
        translate("App", "Unexpected error"),
        unexpected_error_text(kind.__name__, str(error), log_path()),
    )


def unexpected_error_text(kind: str, error: str, log_file: Path) -> str:
    """The rich text of the last-resort error box: what happened, that nothing is lost, and
    where the log is."""
    paragraphs = (
        esc(translate("App", "Something went wrong that the app did not expect:")),
        f"<b>{esc(kind)}</b>: {esc(error)}",
        esc(
            translate(
                "App",
                "Your meeting file was not changed by this error, and every change made before "
                "it has been saved. If the window misbehaves, quit and start the app again: the "
                "meeting opens as it was.",
            )
        ),
        esc(
            translate(
                "App",
                "The details are in the log file {file}; please send it with a note of what you "
                "were doing.",
            )
        ).format(file=f"<b>{esc(str(log_file))}</b>"),
    )
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
