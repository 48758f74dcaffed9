"""One background thread that works on the newest value it is given: what the autosave and the
checks both need.

A request never blocks the window. A value requested while the thread is busy waits, and a newer
request replaces it (saving or checking an older meeting than the newest is wasted work). The
work reports through an object it holds (a relay QObject whose signals are queued to the GUI
thread), never through the worker: the worker may be deleted on the GUI thread at any moment,
emitting through a deleted object can crash the process, and Qt drops a queued call whose
receiver is gone. The thread ends soon after its worker is deleted.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

log = logging.getLogger(__name__)
IDLE_CHECK_S = 2.0  # how often an idle thread looks whether its worker still exists


class LatestWorker(QObject):
    """Runs ``work(value)`` on a thread of its own for the newest value requested."""

    def __init__(
        self, work: Callable[[Any], None], name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._wake = threading.Condition()
        self._pending: list[Any] = []  # at most one: the newest value not yet started
        self._busy = False
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def request(self, value: Any) -> None:
        """Work on ``value`` soon; it replaces a value still waiting."""
        with self._wake:
            self._pending[:] = [value]
            self._wake.notify_all()

    def is_idle(self) -> bool:
        """Whether nothing is being worked on or waiting to be."""
        with self._wake:
            return not self._pending and not self._busy

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every value requested has been worked on; False if it took too long."""
        with self._wake:
            return self._wake.wait_for(lambda: not self._pending and not self._busy, timeout)

    def _run(self) -> None:
        while shiboken6.isValid(self):
            with self._wake:
                if not self._wake.wait_for(lambda: bool(self._pending), IDLE_CHECK_S):
                    continue
                value, self._busy = self._pending.pop(), True
            try:
                self._work(value)
            except RuntimeError:  # the relay's receiver was deleted meanwhile: nobody to tell
                return
            except Exception:  # the work must report its own failures; never kill the thread
                log.exception("Background work on %s failed", threading.current_thread().name)
            finally:
                with self._wake:
                    self._busy = False
                    self._wake.notify_all()
