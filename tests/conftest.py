"""Fixtures every test folder uses."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Make named pipes that nobody writes to. Reading one blocks for ever; so that a
    regression fails instead of hanging the suite, each pipe is fed a line if a reader is still
    waiting on it long after the test should have finished with it."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    finished = threading.Event()
    feeders: list[threading.Thread] = []

    def feed(path: Path) -> None:
        if finished.wait(30):
            return
        try:  # opens only if a reader has the pipe open, i.e. is blocked on it
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return
        os.write(fd, b"FIFO DATA\n")
        os.close(fd)

    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        feeder = threading.Thread(target=feed, args=(path,), daemon=True)
        feeder.start()
        feeders.append(feeder)
        return path

    yield make
    finished.set()
    for feeder in feeders:
        feeder.join()
