"""App start-up benchmark: how long from launching the app to its main window on screen?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/app_startup.py               # 1 first run + 5 more
    .venv/bin/python benchmarks/app_startup.py --repeat 10   # 1 first run + 10 more
    xvfb-run -a .venv/bin/python benchmarks/app_startup.py   # also under an X server

What is measured, as a user experiences it: each run launches a fresh Python process with
``subprocess.Popen`` (the same interpreter as this script, the project root as its working
folder, ``QT_QPA_PLATFORM`` set to the platform measured). The child is a small driver, given
with ``python -c``: it imports PySide6 and ``ui.app``, makes the ``QApplication``, puts an
event filter on it, and calls the app's own entry point, ``ui.app.main([])``, which takes that
``QApplication`` (``ui.app.application`` uses the one there is), makes the main window on the
sample meeting and runs the event loop. The filter notes the main window's first Show event
and the first paint event; a zero-time ``QTimer`` started from the first paint runs once that
paint is done and the event loop has turned, and that moment is the end. The child prints
``time.monotonic()`` at each phase; ``CLOCK_MONOTONIC`` is one clock for the whole system on
Linux, so the parent compares it with its own ``time.monotonic()`` taken just before
``Popen``. The child then quits; its exit is timed but not counted.

Each child runs as a user who has never used the app: ``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``,
``BRIEFING_DATA_DIR`` and ``BRIEFING_FONT_CACHE`` point into one temporary folder per platform,
so there is no recent file (the sample meeting opens), nothing is written to the real user's
settings, and an empty font cache shows whether start-up builds the fonts (building them
takes about 16 s; nothing should be built before a build). The script reports what the font
cache holds at the end.

Bytecode: an installed app has its ``.pyc`` files (pip compiles them), but this project runs
from its source tree, and an environment with ``PYTHONDONTWRITEBYTECODE`` (as some containers
have) would compile every module of ``briefing`` and ``ui`` at every start. So by default
(``--bytecode cached``) the children read and write ``.pyc`` files in a temporary folder
(``PYTHONPYCACHEPREFIX``), filled by one untimed ``import ui.app`` first; nothing is written
into the project. ``--bytecode as-is`` leaves Python to this environment.

The first run is reported apart ("first"): it is the app's first start for that user, and it
pays for whatever the operating system has not cached yet (the shared libraries). It is only
truly cold after a reboot or a cache drop, which this script does not do. The later runs
("warm") give min / median / max.

The baseline, measured in the same run and interleaved with the app's runs, is a bare PySide6
program: ``import PySide6.QtWidgets``, ``QApplication``, an empty ``QWidget`` of the main
window's size, ``show()``, and the same first-paint end. The ratio app / baseline says what the
app adds to what Qt itself costs. Target: the app's window shown within 1.5 s, first and warm
(median). The exit status is 1 when the target is missed (or start-up built fonts).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tables import print_table

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.5
MARKER = "STARTUP-MARKS "
CHILD_TIMEOUT = 120.0

# What both drivers share: the phase clock, the filter that notes the window's first show and
# first paint, and the report. The driver text is run with ``python -c``; ``{imports}`` and
# ``{run}`` are the app's or the baseline's own parts. The filter goes on the QApplication,
# so the driver makes it before the app's code runs.
_DRIVER = """\
import time
_marks = {{"start": time.monotonic()}}
import json, sys

def _mark(name):
    _marks.setdefault(name, time.monotonic())

from PySide6.QtWidgets import QApplication
_mark("qt_imports")
{imports}
_mark("imports")
from PySide6.QtCore import QEvent, QObject, QTimer

class _FirstShowAndPaint(QObject):
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Show and watched.isWidgetType() and watched.isWindow():
            if "window" not in _marks:  # no paint at all: report what there is, in time
                QTimer.singleShot(int({timeout} * 1000), _done)
            _mark("window")
        elif kind == QEvent.Type.Paint and "first_paint" not in _marks:
            _mark("first_paint")
            QTimer.singleShot(0, _done)
        return False

