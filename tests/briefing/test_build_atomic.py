"""A build's files appear together or not at all, and with the user's usual permissions.

Failures are injected at every move of the swap, and kills (a process that dies at once, as
under SIGKILL) land at every move too; after each, the folder is settled as the next build
would settle it, and must hold exactly the previous set or exactly the new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

import briefing.output_swap as swap
from briefing.atomic import atomic_write, new_file_mode
from briefing.build import BuildRequest, build_packs
from briefing.errors import BuildError
from briefing.output_swap import STAGING_PREFIX, StagedOutput, recover
from briefing.render.pdf import PdfRenderer
from briefing.sample import sample_meeting

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("swap_driver.py")
OLD_DATE, NEW_DATE = dt.date(2017, 11, 20), dt.date(2017, 11, 21)

# Three names with a previous file and one without: 3 x 2 + 1 = 7 moves.
PREVIOUS = {"a.pdf": b"old a", "b.pdf": b"old b", "c.pdf": b"old c"}
NAMES = ["a.pdf", "d.pdf", "b.pdf", "c.pdf"]  # d.pdf: its move is the 3rd
MOVES = 7
USERS_FILE = "my notes.txt"  # a user's file in the output folder: never touched


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry of ``folder`` but staging folders: files by bytes, folders by their listing."""
    return {
        p.name: p.read_bytes() if p.is_file() else str(sorted(q.name for q in p.iterdir()))
        for p in folder.iterdir()
        if not p.name.startswith(STAGING_PREFIX)
    }


def staging_folders(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{STAGING_PREFIX}*"))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder holding a previous set, a user's file and a user's folder."""
    folder = tmp_path / "packs"
    folder.mkdir()
    for name, data in PREVIOUS.items():
        (folder / name).write_bytes(data)
    (folder / USERS_FILE).write_text("keep me")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "draft.docx").write_bytes(b"a user's draft")
    return folder


def expected_new(before: dict[str, bytes | str]) -> dict[str, bytes | str]:
    return before | {name: f"new {name}".encode() for name in NAMES}


def fail_moves(monkeypatch: pytest.MonkeyPatch, failing: Callable[[int], bool]) -> None:
    """Make the swap's moves (not the atomic writes) fail where ``failing(move number)``."""
    real_replace, moves = os.replace, [0]

    def replace(source: object, target: object) -> None:
        if not str(source).endswith(".tmp"):
            moves[0] += 1
            if failing(moves[0]):
                raise PermissionError(13, "Permission denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)


def commit_new_set(folder: Path) -> None:
    with StagedOutput(folder) as staging:
        for name in NAMES:
            (staging.new / name).write_bytes(f"new {name}".encode())
        staging.commit(NAMES)


def test_a_commit_puts_every_file_in_place_and_leaves_the_users_files(out: Path) -> None:
    before = snapshot(out)
    commit_new_set(out)
    assert snapshot(out) == expected_new(before)
    assert staging_folders(out) == []


@pytest.mark.parametrize("failing_move", range(1, MOVES + 1))
def test_a_move_that_fails_puts_every_previous_file_back(
    out: Path, monkeypatch: pytest.MonkeyPatch, failing_move: int
) -> None:
    before = snapshot(out)
    fail_moves(monkeypatch, lambda move: move == failing_move)
    with pytest.raises(BuildError) as caught:
        commit_new_set(out)
    [problem] = caught.value.problems
    assert any(
        problem.startswith(f"{name}: could not be put in place (Permission") for name in NAMES
    )
    assert problem.endswith(f"nothing in {out} was changed")
    assert snapshot(out) == before
    assert staging_folders(out) == []


def test_when_putting_back_fails_too_the_next_build_puts_the_previous_files_back(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(out)
    fail_moves(monkeypatch, lambda move: move >= 4)  # the disk went read-only mid-way
    with pytest.raises(BuildError, match="will tidy up$"):
        commit_new_set(out)
    assert snapshot(out) != before and len(staging_folders(out)) == 1  # a mix, for now
    monkeypatch.undo()
    recover(out)  # what the next build does first
    assert snapshot(out) == before
    assert staging_folders(out) == []


def run_driver(folder: Path, die_at: int, fail_at: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DRIVER), str(folder), str(die_at), str(fail_at), *NAMES],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        check=False,
    )


