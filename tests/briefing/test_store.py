"""The meeting file: round trip, migration, refusal of bad files, saves that cannot half-happen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefing import store
from briefing.errors import DamagedMeetingFile, MeetingFileError, NewerMeetingFile, NotAMeetingFile
from briefing.model import Meeting, Note, PackDefinition, PackOptions
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
        proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE)
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
