"""The DOCX packs, read back with python-docx (and LibreOffice, where it is installed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
import time
import uuid
import zipfile
from pathlib import Path

import docx
import docx.enum.section
import docx.shared
import pytest
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from briefing.build import BuildReport, BuildRequest, build_packs
from briefing.errors import BuildCancelled, BuildError, NoteReadError
from briefing.model import Attachment, Meeting, Note, PaperSize
from briefing.pack import document as d
from briefing.pack.assemble import assemble_full, assemble_session
from briefing.pack.notes import note_blocks
from briefing.progress import Monitor
from briefing.render.docx import MARK_FILL, DocxRenderer, bookmark_names, clean
from briefing.sample import sample_meeting
from tests.briefing.conftest import rich_meeting, tiny_png
from tests.briefing.render.test_pdf import TRICKY, meeting_with_notes
from tests.conftest import libreoffice_pdfs

DATE = dt.date(2017, 11, 28)


def full_doc(meeting: Meeting, with_notes: bool = False) -> d.PackDocument:
    """The meeting's first pack as a full pack, with its readable notes' blocks if asked."""
    content: dict[str, tuple[d.Block, ...]] = {}
    for index, note in enumerate(meeting.notes if with_notes else (), 1):
        try:
            content[note.id] = note_blocks(note, f"note-{index}")
        except NoteReadError:
            continue
    return assemble_full(meeting, meeting.pack_definitions()[0], content, DATE)


def render(doc: d.PackDocument, path: Path) -> docx.document.Document:
    """Render ``doc`` to ``path`` and read it back."""
    result = DocxRenderer().render(doc, path)
    assert result.path == path and result.pages == 0
    return docx.Document(str(path))


def body_text(document: docx.document.Document) -> str:
    """Every w:t of the body, joined, with runs of white space made single."""
    texts = document.element.body.iter(qn("w:t"))
    return " ".join("".join(t.text or "" for t in texts).split())


def paragraph_texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs]


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "sample.docx"
    DocxRenderer().render(full_doc(sample_meeting()), path)
    return path


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> docx.document.Document:
    return docx.Document(str(sample_path))


# =========================================================================== structure


def test_headings_use_word_heading_styles(sample: docx.document.Document) -> None:
    styles = {p.text: p.style.name for p in sample.paragraphs if p.style.name.startswith("Head")}
    assert styles["Overview"] == "Heading 1"
    assert styles["Programme"] == "Heading 1"
    assert styles["Background"] == "Heading 2"
    assert styles["Anita Ramasastry"] == "Heading 3"
    programme = next(
        p for p in sample.paragraphs if p.text == "Programme" and p.style.name == "Heading 1"
    )
    assert programme.paragraph_format.page_break_before


def test_contents_is_a_toc_field_that_already_lists_the_headings(
    sample: docx.document.Document,
) -> None:
    body = sample.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any('TOC \\o "1-3"' in text for text in instructions)
    begin = next(body.iter(qn("w:fldChar")))
    assert begin.get(qn("w:fldCharType")) == "begin" and begin.get(qn("w:dirty")) == "true"
    entries = {p.text: p.style.name for p in sample.paragraphs if p.style.name.startswith("TOC")}
    assert entries["Overview"] == "TOC 1"
    assert entries["Programme"] == "TOC 1"
    assert entries["Background"] == "TOC 2"
    assert "Anita Ramasastry" not in entries  # bios are level 3: not in the contents
    settings = sample.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_cover_is_its_own_section_without_header_or_footer(
    sample: docx.document.Document,
) -> None:
    cover, body = sample.sections[0], sample.sections[1]
    assert len(sample.sections) == 2
    assert not "".join(p.text for p in cover.header.paragraphs).strip()
    assert not "".join(p.text for p in cover.footer.paragraphs).strip()
    assert not body.header.is_linked_to_previous
    assert not body.footer.is_linked_to_previous
    assert "Scaling Up Initiatives to Protect HRDs" in body.header.paragraphs[0].text
    assert "30 November 2017" in body.header.paragraphs[0].text
    footer_fields = [t.text.strip() for t in body.footer._element.iter(qn("w:instrText"))]
    assert footer_fields == ["PAGE", "NUMPAGES"]
    title = next(p for p in sample.paragraphs if p.style.name == "Title")
    assert title.text == "Scaling Up Initiatives to Protect Human Rights Defenders"


def test_paper_and_margins_follow_the_pack(tmp_path: Path) -> None:
    doc = full_doc(sample_meeting())
    letter = render(dataclasses.replace(doc, paper=PaperSize.LETTER), tmp_path / "l.docx")
    for section in letter.sections:
        assert round(section.page_width.inches, 2) == 8.5
        assert round(section.left_margin.mm) == 22
    a4 = render(doc, tmp_path / "a4.docx")
    assert round(a4.sections[1].page_height.mm) == 297


def test_programme_table_repeats_its_header_row(sample: docx.document.Document) -> None:
    programme = next(t for t in sample.tables if t.rows[0].cells[0].text == "Time")
    assert len(programme.rows) == 6  # the header and the sample's five items
    assert programme.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert programme.rows[1]._tr.trPr is None or (
        programme.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    )
    assert programme.style.name == "Medium Shading 1 Accent 1"
    widths = [c.width for c in programme.columns]
    assert widths[1] > widths[0]


def test_every_item_person_and_contact_is_in_the_text(sample: docx.document.Document) -> None:
    meeting = sample_meeting()
    text = body_text(sample)
    for item in meeting.agenda:
        assert " ".join(item.title.split()) in text
    for person in meeting.people:
        assert person.name in text
    for contact in meeting.contacts:
        assert contact.email in text


def test_internal_links_point_at_existing_bookmarks(sample: docx.document.Document) -> None:
    body = sample.element.body
    names = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    ids = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))]
    assert len(set(names)) == len(names) and len(set(ids)) == len(ids)
    targets = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    internal = [t for t in targets if t]
    assert "session_3" in names and "bio_1" in internal
    assert internal and set(internal) <= set(names)


def test_external_links_are_relationships(tmp_path: Path) -> None:
    doc = full_doc(sample_meeting())
    link = d.Paragraph(d.plain("Guiding Principles", link="https://www.ohchr.org/x?a=1&b=2"))
    document = render(dataclasses.replace(doc, blocks=(*doc.blocks, link)), tmp_path / "l.docx")
    hyperlink = list(document.element.body.iter(qn("w:hyperlink")))[-1]
    rel = document.part.rels[hyperlink.get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://www.ohchr.org/x?a=1&b=2"


def test_bookmark_names_are_valid_and_unique() -> None:
    long = "x" * 60
    names = bookmark_names(["session-3", "1st", long, long + "y", "a.b", "A-B", "session-3"])
    assert names["session-3"] == "session_3"
    assert names["1st"] == "b_1st"
    assert len(names[long]) <= 40 and len(names[long + "y"]) <= 40
    assert names[long] != names[long + "y"]
    assert names["a.b"].lower() != names["A-B"].lower()
    assert all(n[0].isalpha() for n in names.values())


# =========================================================================== user text


def test_user_text_reaches_the_file_literally(tmp_path: Path) -> None:
    document = render(full_doc(meeting_with_notes()), tmp_path / "tricky.docx")
    text = body_text(document)
    assert TRICKY in text
    assert "Bio <b>not bold</b> & more." in text
    assert "Кузнецов & Partners" in text
    assert f"Consultation on {TRICKY}" in text


def test_control_characters_never_break_the_file(tmp_path: Path) -> None:
    doc = full_doc(sample_meeting())
    bad = d.Paragraph(d.plain("bell\x07 and\x00 null\ufffe"))
    heading = d.Heading(2, "Odd\x0b heading", "odd-heading")
    doc = dataclasses.replace(doc, title="Title\x01", blocks=(*doc.blocks, heading, bad))
    document = render(doc, tmp_path / "odd.docx")
    assert "bell and null" in body_text(document)
    assert document.core_properties.title == "Title"
    assert clean("a\x1fb\tc\nd") == "ab\tc\nd"


def test_core_properties_name_the_pack_not_its_builder(sample: docx.document.Document) -> None:
    props = sample.core_properties
    assert props.title == "Scaling Up Initiatives to Protect Human Rights Defenders"
    assert props.author == "UN Working Group on Business and Human Rights"
    assert props.last_modified_by == props.author
    assert props.subject == "Multistakeholder consultation: Full pack"
    assert "Geneva" in props.keywords
    assert props.language == "en"
    assert (
        props.created == dt.datetime(2017, 11, 28, tzinfo=dt.UTC)
        and props.modified == props.created
    )
    assert props.revision == 1
    assert props.comments == ""


def test_same_input_same_bytes(tmp_path: Path, sample_path: Path) -> None:
    time.sleep(1.1)  # a zip stamped with the clock would now differ
    again = tmp_path / "again.docx"
    DocxRenderer().render(full_doc(sample_meeting()), again)
    assert again.read_bytes() == sample_path.read_bytes()


# =========================================================================== other packs


def test_per_session_pack_marks_its_session_in_the_programme(tmp_path: Path) -> None:
    meeting = sample_meeting()
    item = meeting.agenda[2]
    doc = assemble_session(meeting, meeting.pack_definitions()[0], item, {}, DATE)
    document = render(doc, tmp_path / "session.docx")
    programme = next(t for t in document.tables if t.rows[0].cells[0].text == "Time")
    shaded = [
        row.cells[1].text
        for row in programme.rows
        if any(s.get(qn("w:fill")) == MARK_FILL for c in row.cells for s in c._tc.iter(qn("w:shd")))
    ]
    assert shaded == [item.title]


def test_docx_and_markdown_notes_appear(tmp_path: Path) -> None:
    note = docx.Document()
    note.add_heading("Guidance outline", 1)
    note.add_paragraph("First point of the outline", style="List Bullet")
    table = note.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Pillar", (1, 1): "Access to remedy"}.items():
        table.cell(row, col).text = text
    buffer = io.BytesIO()
    note.save(buffer)
    markdown = (
        b"# Talking points\n\n- **Protect** defenders & <partners>\n\n1. first\n   - nested\n"
    )
    meeting = meeting_with_notes(("outline.docx", buffer.getvalue()), ("points.md", markdown))
    document = render(full_doc(meeting, with_notes=True), tmp_path / "notes.docx")
    text = body_text(document)
    for expected in (
        "Guidance outline",
        "First point of the outline",
        "Access to remedy",
        "Talking points",
        "Protect defenders & <partners>",
    ):
        assert expected in text
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["First point of the outline"] == "List Bullet"
    assert styles["Protect defenders & <partners>"] == "List Bullet"
    assert styles["first"] == "List Number"


def test_pdf_notes_are_named_not_dropped(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("paper.pdf", b"%PDF-1.4 not parsed here"))
    text = body_text(render(full_doc(meeting, with_notes=True), tmp_path / "pdf.docx"))
    assert "The document paper.pdf is merged into the PDF pack." in text


def test_images_bios_and_every_block_kind(tmp_path: Path) -> None:
    doc = full_doc(rich_meeting(), with_notes=True)
    extra = (
        d.Image(tiny_png(), width_mm=500, caption="A wide picture"),
        d.Image(b"not a picture", caption="Broken"),
        d.PageBreak(),
        d.ListBlock((d.plain("one"), d.plain("two"), d.plain("three")), True, (0, 1, 2)),
        d.Paragraph(d.plain("A quote"), "quote"),
        d.Paragraph(d.plain("Small print"), "small"),
        d.Table(("A", "B"), ((((d.Span("x"),),), ((d.Span("y"),),)),), (), frozenset(), "facts"),
    )
    doc = dataclasses.replace(doc, blocks=(*doc.blocks, *extra))
    result = DocxRenderer().render(doc, tmp_path / "rich.docx")
    document = docx.Document(str(result.path))
    assert any("Broken" in w for w in result.warnings)
    shapes = document.inline_shapes
    assert len(shapes) >= 2  # the photo and the wide picture
    section = document.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert all(s.width <= text_width + 1000 for s in shapes)
    assert shapes[0].height.mm <= 22.1  # the logo fits its box
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["A wide picture"] == "Caption"
    assert styles["two"] == "List Number 2" and styles["three"] == "List Number 3"
    assert styles["A quote"] == "Quote" and styles["Small print"] == "Small"
    bio = next(b for b in doc.blocks if isinstance(b, d.Bio))
    affiliation = next(p for p in document.paragraphs if p.text == bio.affiliation)
    assert affiliation.runs[0].style.name == "Emphasis"
    text = body_text(document)
    for person in rich_meeting().people:
        assert person.name in text


def test_progress_two_steps_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    steps: list[str] = []
    monitor = Monitor(on_step=lambda text, _done, _total: steps.append(text), total=2)
    DocxRenderer().render(full_doc(sample_meeting()), tmp_path / "p.docx", monitor)
    assert len(steps) == 2
    cancelled = Monitor(is_cancelled=lambda: True)
    with pytest.raises(BuildCancelled):
        DocxRenderer().render(full_doc(sample_meeting()), tmp_path / "c.docx", cancelled)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.docx"]


# =========================================================================== LibreOffice


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_pack(tmp_path: Path, sample_path: Path) -> None:
    (pdf,) = libreoffice_pdfs([sample_path], tmp_path).values()
    reader = PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Overview" in text and "Programme" in text
    for item in sample_meeting().agenda:
        assert " ".join(item.title.split())[:40] in text
    assert len(reader.pages) > 5


# =========================================================================== merged DOCX notes


def merged_note(title: str = "Merged guidance") -> bytes:
    """A Word note with what a merge must keep (and what it must leave out)."""
    from tests.briefing.pack.test_docx_notes import (
        add_comment,
        add_hyperlink,
        add_tracked,
        saved,
    )

    note = docx.Document()
    note.add_heading(title, 1)
    intro = note.add_paragraph("Plain ")
    intro.add_run("bold words").bold = True
    intro.add_run(" and ")
    intro.add_run("italic words").italic = True
    for text in ("Number one", "Number two"):
        note.add_paragraph(text, style="List Number")
    for text in ("Bullet one", "Bullet two"):
        note.add_paragraph(text, style="List Bullet")
    table = note.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Cell A1", (0, 1): "Cell B1", (1, 1): "Cell B2"}.items():
        table.cell(row, col).text = text
    add_hyperlink(note.add_paragraph("See "), "https://example.org/merged", "the merged site")
    note.add_picture(io.BytesIO(tiny_png()), width=docx.shared.Mm(20))
    tracked = note.add_paragraph("Kept ")
    add_tracked(tracked, "ins", "inserted words ")
    add_tracked(tracked, "del", "deleted words ")
    tracked.add_run("end.")
    add_comment(note, tracked)
    landscape = note.add_section()  # a section of its own: the pack's paper must stay
    landscape.orientation = docx.enum.section.WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = landscape.page_height, landscape.page_width
    note.add_paragraph("After the section break")
    return saved(note)


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def build_with(meeting: Meeting, out: Path, fmt: str) -> BuildReport:
    request = BuildRequest(meeting.pack_definitions()[0], out, formats=(fmt,), build_date=DATE)
    return build_packs(meeting, request)


@pytest.fixture(scope="module")
def merged_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meeting = meeting_with_notes(("guidance.docx", merged_note()))
    report = build_with(meeting, tmp_path_factory.mktemp("merged"), "docx")
    assert not [w for w in report.warnings if "merged as text" in w]
    (built,) = report.files
    return built.path


def test_docx_note_is_merged_with_its_own_formatting(merged_path: Path) -> None:
    document = docx.Document(str(merged_path))
    paragraphs = {p.text: p for p in document.paragraphs}
    heading = paragraphs["Merged guidance"]
    assert heading.style.name.startswith("Heading")
    for text in ("Number one", "Number two", "Bullet one", "Bullet two"):
        p = paragraphs[text]
        assert p.style.name.startswith("List") or p._p.pPr.numPr is not None
    assert paragraphs["Number one"].style.name == "List Number"
    runs = {r.text: r for p in document.paragraphs for r in p.runs}
    assert runs["bold words"].bold and runs["italic words"].italic
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {"Cell A1", "Cell B1", "Cell B2"} <= cells
    # the hyperlink keeps its external relationship
    rels = document.part.rels
    (link,) = [r for r in rels.values() if r.is_external and "merged" in r.target_ref]
    assert link.target_ref == "https://example.org/merged"
    ids = {h.get(qn("r:id")) for h in document.element.body.iter(qn("w:hyperlink"))}
    assert link.rId in ids
    # the picture is embedded and its relationship resolves to the PNG
    blips = [b.get(qn("r:embed")) for b in document.element.body.iter(qn("a:blip"))]
    assert any(rels[rid].target_part.blob == tiny_png() for rid in blips)
    # the note comes where its heading put it, before what follows in the pack
    order = [p.text for p in document.paragraphs]
    note_heading = next(i for i, t in enumerate(order) if t.startswith("Note 1:"))
    assert note_heading < order.index("Merged guidance") < order.index("After the section break")
    assert document.element.body[-1].tag == qn("w:sectPr")


def test_merged_note_shows_the_accepted_text_and_no_comments(merged_path: Path) -> None:
    document = docx.Document(str(merged_path))
    text = body_text(document)
    assert "Kept inserted words end." in text
    assert "deleted words" not in text
    members = zip_members(merged_path)
    main = members["word/document.xml"]
    for tag in (
        b"commentReference",
        b"commentRangeStart",
        b"commentRangeEnd",
        b"w:del ",
        b"w:ins ",
    ):
        assert tag not in main
    assert not [name for name in members if "comment" in name.lower()]
    assert not any(b"SECRET REMARK" in payload for payload in members.values())
    assert b"comments" not in members["[Content_Types].xml"]


def test_merged_note_keeps_the_packs_paper_and_sections(merged_path: Path) -> None:
    document = docx.Document(str(merged_path))
    assert len(document.sections) == 2  # the cover and the body, nothing from the note
    for section in document.sections:
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert document.sections[-1].header.paragraphs[0].text.startswith("Consultation")


def test_pdf_pack_draws_the_same_docx_note(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("guidance.docx", merged_note()))
    (built,) = build_with(meeting, tmp_path, "pdf").files
    reader = PdfReader(built.path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in ("Merged guidance", "Number two", "Cell B2", "Kept inserted words"):
        assert expected in text
    assert "deleted words" not in text and "SECRET REMARK" not in text


def test_macro_enabled_note_merges_without_its_macros(tmp_path: Path) -> None:
    from tests.briefing.pack.test_docx_notes import as_docm

    docm = as_docm(merged_note("Macro note heading"))
    meeting = meeting_with_notes(("macros.docm", docm))
    report = build_with(meeting, tmp_path, "docx")
    assert not [w for w in report.warnings if "merged as text" in w]
    (built,) = report.files
    members = zip_members(built.path)
    assert not [name for name in members if "vba" in name.lower()]
    for payload in members.values():
        assert b"vbaProject" not in payload and b"macroEnabled" not in payload
    assert "Macro note heading" in body_text(docx.Document(str(built.path)))


def test_two_docx_notes_merge_in_order_with_their_own_lists(tmp_path: Path) -> None:
    meeting = meeting_with_notes(
        ("first.docx", merged_note("First merged")), ("second.docx", merged_note("Second merged"))
    )
    (built,) = build_with(meeting, tmp_path, "docx").files
    document = docx.Document(str(built.path))
    order = [p.text for p in document.paragraphs]
    assert order.index("First merged") < order.index("Second merged")
    assert order.count("Number one") == 2
    starts = list(document.element.body.iter(qn("w:bookmarkStart")))
    ids = [b.get(qn("w:id")) for b in starts]
    names = [b.get(qn("w:name")).lower() for b in starts]
    assert len(set(ids)) == len(ids) and len(set(names)) == len(names)


def test_same_note_same_bytes(tmp_path: Path) -> None:
    from tests.briefing.pack.docx_hostile import saved

    note = docx.Document(io.BytesIO(merged_note()))
    own_list = note.add_paragraph("A list of the note's own")  # not one of the pack's styles
    own_list._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 9
    doc = full_doc(meeting_with_notes(("guidance.docx", saved(note))), with_notes=True)
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    DocxRenderer().render(doc, first)
    DocxRenderer().render(doc, second)
    assert first.read_bytes() == second.read_bytes()


def test_a_note_that_cannot_be_merged_is_drawn_from_its_blocks(tmp_path: Path) -> None:
    doc = full_doc(meeting_with_notes())
    broken = d.WordNote("k", "broken.docx", b"not a word file", (d.Paragraph(d.plain("Fallback")),))
    doc = dataclasses.replace(doc, blocks=(*doc.blocks, broken, d.Paragraph(d.plain("After"))))
    result = DocxRenderer().render(doc, tmp_path / "broken.docx")
    assert [w for w in result.warnings if "broken.docx merged as text" in w]
    order = paragraph_texts(docx.Document(str(result.path)))
    assert order.index("Fallback") < order.index("After")


def test_accepting_changes_removes_deleted_rows_and_emptied_paragraphs() -> None:
    from briefing.render.docx import accept_changes

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = etree.fromstring(
        f"<w:body {w}>"
        "<w:p><w:pPr><w:rPr><w:del w:id='1' w:author='a'/></w:rPr></w:pPr>"
        "<w:del w:id='2' w:author='a'><w:r><w:delText>gone paragraph</w:delText></w:r></w:del></w:p>"
        "<w:tbl><w:tr><w:trPr><w:del w:id='3' w:author='a'/></w:trPr>"
        "<w:tc><w:p><w:r><w:t>gone row</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:rPr><w:b/><w:rPrChange w:id='4' w:author='a'><w:rPr/>"
        "</w:rPrChange></w:rPr><w:t>kept row</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:moveTo w:id='5' w:author='a'><w:r><w:t>moved here</w:t></w:r></w:moveTo>"
        "<w:moveFrom w:id='6' w:author='a'><w:r><w:t>moved away</w:t></w:r></w:moveFrom></w:p>"
        "</w:body>"
    )
    accept_changes(body)
    xml = etree.tostring(body).decode()
    assert "gone" not in xml and "moved away" not in xml
    assert "kept row" in xml and "moved here" in xml
    for tag in ("w:del", "w:ins", "w:moveTo", "w:moveFrom", "rPrChange"):
        assert f"<{tag}" not in xml
    assert len(body.findall(qn("w:p"))) == 1


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_a_pack_with_a_merged_note(tmp_path: Path, merged_path: Path) -> None:
    profile = (tmp_path / f"lo-{uuid.uuid4().hex}").as_uri()
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(merged_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (converted,) = tmp_path.glob("*.pdf")
    reader = PdfReader(converted)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in ("Merged guidance", "Cell B2", "Number two", "Kept inserted words end."):
        assert expected in text
    assert "deleted words" not in text and "SECRET REMARK" not in text


def test_a_note_table_wider_than_the_pack_text_is_fitted(tmp_path: Path) -> None:
    note_doc = docx.Document()
    note_doc.sections[0].left_margin = note_doc.sections[0].right_margin = docx.shared.Mm(5)
    table = note_doc.add_table(rows=2, cols=3)
    table.cell(1, 2).text = "States and companies"
    buffer = io.BytesIO()
    note_doc.save(buffer)
    meeting = dataclasses.replace(
        sample_meeting(),
        notes=(Note("w", "Wide", attachment=Attachment("wide.docx", buffer.getvalue())),),
    )
    request = BuildRequest(
        meeting.pack_definitions()[0], tmp_path, formats=("docx",), build_date=dt.date(2017, 11, 28)
    )
    (built,) = build_packs(meeting, request).files
    pack = docx.Document(str(built.path))
    section = pack.sections[-1]
    text_twips = (section.page_width - section.left_margin - section.right_margin) / 635
    widths = [
        sum(int(c.get(qn("w:w"))) for c in grid.findall(qn("w:gridCol")))
        for grid in pack.element.body.iter(qn("w:tblGrid"))
    ]
    assert widths and max(widths) <= text_twips + 1
    assert "States and companies" in body_text(pack)


def _ole_header() -> bytes:
    return bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 512


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"plain text, not a zip", "not a Word document"),
        (b"PK\x03\x04" + b"\x00" * 40, ""),
        (_ole_header(), "password-protected"),
    ],
)
def test_unreadable_word_notes_stop_the_build_with_one_clear_line(
    tmp_path: Path, data: bytes, message: str
) -> None:
    meeting = dataclasses.replace(
        sample_meeting(),
        notes=(Note("w", "Draft outline", attachment=Attachment("outline.docx", data)),),
    )
    request = BuildRequest(
        meeting.pack_definitions()[0],
        tmp_path / "out",
        formats=("docx", "pdf"),
        build_date=dt.date(2017, 11, 28),
    )
    with pytest.raises(BuildError) as info:
        build_packs(meeting, request)
    first = info.value.problems[0]
    assert first.startswith("note 'Draft outline' (outline.docx): ") and "\n" not in first
    assert message in first
    assert not list((tmp_path / "out").glob("*.*"))  # nothing half-built


def test_a_pdf_note_is_named_with_its_page_count(tmp_path: Path) -> None:
    from tests.briefing.render.test_pdf import note_pdf

    meeting = dataclasses.replace(
        sample_meeting(),
        notes=(Note("p", "Project note", attachment=Attachment("project.pdf", note_pdf(3))),),
    )
    request = BuildRequest(
        meeting.pack_definitions()[0], tmp_path, formats=("docx",), build_date=dt.date(2017, 11, 28)
    )
    (built,) = build_packs(meeting, request).files
    text = body_text(docx.Document(str(built.path)))
    assert "The document project.pdf (3 pages) is merged into the PDF pack." in text


# =========================================================================== hostile notes


def hostile_doc() -> d.PackDocument:
    """The sample meeting's full pack with the hostile Word note read into it."""
    from tests.briefing.pack.docx_hostile import hostile_note

    return full_doc(meeting_with_notes(("brief.docx", hostile_note())), with_notes=True)