@pytest.mark.parametrize("die_at", range(1, MOVES + 1))
def test_a_kill_at_any_move_is_finished_by_the_next_build(out: Path, die_at: int) -> None:
    before = snapshot(out)
    done = run_driver(out, die_at)
    assert done.returncode == 9, done.stderr
    [left] = staging_folders(out)
    assert (left / "commit.json").is_file()  # killed past the point of no return
    recover(out)
    assert snapshot(out) == expected_new(before)
    assert staging_folders(out) == []


@pytest.mark.parametrize(
    ("fail_at", "die_at"), [(f, f + k) for f in range(1, MOVES + 1) for k in (1, 2, 3)]
)
def test_a_kill_while_putting_the_previous_files_back_is_finished_by_the_next_build(
    out: Path, fail_at: int, die_at: int
) -> None:
    before = snapshot(out)
    done = run_driver(out, die_at, fail_at)
    recover(out)
    assert snapshot(out) == before, done.stdout + done.stderr
    assert staging_folders(out) == []


def test_a_full_disk_at_the_point_of_no_return_changes_nothing(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(swap, "atomic_write", full)  # the commit record cannot be written
    before = snapshot(out)
    with pytest.raises(BuildError) as caught:
        commit_new_set(out)
    assert caught.value.problems == [
        f"{out}: the files could not be put in place (the disk is full); nothing was changed"
    ]
    assert snapshot(out) == before
    assert staging_folders(out) == []


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot lock a folder")
def test_a_build_waits_while_another_moves_or_tidies_files_in_the_folder(out: Path) -> None:
    """Two builds' moves never interleave: each takes the output folder's lock for them."""
    import time

    before = snapshot(out)
    with swap._folder_lock(out):  # as another build holds it while it moves its files
        child = subprocess.Popen(
            [sys.executable, str(DRIVER), str(out), "0", "0", *NAMES],
            env=os.environ | {"PYTHONPATH": str(ROOT)},
        )
        time.sleep(1.0)  # time enough to start; it must not have moved anything meanwhile
        assert child.poll() is None
        assert snapshot(out) == before and staging_folders(out) == []
    assert child.wait() == 0
    assert snapshot(out) == expected_new(before)


def test_a_users_folder_under_a_packs_name_is_left_whole(out: Path) -> None:
    (out / "c.pdf").unlink()
    (out / "c.pdf").mkdir()
    (out / "c.pdf" / "inside.txt").write_text("a user's file")
    before = snapshot(out)
    with pytest.raises(BuildError, match=r"^c\.pdf: could not be put in place \(Is a directory"):
        commit_new_set(out)
    assert snapshot(out) == before
    assert (out / "c.pdf" / "inside.txt").read_text() == "a user's file"


def test_what_a_build_that_was_killed_while_staging_left_is_removed(out: Path) -> None:
    left = out / f"{STAGING_PREFIX}killed"
    (left / "new").mkdir(parents=True)
    (left / "new" / "a.pdf").write_bytes(b"half a pack")
    before = snapshot(out)
    commit_new_set(out)  # the next build
    assert snapshot(out) == expected_new(before)
    assert staging_folders(out) == []


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_staging_name_that_links_elsewhere_is_never_followed(out: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "new").mkdir(parents=True)
    (elsewhere / "new" / "a.pdf").write_bytes(b"planted")
    (elsewhere / "commit.json").write_text('{"direction": "forward", "names": ["a.pdf"]}')
    (out / f"{STAGING_PREFIX}link").symlink_to(elsewhere)
    before = snapshot(out)
    commit_new_set(out)
    assert snapshot(out) == expected_new(before)  # nothing planted came in
    assert (out / f"{STAGING_PREFIX}link").is_symlink()  # and the link is left as it was
    assert (elsewhere / "new" / "a.pdf").read_bytes() == b"planted"


def test_the_folder_of_a_build_still_running_is_left_alone(out: Path) -> None:
    running = out / f"{STAGING_PREFIX}running"
    (running / "new").mkdir(parents=True)
    lock = swap._try_lock(running / "lock")  # as that build holds it (another descriptor)
    assert lock is not None
    try:
        recover(out)
        assert (running / "new").is_dir()
    finally:
        swap._unlock(lock)
    recover(out)
    assert not running.exists()


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (b'{"direction": "forward", "names": ["../outside.pdf"]}', "names a file outside"),
        (b'{"direction": "sideways", "names": []}', "not a build's record"),
        (b"{not json", "not valid JSON"),
        (b'{"names": [' + b'"a.pdf", ' * 200_000 + b'"a.pdf"]}', "is larger than 1 MB"),
    ],
)
def test_a_record_that_cannot_be_trusted_stops_the_build_and_moves_nothing(
    out: Path, record: bytes, problem: str
) -> None:
    left = out / f"{STAGING_PREFIX}foreign"
    (left / "old").mkdir(parents=True)
    (left / "old" / "outside.pdf").write_bytes(b"?")
    (left / "commit.json").write_bytes(record)
    before = snapshot(out)
    with pytest.raises(BuildError, match=f"commit.json: cannot be read.*{problem}"):
        commit_new_set(out)
    assert snapshot(out) == before
    assert (left / "old" / "outside.pdf").read_bytes() == b"?"
    assert not (out.parent / "outside.pdf").exists()


