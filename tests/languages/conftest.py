"""Each language's meeting, saved to a meeting file and built once per test run by the CLI."""

from __future__ import annotations

import contextlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.model import Meeting
from briefing.store import save_meeting
from tests.conftest import libreoffice_pdfs
from tests.languages.meetings import BUILD_DATE, TEXTS, make_meeting
from tests.languages.readback import Line, Vocabulary, pdf_lines, vocabulary

NAMES = tuple(TEXTS)


@dataclass(frozen=True)
class Built:
    """One meeting built by ``briefing build``: its file, its packs, and the PDF as read back."""

    name: str
    meeting: Meeting
    meeting_file: Path
    files: tuple[Path, ...]
    pdf: Path
    docx: Path
    lines: tuple[Line, ...]
    known: Vocabulary


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run the ``briefing`` command in this process: its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _build(name: str, folder: Path) -> Built:
    meeting = make_meeting(name)
    folder.mkdir(parents=True)
    meeting_file = folder / f"{name}.meeting"
    save_meeting(meeting, meeting_file)
    out = folder / "packs"
    code, stdout, stderr = run_cli(
        "build",
        str(meeting_file),
        "-o",
        str(out),
        "--format",
        "all",
        "--per-session",
        "--build-date",
        BUILD_DATE.isoformat(),
    )
    assert code == 0, f"briefing build of the {name} meeting failed: {stderr}"
    files = tuple(sorted(out.iterdir()))
    full = [f for f in files if f.name == _first_file(stdout).name]
    assert full, stdout
    pdf = full[0]
    docx = next(f for f in files if f.suffix == ".docx" and f.stem == pdf.stem)
    return Built(
        name, meeting, meeting_file, files, pdf, docx, tuple(pdf_lines(pdf)), vocabulary(meeting)
    )


def _first_file(stdout: str) -> Path:
    """The full pack: the CLI prints it first."""
    return Path(stdout.splitlines()[0].rsplit("  (", 1)[0])


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """Every meeting built in both formats (and per session), by name."""
    root = tmp_path_factory.mktemp("languages")
    return {name: _build(name, root / name) for name in NAMES}


@pytest.fixture(scope="session")
def converted(built: dict[str, Built], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every full DOCX pack converted to PDF by LibreOffice, by name (missing if it failed)."""
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed to read the DOCX packs back")
    root = tmp_path_factory.mktemp("converted")
    inputs = root / "in"
    inputs.mkdir()
    for name, pack in built.items():
        shutil.copy(pack.docx, inputs / f"{name}.docx")
    pdfs = libreoffice_pdfs([inputs / f"{name}.docx" for name in built], root / "out")
    return {name: pdfs[inputs / f"{name}.docx"] for name in built}
