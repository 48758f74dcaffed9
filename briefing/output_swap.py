"""Putting a build's files in place together or not at all, even when the build is killed.

A build stages every file in ``OUTPUT/.building-XXXX/new/``. Once all are written it writes a
commit record (``commit.json``, atomically) naming them: the point of no return. Then, name by
name, the previous file (if any) moves into ``old/`` and the new one into place. Then the record
goes, and with it the folder.

Whoever finds a ``.building-*`` folder whose build no longer runs (its lock is free: a lock dies
with its process) settles it from what it holds:

- no record: nothing was moved yet; the folder holds only the build's own files and goes;
- a record saying ``forward``: the moves are finished (each step can be repeated safely);
- a record saying ``back``: a move failed and the build was putting the previous files back;
  that is finished.

For one name, the files say how far its moves went, so a kill between any two steps is settled:

    new/NAME   old/NAME   NAME         forward: next step     back: next step
    present    absent     previous     move NAME to old/,     nothing to undo
                          (or none)    then new/NAME in
    present    present    absent       move new/NAME in       move old/NAME back
    absent     either     the new one  done                   move NAME back to new/, then
                                                              old/NAME (if any) back in place

Every build of a folder settles that folder's leftovers first. Only names a build staged are
ever moved; the record removed, what is left in the folder is the build's own.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from briefing.atomic import atomic_write
from briefing.errors import BuildError, RefusedFileError, os_problem
from briefing.messages import M_, Message
from briefing.safe_read import read_regular_file

STAGING_PREFIX = ".building-"
"""Every staging folder's name starts with this (hidden on macOS and Linux)."""

_NEW, _OLD, _RECORD, _LOCK = "new", "old", "commit.json", "lock"
_FORWARD, _BACK = "forward", "back"
_RECORD_LIMIT = 1024 * 1024  # a record names a few hundred packs at most
_ATTEMPTS = 5  # another build's tidy-up may take a new staging folder before it is locked

MOVE_PAUSE_VARIABLE = "BRIEFING_TEST_MOVE_PAUSE"
"""Seconds to wait between two moves: only for tests that kill a build during its moves."""


class StagedOutput:
    """A staging folder in ``output_dir``: write into :attr:`new`, then :meth:`commit`.

    Entering settles what killed or stopped builds left in ``output_dir``; leaving removes the
    staging folder (a build that never committed changes nothing in ``output_dir``).
    """

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir

    def __enter__(self) -> StagedOutput:
        recover(self.output_dir)
        self.folder, self._lock = _new_staging_folder(self.output_dir)
        self.new = self.folder / _NEW
        try:
            self.new.mkdir()
            (self.folder / _OLD).mkdir()
        except OSError as exc:
            self.__exit__()
            raise BuildError([_unwritable(self.output_dir, exc)]) from exc
        return self

    def commit(self, names: Sequence[str]) -> None:
        """Put the staged files ``names`` in place, replacing previous ones: all or none.

        A move that fails puts every previous file back and raises :class:`BuildError`.
        """
        with _folder_lock(self.output_dir):
            try:
                self.digests = {name: _digest(self.new / name) for name in names}
                _write_record(self.folder, _FORWARD, names, self.digests)
            except OSError as exc:  # no record: nothing will move
                problem = M_(
                    "{folder}: the files could not be put in place ({reason}); nothing was changed",
                    folder=str(self.output_dir),
                    reason=os_problem(exc),
                )
                raise BuildError([problem]) from exc
            try:
                # staged by this very build: put in place without hashing them again
                _move_all(_put_in_place, self.output_dir, self.folder, names, self.digests)
            except _MoveFailed as failed:
                raise BuildError([self._undo(names, failed)]) from failed.error
            with contextlib.suppress(OSError):  # all are in place; else __exit__ tidies up
                _settle(self.output_dir, self.folder)

    def _undo(self, names: Sequence[str], failed: _MoveFailed) -> Message:
        """Put the previous files back after a failed move; returns what to tell the user."""
        where = {"file": failed.name, "reason": failed.reason, "folder": str(self.output_dir)}
        try:
            _write_record(self.folder, _BACK, names, self.digests)
            _settle(self.output_dir, self.folder)
        except (OSError, _MoveFailed):
            # The record says which complete set the next build (or __exit__) will leave.
            return M_(
                "{file}: could not be put in place ({reason}); the next build in {folder} will "
                "tidy up",
                **where,
            )
        return M_(
            "{file}: could not be put in place ({reason}); nothing in {folder} was changed",
            **where,
        )

    def __exit__(self, *exc: object) -> None:
        settled = False
        try:
            # Also after an interruption (Ctrl+C) past the commit: the record says what to do.
            # If that fails, the folder and its record stay for the next build to settle.
            with (
                _folder_lock(self.output_dir),
                contextlib.suppress(OSError, _MoveFailed, BuildError),
            ):
                _settle(self.output_dir, self.folder)
                settled = True
        finally:
            _unlock(self._lock)
        if settled:
            shutil.rmtree(self.folder, ignore_errors=True)  # what a locked file kept (Windows)


