"""Event-loop stall benchmark: does the window stay responsive while a Forum-scale pack builds?

Run it from the project root (it is a script, not a test; pytest does not collect it)::

    .venv/bin/python benchmarks/event_loop_stall.py               # the Forum-scale meeting
    .venv/bin/python benchmarks/event_loop_stall.py --quick       # a small smoke run
    .venv/bin/python benchmarks/event_loop_stall.py --per-session --docx   # a heavier build

It makes the synthetic meeting of ``benchmarks/forum_scale.py`` (``make_meeting``, the same
seed; ``--quick`` is its small one), warms the pack fonts (not timed), then, in one process
with ``QT_QPA_PLATFORM=offscreen`` unless the variable is already set:

1. ``open meeting``: the app's ``QApplication`` (``ui.app.application``) and
   ``ui.main_window.MainWindow``, shown; then, with the timer below running,
   ``set_meeting(meeting)`` and the checks it sets off (information, not the target). The
   app's settings and data folder are in a temporary folder (``XDG_CONFIG_HOME``,
   ``BRIEFING_DATA_DIR``), not the user's;
2. ``idle``: a ``QTimer`` (10 ms, ``Qt.PreciseTimer``) whose slot appends ``time.perf_counter()``
   at each timeout runs for ``--idle`` seconds (2 by default) with nothing else to do: the
   machine's own noise;
3. ``build``: the real Build dialog (``MainWindow.show_build_dialog``, as File → Build… opens
   it) with its output folder set to a temporary folder, and its Build button clicked. The
   dialog builds with ``ui.tasks.BuildTask`` in a ``QThread``; its progress, the finished
   handler and the Preview page's ``load`` of the new PDF all run in the GUI thread. The same
   timer ticks from the click until ``--tail`` seconds (0.5) after the finished signal has been
   handled by the dialog and the main window;
4. ``preview``: then the Preview page is shown (as a user would, to look at the pack), with the
   timer running ``--tail`` seconds before and one second after: information, not the target.

A gap is the time between two consecutive ticks; the stall is the longest gap less the
interval. The ticks run Python code, as every slot of the app does, so a gap also counts the
time the GUI thread waits for the GIL while the build thread holds it. Target: the longest
stall during the build at most 100 ms. The exit status is 1 when it is missed.

To say where a stall comes from, the GUI-thread slots the build drives are timed (the class
methods are wrapped in this process only: ``BuildDialog._on_progress`` and ``_on_finished``,
``MainWindow._preview_built`` and ``show_page``, ``PdfPreview.load`` and the slots it sets
off; and the preview's ``QPdfDocument.load``, on that one object), every garbage collection
is timed (``gc.callbacks``), and a sampler thread notes the Python stacks of the GUI thread
and of the build thread every 10 ms. Every gap longer than ``--explain`` ms (50) is listed
with the calls, collections, progress signals and stack samples that fall in it (a thread that
holds the GIL also holds up the sampler, so the first sample after a gap shows where it was).
``--no-sampler`` leaves the sampler out (it is one more thread taking the GIL every 10 ms).
The build writes into a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import inspect
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from forum_scale import FULL, QUICK, REALISTIC, Synthetic, make_meeting
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from tables import print_table

from briefing.build import BuildReport
from briefing.render.fonts import pack_fonts

TARGET_STALL = 0.100  # seconds
INTERVAL_MS = 10
BUILD_TIMEOUT = 900.0  # seconds: give up waiting for the build after this


# =========================================================================== recording


class Ticker(QObject):
    """A repeating QTimer whose slot notes ``time.perf_counter()`` at each timeout."""

    def __init__(self, interval_ms: int) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self.ticks: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        self._tick()  # the stretch up to the stop counts too
        return self.ticks

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())


@dataclass
class Call:
    """One call of a timed GUI-thread method."""

    name: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass
class Collection:
    """One garbage collection: when, which generation, on which thread."""

    start: float
    end: float
    generation: int
    thread: str
    collected: int


@dataclass
class Sample:
    """The Python stacks of the GUI thread and the others at one moment."""

    at: float
    stacks: dict[str, list[str]]


@dataclass
class Log:
    """Everything recorded during the run, on ``time.perf_counter()``'s clock."""

    calls: list[Call] = field(default_factory=list)
    collections: list[Collection] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    progress: list[tuple[float, str, int, int]] = field(default_factory=list)


