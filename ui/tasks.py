"""Background work for the window: one build at a time, on a snapshot, reported on the GUI thread.

Like Anki's ``QueryOp``: the worker gets an immutable :class:`~briefing.model.Meeting` and a
:class:`~briefing.build.BuildRequest`, never a widget; it reports through a
:class:`~briefing.progress.Monitor` whose callback only emits a signal, and polls a
:class:`threading.Event` for cancel. Every signal of :class:`BuildTask` reaches its slots on the
thread that made the task (the GUI thread) through queued connections.

The worker thread only waits: the build itself runs in a child process
(:func:`briefing.build_process.build_in_process`), so its garbage collections and its hold on
the interpreter never freeze the window.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from briefing.build import BuildReport, BuildRequest
from briefing.build_process import build_in_process
from briefing.errors import BriefingError, BuildBusyError, BuildCancelled, BuildError
from briefing.model import Meeting
from briefing.progress import Monitor
from ui.i18n import core_text, translate

QUEUED = Qt.ConnectionType.QueuedConnection


class _Worker(QObject):
    """Runs one build in the worker thread; knows nothing of widgets."""

    progress = Signal(str, int, int)
    outcome = Signal(str, object)  # ("finished" | "failed" | "cancelled", report or message)

    def __init__(
        self,
        meeting: Meeting,
        request: BuildRequest,
        cancel: threading.Event,
        abandon: threading.Event,
    ) -> None:
        super().__init__()
        self._meeting, self._request = meeting, request
        self._cancel, self._abandon = cancel, abandon

    @Slot()
    def run(self) -> None:
        """Build, then report exactly one outcome."""
        monitor = Monitor(
            # a step is a core message: in the window's language before it leaves as a str
            on_step=lambda text, done, total: self.progress.emit(core_text(text), done, total),
            is_cancelled=self._cancel.is_set,
        )
        try:
            report = build_in_process(
                self._meeting, self._request, monitor, abandoned=self._abandon.is_set
            )
        except BuildCancelled:
            self.outcome.emit("cancelled", None)
        except BuildError as exc:
            self.outcome.emit("failed", "\n".join(core_text(p) for p in exc.problems))
        except BriefingError as exc:
            self.outcome.emit("failed", _one_line(core_text(exc.message)))
        except Exception as exc:  # the worker must report, never die silently
            problem = translate("BuildTask", "Unexpected error: {error}: {message}")
            self.outcome.emit(
                "failed", _one_line(problem.format(error=type(exc).__name__, message=exc))
            )
        else:
            self.outcome.emit("finished", report)


def _one_line(message: str) -> str:
    return " ".join(message.split()) or translate(
        "BuildTask", "the build failed for an unknown reason"
    )


def _no_result() -> str:
    """What a build that ended without reporting an outcome says."""
    return translate("BuildTask", "the build stopped without a result")


class BuildTask(QObject):
    """Runs :func:`briefing.build.build_packs` in a QThread and reports on the GUI thread."""

    progress = Signal(str, int, int)  # step text, steps done, steps in all
    finished = Signal(object)  # the BuildReport
    failed = Signal(str)  # one line per problem, joined with "\n"
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._abandon = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._outcome: tuple[str, object] = ("failed", _no_result())

    def is_running(self) -> bool:
        """Whether a build is under way (from start() until its outcome signal)."""
        return self._thread is not None

    def start(self, meeting: Meeting, request: BuildRequest) -> None:
        """Start building ``request`` for the snapshot ``meeting``; raises if one is running."""
        if self.is_running():
            raise BuildBusyError()
        self._cancel.clear()
        self._abandon.clear()
        self._outcome = ("failed", _no_result())
        thread = QThread(self)
        thread.setObjectName("BuildTask")
        worker = _Worker(meeting, request, self._cancel, self._abandon)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress, QUEUED)
        worker.outcome.connect(self._on_outcome, QUEUED)
        # Direct: QThread.quit is thread-safe, and must work while the GUI thread waits at quit.
        worker.outcome.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished, QUEUED)
        self._thread, self._worker = thread, worker
        thread.start()

    def cancel(self) -> None:
        """Ask the running build to stop at its next step; safe from any thread."""
        if self.is_running():
            self._cancel.set()

    def abandon(self) -> None:
        """Stop the running build now (the app is closing): its process is ended at once.

        What it left in the output folder is then settled as its next build would settle it:
        the previous packs or the new ones stay, complete (never a mix).
        """
        if self.is_running():
            self._cancel.set()
            self._abandon.set()

    def detach(self) -> tuple[QThread | None, QObject | None]:
        """Hand over the worker and its thread (still running) so they outlive this task."""
        thread, worker = self._thread, self._worker
        if thread is not None:
            thread.setParent(None)  # type: ignore[call-overload]
        return thread, worker

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker thread ends (for shutdown only); True if it ended."""
        return self._thread is None or self._thread.wait(msecs)

    @Slot(str, int, int)
    def _on_progress(self, text: str, done: int, total: int) -> None:
        if self.is_running():
            self.progress.emit(text, done, total)

    @Slot(str, object)
    def _on_outcome(self, kind: str, value: object) -> None:
        self._outcome = (kind, value)

    @Slot()
    def _on_thread_finished(self) -> None:
        # Report only once the thread has ended, so a new build may start from the slot.
        thread = self._thread
        if thread is None:
            return
        thread.wait()
        self._thread = self._worker = None  # the worker's thread has ended: Python frees it
        thread.deleteLater()
        self._emit_outcome(*self._outcome)

    def _emit_outcome(self, kind: str, value: object) -> None:
        if kind == "finished" and isinstance(value, BuildReport):
            self.finished.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(str(value))
