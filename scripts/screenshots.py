"""Screenshots of the main window in the languages asked for, for the docs.

    python scripts/screenshots.py --out docs fr ar zh
    xvfb-run -s "-screen 0 1280x800x24" python scripts/screenshots.py --out /tmp/shots fr ar
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --out /tmp/shots fr

Each language starts the real app (``ui.app.main`` with ``--language TAG``) in a process of its
own (the window's language is set once, before any window is made), on the built-in sample
meeting, with its settings, recent files and drafts in a scratch folder: the user's own are
never read or changed. The window is sized 1280×800 (``--size``), shows the Agenda page with an
item selected (``--item``), waits for the checks to run, and is saved as ``window-<lang>.png``.

The app itself adds its Arabic and Chinese fonts where the machine has none (``ui.fonts``), so
a machine without Chinese fonts still draws a Chinese window, as a user's would.

Run it from the source tree with the app's Python; it needs a display: a desktop, Xvfb
(``xvfb-run``) or Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE_NAME = "window-{language}.png"
DEFAULT_SIZE = "1280x800"
DEFAULT_ITEM = 1  # the second agenda item: a session with a moderator and a kick-off speaker
TIMEOUT_S = 120  # one language: the app starts, the checks run, the window is drawn
POLL_MS = 100
SETTLE_MS = 500  # after the checks: the last layouts and repaints


class ShotError(Exception):
    """A screenshot could not be taken."""


# --------------------------------------------------------------------------- one language


def take(language: str, target: Path, size: tuple[int, int], item: int) -> int:
    """Start the app in ``language`` and save its window to ``target``; the exit status."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import main as run_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    scratch = Path(os.environ["BRIEFING_DATA_DIR"]).parent
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(scratch / "settings"))
    app = QApplication([sys.argv[0]])  # main() takes this one; its arguments are main()'s
    shooter = Shooter(target, size, item)
    QTimer.singleShot(0, shooter.poll)
    status = run_app(["--language", language])
    app.processEvents()  # the window's last deferred deletions
    return status or shooter.status


class Shooter:
    """Waits for the main window, shows what the shot should show, saves it, and closes it."""

    def __init__(self, target: Path, size: tuple[int, int], item: int) -> None:
        self.target, self.size, self.item = target, size, item
        self.status = 1
        self.waited_ms = 0
        self.prepared = False

    def poll(self) -> None:
        """Look again after a moment until the window is ready, then take the shot."""
        from PySide6.QtCore import QTimer

        window = main_window()
        if window is not None and not self.prepared:
            self.prepare(window)
        if window is not None and window.checks_ready():
            QTimer.singleShot(SETTLE_MS, lambda: self.shoot(window))
            return
        self.waited_ms += POLL_MS
        if self.waited_ms > TIMEOUT_S * 1000:
            print("The window was not ready in time", file=sys.stderr)
            quit_app(1)
            return
        QTimer.singleShot(POLL_MS, self.poll)

    def prepare(self, window: object) -> None:
        """Size the window and show the Agenda page with an item selected."""
        from ui.main_window import AGENDA, MainWindow

        assert isinstance(window, MainWindow)
        window.resize(*self.size)
        window.show_page(AGENDA)
        agenda = window.meeting.agenda
        if agenda:
            window.agenda_page.select_entry(agenda[min(self.item, len(agenda) - 1)].id)
        self.prepared = True

    def shoot(self, window: object) -> None:
        """Save the window as it is drawn now, then close it (the app ends with it)."""
        from PySide6.QtWidgets import QWidget

        assert isinstance(window, QWidget)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if window.grab().save(str(self.target), "PNG"):
            self.status = 0
        else:
            print(f"Cannot write {self.target}", file=sys.stderr)
        window.close()


def main_window() -> object | None:
    """The app's main window once it is shown, else None."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return next((w for w in shown if w.isVisible()), None)


def quit_app(status: int) -> None:
    """End the app's event loop with ``status``."""
    from PySide6.QtWidgets import QApplication

    QApplication.exit(status)


# --------------------------------------------------------------------------- every language


def shoot_all(languages: Sequence[str], out: Path, size: str, item: int) -> list[Path]:
    """One screenshot per language, each by an app of its own; the files written."""
    written = []
    for language in languages:
        target = out / FILE_NAME.format(language=language)
        run_child(language, target, size, item)
        written.append(target)
    return written


def run_child(language: str, target: Path, size: str, item: int) -> None:
    """Run this script for one language in a process of its own, in a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="screenshots-") as scratch:
        env = dict(os.environ)
        env["BRIEFING_DATA_DIR"] = str(Path(scratch) / "data")
        env["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        command = [sys.executable, __file__, "--child", language, "--to", str(target)]
        command += ["--size", size, "--item", str(item)]
        try:
            done = subprocess.run(command, env=env, cwd=ROOT, timeout=TIMEOUT_S + 30)
        except subprocess.TimeoutExpired as error:
            raise ShotError(f"{language}: the app did not finish") from error
        if done.returncode != 0 or not target.is_file():
            raise ShotError(f"{language}: no screenshot (exit status {done.returncode})")


def window_size(text: str) -> tuple[int, int]:
    """``1280x800`` as (1280, 800)."""
    width, _x, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1280x800: {text!r}") from None
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"too small: {text!r}")
    return size


def known_language(tag: str) -> str:
    """A language the window speaks (``fr``, ``ar``…)."""
    sys.path.insert(0, str(ROOT))
    from ui.i18n import WINDOW_LANGUAGES

    if tag not in WINDOW_LANGUAGES:
        known = ", ".join(WINDOW_LANGUAGES)
        raise argparse.ArgumentTypeError(f"the window does not speak {tag!r} (only {known})")
    return tag


def parser() -> argparse.ArgumentParser:
    """The command line."""
    parse = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parse.add_argument("languages", nargs="*", type=known_language, help="e.g. fr ar zh")
    parse.add_argument("--out", type=Path, default=Path("/tmp/shots"), help="where to save")
    parse.add_argument(
        "--size", type=window_size, default=DEFAULT_SIZE, help="the window's size (1280x800)"
    )
    parse.add_argument(
        "--item", type=int, default=DEFAULT_ITEM, help="the agenda item selected (from 0)"
    )
    parse.add_argument("--child", metavar="LANGUAGE", help=argparse.SUPPRESS)
    parse.add_argument("--to", type=Path, help=argparse.SUPPRESS)
    return parse


def main(argv: Sequence[str] | None = None) -> int:
    """Take the screenshots; 0 when every one was saved."""
    args = parser().parse_args(argv)
    if args.child:
        return take(args.child, args.to, args.size, args.item)
    if not args.languages:
        parser().error("name at least one language, e.g. fr ar zh")
    size = "{}x{}".format(*args.size)
    try:
        for path in shoot_all(args.languages, args.out, size, args.item):
            print(f"saved {path}")
    except ShotError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