def _done():
    _mark("painted")
    print({marker!r} + json.dumps(_marks), flush=True)
    QApplication.instance().quit()

app = QApplication([sys.argv[0]])
_mark("qapplication")
_filter = _FirstShowAndPaint()
app.installEventFilter(_filter)
{run}
"""

# The app: its own entry point, ui.app.main, which takes the QApplication made above
# (ui.app.application uses the one there is) and opens the sample meeting (no file given, and
# no recent file in the fresh settings folder the parent gives).
_APP = ("from ui.app import main", "sys.exit(main([]))")

# The baseline: an empty window of the main window's size.
_BARE = (
    "from PySide6.QtWidgets import QWidget",
    "_window = QWidget()\n_window.resize(1280, 800)\n_window.show()\nsys.exit(app.exec())",
)

PROGRAMS = {"app": _APP, "bare Qt": _BARE}
# The phases each run reports, in order: (mark, what happened up to it).
PHASES = (
    ("start", "interpreter up (first line of the driver)"),
    ("qt_imports", "PySide6.QtWidgets imported"),
    ("imports", "ui.app imported, with everything it imports"),
    ("qapplication", "QApplication made"),
    ("window", "window made, filled and shown (Show event)"),
    ("first_paint", "first paint event"),
    ("painted", "first paint done, event loop turned: the end"),
)


def driver(program: str, timeout: float) -> str:
    """The ``python -c`` text of one driver (``program`` is "app" or "bare Qt")."""
    imports, run = PROGRAMS[program]
    return _DRIVER.format(imports=imports, run=run, marker=MARKER, timeout=timeout)


def profile_env(folder: Path) -> dict[str, str]:
    """Settings, data and font cache folders of a user who has never run the app, in ``folder``.

    No recent file means the sample meeting opens; an empty font cache shows whether start-up
    builds the fonts (which takes about 16 s); nothing is written to the real user's folders.
    """
    return {
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "BRIEFING_DATA_DIR": str(folder / "briefing-data"),
        "BRIEFING_FONT_CACHE": str(folder / "font-cache"),
    }


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


def child_env(qpa: str, profile: Path, pycache: Path | None) -> dict[str, str]:
    """This process's environment, with the platform, the fresh profile and the bytecode cache.

    With ``pycache``, Python reads and writes its ``.pyc`` files there
    (``PYTHONPYCACHEPREFIX``), as an installed app has them, without writing into the project.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=qpa, **profile_env(profile))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def compile_bytecode(python: str, pycache: Path, profile: Path) -> None:
    """Import ``ui.app`` once, untimed, so every later run finds its ``.pyc`` files."""
    env = child_env("offscreen", profile, pycache)
    subprocess.run([python, "-c", "import ui.app"], cwd=ROOT, env=env, check=True)


def launch(program: str, qpa: str, python: str, timeout: float, env: dict[str, str]) -> Run:
    """Start one fresh process of ``program`` on the Qt platform ``qpa`` and time it."""
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


@dataclass
class Measured:
    """Every series, and what start-up left in the fresh font cache (it should be nothing)."""

    series: list[Series]
    font_cache_files: int


