"""DOCX notes: Word files built here with python-docx come back as the exact pack blocks."""

from __future__ import annotations

import io
import re
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as DocxParagraph

from briefing.errors import NoteReadError
from briefing.pack.document import Heading, Image, ListBlock, Paragraph, Span, Table
from briefing.pack.docx_notes import (
    MAX_MEMBERS,
    check_docx_archive,
    docx_blocks,
    docx_title,
    read_word_note,
)
from tests.briefing.pack.docx_hostile import add_field, saved, zipped

# --------------------------------------------------------------------------- building files


def tiny_png() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x5a\xa0"))
        + chunk(b"IEND", b"")
    )


def tiny_bmp() -> bytes:
    """A real 1×1 BMP: python-docx embeds it, the pack cannot draw it."""
    header = b"BM" + struct.pack("<IHHI", 58, 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, 4, 2835, 2835, 0, 0)
    return header + info + b"\x00\x00\xff\x00"


def text_run(text: str, *, deleted: bool = False) -> OxmlElement:
    """A bare ``w:r`` holding ``text`` (as ``w:delText`` when deleted)."""
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if deleted else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = text
    run.append(node)
    return run


def add_hyperlink(paragraph: DocxParagraph, url: str, text: str) -> None:
    """A ``w:hyperlink`` to an external URL, as the python-docx recipes build it."""
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    link.append(text_run(text))
    paragraph._p.append(link)


def add_tracked(paragraph: DocxParagraph, kind: str, text: str) -> None:
    """A tracked insertion, deletion, or move (``w:ins``, ``w:del``, ``w:moveFrom``…)."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(len(paragraph._p)))
    change.set(qn("w:author"), "Reviewer")
    change.append(text_run(text, deleted=kind == "del"))
    paragraph._p.append(change)


def add_comment(document: DocumentObject, paragraph: DocxParagraph) -> None:
    """A comment on the paragraph's runs: its marks in the body, its text in comments.xml."""
    if hasattr(document, "add_comment"):  # python-docx ≥ 1.2 writes the comments part too
        document.add_comment(paragraph.runs, text="SECRET REMARK", author="Reviewer")
        return
    start, end = OxmlElement("w:commentRangeStart"), OxmlElement("w:commentRangeEnd")
    start.set(qn("w:id"), "0")
    end.set(qn("w:id"), "0")
    reference = OxmlElement("w:r")
    mark = OxmlElement("w:commentReference")
    mark.set(qn("w:id"), "0")
    reference.append(mark)
    paragraph._p.insert(1, start)
    paragraph._p.append(end)
    paragraph._p.append(reference)


def rich_document() -> bytes:
    """A note that uses every construct the reader maps."""
    doc = Document()
    doc.add_heading("Concept note", 0)
    doc.add_heading("Background", 1)
    para = doc.add_paragraph("Plain ")
    para.add_run("bold").bold = True
    para.add_run(" and ")
    para.add_run("italic").italic = True
    both = para.add_run(" both")
    both.bold = both.italic = True
    doc.add_paragraph("")  # dropped
    doc.add_paragraph("One", style="List Bullet")
    doc.add_paragraph("Nested", style="List Bullet 2")
    doc.add_paragraph("Two", style="List Bullet")
    doc.add_paragraph("First", style="List Number")
    doc.add_paragraph("Second", style="List Number")
    doc.add_heading("Details", 2)
    table = doc.add_table(rows=2, cols=3)
    for column, text in enumerate(("Item", "Owner", "Due")):
        table.rows[0].cells[column].text = text
    for column, text in enumerate(("Draft", "Кузнецов", "1 Dec")):
        table.rows[1].cells[column].text = text
    table.rows[1].cells[2].add_paragraph("second line")
    link = doc.add_paragraph("See ")
    add_hyperlink(link, "https://example.org/a?b=1&c=2", "the site")
    add_hyperlink(link, "javascript:alert(1)", " (not a link)")
    doc.add_picture(io.BytesIO(tiny_png()), width=Mm(30))
    doc.add_picture(io.BytesIO(tiny_png()), width=Mm(250))
    doc.add_picture(io.BytesIO(tiny_bmp()), width=Mm(20))
    doc.add_paragraph("Кузнецов и партнёры — ليلى العربي")
    doc.add_paragraph('Smith & <Co> "R&D"')
    tracked = doc.add_paragraph("Kept ")
    add_tracked(tracked, "ins", "inserted ")
    add_tracked(tracked, "del", "deleted ")
    add_tracked(tracked, "moveFrom", "moved away ")
    add_tracked(tracked, "moveTo", "moved here ")
    tracked.add_run("end.")
    add_comment(doc, tracked)
    fields = doc.add_paragraph("Visit ")
    add_field(fields, ' HYPERLINK "https://example.org/field" ', "our page")
    fields.add_run(", page ")
    add_field(fields, " PAGE ", "7")
    doc.add_paragraph("a\tb\nc")
    hidden = doc.add_paragraph("Shown")
    hidden.add_run(" hidden").font.hidden = True
    doc.add_paragraph("Quoted words", style="Quote")
    doc.add_heading("Deep", 5)
    return saved(doc)


