"""The corpus's own checks can fail: each finds what it looks for in the hostile inputs
themselves, and passes a clean file; the tricky generators make what they claim."""

from __future__ import annotations

import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile import files as f
from tests.hostile.corpus import (
    Result,
    docx_problems,
    leak_problems,
    message_problems,
    pdf_problems,
)
from tests.hostile.generate import CASES, MEETING, foreign_journal


@pytest.mark.parametrize(
    "make",
    [
        f.javascript_pdf,
        f.launch_pdf,
        f.embedded_file_pdf,
        f.additional_actions_pdf,
        f.hostile_links_pdf,
    ],
)
def test_the_pdf_check_finds_what_a_hostile_note_carries(
    tmp_path: Path, make: Callable[[], bytes]
) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(make())
    assert any("carries" in problem for problem in pdf_problems(path))


def test_the_pdf_check_passes_a_plain_note(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(f.note_pdf(2))
    assert pdf_problems(path) == []


@pytest.mark.parametrize(
    ("make", "found"),
    [
        (f.macro_docm, "vbaProject"),
        (lambda: f.field_docx(' INCLUDETEXT "file:///etc/passwd" '), "INCLUDETEXT"),
        (lambda: f.simple_field_docx(" DDEAUTO cmd "), "DDEAUTO"),
        (lambda: f.field_docx(' HYPERLINK "file:///c:/x.exe" '), "HYPERLINK"),
        (f.ole_docx, "oleObject"),
        (f.activex_docx, "activeX"),
        (f.altchunk_docx, "altChunk"),
        (lambda: f.link_docx("javascript:alert(1)"), "javascript:"),
        (f.linked_image_docx, "external image"),
        (f.billion_laughs_docx, "DOCTYPE"),
    ],
)
def test_the_docx_check_finds_active_content(
    tmp_path: Path, make: Callable[[], bytes], found: str
) -> None:
    path = tmp_path / "note.docx"
    path.write_bytes(make())
    assert any(found in problem for problem in docx_problems(path)), docx_problems(path)


def test_the_docx_check_passes_web_links_and_safe_fields(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    path.write_bytes(f.link_docx("https://example.org/a?b=1&c=2"))
    assert docx_problems(path) == []
    path.write_bytes(f.field_docx(' HYPERLINK "mailto:a@example.org" '))
    assert docx_problems(path) == []


def result(stderr: str, code: int = 1, stdout: str = "") -> Result:
    """A run that printed ``stderr``."""
    return Result(Path("."), code, stdout, stderr, {}, {})


def test_messages_must_be_few_clear_lines_naming_the_input() -> None:
    (case,) = [c for c in CASES if c.name == "encrypted"]
    good = "briefing: note 'N' (locked.pdf): the PDF is protected by a password\n"
    assert message_problems(case, result(good)) == []
    assert message_problems(case, result("")) == ["says nothing: no reason given"]
    traceback = "Traceback (most recent call last):\n  File x\nValueError: locked.pdf\n"
    assert message_problems(case, result(traceback))
    assert message_problems(case, result("briefing: unexpected error (KeyError: 'x')\n"))
    assert message_problems(case, result("briefing: the PDF is protected by a password\n"))
    assert message_problems(case, result(good * 5))


def test_a_secret_in_any_output_is_a_leak(tmp_path: Path) -> None:
    from tests.hostile.corpus import CANARY

    out = tmp_path / "pack.pdf"
    out.write_bytes(f.note_pdf(1, CANARY))
    assert leak_problems(result(""), [out])
    assert leak_problems(result("", stdout=f"x {CANARY}"), [])
    out.write_bytes(f.note_pdf(1, "NOTHING SECRET"))
    assert leak_problems(result(""), [out]) == []


def test_deflated_zeros_inflate_to_the_size_they_claim() -> None:
    data = f.deflated_zeros(64 * f.MB)
    assert len(data) < 100_000
    assert zlib.decompress(data) == bytes(64 * f.MB)


def test_the_foreign_journal_is_hot_enough_to_destroy_a_good_file(tmp_path: Path) -> None:
    """Opened with plain SQLite, the copied journal is rolled back into the good file."""
    import sqlite3

    (tmp_path / "work").mkdir()
    meeting = tmp_path / "work" / MEETING
    f.save_meeting_file(meeting)
    foreign_journal(meeting)
    before = meeting.read_bytes()
    victim = tmp_path / "victim.meeting"
    shutil.copy(meeting, victim)
    shutil.copy(meeting.with_name(MEETING + "-journal"), victim.with_name("victim.meeting-journal"))
    with sqlite3.connect(victim) as conn:
        title = conn.execute("SELECT title FROM meeting").fetchone()[0]
    conn.close()
    assert title == "Another meeting, another file"
    assert victim.read_bytes() != before


def test_case_names_are_unique_and_every_case_expects_something() -> None:
    assert len({(c.category, c.name) for c in CASES}) == len(CASES)
    for case in CASES:
        assert case.codes and case.names, case.name