def update_fields(path: Path) -> bool:
    """Whether the pack asks Word to update its fields on opening."""
    settings = etree.fromstring(zip_members(path)["word/settings.xml"])
    return settings.find(qn("w:updateFields")) is not None


def test_a_pack_whose_notes_keep_no_fetching_field_updates_its_fields(tmp_path: Path) -> None:
    result = DocxRenderer().render(hostile_doc(), tmp_path / "pack.docx")
    assert update_fields(result.path)
    assert not [w for w in result.warnings if "fetch" in w]


def test_a_pack_holding_a_field_that_fetches_does_not_ask_word_to_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.briefing.pack.docx_hostile import add_field, add_simple_field, simple_note

    def uncleaned(data: bytes, filename: str) -> docx.document.Document:
        note = simple_note()  # as if the cleaning had missed its fields
        add_field(note.add_paragraph(), 'INCLUDETEXT "file:///etc/passwd"', "PASSWD")
        add_simple_field(note.add_paragraph(), "DDEAUTO cmd.exe", "DDE")
        return note

    monkeypatch.setattr("briefing.render.docx.open_word_document", uncleaned)
    result = DocxRenderer().render(hostile_doc(), tmp_path / "pack.docx")
    assert "INCLUDETEXT" in zip_members(result.path)["word/document.xml"].decode()
    assert not update_fields(result.path)
    (warning,) = [w for w in result.warnings if "fetch" in w]
    assert warning.endswith("(INCLUDETEXT, DDEAUTO)")