def body(*spans: Span, style: str = "body") -> Paragraph:
    """The paragraph expected for these spans."""
    return Paragraph(tuple(spans), style)


def line(text: str) -> tuple[Span, ...]:
    """One unstyled line (a list item or a cell line)."""
    return (Span(text),)


# --------------------------------------------------------------------------- the mapping


@pytest.mark.parametrize(
    ("language", "placeholder"),
    [
        ("fr", "[Image non affichée\u00a0: image1.bmp]"),
        ("ar", "[لم تُعرض الصورة: image1.bmp]"),
        ("zh", "[图像未显示：image1.bmp]"),
    ],
)
def test_a_picture_the_pack_cannot_draw_is_named_in_the_pack_s_language(
    language: str, placeholder: str
) -> None:
    doc = Document()
    doc.add_paragraph("Before")
    doc.add_picture(io.BytesIO(tiny_bmp()), width=Mm(20))
    blocks, _clean = read_word_note(saved(doc), "bmp.docx", "n1", language=language)
    shown = [b.spans for b in blocks if isinstance(b, Paragraph)]
    assert (Span(placeholder, italic=True),) in shown
    english = read_word_note(saved(doc), "bmp.docx", "n1")[0]
    assert (Span("[Image not shown: image1.bmp]", italic=True),) in [
        b.spans for b in english if isinstance(b, Paragraph)
    ]


def test_every_construct_maps_to_its_block_in_order() -> None:
    png = tiny_png()
    expected = (
        Heading(3, "Concept note", "n1-h1", in_contents=False),
        Heading(3, "Background", "n1-h2", in_contents=False),
        body(
            Span("Plain "),
            Span("bold", bold=True),
            Span(" and "),
            Span("italic", italic=True),
            Span(" both", bold=True, italic=True),
        ),
        ListBlock((line("One"), line("Nested"), line("Two")), ordered=False, depths=(0, 1, 0)),
        ListBlock((line("First"), line("Second")), ordered=True),
        Heading(4, "Details", "n1-h3", in_contents=False),
        Table(
            header=("Item", "Owner", "Due"),
            rows=(
                (
                    (line("Draft"),),
                    (line("Кузнецов"),),
                    (line("1 Dec"), line("second line")),
                ),
            ),
            kind="grid",
        ),
        body(
            Span("See "),
            Span("the site", link="https://example.org/a?b=1&c=2"),
            Span(" (not a link)"),
        ),
        Image(png, width_mm=30.0, caption=""),
        Image(png, width_mm=160.0, caption=""),
        body(Span("[Image not shown: image2.bmp]", italic=True)),
        body(Span("Кузнецов и партнёры — ليلى العربي")),
        body(Span('Smith & <Co> "R&D"')),
        body(Span("Kept inserted moved here end.")),
        body(
            Span("Visit "),
            Span("our page", link="https://example.org/field"),
            Span(", page 7"),
        ),
        body(Span("a b\nc")),
        body(Span("Shown")),
        body(Span("Quoted words"), style="quote"),
        Heading(6, "Deep", "n1-h4", in_contents=False),
    )
    assert docx_blocks(rich_document(), "concept.docx", "n1") == expected


def test_deleted_text_comments_and_field_codes_never_appear() -> None:
    data = rich_document()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
    text = repr(docx_blocks(data, "concept.docx", "n1"))
    hidden = ["deleted", "moved away", "HYPERLINK", "PAGE", "hidden"]
    if hasattr(Document(), "add_comment"):
        hidden.append("SECRET REMARK")
    for word in hidden:
        assert word in xml  # in the file…
        assert word not in text  # …never in the pack


