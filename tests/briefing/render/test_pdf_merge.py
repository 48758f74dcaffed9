"""PDF notes merged into packs by qpdf: their own pages, links, sizes, stamps and fonts."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NullObject
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from briefing.model import Contact, Meeting, PackDefinition, PaperSize
from briefing.render import pdf_styles as st
from briefing.render.fonts import pack_fonts
from tests.briefing.pack.test_pdf_notes import forbidden_in, hostile_pdf
from tests.briefing.render.test_pdf import (
    build,
    find_entry,
    meeting_with_notes,
    note_pdf,
    only_pdf,
    page_texts,
)

SECTIONS = 4


def embedded_font() -> str:
    """A TrueType font a note embeds, as exported reports do."""
    name = "NoteSans"
    if name not in pdfmetrics.getRegisteredFontNames():
        path = pdfmetrics.getFont(pack_fonts().primary.regular).face.filename
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def linked_note(size: tuple[float, float] = (612, 792)) -> bytes:
    """A report as a word processor exports it: a contents page linking to its sections (one
    link by a named destination), a web link, its fonts embedded."""
    font = embedded_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, initialFontName=font)
    canvas.setFont(font, 14)
    canvas.drawString(72, size[1] - 90, "LINKED CONTENTS")
    for n in range(1, SECTIONS + 1):
        y = size[1] - 120 - 24 * n
        canvas.drawString(90, y, f"Section {n}")
        canvas.linkRect("", f"section{n}", (90, y - 4, 300, y + 14))
    canvas.drawString(90, 200, "https://www.ohchr.org")
    canvas.linkURL("https://www.ohchr.org/en", (90, 196, 300, 214))
    canvas.showPage()
    for n in range(1, SECTIONS + 1):
        canvas.setFont(font, 14)
        canvas.drawString(72, size[1] - 300, f"LINKED SECTION {n}")
        canvas.bookmarkHorizontalAbsolute(f"section{n}", size[1] - 290)
        canvas.showPage()
    canvas.save()
    return _with_named_link(buffer.getvalue())


def _with_named_link(data: bytes) -> bytes:
    """Add a link that goes to the last section by a named destination."""
    pdf = pikepdf.open(io.BytesIO(data))
    last = pdf.pages[SECTIONS].obj
    pdf.Root.Names = pikepdf.Dictionary(
        Dests=pdf.make_indirect(
            pikepdf.Dictionary(
                Names=pikepdf.Array(
                    [pikepdf.String("last-section"), pikepdf.Array([last, pikepdf.Name.Fit])]
                )
            )
        )
    )
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=pikepdf.Array([90, 150, 300, 170]),
        Border=pikepdf.Array([0, 0, 0]),
        Dest=pikepdf.String("last-section"),
    )
    pdf.pages[0].obj.Annots.append(pdf.make_indirect(link))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def link_targets(reader: PdfReader, page_index: int) -> list[tuple[int, list]]:
    """Each internal link on a page: the page it goes to and its destination's numbers."""
    found = []
    page = reader.pages[page_index]
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        dest = annot.get("/Dest")
        if dest is None and "/A" in annot and annot["/A"].get("/S") == "/GoTo":
            dest = annot["/A"]["/D"]
        if dest is None:
            continue
        if not isinstance(dest, ArrayObject):
            named = reader.named_destinations[str(dest)]
            found.append((reader.get_destination_page_number(named), []))
            continue
        target = reader.get_page_number(dest[0].get_object())
        found.append((target, [None if isinstance(v, NullObject) else float(v) for v in dest[2:]]))
    return found


def web_links(reader: PdfReader, page_index: int) -> list[tuple[str, list[float]]]:
    found = []
    for ref in reader.pages[page_index].get("/Annots") or []:
        annot = ref.get_object()
        action = annot.get("/A")
        if isinstance(action, DictionaryObject) and action.get("/S") == "/URI":
            found.append((str(action["/URI"]), [float(v) for v in annot["/Rect"]]))
    return found


def test_links_inside_a_merged_note_still_land_on_their_sections(tmp_path: Path) -> None:
    path = only_pdf(build(meeting_with_notes(("report.pdf", linked_note())), tmp_path))
    reader = PdfReader(path)
    texts = page_texts(path)
    contents = next(i for i, t in enumerate(texts) if "LINKED CONTENTS" in t)
    sections = [
        next(i for i, t in enumerate(texts) if f"LINKED SECTION {n}" in t) for n in (1, 2, 3, 4)
    ]
    assert sections == [contents + n for n in (1, 2, 3, 4)]
    targets = link_targets(reader, contents)
    assert [page for page, _ in targets] == [*sections, sections[-1]]  # the named one last
    named = reader.named_destinations["last-section"]  # the note's names are the pack's too
    assert reader.get_destination_page_number(named) == sections[-1]
    _x0, bottom, _width, height = st.geometry(PaperSize.A4).merged_area
    for page, numbers in targets[:-1]:
        top = numbers[1]
        # the page was fitted between the header and footer: the link's target moved with it
        assert bottom < top < bottom + height
        assert page in sections