# The GUI-thread methods timed: (module, class, method).
TIMED = (
    ("ui.build_dialog", "BuildDialog", "_on_progress"),
    ("ui.build_dialog", "BuildDialog", "_on_finished"),
    ("ui.main_window", "MainWindow", "_preview_built"),
    ("ui.main_window", "MainWindow", "show_page"),
    ("ui.main_window", "MainWindow", "set_meeting"),
    ("ui.main_window", "MainWindow", "_show_checks"),
    ("ui.preview", "PdfPreview", "load"),
    ("ui.preview", "PdfPreview", "_on_status"),
    ("ui.preview", "PdfPreview", "_go_to"),
    ("ui.preview", "PdfPreview", "_update_controls"),
    ("ui.preview", "PdfPreview", "_show_bookmarks"),
)


@contextmanager
def timed_methods(log: Log) -> Iterator[None]:
    """Wrap each method of ``TIMED`` on its class so every call is logged; undone after.

    Only this process's classes change; the wrappers keep the name and the slot marks of the
    method (``functools.wraps``), and connections made after the wrapping call them.
    """
    import importlib

    saved = []
    for module_name, class_name, method in TIMED:
        cls = getattr(importlib.import_module(module_name), class_name)
        original = cls.__dict__.get(method)
        if original is None:  # not in this version of the app
            continue
        saved.append((cls, method, original))
        setattr(cls, method, _timing(original, f"{class_name}.{method}", log))
    try:
        yield
    finally:
        for cls, method, original in saved:
            setattr(cls, method, original)


def _timing(original: Callable[..., Any], name: str, log: Log) -> Callable[..., Any]:
    limit = _positional_limit(original)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if limit is not None:  # PySide passes a slot only the arguments it takes: so do we
            args = args[:limit]
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            log.calls.append(Call(name, start, time.perf_counter()))

    return timed