def test_top_level_shifts_heading_levels_and_caps_them_at_six() -> None:
    doc = Document()
    for level in (1, 2, 6):
        doc.add_heading(f"H{level}", level)
    blocks = docx_blocks(saved(doc), "h.docx", "x", top_level=1)
    assert [(b.level, b.anchor) for b in blocks] == [(1, "x-h1"), (2, "x-h2"), (6, "x-h3")]


def test_style_level_emphasis_reaches_the_spans() -> None:
    doc = Document()
    strong = doc.styles.add_style("Strong para", 1)  # WD_STYLE_TYPE.PARAGRAPH
    strong.font.bold = True
    para = doc.add_paragraph("all bold ", style="Strong para")
    para.add_run("but this").bold = False
    para = doc.add_paragraph("in ")
    para.add_run("Emphasis", style="Emphasis")  # a built-in italic character style
    assert docx_blocks(saved(doc), "s.docx", "s") == (
        body(Span("all bold ", bold=True), Span("but this")),
        body(Span("in "), Span("Emphasis", italic=True)),
    )


def test_numbering_format_decides_ordered_and_ilvl_decides_depth() -> None:
    doc = Document()
    for text, level in (("Top", 0), ("Sub", 1), ("Sub-sub", 2), ("Back", 0)):
        para = doc.add_paragraph(text, style="List Number")
        numbering = para._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = level
        numbering.get_or_add_numId().val = 5  # decimal in the default template
    doc.add_paragraph("between")
    bullet = doc.add_paragraph("Bulleted by numId")
    bullet_numbering = bullet._p.get_or_add_pPr().get_or_add_numPr()
    bullet_numbering.get_or_add_numId().val = 1  # a bullet list in the default template
    assert docx_blocks(saved(doc), "l.docx", "l") == (
        ListBlock(
            (line("Top"), line("Sub"), line("Sub-sub"), line("Back")),
            ordered=True,
            depths=(0, 1, 2, 0),
        ),
        body(Span("between")),
        ListBlock((line("Bulleted by numId"),), ordered=False),
    )


def test_merged_cells_show_their_text_once() -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Wide"
    table.cell(0, 2).text = "C"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Tall"
    table.cell(1, 1).text = "x"
    (block,) = docx_blocks(saved(doc), "m.docx", "m")
    assert block == Table(
        header=("Wide", "", "C"),
        rows=(
            ((line("Tall"),), (line("x"),), ()),
            ((), (), ()),
        ),
        kind="grid",
    )


def test_lists_inside_a_cell_become_marked_lines() -> None:
    doc = Document()
    table = doc.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Steps"
    cell = table.cell(1, 0)
    cell.paragraphs[0].text = "Do:"
    for text, style in (("one", "List Number"), ("two", "List Number"), ("sub", "List Bullet 2")):
        cell.add_paragraph(text, style=style)
    (block,) = docx_blocks(saved(doc), "c.docx", "c")
    assert block == Table(
        header=("Steps",),
        rows=(
            (
                (
                    line("Do:"),
                    (Span("1. "), Span("one")),
                    (Span("2. "), Span("two")),
                    (Span("  1. "), Span("sub")),
                ),
            ),
        ),
        kind="grid",
    )


def test_a_one_cell_table_is_a_box_and_an_empty_table_is_dropped() -> None:
    doc = Document()
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "Key message"
    box.add_paragraph("point", style="List Bullet")
    doc.add_table(rows=2, cols=2)
    doc.add_paragraph("After")
    assert docx_blocks(saved(doc), "b.docx", "b") == (
        body(Span("Key message")),
        ListBlock((line("point"),)),
        body(Span("After")),
    )


def test_content_controls_and_text_boxes_keep_their_text() -> None:
    doc = Document()
    control = doc.add_paragraph("In a control")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    control._p.addprevious(sdt)
    sdt[1].append(control._p)
    holder = doc.add_paragraph("Before box")
    holder._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')} xmlns:v='urn:schemas-microsoft-com:vml'><w:pict><v:shape style='width:100pt'><v:textbox>"
            "<w:txbxContent><w:p><w:r><w:t>Boxed &amp; kept</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></v:shape></w:pict></w:r>"
        )
    )
    assert docx_blocks(saved(doc), "t.docx", "t") == (
        body(Span("In a control")),
        body(Span("Before box")),
        body(Span("Boxed & kept")),
    )