def test_a_pack_part_that_does_not_parse_is_never_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.render import docx as docx_renderer

    real = docx_renderer.fixed_zip

    def with_entity(data: bytes, date: dt.date) -> bytes:
        members = zip_members_of(real(data, date))
        xml = members["word/document.xml"]
        members["word/document.xml"] = xml.replace(b"<w:body>", b"<w:body><!-- &xxe; -->", 1)
        members["word/document.xml"] = (
            b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe "x">]>'
            + xml[xml.index(b"?>") + 2 :]
        )
        return zipped_members(members)

    monkeypatch.setattr(docx_renderer, "fixed_zip", with_entity)
    target = tmp_path / "pack.docx"
    with pytest.raises(BuildError) as refused:
        DocxRenderer().render(full_doc(sample_meeting()), target)
    assert str(refused.value) == (
        "pack.docx: the part word/document.xml declares a DOCTYPE (entities), which Word never "
        "writes; nothing was built"
    )
    assert list(tmp_path.iterdir()) == []


def zip_members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped_members(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in members.items():
            archive.writestr(name, payload)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_a_pack_made_from_a_hostile_note(tmp_path: Path) -> None:
    from tests.briefing.pack.docx_hostile import SHOWN

    pack = DocxRenderer().render(hostile_doc(), tmp_path / "hostile.docx").path
    profile = (tmp_path / f"lo-{uuid.uuid4().hex}").as_uri()
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(pack),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "hostile.pdf")
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    for shown in SHOWN:  # a line may break anywhere; the PAGE field shows the real page
        assert shown.replace(" ", "").removesuffix("7") in text
    assert "CHUNKTEXT" not in text  # the altChunk's HTML never reached the pack


