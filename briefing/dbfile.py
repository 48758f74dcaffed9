"""Opening and writing a meeting file safely, whatever else lies in its folder.

Until a save is committed, SQLite keeps the state before it in a rollback journal beside the
file (``NAME-journal``). After a crash or ``kill -9`` mid-save, the next connection that finds
this "hot" journal copies it back into the file. SQLite cannot tell whether a journal belongs to
the file beside it: a journal copied from elsewhere would be rolled into a healthy file and
destroy it, and a write-ahead log (``NAME-wal``), which meeting files never use, is read even by
a read-only connection. So:

- A save in place first writes a marker beside the file (``.NAME.saving``) holding a digest of
  the file's content and its size, and removes it when the save is over. A hot journal is the
  file's own only if it starts from that size and rolling it back into the file gives back
  that very content (its device and inode are no proof: a USB stick pulled out and mounted
  again, btrfs or a network share may give the same file other numbers).
- A reader never writes the file: after a crash it reads a rolled-back copy in a temporary
  folder; past a journal or log that is not the file's own, it reads the file as it is
  (``immutable=1``), with a warning.
- The next save rolls the file's own journal back in place, and moves a stray journal or log
  aside (renamed, never deleted), with a warning.

Every connection is opened defensively: ``trusted_schema`` off, page sizes checked, no attached
databases, and an authorizer that refuses anything a trigger or a view would do (the store also
refuses files whose schema is not the app's own; this is the second line).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import struct
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from briefing.errors import DamagedMeetingFile, MeetingFileError, RefusedFileError, os_problem
from briefing.messages import M_
from briefing.safe_read import binary, read_file_head

log = logging.getLogger(__name__)

JOURNAL = "-journal"
WAL = "-wal"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_MARKER_LIMIT = 4096
_READONLY_ROLLBACK = 776  # SQLITE_READONLY_ROLLBACK: a read-only connection met a hot journal
_READS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_PRAGMA}
_READS |= {sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_FUNCTION}
_WRITES = _READS | {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
# Python 3.12+ can set these per connection; the authorizer does their work on 3.11.
_DBCONFIG = (
    ("SQLITE_DBCONFIG_DEFENSIVE", True),
    ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
    ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
    ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
)


def read_regular(file: Path, limit: int) -> bytes | None:
    """The first ``limit`` bytes of a regular file; None for anything else (missing, a folder,
    a pipe or a device, which could block a reader for ever)."""
    try:
        return read_file_head(file, limit)
    except (OSError, RefusedFileError):
        return None


def real_path(path: Path) -> Path:
    """The file a path names, through symbolic links: a save writes there, not over the link."""
    return Path(os.path.realpath(path))


def beside(real: Path, suffix: str) -> Path:
    """SQLite's name for a file that goes with ``real`` (its journal, its log)."""
    return real.with_name(real.name + suffix)


def marker_of(real: Path) -> Path:
    """The marker a save in place leaves beside the file while it runs."""
    return real.with_name(f".{real.name}.saving")


# --------------------------------------------------------------------------- connections


def connect(target: Path, mode: str, *, writes: bool = False) -> sqlite3.Connection:
    """Open ``target`` defensively; ``mode`` is ``ro``, ``rw`` or ``immutable``."""
    query = "mode=ro&immutable=1" if mode == "immutable" else f"mode={mode}"
    conn = sqlite3.connect(f"{target.as_uri()}?{query}", uri=True, isolation_level=None)
    try:
        _harden(conn, writes=writes)
    except BaseException:
        conn.close()
        raise
    return conn


def _harden(conn: sqlite3.Connection, *, writes: bool) -> None:
    setconfig = getattr(conn, "setconfig", None)
    if setconfig is not None:
        for name, value in _DBCONFIG:
            if hasattr(sqlite3, name):
                setconfig(getattr(sqlite3, name), value)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    allowed = _WRITES if writes else _READS
    conn.set_authorizer(lambda action, _a, _b, _db, source: _authorize(allowed, action, source))


def _authorize(allowed: set[int], action: int, source: str | None) -> int:
    """Allow only what the app's own statements do; never what a trigger or view would do."""
    if source is not None or action not in allowed:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


# --------------------------------------------------------------------------- reading


@contextlib.contextmanager
def readable(path: Path, *, warn: bool = True) -> Iterator[tuple[Path, str]]:
    """Yield the file holding the last saved state of ``path`` and the mode to open it in.

    That is the file itself, read-only; or, after a crash mid-save, a copy rolled back in a
    temporary folder; or, past a journal or log that is not the file's own, the file itself,
    read as it is, with a warning unless ``warn`` is off (a save, which sets it aside, says
    so itself). Nothing is ever written beside ``path`` or into it.
    """
    real = real_path(path)
    if read_regular(real, 0) is None:
        yield real, "ro"  # nothing SQLite may open: the store's checks say what it is
        return
    journal = beside(real, JOURNAL)
    stray_wal = os.path.lexists(beside(real, WAL))
    if _is_applied(real, journal, probe=not stray_wal):
        if _is_own_journal(real, journal):
            with _rolled_back_copy(path, real, journal) as copy:
                yield copy, "ro"
            return
        if warn:
            _warn_ignored(path, journal)
        yield real, "immutable"
        return
    if stray_wal:
        if warn:
            _warn_ignored(path, beside(real, WAL))
        yield real, "immutable"
        return
    yield real, "ro"


