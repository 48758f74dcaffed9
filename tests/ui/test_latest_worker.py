"""The one background worker under the autosave and the checks: newest value wins, a failing
piece of work never stops it, and its thread ends once the worker is gone."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from ui import latest_worker
from ui.latest_worker import LatestWorker

pytestmark = pytest.mark.gui


def test_a_newer_request_replaces_one_still_waiting(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def work(value: str) -> None:
        if value == "first":
            started.set()
            release.wait(10)
        done.append(value)

    worker = LatestWorker(work, "test")
    worker.request("first")
    assert started.wait(10)
    worker.request("second")  # waits while the first is worked on…
    worker.request("third")  # …and is replaced by this one
    assert not worker.is_idle()
    release.set()
    assert worker.flush(10)
    assert done == ["first", "third"] and worker.is_idle()


def test_work_that_fails_is_logged_and_the_next_value_still_runs(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    done: list[int] = []

    def work(value: int) -> None:
        if value == 1:
            raise ValueError("broken")
        done.append(value)

    worker = LatestWorker(work, "test")
    worker.request(1)
    assert worker.flush(10)
    worker.request(2)
    assert worker.flush(10)
    assert done == [2]
    assert "Background work on test failed" in caplog.text


def test_its_thread_ends_after_the_worker_is_deleted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(latest_worker, "IDLE_CHECK_S", 0.05)
    worker = LatestWorker(lambda value: None, "short-lived")
    (thread,) = [t for t in threading.enumerate() if t.name == "short-lived"]
    shiboken6.delete(worker)
    deadline = time.monotonic() + 10
    while thread.is_alive() and time.monotonic() < deadline:
        thread.join(0.1)
    assert not thread.is_alive()
