"""Hostile content in notes: each gives a fine page or one clear line naming the note."""

from __future__ import annotations

import datetime as dt
import io
import zlib
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.platypus import Spacer

from briefing.errors import BuildError
from briefing.model import (
    AgendaItem,
    Contact,
    Meeting,
    Note,
    PackDefinition,
    PackOptions,
    Participant,
    Person,
    Role,
    RoleKind,
)
from briefing.render.pdf_flowables import FlowableBuilder
from briefing.validation import (
    MAX_BIO_CHARS,
    MAX_DESCRIPTION_CHARS,
    MAX_IMAGE_PIXELS,
    MAX_LINE_CHARS,
    MAX_NAME_CHARS,
    MAX_RESOURCE_DEPTH,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
)
from tests.briefing.render.test_pdf import build, meeting_with_notes, note_pdf, only_pdf

# =========================================================================== image bombs


def zeros_deflated(size: int) -> bytes:
    """``size`` zero bytes, Flate-compressed a megabyte at a time (never all in memory)."""
    packer = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join([*parts, packer.compress(bytes(size % len(chunk))), packer.flush()])


def image_xobject(writer: PdfWriter, width: int, height: int, honest: bool = True) -> object:
    """A grey image of ``width`` × ``height``: a real Flate stream of zeros, or a tiny one."""
    image = EncodedStreamObject()
    image._data = zeros_deflated(width * height if honest else 16)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        }
    )
    return writer._add_object(image)


def form_xobject(writer: PdfWriter, xobjects: dict[str, object]) -> object:
    """A Form XObject that draws each of ``xobjects``."""
    form = StreamObject()
    form.set_data(b"".join(f"q 10 0 0 10 0 0 cm /{n} Do Q\n".encode() for n in xobjects))
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(v) for v in (0, 0, 100, 100)]),
        }
    )
    ref = writer._add_object(form)
    entries = DictionaryObject({NameObject(f"/{n}"): x for n, x in xobjects.items()})
    form[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): entries})
    return ref