def _positional_limit(function: Callable[..., Any]) -> int | None:
    """How many positional arguments ``function`` takes (``self`` too); None if any number."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # a method of a Qt class: no signature to read
        return None
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


@contextmanager
def collections_logged(log: Log) -> Iterator[None]:
    """Log every garbage collection (any thread) while the block runs."""
    started: dict[int, float] = {}

    def gc_callback(phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            started[ident] = time.perf_counter()
        elif ident in started:
            log.collections.append(
                Collection(
                    started.pop(ident),
                    time.perf_counter(),
                    info["generation"],
                    thread_name(ident),
                    info.get("collected", 0),
                )
            )

    gc.callbacks.append(gc_callback)
    try:
        yield
    finally:
        gc.callbacks.remove(gc_callback)


GUI_IDENT = threading.main_thread().ident


def thread_name(ident: int | None) -> str:
    """A readable name: the GUI thread, a Python thread's name, else the build's QThread."""
    if ident == GUI_IDENT:
        return "GUI thread"
    for thread in threading.enumerate():
        if thread.ident == ident:
            return thread.name
    return "build thread (QThread)"


class Sampler(threading.Thread):
    """Every ``period`` s, note the Python stack of every other thread.

    A thread that holds the GIL in one long C call (or a garbage collection) keeps the sampler
    waiting too: the first sample after such a stall shows where that thread was.
    """

    def __init__(self, log: Log, period: float = 0.01) -> None:
        super().__init__(name="stall sampler", daemon=True)
        self.log, self.period = log, period
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.period):
            frames = sys._current_frames()
            stacks = {
                thread_name(ident): _stack(frame)
                for ident, frame in frames.items()
                if ident != self.ident
            }
            self.log.samples.append(Sample(time.perf_counter(), stacks))

    def stop(self) -> None:
        self.stopping.set()
        self.join()


def _stack(frame: FrameType | None, depth: int = 3) -> list[str]:
    """The innermost ``depth`` frames, innermost first, as ``file:line function``.

    The timing wrappers of this file are left out; its garbage-collection callback is kept,
    as ``gc_callback``: a thread in it is collecting garbage.
    """
    entries: list[str] = []
    while frame is not None and len(entries) < depth:
        code = frame.f_code
        if not (code.co_filename == __file__ and code.co_name == "timed"):
            entries.append(f"{_short(code.co_filename)}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return entries


def _short(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("site-packages", "briefing", "ui", "benchmarks", "python3.11"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            start = index + 1 if anchor in ("site-packages", "python3.11") else index
            return "/".join(parts[start:])
    return Path(filename).name


# =========================================================================== driving the app


def run_for(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


@dataclass
class Phase:
    """The ticks of one stretch of time, and what they say."""

    name: str
    ticks: list[float]
    interval: float

    @property
    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    @property
    def seconds(self) -> float:
        return self.ticks[-1] - self.ticks[0]

    @property
    def stall(self) -> float:
        return max(0.0, max(self.gaps) - self.interval)

    @property
    def longest_at(self) -> float:
        """When the longest gap began, in seconds from the start of the phase."""
        gaps = self.gaps
        return self.ticks[gaps.index(max(gaps))] - self.ticks[0]

    def percentile(self, p: int) -> float:
        gaps = sorted(self.gaps)
        return gaps[min(len(gaps) - 1, round(p / 100 * (len(gaps) - 1)))]

    def over(self, limit: float) -> int:
        return sum(g > limit for g in self.gaps)

    def long_gaps(self, limit: float) -> list[tuple[float, float]]:
        """(start, end) of every gap longer than ``limit``."""
        return [(a, b) for a, b in zip(self.ticks, self.ticks[1:], strict=False) if b - a > limit]


@dataclass
class Results:
    synthetic: Synthetic
    opening: Phase  # set_meeting of the synthetic meeting, and what it sets off
    idle: Phase
    build: Phase
    preview: Phase
    build_seconds: float  # click → finished handled
    clicked: float
    finished: float
    outcome: str
    report: BuildReport | None
    log: Log
    sampler: bool
    request: str

    @property
    def outcome_at(self) -> float | None:
        """When the finished signal reached the dialog: the build thread's work was done."""
        return next(
            (
                c.start
                for c in self.log.calls
                if c.name == "BuildDialog._on_finished" and c.start > self.clicked
            ),
            None,
        )

    @property
    def building(self) -> Phase | None:
        """The build phase up to the finished signal: the stalls while the build thread works."""
        end = self.outcome_at
        if end is None:
            return None
        ticks = [t for t in self.build.ticks if t <= end]
        return Phase("  until the finished signal", ticks, self.build.interval)


