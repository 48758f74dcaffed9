"""The one way the core reads a file a user (or a meeting JSON) names.

Only regular files are read, and never more than a limit. A FIFO, a device (``/dev/zero``), a
socket is refused before a byte is read, so it can neither block the program for ever nor fill
its memory: the file is opened without blocking (a FIFO with no writer opens at once), its type
is checked on the open descriptor (so nothing can be swapped in between a check and the open),
and only then read. A file that grows past its limit while being read (``/proc`` files say
they are empty) is refused as soon as it does.

What the system refuses (no such file, no permission, a folder) is raised as the ``OSError``
that ``open()`` would raise; what this module refuses is a :class:`RefusedFileError`.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from briefing.errors import RefusedFileError
from briefing.messages import M_, Message, Mn_, grouped

__all__ = ["open_regular_file", "read_file_head", "read_regular_file", "too_large"]

_CHUNK = 1024 * 1024
# Not blocking on open is what keeps a FIFO from hanging us; it changes nothing for a regular
# file. Windows has no FIFOs to open by path and no O_NONBLOCK.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)  # a terminal named as a file must not become ours
    | getattr(os, "O_CLOEXEC", 0)
)


def binary() -> int:
    """The flag that keeps Windows from translating line ends in a file opened with ``os.open``
    (0 elsewhere); every ``os.open`` of a file the app reads or writes adds it."""
    return getattr(os, "O_BINARY", 0)


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, M_("a FIFO")),
    (stat.S_ISCHR, M_("a device")),
    (stat.S_ISBLK, M_("a device")),
    (stat.S_ISSOCK, M_("a socket")),
)


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """All bytes of a regular file of at most ``limit`` bytes; refuse anything else."""
    with _regular_fd(path, limit) as fd:
        parts: list[bytes] = []
        size = 0
        while True:
            part = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not part:
                return b"".join(parts)
            parts.append(part)
            size += len(part)
            if size > limit:
                raise RefusedFileError(path, too_large(limit), limit)


def read_file_head(path: Path | str, count: int) -> bytes:
    """The first ``count`` bytes (or fewer) of a regular file of any size."""
    with _regular_fd(path, None) as fd:
        parts: list[bytes] = []
        size = 0
        while size < count:
            part = os.read(fd, count - size)
            if not part:
                break
            parts.append(part)
            size += len(part)
        return b"".join(parts)


@contextlib.contextmanager
def open_regular_file(path: Path | str, limit: int) -> Iterator[BinaryIO]:
    """A buffered binary stream over a regular file; reading past ``limit`` bytes refuses it."""
    with _regular_fd(path, limit) as fd:
        raw = _BoundedReader(fd, Path(path), limit)
        with io.BufferedReader(raw, buffer_size=64 * 1024) as stream:
            yield stream  # type: ignore[misc]


def too_large(limit: int) -> Message:
    """The problem of a file over ``limit`` bytes: ``is larger than 200 MB``."""
    megabytes, kilobytes = 1024 * 1024, 1024
    if limit >= megabytes and limit % megabytes == 0:
        return M_("is larger than {size} MB", size=grouped(limit // megabytes))
    if limit >= kilobytes and limit % kilobytes == 0:
        return M_("is larger than {size} KB", size=grouped(limit // kilobytes))
    count = grouped(limit)  # each language groups thousands its own way: 1,500 / 1 500
    return Mn_("is larger than {count} byte", "is larger than {count} bytes", limit, count=count)


@contextlib.contextmanager
def _regular_fd(path: Path | str, limit: int | None) -> Iterator[int]:
    """An open descriptor on ``path``, checked to be a regular file within ``limit``."""
    fd = os.open(path, _OPEN_FLAGS | binary())
    try:
        info = os.fstat(fd)
        _check_regular(path, info.st_mode)
        if limit is not None and info.st_size > limit:
            raise RefusedFileError(path, too_large(limit), limit)
        yield fd
    finally:
        os.close(fd)


def _check_regular(path: Path | str, mode: int) -> None:
    """Raise unless ``mode`` is a regular file's: a folder as ``open()`` would, else refused."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), M_("a special file"))
    raise RefusedFileError(path, M_("is not a regular file ({kind})", kind=kind))


class _BoundedReader(io.RawIOBase):
    """Reads a descriptor it does not own, refusing the file once it passes ``limit`` bytes."""

    def __init__(self, fd: int, path: Path, limit: int) -> None:
        super().__init__()
        self._fd = fd
        self._path = path
        self._limit = limit
        self._size = 0

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the file, counting what was read against the limit."""
        data = os.read(self._fd, min(len(buffer), _CHUNK))
        self._size += len(data)
        if self._size > self._limit:
            raise RefusedFileError(self._path, too_large(self._limit), self._limit)
        buffer[: len(data)] = data
        return len(data)