def pdf_drawing(xobject_of: object) -> bytes:
    """A two-page PDF whose second page draws the XObject ``xobject_of(writer)`` makes."""
    writer = PdfWriter(clone_from=io.BytesIO(note_pdf(2, "IMAGES", outline=False)))
    page = writer.pages[1]
    ref = xobject_of(writer)  # type: ignore[operator]
    resources = page["/Resources"].get_object()
    resources[NameObject("/XObject")] = DictionaryObject({NameObject("/X0"): ref})
    stream = StreamObject()
    stream.set_data(b"q 100 0 0 100 72 72 cm /X0 Do Q\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_bomb_pdf() -> bytes:
    """A PDF of a few hundred KB with an image that decodes to 100 MB of grey pixels."""
    return pdf_drawing(lambda w: image_xobject(w, 10_000, 10_000))


def nested_bomb_pdf() -> bytes:
    """The bomb three forms deep, beside a form that draws itself (a loop)."""

    def nest(writer: PdfWriter) -> object:
        inner: object = image_xobject(writer, 40_000, 40_000, honest=False)
        for _ in range(3):
            inner = form_xobject(writer, {"Inner": inner})
        loop = form_xobject(writer, {})
        loop.get_object()["/Resources"]["/XObject"][NameObject("/Self")] = loop  # type: ignore[attr-defined]
        return form_xobject(writer, {"Loop": loop, "Nest": inner})

    return pdf_drawing(nest)


def looping_forms_pdf() -> bytes:
    """Forms that draw each other in a ring, and an image of fair size."""

    def ring(writer: PdfWriter) -> object:
        photo = image_xobject(writer, 3000, 2000)
        first = form_xobject(writer, {"Photo": photo})
        second = form_xobject(writer, {"First": first})
        first.get_object()["/Resources"]["/XObject"][NameObject("/Second")] = second  # type: ignore[attr-defined]
        return second

    return pdf_drawing(ring)


def test_the_bomb_is_real() -> None:
    data = image_bomb_pdf()
    assert len(data) < 500_000
    reader = PdfReader(io.BytesIO(data))
    image = reader.pages[1]["/Resources"]["/XObject"]["/X0"]
    assert image["/Width"] * image["/Height"] > MAX_IMAGE_PIXELS
    assert len(zlib.decompress(image._data)) == 100_000_000  # what a viewer would decode


@pytest.mark.parametrize("make", [image_bomb_pdf, nested_bomb_pdf], ids=["page", "nested"])
def test_an_image_bomb_in_a_pdf_note_is_refused_naming_the_note(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    meeting = meeting_with_notes(("scan.pdf", make()))
    with pytest.raises(BuildError) as caught:
        build(meeting, tmp_path / "out", formats=("pdf", "docx"))
    first = caught.value.problems[0]
    assert first.startswith("note 'Note 1: scan.pdf' (scan.pdf): page 2 holds an image of ")
    assert "decompression bomb" in first and "\n" not in first
    assert not (tmp_path / "out").exists()


def test_forms_that_draw_each_other_do_not_hang_and_a_fair_image_is_kept(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("ring.pdf", looping_forms_pdf()))
    report = build(meeting, tmp_path, formats=("pdf",))
    assert len(PdfReader(only_pdf(report)).pages) > 2


# =========================================================================== hostile blocks


def wide_markdown(columns: int, rows: int = 2) -> str:
    """A Markdown table ``columns`` wide: header ``c0…``, cells ``rR.C``."""
    line = "| " + " | ".join(f"c{i}" for i in range(columns)) + " |\n"
    rule = "|" + "---|" * columns + "\n"
    body = "".join(
        "| " + " | ".join(f"r{r}.{i}" for i in range(columns)) + " |\n" for r in range(rows)
    )
    return line + rule + body


def wide_docx(columns: int) -> bytes:
    """A Word file holding one table ``columns`` wide (python-docx)."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=columns)
    for column, cell in enumerate(table.rows[0].cells):
        cell.text = f"c{column}"
    for column, cell in enumerate(table.rows[1].cells):
        cell.text = f"w{column}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note_text(report_path: Path) -> str:
    """The text of every page of a pack, runs of white space made one space."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report_path).pages)


def test_a_300_column_markdown_table_is_split_into_groups_of_columns(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("wide.md", wide_markdown(300).encode()))
    text = note_text(only_pdf(build(meeting, tmp_path, formats=("pdf",))))
    assert "Columns 1–15 of 300" in text
    assert "Columns 296–300 of 300 (with column 1)" in text
    for word in ("c0", "c150", "c299", "r1.0", "r1.299"):
        assert word in text.split()


def test_a_word_table_too_wide_for_the_page_prints_in_small_type(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("wide.docx", wide_docx(300)))
    report = build(meeting, tmp_path, formats=("pdf", "docx"))
    pdf = next(f.path for f in report.files if f.format == "pdf" and "brief" not in f.path.name)
    words = note_text(pdf).split()
    assert "c0" in words and "w14" in words and "w299" in words
    assert any(f.format == "docx" for f in report.files)


def test_a_cell_taller_than_a_page_breaks_across_pages(tmp_path: Path) -> None:
    essay = " ".join(f"word{n}" for n in range(12_000))
    markdown = f"| Topic | Essay |\n|---|---|\n| long | {essay} |\n| short | END |\n"
    meeting = meeting_with_notes(("tall.md", markdown.encode()))
    text = note_text(only_pdf(build(meeting, tmp_path, formats=("pdf",)))).split()
    assert {"word0", "word11999", "END"} <= set(text)


def test_a_word_of_100000_letters_is_broken_across_lines(tmp_path: Path) -> None:
    word = "".join(chr(ord("a") + n % 26) for n in range(100_000))
    meeting = meeting_with_notes(("word.md", f"Before\n\n{word}\n\nAfter\n".encode()))
    text = note_text(only_pdf(build(meeting, tmp_path, formats=("pdf",))))
    assert "Before" in text and "After" in text
    assert len("".join(c for c in text if c.isalpha())) > 100_000


def test_deeply_nested_lists_keep_their_text(tmp_path: Path) -> None:
    markdown = "".join("  " * n + f"- level{n}\n" for n in range(300))
    meeting = meeting_with_notes(("deep.md", markdown.encode()))
    words = note_text(only_pdf(build(meeting, tmp_path, formats=("pdf",)))).split()
    assert "level0" in words and "level100" in words


def test_ten_thousand_headings_build(tmp_path: Path) -> None:
    markdown = "".join(f"## Heading {n}\n\nText {n}.\n\n" for n in range(10_000))
    meeting = meeting_with_notes(("many.md", markdown.encode()))
    path = only_pdf(build(meeting, tmp_path, formats=("pdf",)))
    reader = PdfReader(path)
    assert "Heading 9999" in " ".join(reader.pages[-1].extract_text().split())


def test_what_still_cannot_be_laid_out_is_one_line_naming_its_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A block made to be taller than any page stands in for anything reportlab cannot place.
    def too_tall(self, paragraph):  # type: ignore[no-untyped-def]
        return (
            [Spacer(10, 5_000)] if "TALL" in paragraph.spans[0].text else original(self, paragraph)
        )

    original = FlowableBuilder._paragraph
    monkeypatch.setattr(FlowableBuilder, "_paragraph", too_tall)
    meeting = meeting_with_notes(("tall.md", b"# Inside\n\nTALL\n"))
    with pytest.raises(BuildError) as caught:
        build(meeting, tmp_path / "out", formats=("pdf",))
    (problem,) = caught.value.problems
    assert "'Background notes' › 'Note 1: tall.md' › 'Inside'" in problem
    assert "too large to lay out" in problem and "\n" not in problem
    assert not (tmp_path / "out").exists()


def test_forms_nested_deeper_than_any_real_pdf_are_refused(tmp_path: Path) -> None:
    def deep(writer: PdfWriter) -> object:
        inner: object = image_xobject(writer, 10, 10)
        for _ in range(MAX_RESOURCE_DEPTH + 5):
            inner = form_xobject(writer, {"Inner": inner})
        return inner

    meeting = meeting_with_notes(("deep.pdf", pdf_drawing(deep)))
    with pytest.raises(BuildError) as caught:
        build(meeting, tmp_path / "out", formats=("pdf",))
    assert caught.value.problems[0] == (
        "note 'Note 1: deep.pdf' (deep.pdf): page 2 nests its images and forms too deeply "
        "to be checked; it may be malicious"
    )


# =========================================================================== at the limits


def text_of(length: int, word: str = "word") -> str:
    """Words ``word0 word1 …`` cut to exactly ``length`` characters."""
    return " ".join(f"{word}{n}" for n in range(length // 4))[:length]


def test_a_meeting_at_every_limit_builds_as_pdf_and_docx(tmp_path: Path) -> None:
    title = text_of(MAX_TITLE_CHARS, "Title")
    people = tuple(
        Person(
            f"p{n}",
            text_of(MAX_NAME_CHARS, "Name"),
            position=text_of(MAX_NAME_CHARS, "Post"),
            organisation=text_of(MAX_NAME_CHARS, "Org"),
            bio=text_of(MAX_BIO_CHARS, "Bio"),
        )
        for n in range(2)
    )
    item = AgendaItem(
        "s1",
        title,
        dt.time(9),
        dt.time(10),
        description=text_of(MAX_DESCRIPTION_CHARS, "About"),
        participants=tuple(Participant(p.id, Role(RoleKind.SPEAKER)) for p in people),
    )
    meeting = Meeting(
        title=title,
        organiser=text_of(MAX_LINE_CHARS, "Organiser"),
        background=text_of(MAX_TEXT_CHARS, "Background"),
        people=people,
        agenda=(item,),
        notes=(Note("n1", title, body=text_of(MAX_TEXT_CHARS, "Note"), session_ids=("s1",)),),
        contacts=(Contact(text_of(MAX_LINE_CHARS, "Contact")),),
        packs=(
            PackDefinition(
                "k1",
                title,
                item_ids=("s1",),
                bio_ids=("p0", "p1"),
                note_ids=("n1",),
                options=PackOptions(distribution_mark=text_of(MAX_LINE_CHARS, "Mark")),
            ),
        ),
    )
    report = build(meeting, tmp_path, formats=("pdf", "docx"), pack=meeting.packs[0])
    pdf = next(f.path for f in report.files if f.format == "pdf")
    words = set(note_text(pdf).split())
    assert {"Bio0", "About0", "Background0", "Note0", "Contact0"} <= words
    assert any(f.format == "docx" for f in report.files)


def test_the_build_report_says_a_table_was_split(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("wide.md", wide_markdown(300).encode()))
    report = build(meeting, tmp_path, formats=("pdf",))
    split = [w for w in report.warnings if "too wide for the page" in w]
    assert len(split) == 1
    assert "a table of 300 columns" in split[0] and "groups of columns" in split[0]
    assert "note 'Note 1: wide.md' (wide.md), section 'Note 1: wide.md'" in split[0]