def measure(synthetic: Synthetic, args: argparse.Namespace, tmp: Path) -> Results:
    from ui.app import application
    from ui.main_window import PREVIEW, MainWindow

    app, _ = application([])
    log = Log()
    ticker = Ticker(args.interval)
    sampler = None if args.no_sampler else Sampler(log)
    with timed_methods(log), collections_logged(log):
        window = MainWindow()
        document = window.preview.document  # its C++ load, timed on this instance only
        document.load = _timing(document.load, "QPdfDocument.load", log)  # type: ignore[method-assign]
        window.show()
        run_for(0.5)
        if sampler is not None:
            sampler.start()

        announce("opening the meeting (set_meeting)")
        ticker.start()
        QTimer.singleShot(50, lambda: window.set_meeting(synthetic.meeting))
        run_for(args.tail + 1.5)  # the checks may run a moment later, on a timer
        opening = Phase("open meeting (set_meeting)", list(ticker.stop()), ticker.interval)

        announce(f"idle, {args.idle:.1f} s")
        ticker.start()
        run_for(args.idle)
        idle = Phase("idle (no build)", list(ticker.stop()), ticker.interval)

        dialog = window.show_build_dialog()
        dialog.folder_edit.setText(str(tmp / "packs"))
        dialog.per_session_box.setChecked(args.per_session)
        dialog.format_boxes["docx"].setChecked(args.docx)
        request = dialog.request()
        what = f"{request.pack.name}, {' + '.join(request.formats).upper()}" + (
            ", per-session packs too" if request.per_session else ""
        )
        dialog.task.progress.connect(
            lambda text, done, total: log.progress.append((time.perf_counter(), text, done, total))
        )
        outcome: dict[str, object] = {}
        loop = QEventLoop()

        def ended(kind: str, value: object = None) -> None:
            outcome.update(kind=kind, value=value, at=time.perf_counter())
            loop.quit()

        # Connected after the dialog's and the main window's slots, so called after them.
        dialog.task.finished.connect(lambda report: ended("finished", report))
        dialog.task.failed.connect(lambda message: ended("failed", message))
        dialog.task.cancelled.connect(lambda: ended("cancelled"))
        run_for(0.3)

        announce(f"build ({what})")
        ticker.start()
        clicked = time.perf_counter()
        dialog.build_button.click()
        QTimer.singleShot(round(BUILD_TIMEOUT * 1000), loop.quit)
        loop.exec()
        if "kind" not in outcome:
            raise RuntimeError(f"the build did not end within {BUILD_TIMEOUT:.0f} s")
        finished = float(outcome["at"])  # type: ignore[arg-type]
        run_for(args.tail)
        build = Phase("build", list(ticker.stop()), ticker.interval)

        announce("showing the Preview page")
        ticker.start()
        run_for(args.tail)
        window.show_page(PREVIEW)
        run_for(1.0)
        preview = Phase("Preview page shown", list(ticker.stop()), ticker.interval)

        if sampler is not None:
            sampler.stop()
        window.preview.close_document()  # let go of the PDF before its folder goes
        dialog.close()
        window.close()
        run_for(0.1)
        app.processEvents()
    report = outcome["value"] if outcome["kind"] == "finished" else None
    return Results(
        synthetic,
        opening,
        idle,
        build,
        preview,
        finished - clicked,
        clicked,
        finished,
        str(outcome["kind"]) + ("" if report else f": {outcome['value']}"),
        report if isinstance(report, BuildReport) else None,
        log,
        sampler is not None,
        what,
    )


# =========================================================================== report


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def machine_lines() -> list[str]:
    import PySide6

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"machine : {cpus} CPU(s) usable (nproc), {platform.system()} {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}, "
        f"GIL switch interval {sys.getswitchinterval() * 1000:g} ms",
    ]


def meeting_line(s: Synthetic) -> str:
    m = s.meeting
    return (
        f"meeting : {s.scale.name} scale, {len(m.agenda)} sessions, {len(m.people)} people, "
        f"{len(m.notes)} notes ({len(s.pdf_data)} PDF with {s.pdf_pages:,} pages)"
    )


def phase_rows(phases: list[Phase]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [
        ("phase", "length", "ticks", "longest stall", "at", "p99 gap", "median gap", "gaps>100ms")
    ]
    for p in phases:
        rows.append(
            (
                p.name,
                f"{p.seconds:.2f} s",
                str(len(p.ticks) - 1),
                ms(p.stall),
                f"+{p.longest_at:.2f} s",
                ms(p.percentile(99)),
                ms(statistics.median(p.gaps)),
                str(p.over(TARGET_STALL)),
            )
        )
    return rows


def slot_rows(r: Results) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("GUI-thread method", "calls", "total", "longest")]
    by_name: dict[str, list[Call]] = {}
    for call in r.log.calls:
        by_name.setdefault(call.name, []).append(call)
    for name, calls in by_name.items():
        seconds = [c.seconds for c in calls]
        rows.append((name, str(len(calls)), ms(sum(seconds)), ms(max(seconds))))
    return rows