def _has_journal(journal: Path) -> bool:
    """True when a journal SQLite would look at is there (a zeroed header is ignored), or
    something that is not a file at all has its name (SQLite would block opening a pipe)."""
    if not os.path.lexists(journal):
        return False
    first = read_regular(journal, 1)
    return first is None or first not in (b"", b"\x00")


def _is_applied(real: Path, journal: Path, *, probe: bool = True) -> bool:
    """True when SQLite would roll ``journal`` into the file (or block on it): a hot journal,
    or something by its name that is not a file. Without ``probe``, any journal counts."""
    if not _has_journal(journal):
        return False
    if read_regular(journal, 1) is None or not probe:
        return True
    return _is_hot(real)


def _is_hot(real: Path) -> bool:
    """True when SQLite would roll the journal back (no live save holds the file)."""
    try:
        with contextlib.closing(connect(real, "ro")) as conn:
            conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) == _READONLY_ROLLBACK
    return False


def _is_own_journal(real: Path, journal: Path) -> bool:
    """True when the marker of an unfinished save belongs to this file and this journal.

    The marker holds a digest of the file as it was before the save; the journal is the file's
    own when rolling it back into the file gives that very content. This binds the journal to
    the file's content, not to its place: a USB stick remounted after being pulled out, btrfs
    or a network share may give the same file another device or inode number.
    """
    text, header = read_regular(marker_of(real), _MARKER_LIMIT), read_regular(journal, 28)
    if text is None or header is None:
        return False
    try:
        marker = json.loads(text)
    except ValueError:
        return False
    if len(header) < 28 or not header.startswith(_JOURNAL_MAGIC) or not isinstance(marker, dict):
        return False
    pages, page_size = struct.unpack(">I4xI", header[16:28])
    if marker.get("pages") != pages or marker.get("page_size") != page_size:
        return False
    digest = marker.get("digest")
    if not isinstance(digest, str):
        return _is_same_place(real, marker)  # a marker written by an earlier version
    try:
        return _rolled_back_digest(real, journal, pages, page_size) == digest
    except (OSError, ValueError):
        return False


def _is_same_place(real: Path, marker: dict[str, object]) -> bool:
    try:
        status = real.stat()
    except OSError:
        return False
    return marker.get("device") == status.st_dev and marker.get("inode") == status.st_ino


