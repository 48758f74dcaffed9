"""The meeting file: round trip, migration, refusal of bad files, saves that cannot half-happen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefing import atomic, dbfile, store
from briefing.errors import DamagedMeetingFile, MeetingFileError, NewerMeetingFile, NotAMeetingFile
from briefing.model import Meeting, Note, PackDefinition, PackOptions, StoredAttachment
from briefing.store import SCHEMA_VERSION, create_schema, load_meeting, save_meeting


def _tables(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_every_field_survives_a_round_trip(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    loaded = load_meeting(path)
    assert loaded == meeting
    assert loaded.people[0].photo.data == meeting.people[0].photo.data
    assert loaded.notes[1].attachment.data == meeting.notes[1].attachment.data
    assert loaded.logo == meeting.logo


def test_saving_in_place_is_a_round_trip_too(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    edited = dataclasses.replace(meeting.without_note("n4").without_note("n2"), title="Renamed")
    save_meeting(edited, path)
    assert load_meeting(path) == edited


def test_file_is_versioned_and_keeps_each_attachment_once(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    assert _tables(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert _tables(path, "PRAGMA application_id") == [(store.APPLICATION_ID,)]
    # n2 and n3 share one PDF: logo + 2 photos + PDF + Markdown = 5 distinct contents
    assert _tables(path, "SELECT count(*) FROM blob") == [(5,)]
    save_meeting(meeting.without_note("n2").without_note("n3"), path)
    assert _tables(path, "SELECT count(*) FROM blob") == [(4,)]  # no orphan left behind


def test_notes_read_on_demand_are_the_same_notes_and_held_nowhere(
    tmp_path: Path, meeting: Meeting
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    loaded = load_meeting(path, notes_on_demand=True)
    assert loaded == meeting  # the same notes: names, media types and contents
    for ours, theirs in zip(loaded.notes, meeting.notes, strict=True):
        if theirs.attachment is None:
            continue
        assert isinstance(ours.attachment, StoredAttachment)
        assert "data" not in vars(ours.attachment)  # read when asked, never kept
        assert ours.attachment.data == theirs.attachment.data
        assert ours.attachment.size == theirs.attachment.size
        assert ours.attachment.sha256 == theirs.attachment.sha256
    assert loaded.people[0].photo == meeting.people[0].photo  # pictures are loaded as ever


def test_a_note_whose_file_went_in_a_later_save_is_refused_by_name(
    tmp_path: Path, meeting: Meeting
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    loaded = load_meeting(path, notes_on_demand=True)
    pdf = next(n for n in loaded.notes if n.id == "n2").attachment
    save_meeting(meeting.without_note("n2").without_note("n3"), path)  # its file goes too
    with pytest.raises(DamagedMeetingFile) as caught:
        pdf.data  # noqa: B018
    assert caught.value.path == path
    assert "no longer holds a note's file" in str(caught.value)


def test_foreign_keys_hold_in_the_file(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    assert _tables(path, "PRAGMA foreign_key_check") == []
    assert _tables(path, "PRAGMA journal_mode") == [("delete",)]  # one file, safe to copy


def _make_version_1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    create_schema(conn, version=1)
    with conn:
        conn.execute(
            "INSERT INTO meeting (id, title, date, start_time, end_time, venue) "
            "VALUES (1, 'Old meeting', '2017-11-30', '10:00', '13:00', 'Palais des Nations')"
        )
        conn.execute("INSERT INTO person (id, pos, name) VALUES ('p1', 0, 'Sarah Brooks')")
        conn.execute(
            "INSERT INTO agenda_item (id, pos, title, start_time, end_time) "
            "VALUES ('s1', 0, 'Session one', '10:15', '11:00')"
        )
        conn.execute(
            "INSERT INTO participant (item_id, pos, person_id, role_kind) "
            "VALUES ('s1', 0, 'p1', 'moderator')"
        )
    conn.close()


def test_a_version_1_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.meeting"
    _make_version_1_file(path)
    before = path.read_bytes()
    meeting = load_meeting(path)
    assert meeting.first_date == meeting.last_date == dt.date(2017, 11, 30)
    assert meeting.agenda[0].date is None
    assert meeting.item_date(meeting.agenda[0]) == dt.date(2017, 11, 30)
    assert meeting.agenda[0].participants[0].role.label == "Moderator"
    assert path.read_bytes() == before  # opening never writes
    save_meeting(meeting, path)
    assert _tables(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert load_meeting(path) == meeting


def test_a_version_2_pack_is_built_in_both_formats_after_migration(tmp_path: Path) -> None:
    path = tmp_path / "v2.meeting"
    conn = sqlite3.connect(path)
    create_schema(conn, version=2)
    with conn:
        conn.execute("INSERT INTO meeting (id, title) VALUES (1, 'Two formats')")
        conn.execute(
            "INSERT INTO pack (id, pos, name, kind, bio_order, paper) "
            "VALUES ('k1', 0, 'Moderator briefs', 'per-session', 'appearance', 'A4')"
        )
    conn.close()
    pack = load_meeting(path).packs[0]
    assert pack.options.formats == ("pdf", "docx")
    save_meeting(
        load_meeting(path), path
    )  # the save writes version 3, with the formats kept as chosen
    assert _tables(path, "SELECT formats FROM pack") == [("pdf docx",)]


def test_pack_formats_are_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "formats.meeting"
    options = PackOptions(formats=("docx",))
    meeting = Meeting(title="x", packs=(PackDefinition("k", "DOCX only", options=options),))
    save_meeting(meeting, path)
    assert load_meeting(path).packs[0].options.formats == ("docx",)


def test_a_version_3_pack_keeps_shrinking_merged_pages_after_migration(tmp_path: Path) -> None:
    path = tmp_path / "v3.meeting"
    conn = sqlite3.connect(path)
    create_schema(conn, version=3)
    with conn:
        conn.execute("INSERT INTO meeting (id, title) VALUES (1, 'Before the choice')")
        conn.execute(
            "INSERT INTO pack (id, pos, name, kind, bio_order, paper, formats) "
            "VALUES ('k1', 0, 'Full pack', 'full', 'appearance', 'A4', 'pdf')"
        )
    conn.close()
    meeting = load_meeting(path)
    assert meeting.packs[0].options.shrink_merged_pages  # as every pack did before version 4
    save_meeting(meeting, path)
    assert _tables(path, "SELECT shrink_merged_pages FROM pack") == [(1,)]


@pytest.mark.parametrize("shrink", [False, True])
def test_the_choice_to_shrink_merged_pages_is_kept_in_the_file(
    tmp_path: Path, shrink: bool
) -> None:
    path = tmp_path / "shrink.meeting"
    options = PackOptions(shrink_merged_pages=shrink)
    meeting = Meeting(title="x", packs=(PackDefinition("k", "Pack", options=options),))
    save_meeting(meeting, path)
    assert _tables(path, "SELECT shrink_merged_pages FROM pack") == [(int(shrink),)]
    assert load_meeting(path).packs[0].options.shrink_merged_pages is shrink


def test_new_files_are_made_through_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "new.meeting"
    save_meeting(Meeting(title="x"), path)
    columns = {row[1] for row in _tables(path, "PRAGMA table_info(meeting)")}
    assert {"first_date", "last_date"} <= columns and "date" not in columns


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"This is a Word file, honest.", NotAMeetingFile, "is not a meeting file"),
        (b"", NotAMeetingFile, "is an empty file"),
        (b'{"format": "briefing-meeting"}', NotAMeetingFile, "import-json"),
    ],
)
def test_files_that_are_not_meetings_are_refused_and_left_alone(
    tmp_path: Path, meeting: Meeting, content: bytes, error: type, message: str
) -> None:
    path = tmp_path / "imposter.meeting"
    path.write_bytes(content)
    with pytest.raises(error, match=f"^imposter.meeting: .*{message}"):
        load_meeting(path)
    with pytest.raises(error, match="not overwritten"):
        save_meeting(meeting, path)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.meeting"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(NotAMeetingFile, match="database of another program"):
        load_meeting(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("keep", [50, 3000, 0.6])
def test_a_truncated_file_is_refused_and_left_alone(
    tmp_path: Path, meeting: Meeting, keep: float
) -> None:
    path = tmp_path / "cut.meeting"
    save_meeting(meeting, path)
    data = path.read_bytes()
    cut = data[: int(keep * len(data)) if isinstance(keep, float) else keep]
    path.write_bytes(cut)
    with pytest.raises(DamagedMeetingFile, match="^cut.meeting: the file is truncated"):
        load_meeting(path)
    with pytest.raises(DamagedMeetingFile):
        save_meeting(meeting, path)
    assert path.read_bytes() == cut


def test_a_file_from_a_newer_version_is_refused_and_never_overwritten(
    tmp_path: Path, meeting: Meeting
) -> None:
    path = tmp_path / "future.meeting"
    save_meeting(meeting, path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(NewerMeetingFile, match="^future.meeting: was saved by a newer version"):
        load_meeting(path)
    with pytest.raises(NewerMeetingFile):
        save_meeting(meeting, path, replace_other=True)
    assert path.read_bytes() == before


def test_corrupt_pages_are_reported_as_damage(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "bad.meeting"
    save_meeting(meeting, path)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192  # scribble over two pages, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedMeetingFile, match="^bad.meeting: the file is damaged"):
        load_meeting(path)


def test_missing_file_and_folder_are_clear(tmp_path: Path) -> None:
    with pytest.raises(MeetingFileError, match="^nothing.meeting: the file does not exist"):
        load_meeting(tmp_path / "nothing.meeting")
    with pytest.raises(NotAMeetingFile, match="is a folder"):
        load_meeting(tmp_path)


def test_replace_other_saves_over_a_foreign_file(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "was-text.meeting"
    path.write_text("old notes")
    save_meeting(meeting, path, replace_other=True)
    assert load_meeting(path) == meeting


def test_a_failed_save_leaves_the_previous_file(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    before = path.read_bytes()

    def explode(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_write_packs", explode)  # fails after most rows are written
    edited = dataclasses.replace(meeting, title="Half-saved")
    with pytest.raises(MeetingFileError, match="could not be saved .* as it was before"):
        save_meeting(edited, path)
    assert path.read_bytes() == before
    assert load_meeting(path) == meeting
    fresh = tmp_path / "fresh.meeting"
    with pytest.raises(MeetingFileError):
        save_meeting(edited, fresh)
    assert list(tmp_path.iterdir()) == [path]  # no half-written file, no temp file


# Child processes import this checkout's code, whatever is installed.
_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

_SAVER = textwrap.dedent(
    """
    import dataclasses, sys
    sys.path.insert(0, {tests!r})
    from conftest import rich_meeting
    from briefing.store import save_meeting
    m = rich_meeting()
    big = bytes(range(256)) * 4000
    variants = [dataclasses.replace(m, title=f"Version {{i}}", notes=m.notes + tuple(
        dataclasses.replace(m.notes[3], id=f"x{{i}}-{{k}}", title=f"Extra {{k}}",
            attachment=dataclasses.replace(m.notes[3].attachment, data=big + bytes([i, k])))
        for k in range(i % 3))) for i in range(4)]
    print("ready", flush=True)
    i = 0
    while True:
        save_meeting(variants[i % 4], sys.argv[1]); i += 1
    """
)


@pytest.mark.slow
def test_killing_the_app_mid_save_never_corrupts_the_file(tmp_path: Path) -> None:
    path = tmp_path / "killed.meeting"
    script = tmp_path / "saver.py"
    script.write_text(_SAVER.format(tests=str(Path(__file__).parent)))
    titles, interrupted = set(), 0
    journal = path.with_name(path.name + "-journal")
    for delay in (0.05, 0.13, 0.21, 0.34, 0.5, 0.8, 0.9, 1.1):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, env=_ENV
        )
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        if path.exists():
            interrupted += journal.exists() and journal.stat().st_size > 0
            titles.add(load_meeting(path).title)  # never damaged, always one whole version
    assert titles and titles <= {f"Version {i}" for i in range(4)}
    assert interrupted  # at least one kill landed mid-save, and the file was recovered


def test_note_bytes_are_exact(tmp_path: Path) -> None:
    from briefing.model import Attachment

    data = bytes(range(256)) * 3
    meeting = Meeting(title="t", notes=(Note("n", "N", attachment=Attachment("a.pdf", data)),))
    path = tmp_path / "n.meeting"
    save_meeting(meeting, path)
    assert load_meeting(path).notes[0].attachment.data == data


def test_saving_into_a_missing_folder_names_the_folder_not_a_temporary_file(
    tmp_path: Path,
) -> None:
    from briefing.errors import MeetingFileError

    target = tmp_path / "gone" / "meeting.meeting"
    with pytest.raises(MeetingFileError) as raised:
        save_meeting(Meeting(title="x"), target)
    assert str(raised.value) == (
        f"meeting.meeting: the meeting could not be saved: the folder {target.parent} does not exist"
    )
    assert ".tmp" not in str(raised.value)


# =========================================================================== schema of its own

_HOSTILE_SCHEMA = [
    (
        "CREATE TRIGGER pwn AFTER INSERT ON note BEGIN UPDATE meeting SET title = 'PWNED'; END",
        NotAMeetingFile,
        "holds a trigger 'pwn' that the app never makes; a meeting file carries no code",
    ),
    ("CREATE VIEW v AS SELECT title FROM meeting", NotAMeetingFile, "holds a view 'v'"),
    ("CREATE TABLE extra (x)", NotAMeetingFile, "holds a table 'extra' that the app never"),
    ("CREATE INDEX by_title ON note (title)", NotAMeetingFile, "holds an index 'by_title'"),
    ("ALTER TABLE note DROP COLUMN internal", DamagedMeetingFile, "no column 'internal'"),
    ("ALTER TABLE person ADD COLUMN spy TEXT", NotAMeetingFile, "a column 'spy' the app never"),
]


def _with_schema_change(path: Path, meeting: Meeting, sql: str) -> bytes:
    save_meeting(meeting, path)
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(("sql", "error", "message"), _HOSTILE_SCHEMA)
def test_a_schema_the_app_did_not_make_is_refused_and_left_alone(
    tmp_path: Path, meeting: Meeting, sql: str, error: type, message: str
) -> None:
    path = tmp_path / "odd.meeting"
    before = _with_schema_change(path, meeting, sql)
    with pytest.raises(error, match=f"^odd.meeting: .*{message}"):
        load_meeting(path)
    with pytest.raises(error, match="it was not overwritten$"):
        save_meeting(dataclasses.replace(meeting, title="Edited"), path)
    assert path.read_bytes() == before
    save_meeting(meeting, path, replace_other=True)  # "Save As" over it, confirmed: a clean file
    assert load_meeting(path) == meeting
    assert _tables(path, "SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')")[
        0
    ] == (0,)


def test_a_trigger_never_runs_even_past_the_schema_check(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second line of defence: connections refuse whatever a trigger or a view would do."""
    path = tmp_path / "pwn.meeting"
    _with_schema_change(path, meeting, _HOSTILE_SCHEMA[0][0])
    monkeypatch.setattr(store, "_verify_schema", lambda *args: None)
    with pytest.raises(MeetingFileError, match="could not be saved .*not authorized"):
        save_meeting(dataclasses.replace(meeting, title="Edited"), path)
    assert _tables(path, "SELECT title FROM meeting") == [(meeting.title,)]