def measure(
    platforms: Sequence[str], repeat: int, python: str, timeout: float, bytecode: str
) -> Measured:
    """One first run of each program, then ``repeat`` more, app and baseline in turn.

    Each platform's runs share one fresh user profile (settings, data, font cache) in a
    temporary folder, removed at the end: the first run is the app's first start for that user.
    With ``bytecode`` "cached", every run reads ``.pyc`` files compiled beforehand into a
    temporary folder; with "as-is", Python does what this environment tells it.
    """
    series = {(p, q): Series(p, q) for q in platforms for p in PROGRAMS}
    font_files = 0
    with tempfile.TemporaryDirectory(prefix="app-startup-") as tmp:
        pycache = Path(tmp) / "pycache" if bytecode == "cached" else None
        if pycache is not None:
            print("compiling the bytecode (untimed)", file=sys.stderr)
            compile_bytecode(python, pycache, Path(tmp) / "compile-profile")
        for qpa in platforms:
            profile = Path(tmp) / qpa
            env = child_env(qpa, profile, pycache)
            for n in range(repeat + 1):
                for program in PROGRAMS:  # the app first, so its first run is the first of all
                    run = launch(program, qpa, python, timeout, env)
                    series[program, qpa].runs.append(run)
                    what = "first" if n == 0 else f"warm {n}/{repeat}"
                    print(f"{qpa:9} {program:8} {what:10} {run.total:.3f} s", file=sys.stderr)
            cache = profile / "font-cache"
            font_files += sum(1 for f in cache.rglob("*") if f.is_file()) if cache.exists() else 0
    return Measured(list(series.values()), font_files)


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


def print_report(
    all_series: list[Series], repeat: int, bytecode: str, load_before: tuple[float, ...]
) -> bool:
    """Print the tables; True when the target is met on every platform."""
    import datetime as dt

    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nApp start-up benchmark, {now}")
    print(machine_line())
    print(f"runs    : 1 first + {repeat} warm per program and platform, from just before Popen")
    print(f"bytecode: {bytecode}; each platform's runs share one fresh user profile")
    load = ", ".join(f"{a:.2f}" for a in load_before)
    after = ", ".join(f"{a:.2f}" for a in os.getloadavg())
    print(f"load    : {load} before, {after} after (1, 5, 15 min averages; other work skews)")
    met = True
    for qpa in dict.fromkeys(s.platform for s in all_series):
        app, bare = (
            next(s for s in all_series if (s.program, s.platform) == (p, qpa)) for p in PROGRAMS
        )
        print(f"\nplatform {qpa}: window shown and painted")
        header = (
            "",
            "first",
            "warm min",
            "warm median",
            "warm max",
            "process exited (warm median)",
        )
        table = [header]
        for s in (app, bare):
            exited = statistics.median(r.exited for r in s.runs[1:] or s.runs)
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
        print_table(table)
        if not (app.first.painted and bare.first.painted):
            print("  (no paint event came: the end is the first event loop turn)")
        print(f"\n  where the time goes (seconds since Popen; {qpa})")
        rows = [("phase", "app first", "app warm median", "bare Qt warm median")]
        for name, what in PHASES:
            first = app.first.phases.get(name)
            rows.append((what, _s(first), _s(app.phase_median(name)), _s(bare.phase_median(name))))
        print_table(rows, indent="  ")
        ok = app.first.total <= TARGET_SECONDS and app.median <= TARGET_SECONDS
        met = met and ok
        verdict = "met" if ok else "MISSED"
        print(
            f"\n  target: app window within {TARGET_SECONDS} s, first and warm median: "
            f"{_s(app.first.total)} / {_s(app.median)}: {verdict}"
        )
    return met


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
        "--bytecode",
        choices=("cached", "as-is"),
        default="cached",
        help="cached (default): .pyc files compiled beforehand, as an installed app has them; "
        "as-is: as this environment says (PYTHONDONTWRITEBYTECODE may make every start compile)",
    )
    parser.add_argument(
        "--paint-timeout",
        type=float,
        default=10.0,
        metavar="S",
        help="report without a paint event this long after the window is shown (default 10 s)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 0:
        parser.error("--repeat must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    platforms = args.platforms or default_platforms()
    load_before = os.getloadavg()
    measured = measure(platforms, args.repeat, args.python, args.paint_timeout, args.bytecode)
    met = print_report(measured.series, args.repeat, args.bytecode, load_before)
    built = measured.font_cache_files
    print(
        f"\nfont cache after every start-up: "
        f"{'empty: no fonts built' if not built else f'{built} files: start-up BUILT fonts'}"
    )
    return 0 if met and not built else 1


if __name__ == "__main__":
    sys.exit(main())
