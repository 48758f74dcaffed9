"""The pre-build checks, run on a thread of their own so a big meeting never freezes the window.

The first check of a Forum-scale meeting reads every note's file (0.6 s for 150 notes); later
ones reuse what they learnt per note and take milliseconds. Either way the window goes on: the
runner checks the newest meeting it was given (a meeting edited meanwhile replaces one not yet
started) and hands the findings back on the GUI thread with the meeting they are for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from briefing.checks import Finding
from briefing.model import Meeting
from ui.latest_worker import LatestWorker

log = logging.getLogger(__name__)

Check = Callable[[Meeting], Sequence[Finding]]


class _Relay(QObject):
    """What the thread emits through (see :mod:`ui.latest_worker` for why not the runner)."""

    finished = Signal(object, object)


class ChecksRunner(LatestWorker):
    """Runs ``check`` on the newest meeting requested; ``done(meeting, findings)`` on the GUI thread."""

    done = Signal(object, object)

    def __init__(self, check: Check, parent: QObject | None = None) -> None:
        relay = _Relay()

        def work(meeting: Meeting) -> None:
            relay.finished.emit(meeting, _findings(check, meeting))

        super().__init__(work, "checks", parent)
        relay.finished.connect(self.done, Qt.ConnectionType.QueuedConnection)
        self._relay = relay


def _findings(check: Check, meeting: Meeting) -> tuple[Finding, ...]:
    try:
        return tuple(check(meeting))
    except Exception:  # the checks never raise; if they do, show no findings, not a crash
        log.exception("The checks failed")
        return ()
