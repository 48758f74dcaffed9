"""The lock every writer of a meeting file takes: the app's windows and the ``briefing`` commands.

A lock is a small file beside the meeting (``.NAME.meeting.lock``), created atomically
(``O_CREAT | O_EXCL``), that says who holds it: process id, program, host name, and when the
process started. Its first three lines are laid out as Qt's ``QLockFile`` lays them out (the
app's earlier versions used that), so a lock left by either is understood.

- A lock whose process no longer runs on this host (a crash, ``kill -9``, a reboot, or its
  process id now used by another process: one that started later than the lock file's time,
  for a lock left by Qt) is taken over, and so is one naming no process (an id of 0 or less).
  Removers take turns (a guard file), so a lock taken meanwhile by someone else is never removed.
- A folder, a link, a pipe or a device by the lock's name is refused with a message naming it,
  and left as it is.
- A lock of a running process is refused with :class:`~briefing.errors.MeetingInUse`, naming
  the holder. A command may wait a few seconds for another command to finish; nobody waits for
  the app, which keeps a meeting locked as long as it is open.
- A lock held by another host (a shared folder) is respected: nobody here can tell whether that
  process still runs.

Why not an OS lock (``flock``): it is not honoured on every network share, and it cannot say who
holds the file, which the message to the user needs.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil

from briefing.dbfile import read_regular
from briefing.errors import MeetingFileError, MeetingInUse
from briefing.messages import M_
from briefing.safe_read import binary

APP = "app"  # the program name the desktop app's windows lock with
COMMAND_WAIT_S = 5.0  # how long a command waits for another command to finish before refusing
_POLL_S = 0.1
_START_TOLERANCE_S = 2.0  # a process's start time, as the OS reports it, may drift by a second
_GUARD_STALE_S = 5.0  # a takeover takes milliseconds
_UNREADABLE_GRACE_S = 2.0  # an unreadable lock file is left alone this long (being written)
_STARTED = "started="
_LOCK_LIMIT = 4096  # a lock file is a few lines


@dataclass(frozen=True)
class Holder:
    """Who holds a lock, as its lock file says."""

    pid: int
    program: str
    host: str
    started: float | None = None  # the process's start time; None in a lock left by Qt

    @property
    def is_app(self) -> bool:
        """True for a window of the app (also for a lock written by the app's earlier versions)."""
        return self.program == APP or self.started is None

    def describe(self) -> str:
        """Who this is, for a message: 'another window of the app (process 12 on host)'…"""
        where = M_("process {pid} on {host}", pid=self.pid, host=self.host)
        if self.is_app:
            return M_("another window of the app ({where})", where=where)
        if self.program.startswith("briefing "):
            return M_("the command `{program}` ({where})", program=self.program, where=where)
        return M_("the program `{program}` ({where})", program=self.program, where=where)

    def is_running(self, written: float | None = None) -> bool:
        """True unless this holder's process has certainly ended (on this host).

        ``written`` is when the lock file was last written: a process started after it (its
        number used again, after a reboot say) cannot be the one that wrote it. It matters for
        a lock left by Qt, which does not say when its process started.
        """
        if self.pid <= 0:
            return False  # no process has such a number: a damaged lock file
        if self.host != socket.gethostname():
            return True  # another machine's process: it cannot be checked from here
        try:
            process = psutil.Process(self.pid)
            if process.status() == psutil.STATUS_ZOMBIE:
                return False
            started = process.create_time()
        except (psutil.NoSuchProcess, ValueError, OverflowError):
            return False
        except psutil.AccessDenied:
            return True  # another user's process: it runs
        if self.started is None:
            return written is None or started <= written + _START_TOLERANCE_S
        # The same number, but a process started at another time: the number was reused.
        return abs(started - self.started) <= _START_TOLERANCE_S

    def is_this_process(self) -> bool:
        """True when the lock was taken by the process asking."""
        return self.host == socket.gethostname() and self.pid == os.getpid()


def lock_file_of(meeting: Path | str) -> Path:
    """The lock file of a meeting file: beside the file a symbolic link points to, if it is one."""
    real = Path(os.path.realpath(meeting))
    return real.with_name(f".{real.name}.lock")


def default_program() -> str:
    """How a process that took no lock of its own is named in one: by its command's name."""
    return Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"


def this_process(program: str) -> Holder:
    """The holder this process writes into a lock it takes."""
    return Holder(os.getpid(), program, socket.gethostname(), psutil.Process().create_time())


class MeetingFileLock:
    """A lock this process holds on a meeting file; :meth:`release` it when done."""

    def __init__(self, meeting: Path, file: Path, holder: Holder, inode: int) -> None:
        self.meeting = meeting
        self.file = file
        self.holder = holder
        self._inode = inode
        self._held = True

    @classmethod
    def take(
        cls, meeting: Path | str, program: str, *, wait: float = 0.0
    ) -> MeetingFileLock | None:
        """Lock ``meeting`` for ``program``; None when no lock file can be made in its folder.

        Raises :class:`MeetingInUse` when a running process holds it. With ``wait``, a lock
        held by a command (not the app) is waited for that many seconds first.
        """
        meeting = Path(meeting)
        file = lock_file_of(meeting)
        deadline = time.monotonic() + wait
        mine = this_process(program)
        while True:
            try:
                return cls(meeting, file, mine, _create(file, mine))
            except FileExistsError:
                pass
            except OSError:
                return None  # a read-only folder, say: the save itself will say what is wrong
            holder = read_holder(file)
            if holder is None:
                _refuse_if_not_a_file(meeting, file)
            if _is_stale(file, holder):
                _remove_stale(file, holder)
                continue
            if holder is None:  # a lock file still being written: wait a moment, whoever it is
                if time.monotonic() >= deadline + _UNREADABLE_GRACE_S:
                    raise MeetingInUse(meeting, M_("another program"))
            elif holder.is_app or time.monotonic() >= deadline:
                raise _in_use(meeting, holder)
            time.sleep(_POLL_S)

    def release(self) -> None:
        """Let others write the meeting (removes the lock file, if it is still this one)."""
        if not self._held:
            return
        self._held = False
        with contextlib.suppress(OSError):
            # An inode number may be used again at once: the holder tells this lock apart too.
            if os.stat(self.file).st_ino == self._inode and read_holder(self.file) == self.holder:
                os.unlink(self.file)

    def __enter__(self) -> MeetingFileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def locked(meeting: Path | str, program: str, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock of ``meeting`` for a whole read-modify-write (see :meth:`MeetingFileLock.take`)."""
    lock = MeetingFileLock.take(meeting, program, wait=wait)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


@contextlib.contextmanager
def held_for_save(meeting: Path | str, program: str) -> Iterator[None]:
    """Make sure no other process holds ``meeting`` while this process saves it.

    A lock this process already holds (a window of the app, a command) is used as it is;
    otherwise the lock is taken for the save alone.
    """
    holder = read_holder(lock_file_of(meeting))
    if holder is not None and holder.is_this_process():
        yield
        return
    with locked(meeting, program):
        yield


def read_holder(file: Path) -> Holder | None:
    """Who holds a lock file, or None when it is gone or cannot be read."""
    data = read_regular(file, _LOCK_LIMIT)
    if data is None:
        return None
    lines = data.decode("utf-8", errors="replace").split("\n")
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    program = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return Holder(pid, program, host, _started(lines[3:]))


def _started(lines: list[str]) -> float | None:
    for line in lines:
        if line.startswith(_STARTED):
            with contextlib.suppress(ValueError):
                return float(line.removeprefix(_STARTED))
    return None


def _create(file: Path, holder: Holder) -> int:
    """Create the lock file, whole, or raise FileExistsError; return its inode.

    The text is written to a name of its own and then linked to the lock's name, so nobody
    ever reads a lock file that is still empty. Where a file system has no links (FAT on a USB
    stick), the lock file is created with ``O_EXCL`` and written at once.
    """
    text = f"{holder.pid}\n{holder.program}\n{holder.host}\n{_STARTED}{holder.started!r}\n"
    draft = file.with_name(f"{file.name}.{uuid.uuid4().hex}")
    _write_new(draft, text.encode("utf-8"))
    try:
        os.link(draft, file)
    except FileExistsError:
        raise
    except OSError:  # no hard links here
        return _write_new(file, text.encode("utf-8"))
    finally:
        draft.unlink(missing_ok=True)
    return os.stat(file).st_ino


def _write_new(file: Path, data: bytes) -> int:
    fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY | binary(), 0o666)
    try:
        os.write(fd, data)
        return os.fstat(fd).st_ino
    finally:
        os.close(fd)


def _is_stale(file: Path, holder: Holder | None) -> bool:
    if holder is None:
        return not _is_being_written(file)
    try:
        written: float | None = file.stat().st_mtime
    except OSError:
        written = None
    return not holder.is_running(written)


def _refuse_if_not_a_file(meeting: Path, file: Path) -> None:
    """Refuse a folder, a link, a pipe or a device by the lock file's name: it is no lock, and
    nothing the app did not make is ever moved or removed."""
    try:
        mode = os.lstat(file).st_mode
    except OSError:
        return  # gone meanwhile: the next try creates the lock
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        kind = M_("a folder")
    else:
        kind = M_("a link") if stat.S_ISLNK(mode) else M_("not a file")
    problem = M_(
        "its lock file {file} is {kind}, so nobody can tell whether the meeting is in use; "
        "remove it, then try again",
        file=file.name,
        kind=kind,
    )
    raise MeetingFileError(meeting, problem)


def _is_being_written(file: Path) -> bool:
    """An unreadable lock file younger than this may be one a program is still writing."""
    try:
        return abs(time.time() - file.stat().st_mtime) < _UNREADABLE_GRACE_S
    except OSError:
        return False


def _remove_stale(file: Path, holder: Holder | None) -> None:
    """Remove a lock whose holder has ended, and never a fresh one taken meanwhile.

    Removers take turns through a guard file beside the lock (made with ``O_EXCL``). Under it
    the lock is read again and deleted only if it is still the stale one: nobody but a remover
    can replace a lock file, and only one remover works at a time. Making a lock needs no guard.
    """
    guard = file.with_name(f"{file.name}.takeover")
    try:
        os.close(os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY | binary(), 0o666))
    except FileExistsError:
        if _age(guard) > _GUARD_STALE_S:  # a remover died in its few milliseconds
            guard.unlink(missing_ok=True)
        time.sleep(_POLL_S)  # another process is taking it over: look again after it
        return
    except OSError:
        return
    try:
        if read_holder(file) == holder:
            file.unlink(missing_ok=True)
    finally:
        guard.unlink(missing_ok=True)


def _age(file: Path) -> float:
    """Seconds since ``file`` was written (0 when it is gone)."""
    try:
        return time.time() - file.stat().st_mtime
    except OSError:
        return 0.0


def _in_use(meeting: Path, holder: Holder) -> MeetingInUse:
    if holder.is_app:
        return MeetingInUse(meeting, holder.describe())
    return MeetingInUse(meeting, holder.describe(), advice=M_("try again when it has finished"))
