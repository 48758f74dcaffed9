"""The open meeting: its current value, its undo stack, and the file every change is saved to.

Every edit is one :class:`MeetingEdit` on a :class:`QUndoStack`. A command keeps the meeting
before and after the edit (the model is immutable, so both are cheap: tuples the edit did not
touch are shared); the edit itself is one of the pure functions of :mod:`briefing.edit`.

Every change is saved as it happens: :class:`AutoSaver` writes each new meeting value to the
meeting file in one SQLite transaction, on a thread of its own so typing never waits for the
disk. If several changes come while a save runs, only the newest is written next. A meeting that
has no meeting file yet (the sample, a new meeting, a meeting JSON) gets one in the drafts folder
at its first change, so a crash or ``kill -9`` loses nothing even before "Save As".
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing.errors import BriefingError, MeetingInUse
from briefing.lock import APP, MeetingFileLock, lock_file_of
from briefing.model import Meeting
from briefing.store import save_meeting
from ui.i18n import translate
from ui.latest_worker import LatestWorker

log = logging.getLogger(__name__)

MEETING_SUFFIX = ".meeting"


@dataclass(frozen=True)
class Focus:
    """What an edit concerns, so undo and redo can show it: a page, an entry, a field."""

    part: str  # "meeting" | "agenda" | "people" | "notes" | "packs"
    entry_id: str = ""
    field: str = ""


class MeetingEdit(QUndoCommand):
    """One edit: the meeting before and after it, and what it concerns.

    Edits with the same ``merge_key`` in a row merge into one (typing in a field is undone as a
    whole, not letter by letter); an edit merged back to where it started drops out of the stack.
    """

    _MERGE_ID = 1

    def __init__(
        self,
        document: MeetingDocument,
        before: Meeting,
        after: Meeting,
        text: str,
        focus: Focus | None = None,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self._document = document
        self.before, self.after = before, after
        self.focus = focus
        self.merge_key = merge_key

    def id(self) -> int:
        """Merge only commands that asked for it."""
        return self._MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in a following edit of the same field."""
        if not isinstance(other, MeetingEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        """Show (and save) the meeting after the edit."""
        self._document.show_value(self.after, self.focus)

    def undo(self) -> None:
        """Show (and save) the meeting before the edit."""
        self._document.show_value(self.before, self.focus)


class _SaveRelay(QObject):
    """What the saving thread emits through (see :mod:`ui.latest_worker` for why)."""

    saved = Signal(int, str)
    failed = Signal(int, str, str)


class AutoSaver(LatestWorker):
    """Saves meeting values to their file on a thread of its own, newest value first.

    :meth:`request` never blocks; ``saved`` or ``failed`` arrive on the GUI thread with the
    generation number of the value they concern.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        relay = _SaveRelay()

        def work(request: tuple[int, Meeting, Path]) -> None:
            generation, meeting, path = request
            _report(relay, generation, path, _save(meeting, path))

        super().__init__(work, "autosave", parent)
        self._relay = relay

    @property
    def saved(self) -> SignalInstance:
        """``saved(generation, path)``: connect with a queued connection."""
        return self._relay.saved

    @property
    def failed(self) -> SignalInstance:
        """``failed(generation, path, message)``: connect with a queued connection."""
        return self._relay.failed

    def request(self, generation: int, meeting: Meeting, path: Path) -> None:  # type: ignore[override]
        """Save ``meeting`` to ``path`` soon; a newer request replaces one not yet started."""
        super().request((generation, meeting, path))


def _report(relay: _SaveRelay, generation: int, path: Path, problem: str | None) -> None:
    if problem is None:
        relay.saved.emit(generation, str(path))
    else:
        relay.failed.emit(generation, str(path), problem)


def _save(meeting: Meeting, path: Path) -> str | None:
    """Save, and return why it failed (or None)."""
    try:
        save_meeting(meeting, path, replace_other=False)
    except BriefingError as exc:
        return str(exc)
    except Exception as exc:  # a save must report, never kill the thread
        log.exception("Autosave to %s failed", path)
        return f"{type(exc).__name__}: {exc}"
    return None


class MeetingLock:
    """Marks a meeting file as open, so two windows never save over each other's changes.

    It is the lock every writer takes (:mod:`briefing.lock`): a lock file beside the meeting
    (``.name.meeting.lock``) that holds the process id and host name. A lock left by a process
    that has died (a crash, ``kill -9``) is taken over at once; only a running process's lock
    refuses, and the ``briefing`` commands refuse to write a meeting the app has open.
    """

    def __init__(self, lock: MeetingFileLock) -> None:
        self._lock = lock

    @classmethod
    def take(cls, path: Path) -> MeetingLock | None:
        """Lock ``path``; None when no lock can be made there (a read-only folder, say).

        Raises :class:`MeetingInUse` when a running window or command holds it.
        """
        lock = MeetingFileLock.take(path, APP)
        return cls(lock) if lock is not None else None

    @staticmethod
    def file_of(path: Path) -> Path:
        """The lock file of a meeting file."""
        return lock_file_of(path)

    def release(self) -> None:
        """Let others open the meeting."""
        self._lock.release()


class MeetingDocument(QObject):
    """The meeting shown in the window, its undo stack, and where its changes are saved.

    ``path`` is the meeting file changes go to: the file opened or saved as, a draft made at the
    first change of a meeting without one, or ``None`` until then. ``source`` is what the meeting
    was opened from (a JSON file, say), or ``None`` for the sample or a new meeting.
    """

    changed = Signal(object)  # the Focus of the edit, or None for a whole new meeting
    path_changed = Signal(object)  # the new Path
    save_state_changed = Signal()

    def __init__(
        self,
        meeting: Meeting,
        path: Path | None = None,
        *,
        source: Path | None = None,
        drafts: Path | None = None,
        saver: AutoSaver | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._path = path
        self.source = source if source is not None else path
        self._drafts = drafts
        self.undo_stack = QUndoStack(self)
        self._saver = saver if saver is not None else AutoSaver(self)
        self._saver.saved.connect(self._on_saved, Qt.ConnectionType.QueuedConnection)
        self._saver.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.generation = 0
        self.saved_generation = 0
        self.save_error = ""
        self._showing = False
        self._lock: MeetingLock | None = MeetingLock.take(path) if path is not None else None
        self._opening: tuple[Path, MeetingLock | None] | None = None

    # -- reading

    @property
    def meeting(self) -> Meeting:
        """The meeting as it is now."""
        return self._meeting

    @property
    def path(self) -> Path | None:
        """The meeting file changes are saved to, if there is one yet."""
        return self._path

    @property
    def is_draft(self) -> bool:
        """True when changes go to a file in the drafts folder, not one the user chose."""
        return (
            self._path is not None
            and self._drafts is not None
            and self._path.parent == self._drafts
        )

    def is_saved(self) -> bool:
        """True when every change is in the meeting file (or there has been no change)."""
        return self.saved_generation == self.generation

    # -- editing

    def apply(
        self, after: Meeting, text: str, focus: Focus | None = None, merge_key: str = ""
    ) -> bool:
        """Make ``after`` the meeting as one undoable edit named ``text``; False if nothing changed.

        An edit asked for while an undo or redo is being shown (a view reacting to it) is
        pushed just after, never in the middle of the stack's own step.
        """
        if self._showing:
            QTimer.singleShot(0, self, lambda: self._apply_later(after, text, focus, merge_key))
            return True
        if after == self._meeting:
            return False
        self.undo_stack.push(MeetingEdit(self, self._meeting, after, text, focus, merge_key))
        return True

    def _apply_later(self, after: Meeting, text: str, focus: Focus | None, key: str) -> None:
        self.apply(after, text, focus, key)

    def show_value(self, meeting: Meeting, focus: Focus | None) -> None:
        """Make ``meeting`` the current value, tell the views, and save it (for commands only)."""
        self._meeting = meeting
        self.generation += 1
        self._save_soon()
        self._showing = True
        try:
            self.changed.emit(focus)
        finally:
            self._showing = False

    def reset(self, meeting: Meeting, path: Path | None = None, source: Path | None = None) -> None:
        """Show another meeting (a file just opened): a fresh undo history, nothing to save yet.

        Saves still under way for the previous meeting are finished first. Raises
        :class:`MeetingInUse`, changing nothing, when another window has ``path`` open.
        """
        lock = self._lock_for(path)
        self.flush()  # and take in the outcome of what was being saved, while it still applies
        self._set_lock(lock)
        self.undo_stack.clear()
        self._meeting, self._path = meeting, path
        self.source = source if source is not None else path
        # Generations only ever grow: a late report about an earlier save can never pass for
        # one about this meeting.
        self.saved_generation = self.generation
        self.save_error = ""
        self.path_changed.emit(path)
        self.save_state_changed.emit()
        self.changed.emit(None)

    @contextlib.contextmanager
    def opening(self, path: Path | None) -> Iterator[None]:
        """Hold the lock of the meeting file ``path`` while it is read and :meth:`reset` to.

        Taken before the file is read, the lock keeps a command from saving it between the
        reading and the first autosave, which would write the meeting as it was read over the
        command's change. Raises :class:`MeetingInUse` when another window or command holds it;
        the lock is let go again unless the meeting was shown.
        """
        if path is None or (path == self._path and self._lock is not None):
            yield
            return
        lock = MeetingLock.take(path)
        self._opening = (path, lock)
        try:
            yield
        finally:
            self._opening = None
            if lock is not None and lock is not self._lock:
                lock.release()

    # -- saving

    def save_as(self, path: Path) -> None:
        """Write the meeting to ``path`` now, and save every later change there.

        The user has confirmed replacing whatever is at ``path``. A draft that was replaced by
        ``path`` is removed. Raises :class:`~briefing.errors.BriefingError` if the save fails,
        with the meeting still saved where it was.
        """
        lock = self._lock_for(path)
        self._saver.flush()
        try:
            save_meeting(self._meeting, path, replace_other=True)
        except BaseException:
            if lock is not self._lock and lock is not None:
                lock.release()
            raise
        self._set_lock(lock)
        old, was_draft = self._path, self.is_draft
        self._path = self.source = path
        self.saved_generation = self.generation
        self.save_error = ""
        if was_draft and old is not None and old != path:
            old.unlink(missing_ok=True)
        self.path_changed.emit(path)
        self.save_state_changed.emit()

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait for the saves under way and take in their outcome (before quitting, say)."""
        done = self._saver.flush(timeout)
        QCoreApplication.sendPostedEvents(self)  # deliver the queued saved/failed signals
        return done

    def _lock_for(self, path: Path | None) -> MeetingLock | None:
        """The lock of ``path``: the one this document holds, or a new one."""
        if path is None:
            return None
        if path == self._path and self._lock is not None:
            return self._lock
        if self._opening is not None and self._opening[0] == path:
            return self._opening[1]  # taken before the file was read
        return MeetingLock.take(path)

    def _set_lock(self, lock: MeetingLock | None) -> None:
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock

    def close(self) -> None:
        """Finish saving and let other windows open the meeting file."""
        self.flush()
        self._set_lock(None)

    def _save_soon(self) -> None:
        if self._path is None:
            self._path = self._new_draft_path()
            if self._path is None:
                return
            try:
                self._set_lock(MeetingLock.take(self._path))
            except MeetingInUse:  # another window chose the same name this very moment
                self._path = self._new_draft_path()  # the taken name now has its lock file
                if self._path is None:
                    return
                self._set_lock(MeetingLock.take(self._path))
            self.path_changed.emit(self._path)
        self._saver.request(self.generation, self._meeting, self._path)
        self.save_state_changed.emit()

    def _new_draft_path(self) -> Path | None:
        if self._drafts is None:
            return None
        try:
            self._drafts.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problem = translate(
                "MeetingDocument", "the drafts folder {folder} cannot be made ({reason})"
            )
            self.save_error = problem.format(folder=self._drafts, reason=exc.strerror)
            self.save_state_changed.emit()
            return None
        stem = self._meeting.file_stem
        candidate = self._drafts / f"{stem}{MEETING_SUFFIX}"
        number = 2
        while candidate.exists() or MeetingLock.file_of(candidate).exists():
            candidate = self._drafts / f"{stem} {number}{MEETING_SUFFIX}"
            number += 1
        return candidate

    @Slot(int, str)
    def _on_saved(self, generation: int, path: str) -> None:
        if Path(path) != self._path:
            return
        self.saved_generation = max(self.saved_generation, generation)
        if self.is_saved():
            self.save_error = ""
        self.save_state_changed.emit()

    @Slot(int, str, str)
    def _on_failed(self, generation: int, path: str, message: str) -> None:
        if Path(path) != self._path or generation < self.saved_generation:
            return
        self.save_error = message
        self.save_state_changed.emit()
