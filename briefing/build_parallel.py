"""Building many packs at once: worker processes, one per core, each laying out whole packs.

A per-session build lays out dozens of packs, each in one thread of Python (reportlab), so a
second core halves it. Workers are started afresh (``spawn``, the same on every system: no
process is copied with its threads), load the pack fonts once, and render whole packs into
a folder of their own; they send each file's bytes back and only this process writes into
the build's staging folder. A build killed or cancelled thus never finds a worker writing
where its files go. Notes are opened once per build, by this process: workers copy pages
from the files the build's note library wrote.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.atomic import atomic_write
from briefing.errors import BuildError, NoteReadError, UndrawableCharacters
from briefing.pack.document import PackDocument
from briefing.pack.pdf_notes import PdfNoteLibrary
from briefing.progress import Monitor
from briefing.render.base import Renderer, RenderResult, make_renderer

PARALLEL_FROM = 8
"""The fewest files a build writes before it starts workers (each costs a start-up)."""
MAX_WORKERS = 4
_POLL_SECONDS = 0.2  # how often a waiting build looks for a cancel


def worker_count(renders: int, asked: int | None) -> int:
    """How many worker processes a build of ``renders`` files uses: ``asked`` if given (1 for
    none), else one per core (at most :data:`MAX_WORKERS`) once there are enough files."""
    if asked is not None:
        return max(1, asked)
    if renders < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


@dataclass(frozen=True)
class Task:
    """One file to write: the format, the pack document and the file's name."""

    format: str
    doc: PackDocument
    name: str


@dataclass(frozen=True)
class _Outcome:
    """What a worker sends back: the file's bytes and pages, or why it could not be made."""

    data: bytes = b""
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    undrawable: tuple[str, dict[str, frozenset[str]]] | None = None


def render_in_workers(
    tasks: Sequence[Task],
    library: PdfNoteLibrary,
    request: Any,
    stage: Path,
    monitor: Monitor,
    workers: int,
) -> Iterator[RenderResult]:
    """Render ``tasks`` in ``workers`` processes; yield each result, in the order of
    ``tasks``, once its file is written in ``stage``. Raises what a render raises
    (:class:`BuildError`) or :class:`BuildCancelled`."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(library.shared(), request)
    )
    try:
        futures = [pool.submit(_render, task) for task in tasks]
        for task, future in zip(tasks, futures, strict=True):
            outcome = _wait(future, monitor)
            yield _written(task, outcome, stage)
            monitor.step(f"Built {task.name}")
            monitor.step(f"Built {task.name}")  # a render reports two steps (layout, merge)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # running renders end in a moment


def _wait(future: Future[_Outcome], monitor: Monitor) -> _Outcome:
    while not future.done():
        monitor.check()
        wait([future], timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
    return future.result()


def _written(task: Task, outcome: _Outcome, stage: Path) -> RenderResult:
    """The file written in ``stage`` from what the worker made, or its problem raised."""
    if outcome.undrawable is not None:
        raise UndrawableCharacters(*outcome.undrawable)
    if outcome.problems:
        raise BuildError(outcome.problems)
    path = stage / task.name
    atomic_write(path, outcome.data)
    return RenderResult(path, outcome.pages, outcome.warnings)


# =========================================================================== in a worker

_LIBRARY: PdfNoteLibrary | None = None
_REQUEST: Any = None
_RENDERERS: dict[str, Renderer] = {}


def _start(library: PdfNoteLibrary, request: Any) -> None:
    """A worker's start: the build's notes and request, and the pack fonts, once."""
    from briefing.render.fonts import pack_fonts

    global _LIBRARY, _REQUEST
    _LIBRARY, _REQUEST = library, request
    pack_fonts()


def _render(task: Task) -> _Outcome:
    """Render one file in a folder of the worker's own and send back its bytes."""
    assert _LIBRARY is not None
    if task.format not in _RENDERERS:
        _RENDERERS[task.format] = make_renderer(task.format, _LIBRARY, _REQUEST)
    with tempfile.TemporaryDirectory(prefix="briefing-worker-") as folder:
        path = Path(folder) / task.name
        try:
            result = _RENDERERS[task.format].render(task.doc, path, Monitor())
        except UndrawableCharacters as exc:
            return _Outcome(undrawable=(exc.file, exc.places))
        except NoteReadError as exc:
            return _Outcome(problems=[str(exc), "nothing was built"])
        except BuildError as exc:
            return _Outcome(problems=exc.problems)
        except OSError as exc:
            return _Outcome(problems=[f"{task.name}: cannot be written ({exc.strerror or exc})"])
        return _Outcome(path.read_bytes(), result.pages, list(result.warnings))
