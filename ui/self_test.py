"""The app's self-test: ``briefing-pack-assembler --self-test`` checks an install end to end.

It does what a user's first minutes do, on the built-in sample meeting, and says what it saw:

1. starts the app and shows its main window on the sample meeting;
2. builds the sample's full pack as a PDF in the background, as the Build dialog does (in a
   child process, which starts layout workers as the build needs them);
3. opens that PDF on the Preview page;
4. meanwhile starts one child process the way layout workers start, which reports whether
   reportlab's C accelerator is loaded there (where packs are laid out);

then prints one JSON object (see :class:`SelfTest` for its fields) and exits with 0 when every
step worked, 1 otherwise. An IT service can run it after an install (with
``QT_QPA_PLATFORM=offscreen`` where there is no screen); the bundle's smoke test runs it too.

Nothing of the user's is read or changed: settings, drafts, the data folder and the font cache
are temporary folders, removed at the end, and so is the PDF (``--keep DIR`` keeps it).
The report is for machines and IT staff, so it is in English, like the log.

    briefing-pack-assembler --self-test [--language TAG] [--report FILE] [--keep DIR]
                                        [--timeout SECONDS]

``--language`` shows the window in one of the six languages (its catalogs, Qt's own, right to
left for Arabic, and the app's Arabic and Chinese fonts where the system has none).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefing import APP_NAME, app_version
from briefing.build import BuildReport, BuildRequest, find_pack
from briefing.child_process import spawn_context
from briefing.render.fonts import CACHE_ENV, SHIPPED_ROOT, instances_missing
from ui.app import application, create_main_window
from ui.fonts import add_script_fonts
from ui.i18n import use_language, window_language
from ui.main_window import PREVIEW, MainWindow
from ui.settings import DATA_DIR_VARIABLE, AppSettings
from ui.tasks import BuildTask

MANIFEST_NAME = "build-manifest.json"
DEFAULT_TIMEOUT_S = 300.0
_POLL_MS = 50


def main(argv: Sequence[str]) -> int:
    """Run the self-test; ``argv`` is the arguments after ``--self-test``."""
    args = _parser().parse_args(list(argv))
    app, _rest = application([])
    add_script_fonts()
    use_language(args.language)
    with _temporary_profile() as profile:
        test = SelfTest(profile, args.keep, args.timeout)
        test.start()
        app.exec()
        report = test.report()
        _emit(report, args.report)  # before the profile goes, whatever removing it does
    return 0 if report["ok"] else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-pack-assembler --self-test",
        description="Check this install: show the window on the sample meeting, build its "
        "PDF pack, preview it, and print what was seen as JSON.",
    )
    parser.add_argument(
        "--language",
        default="en",
        help="the window's language for the test: ar, en, es, fr, ru or zh (default en)",
    )
    parser.add_argument("--report", type=Path, help="also write the JSON report to this file")
    parser.add_argument("--keep", type=Path, help="copy the PDF built into this folder")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        help=f"give up after this many seconds (default {DEFAULT_TIMEOUT_S:.0f})",
    )
    return parser


@contextlib.contextmanager
def _temporary_profile() -> Iterator[Path]:
    """A user who has never used the app, in a temporary folder: data folder and font cache
    (read by this process and the build's children through the environment)."""
    saved = {name: os.environ.get(name) for name in (DATA_DIR_VARIABLE, CACHE_ENV)}
    with tempfile.TemporaryDirectory(
        prefix="briefing-self-test-", ignore_cleanup_errors=True
    ) as folder:
        profile = Path(folder)
        os.environ[DATA_DIR_VARIABLE] = str(profile / "data")
        os.environ[CACHE_ENV] = str(profile / "font-cache")
        try:
            yield profile
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _emit(report: dict[str, Any], path: Path | None) -> None:
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"The report could not be written to {path}: {exc}", file=sys.stderr)
    if sys.stdout is not None:  # a windowed program on Windows has none
        print(text, flush=True)