# ---------------------------------------------------------------- real builds


def per_session_request(folder: Path, date: dt.date) -> BuildRequest:
    pack = sample_meeting().pack_definitions()[0]
    return BuildRequest(pack, folder, ("pdf", "docx"), per_session=True, build_date=date)


@pytest.fixture(scope="module")
def two_sets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A per-session build (12 files) of the sample on two dates: the previous and the new."""
    old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
    build_packs(sample_meeting(), per_session_request(old, OLD_DATE))
    build_packs(sample_meeting(), per_session_request(new, NEW_DATE))
    return old, new


def previous_set(two_sets: tuple[Path, Path], tmp_path: Path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir(parents=True)
    for made in two_sets[0].iterdir():
        (folder / made.name).write_bytes(made.read_bytes())
    (folder / USERS_FILE).write_text("keep me")
    return folder


@pytest.mark.parametrize("failing_move", [1, 13, 24])  # first, the 7th file's, the last
def test_a_build_whose_move_fails_leaves_the_whole_previous_set(
    two_sets: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing_move: int,
) -> None:
    folder = previous_set(two_sets, tmp_path)
    before = snapshot(folder)
    assert len(before) == 13
    fail_moves(monkeypatch, lambda move: move == failing_move)
    with pytest.raises(BuildError, match="could not be put in place"):
        build_packs(sample_meeting(), per_session_request(folder, NEW_DATE))
    assert snapshot(folder) == before
    assert staging_folders(folder) == []


def test_a_build_that_fails_on_its_7th_file_replaces_none(
    two_sets: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = previous_set(two_sets, tmp_path)
    before = snapshot(folder)
    real_render, rendered = PdfRenderer.render, [0]

    def render(self: PdfRenderer, *args: object, **kwargs: object) -> object:
        rendered[0] += 1
        if rendered[0] == 4:  # with the DOCX files, the 7th file of the build
            raise OSError(28, "No space left on device")
        return real_render(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PdfRenderer, "render", render)
    with pytest.raises(BuildError, match="the disk is full"):
        build_packs(sample_meeting(), per_session_request(folder, NEW_DATE))
    assert snapshot(folder) == before
    assert staging_folders(folder) == []


def test_a_complete_build_replaces_the_whole_set(
    two_sets: tuple[Path, Path], tmp_path: Path
) -> None:
    folder = previous_set(two_sets, tmp_path)
    report = build_packs(sample_meeting(), per_session_request(folder, NEW_DATE))
    assert snapshot(folder) == snapshot(two_sets[1]) | {USERS_FILE: b"keep me"}
    assert len(report.files) == 12 and staging_folders(folder) == []
    pdf = next(f for f in report.files if f.format == "pdf")
    assert len(PdfReader(pdf.path).pages) == pdf.pages


def test_a_failed_build_removes_the_folders_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_moves(monkeypatch, lambda move: move == 2)
    request = dataclasses.replace(per_session_request(tmp_path / "new" / "packs", NEW_DATE))
    with pytest.raises(BuildError):
        build_packs(sample_meeting(), request)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- permissions


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
@pytest.mark.parametrize(
    ("umask", "file_mode", "folder_mode"), [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)]
)
def test_packs_and_meeting_files_get_the_users_umask(
    tmp_path: Path, umask: int, file_mode: int, folder_mode: int
) -> None:
    def briefing(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "briefing", *args],
            check=True,
            capture_output=True,
            env=os.environ | {"PYTHONPATH": str(ROOT)},
            cwd=tmp_path,
            umask=umask,
        )

    briefing("build", "--per-session", "--format", "all", "-o", "made/packs")
    briefing("export-json", "-o", "sample.json")
    briefing("import-json", "sample.json", "-o", "sample.meeting")
    written = [*(tmp_path / "made" / "packs").iterdir(), tmp_path / "sample.json"]
    written.append(tmp_path / "sample.meeting")
    assert len(written) == 14
    assert {p.name: mode(p) for p in written} == {p.name: file_mode for p in written}
    assert mode(tmp_path / "made") == mode(tmp_path / "made" / "packs") == folder_mode


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_atomic_write_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    kept.chmod(0o640)
    atomic_write(kept, json.dumps({"a": 1}).encode())
    assert mode(kept) == 0o640 and json.loads(kept.read_text()) == {"a": 1}
    atomic_write(tmp_path / "fresh.json", b"{}")
    assert mode(tmp_path / "fresh.json") == new_file_mode(tmp_path) == 0o666 & ~current_umask_now()


def current_umask_now() -> int:
    mask = os.umask(0o022)  # the test's own process: no other thread writes files here
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- kill -9 of real builds

KILL_TRIALS = 20  # kills spread over a whole build
MOVE_TRIALS = 12  # kills while the build moves its files (slowed down between moves)
MOVE_PAUSE = 0.05  # seconds between two moves in those trials


def start_cli_build(
    folder: Path, move_pause: float = 0.0, day: dt.date = NEW_DATE
) -> subprocess.Popen[bytes]:
    env = os.environ | {"PYTHONPATH": str(ROOT), swap.MOVE_PAUSE_VARIABLE: str(move_pause)}
    args = ["build", "--per-session", "--format", "all", "--build-date", day.isoformat()]
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", *args, "-o", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def committed(folder: Path) -> bool:
    """Whether a build of ``folder`` is past its point of no return (moving its files)."""
    return any((f / "commit.json").exists() for f in staging_folders(folder))


def kill(child: subprocess.Popen[bytes]) -> bool:
    """SIGKILL ``child``; whether it was still running (the kill landed)."""
    landed = child.poll() is None
    child.kill()
    child.wait()
    return landed


def settle_and_check(
    folder: Path, before: dict[str, bytes | str], new: dict[str, bytes | str]
) -> str:
    """Settle ``folder`` as the next build would; it must hold one complete set: which one."""
    recover(folder)
    assert staging_folders(folder) == []
    after = snapshot(folder)
    assert after in (before, new), sorted(n for n in after if after.get(n) != new.get(n))
    return "new" if after == new else "previous"


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_build_killed_at_any_moment_leaves_one_complete_set(
    two_sets: tuple[Path, Path], tmp_path: Path
) -> None:
    import time

    new = snapshot(two_sets[1]) | {USERS_FILE: b"keep me"}
    calibration = previous_set(two_sets, tmp_path / "calibration")
    started = time.monotonic()
    assert start_cli_build(calibration).wait() == 0
    duration = time.monotonic() - started
    assert snapshot(calibration) == new  # the command line builds the same bytes

    outcomes: list[tuple[str, bool, str]] = []
    for trial in range(KILL_TRIALS):
        folder = previous_set(two_sets, tmp_path / f"kill{trial}")
        before = snapshot(folder)
        child = start_cli_build(folder)
        time.sleep(duration * (trial + 0.5) / KILL_TRIALS)
        landed = kill(child)
        outcomes.append(
            ("spread", landed and committed(folder), settle_and_check(folder, before, new))
        )
    for trial in range(MOVE_TRIALS):
        folder = previous_set(two_sets, tmp_path / f"moves{trial}")
        before = snapshot(folder)
        child = start_cli_build(folder, MOVE_PAUSE)
        while not committed(folder) and child.poll() is None:
            time.sleep(0.002)
        time.sleep(24 * MOVE_PAUSE * (trial + 0.5) / MOVE_TRIALS)  # 24 moves: 12 files
        landed = kill(child)
        outcomes.append(
            ("moves", landed and committed(folder), settle_and_check(folder, before, new))
        )

    in_moves = [o for o in outcomes if o[1]]
    print(
        f"\n{len(outcomes)} kills (build {duration:.2f} s): {len(in_moves)} during the moves, "
        f"{sum(o[2] == 'previous' for o in outcomes)} left the previous set, "
        f"{sum(o[2] == 'new' for o in outcomes)} the new one"
    )
    assert all(o[2] == "new" for o in in_moves)  # past the point of no return: finished
    assert sum(o[0] == "moves" for o in in_moves) == MOVE_TRIALS
    assert any(o[2] == "previous" for o in outcomes if o[0] == "spread")
    next_build = build_packs(sample_meeting(), per_session_request(folder, NEW_DATE))
    assert len(next_build.files) == 12 and snapshot(folder) == new
    assert staging_folders(folder) == []


@pytest.mark.slow
def test_two_builds_of_one_folder_at_once_leave_one_complete_set(
    two_sets: tuple[Path, Path], tmp_path: Path
) -> None:
    """Neither build tidies away the other's running build."""
    folder = tmp_path / "packs"
    children = [start_cli_build(folder, MOVE_PAUSE, day) for day in (OLD_DATE, NEW_DATE)]
    assert [child.wait() for child in children] == [0, 0]
    assert snapshot(folder) in (snapshot(two_sets[0]), snapshot(two_sets[1]))
    assert staging_folders(folder) == []


@pytest.mark.parametrize("direction", ["back", "forward"])
def test_a_leftover_record_never_moves_a_file_its_build_did_not_write(
    out: Path, direction: str
) -> None:
    (out / "minutes.docx").write_bytes(b"the user's own minutes")
    leftover = out / f"{STAGING_PREFIX}zzz"
    (leftover / "new").mkdir(parents=True)
    if direction == "forward":
        (leftover / "new" / "minutes.docx").write_bytes(b"not what the record says")
    digests = {"minutes.docx": "0" * 64}
    record = {"direction": direction, "names": ["minutes.docx"], "files": digests}
    (leftover / "commit.json").write_text(json.dumps(record))
    recover(out)
    assert (out / "minutes.docx").read_bytes() == b"the user's own minutes"
    assert not leftover.exists()


def test_a_record_without_digests_moves_nothing(out: Path) -> None:
    (out / "minutes.docx").write_bytes(b"the user's own minutes")
    leftover = out / f"{STAGING_PREFIX}old-format"
    leftover.mkdir()
    (leftover / "commit.json").write_text('{"direction": "back", "names": ["minutes.docx"]}')
    recover(out)
    assert (out / "minutes.docx").read_bytes() == b"the user's own minutes"