def _digest(chunks: Iterator[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def _file_pages(handle: BinaryIO, pages: int, page_size: int) -> Iterator[bytes]:
    handle.seek(0)
    for _number in range(pages):
        yield handle.read(page_size)


def _rolled_back_digest(real: Path, journal: Path, pages: int, page_size: int) -> str:
    """The digest of what ``real`` would hold once ``journal`` is rolled back into it."""
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise ValueError("not a page size")
    with open(journal, "rb") as jhandle, open(real, "rb") as fhandle:
        saved = _journal_pages(jhandle, page_size)

        def rolled_back() -> Iterator[bytes]:
            fhandle.seek(0)
            for number in range(1, pages + 1):
                data = fhandle.read(page_size)
                if number in saved:
                    jhandle.seek(saved[number])
                    data = jhandle.read(page_size)
                yield data

        return _digest(rolled_back())


def _journal_pages(handle: BinaryIO, page_size: int) -> dict[int, int]:
    """Where the journal keeps each page's content from before the save: page number -> offset.

    The journal is read as SQLite reads it when rolling back: headers (one per sector-aligned
    segment), then records of page number, page and checksum; a record whose checksum is wrong
    ends its segment (it was never synced, so the page in the file was never overwritten).
    """
    size = os.fstat(handle.fileno()).st_size
    saved: dict[int, int] = {}
    offset = 0
    record = page_size + 8
    while offset + 28 <= size:
        handle.seek(offset)
        header = handle.read(28)
        if not header.startswith(_JOURNAL_MAGIC):
            break
        count, nonce, _pages, sector, _size = struct.unpack(">IIIII", header[8:28])
        if sector < 512 or sector > 65536 or sector & (sector - 1):
            break
        start = offset + sector
        if count in (0, 0xFFFFFFFF):
            count = max(0, (size - start) // record)
        position = start
        for _index in range(count):
            if position + record > size:
                break
            handle.seek(position)
            number = struct.unpack(">I", handle.read(4))[0]
            data = handle.read(page_size)
            checksum = struct.unpack(">I", handle.read(4))[0]
            if number == 0 or checksum != _checksum(nonce, data):
                break
            saved.setdefault(number, position + 4)
            position += record
        following = start + count * record
        offset = -(-following // sector) * sector
    return saved


def _checksum(nonce: int, data: bytes) -> int:
    """SQLite's checksum of a journal record: the nonce plus every 200th byte from the end."""
    total = nonce
    index = len(data) - 200
    while index > 0:
        total += data[index]
        index -= 200
    return total & 0xFFFFFFFF


@contextlib.contextmanager
def _rolled_back_copy(path: Path, real: Path, journal: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="briefing-read-") as folder:
        copy = Path(folder) / real.name
        try:
            shutil.copyfile(real, copy)
            shutil.copyfile(journal, beside(copy, JOURNAL))
            with contextlib.closing(connect(copy, "rw")) as conn:
                conn.execute("PRAGMA user_version").fetchone()  # SQLite rolls the copy back
        except OSError as exc:
            problem = M_(
                "an interrupted save cannot be undone to read it: {reason}", reason=os_problem(exc)
            )
            raise MeetingFileError(path, problem) from None
        except sqlite3.Error as exc:
            problem = M_("an interrupted save cannot be undone ({reason})", reason=str(exc))
            raise DamagedMeetingFile(path, problem) from None
        yield copy


def _warn_ignored(path: Path, stray: Path) -> None:
    log.warning(
        "%s: %s beside it does not belong to it and was ignored; it will be set aside at the "
        "next save",
        path.name,
        stray.name,
    )


# --------------------------------------------------------------------------- writing


def recover(path: Path, real: Path) -> None:
    """Before a save: roll back the file's own journal, left by a save that was killed.

    Only a writer holding the meeting's lock calls this, so no save of its own is running.
    """
    journal = beside(real, JOURNAL)
    if not _has_journal(journal):
        marker_of(real).unlink(missing_ok=True)  # a save killed just after it committed
        return
    if not (_is_applied(real, journal) and _is_own_journal(real, journal)):
        return
    try:
        with contextlib.closing(connect(real, "rw")) as conn:
            conn.execute("PRAGMA user_version").fetchone()  # SQLite rolls the file back
    except sqlite3.Error as exc:
        problem = M_("an interrupted save could not be undone ({reason})", reason=str(exc))
        raise DamagedMeetingFile(path, problem) from None
    marker_of(real).unlink(missing_ok=True)


def set_aside_strays(path: Path, real: Path) -> None:
    """Before writing: rename a hot journal or a log that is not the file's own, with a warning.

    :func:`recover` has already rolled back the file's own journal, so a hot journal still
    there came from elsewhere; a write-ahead log is never a meeting file's own.
    """
    journal = beside(real, JOURNAL)
    if _is_applied(real, journal):
        _set_aside(path, journal)
    wal = beside(real, WAL)
    if os.path.lexists(wal):
        _set_aside(path, wal)


def _set_aside(path: Path, stray: Path) -> None:
    aside = stray.with_name(f"{stray.name}.not-its-own-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.rename(stray, aside)
    except OSError as exc:
        problem = M_(
            "{file} beside it does not belong to it and cannot be moved aside ({reason}); move it "
            "away, then try again",
            file=stray.name,
            reason=os_problem(exc),
        )
        raise MeetingFileError(path, problem) from None
    log.warning(
        "%s: %s beside it did not belong to it; it was renamed %s",
        path.name,
        stray.name,
        aside.name,
    )


@contextlib.contextmanager
def marked_save(real: Path) -> Iterator[None]:
    """Mark a save in place as running, so that its journal is known as the file's own after a
    crash; the mark is durable before the save starts, and goes once no journal is left."""
    status = real.stat()
    with real.open("rb") as handle:
        header = handle.read(100)
        page_size = struct.unpack(">H", header[16:18])[0] if len(header) >= 18 else 0
        page_size = 65536 if page_size == 1 else page_size
        pages = status.st_size // page_size if page_size else 0
        digest = _digest(_file_pages(handle, pages, page_size)) if page_size else ""
    marker = {
        "digest": digest,  # the file's content before the save: what a rollback gives back
        "pages": pages,
        "page_size": page_size,
        "device": status.st_dev,  # where the file was: for a marker of an earlier version
        "inode": status.st_ino,
        "save": uuid.uuid4().hex,  # tells one save's marker from the next one's
    }
    _write_durably(marker_of(real), json.dumps(marker).encode("utf-8"))
    try:
        yield
    finally:
        if not _has_journal(beside(real, JOURNAL)):
            marker_of(real).unlink(missing_ok=True)


def _write_durably(file: Path, data: bytes) -> None:
    file.unlink(missing_ok=True)  # made anew: never written through a link someone put there
    fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY | binary(), 0o666)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_folder(file.parent)


def _fsync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | binary())
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
