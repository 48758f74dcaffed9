"""The lock every writer of a meeting file takes: who holds it, stale locks, waiting, races."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from briefing import dbfile, lock
from briefing.errors import MeetingFileError, MeetingInUse
from briefing.lock import APP, MeetingFileLock, lock_file_of, read_holder
from briefing.model import Meeting
from briefing.store import load_meeting, save_meeting

ROOT = Path(__file__).resolve().parents[2]

# A process that takes the lock of argv[1] as program argv[2], says so, then holds it until its
# standard input closes, or dies at once (argv[3] == "die") leaving the lock file behind.
HOLDER = """
import os, sys
from briefing.lock import MeetingFileLock
taken = MeetingFileLock.take(sys.argv[1], sys.argv[2])
print("locked" if taken else "no lock", flush=True)
if sys.argv[3] == "die":
    os.kill(os.getpid(), 9)
sys.stdin.read()
"""


def start_holder(meeting: Path, program: str, then: str = "hold") -> subprocess.Popen[str]:
    """Start a process holding the lock of ``meeting``; it has taken it when this returns."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(meeting), program, then],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def held_by_app(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A meeting file that a running window of the app (another process) has open."""
    path = tmp_path / "open.meeting"
    save_meeting(Meeting(title="Held"), path)
    proc = start_holder(path, APP)
    yield path, proc
    proc.communicate("")


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], stdout=-1)
    return int(proc.stdout)


def test_a_lock_says_who_holds_it_and_goes_when_released(tmp_path: Path) -> None:
    meeting = tmp_path / "m.meeting"
    taken = MeetingFileLock.take(meeting, "briefing add-note")
    assert taken is not None
    file = tmp_path / ".m.meeting.lock"
    assert lock_file_of(meeting) == file
    holder = read_holder(file)
    assert holder is not None
    assert (holder.pid, holder.program, holder.host) == (
        os.getpid(),
        "briefing add-note",
        socket.gethostname(),
    )
    assert holder.describe() == (
        f"the command `briefing add-note` (process {os.getpid()} on {socket.gethostname()})"
    )
    taken.release()
    assert not file.exists()
    assert list(tmp_path.iterdir()) == []  # no draft of the lock file left behind


