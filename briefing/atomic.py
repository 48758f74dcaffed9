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


def new_file_mode() -> int:
    """The permissions a new file gets: read-write for all, less the umask."""
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    mask = _umask_from_status()
    return _UMASK_AT_IMPORT if mask is None else mask


def _umask_from_status() -> int | None:
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return None


def _umask_by_setting() -> int:
    # os.umask can only be read by setting it, for the whole process: done once, at import,
    # so that no other thread of ours is writing a file meanwhile.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK_AT_IMPORT = _umask_from_status()
if _UMASK_AT_IMPORT is None:  # not Linux
    _UMASK_AT_IMPORT = _umask_by_setting()


def _mode_for(path: Path) -> int:
    """Keep the mode of the file being replaced; else the mode of a new file."""
    try:
        existing = path.stat()
    except OSError:
        return new_file_mode()
    return stat.S_IMODE(existing.st_mode) if stat.S_ISREG(existing.st_mode) else new_file_mode()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
