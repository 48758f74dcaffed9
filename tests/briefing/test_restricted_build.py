"""Restricted packs end to end: the passwords reach the build from a file (CLI) or in memory
(the app's child build process), and nothing a build leaves or says holds one."""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest

from briefing import cli
from briefing.build import BuildReport, BuildRequest, build_packs, find_pack
from briefing.build_process import build_in_process
from briefing.errors import BuildError
from briefing.progress import Monitor
from briefing.render.base import PackPasswords
from briefing.sample import sample_meeting
from briefing.store import save_meeting

OPEN = "open-Pw-7f3a9c-Genève"
OWNER = "owner-Pw-0d2e51-секрет"
PASSWORDS = PackPasswords(open=OPEN, owner=OWNER)
DATE = dt.date(2017, 11, 28)
DOCX_WARNING = "the DOCX packs are not password-protected: only the PDF packs are restricted"


def _secrets() -> list[bytes]:
    """Each password as a file could hold it: UTF-8, UTF-16 (either order), and in parts."""
    found = []
    for password in (OPEN, OWNER):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(password.encode(encoding))
        found.append(password.split("-")[2].encode("ascii"))  # its random middle alone
    return found


def _files_holding_a_password(folder: Path) -> list[Path]:
    """Every file under ``folder`` (hidden ones and folders of any depth) that holds one."""
    holding = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(secret in data for secret in _secrets()):
                holding.append(path)
    return holding


def _says_a_password(*texts: str) -> bool:
    return any(p in text for text in texts for p in (OPEN, OWNER, "7f3a9c", "0d2e51"))


@pytest.fixture
def meeting_file(tmp_path: Path) -> Path:
    path = tmp_path / "consultation.meeting"
    save_meeting(sample_meeting(), path)
    return path


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "secrets" / "passwords.txt"  # beside, not in, what the build writes
    path.parent.mkdir()
    path.write_text(f"# for the delegations\nopen={OPEN}\nowner={OWNER}\n", encoding="utf-8")
    return path


def _build_with_cli(
    meeting_file: Path, password_file: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    argv = ["build", str(meeting_file), "-o", str(out), "--format", "all", "--per-session"]
    argv += ["--build-date", DATE.isoformat(), "--password-file", str(password_file)]
    code = cli.main(argv)
    out_text, err_text = capsys.readouterr()
    return code, out_text, err_text


def test_the_cli_reads_the_password_file_into_the_request(
    tmp_path: Path,
    meeting_file: Path,
    password_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    requests: list[BuildRequest] = []

    def record(_meeting: Any, request: BuildRequest, *_: Any) -> BuildReport:
        requests.append(request)
        return BuildReport()

    monkeypatch.setattr(cli, "build_packs", record)
    code, _out, err = _build_with_cli(meeting_file, password_file, tmp_path / "packs", capsys)
    assert (code, err) == (0, "")
    [request] = requests
    assert (request.passwords.open, request.passwords.owner) == (OPEN, OWNER)
    assert not _says_a_password(repr(request))


def test_a_bad_password_file_is_one_line_and_builds_nothing(
    tmp_path: Path, meeting_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "passwords.txt"
    bad.write_text(f"open={OPEN}\npassword={OWNER}\n", encoding="utf-8")
    for password_file, message in (
        (bad, "passwords.txt: line 2: only open=… and owner=… lines are allowed"),
        (tmp_path / "none.txt", "none.txt: cannot be read (No such file or directory)"),
    ):
        code, out, err = _build_with_cli(meeting_file, password_file, tmp_path / "packs", capsys)
        assert (code, out, err) == (1, "", f"briefing: {message}\n")
    assert not (tmp_path / "packs").exists()


def test_a_restricted_cli_build_leaves_and_says_no_password(
    tmp_path: Path,
    meeting_file: Path,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    before = meeting_file.read_bytes()
    caplog.set_level(logging.DEBUG)  # every record of every logger, not only warnings
    out = tmp_path / "packs"
    code, out_text, err_text = _build_with_cli(meeting_file, password_file, out, capsys)
    assert code == 0
    assert f"briefing: warning: {DOCX_WARNING}" in err_text.splitlines()
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 6 and len(list(out.glob("*.docx"))) == 6  # the full pack + 5 sessions
    assert meeting_file.read_bytes() == before  # a build never writes the meeting
    assert _files_holding_a_password(tmp_path) == [password_file]  # and nothing else
    assert not _says_a_password(out_text, err_text, caplog.text)
    assert not _says_a_password(*(str(r.args) for r in caplog.records))


def test_a_restricted_build_writes_pdfs_that_open_only_with_the_password(
    tmp_path: Path, meeting_file: Path, password_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packs"
    assert _build_with_cli(meeting_file, password_file, out, capsys)[0] == 0
    for pdf in sorted(out.glob("*.pdf")):  # the full pack and each session's
        reader = pypdf.PdfReader(pdf)
        assert reader.is_encrypted, pdf.name
        assert not reader.decrypt("")
        assert reader.decrypt(OWNER) == pypdf.PasswordType.OWNER_PASSWORD
        assert len(reader.pages) > 1
        with pikepdf.open(pdf, password=OPEN) as opened:  # as a delegate opens it
            assert opened.allow.print_highres and opened.allow.accessibility
            assert not opened.allow.modify_other and not opened.allow.modify_annotation
            assert not opened.owner_password_matched


def test_passwords_for_a_docx_only_build_are_refused(tmp_path: Path) -> None:
    meeting = sample_meeting()
    request = BuildRequest(
        find_pack(meeting, None), tmp_path / "packs", ("docx",), passwords=PASSWORDS
    )
    with pytest.raises(BuildError) as info:
        build_packs(meeting, request)
    assert info.value.problems == [
        "passwords restrict PDF packs only, and this build writes none; build the PDF too"
    ]
    assert not (tmp_path / "packs").exists()


def test_the_child_build_process_gets_the_passwords_through_its_pipe_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app builds in a child process: its command line and environment, which other
    programs of the machine may read, hold no password; the steps it reports say none."""
    children: list[Any] = []
    process_class = multiprocessing.get_context("spawn").Process
    start = process_class.start

    def start_and_keep(self: Any) -> None:
        start(self)
        children.append(self)

    monkeypatch.setattr(process_class, "start", start_and_keep)
    seen: list[bytes] = []
    steps: list[str] = []

    def on_step(text: str, _done: int, _total: int) -> None:
        steps.append(text)
        if not seen:  # the child is running: read what the system shows of it
            pid = children[0].pid
            seen.append(Path(f"/proc/{pid}/cmdline").read_bytes())
            seen.append(Path(f"/proc/{pid}/environ").read_bytes())

    meeting = sample_meeting()
    pack = find_pack(meeting, None)
    request = BuildRequest(pack, tmp_path / "packs", ("pdf", "docx"), passwords=PASSWORDS)
    report = build_in_process(meeting, request, Monitor(on_step=on_step))
    assert DOCX_WARNING in report.warnings  # the child built with the passwords
    assert len(seen) == 2 and b"multiprocessing" in seen[0]
    assert not any(secret in data for data in seen for secret in _secrets())
    assert steps and not _says_a_password(*steps, *report.warnings)
    assert _files_holding_a_password(tmp_path) == []
