"""App start-up benchmark: how long from launching the app to its main window on screen?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/app_startup.py               # 1 first run + 5 more
    .venv/bin/python benchmarks/app_startup.py --repeat 10   # 1 first run + 10 more
    xvfb-run -a .venv/bin/python benchmarks/app_startup.py   # also under an X server

What is measured, as a user experiences it: each run launches a fresh Python process with
``subprocess.Popen`` (the same interpreter as this script, the project root as its working
folder, ``QT_QPA_PLATFORM`` set to the platform measured). The child is a small driver, given
with ``python -c``, that does what ``ui.app.main`` does: ``logging.basicConfig``,
``ui.app.application()``, ``ui.app.create_main_window(None)`` (the sample meeting), then
``app.exec()``. An application-wide event filter notes the first paint event of a widget; a
zero-time ``QTimer`` started from it runs once the whole first paint is done and the event
loop has turned, and that moment is the end. The child prints ``time.monotonic()`` at each
phase; ``CLOCK_MONOTONIC`` is one clock for the whole system on Linux, so the parent compares it
with its own ``time.monotonic()`` taken just before ``Popen``. The child then quits; its exit is
not counted.

The first run is reported apart ("first"): it pays for whatever the operating system has not
cached yet (the shared libraries, the ``.pyc`` files). It is only truly cold after a reboot or
a cache drop, which this script does not do. The later runs ("warm") give min / median / max.

The baseline, measured in the same run and interleaved with the app's runs, is a bare PySide6
program: ``import PySide6.QtWidgets``, ``QApplication``, an empty ``QWidget`` of the main
window's size, ``show()``, and the same first-paint end. The ratio app / baseline says what the
app adds to what Qt itself costs. Target: the app's window shown within 1.5 s, first and warm
(median). The exit status is 1 when the target is missed. The app's font cache
(``BRIEFING_FONT_CACHE``) plays no part: nothing is built at start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.5
MARKER = "STARTUP-MARKS "
CHILD_TIMEOUT = 120.0

# What both drivers share: the phase clock, the first-paint filter and the report. The driver
# text is run with ``python -c``; ``{body}`` is the app's or the baseline's own part.
_DRIVER = """\
import time
_marks = {{"start": time.monotonic()}}
import json, sys

def _mark(name):
    _marks[name] = time.monotonic()

{body}

from PySide6.QtCore import QEvent, QObject, QTimer

class _FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = False

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            _mark("first_paint")
            QTimer.singleShot(0, _done)
        return False

def _done():
    _mark("painted")
    print({marker!r} + json.dumps(_marks), flush=True)
    QApplication.instance().quit()

def _first_turn():
    _marks.setdefault("first_turn", time.monotonic())

_filter = _FirstPaint()
{setup}
QTimer.singleShot(0, _first_turn)
QTimer.singleShot(int({timeout} * 1000), _done)  # no paint at all: report what there is
sys.exit(app.exec())
"""

# The app: what ui.app.main does, in the same order. The filter must be in place before
# create_main_window, which shows the window.
_APP_BODY = """\
import logging
from PySide6.QtWidgets import QApplication
_mark("qt_imports")
from ui.app import application, create_main_window
_mark("imports")
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
app, _args = application([])
_mark("qapplication")"""
_APP_SETUP = """\
app.installEventFilter(_filter)
_window = create_main_window(None)
_mark("window")"""

# The baseline: an empty window of the main window's size (MainWindow resizes to 1200 x 760).
_BARE_BODY = """\
from PySide6.QtWidgets import QApplication, QWidget
_mark("qt_imports")
_mark("imports")
app = QApplication([sys.argv[0]])
_mark("qapplication")"""
_BARE_SETUP = """\
app.installEventFilter(_filter)
_window = QWidget()
_window.resize(1200, 760)
_window.show()
_mark("window")"""

PROGRAMS = {"app": (_APP_BODY, _APP_SETUP), "bare Qt": (_BARE_BODY, _BARE_SETUP)}
# The phases each run reports, in order: (mark, what happened up to it).
PHASES = (
    ("start", "interpreter up (first line of the driver)"),
    ("qt_imports", "PySide6.QtWidgets imported"),
    ("imports", "ui.app imported, with everything it imports"),
    ("qapplication", "QApplication made"),
    ("window", "window made, filled and shown (create_main_window)"),
    ("first_paint", "first paint event"),
    ("painted", "first paint done, event loop turned: the end"),
)


def driver(program: str, timeout: float) -> str:
    """The ``python -c`` text of one driver (``program`` is "app" or "bare Qt")."""
    body, setup = PROGRAMS[program]
    return _DRIVER.format(body=body, setup=setup, marker=MARKER, timeout=timeout)


@dataclass
class Run:
    """One launch: seconds from just before ``Popen`` to each phase, and to the process's end."""

    program: str
    platform: str
    phases: dict[str, float]
    exited: float
    painted: bool

    @property
    def total(self) -> float:
        return self.phases["painted"]