def test_a_live_app_lock_is_refused_at_once(
    held_by_app: tuple[Path, subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, proc = held_by_app

    def no_waiting(seconds: float) -> None:
        raise AssertionError("a command never waits for the app")

    monkeypatch.setattr(lock.time, "sleep", no_waiting)
    with pytest.raises(MeetingInUse) as refused:
        MeetingFileLock.take(path, "briefing add-note", wait=lock.COMMAND_WAIT_S)
    assert refused.value.holder == (
        f"another window of the app (process {proc.pid} on {socket.gethostname()})"
    )
    assert "close it there first" in str(refused.value)


def test_a_command_waits_for_another_command_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "busy.meeting"
    proc = start_holder(path, "briefing import-people")
    threading.Timer(0.3, proc.communicate, [""]).start()  # the other command ends soon
    taken = MeetingFileLock.take(path, "briefing add-note", wait=lock.COMMAND_WAIT_S)
    assert taken is not None
    assert read_holder(taken.file).program == "briefing add-note"
    taken.release()


def test_a_command_that_does_not_finish_is_named(tmp_path: Path) -> None:
    path = tmp_path / "busy.meeting"
    proc = start_holder(path, "briefing import-people")
    try:
        with pytest.raises(MeetingInUse, match="command `briefing import-people`.*try again"):
            MeetingFileLock.take(path, "briefing add-note", wait=0.2)
    finally:
        proc.communicate("")


def test_a_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "crashed.meeting"
    proc = start_holder(path, APP, then="die")
    proc.wait()
    assert lock_file_of(path).exists()  # left behind by a process that no longer runs
    taken = MeetingFileLock.take(path, APP)
    assert taken is not None and read_holder(taken.file).pid == os.getpid()
    taken.release()


def test_a_lock_left_by_qt_is_understood(tmp_path: Path) -> None:
    """The app's earlier versions locked with Qt's QLockFile: pid, app name, host, ids."""
    path = tmp_path / "old.meeting"
    file = lock_file_of(path)
    host = socket.gethostname()
    file.write_text(f"{os.getppid()}\nBriefing Pack Assembler\n{host}\n3d12c7\ncff9f927\n")
    with pytest.raises(MeetingInUse, match="another window of the app"):
        MeetingFileLock.take(path, "briefing add-note")
    file.write_text(f"{dead_pid()}\npython3.11\n{host}\n3d12c7\ncff9f927\n")
    taken = MeetingFileLock.take(path, "briefing add-note")
    assert taken is not None
    taken.release()


def test_a_process_id_used_again_does_not_keep_a_lock(tmp_path: Path) -> None:
    path = tmp_path / "reused.meeting"
    parent = psutil.Process(os.getppid())  # runs, but is not the process that took the lock
    lock_file_of(path).write_text(
        f"{parent.pid}\nbriefing add-note\n{socket.gethostname()}\n"
        f"started={parent.create_time() - 3600}\n"
    )
    taken = MeetingFileLock.take(path, APP)
    assert taken is not None
    taken.release()


def test_a_lock_of_another_machine_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "shared.meeting"
    lock_file_of(path).write_text(f"{dead_pid()}\nbriefing add-note\nother-pc\nstarted=1.0\n")
    with pytest.raises(MeetingInUse, match="process .* on other-pc"):
        MeetingFileLock.take(path, APP)


def test_an_unreadable_lock_is_left_alone_only_while_it_may_be_being_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "m.meeting"
    file = lock_file_of(path)
    file.write_text("")
    with pytest.raises(MeetingInUse, match="another program"):
        MeetingFileLock.take(path, APP, wait=-10)  # no waiting: just now, it may be written
    os.utime(file, (1, 1))  # an empty lock file from long ago: a crash while writing it
    taken = MeetingFileLock.take(path, APP)
    assert taken is not None
    taken.release()


def test_only_one_of_many_takes_over_a_stale_lock(tmp_path: Path) -> None:
    path = tmp_path / "race.meeting"
    lock_file_of(path).write_text(f"{dead_pid()}\nbriefing add-note\n{socket.gethostname()}\n")
    start = threading.Barrier(8)
    taken: list[MeetingFileLock] = []
    refused: list[MeetingInUse] = []

    def take() -> None:
        start.wait()
        try:
            result = MeetingFileLock.take(path, APP)
            assert result is not None
            taken.append(result)
        except MeetingInUse as exc:
            refused.append(exc)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(taken) == 1 and len(refused) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == [".race.meeting.lock"]


def test_release_never_removes_a_lock_taken_over_by_another(tmp_path: Path) -> None:
    path = tmp_path / "m.meeting"
    mine = MeetingFileLock.take(path, APP)
    assert mine is not None
    mine.file.unlink()  # say someone judged it stale and took it over
    theirs = MeetingFileLock.take(path, "briefing add-note")
    mine.release()
    assert read_holder(lock_file_of(path)).program == "briefing add-note"
    assert theirs is not None
    theirs.release()


def test_no_lock_where_no_file_can_be_made(tmp_path: Path) -> None:
    assert MeetingFileLock.take(tmp_path / "gone" / "m.meeting", APP) is None


def test_a_symbolic_link_shares_the_lock_of_its_file(tmp_path: Path) -> None:
    target = tmp_path / "real.meeting"
    link = tmp_path / "link.meeting"
    link.symlink_to(target)
    assert lock_file_of(link) == lock_file_of(target) == tmp_path / ".real.meeting.lock"


def test_save_meeting_refuses_a_file_another_process_holds(
    held_by_app: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, _proc = held_by_app
    before = path.read_bytes()
    with pytest.raises(MeetingInUse, match="open in another window of the app"):
        save_meeting(Meeting(title="Overwritten"), path)
    assert path.read_bytes() == before
    assert load_meeting(path).title == "Held"  # reading is never refused


def test_save_meeting_uses_a_lock_this_process_holds(tmp_path: Path) -> None:
    path = tmp_path / "mine.meeting"
    with lock.locked(path, "briefing add-note"):
        save_meeting(Meeting(title="Mine"), path)
        assert lock_file_of(path).exists()
    assert load_meeting(path).title == "Mine"
    assert not lock_file_of(path).exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes with names are POSIX")
def test_a_pipe_for_a_lock_file_never_blocks_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "m.meeting"
    os.mkfifo(lock_file_of(path))
    os.utime(lock_file_of(path), (1, 1))
    with pytest.raises(MeetingFileError, match=r"its lock file \.m\.meeting\.lock is not a file"):
        MeetingFileLock.take(path, APP)
    assert [p.name for p in tmp_path.iterdir()] == [".m.meeting.lock"]


def test_a_folder_by_the_lock_files_name_is_named_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "m.meeting"
    save_meeting(Meeting(title="Kept"), path)
    folder = lock_file_of(path)
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    os.utime(folder, (1, 1))
    for _attempt in range(2):  # a folder from long ago, or just made
        with pytest.raises(MeetingFileError) as refused:
            save_meeting(Meeting(title="Changed"), path)
        assert str(refused.value) == (
            "m.meeting: its lock file .m.meeting.lock is a folder, so nobody can tell whether "
            "the meeting is in use; remove it, then try again"
        )
        assert sorted(p.name for p in tmp_path.iterdir()) == [".m.meeting.lock", "m.meeting"]
        assert (folder / "inside.txt").read_text() == "kept"
        os.utime(folder)
    assert load_meeting(path).title == "Kept"


@pytest.mark.parametrize("pid", ["-5", "0", "not a number"])
def test_a_lock_with_an_impossible_process_id_is_stale(tmp_path: Path, pid: str) -> None:
    path = tmp_path / "m.meeting"
    lock_file_of(path).write_text(f"{pid}\nbriefing add-note\n{socket.gethostname()}\n")
    os.utime(lock_file_of(path), (1, 1))
    save_meeting(Meeting(title="Saved"), path)
    assert load_meeting(path).title == "Saved"
    assert not lock_file_of(path).exists()


def test_a_qt_lock_older_than_the_process_with_its_number_is_stale(tmp_path: Path) -> None:
    """Qt's lock says no start time: after a reboot its number may belong to another process
    (1, say), which started after the lock file was written, so cannot have written it."""
    path = tmp_path / "old.meeting"
    file = lock_file_of(path)
    parent = psutil.Process(os.getppid())  # runs, started before this test
    file.write_text(f"{parent.pid}\nBriefing Pack Assembler\n{socket.gethostname()}\n")
    with pytest.raises(MeetingInUse):  # written while it ran: it may hold it
        MeetingFileLock.take(path, APP)
    written = parent.create_time() - 3600  # before the reboot
    os.utime(file, (written, written))
    taken = MeetingFileLock.take(path, APP)
    assert taken is not None and read_holder(taken.file).pid == os.getpid()
    taken.release()


def _fresh_and_stale(path: Path) -> tuple[lock.Holder, bytes]:
    """A fresh lock of a running process at ``path``'s lock, and the stale holder judged before."""
    file = lock_file_of(path)
    parent = psutil.Process(os.getppid())
    fresh = f"{parent.pid}\nbriefing add-note\n{socket.gethostname()}\n"
    fresh += f"started={parent.create_time()!r}\n"
    file.write_text(fresh)
    stale = lock.Holder(dead_pid(), "briefing add-note", socket.gethostname(), 1.0)
    return stale, fresh.encode()


def test_a_fresh_lock_is_put_back_where_there_are_no_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fat.meeting"
    stale, fresh = _fresh_and_stale(path)

    def no_links(*_args: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(lock.os, "link", no_links)  # FAT on a USB stick
    lock._remove_stale(lock_file_of(path), stale)  # found a fresh one, not the stale one
    assert lock_file_of(path).read_bytes() == fresh
    assert [p.name for p in tmp_path.iterdir()] == [".fat.meeting.lock"]


def test_a_fresh_lock_is_never_deleted_while_another_takes_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.meeting"
    stale, fresh = _fresh_and_stale(path)
    file = lock_file_of(path)
    monkeypatch.setattr(lock.time, "sleep", lambda _s: None)
    guard = file.with_name(f"{file.name}.takeover")
    guard.write_text("")  # another process is taking the lock over right now
    lock._remove_stale(file, stale)
    assert file.read_bytes() == fresh and guard.exists()  # left to it, nothing deleted
    guard.unlink()
    lock._remove_stale(file, stale)  # its turn: the lock is fresh, not the stale one
    assert file.read_bytes() == fresh
    assert [p.name for p in tmp_path.iterdir()] == [file.name]


def test_every_file_is_opened_in_binary_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows translates line ends in a file ``os.open`` opens without ``O_BINARY``."""
    sentinel = 1 << 29
    opened = os.open
    flags: list[int] = []

    def recording_open(file: object, flag: int, *args: object, **kwargs: object) -> int:
        flags.append(flag)
        return opened(file, flag & ~sentinel, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "O_BINARY", sentinel, raising=False)
    monkeypatch.setattr(os, "open", recording_open)
    path = tmp_path / "m.meeting"
    path.write_bytes(b"\r\n")
    assert dbfile.read_regular(path, 10) == b"\r\n"
    with dbfile.marked_save(path):
        pass
    dbfile._fsync_folder(tmp_path)
    taken = MeetingFileLock.take(path, APP)
    assert taken is not None
    taken.release()
    assert len(flags) >= 4 and all(flag & sentinel for flag in flags)