class SelfTest(QObject):
    """The steps, driven by the event loop; :meth:`report` says what each saw.

    The report's fields: ``ok``; ``app``, ``version``, ``frozen`` and the bundle's
    ``manifest``; ``platform`` (Qt's); ``window`` (shown, title, meeting, seconds from the
    process's start to its first paint, and that moment as a Unix time); ``build`` (files,
    pages, seconds); ``preview`` (file, pages, whether the Preview page shows it); ``fonts``
    (whether the static fonts are shipped, and whether the build had to make any);
    ``accelerator`` (reportlab's version, and whether its C accelerator is loaded in the app
    and in a child process); ``problems``, one line each.
    """

    def __init__(self, profile: Path, keep: Path | None, timeout: float) -> None:
        super().__init__()
        self._profile, self._keep, self._timeout = profile, keep, timeout
        self._started = time.monotonic()
        self._problems: list[str] = []
        self._window: MainWindow | None = None
        self._shown: dict[str, Any] = {"shown": False}
        self._built: dict[str, Any] = {"done": False}
        self._preview: dict[str, Any] = {"loaded": False}
        self._child: dict[str, Any] = {"done": False}
        self._pool: ProcessPoolExecutor | None = None
        self._probe: Future[dict[str, Any]] | None = None
        self._task = BuildTask(self)
        self._task.finished.connect(self._on_built)
        self._task.failed.connect(self._on_build_failed)
        self._task.cancelled.connect(lambda: self._on_build_failed("the build was cancelled"))
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_probe)

    # -- the steps

    def start(self) -> None:
        """Show the window on the sample; once it is painted, the build and the probe start."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        QTimer.singleShot(int(self._timeout * 1000), self._give_up)
        settings = AppSettings(
            QSettings(str(self._profile / "settings.ini"), QSettings.Format.IniFormat)
        )
        self._window = create_main_window(None, settings=settings, drafts=self._profile / "drafts")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the main window's first paint: the moment a user sees it."""
        if (
            event.type() == QEvent.Type.Paint
            and not self._shown["shown"]
            and self._window is not None
            and watched is self._window
        ):
            self._shown.update(shown=True, **_shown_at())
            QTimer.singleShot(0, self._start_work)  # after this paint, as a user would
        return False

    def _start_work(self) -> None:
        if self._window is not None:
            self._start_probe()
            self._start_build(self._window)

    def _start_build(self, window: MainWindow) -> None:
        meeting = window.meeting
        request = BuildRequest(
            pack=find_pack(meeting, None),
            output_dir=self._profile / "packs",
            formats=("pdf",),
            build_date=dt.date.today(),
        )
        self._built["started"] = time.monotonic()
        self._task.start(meeting, request)

    def _start_probe(self) -> None:
        """One child process started as the layout workers are: is the accelerator there?"""
        try:
            self._pool = ProcessPoolExecutor(1, mp_context=spawn_context())
            self._probe = self._pool.submit(child_probe)
        except (OSError, RuntimeError) as exc:
            self._child.update(done=True, error=f"{type(exc).__name__}: {exc}")
            return
        self._poll.start()

    # -- what comes back

    def _on_built(self, report: BuildReport) -> None:
        pdfs = [f for f in report.files if f.format == "pdf"]
        self._built.update(
            done=True,
            files=[f.path.name for f in report.files],
            pages=sum(f.pages for f in pdfs),
            seconds=round(time.monotonic() - self._built.pop("started"), 3),
            warnings=list(report.warnings),
        )
        try:
            if pdfs:
                self._show_preview(pdfs[0].path)
        finally:  # whatever the preview did, the test ends when its steps are done
            self._finish_when_done()

    def _on_build_failed(self, message: str) -> None:
        self._built.update(done=True, error=message)
        self._built.pop("started", None)
        self._finish_when_done()

    def _show_preview(self, pdf: Path) -> None:
        window = self._window
        assert window is not None
        if self._keep is not None:
            try:
                self._keep.mkdir(parents=True, exist_ok=True)
                shutil.copy2(pdf, self._keep / pdf.name)
            except OSError as exc:
                self._problems.append(f"the PDF could not be kept in {self._keep}: {exc}")
        loaded = window.preview.load(pdf)
        window.show_page(PREVIEW)
        self._preview.update(
            loaded=loaded,
            file=pdf.name,
            pages=window.preview.page_count(),
            page_shown=window.current_page() is window.preview,
            message=window.preview.message() if not loaded else "",
        )

    def _check_probe(self) -> None:
        probe = self._probe
        if probe is None or not probe.done():
            return
        self._poll.stop()
        try:
            self._child.update(done=True, **probe.result())
        except Exception as exc:  # a child that could not start: the finding itself
            self._child.update(done=True, error=f"{type(exc).__name__}: {exc}")
        self._close_pool()
        self._finish_when_done()

    def _close_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _finish_when_done(self) -> None:
        if self._built["done"] and self._child["done"]:
            self._quit()

    def _give_up(self) -> None:
        steps = (("window", self._shown, "shown"), ("build", self._built, "done"))
        steps += (("child process", self._child, "done"),)
        pending = [name for name, part, key in steps if not part[key]]
        if pending:
            waited = f"{self._timeout:.0f} s"
            self._problems.append(f"timed out after {waited} waiting for: {', '.join(pending)}")
            self._task.abandon()
        self._quit()  # even with nothing pending: a step that failed silently never ends it

    def _quit(self) -> None:
        self._poll.stop()
        self._close_pool()
        self._task.wait()
        if self._window is not None:
            self._window.preview.close_document()  # Windows cannot remove an open file
            self._window.close()
        QApplication.instance().quit()

    # -- the report

    def report(self) -> dict[str, Any]:
        """What the self-test saw (see the class's text); ``ok`` when every step worked."""
        problems = self._problems + self._findings()
        window = self._window
        return {
            "ok": not problems,
            "app": APP_NAME,
            "version": app_version(),
            "frozen": bool(getattr(sys, "frozen", False)),
            "manifest": bundle_manifest(),
            "platform": QGuiApplication.platformName(),
            "window": {
                **self._shown,
                "title": window.windowTitle() if window is not None else "",
                "meeting": window.meeting.title if window is not None else "",
                "language": window_language(),
                "right_to_left": QGuiApplication.layoutDirection()
                == Qt.LayoutDirection.RightToLeft,
                "menus": _menu_titles(window),
            },
            "build": {k: v for k, v in self._built.items() if k != "done"},
            "preview": self._preview,
            "fonts": {
                "shipped": not instances_missing(SHIPPED_ROOT),
                "made_by_build": _files_in(self._profile / "font-cache"),
            },
            "accelerator": {
                "reportlab": _reportlab_version(),
                "in_app": accelerator_loaded(),
                "in_child": self._child.get("accelerator", False),
            },
            "child_process": {k: v for k, v in self._child.items() if k != "done"},
            "problems": problems,
        }

    def _findings(self) -> list[str]:
        """Each step that did not do what it should, in one line."""
        checks = (
            (self._shown["shown"], "the main window was never painted"),
            ("error" not in self._built, f"the build failed: {self._built.get('error')}"),
            (self._built.get("pages", 0) > 0, "the build wrote no PDF pages"),
            (self._preview["loaded"], f"the preview did not open the PDF: {self._preview}"),
            (self._preview.get("page_shown", False), "the Preview page was not shown"),
            (
                self._preview.get("pages") == self._built.get("pages"),
                "the preview's page count differs from the build's",
            ),
            ("error" not in self._child, f"no child process: {self._child.get('error')}"),
            (accelerator_loaded(), "reportlab's C accelerator is not loaded in the app"),
            (
                self._child.get("accelerator", False),
                "reportlab's C accelerator is not loaded in a child process",
            ),
        )
        return [problem for passed, problem in checks if not passed]