def recover(output_dir: Path) -> None:
    """Finish or undo every build of ``output_dir`` that was killed or stopped.

    Builds still running are left alone. Raises :class:`BuildError` when one that had begun to
    move its files cannot be settled (then a new build must not move files either).
    """
    if not output_dir.is_dir():
        return
    with _folder_lock(output_dir):
        for folder in sorted(output_dir.glob(f"{STAGING_PREFIX}*")):
            if folder.is_dir() and not folder.is_symlink():
                _recover_one(output_dir, folder)


def _recover_one(output_dir: Path, folder: Path) -> None:
    lock = _try_lock(folder / _LOCK)
    if lock is None:
        return  # its build is running (or the folder just went)
    try:
        _settle(output_dir, folder)
    except (OSError, _MoveFailed) as exc:
        reason = exc.reason if isinstance(exc, _MoveFailed) else (os_problem(exc))
        problem = M_(
            "{folder}: an interrupted build could not be tidied up ({reason}); nothing was built",
            folder=str(folder),
            reason=reason,
        )
        raise BuildError([problem]) from exc
    finally:
        _unlock(lock)
    shutil.rmtree(folder, ignore_errors=True)


def _settle(output_dir: Path, folder: Path) -> None:
    """Finish what ``folder``'s record says (if it has one), then remove the folder."""
    record = _read_record(folder)
    if record is not None:
        direction, names, digests = record
        step = _forward_one if direction == _FORWARD else _back_one
        _move_all(step, output_dir, folder, names, digests)
        _fsync_folder(output_dir)  # the moves must outlive a power cut before the record goes
        (folder / _RECORD).unlink()
    shutil.rmtree(folder, ignore_errors=True)


class _MoveFailed(Exception):
    """One name could not be moved (the staging folder's own paths are not for the user)."""

    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(name)
        self.name, self.error = name, error
        self.reason = os_problem(error)


_Step = Callable[[Path, Path, Path, dict[str, str]], None]


def _move_all(
    step: _Step, output_dir: Path, folder: Path, names: Sequence[str], digests: dict[str, str]
) -> None:
    """Take ``step`` for each name: its final path, its staged file and its previous file."""
    for name in names:
        _pause()
        try:
            step(output_dir / name, folder / _NEW / name, folder / _OLD / name, digests)
        except OSError as exc:
            raise _MoveFailed(name, exc) from exc


def _forward_one(final: Path, new: Path, old: Path, digests: dict[str, str]) -> None:
    if _exists(new) and _is_ours(new, digests):  # else in place, or not this build's file
        _put_in_place(final, new, old, digests)


def _put_in_place(final: Path, new: Path, old: Path, _digests: dict[str, str]) -> None:
    """Move the previous file aside (once) and the staged one into place."""
    if not _exists(new):
        return  # already in place
    if _exists(final) and not _exists(old):
        if final.is_dir() and not final.is_symlink():  # a user's folder: never ours to move
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(final))
        os.replace(final, old)
    os.replace(new, final)


def _back_one(final: Path, new: Path, old: Path, digests: dict[str, str]) -> None:
    if not _exists(new) and _exists(final):  # the new file is in place: take it out
        if not _is_ours(final, digests):
            return  # not what this build wrote (a user's file, a leftover's): never touched
        os.replace(final, new)
    if _exists(old):
        os.replace(old, final)


def _digest(path: Path) -> str:
    """The SHA-256 of a file: what tells a build's own file from anyone else's."""
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            sha.update(chunk)
    return sha.hexdigest()


def _is_ours(path: Path, digests: dict[str, str]) -> bool:
    """Whether ``path`` is a regular file with the content the record says its build wrote."""
    expected = digests.get(path.name)
    if expected is None or path.is_symlink() or not path.is_file():
        return False
    return _digest(path) == expected


def _exists(path: Path) -> bool:
    return os.path.lexists(path)


def _write_record(
    folder: Path, direction: str, names: Sequence[str], digests: dict[str, str]
) -> None:
    """Write the record atomically and durably: it decides which way a kill is settled, and
    holds each staged file's digest, so that only the build's own files are ever moved."""
    record = {"direction": direction, "names": list(names), "files": digests}
    text = json.dumps(record, ensure_ascii=False)
    atomic_write(folder / _RECORD, text.encode("utf-8"))
    _fsync_folder(folder)