# =========================================================================== long and wide notes


def test_a_note_is_merged_in_one_pass_over_its_paragraphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docxcompose.composer import Composer

    from tests.briefing.pack.docx_hostile import many_paragraphs

    calls: list[int] = []
    original = Composer.add_styles

    def counted(self: Composer, doc: object, element: object) -> None:
        calls.append(1)
        original(self, doc, element)

    monkeypatch.setattr(Composer, "add_styles", counted)
    doc = full_doc(meeting_with_notes(("long.docx", many_paragraphs(400))), with_notes=True)
    document = render(doc, tmp_path / "long.docx")
    texts = paragraph_texts(document)
    assert texts.index("p0") < texts.index("p399") and texts.count("p200") == 1
    assert len(calls) == 1  # docxcompose's own merge looks up the styles once a paragraph


def test_the_linear_merge_gives_what_docxcompose_gives() -> None:
    from docxcompose.composer import Composer

    from briefing.pack.docx_notes import open_word_document
    from briefing.render.docx import NoteComposer, prepare_note
    from tests.briefing.pack.test_docx_notes import rich_document

    results = []
    for composer_class in (Composer, NoteComposer):
        pack = docx.Document()
        pack.add_paragraph("Pack text")
        composer = composer_class(pack)
        for data in (merged_note("First"), rich_document(), merged_note("Second")):
            note = open_word_document(data, "note.docx")
            prepare_note(note, pack)
            composer.append(note)
        numbering = composer.numbering_part().element
        for nsid in numbering.iter(qn("w:nsid")):
            nsid.set(qn("w:val"), "0")  # docxcompose draws these at random
        results.append((etree.tostring(pack.element.body), etree.tostring(numbering)))
    assert results[0] == results[1]


