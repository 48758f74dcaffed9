"""Fixtures every test folder uses."""

from __future__ import annotations

import os
import subprocess
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
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


def libreoffice_pdfs(
    docx_paths: Sequence[Path], out: Path, env: Mapping[str, str] | None = None
) -> dict[Path, Path]:
    """Each DOCX converted to PDF by LibreOffice (in a profile of its own under ``out``, so
    runs never share one), by its path. A PDF may be missing: LibreOffice exits 0 even when it
    could not open a file, so callers check."""
    profile = (out / f"lo-{uuid.uuid4().hex}").as_uri()
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docx_paths),
        ],
        capture_output=True,
        timeout=600,
        check=False,
        env=None if env is None else {**os.environ, **env},
    )
    return {path: out / f"{path.stem}.pdf" for path in docx_paths}