def test_the_notes_own_table_of_contents_is_left_out() -> None:
    doc = Document()
    toc = doc.styles.add_style("toc 1", 1)  # WD_STYLE_TYPE.PARAGRAPH
    entry = doc.add_paragraph("", style=toc)
    add_field(entry, r' TOC \o "1-3" ', "Introduction\t3")
    control = doc.add_paragraph("Contents")
    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr><w:docPartObj>"
        '<w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent/></w:sdt>"
    )
    control._p.addprevious(sdt)
    sdt[1].append(control._p)
    doc.add_heading("Introduction", 1)
    assert docx_blocks(saved(doc), "toc.docx", "t") == (
        Heading(3, "Introduction", "t-h1", in_contents=False),
    )


def test_macro_enabled_file_reads_the_same_and_its_macros_are_dropped() -> None:
    data = rich_document()
    docm = as_docm(data)
    assert b"vbaProject.bin" in docm
    assert docx_blocks(docm, "concept.docm", "n1") == docx_blocks(data, "concept.docx", "n1")


def as_docm(data: bytes) -> bytes:
    """The same document declared macro-enabled, with a (fake) macro project attached."""
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    macro_type = "application/vnd.ms-word.document.macroEnabled.main+xml"
    vba_rel = (
        '<Relationship Id="rIdVba" Target="vbaProject.bin" '
        'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "[Content_Types].xml":
                payload = payload.replace(main_type.encode(), macro_type.encode()).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    b"</Types>",
                )
            elif info.filename == "word/_rels/document.xml.rels":
                payload = payload.replace(
                    b"</Relationships>", vba_rel.encode() + b"</Relationships>"
                )
            target.writestr(info, payload)
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not a real macro project")
    return out.getvalue()


# --------------------------------------------------------------------------- the title


def test_title_comes_from_the_core_properties_first() -> None:
    doc = Document()
    doc.core_properties.title = "  Concept note 2017  "
    doc.add_heading("A heading", 1)
    assert docx_title(saved(doc)) == "Concept note 2017"


def test_title_falls_back_to_the_first_heading_then_none() -> None:
    doc = Document()
    doc.add_paragraph("Intro")
    doc.add_heading("Real   title", 2)
    assert docx_title(saved(doc)) == "Real title"
    assert docx_title(saved(Document())) is None
    assert docx_title(b"not a word file") is None


# --------------------------------------------------------------------------- bad input


def expect_refusal(data: bytes, *fragments: str, name: str = "paper.docx") -> NoteReadError:
    """Both entry points refuse ``data`` with one line naming the file and each fragment."""
    with pytest.raises(NoteReadError) as checked:
        check_docx_archive(data, name)
    with pytest.raises(NoteReadError) as read:
        docx_blocks(data, name, "n")
    for error in (checked.value, read.value):
        message = str(error)
        assert message.startswith(f"{name}: ")
        assert "\n" not in message
        for fragment in fragments:
            assert fragment in message
    return checked.value


def test_not_a_zip() -> None:
    expect_refusal(b"Dear colleagues, please find attached", "not a Word document (.docx)")
    expect_refusal(b"plain text", "not a Word document", name="Paper  v2 (final).docx")


def test_a_name_with_a_line_break_still_gives_one_line() -> None:
    with pytest.raises(NoteReadError) as error:
        check_docx_archive(b"", "two\nlines.docx")
    assert str(error.value) == "two lines.docx: the file is empty"


def test_empty_file() -> None:
    expect_refusal(b"", "the file is empty")