def test_a_version_1_file_is_checked_against_version_1(tmp_path: Path) -> None:
    path = tmp_path / "old.meeting"
    _make_version_1_file(path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TRIGGER t AFTER DELETE ON person BEGIN SELECT 1; END")
    conn.close()
    with pytest.raises(NotAMeetingFile, match="trigger 't'"):
        load_meeting(path)


# =========================================================================== journals and logs

_CRASH = textwrap.dedent(
    """
    import dataclasses, os, sys
    from briefing import dbfile, store
    from briefing.model import Meeting
    opened = store._open_for_writing

    def small_cache(*args, **kwargs):
        conn = opened(*args, **kwargs)
        conn.execute("PRAGMA cache_size = 2")  # pages reach the file before the commit
        return conn

    def die(*args):
        os.kill(os.getpid(), 9)

    store._open_for_writing, store._write_packs = small_cache, die
    text = "x" * 90_000  # four long texts, each within the model's limit, fill many pages
    store.save_meeting(
        Meeting(title="Half-saved", background=text, aims=text, logistics=text,
                acknowledgements=text),
        sys.argv[1],
    )
    """
)


def _kill_a_save(path: Path) -> Path:
    """Kill a save in place of ``path`` after it began writing the file; return its journal."""
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], env=_ENV, check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")  # a hot journal
    return journal


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *argv], capture_output=True, text=True, env=_ENV
    )


