"""The pre-build checks, run on a thread of their own so a big meeting never freezes the window.

The first check of a Forum-scale meeting reads every note's file (0.6 s for 150 notes); later
ones reuse what they learnt per note and take milliseconds. Either way the window goes on: the
runner checks the newest meeting it was given (a meeting edited meanwhile replaces one not yet
started) and hands the findings back on the GUI thread with the meeting they are for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from briefing.checks import Finding
from briefing.model import Meeting

log = logging.getLogger(__name__)
_IDLE_CHECK_S = 2.0  # how often an idle thread looks whether its runner still exists

Check = Callable[[Meeting], Sequence[Finding]]


class _Relay(QObject):
    """What the thread emits through. The thread holds it, so it outlives every emit; the
    runner itself may be deleted on the GUI thread at any moment (emitting through a deleted
    object can crash the process, not only raise), and Qt then just drops the queued call."""

    finished = Signal(object, object)


class ChecksRunner(QObject):
    """Runs ``check`` on the newest meeting requested; ``done(meeting, findings)`` on the GUI thread."""

    done = Signal(object, object)

    def __init__(self, check: Check, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._wake = threading.Condition()
        self._pending: Meeting | None = None
        self._busy = False
        relay = _Relay()
        relay.finished.connect(self.done, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._run, args=(relay,), name="checks", daemon=True).start()

    def request(self, meeting: Meeting) -> None:
        """Check ``meeting`` soon; it replaces a meeting still waiting to be checked."""
        with self._wake:
            self._pending = meeting
            self._wake.notify_all()

    def is_idle(self) -> bool:
        """Whether nothing is being checked or waiting to be."""
        with self._wake:
            return self._pending is None and not self._busy

    def _run(self, relay: _Relay) -> None:
        while shiboken6.isValid(self):
            with self._wake:
                if not self._wake.wait_for(lambda: self._pending is not None, _IDLE_CHECK_S):
                    continue
                meeting, self._pending, self._busy = self._pending, None, True
            try:
                findings = self._findings(meeting)
                relay.finished.emit(meeting, findings)
            except RuntimeError:  # the runner was deleted meanwhile: nobody to tell
                return
            finally:
                with self._wake:
                    self._busy = False

    def _findings(self, meeting: Meeting | None) -> tuple[Finding, ...]:
        try:
            return tuple(self._check(meeting))  # type: ignore[arg-type]
        except Exception:  # the checks never raise; if they do, show no findings, not a crash
            log.exception("The checks failed")
            return ()