def test_truncated_zip() -> None:
    data = rich_document()
    expect_refusal(data[: len(data) // 2], "damaged or incomplete")


def test_password_protected_word_file() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    expect_refusal(ole, "is password-protected (or an old .doc file); save it unprotected as .docx")


def test_pdf_renamed_as_docx() -> None:
    expect_refusal(b"%PDF-1.7\n...", "is a PDF")


def test_zip_without_a_word_document() -> None:
    expect_refusal(zipped({"notes.txt": b"hello"}), "not a Word document", "[Content_Types].xml")
    with zipfile.ZipFile(io.BytesIO(rich_document())) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != "word/document.xml"}
    expect_refusal(zipped(members), "word/document.xml is missing")


def test_a_workbook_is_named_as_such() -> None:
    members = {
        "[Content_Types].xml": (
            b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="r1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
        ),
        "xl/workbook.xml": b"<workbook/>",
    }
    expect_refusal(zipped(members), "an Excel workbook")


def test_zip_bomb_is_refused_by_its_ratio_before_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with zipfile.ZipFile(io.BytesIO(rich_document())) as source:
            for info in source.infolist():
                archive.writestr(info, source.read(info))
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    started = time.monotonic()
    error = expect_refusal(out.getvalue(), "zip bomb", "word/media/zeros.bin", "300.0 MB")
    assert time.monotonic() - started < 5
    assert re.search(r"expand [\d,]+ times", str(error))


def test_too_much_declared_data_is_refused() -> None:
    members = {f"word/media/part{i}.bin": b"x" for i in range(25)}
    data = declare_sizes(zipped(members), 9 * 1024 * 1024)
    expect_refusal(data, "would expand to 225.0 MB", "at most 200.0 MB")


def test_too_many_parts_are_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index in range(MAX_MEMBERS + 1):
            archive.writestr(f"p{index}", b"")
    expect_refusal(out.getvalue(), f"{MAX_MEMBERS + 1:,} parts")


def test_a_directory_that_understates_a_part_is_refused_before_python_docx_reads_it() -> None:
    members = {"word/media/liar.bin": bytes(20 * 1024 * 1024)}
    with zipfile.ZipFile(io.BytesIO(rich_document())) as source:
        members |= {n: source.read(n) for n in source.namelist()}
    data = declare_sizes(zipped(members), 1000, only="word/media/liar.bin")
    expect_refusal(data, "word/media/liar.bin holds more than the 1,000 bytes", "zip bomb")
    del members["word/media/liar.bin"]
    members["[Content_Types].xml"] = bytes(20 * 1024 * 1024)  # even the first part read
    data = declare_sizes(zipped(members), 1000, only="[Content_Types].xml")
    expect_refusal(data, "[Content_Types].xml holds more than the 1,000 bytes", "zip bomb")


def test_damaged_xml_becomes_one_line() -> None:
    with zipfile.ZipFile(io.BytesIO(rich_document())) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:200]
    data = zipped(members)
    check_docx_archive(data, "paper.docx")  # the archive itself is sound
    with pytest.raises(NoteReadError) as read:
        docx_blocks(data, "paper.docx", "n")
    message = str(read.value)
    assert message.startswith("paper.docx: cannot be read as a Word document (")
    assert "\n" not in message
    assert docx_title(data) is None


def declare_sizes(data: bytes, size: int, only: str | None = None) -> bytes:
    """Rewrite the uncompressed sizes the central directory declares (to lie about them)."""
    patched = bytearray(data)
    for found in re.finditer(rb"PK\x01\x02", data):
        start = found.start()
        name_length = struct.unpack_from("<H", patched, start + 28)[0]
        name = bytes(patched[start + 46 : start + 46 + name_length]).decode()
        if only is None or name == only:
            struct.pack_into("<I", patched, start + 24, size)
    return bytes(patched)


@pytest.mark.parametrize("reader", [check_docx_archive, lambda d, n: docx_blocks(d, n, "a")])
def test_a_valid_file_passes_both_entry_points(reader: Callable[[bytes, str], object]) -> None:
    reader(rich_document(), "concept.docx")


def test_a_french_pack_names_a_picture_it_cannot_draw_in_french(tmp_path: Path) -> None:
    """The whole way: a French meeting's PDF pack prints the French placeholder."""
    import dataclasses

    from pypdf import PdfReader

    from briefing.build import BuildRequest, build_packs
    from briefing.model import Attachment, Note, default_pack
    from briefing.sample import sample_meeting

    doc = Document()
    doc.add_paragraph("Annexe")
    doc.add_picture(io.BytesIO(tiny_bmp()), width=Mm(20))
    note = Note("bmp", "Annexe", attachment=Attachment("annexe.docx", saved(doc)))
    meeting = dataclasses.replace(sample_meeting(), language="fr", notes=(note,))
    pack = dataclasses.replace(default_pack(meeting), note_ids=("bmp",))
    report = build_packs(meeting, BuildRequest(pack, tmp_path))
    (pdf,) = [f.path for f in report.files if f.format == "pdf"]
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "[Image non affichée : image1.bmp]" in " ".join(text.split())
    assert "Image not shown" not in text