def gc_line(r: Results, start: float, end: float) -> str:
    inside = [c for c in r.log.collections if start <= c.start <= end]
    if not inside:
        return "none"
    counts = Counter(c.generation for c in inside)
    longest = max(inside, key=lambda c: c.end - c.start)
    gens = ", ".join(f"gen {g}: {counts[g]}" for g in sorted(counts))
    return (
        f"{gens}; longest {ms(longest.end - longest.start)} "
        f"(gen {longest.generation}, {longest.thread})"
    )


def explain(r: Results, phase: Phase, limit: float) -> list[str]:
    """Each gap longer than ``limit``, with the calls, collections and stacks that overlap it."""
    lines = []
    origin = phase.ticks[0]
    for start, end in phase.long_gaps(limit):
        lines.append(
            f"  gap of {ms(end - start)} at +{start - origin:.3f} s "
            f"(stall {ms(end - start - phase.interval)})"
        )
        calls: dict[str, list[float]] = {}
        for call in r.log.calls:
            if call.start < end and call.end > start:
                calls.setdefault(call.name, []).append(call.seconds)
        for name, seconds in calls.items():
            times = f"{len(seconds)} calls, longest" if len(seconds) > 1 else "took"
            lines.append(f"    in GUI thread: {name} {times} {ms(max(seconds))}")
        small = 0
        for c in r.log.collections:
            if c.start < end and c.end > start:
                if c.end - c.start < 0.005:
                    small += 1
                    continue
                lines.append(
                    f"    garbage collection gen {c.generation} on {c.thread}: "
                    f"{ms(c.end - c.start)}, {c.collected:,} objects freed"
                )
        if small:
            lines.append(f"    and {small} garbage collection(s) under 5 ms")
        for text in _progress_in(r, start, end):
            lines.append(f"    progress signal: {text}")
        seen: Counter[tuple[str, ...]] = Counter()
        for sample in r.log.samples:
            if start < sample.at <= end + 0.015:  # the first sample after the gap too
                seen[_described(sample)] += 1
        for key, count in seen.most_common(3):
            lines.append(f"    sampled {count}x:")
            lines.extend(f"      {line}" for line in key)
    return lines


def _described(sample: Sample) -> tuple[str, ...]:
    """One line per busy thread: threads waiting on a lock or event are left out, and the GUI
    thread inside this script's own loop is in Qt's event loop (C++, or waiting for the GIL)."""
    lines = []
    for name, stack in sample.stacks.items():
        top = stack[0] if stack else ""
        if top.startswith("threading.py:") and top.endswith((" wait", " _wait_for_tstate_lock")):
            continue
        if top.startswith("benchmarks/event_loop_stall.py:") and name == "GUI thread":
            lines.append(f"{name}: in the Qt event loop (C++, or waiting for the GIL)")
        else:
            lines.append(f"{name}: {' < '.join(stack)}")
    return tuple(lines)


def _progress_in(r: Results, start: float, end: float) -> list[str]:
    return [
        f"{text} ({done}/{total})" for at, text, done, total in r.log.progress if start <= at <= end
    ]