def test_a_web_link_in_a_merged_note_still_opens_its_address(tmp_path: Path) -> None:
    path = only_pdf(build(meeting_with_notes(("report.pdf", linked_note())), tmp_path))
    reader = PdfReader(path)
    contents = next(i for i, t in enumerate(page_texts(path)) if "LINKED CONTENTS" in t)
    ((address, rect),) = web_links(reader, contents)
    assert address == "https://www.ohchr.org/en"
    x0, bottom, width, height = st.geometry(PaperSize.A4).merged_area
    assert x0 <= rect[0] < rect[2] <= x0 + width and bottom <= rect[1] < rect[3] <= bottom + height


def test_merged_pages_are_fitted_to_the_pack_and_stamped(tmp_path: Path) -> None:
    path = only_pdf(build(meeting_with_notes(("report.pdf", linked_note())), tmp_path))
    reader = PdfReader(path)
    texts = page_texts(path)
    total = len(reader.pages)
    sizes = {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    }
    assert sizes == {(595, 842)}  # the Letter pages were fitted to the pack's A4
    merged = [i for i, t in enumerate(texts) if "LINKED" in t]
    assert len(merged) == SECTIONS + 1
    for index in merged:
        assert f"Page {index + 1} of {total}" in texts[index]
        assert "Note 1: report.pdf" in texts[index]  # the note's title in the header
        assert "6 May 2024" not in texts[index]
    assert "6 May 2024" in texts[merged[0] - 1]  # a generated page's header shows the date


def test_merged_pages_keep_their_size_when_the_pack_says_so(tmp_path: Path) -> None:
    letter = linked_note()
    rotated = _rotated(note_pdf(2, "TURNED", outline=False))
    meeting = meeting_with_notes(("report.pdf", letter), ("turned.pdf", rotated))
    path = only_pdf(build(meeting, tmp_path, pack=unshrunk_pack(meeting)))
    reader = PdfReader(path)
    texts = page_texts(path)
    total = len(reader.pages)
    sections = [i for i, t in enumerate(texts) if "LINKED SECTION" in t]
    for index in sections:
        page = reader.pages[index]
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
        assert f"Page {index + 1} of {total}" in texts[index]
    turned = [i for i, t in enumerate(texts) if "TURNED PAGE" in t]
    assert [reader.pages[i].rotation for i in turned] == [90, 90]
    assert all(f"Page {i + 1} of {total}" in texts[i] for i in turned)
    contents = sections[0] - 1
    assert [page for page, _ in link_targets(reader, contents)] == [*sections, sections[-1]]


def unshrunk_pack(meeting: Meeting) -> PackDefinition:
    """The meeting's full pack, set to keep merged pages at their own size."""
    pack = meeting.pack_definitions()[0]
    return dataclasses.replace(
        pack, options=dataclasses.replace(pack.options, shrink_merged_pages=False)
    )