def test_a_300_column_table_in_a_note_merges(tmp_path: Path) -> None:
    from tests.briefing.pack.docx_hostile import wide_table

    doc = full_doc(meeting_with_notes(("wide.docx", wide_table(300))), with_notes=True)
    result = DocxRenderer().render(doc, tmp_path / "wide.docx")
    assert not [w for w in result.warnings if "merged as text" in w]
    (table,) = [t for t in docx.Document(str(result.path)).tables if len(t.columns) == 300]
    assert table.cell(1, 299).text == "v299"
    grid = table._tbl.find(qn("w:tblGrid"))
    widths = [int(c.get(qn("w:w"))) for c in grid]
    assert sum(widths) <= (210 - 44) * 1440 / 25.4  # fitted into the A4 text width, in twips


def test_a_300_column_table_drawn_from_blocks_does_not_fail(tmp_path: Path) -> None:
    from briefing.pack.docx_notes import docx_blocks
    from tests.briefing.pack.docx_hostile import wide_table

    blocks = docx_blocks(wide_table(300), "wide.docx", "n")
    doc = full_doc(meeting_with_notes())
    broken = d.WordNote("k", "wide.docx", b"not a word file", blocks)
    result = DocxRenderer().render(
        dataclasses.replace(doc, blocks=(*doc.blocks, broken)), tmp_path / "w.docx"
    )
    (table,) = [t for t in docx.Document(str(result.path)).tables if len(t.columns) == 300]
    assert table.cell(1, 299).text == "v299"