def _shown_at() -> dict[str, float]:
    """Now, as seconds since the process started (as the system counts it) and as Unix time."""
    now = time.time()
    try:
        import psutil

        since = now - psutil.Process().create_time()
    except (ImportError, OSError):
        since = float("nan")
    return {"seconds_since_start": round(since, 3), "at": now}


def _menu_titles(window: MainWindow | None) -> list[str]:
    """The menu bar's titles as shown (in the window's language), without their & marks."""
    if window is None:
        return []
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def _files_in(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else 0


def _reportlab_version() -> str:
    import reportlab

    return str(reportlab.Version)


def accelerator_loaded() -> bool:
    """Whether reportlab uses its C accelerator (the ``rl_accel`` package's ``_rl_accel``)
    rather than its slow Python twins, in this process."""
    from reportlab.lib import rl_accel

    return "_rl_accel" in sys.modules and not rl_accel._py_funcs


def child_probe() -> dict[str, Any]:
    """In a child process: what it runs on (its program, frozen or not, the accelerator)."""
    return {
        "pid": os.getpid(),
        "executable": Path(sys.executable).name,
        "frozen": bool(getattr(sys, "frozen", False)),
        "accelerator": accelerator_loaded(),
    }


def bundle_manifest() -> dict[str, Any] | None:
    """The build manifest the bundle carries (None when run from source)."""
    root = getattr(sys, "_MEIPASS", None)
    if root is None:
        return None
    try:
        return json.loads((Path(root) / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"error": f"{MANIFEST_NAME} missing or unreadable"}
