"""The ``briefing`` command: each command works, bad input is one clear line and exit 1."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing import cli
from briefing.cli import main
from briefing.store import load_meeting


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("new", "show", "export-json", "import-json"):
        assert command in result.stdout


def test_show_sample_prints_agenda_people_and_roles(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show")
    assert code == 0
    assert "10:15–11:00" in out
    assert "Moderator: Mauricio Lazala, Business & Human Rights Resource Centre" in out
    assert "Brief scene-setting — A human rights defender (to be named)" in out
    assert "forumbhr@ohchr.org (cc)" in out


def test_new_export_import_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "blank.meeting"
    assert run(capsys, "new", "-o", str(blank), "--title", "Working group, 5th session")[0] == 0
    assert load_meeting(blank).title == "Working group, 5th session"

    json_path = tmp_path / "sample.json"
    assert run(capsys, "export-json", "-o", str(json_path))[0] == 0
    meeting_path = tmp_path / "sample.meeting"
    assert run(capsys, "import-json", str(json_path), "-o", str(meeting_path))[0] == 0
    code, out, _ = run(capsys, "show", str(meeting_path))
    assert code == 0 and "Scaling Up Initiatives" in out


def test_existing_output_is_not_replaced_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.meeting"
    target.write_text("precious")
    code, _, err = run(capsys, "new", "-o", str(target))
    assert (
        code == 1 and err == "briefing: mine.meeting: already exists; use --force to replace it\n"
    )
    assert target.read_text() == "precious"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("garbage.meeting", b"\x00\x01 not sqlite", "garbage.meeting: is not a meeting file"),
        (
            "bad.json",
            b'{"format": "briefing-meeting", "format_version": 1}',
            "bad.json: title: is missing",
        ),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "show", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == f"briefing: {message}\n"
    assert result.stdout == ""


def test_unwritable_output_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a file").write_text("not a folder")
    code, _, err = run(capsys, "export-json", "-o", str(tmp_path / "a file" / "x.json"))
    assert code == 1 and err.startswith("briefing: ") and err[-1] == "\n" and err.count("\n") == 1


def test_build_prints_files_and_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "build", "-o", str(tmp_path), "--per-session", "--build-date", "2017-11-28"
    )
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 6
    assert lines[0].endswith(" pages)") and "Full pack.pdf" in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        Path(line.rsplit("  (", 1)[0]).name for line in lines
    )


def test_build_from_a_meeting_file_merges_its_notes_read_from_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.model import StoredAttachment
    from briefing.store import save_meeting
    from tests.briefing.render.test_pdf import meeting_with_notes, note_pdf, page_texts

    meeting_file = tmp_path / "forum.meeting"
    save_meeting(meeting_with_notes(("report.pdf", note_pdf(3, "FROMFILE"))), meeting_file)
    reads: list[str] = []
    real = StoredAttachment.data.fget
    monkeypatch.setattr(
        StoredAttachment, "data", property(lambda a: reads.append(a.filename) or real(a))
    )
    out = tmp_path / "packs"
    code, stdout, err = run(capsys, "build", str(meeting_file), "-o", str(out), "--per-session")
    assert code == 0, err
    assert reads == ["report.pdf"]  # read once, for every pack of the build
    carrying = [
        line
        for line in stdout.strip().splitlines()
        if "FROMFILE PAGE 3 of 3" in " ".join(page_texts(Path(line.rsplit("  (", 1)[0])))
    ]
    assert len(carrying) == 2  # the full pack and its session's brief


def test_build_problems_are_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "build", "-o", str(tmp_path), "--pack", "Nope")
    assert code == 1 and err == ("briefing: no pack called 'Nope'; this meeting has 'Full pack'\n")
    code, _, err = run(capsys, "build", "-o", str(tmp_path), "--format", "odt")
    assert code == 1 and "format 'odt' is not available" in err
    with pytest.raises(SystemExit) as info:
        main(["build", "--build-date", "30/11/2017"])
    assert info.value.code == 2 and "is not a date" in capsys.readouterr().err


def test_build_all_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "build", "-o", str(tmp_path), "--format", "all", "--build-date", "2017-11-28"
    )
    assert code == 0, err
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack.docx",
        "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack.pdf",
    ]


def test_check_sample_reports_the_gap_and_placeholders(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0  # warnings only
    assert "gap of 30 min" in out and "(ends 11:45)" in out and "(starts 12:15)" in out
    assert out.count("is still a placeholder") == 7
    assert out.strip().endswith("8 finding(s), 0 error(s)")


def test_import_agenda_people_and_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.sample import RESOURCES

    meeting = tmp_path / "hrd.meeting"
    note = RESOURCES / "sample" / "concept-note.txt"
    code, out, err = run(capsys, "import-agenda", str(note), "-o", str(meeting))
    assert code == 0, err
    assert "5 agenda items, 7 people, 2 contacts" in out
    csv = tmp_path / "people.csv"
    csv.write_text(
        "Name,Email\nAnita Ramasastry,anita@example.org\nLi Wei,not-an-email\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "import-people", str(csv), "--into", str(meeting))
    assert code == 0 and "1 added, 1 updated" in out
    assert "people.csv: line 3: " in err
    points = tmp_path / "points.md"
    points.write_text("# Talking points\n\n- one\n", encoding="utf-8")
    code, out, _ = run(capsys, "add-note", str(meeting), str(points), "--session", "2")
    assert code == 0 and "'Talking points'" in out
    loaded = load_meeting(meeting)
    assert len(loaded.people) == 8
    assert loaded.notes[0].session_ids == (loaded.agenda[1].id,)
    code, _, err = run(capsys, "add-note", str(meeting), str(points), "--session", "9")
    assert code == 1 and "there is no session 9" in err


# --------------------------------------------------------------------------- files a user names


def _one_line(err: str) -> str:
    """The single line of an error output, without its prefix."""
    assert err.count("\n") == 1 and err.startswith("briefing: ") and "Traceback" not in err, err
    return err.removeprefix("briefing: ").rstrip("\n")


@pytest.mark.parametrize(
    ("command", "name", "expected"),
    [
        ("show", "m.meeting", "m.meeting: is not a regular file (a FIFO)"),
        ("check", "m.meeting", "m.meeting: is not a regular file (a FIFO)"),
        ("export-json", "m.meeting", "m.meeting: is not a regular file (a FIFO)"),
        ("show", "m.json", "m.json: the file is not a regular file (a FIFO)"),
        ("import-json", "m.json", "m.json: the file is not a regular file (a FIFO)"),
        ("add-note", "note.txt", "note.txt: the file is not a regular file (a FIFO); attach a file saved on disk"),
        ("import-people", "people.csv", "people.csv: the file is not a regular file (a FIFO)"),
        ("import-agenda", "concept.txt", "concept.txt: the file is not a regular file (a FIFO)"),
    ],
)  # fmt: skip
def test_a_fifo_named_to_any_command_is_refused_without_waiting(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fifo: Callable[[str], Path],
    command: str,
    name: str,
    expected: str,
) -> None:
    meeting = tmp_path / "real.meeting"
    assert run(capsys, "new", "-o", str(meeting))[0] == 0
    path = str(fifo(name))
    argv = {
        "add-note": [str(meeting), path],
        "import-people": [path, "--into", str(meeting)],
        "import-agenda": [path, "-o", str(tmp_path / "new.meeting")],
        "import-json": [path, "-o", str(tmp_path / "new.meeting")],
        "export-json": [path, "-o", str(tmp_path / "out.json")],
    }.get(command, [path])
    before = meeting.read_bytes()
    code, out, err = run(capsys, command, *argv)
    assert code == 1 and _one_line(err) == expected and out == ""
    assert meeting.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["real.meeting", name])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_add_note_of_a_link_to_a_device_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = tmp_path / "m.meeting"
    run(capsys, "new", "-o", str(meeting))
    (tmp_path / "paper.pdf").symlink_to("/dev/zero")
    code, _, err = run(capsys, "add-note", str(meeting), str(tmp_path / "paper.pdf"))
    assert code == 1 and _one_line(err) == (
        "paper.pdf: the file is not a regular file (a device); attach a file saved on disk"
    )
    assert load_meeting(meeting).notes == ()


def _hostile_json(folder: Path, path: str) -> Path:
    """A meeting JSON with one note whose file is ``path``."""
    doc = {
        "format": "briefing-meeting",
        "format_version": 1,
        "title": "Hostile",
        "notes": [{"id": "n", "title": "Note", "file": {"filename": "a.txt", "path": path}}],
    }
    target = folder / "hostile.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    return target


@pytest.mark.parametrize("path", ["/etc/passwd", "../../../../../../../../etc/hosts"])
def test_a_json_naming_a_file_outside_its_folder_builds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    source = _hostile_json(tmp_path, path)
    out = tmp_path / "packs"
    code, stdout, err = run(capsys, "build", str(source), "-o", str(out), "--format", "all")
    assert code == 1 and stdout == ""
    assert _one_line(err) == (
        f"hostile.json: notes[0].file.path: {path!r} is outside the folder of the JSON"
    )
    assert not out.exists()
    code, _, err = run(capsys, "import-json", str(source), "-o", str(tmp_path / "m.meeting"))
    assert code == 1 and "is outside the folder of the JSON" in err
    assert not (tmp_path / "m.meeting").exists()


def test_a_json_nested_too_deeply_is_one_clear_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "briefing-meeting", "title": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "show", str(deep)], capture_output=True, text=True
    )
    assert result.returncode == 1 and result.stdout == ""
    assert _one_line(result.stderr) == (
        "deep.json: the JSON is nested too deeply (lists or objects inside each other)"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_export_json_that_fails_on_the_disk_leaves_nothing_and_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "A long note.\n" * 4000  # 52 KB: over the file size the export may write below
    doc = {
        "format": "briefing-meeting",
        "format_version": 1,
        "title": "M",
        "notes": [{"id": "n", "title": "Note", "file": {"filename": "long.txt", "base64": ""}}],
    }
    doc["notes"][0]["file"]["base64"] = base64.b64encode(note.encode()).decode()
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    meeting = tmp_path / "m.meeting"
    assert run(capsys, "import-json", str(tmp_path / "in.json"), "-o", str(meeting))[0] == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    script = (
        "import resource, signal, sys\n"
        "from briefing.cli import main\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"  # a failed write, not a killed process
        "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    out = tmp_path / "out.json"
    result = subprocess.run(
        [sys.executable, "-c", script, "export-json", str(meeting), "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout
    assert _one_line(result.stderr) == (
        "out.json and out-files: the meeting could not be exported (File too large); "
        "nothing was changed"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_import_people_says_the_encoding_and_the_line_of_a_stray_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = tmp_path / "m.meeting"
    run(capsys, "new", "-o", str(meeting))
    csv = tmp_path / "people.csv"
    csv.write_bytes("Name,Organisation\nZoë Côté,Société\nJosé,Org\n".encode() + b"Ren\xe9,X\n")
    code, out, err = run(capsys, "import-people", str(csv), "--into", str(meeting))
    assert code == 0
    assert out == f"{meeting}: 2 added, 0 updated, 1 row(s) skipped or corrected (read as UTF-8)\n"
    assert err == (
        "briefing: people.csv: line 4: skipped: byte 0xE9 is not valid UTF-8; "
        "save the file as UTF-8\n"
    )
    japanese = tmp_path / "japan.csv"
    japanese.write_bytes("Name,Organisation\n山田 太郎,外交官\n".encode("shift_jis"))
    code, out, _ = run(capsys, "import-people", str(japanese), "--into", str(meeting))
    assert code == 0 and out.endswith("(read as Shift-JIS (Japanese))\n")
    assert "山田 太郎" in {p.name for p in load_meeting(meeting).people}


# --------------------------------------------------------------------------- one lock for all

_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
# Takes the lock of argv[1] as program argv[2], says so, and holds it until stdin closes.
_HOLDER = (
    "import sys; from briefing.lock import MeetingFileLock; "
    "MeetingFileLock.take(sys.argv[1], sys.argv[2]); print('locked', flush=True); "
    "sys.stdin.read()"
)


@contextlib.contextmanager
def held(meeting: Path, program: str) -> Iterator[subprocess.Popen[str]]:
    """Another process (a window of the app, or a command) holds the meeting's lock."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(meeting), program],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_ENV,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    try:
        yield proc
    finally:
        proc.communicate("")


