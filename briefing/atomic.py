"""Atomic file writes: a reader never sees a half-written file under the final name.

Files get the permissions the user's other files get: a new file follows the umask (as an
editor's would, e.g. 0644 under the usual 022), a replaced file keeps its own mode. The
temporary file ``tempfile.mkstemp`` makes is private (0600), so its mode is set before anything
is written into it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

_STATUS = Path("/proc/self/status")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the same folder as ``path``; on success rename it over
    ``path``, on any error (or cancel) remove it and leave ``path`` as it was."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, _mode_for(path))
        yield tmp
        _fsync(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def new_file_mode(folder: Path) -> int:
    """The permissions a new file in ``folder`` gets from the user's umask (``tempfile`` makes
    0600 ones).

    The umask is read from ``/proc`` where there is one, never set and reset (that would race
    with other threads making files); elsewhere from a file made in ``folder`` for the purpose.
    """
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    probe = folder / f".{uuid.uuid4().hex}.mode"
    fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
    try:
        return os.fstat(fd).st_mode & 0o777
    finally:
        os.close(fd)
        probe.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    """Keep the mode of the file being replaced; else the mode of a new file."""
    try:
        existing = path.stat()
    except OSError:
        return new_file_mode(path.parent)
    if stat.S_ISREG(existing.st_mode):
        return stat.S_IMODE(existing.st_mode)
    return new_file_mode(path.parent)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