def _state(path: Path) -> tuple[bytes, int, list[str]]:
    """What a command that only reads must leave as it was: bytes, time, the folder's names."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def test_a_journal_of_another_file_never_damages_a_good_one(
    tmp_path: Path, meeting: Meeting
) -> None:
    good, other = tmp_path / "good.meeting", tmp_path / "other" / "other.meeting"
    other.parent.mkdir()
    save_meeting(meeting, good)
    save_meeting(Meeting(title="Another meeting"), other)
    journal = _kill_a_save(other)
    shutil.copy(journal, tmp_path / "good.meeting-journal")  # copied along with the file
    shutil.copy(other.with_name(".other.meeting.saving"), tmp_path / ".good.meeting.saving")
    before = _state(good)
    shown = _cli("show", str(good))
    assert shown.returncode == 0 and shown.stdout.startswith(f"{meeting.title}\n")
    assert "good.meeting-journal beside it does not belong to it" in shown.stderr
    assert _state(good) == before  # byte for byte, time and neighbours
    assert load_meeting(good) == meeting

    edited = dataclasses.replace(meeting, title="Edited")
    save_meeting(edited, good)  # the next save sets the stray journal aside, renamed
    assert load_meeting(good) == edited
    aside = [p.name for p in tmp_path.iterdir() if "-journal." in p.name]
    assert len(aside) == 1 and aside[0].startswith("good.meeting-journal.not-its-own-")
    assert not (tmp_path / "good.meeting-journal").exists()


def test_a_killed_save_is_undone_and_reading_it_never_writes(tmp_path: Path) -> None:
    from briefing.sample import sample_meeting

    meeting = sample_meeting()  # one that builds
    path = tmp_path / "consultation.meeting"
    save_meeting(meeting, path)
    journal = _kill_a_save(path)
    before = _state(path)
    shown = _cli("show", str(path))
    assert shown.returncode == 0 and shown.stdout.startswith(f"{meeting.title}\n")
    out = str(tmp_path / "out")
    built = _cli("build", str(path), "-o", out, "--build-date", "2017-11-01")
    assert built.returncode == 0, built.stderr
    assert load_meeting(path) == meeting  # the last saved state, read from a rolled-back copy
    assert _state(path)[0:2] == before[0:2] and journal.exists()

    edited = dataclasses.replace(meeting, title="After the crash")
    save_meeting(edited, path)  # a save rolls the file's own journal back in place first
    assert not journal.exists() and not (tmp_path / ".consultation.meeting.saving").exists()
    assert load_meeting(path) == edited
    assert _tables(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_killed_save_is_undone_after_the_disk_was_mounted_again(tmp_path: Path) -> None:
    # A USB stick pulled out mid-save and plugged in again (FAT, exFAT), btrfs or a network
    # share may give the file another device and inode number: the journal is still its own.
    meeting = Meeting(title="Before the stick was pulled out")
    path = tmp_path / "stick.meeting"
    save_meeting(meeting, path)
    _kill_a_save(path)
    marker = tmp_path / ".stick.meeting.saving"
    recorded = json.loads(marker.read_bytes())
    recorded["device"], recorded["inode"] = recorded["device"] + 1, recorded["inode"] + 1
    marker.write_text(json.dumps(recorded))
    assert load_meeting(path) == meeting  # read from a rolled-back copy
    save_meeting(dataclasses.replace(meeting, title="After"), path)
    assert load_meeting(path).title == "After"
    assert not [p.name for p in tmp_path.iterdir() if "not-its-own" in p.name]
    assert _tables(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_journal_that_does_not_give_back_the_files_content_is_not_its_own(
    tmp_path: Path,
) -> None:
    meeting = Meeting(title="Kept as it is")
    path = tmp_path / "kept.meeting"
    save_meeting(meeting, path)
    journal = _kill_a_save(path)
    assert dbfile._is_own_journal(path, journal)
    marker = tmp_path / ".kept.meeting.saving"
    recorded = json.loads(marker.read_bytes())
    recorded["digest"] = "0" * 64  # a marker of another state of the file
    marker.write_text(json.dumps(recorded))
    assert not dbfile._is_own_journal(path, journal)


def test_reading_a_good_file_changes_nothing_beside_it(tmp_path: Path, meeting: Meeting) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    before = _state(path)
    assert _cli("show", str(path)).returncode == 0
    assert _cli("check", str(path)).returncode in (0, 1)
    assert _cli("export-json", str(path), "-o", str(tmp_path / "x" / "m.json")).returncode == 0
    shutil.rmtree(tmp_path / "x")
    assert _state(path) == before


def test_a_write_ahead_log_beside_a_meeting_file_is_never_read(
    tmp_path: Path, meeting: Meeting
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    other = tmp_path / "other.meeting"
    shutil.copy(path, other)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meeting SET title = 'From the log'")
    shutil.copy(other.with_name("other.meeting-wal"), tmp_path / "forum.meeting-wal")
    conn.close()
    before = path.read_bytes()
    assert load_meeting(path).title == meeting.title
    assert path.read_bytes() == before and not (tmp_path / "forum.meeting-shm").exists()
    with pytest.raises(NotAMeetingFile, match="write-ahead log"):
        load_meeting(other)  # a meeting file in WAL mode is not one the app writes
    save_meeting(meeting, path)
    assert not (tmp_path / "forum.meeting-wal").exists()
    assert load_meeting(path) == meeting


def test_a_full_disk_while_undoing_a_crash_for_reading_is_said(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    _kill_a_save(path)
    before = path.read_bytes()

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(dbfile.shutil, "copyfile", no_space)
    with pytest.raises(MeetingFileError, match="^forum.meeting: .*: the disk is full$"):
        load_meeting(path)
    assert path.read_bytes() == before


# =========================================================================== links, disks, modes


def test_a_symbolic_link_is_saved_through(tmp_path: Path, meeting: Meeting) -> None:
    target = tmp_path / "shared" / "forum.meeting"
    target.parent.mkdir()
    link = tmp_path / "forum.meeting"
    link.symlink_to(target)
    save_meeting(meeting, link)  # a new file, made where the link points
    edited = dataclasses.replace(meeting, title="Edited")
    save_meeting(edited, link)  # in place
    assert link.is_symlink() and load_meeting(target) == edited


def test_a_symbolic_link_to_an_old_file_stays_a_link_after_migration(tmp_path: Path) -> None:
    target = tmp_path / "old.meeting"
    _make_version_1_file(target)
    link = tmp_path / "link.meeting"
    link.symlink_to(target)
    meeting = load_meeting(link)
    save_meeting(meeting, link)  # a new file of the current version, renamed over the target
    assert link.is_symlink()
    assert _tables(target, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert load_meeting(link) == meeting


def _limit_pages(monkeypatch: pytest.MonkeyPatch, pages: int | None) -> None:
    """Make SQLite find the disk full: a file may not grow past ``pages`` (None: its size)."""
    opened = store._open_for_writing

    def limited(path: Path, **kwargs: bool) -> sqlite3.Connection:
        conn = opened(path, **kwargs)
        now = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages if pages is not None else now}")
        return conn

    monkeypatch.setattr(store, "_open_for_writing", limited)


def test_a_full_disk_says_so_and_changes_nothing(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    before = path.read_bytes()
    _limit_pages(monkeypatch, None)
    text = "A long text. " * 7_000  # within the model's limit, many pages together
    bigger = dataclasses.replace(
        meeting, background=text, aims=text, logistics=text, acknowledgements=text
    )
    with pytest.raises(MeetingFileError) as raised:
        save_meeting(bigger, path)
    assert str(raised.value) == "forum.meeting: the disk is full: nothing was changed"
    assert path.read_bytes() == before

    _limit_pages(monkeypatch, 12)
    fresh = tmp_path / "fresh.meeting"
    with pytest.raises(MeetingFileError) as raised:
        save_meeting(bigger, fresh)
    assert str(raised.value) == "fresh.meeting: the disk is full: nothing was changed"
    assert sorted(os.listdir(tmp_path)) == ["forum.meeting"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
@pytest.mark.parametrize("proc", [True, False])
def test_a_new_file_has_the_users_usual_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: int, mode: int, proc: bool
) -> None:
    if not proc:  # where there is no /proc, a file made for the purpose tells
        monkeypatch.setattr(atomic, "_STATUS", tmp_path / "no-proc")
    previous = os.umask(umask)
    try:
        path = tmp_path / "new.meeting"
        save_meeting(Meeting(title="x"), path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert sorted(os.listdir(tmp_path)) == ["new.meeting"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes with names are POSIX")
def test_a_pipe_never_blocks_reading_or_saving(tmp_path: Path, meeting: Meeting) -> None:
    pipe = tmp_path / "pipe.meeting"
    os.mkfifo(pipe)
    with pytest.raises(NotAMeetingFile, match=r"^pipe.meeting: is not a regular file \(a FIFO\)"):
        load_meeting(pipe)
    with pytest.raises(NotAMeetingFile, match="it was not overwritten"):
        save_meeting(meeting, pipe)
    path = tmp_path / "forum.meeting"
    save_meeting(meeting, path)
    before = path.read_bytes()
    os.mkfifo(tmp_path / "forum.meeting-journal")  # SQLite would wait on it for ever
    os.mkfifo(tmp_path / ".forum.meeting.saving")
    assert load_meeting(path) == meeting and path.read_bytes() == before
    edited = dataclasses.replace(meeting, title="Edited")
    save_meeting(edited, path)
    assert load_meeting(path) == edited
    assert not (tmp_path / "forum.meeting-journal").exists()