def _writers(tmp_path: Path, meeting: Path) -> dict[str, list[str]]:
    """Each command that writes a meeting file, with what it needs."""
    from briefing.sample import RESOURCES

    note = tmp_path / "points.md"
    note.write_text("# Talking points\n", encoding="utf-8")
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email\nLi Wei,li@example.org\n", encoding="utf-8")
    json_file = tmp_path / "m.json"
    assert main(["export-json", "-o", str(json_file), "--inline"]) == 0
    concept = RESOURCES / "sample" / "concept-note.txt"
    return {
        "add-note": ["add-note", str(meeting), str(note)],
        "import-people": ["import-people", str(csv), "--into", str(meeting)],
        "import-agenda": ["import-agenda", str(concept), "--into", str(meeting)],
        "import-json": ["import-json", str(json_file), "-o", str(meeting), "--force"],
        "new": ["new", "-o", str(meeting), "--force"],
    }


@pytest.mark.parametrize(
    "command", ["add-note", "import-people", "import-agenda", "import-json", "new"]
)
def test_no_command_writes_a_meeting_the_app_has_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    meeting = tmp_path / "open.meeting"
    assert main(["new", "-o", str(meeting), "--title", "Open in the app"]) == 0
    argv = _writers(tmp_path, meeting)[command]
    capsys.readouterr()
    before = meeting.read_bytes()
    with held(meeting, "app") as app:
        code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert err == (
        f"briefing: open.meeting: the meeting is open in another window of the app (process "
        f"{app.pid} on {socket.gethostname()}); changes made in both would overwrite each "
        "other, so close it there first\n"
    )
    assert meeting.read_bytes() == before