def print_report(r: Results, limit: float) -> bool:
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    print(f"\nEvent-loop stall benchmark, {now}")
    for line in [*machine_lines(), meeting_line(r.synthetic)]:
        print(line)
    interval = ms(r.build.interval)
    print(
        f"timer   : QTimer every {interval} (PreciseTimer), perf_counter at each timeout; "
        f"stall = longest gap - {interval}; sampler {'on' if r.sampler else 'off'}"
    )
    print(f"build   : {r.request}, through the Build dialog (BuildTask in a QThread)\n")
    building = [r.building] if r.building is not None and len(r.building.ticks) > 1 else []
    print_table(phase_rows([r.opening, r.idle, r.build, *building, r.preview]))
    files = r.report.files if r.report else []
    pages = sum(f.pages for f in files if f.format == "pdf")
    print(
        f"\nbuild wall time (click -> finished handled): {r.build_seconds:.2f} s, "
        f"outcome {r.outcome}, {len(files)} file(s), {pages:,} PDF pages"
    )
    outcome_at = r.outcome_at
    if outcome_at is not None:
        print(
            f"  of which click -> finished signal (the build thread): {outcome_at - r.clicked:.2f} s; "
            f"the finished slots (dialog, Preview load): {r.finished - outcome_at:.2f} s"
        )
    progress = r.log.progress
    if progress:
        first, last = progress[0][0] - r.clicked, progress[-1][0] - r.clicked
        print(
            f"progress signals delivered to the GUI thread: {len(progress)} "
            f"(first at +{first:.2f} s, last at +{last:.2f} s)"
        )
    else:
        print("progress signals delivered to the GUI thread: 0")
    opening = [
        c
        for c in r.log.calls
        if r.opening.ticks[0] <= c.start <= r.opening.ticks[-1]
        and c.name in ("MainWindow.set_meeting", "MainWindow._show_checks")
    ]
    print(
        "opening the meeting, before the build (GUI thread, info): "
        + (", ".join(f"{c.name} {ms(c.seconds)}" for c in opening) or "no call timed")
    )
    print(
        f"garbage collections during the build: {gc_line(r, r.build.ticks[0], r.build.ticks[-1])}"
    )
    print()
    print_table(slot_rows(r))
    ok = r.build.stall <= TARGET_STALL
    print(
        f"\ntarget: longest stall during the build <= {ms(TARGET_STALL)}: {ms(r.build.stall)} "
        f"(idle baseline {ms(r.idle.stall)}): {'met' if ok else 'MISSED'}"
    )
    for phase in (r.opening, r.build, r.preview):
        lines = explain(r, phase, limit)
        if lines:
            print(f"\ngaps over {ms(limit)} in phase '{phase.name}':")
            print("\n".join(lines))
    return ok


# =========================================================================== main


def announce(what: str) -> None:
    """Progress on stderr, so stdout holds only the report."""
    print(f"{what}…", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the small meeting, for a smoke run")
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="notes with embedded fonts and photos (as in forum_scale.py)",
    )
    parser.add_argument("--per-session", action="store_true", help="also per-session packs")
    parser.add_argument("--docx", action="store_true", help="DOCX as well as PDF")
    parser.add_argument(
        "--idle", type=float, default=2.0, metavar="S", help="idle baseline length (default 2 s)"
    )
    parser.add_argument(
        "--tail",
        type=float,
        default=0.5,
        metavar="S",
        help="keep ticking this long after the build has been handled (default 0.5 s)",
    )
    parser.add_argument(
        "--interval", type=int, default=INTERVAL_MS, metavar="MS", help="timer interval (10 ms)"
    )
    parser.add_argument(
        "--explain",
        type=float,
        default=50.0,
        metavar="MS",
        help="list and sample every gap longer than this (default 50 ms)",
    )
    parser.add_argument(
        "--no-sampler", action="store_true", help="no stack-sampling thread during the run"
    )
    args = parser.parse_args(argv)
    if args.interval < 1 or args.idle <= 0 or args.tail < 0:
        parser.error("--interval must be 1 or more, --idle above 0, --tail 0 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    REALISTIC["on"] = args.realistic
    scale = QUICK if args.quick else FULL
    announce(f"generating the {scale.name}-scale meeting")
    synthetic = make_meeting(scale)
    announce("warming the fonts")
    pack_fonts()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="event-loop-stall-") as folder:
        tmp = Path(folder)
        # The app's settings and data (drafts, log) in the temporary folder, not the user's.
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        os.environ["BRIEFING_DATA_DIR"] = str(tmp / "data")
        results = measure(synthetic, args, tmp)
    ok = print_report(results, args.explain / 1000)
    load = ", ".join(f"{a:.2f}" for a in load_before)
    after = ", ".join(f"{a:.2f}" for a in os.getloadavg())
    print(f"\nload average: {load} before, {after} after (1, 5, 15 min; other work skews)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