def launch(program: str, qpa: str, python: str, timeout: float) -> Run:
    """Start one fresh process of ``program`` on the Qt platform ``qpa`` and time it."""
    env = dict(os.environ, QT_QPA_PLATFORM=qpa)
    code = driver(program, timeout)
    start = time.monotonic()
    child = subprocess.Popen(
        [python, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        raise RuntimeError(f"{program} on {qpa}: no window after {CHILD_TIMEOUT:.0f} s") from None
    exited = time.monotonic() - start
    marks = next((ln for ln in out.splitlines() if ln.startswith(MARKER)), None)
    if child.returncode != 0 or marks is None:
        raise RuntimeError(
            f"{program} on {qpa}: exit status {child.returncode}, no timings\n{err.strip()}"
        )
    stamps: dict[str, float] = json.loads(marks[len(MARKER) :])
    phases = {name: stamp - start for name, stamp in stamps.items()}
    return Run(program, qpa, phases, exited, painted="first_paint" in stamps)


@dataclass
class Series:
    """Every run of one program on one platform: the first, and the warm ones after it."""

    program: str
    platform: str
    runs: list[Run] = field(default_factory=list)

    @property
    def first(self) -> Run:
        return self.runs[0]

    @property
    def warm(self) -> list[float]:
        return [r.total for r in self.runs[1:]] or [self.first.total]

    @property
    def median(self) -> float:
        return statistics.median(self.warm)

    def phase_median(self, name: str) -> float | None:
        values = [r.phases[name] for r in self.runs[1:] or self.runs if name in r.phases]
        return statistics.median(values) if values else None


def measure(platforms: Sequence[str], repeat: int, python: str, timeout: float) -> list[Series]:
    """One first run of each program, then ``repeat`` more, app and baseline in turn."""
    series = {(p, q): Series(p, q) for q in platforms for p in PROGRAMS}
    for qpa in platforms:
        for n in range(repeat + 1):
            for program in PROGRAMS:  # the app first, so its first run is the first of all
                run = launch(program, qpa, python, timeout)
                series[program, qpa].runs.append(run)
                what = "first" if n == 0 else f"warm {n}/{repeat}"
                print(f"{qpa:9} {program:8} {what:10} {run.total:.3f} s", file=sys.stderr)
    return list(series.values())


# =========================================================================== report


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f} s"


def machine_line() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    import PySide6  # only for its version; the timed processes import it themselves

    return (
        f"machine : {cpus} CPU(s) usable (nproc), {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}"
    )


def print_report(all_series: list[Series], repeat: int) -> bool:
    """Print the tables; True when the target is met on every platform."""
    import datetime as dt

    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nApp start-up benchmark, {now}")
    print(machine_line())
    print(f"runs    : 1 first + {repeat} warm per program and platform, from just before Popen")
    met = True
    for qpa in dict.fromkeys(s.platform for s in all_series):
        app, bare = (
            next(s for s in all_series if (s.program, s.platform) == (p, qpa)) for p in PROGRAMS
        )
        print(f"\nplatform {qpa}: window shown and painted")
        header = ("", "first", "warm min", "warm median", "warm max", "exited (median)")
        table = [header]
        for s in (app, bare):
            exited = statistics.median(r.exited for r in s.runs)
            table.append(
                (
                    s.program,
                    _s(s.first.total),
                    _s(min(s.warm)),
                    _s(s.median),
                    _s(max(s.warm)),
                    _s(exited),
                )
            )
        table.append(
            (
                "app / bare",
                f"{app.first.total / bare.first.total:.2f} x",
                "",
                f"{app.median / bare.median:.2f} x",
                "",
                "",
            )
        )
        _print_table(table)
        if not (app.first.painted and bare.first.painted):
            print("  (no paint event came: the end is the first event loop turn)")
        print(f"\n  where the app's time goes (warm medians, seconds since Popen; {qpa})")
        rows = [("phase", "app", "bare Qt")]
        for name, what in PHASES:
            rows.append((what, _s(app.phase_median(name)), _s(bare.phase_median(name))))
        _print_table(rows, indent="  ")
        ok = app.first.total <= TARGET_SECONDS and app.median <= TARGET_SECONDS
        met = met and ok
        verdict = "met" if ok else "MISSED"
        print(
            f"\n  target: app window within {TARGET_SECONDS} s, first and warm median: "
            f"{_s(app.first.total)} / {_s(app.median)}: {verdict}"
        )
    return met


def _print_table(table: list[tuple[str, ...]], indent: str = "") -> None:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for n, row in enumerate(table):
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print(indent + "  ".join(cells).rstrip())
        if n == 0:
            print(indent + "  ".join("-" * w for w in widths))


# =========================================================================== main


def default_platforms() -> list[str]:
    """Offscreen always; also the X server's when ``DISPLAY`` is set."""
    return ["offscreen", "xcb"] if os.environ.get("DISPLAY") else ["offscreen"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--repeat", type=int, default=5, metavar="N", help="warm runs after the first (default 5)"
    )
    parser.add_argument(
        "--platform",
        action="append",
        dest="platforms",
        metavar="QPA",
        help="Qt platform to measure (repeatable; default offscreen, and xcb when DISPLAY is set)",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter to launch (default: the one running this script)",
    )
    parser.add_argument(
        "--paint-timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="report without a paint event after this many seconds (default 10)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 0:
        parser.error("--repeat must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    platforms = args.platforms or default_platforms()
    all_series = measure(platforms, args.repeat, args.python, args.paint_timeout)
    return 0 if print_report(all_series, args.repeat) else 1


if __name__ == "__main__":
    sys.exit(main())
