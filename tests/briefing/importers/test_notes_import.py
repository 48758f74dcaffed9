"""Notes import: titles from each format, PDF facts, and the files that must be refused."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from briefing.errors import BriefingError, NoteReadError
from briefing.importers.notes import NoteImport, add_notes, note_from_file, title_from_filename
from briefing.model import Meeting


def make_docx(heading: str | None = None, core_title: str = "", body: str = "Text.") -> bytes:
    """A Word file with an optional title property, an optional heading and a paragraph."""
    document = docx.Document()
    document.core_properties.title = core_title
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(pages: int = 1, title: str = "", text: bool = True) -> bytes:
    """A PDF of some pages, with a metadata title and text, or only a rectangle on each page."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    if title:
        pdf.setTitle(title)
    for number in range(pages):
        if text:
            pdf.drawString(72, 720, f"Background paper, page {number + 1}")
        else:
            pdf.rect(72, 500, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def encrypt(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    """The PDF encrypted with pypdf."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- titles


def test_docx_title_from_its_core_properties() -> None:
    data = make_docx(heading="First heading", core_title="Concept note on HRDs")
    result = note_from_file(data, "cn.docx")
    assert result.note.title == "Concept note on HRDs"
    assert result.note.attachment is not None and result.note.attachment.data == data
    assert (result.page_count, result.encrypted, result.findings) == (None, False, ())


def test_docx_title_from_its_first_heading() -> None:
    assert note_from_file(make_docx(heading="Pillar II gaps"), "x.docx").note.title == (
        "Pillar II gaps"
    )


def test_docx_without_title_or_heading_is_titled_from_its_file_name() -> None:
    assert note_from_file(make_docx(), "hrd_background-note.docx").note.title == (
        "hrd background note"
    )


def test_pdf_title_from_its_metadata_and_its_page_count() -> None:
    result = note_from_file(make_pdf(pages=3, title="Background paper"), "bp.pdf")
    assert (result.note.title, result.page_count, result.encrypted) == (
        "Background paper",
        3,
        False,
    )
    assert result.findings == ()
    assert result.note.format == "pdf"


def test_pdf_exported_from_word_loses_the_word_prefix() -> None:
    data = make_pdf(title="Microsoft Word - Concept note.docx")
    assert note_from_file(data, "x.pdf").note.title == "Concept note"


def test_pdf_without_a_title_is_titled_from_its_file_name() -> None:
    assert note_from_file(make_pdf(), "2017-11-30_programme.pdf").note.title == (
        "2017 11 30 programme"
    )


def test_markdown_title_from_its_first_heading() -> None:
    data = b"Intro line\n\n```\n# not a heading\n```\n## Sub\n\n# Talking points #\n"
    assert note_from_file(data, "tp.md").note.title == "Talking points"
    assert note_from_file(b"text\n\n### Only a sub-heading\n", "tp.md").note.title == (
        "Only a sub-heading"
    )
    assert note_from_file(b"no heading at all\n", "talking_points.md").note.title == (
        "talking points"
    )


def test_text_title_from_a_short_first_line() -> None:
    data = "\n\n  Logistics for délégations  \nRoom XX, Palais des Nations.\n".encode()
    assert note_from_file(data, "l.txt").note.title == "Logistics for délégations"
    assert note_from_file(("word " * 40).encode(), "long-first-line.txt").note.title == (
        "long first line"
    )


def test_text_title_in_utf16_and_windows_1252() -> None:
    assert note_from_file("Note für Genève\n".encode("utf-16"), "n.txt").note.title == (
        "Note für Genève"
    )
    assert note_from_file("Café notes\n".encode("cp1252"), "n.txt").note.title == "Café notes"


def test_title_from_file_name_is_readable() -> None:
    assert title_from_filename("concept-note__2017.docx") == "concept note 2017"
    assert title_from_filename("---.txt") == "---"


def test_reads_a_path_and_keeps_sessions_and_internal(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text("# Moderator brief\n", encoding="utf-8")
    result = note_from_file(path, path.name, ("i1",), internal=True)
    assert (result.note.title, result.note.session_ids, result.note.internal) == (
        "Moderator brief",
        ("i1",),
        True,
    )
    assert result.note.id.startswith("note-")


# --------------------------------------------------------------------------- PDF facts


def test_password_protected_pdf_is_reported_as_encrypted() -> None:
    result = note_from_file(encrypt(make_pdf(title="Secret"), "secret"), "locked.pdf")
    assert result.encrypted is True
    assert result.page_count is None
    assert result.note.title == "locked"
    assert len(result.findings) == 1 and "password" in result.findings[0]


def test_pdf_encrypted_with_the_empty_password_is_not_encrypted_for_us() -> None:
    result = note_from_file(encrypt(make_pdf(pages=2, title="Open"), ""), "open.pdf")
    assert (result.encrypted, result.page_count, result.note.title) == (False, 2, "Open")
    assert len(result.findings) == 1 and "opens without a password" in result.findings[0]


def test_pdf_without_a_text_layer_is_reported() -> None:
    result = note_from_file(make_pdf(pages=2, text=False), "scan.pdf")
    assert result.page_count == 2 and result.encrypted is False
    assert result.findings == ("no text found (a scanned document?)",)


def test_damaged_pdf_is_refused_with_its_name() -> None:
    with pytest.raises(BriefingError, match=r"^bad\.pdf: the PDF is damaged"):
        note_from_file(b"%PDF-1.4\n garbage without objects", "bad.pdf")


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("name", ["empty.docx", "empty.pdf", "empty.md", "empty.txt"])
def test_an_empty_file_is_refused(name: str) -> None:
    with pytest.raises(BriefingError, match=rf"^{name}: the file is empty$"):
        note_from_file(b"", name)


def test_an_empty_file_on_disk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(BriefingError, match="is empty"):
        note_from_file(path, path.name)


@pytest.mark.parametrize("name", ["slides.pptx", "old.doc", "sheet.xlsx", "noext", "photo.png"])
def test_an_unsupported_extension_is_refused_naming_the_accepted_types(name: str) -> None:
    with pytest.raises(BriefingError) as caught:
        note_from_file(b"content", name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert all(kind in message for kind in ("DOCX", "PDF", "Markdown", "text"))


def test_a_binary_file_renamed_docx_gets_the_archive_check_message() -> None:
    with pytest.raises(NoteReadError, match=r"^fake\.docx: the file is not a Word document"):
        note_from_file(bytes(range(256)) * 8, "fake.docx")


def test_a_pdf_renamed_docx_is_told_so() -> None:
    with pytest.raises(NoteReadError, match="add it as a PDF note instead"):
        note_from_file(make_pdf(), "paper.docx")


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"^gone\.txt: the file cannot be read"):
        note_from_file(tmp_path / "gone.txt", "gone.txt")


def test_a_fifo_is_refused_without_waiting(fifo: Callable[[str], Path]) -> None:
    with pytest.raises(BriefingError) as info:
        note_from_file(fifo("points.md"), "points.md")
    assert str(info.value) == (
        "points.md: the file is not a regular file (a FIFO); attach a file saved on disk"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "paper.pdf"
    link.symlink_to("/dev/zero")
    with pytest.raises(
        BriefingError, match=r"^paper.pdf: the file is not a regular file \(a device\)"
    ):
        note_from_file(link, link.name)


def test_a_file_over_the_limit_is_refused_even_when_it_says_it_is_small(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefing.importers.notes.MAX_NOTE_BYTES", 1024 * 1024)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(BriefingError) as info:
        note_from_file(big, big.name)
    assert str(info.value) == "big.txt: the file is larger than 1 MB; attach a smaller copy"


def test_a_text_note_in_a_legacy_encoding_is_read_in_it() -> None:
    text = "会議の資料\n\n山田太郎（外交官）の発言要旨。\n".encode("shift_jis")
    assert note_from_file(text, "n.txt").note.title == "会議の資料"
    russian = "Записка для председателя\n\nОлег Иванов.\n".encode("cp1251")
    assert note_from_file(russian, "n.txt").note.title == "Записка для председателя"


# --------------------------------------------------------------------------- adding


def test_add_notes_keeps_the_meeting_and_appends(meeting: Meeting) -> None:
    imports = [
        note_from_file(b"# One\n", "one.md", ("i1",)),
        note_from_file(make_pdf(title="Two"), "two.pdf"),
    ]
    result = add_notes(meeting, imports)
    assert result.notes[: len(meeting.notes)] == meeting.notes
    assert [n.title for n in result.notes[len(meeting.notes) :]] == ["One", "Two"]
    assert result.people == meeting.people and result.agenda == meeting.agenda


def test_add_notes_refuses_an_unknown_session(meeting: Meeting) -> None:
    imported: NoteImport = note_from_file(b"# One\n", "one.md", ("nope",))
    with pytest.raises(BriefingError, match=r"^one\.md: session 'nope' is not in the meeting"):
        add_notes(meeting, [imported])
