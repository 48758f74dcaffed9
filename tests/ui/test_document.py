"""The open meeting: undo and redo of whole edits, merged typing, and saving every change."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing.edit import replace_entry, with_fields
from briefing.model import Meeting
from briefing.store import load_meeting, save_meeting
from ui.document import Focus, MeetingDocument


def _renamed(meeting: Meeting, name: str) -> Meeting:
    person = dataclasses.replace(meeting.people[0], name=name)
    return replace_entry(meeting, "people", person)


def test_an_edit_is_undone_and_redone(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    after = with_fields(meeting, venue="Room XX")
    assert doc.apply(after, "Edit venue", Focus("meeting"))
    assert doc.meeting.venue == "Room XX"
    assert doc.undo_stack.undoText() == "Edit venue"
    doc.undo_stack.undo()
    assert doc.meeting == meeting
    doc.undo_stack.redo()
    assert doc.meeting == after


def test_an_edit_that_changes_nothing_is_not_pushed(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    assert not doc.apply(with_fields(meeting), "Nothing")
    assert doc.undo_stack.count() == 0
    assert doc.path is None  # nothing changed: no draft file either
    assert list(tmp_path.iterdir()) == []


def test_typing_in_one_field_merges_into_one_step(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    for name in ("J", "Ja", "Jane"):
        doc.apply(_renamed(doc.meeting, name), "Edit name", merge_key="people:p-ar:name")
    assert doc.undo_stack.count() == 1
    doc.apply(with_fields(doc.meeting, venue="Elsewhere"), "Edit venue", merge_key="m:venue")
    doc.apply(_renamed(doc.meeting, "Janet"), "Edit name", merge_key="people:p-ar:name")
    assert doc.undo_stack.count() == 3  # another field came between: a new step
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.meeting == meeting


def test_typing_back_to_the_old_value_leaves_no_step(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    doc.apply(_renamed(meeting, "Anita R"), "Edit name", merge_key="k")
    doc.apply(_renamed(doc.meeting, meeting.people[0].name), "Edit name", merge_key="k")
    assert doc.undo_stack.count() == 0
    assert doc.meeting == meeting


def test_the_first_change_makes_a_draft_and_every_change_is_saved(
    qtbot: QtBot, meeting: Meeting, tmp_path: Path
) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path / "Drafts")
    paths: list[object] = []
    doc.path_changed.connect(paths.append)
    doc.apply(with_fields(meeting, venue="Room XX"), "Edit venue")
    assert doc.path == tmp_path / "Drafts" / "HRD consultation.meeting"
    assert paths == [doc.path] and doc.is_draft
    assert doc.flush()
    assert doc.is_saved() and doc.save_error == ""
    assert load_meeting(doc.path).venue == "Room XX"
    doc.undo_stack.undo()
    doc.flush()
    assert load_meeting(doc.path) == meeting


def test_a_second_draft_of_the_same_title_gets_its_own_file(
    meeting: Meeting, tmp_path: Path
) -> None:
    first = MeetingDocument(meeting, drafts=tmp_path)
    first.apply(with_fields(meeting, venue="A"), "Edit venue")
    first.flush()
    second = MeetingDocument(meeting, drafts=tmp_path)
    second.apply(with_fields(meeting, venue="B"), "Edit venue")
    second.flush()
    assert second.path == tmp_path / "HRD consultation 2.meeting"
    assert load_meeting(first.path).venue == "A"


def test_an_opened_file_is_saved_in_place(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "mine.meeting"
    save_meeting(meeting, path)
    doc = MeetingDocument(meeting, path, drafts=tmp_path / "Drafts")
    doc.apply(with_fields(meeting, room="Room XXV"), "Edit room")
    doc.flush()
    assert load_meeting(path).room == "Room XXV"
    assert not doc.is_draft
    assert not (tmp_path / "Drafts").exists()


def test_many_quick_changes_end_with_the_newest_saved(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    for number in range(40):
        doc.apply(with_fields(doc.meeting, room=f"Room {number}"), f"Edit room {number}")
    doc.flush()
    assert load_meeting(doc.path).room == "Room 39"
    assert doc.is_saved()


def test_save_as_moves_a_draft_to_the_chosen_file(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path / "Drafts")
    doc.apply(with_fields(meeting, venue="Room XX"), "Edit venue")
    doc.flush()
    draft = doc.path
    chosen = tmp_path / "consultation.meeting"
    doc.save_as(chosen)
    assert doc.path == chosen and not doc.is_draft
    assert not draft.exists()  # the draft was only a stand-in
    doc.apply(with_fields(doc.meeting, room="Room 1"), "Edit room")
    doc.flush()
    assert load_meeting(chosen).room == "Room 1"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only file")
def test_a_failed_save_is_reported_and_the_meeting_kept(meeting: Meeting, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "locked.meeting"
    save_meeting(meeting, path)
    path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        doc = MeetingDocument(meeting, path, drafts=tmp_path / "Drafts")
        doc.apply(with_fields(meeting, venue="Room XX"), "Edit venue")
        doc.flush()
        assert "could not be saved" in doc.save_error
        assert not doc.is_saved()
        assert doc.meeting.venue == "Room XX"  # the change stays on screen
        assert load_meeting(path) == meeting  # and the file is as it was
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_save_into_a_missing_folder_is_reported(meeting: Meeting, tmp_path: Path) -> None:
    path = tmp_path / "gone" / "file.meeting"
    doc = MeetingDocument(meeting, path, drafts=tmp_path)
    doc.apply(with_fields(meeting, venue="Room XX"), "Edit venue")
    doc.flush()
    assert "could not be saved" in doc.save_error
    assert not doc.is_saved()


def test_reset_shows_another_meeting_with_a_fresh_history(meeting: Meeting, tmp_path: Path) -> None:
    doc = MeetingDocument(meeting, drafts=tmp_path)
    doc.apply(with_fields(meeting, venue="Room XX"), "Edit venue")
    focuses: list[object] = []
    doc.changed.connect(focuses.append)
    other = Meeting(title="Other")
    doc.reset(other, tmp_path / "other.meeting")
    assert doc.meeting is other and doc.undo_stack.count() == 0
    assert doc.path == tmp_path / "other.meeting" and doc.is_saved()
    assert focuses == [None]


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Wrap-up", "‘Wrap-up’"),
        (
            "How models and initiatives for addressing pillar II gaps",
            "‘How models and initiatives for…’",
        ),
        (
            "Supercalifragilisticexpialidocious-and-then-more",
            "‘Supercalifragilisticexpialidocious-and-…’",
        ),
        ("  Lots   of\nspace  ", "‘Lots of space’"),
    ],
)
def test_undo_texts_quote_titles_shortened_between_words(title: str, shown: str) -> None:
    from ui.editors.base import quoted

    assert quoted(title) == shown


def test_a_meeting_open_in_one_window_is_refused_in_another(
    meeting: Meeting, tmp_path: Path
) -> None:
    from ui.document import MeetingInUse

    path = tmp_path / "shared.meeting"
    save_meeting(meeting, path)
    first = MeetingDocument(meeting, path, drafts=tmp_path)
    second = MeetingDocument(Meeting(title="Other"), drafts=tmp_path)
    with pytest.raises(MeetingInUse, match="open in another window"):
        second.reset(meeting, path)
    assert second.meeting.title == "Other"  # refused: nothing changed
    first.reset(meeting, path)  # the same window opening it again is fine
    first.close()
    second.reset(meeting, path)
    assert second.path == path


def test_save_as_over_a_meeting_open_elsewhere_is_refused(meeting: Meeting, tmp_path: Path) -> None:
    from ui.document import MeetingInUse

    path = tmp_path / "open.meeting"
    save_meeting(meeting, path)
    _holder = MeetingDocument(meeting, path, drafts=tmp_path)
    doc = MeetingDocument(with_fields(meeting, venue="Elsewhere"), drafts=tmp_path)
    with pytest.raises(MeetingInUse):
        doc.save_as(path)
    assert load_meeting(path) == meeting


def test_a_lock_left_by_a_killed_app_is_taken_over(meeting: Meeting, tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "crashed.meeting"
    save_meeting(meeting, path)
    script = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); "
        "assert lock.tryLock(0); os.kill(os.getpid(), 9)"
    )
    lock_file = path.with_name(f".{path.name}.lock")
    subprocess.run([sys.executable, "-c", script, str(lock_file)], check=False)
    assert lock_file.exists()  # left behind by a process that no longer runs
    doc = MeetingDocument(meeting, drafts=tmp_path)
    doc.reset(meeting, path)
    assert doc.path == path


def test_a_command_cannot_write_a_meeting_open_in_the_app(meeting: Meeting, tmp_path: Path) -> None:
    """The app and the ``briefing`` commands take the same lock: the command's note is never
    lost at the app's next autosave, because it is refused in the first place."""
    import subprocess
    import sys

    path = tmp_path / "open.meeting"
    save_meeting(meeting, path)
    doc = MeetingDocument(meeting, path, drafts=tmp_path)
    note = tmp_path / "late.md"
    note.write_text("# Late note\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "add-note", str(path), str(note)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"briefing: open.meeting: the meeting is open in another window of the app (process "
        f"{os.getpid()} on "
    )
    assert result.stderr.count("\n") == 1
    doc.apply(with_fields(meeting, room="Room 1"), "Edit room")
    doc.flush()
    assert load_meeting(path).room == "Room 1" and doc.is_saved()
    doc.close()


def test_the_app_does_not_open_a_meeting_a_command_is_writing(
    meeting: Meeting, tmp_path: Path
) -> None:
    from briefing.lock import locked
    from ui.document import MeetingInUse

    path = tmp_path / "busy.meeting"
    save_meeting(meeting, path)
    doc = MeetingDocument(Meeting(title="Other"), drafts=tmp_path)
    with locked(path, "briefing import-people"), pytest.raises(MeetingInUse) as refused:
        doc.reset(meeting, path)
    assert refused.value.holder.startswith("the command `briefing import-people` (process ")
    assert doc.meeting.title == "Other"


def test_a_meeting_file_is_locked_before_it_is_read(meeting: Meeting, tmp_path: Path) -> None:
    """A command's save between the app's reading of a file and its lock would be lost at the
    first autosave; the lock comes first, so the command is refused instead."""
    import subprocess
    import sys

    from ui.document import MeetingLock

    path = tmp_path / "opened.meeting"
    save_meeting(meeting, path)
    note = tmp_path / "late.md"
    note.write_text("# Late note\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    doc = MeetingDocument(Meeting(title="Other"), drafts=tmp_path)
    with doc.opening(path):
        read = load_meeting(path)
        added = subprocess.run(
            [sys.executable, "-m", "briefing", "add-note", str(path), str(note)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        doc.reset(read, path)
    assert added.returncode == 1 and "open in another window of the app" in added.stderr
    assert MeetingLock.file_of(path).exists()  # held on by the shown meeting
    doc.apply(with_fields(read, room="Room 2"), "Edit room")
    doc.flush()
    assert load_meeting(path) == with_fields(meeting, room="Room 2")
    doc.close()
    assert not MeetingLock.file_of(path).exists()


def test_a_meeting_file_that_cannot_be_opened_is_not_left_locked(
    meeting: Meeting, tmp_path: Path
) -> None:
    from briefing.errors import BriefingError
    from ui.document import MeetingLock

    path = tmp_path / "broken.meeting"
    save_meeting(meeting, path)
    doc = MeetingDocument(Meeting(title="Other"), drafts=tmp_path)
    with pytest.raises(BriefingError), doc.opening(path):
        assert MeetingLock.file_of(path).exists()
        raise BriefingError("cannot be read")
    assert not MeetingLock.file_of(path).exists() and doc.path is None
    with doc.opening(None):  # a meeting JSON or the sample: no file to lock
        doc.reset(meeting, None)
    doc.close()


def test_no_lock_where_none_can_be_made(tmp_path: Path) -> None:
    from ui.document import MeetingLock

    assert MeetingLock.take(tmp_path / "gone" / "file.meeting") is None