def _read_record(folder: Path) -> tuple[str, list[str], dict[str, str]] | None:
    """The record's direction, names and digests; None if there is none; BuildError if
    unreadable."""
    path = folder / _RECORD
    try:
        data = json.loads(read_regular_file(path, _RECORD_LIMIT))
    except FileNotFoundError:
        return None
    except RefusedFileError as exc:
        raise _unreadable(folder, exc.problem) from exc
    except OSError as exc:
        raise _unreadable(folder, os_problem(exc)) from exc
    except ValueError as exc:
        raise _unreadable(folder, M_("it is not valid JSON")) from exc
    names = data.get("names") if isinstance(data, dict) else None
    direction = data.get("direction") if isinstance(data, dict) else None
    if direction not in (_FORWARD, _BACK) or not isinstance(names, list):
        raise _unreadable(folder, M_("it is not a build's record"))
    if not all(isinstance(n, str) and _is_plain_name(n) for n in names):
        raise _unreadable(folder, M_("it names a file outside the folder"))
    digests = data.get("files")
    if not isinstance(digests, dict) or not all(isinstance(v, str) for v in digests.values()):
        digests = {}  # moves nothing: without digests no file can be told to be the build's
    return direction, names, digests


def _unreadable(folder: Path, problem: str) -> BuildError:
    message = M_(
        "{record}: cannot be read ({problem}); move {folder} out of {parent} and build again; "
        "nothing was built",
        record=str(folder / _RECORD),
        problem=problem,
        folder=folder.name,
        parent=str(folder.parent),
    )
    return BuildError([message])


def _unwritable(folder: Path, exc: OSError) -> Message:
    """``FOLDER: cannot be written (WHY)``."""
    return M_(
        "{folder}: cannot be written ({reason})",
        folder=str(folder),
        reason=os_problem(exc),
    )


def _is_plain_name(name: str) -> bool:
    """A file name of the folder itself: no path, no parent, not a staging folder."""
    return (
        name not in ("", ".", "..")
        and Path(name).name == name
        and "/" not in name
        and not name.startswith(STAGING_PREFIX)
    )


def _new_staging_folder(output_dir: Path) -> tuple[Path, int]:
    """A new staging folder in ``output_dir``, locked for as long as this build runs."""
    for _attempt in range(_ATTEMPTS):
        try:
            folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=output_dir))
        except OSError as exc:
            raise BuildError([_unwritable(output_dir, exc)]) from exc
        lock = _try_lock(folder / _LOCK)
        if lock is not None and folder.is_dir():
            return folder, lock
        if lock is not None:
            _unlock(lock)
    problem = M_(
        "{folder}: another program keeps removing this build's files", folder=str(output_dir)
    )
    raise BuildError([problem])


def _pause() -> None:
    seconds = _pause_seconds()
    if seconds:
        time.sleep(seconds)


def _pause_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(MOVE_PAUSE_VARIABLE, "0")))
    except ValueError:
        return 0.0


# Locks. A staging folder's lock tells other builds that its build is still running; the
# output folder's lock keeps two builds' moves (and tidy-ups) from interleaving. Both are
# advisory locks of the operating system, released by it when the process ends, however it ends.

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(path: Path) -> int | None:
        """An open, locked descriptor of ``path`` (made if missing); None if locked elsewhere."""
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return None
        return fd

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)

    @contextlib.contextmanager
    def _folder_lock(folder: Path) -> Iterator[None]:
        """Windows cannot lock a folder; the staging folders' locks still hold."""
        yield

    def _fsync_folder(folder: Path) -> None:
        """Windows makes a rename durable without a folder fsync (and cannot open one)."""

else:
    import fcntl

    def _try_lock(path: Path) -> int | None:
        """An open, locked descriptor of ``path`` (made if missing); None if locked elsewhere.

        On a file system without locks (some network shares) the descriptor comes unlocked:
        builds there cannot tell a running build from a killed one.
        """
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None  # the folder has gone (settled by another build)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except OSError:
            pass  # no locks on this file system
        return fd

    def _unlock(fd: int) -> None:
        os.close(fd)  # closing the last descriptor releases a flock

    @contextlib.contextmanager
    def _folder_lock(folder: Path) -> Iterator[None]:
        """Hold ``folder``'s own lock (no lock file is left in a user's folder), if it has one."""
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            fd = None
        try:
            if fd is not None:
                with contextlib.suppress(OSError):  # no locks on this file system
                    fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            if fd is not None:
                os.close(fd)

    def _fsync_folder(folder: Path) -> None:
        """Make the renames in ``folder`` durable, where the file system can be asked to."""
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            with contextlib.suppress(OSError):  # some network file systems refuse it
                os.fsync(fd)
        finally:
            os.close(fd)


def missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    return [p for p in (folder, *folder.parents) if not p.exists()]


def remove_empty(folders: Sequence[Path]) -> None:
    """Remove ``folders`` (deepest first) as long as they are empty: those a build made."""
    for made in folders:
        with contextlib.suppress(OSError):
            made.rmdir()


@contextlib.contextmanager
def output_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` (and its missing parents); if the build fails, remove those it made."""
    missing = missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        problem = M_(
            "{folder}: cannot be made ({reason})",
            folder=str(folder),
            reason=os_problem(exc),
        )
        raise BuildError([problem]) from exc
    try:
        yield
    except BaseException:
        remove_empty(missing)
        raise