def _rotated(data: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        page.obj.Rotate = 90
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_note_that_starts_on_its_own_page_is_linked_there(tmp_path: Path) -> None:
    """The session page's list of notes links to the note, which has no page of its own."""
    meeting = meeting_with_notes(("a.pdf", note_pdf(2, "FIRST")), ("b.pdf", note_pdf(3, "SECOND")))
    path = only_pdf(build(meeting, tmp_path))
    reader = PdfReader(path)
    texts = page_texts(path)
    first = next(i for i, t in enumerate(texts) if "FIRST PAGE 1" in t)
    second = next(i for i, t in enumerate(texts) if "SECOND PAGE 1" in t)
    assert second == first + 2  # two notes in a row: no page between them
    session = next(i for i, t in enumerate(texts) if "Session 1: Opening" in t and "Note 1" in t)
    assert {page for page, _ in link_targets(reader, session)} >= {first, second}
    for title, page in (("Note 1: a.pdf", first), ("Note 2: b.pdf", second)):
        assert reader.get_destination_page_number(find_entry(reader.outline, title)) == page


def test_every_pack_passes_qpdf_and_embeds_every_font(tmp_path: Path) -> None:
    if shutil.which("qpdf") is None or shutil.which("pdffonts") is None:
        pytest.skip("qpdf and poppler-utils are installed by .ci/run")
    # one note embeds its font, the other uses Helvetica without carrying it
    notes = (("report.pdf", linked_note()), ("plain.pdf", note_pdf(2, "HELVETICA")))
    meeting = meeting_with_notes(*notes, sessions=("s1", "s2"))
    report = build(meeting, tmp_path, per_session=True)
    assert len(report.files) == 3
    assert "HELVETICA PAGE 2 of 2" in " ".join(page_texts(only_pdf(report)))
    for built in report.files:
        check = subprocess.run(["qpdf", "--check", str(built.path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        fonts = subprocess.run(["pdffonts", str(built.path)], capture_output=True, text=True)
        rows = fonts.stdout.splitlines()[2:]
        assert rows, fonts.stdout
        assert all(row.split()[-5] == "yes" for row in rows), fonts.stdout  # the "emb" column


def test_two_builds_with_merged_notes_give_the_same_bytes(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("report.pdf", linked_note()), ("plain.pdf", note_pdf(2)))
    first = only_pdf(build(meeting, tmp_path / "one")).read_bytes()
    second = only_pdf(build(meeting, tmp_path / "two")).read_bytes()
    assert first == second


def test_per_session_packs_carry_their_notes_pages(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("report.pdf", linked_note()), sessions=("s1", "s2"))
    report = build(meeting, tmp_path, per_session=True)
    briefs = [f.path for f in report.files if "moderator brief" in f.path.name]
    assert len(briefs) == 2
    for brief in briefs:
        texts = page_texts(brief)
        merged = [i for i, t in enumerate(texts) if "LINKED" in t]
        assert len(merged) == SECTIONS + 1
        targets = link_targets(PdfReader(brief), merged[0])
        assert [page for page, _ in targets] == [*merged[1:], merged[-1]]


def inherited_note() -> bytes:
    """A note whose pages take their size, rotation and fonts from the page tree."""
    pdf = pikepdf.open(io.BytesIO(note_pdf(2, "INHERITED", outline=False, size=(612, 792))))
    tree = pdf.Root.Pages
    tree.MediaBox = pdf.pages[0].obj.MediaBox
    tree.Resources = pdf.pages[0].obj.Resources
    tree.Rotate = 90
    for page in pdf.pages:
        for key in ("/MediaBox", "/Resources", "/Rotate"):
            if key in page.obj:
                del page.obj[key]
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_pages_that_inherit_their_size_and_fonts_keep_them(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("tree.pdf", inherited_note()))
    kept = only_pdf(build(meeting, tmp_path / "kept", pack=unshrunk_pack(meeting)))
    reader = PdfReader(kept)
    texts = page_texts(kept)
    merged = [i for i, t in enumerate(texts) if "INHERITED PAGE" in t]
    assert len(merged) == 2  # the text is drawn: its font came along
    for index in merged:
        assert reader.pages[index].rotation == 90
        assert [float(v) for v in reader.pages[index].mediabox] == [0, 0, 612, 792]
    fitted = only_pdf(build(meeting, tmp_path / "fitted"))
    assert len([t for t in page_texts(fitted) if "INHERITED PAGE" in t]) == 2


def test_packs_built_from_a_hostile_note_carry_nothing_dangerous(tmp_path: Path) -> None:
    """Scripts (open action, page and link actions), launch and remote links, an attached file,
    a filled form and XFA: none of it reaches the full pack or the per-session packs; the
    note's web link does, the form's value prints, and the report says what was removed."""
    meeting = meeting_with_notes(("hostile.pdf", hostile_pdf()), sessions=("s1", "s2"))
    report = build(meeting, tmp_path, per_session=True)
    assert len(report.files) == 3
    for built in report.files:
        data = built.path.read_bytes()
        assert forbidden_in(data) == [], built.path.name
        reader = PdfReader(built.path)
        addresses = [u for i in range(len(reader.pages)) for u, _ in web_links(reader, i)]
        assert addresses and all(a.startswith(("https://", "http://")) for a in addresses)
    (line,) = [w for w in report.warnings if "removed from 'hostile.pdf'" in w]
    assert "script" in line and "attached file" in line


def test_notes_that_are_only_pdfs_add_their_pages_and_nothing_else(tmp_path: Path) -> None:
    """Two PDF notes in a row, then the contacts: no page for a title, none left empty."""
    notes = meeting_with_notes(("a.pdf", note_pdf(2, "FIRST")), ("b.pdf", note_pdf(3, "SECOND")))
    contact = Contact("Secretariat", role="Queries", email="wg@example.org")
    meeting = dataclasses.replace(notes, contacts=(contact,))
    with_notes = PdfReader(only_pdf(build(meeting, tmp_path / "with")))
    without = PdfReader(only_pdf(build(dataclasses.replace(meeting, notes=()), tmp_path / "bare")))
    assert len(with_notes.pages) == len(without.pages) + 5
    texts = page_texts(only_pdf(build(meeting, tmp_path / "again")))
    assert "Contacts and logistics" in texts[-1] and "SECOND PAGE 3" in texts[-2]