def test_a_command_still_running_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = tmp_path / "busy.meeting"
    assert main(["new", "-o", str(meeting)]) == 0
    argv = _writers(tmp_path, meeting)["add-note"]
    capsys.readouterr()
    monkeypatch.setattr(cli, "COMMAND_WAIT_S", 0.2)
    with held(meeting, "briefing import-people") as other:
        code, _, err = run(capsys, *argv)
    assert code == 1 and err.count("\n") == 1
    assert f"the command `briefing import-people` (process {other.pid} on" in err
    assert err.endswith("try again when it has finished\n")
    assert load_meeting(meeting).notes == ()


_AT_ONCE = 4  # pairs of commands started together


@pytest.mark.slow
def test_commands_run_at_once_lose_nothing(tmp_path: Path) -> None:
    meeting = tmp_path / "shared.meeting"
    assert main(["new", "-o", str(meeting)]) == 0
    commands = []
    for number in range(_AT_ONCE):
        note = tmp_path / f"note-{number}.md"
        note.write_text(f"# Note {number}\n", encoding="utf-8")
        commands.append(["add-note", str(meeting), str(note)])
        csv = tmp_path / f"people-{number}.csv"
        csv.write_text(f"Name\nPerson {number}\n", encoding="utf-8")
        commands.append(["import-people", str(csv), "--into", str(meeting)])
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefing", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_ENV,
        )
        for argv in commands
    ]
    results = [(proc.wait(), proc.stderr.read()) for proc in procs]
    for proc in procs:
        proc.stdout.close()
        proc.stderr.close()
    loaded = load_meeting(meeting)
    titles = {n.title for n in loaded.notes}
    names = {p.name for p in loaded.people}
    for number in range(_AT_ONCE):
        for landed, (code, err) in (
            (f"Note {number}" in titles, results[2 * number]),
            (f"Person {number}" in names, results[2 * number + 1]),
        ):
            # Each either landed, or said it did not, in one line, and changed nothing.
            assert (code == 0 and landed) or (
                code == 1 and not landed and "try again when it has finished" in err
            ), err
    assert sum(code == 0 for code, _ in results) >= 1


def test_a_lock_left_by_a_killed_command_does_not_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = tmp_path / "m.meeting"
    assert main(["new", "-o", str(meeting)]) == 0
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], stdout=-1)
    lock_file = tmp_path / ".m.meeting.lock"
    lock_file.write_text(
        f"{int(dead.stdout)}\nbriefing add-note\n{socket.gethostname()}\nstarted=1.0\n"
    )
    argv = _writers(tmp_path, meeting)["add-note"]
    capsys.readouterr()
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert [n.title for n in load_meeting(meeting).notes] == ["Talking points"]
    assert not lock_file.exists()


def test_an_unexpected_error_is_one_line_and_its_details_go_to_a_new_private_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.cli as cli

    def broken(_args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_show", broken)
    code, out, err = run(capsys, "show")
    assert code == 1 and out == ""
    assert err.startswith("briefing: unexpected error (RuntimeError: a bug); details in ")
    log = Path(err.rstrip("\n").rsplit(" ", 1)[1])
    try:
        assert "RuntimeError: a bug" in log.read_text(encoding="utf-8")
        assert log.name.startswith("briefing-error-") and (log.stat().st_mode & 0o077) == 0
    finally:
        log.unlink()
