"""The DOCX renderer: the pack document as a Word file built on Word's own styles.

Everything is styled with named styles (built-in ones where Word has them, a few custom ones
based on Normal where it does not), so staff restyle a pack by changing a style. The cover is a
section of its own without header or footer; the contents are a real TOC field whose result
already lists the headings; headings carry bookmarks that internal links point at. Text in
Arabic or Chinese script gets Word's right-to-left and East Asian markup (:class:`ScriptMarkup`);
an Arabic pack is mirrored as a whole.

python-docx builds the XML (its ``OxmlElement``/``qn`` helpers, text always set through it, so
it is escaped once); the saved zip is then rewritten with fixed dates so the same pack gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from copy import deepcopy
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_DIRECTION
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.section import CT_SectPr
from docx.oxml.table import CT_Tbl
from docx.shared import Length, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docxcompose.composer import Composer
from docxcompose.properties import CustomProperties
from lxml import etree

from briefing.atomic import atomic_path
from briefing.errors import BuildError
from briefing.i18n import pack_words
from briefing.messages import M_
from briefing.model import PaperSize
from briefing.pack import document as d
from briefing.pack.docx_notes import is_contents_control, open_word_document
from briefing.pack.docx_sanitise import parse_strict, problem_of, unsafe_field_names, unwrap
from briefing.pack.pdf_notes import PdfNoteLibrary
from briefing.progress import Monitor
from briefing.render.base import BlockDispatch, DocxOptions, RenderResult
from briefing.scripts import (
    first_strong_direction,
    has_cjk,
    has_rtl,
    is_rtl_language,
    primary_language,
)

FONT = "Noto Sans"
ARABIC_FONT = "Noto Sans Arabic"  # Word's complex-script slot (w:cs): Arabic and other RTL text
CHINESE_FONT = "Noto Sans SC"  # Word's East Asian slot (w:eastAsia)
PAPER_MM = {PaperSize.A4: (210.0, 297.0), PaperSize.LETTER: (215.9, 279.4)}
MARGIN_MM = 22.0
PHOTO_MM = 30.0
LOGO_MM = 40.0
LOGO_HEIGHT_MM = 22.0
MARK_FILL = "FFF2B3"  # the light yellow of a marked table row
QUIET_FILL = "EEF0F2"  # the light grey of a break's row in the programme
TABLE_STYLE = "Medium Shading 1 Accent 1"
FACTS_STYLE = "Light Shading Accent 1"
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
PARAGRAPH_STYLES = {
    "body": "Normal",
    "lead": "Lead",
    "small": "Small",
    "muted": "Muted",
    "label": "Label",
    "quote": "Quote",
}
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")


class DocxRenderer:
    """Renders a pack document to a Word (DOCX) file.

    Word lays out pages only when it opens the file, so the page count it returns is 0 (unknown).
    """

    name = "docx"
    suffix = ".docx"

    def __init__(
        self, library: PdfNoteLibrary | None = None, options: DocxOptions | None = None
    ) -> None:
        """``library``: the build's PDF notes (a DOCX pack names them; their pages are
        counted by assembly)."""
        self.library = library or PdfNoteLibrary()
        self.options = options or DocxOptions()

    def render(
        self, doc: d.PackDocument, path: Path, monitor: Monitor | None = None
    ) -> RenderResult:
        """Write ``doc`` to ``path`` (atomically); pages is 0: only Word knows them."""
        monitor = monitor or Monitor()
        monitor.step(M_("Writing {pack}", pack=doc.file_stem))
        writer = _Writer(doc, monitor)
        raw = writer.run()
        monitor.step(M_("Saving {pack}", pack=doc.file_stem))
        data = fixed_zip(raw, doc.build_date)
        check_package_xml(data, path.name)
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
        return RenderResult(path, 0, writer.warnings)


# =========================================================================== helpers


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold (control characters, lone surrogates)."""
    return _INVALID_XML.sub("", text)


def bookmark_names(anchors: Iterable[str]) -> dict[str, str]:
    """A valid, unique Word bookmark name (letter first, ≤40 of [A-Za-z0-9_]) per anchor."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for anchor in anchors:
        if anchor in names:
            continue
        base = _NOT_NAME.sub("_", anchor)
        base = (base if base[:1].isalpha() else f"b_{base}")[:40]
        name, n = base, 1
        while name.lower() in used:  # Word compares bookmark names without case
            n += 1
            name = f"{base[: 40 - len(str(n)) - 1]}_{n}"
        used.add(name.lower())
        names[anchor] = name
    return names


def fixed_zip(data: bytes, date: dt.date) -> bytes:
    """The zip ``data`` rewritten with one fixed date on every member, in a fixed order."""
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        names = source.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + [n for n in names if n not in first]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def check_package_xml(data: bytes, name: str) -> None:
    """Every XML part of a written package parses strictly (no DOCTYPE, no entity); else a
    :class:`BuildError` naming the pack and the part, so a pack Word cannot open is never kept."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if not member.endswith((".xml", ".rels")):
                continue
            try:
                parse_strict(archive.read(member), member)
            except ValueError as exc:
                problem = M_(
                    "{file}: {problem}; nothing was built", file=name, problem=problem_of(exc)
                )
                raise BuildError([problem]) from exc


def _element(tag: str, **attributes: str) -> Any:
    """A new WordprocessingML element with ``w:`` attributes."""
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _field_run(kind: str, dirty: bool = False) -> Any:
    """A run holding one w:fldChar (begin, separate or end)."""
    run = OxmlElement("w:r")
    char = _element("w:fldChar", fldCharType=kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instruction_run(instruction: str) -> Any:
    """A run holding a field instruction."""
    run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text.text = f" {instruction} "
    run.append(text)
    return run


def add_field(paragraph: DocxParagraph, instruction: str, result: str) -> None:
    """Append a complex field (e.g. PAGE) showing ``result`` until Word updates it."""
    p = paragraph._p
    p.append(_field_run("begin", dirty=True))
    p.append(_instruction_run(instruction))
    p.append(_field_run("separate"))
    p.append(paragraph.add_run(result)._r)
    p.append(_field_run("end"))


# =========================================================================== the writer


class _Writer(BlockDispatch):
    """One DOCX build of a pack document."""

    def __init__(self, doc: d.PackDocument, monitor: Monitor) -> None:
        self.doc, self.monitor = doc, monitor
        self.document = docx.Document()
        self.bookmarks = bookmark_names(h.anchor for h in doc.headings())
        self.bookmark_id = 0
        self.placed: set[str] = set()
        self.style_ids: dict[str, str] = {}
        self.warnings: list[str] = []
        self.body_section_started = False
        self.composer: Composer | None = None
        self.scripts = ScriptMarkup(doc.language)

    def run(self) -> bytes:
        """The DOCX file's bytes, before the zip dates are fixed."""
        _styles(self.document, self.doc.language, Mm(self.text_width_mm))
        self.page_setup(self.document.sections[0])
        _clear_body(self.document)
        body = self.document.element.body
        for block in self.doc.blocks:
            self.monitor.check()
            last = _last_placed(body)
            self.dispatch(block)
            if not isinstance(block, d.WordNote):  # a merged note keeps its author's directions
                self.scripts.mark(_placed_after(body, last))
        if not self.body_section_started:  # no cover: every page gets header and footer
            self.running_header(self.document.sections[0])
        self.mark_running_heads()
        self.properties()
        self.update_fields_on_open()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def mark_running_heads(self) -> None:
        """Headers and footers run in the pack's direction, whatever their first letter: a
        right-to-left one is mirrored (its "right" tab stop is at the end, the left margin)."""
        for section in self.document.sections:
            for part in (section.header, section.footer):
                if not part.is_linked_to_previous:  # the cover's have none: do not add them
                    self.scripts.mark([p._p for p in part.paragraphs], by_pack=True)

    def update_fields_on_open(self) -> None:
        """Ask Word to refresh the contents' page numbers on opening, unless a field that could
        fetch something survived in a merged note (then the contents keep the listed text)."""
        names = unsafe_field_names(_xml_roots(self.document))
        if not names:
            _update_fields_on_open(self.document)
            return
        warning = M_(
            "{pack}: Word will not refresh the contents' page numbers on opening because the "
            "pack holds fields that could fetch something ({fields})",
            pack=self.doc.file_stem,
            fields=tuple(dict.fromkeys(names)),
        )
        self.warnings.append(warning)

    @property
    def text_width_mm(self) -> float:
        """The width between the margins."""
        return PAPER_MM[self.doc.paper][0] - 2 * MARGIN_MM

    # -- page, sections, properties

    def page_setup(self, section: Any) -> None:
        """Paper size and margins."""
        width, height = PAPER_MM[self.doc.paper]
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        section.header_distance = section.footer_distance = Mm(10)
        if self.scripts.rtl_pack:
            _section_right_to_left(section._sectPr)

    def running_header(self, section: Any) -> None:
        """Short title and date above, distribution mark and 'Page X of Y' below."""
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.style = self.document.styles["Header"]
        header.add_run(clean(f"{self.doc.short_title}\t{self.doc.header_date}"))
        footer = section.footer.paragraphs[0]
        footer.style = self.document.styles["Footer"]
        page_of = pack_words(self.doc.language).gettext("Page {page} of {total}")
        before, rest = page_of.split("{page}", 1)
        between, after = rest.split("{total}", 1)
        footer.add_run(clean(f"{self.doc.distribution_mark}\t{before}"))
        add_field(footer, "PAGE", "1")
        footer.add_run(between)
        add_field(footer, "NUMPAGES", "1")
        if after:
            footer.add_run(after)

    def properties(self) -> None:
        """Title, author, subject, keywords and language; nothing about who built the file."""
        props = self.document.core_properties
        stamp = dt.datetime.combine(self.doc.build_date, dt.time())
        props.title = _property(self.doc.title)
        props.subject = _property(self.doc.subject)
        props.author = props.last_modified_by = _property(self.doc.author)
        props.keywords = _property(", ".join(self.doc.keywords))
        props.language = _property(self.doc.language)
        props.comments = props.category = props.content_status = ""
        props.identifier = props.version = ""
        props.created = props.modified = props.last_printed = stamp
        props.revision = 1

    # -- text

    def add_paragraph(self, style: str, container: Any = None) -> DocxParagraph:
        """A new empty paragraph in ``style`` at the end of ``container`` (the body)."""
        paragraph = container.add_paragraph() if container is not None else self.body_paragraph()
        if style != "Normal":
            paragraph._p.style = self.style_id(style)
        return paragraph

    def body_paragraph(self) -> DocxParagraph:
        """A new empty paragraph at the end of the body."""
        p = OxmlElement("w:p")
        _append_to_body(self.document.element.body, p)
        return DocxParagraph(p, self.document._body)

    def style_id(self, name: str) -> str:
        """The id of the style named ``name`` (python-docx looks it up slowly every time)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def styled_run(self, paragraph: DocxParagraph, text: str, span: d.Span) -> Any:
        """A run of ``text``: bold → Strong, italic → Emphasis (character styles), both →
        Strong and italic."""
        run = paragraph.add_run(text)
        if span.bold:
            run._r.style = self.style_id("Strong")
            run.italic = span.italic or None
        elif span.italic:
            run._r.style = self.style_id("Emphasis")
        return run

    def add_spans(self, paragraph: DocxParagraph, spans: d.Spans) -> None:
        """Runs for ``spans``; links become hyperlinks (internal ones to heading bookmarks)."""
        for span in spans:
            text = clean(span.text)
            if not text:
                continue
            if span.link:
                self.hyperlink(paragraph, span, text)
            else:
                self.styled_run(paragraph, text, span)

    def hyperlink(self, paragraph: DocxParagraph, span: d.Span, text: str) -> None:
        """A w:hyperlink to a bookmark (``#anchor``) or to an external address."""
        link = OxmlElement("w:hyperlink")
        if span.link.startswith("#"):
            name = self.bookmarks.get(span.link[1:])
            if name is None:  # a link to nothing in this pack: keep its text only
                self.styled_run(paragraph, text, span)
                return
            link.set(qn("w:anchor"), name)
        else:
            r_id = paragraph.part.relate_to(clean(span.link), RT.HYPERLINK, is_external=True)
            link.set(qn("r:id"), r_id)
        internal = span.link.startswith("#")
        run = self.styled_run(paragraph, text, span) if internal else paragraph.add_run(text)
        if not internal:  # links out of the pack look like links; cross-references do not
            run._r.style = self.style_id("Hyperlink")
            run.bold = span.bold or None
            run.italic = span.italic or None
        link.append(run._r)
        paragraph._p.append(link)

    def bookmark(self, paragraph: DocxParagraph, anchor: str) -> None:
        """Wrap the paragraph's content in a bookmark named after ``anchor``."""
        name = self.bookmarks.get(anchor)
        if name is None or anchor in self.placed:  # a bookmark name may stand only once
            return
        self.placed.add(anchor)
        self.bookmark_id += 1
        start = _element("w:bookmarkStart", id=str(self.bookmark_id), name=name)
        end = _element("w:bookmarkEnd", id=str(self.bookmark_id))
        p = paragraph._p
        p.insert(1 if p.pPr is not None else 0, start)
        p.append(end)

    # -- blocks

    def cover(self, cover: d.Cover) -> None:
        """The cover sheet, then a new section for the pages with header and footer."""
        if cover.logo:
            self.picture(
                self.add_paragraph("Normal"), cover.logo, LOGO_MM, M_("the logo"), LOGO_HEIGHT_MM
            )
        lines = (
            ("Cover Kicker", cover.organiser),
            ("Cover Kicker", cover.meeting_type),
            ("Title", cover.title),
            ("Subtitle", cover.subtitle),
            ("Cover Detail", cover.when),
            ("Cover Detail", cover.where),
        )
        for style, text in lines:
            if text:
                self.add_paragraph(style).add_run(clean(text))
        for label, value in cover.facts:
            paragraph = self.add_paragraph("Cover Detail")
            labelled = pack_words(self.doc.language).gettext("{label}: {value}")
            labelled = labelled.format(label=label, value="")
            self.add_spans(paragraph, (d.Span(labelled, bold=True), d.Span(value)))
        self.add_paragraph("Cover Pack").add_run(clean(cover.pack_name))
        if cover.version_line:
            self.add_paragraph("Muted").add_run(clean(cover.version_line))
        if cover.distribution_mark:
            self.add_paragraph("Distribution Mark").add_run(clean(cover.distribution_mark))
        if cover.contacts:
            self.cover_contacts(cover.contacts)
        self.start_body_section()

    def cover_contacts(self, contacts: tuple[d.ContactLine, ...]) -> None:
        """The contact details block at the foot of the cover."""
        self.add_paragraph("Label").add_run(pack_words(self.doc.language).gettext("Contacts"))
        for c in contacts:
            spans: list[d.Span] = [d.Span("cc: ")] if c.cc else []
            bits: list[d.Spans] = [d.plain(c.name, bold=True), d.plain(c.role)]
            bits += [d.plain(c.email, link=f"mailto:{c.email}"), d.plain(c.phone)]
            for bit in (b for b in bits if b):
                spans += [d.Span(" · ")] if len(spans) > int(c.cc) else []
                spans += bit
            self.add_spans(self.add_paragraph("Cover Contact"), tuple(spans))

    def start_body_section(self) -> None:
        """A new page and section whose header and footer are its own, not the cover's."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self.page_setup(section)
        self.running_header(section)
        self.body_section_started = True

    def contents(self, contents: d.Contents) -> None:
        """A TOC field whose result already lists the level 1–2 headings, linked."""
        self.add_paragraph("TOC Heading").add_run(clean(contents.title))
        listed = [h for h in self.doc.headings() if h.in_contents and h.level <= 2]
        first = self.add_paragraph(f"TOC {listed[0].level}" if listed else "Normal")
        p = first._p
        p.append(_field_run("begin", dirty=True))
        p.append(_instruction_run(TOC_INSTRUCTION))
        p.append(_field_run("separate"))
        paragraph = first
        if not listed:
            paragraph.add_run(
                pack_words(self.doc.language).gettext(
                    "Right-click and update the field to list the contents."
                )
            )
        for index, heading in enumerate(listed):
            if index:
                paragraph = self.add_paragraph(f"TOC {heading.level}")
            self.add_spans(paragraph, d.plain(heading.text, link=f"#{heading.anchor}"))
        paragraph._p.append(_field_run("end"))

    def heading(self, heading: d.Heading) -> None:
        """Heading 1–3 with a bookmark; a new page first where asked."""
        paragraph = self.add_paragraph(f"Heading {min(max(heading.level, 1), 3)}")
        if heading.new_page:
            paragraph.paragraph_format.page_break_before = True
        paragraph.add_run(clean(heading.text))
        self.bookmark(paragraph, heading.anchor)

    def paragraph(self, block: d.Paragraph, container: Any = None) -> None:
        """A paragraph in the style its kind maps to."""
        style = PARAGRAPH_STYLES.get(block.style, "Normal")
        self.add_spans(self.add_paragraph(style, container), block.spans)

    def list_block(self, block: d.ListBlock, container: Any = None) -> None:
        """One List Bullet / List Number paragraph per item, by depth."""
        base = "List Number" if block.ordered else "List Bullet"
        for index, item in enumerate(block.items):
            depth = block.depth(index)
            style = base if depth <= 0 else f"{base} {min(depth + 1, 3)}"
            self.add_spans(self.add_paragraph(style, container), item)

    def table(self, block: d.Table) -> None:
        """A styled table: repeating header row, relative widths, marked rows shaded."""
        columns = max([len(block.header), *(len(r) for r in block.rows)], default=0)
        if not columns:
            return
        tbl = CT_Tbl.new_tbl(0, columns, Mm(self.text_width_mm))
        _append_to_body(self.document.element.body, tbl)
        table = DocxTable(tbl, self.document._body)
        table._tbl.tblPr.style = self.style_id(
            FACTS_STYLE if block.kind == "facts" else TABLE_STYLE
        )
        table.autofit = False
        if self.scripts.rtl_pack:  # the first column on the right
            table.table_direction = WD_TABLE_DIRECTION.RTL
        widths = self.column_widths(block.widths, columns)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        if block.header and block.kind != "facts":
            self.header_row(table, block.header, widths)
        else:
            _table_look(table, first_row=False)
        for index, row in enumerate(block.rows):
            fill = (
                MARK_FILL if index in block.marked else QUIET_FILL if index in block.quiet else ""
            )
            self.body_row(table, row, widths, fill, block.joined_in(index))
        self.add_paragraph("Table Gap")

    def column_widths(self, relative: tuple[float, ...], columns: int) -> list[Length]:
        """Absolute column widths from relative ones (equal where none or too few are given)."""
        weights = list(relative[:columns]) + [1.0] * (columns - len(relative[:columns]))
        weights = [w if w > 0 else 1.0 for w in weights]
        total = sum(weights)
        return [Mm(self.text_width_mm * w / total) for w in weights]

    def header_row(self, table: DocxTable, header: tuple[str, ...], widths: list[Length]) -> None:
        """The first row, repeated at the top of every page the table runs onto."""
        row = table.add_row()
        row._tr.get_or_add_trPr().append(_element("w:tblHeader", val="true"))
        for cell, text, width in zip(row.cells, header, widths, strict=False):
            cell.width = width
            cell.paragraphs[0].add_run(clean(text))

    def body_row(
        self,
        table: DocxTable,
        row: tuple[d.Cell, ...],
        widths: list[Length],
        fill: str = "",
        joined: tuple[d.JoinedCells, ...] = (),
    ) -> None:
        """One row; each cell's lines are its paragraphs; joined cells are merged into one
        (a gridSpan), which holds the first one's lines."""
        cells = table.add_row().cells
        covered: set[int] = set()
        for span in joined:
            cells[span.first].merge(cells[span.last])
            covered.update(range(span.first + 1, span.last + 1))
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            if index in covered:
                continue
            if not any(span.first == index for span in joined):
                cell.width = width
            lines = row[index] if index < len(row) else ()
            for number, line in enumerate(lines):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                self.add_spans(paragraph, line)
            if fill:
                _shade(cell, fill)

    def image(self, block: d.Image) -> None:
        """An inline picture no wider than the text, with its caption."""
        width = min(block.width_mm, self.text_width_mm)
        what = block.caption or M_("a picture")
        self.picture(self.add_paragraph("Normal"), block.data, width, what)
        if block.caption:
            self.add_paragraph("Caption").add_run(clean(block.caption))

    def picture(
        self,
        paragraph: DocxParagraph,
        data: bytes,
        width_mm: float,
        what: str,
        height_mm: float | None = None,
    ) -> None:
        """An inline picture in ``paragraph`` fitted into width (and height); a warning (and a
        note in the text) if it cannot be read."""
        try:
            size = DocxImage.from_blob(data)
            ratio = size.px_height / max(size.px_width, 1)
            if height_mm is not None:
                width_mm = min(width_mm, height_mm / max(ratio, 1e-6))
            paragraph.add_run().add_picture(io.BytesIO(data), width=Mm(width_mm))
        except (UnrecognizedImageError, ValueError, KeyError, IndexError, OSError) as exc:
            warning = M_(
                "{pack}: {what} could not be read ({reason})",
                pack=self.doc.file_stem,
                what=what,
                reason=" ".join(str(exc).split()) or type(exc).__name__,
            )
            self.warnings.append(warning)
            shown = M_("[{what}: picture could not be read]", what=what)  # in the pack's words
            paragraph.add_run(clean(shown.translated(self.doc.language)))

    def bio(self, bio: d.Bio) -> None:
        """Photo, affiliation, roles and the bio text (the name is the heading before it)."""
        if bio.photo:
            photo = self.add_paragraph("Normal")
            what = M_("{name}'s photo", name=bio.name)
            self.picture(photo, bio.photo, PHOTO_MM, what, PHOTO_MM * 4 / 3)
        if bio.affiliation:
            self.add_spans(self.add_paragraph("Normal"), d.plain(bio.affiliation, italic=True))
        for role in bio.roles:
            self.add_paragraph("Small").add_run(clean(role))
        for block in bio.body:
            self.dispatch(block)

    def page_break(self, _block: d.PageBreak) -> None:
        """Start a new page."""
        self.body_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def word_note(self, block: d.WordNote) -> None:
        """Merge the Word note where this block stands (its styles, numbering, tables,
        pictures and links come along), cleaned of active content (fields that fetch or run
        things, objects, controls, macros, unsafe links) before docxcompose sees it, with
        tracked changes accepted and comments left out; if it cannot be merged, draw its
        blocks and say so."""
        body = self.document.element.body
        start = _append_index(body)
        try:
            note = open_word_document(block.data, block.filename)
            prepare_note(note, self.document)
            if self.composer is None:
                self.composer = NoteComposer(self.document)
            self.composer.append(note)
            _fixed_list_ids(self.composer.numbering_part().element)
        except Exception as exc:  # docxcompose and the note's XML can fail in many ways
            for element in list(body)[start : _append_index(body)]:
                body.remove(element)  # nothing half-merged stays in the pack
            warning = M_(
                "{pack}: {file} merged as text: {reason}",
                pack=self.doc.file_stem,
                file=block.filename,
                reason=" ".join(str(exc).split()) or type(exc).__name__,
            )
            self.warnings.append(warning)
            for inner in block.blocks:
                self.dispatch(inner)
            self.scripts.mark(list(body)[start : _append_index(body)])  # drawn by the pack
            return
        # docxcompose numbers every bookmark anew from 0: later ones must not reuse an id
        self.bookmark_id = max(self.bookmark_id, len(body.findall(f".//{qn('w:bookmarkStart')}")))

    def embedded_pdf(self, block: d.EmbeddedPdf) -> None:
        """A PDF note only the PDF pack can merge: its headings and what assembly says in
        place of its pages, so it is never silently lost."""
        for heading in block.headings:
            self.heading(heading)
        for paragraph in block.notice:
            self.paragraph(paragraph)


# =========================================================================== scripts

# Where w:bidi and the run properties stand in their parents (the schema fixes the order)
_BIDI_AFTER = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_SECTION_BIDI_AFTER = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
_LANG_AFTER = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_SZ_CS_AFTER = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
# Invisible marks that keep digits and punctuation at a stretch's edge with it (LRM, RLM)
_MARKS = {"L": "\u200e", "R": "\u200f"}
# The region Word's tag for a language names when the pack's tag names none
_REGIONS = {"ar": "SA", "fa": "IR", "he": "IL", "ur": "PK", "ja": "JP", "ko": "KR"}
_PLAIN, _RTL_SCRIPT, _CJK_SCRIPT = "L", "R", "C"


def language_tags(language: str) -> tuple[str, str]:
    """The tags Word wants for the pack's complex-script (Arabic) and East Asian (Chinese)
    text: the pack's own tag where it is in that script, else ``ar-SA`` and ``zh-CN``."""
    tag = clean(language).strip().replace("_", "-")
    primary, region = primary_language(tag), tag.partition("-")[2]
    own = tag if region else f"{primary}-{_REGIONS.get(primary, '')}"
    bidi = own if is_rtl_language(tag) else "ar-SA"
    east_asia = own if primary in ("ja", "ko") else "zh-CN"
    if primary == "zh" and region.lower() in ("hant", "tw", "hk", "mo"):
        east_asia = "zh-TW"  # written in traditional characters
    return bidi, east_asia


def script_of(char: str) -> str | None:
    """``R`` (right-to-left script, its digits and punctuation), ``C`` (CJK), ``L`` (another
    letter), or None for what takes its direction from its neighbours (digits, punctuation)."""
    if has_rtl(char) or unicodedata.bidirectional(char) in ("R", "AL"):
        return _RTL_SCRIPT
    if has_cjk(char):
        return _CJK_SCRIPT
    return _PLAIN if unicodedata.bidirectional(char) == "L" else None


def script_pieces(text: str) -> list[tuple[str, str]]:
    """``text`` cut where its script changes, as (script, piece): digits, spaces and
    punctuation between two letters of one script belong to that script's piece, anything
    else to a plain one ("Panellist: مريم العلي." → plain "Panellist: ", R "مريم العلي",
    plain ".")."""
    kinds = [script_of(c) for c in text]
    strong = [(i, k) for i, k in enumerate(kinds) if k is not None]
    for (i, before), (j, after) in itertools.pairwise(strong):
        for k in range(i + 1, j):
            kinds[k] = before if before == after else _PLAIN
    pieces: list[tuple[str, str]] = []
    for char, kind in zip(text, kinds, strict=True):
        kind = kind or _PLAIN
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + char)
        else:
            pieces.append((kind, char))
    return pieces


class ScriptMarkup:
    """The right-to-left and East Asian markup of the paragraphs the pack itself writes:
    paragraph direction and alignment, and runs cut by script and tagged with their language.

    In a ``w:bidi`` paragraph Word and LibreOffice read ``w:jc`` left/right as start/end, so a
    right-to-left paragraph is right-aligned by writing no ``w:jc`` at all (its style's
    alignment, which is the start, stays in charge of restyling).
    """

    def __init__(self, language: str) -> None:
        """``language``: the pack's language tag."""
        self.rtl_pack = is_rtl_language(language)
        self.bidi_tag, self.east_asia_tag = language_tags(language)

    def mark(self, elements: Iterable[Any], by_pack: bool = False) -> None:
        """Mark every paragraph and table in ``elements`` (body children or paragraphs);
        ``by_pack``: their direction is the pack's whatever their text (header, footer)."""
        for element in elements:
            if element.tag == qn("w:tbl") and self.rtl_pack:
                element.bidiVisual_val = WD_TABLE_DIRECTION.RTL
            paragraphs = [element] if element.tag == qn("w:p") else element.iter(qn("w:p"))
            for paragraph in list(paragraphs):
                self.paragraph(paragraph, by_pack)

    def paragraph(self, p: Any, by_pack: bool = False) -> None:
        """Direction and alignment of one paragraph, then its runs."""
        text = "".join(t.text or "" for t in _shown_text(p))
        rtl = self.rtl_pack or (not by_pack and first_strong_direction(text) == "R")
        if rtl:
            _set_bidi(p.get_or_add_pPr())
        if not (rtl or has_rtl(text) or has_cjk(text)):
            return  # Latin-only text in a left-to-right paragraph: nothing to mark
        _mark_segments(p, "R" if rtl else "L")
        for run in list(p.iter(qn("w:r"))):
            self.run(run)

    def run(self, r: Any) -> None:
        """Cut a run where its script changes and tag each piece."""
        content = [c for c in r if c.tag != qn("w:rPr")]
        texts = [c.text or "" for c in content if c.tag == qn("w:t")]
        if all(kind == _PLAIN for text in texts for kind, _ in script_pieces(text)):
            return  # one plain piece: the run stays as it is
        groups: list[tuple[str, list[Any]]] = []
        for child in content:
            if child.tag != qn("w:t"):
                _add_to_group(groups, None, child)
                continue
            for kind, piece in script_pieces(child.text or ""):
                _add_to_group(groups, kind, _text_element(piece))
        for kind, children in groups:
            piece = _copy_run_properties(r)
            piece.extend(children)
            self.tag(piece, kind)
            r.addprevious(piece)
        r.getparent().remove(r)

    def tag(self, r: Any, kind: str) -> None:
        """Right-to-left runs get ``w:rtl`` and the Arabic language tag (and the
        complex-script twins of bold and italic); CJK runs their East Asian language tag."""
        if kind == _PLAIN:
            return
        properties = r.get_or_add_rPr()
        lang = properties.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            properties.insert_element_before(lang, *_LANG_AFTER)
        if kind == _RTL_SCRIPT:
            properties.get_or_add_rtl()
            if properties.b is not None:
                properties.get_or_add_bCs()
            if properties.i is not None:
                properties.get_or_add_iCs()
            lang.set(qn("w:bidi"), self.bidi_tag)
        else:
            properties.get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
            lang.set(qn("w:eastAsia"), self.east_asia_tag)


def _add_to_group(groups: list[tuple[str, list[Any]]], kind: str | None, child: Any) -> None:
    """Append ``child`` to the last group if it is of ``kind`` (None: any), else start one."""
    if groups and (kind is None or groups[-1][0] == kind):
        groups[-1][1].append(child)
    else:
        groups.append((kind or _PLAIN, [child]))


def _text_element(text: str) -> Any:
    """A w:t holding ``text``, its spaces kept."""
    t = OxmlElement("w:t")
    t.text = text
    if text != text.strip():
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return t


def _copy_run_properties(r: Any) -> Any:
    """A new empty run with a copy of ``r``'s properties."""
    run = OxmlElement("w:r")
    if r.rPr is not None:
        run.append(deepcopy(r.rPr))
    return run


def _shown_text(p: Any) -> list[Any]:
    """The w:t and w:tab elements of a paragraph's runs (hyperlinks' too), in order."""
    shown = p.iter(qn("w:t"), qn("w:tab"))
    return [e for e in shown if e.getparent().tag == qn("w:r")]  # not the tab stops


def _mark_segments(p: Any, base: str) -> None:
    """Give each stretch of a paragraph between tabs the direction of its own letters at its
    edges: where it starts or ends with digits or punctuation and the text beside it (or the
    paragraph) runs the other way, an invisible mark (LRM/RLM) keeps them with the stretch.
    So "30 November 2017" after an Arabic title, or a Latin line in a right-to-left
    paragraph, keeps its numbers and its closing punctuation where a reader expects them."""
    segments: list[list[Any]] = [[]]
    for element in _shown_text(p):
        if element.tag == qn("w:tab"):
            segments.append([])
        else:
            segments[-1].append(element)
    texts = ["".join(t.text or "" for t in segment) for segment in segments]
    for index, (segment, text) in enumerate(zip(segments, texts, strict=True)):
        first, last = first_strong_direction(text), _last_strong(text)
        if first is None or last is None:
            continue
        before = _last_strong("".join(texts[:index])) or base
        after = first_strong_direction("".join(texts[index + 1 :])) or base
        if first != before and _takes_direction(text[0]):
            segment[0].text = _MARKS[first] + (segment[0].text or "")
        if last != after and _takes_direction(text[-1]):
            if index == len(segments) - 1:  # after a closing field too ("of 13"): a run of its own
                p.append(_mark_run(last))
            else:
                segment[-1].text = (segment[-1].text or "") + _MARKS[last]


def _last_strong(text: str) -> str | None:
    """The direction of the last letter that has one."""
    return first_strong_direction(text[::-1])


def _takes_direction(char: str) -> bool:
    """Whether a character takes its direction from the text around it (digits, spaces,
    punctuation)."""
    return unicodedata.bidirectional(char) not in ("L", "R", "AL")


def _mark_run(direction: str) -> Any:
    """A run holding one invisible direction mark."""
    run = OxmlElement("w:r")
    run.append(_text_element(_MARKS[direction]))
    return run


def _set_bidi(properties: Any) -> None:
    """Make a paragraph right to left (its start, where it aligns by default, on the right)."""
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_BIDI_AFTER)


def _section_right_to_left(sect_pr: Any) -> None:
    """A right-to-left section: Word lays out its columns (and gutter side) from the right."""
    if sect_pr.find(qn("w:bidi")) is None:
        sect_pr.insert_element_before(OxmlElement("w:bidi"), *_SECTION_BIDI_AFTER)


# =========================================================================== XML details


def _shade(cell: Any, fill: str) -> None:
    """Shade a table cell with a solid fill."""
    properties = cell._tc.get_or_add_tcPr()
    properties.append(_element("w:shd", val="clear", color="auto", fill=fill))


def _table_look(table: DocxTable, first_row: bool) -> None:
    """Whether the table style treats the first row as a header."""
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))
    if look is None:
        look = _element("w:tblLook")
        properties.append(look)
    look.set(qn("w:firstRow"), "1" if first_row else "0")
    look.set(qn("w:val"), "0420" if first_row else "0400")


def _append_to_body(body: Any, element: Any) -> None:
    """Put ``element`` at the end of the body, before its section properties, in one step
    (python-docx looks for them from the body's first child each time: quadratic)."""
    last = next(body.iterchildren(reversed=True), None)
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(element)
    else:
        body.append(element)


def _last_placed(body: Any) -> Any:
    """The body's last element before its section properties (None if there is none)."""
    last = next(body.iterchildren(reversed=True), None)
    return last.getprevious() if last is not None and last.tag == qn("w:sectPr") else last


def _placed_after(body: Any, last: Any) -> list[Any]:
    """The body's elements after ``last`` (from the first if None), its section properties
    left out: what a block just added, found without counting the whole body."""
    element = last.getnext() if last is not None else next(body.iterchildren(), None)
    placed = []
    while element is not None and element.tag != qn("w:sectPr"):
        placed.append(element)
        element = element.getnext()
    return placed


def _clear_body(document: Any) -> None:
    """Remove the template's empty first paragraph, keeping the section properties."""
    body = document.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)


def _xml_roots(document: Any) -> Iterable[Any]:
    """The XML root of every part of a python-docx document (parsed when kept as bytes)."""
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None:
            yield element
        elif str(part.partname).endswith(".xml"):
            yield parse_strict(part.blob, str(part.partname))


def _update_fields_on_open(document: Any) -> None:
    """Ask Word to refresh fields (contents page numbers, page totals) when it opens the file."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        settings.append(_element("w:updateFields", val="true"))


# =========================================================================== merged notes

_TRACKED_CONTENT = frozenset(qn(t) for t in ("w:del", "w:moveFrom"))
_TRACKED_WRAPPERS = frozenset(qn(t) for t in ("w:ins", "w:moveTo"))
_TRACKED_MARKS = frozenset(
    qn(f"w:{t}")
    for t in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "delText",
        "delInstrText",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
    )
)
_COMMENT_MARKS = frozenset(qn(t) for t in ("w:commentRangeStart", "w:commentRangeEnd"))
# Runs whose mark points into a part the merge does not carry (or that must not be carried).
_DANGLING_REFERENCES = frozenset(qn(t) for t in ("w:commentReference", "w:endnoteReference"))
_COMMENT_RELS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible", "people")
_HEADING_NAME = re.compile(r"heading ([1-9])")
NOTE_HEADING_SHIFT = 2  # a note's Heading 1 sits under the pack's "Background notes" entry


_NUM_ID, _NUM_PR, _P_STYLE = qn("w:numId"), qn("w:numPr"), qn("w:pStyle")


class NoteComposer(Composer):
    """docxcompose's merge in time linear in a note's length. ``Composer.insert`` lists the
    pack's styles again for each of the note's paragraphs and inserts each by position, so a
    note of 20,000 paragraphs took many minutes; here the styles, parts, pictures and
    footnotes are looked up once over the whole note, numbering (which restarts at each
    list's first paragraph) still goes paragraph by paragraph, and paragraphs are placed in
    one pass."""

    def number_each(self, doc: Any, elements: list[Any]) -> None:
        """docxcompose's numbering, paragraph by paragraph (a list restarts at its first
        paragraph), skipping what it would skip: paragraphs without numbering or style, and a
        style (with the same list) already found not to restart."""
        unchanged: set[tuple[str, str | None]] = set()
        for element in elements:
            if next(element.iter(_NUM_ID), None) is not None:
                self.add_numberings(doc, element)
            key = _restart_key(element)
            if key is None or key in unchanged:
                continue
            restarted = len(self._numbering_restarted)
            self.restart_first_numbering(doc, element)
            if len(self._numbering_restarted) == restarted:
                unchanged.add(key)

    def insert(self, index: int, doc: Any, remove_property_fields: bool = True) -> None:
        """Insert ``doc``'s body at ``index`` of the pack's body."""
        self.reset_reference_mapping()
        self._current_preserved_styles = {}
        if remove_property_fields:
            properties = CustomProperties(doc)  # their fields become their values
            names = properties.keys()
            for name in names:
                properties.dissolve_fields(name)
        self._create_style_id_mapping(doc)
        self.retain_formatting_from_default_styles(doc)
        elements = [deepcopy(e) for e in doc.element.body if not isinstance(e, CT_SectPr)]
        whole = OxmlElement("w:body")
        whole.extend(elements)
        self.add_referenced_parts(doc.part, self.doc.part, whole)
        self.add_styles(doc, whole)
        self.number_each(doc, elements)
        for step in (self.add_images, self.add_diagrams, self.add_shapes, self.add_footnotes):
            step(doc, whole)
        self.remove_header_and_footer_references(doc, whole)
        _place(self.doc.element.body, index, elements)
        self.add_styles_from_other_parts(doc)
        self.renumber_bookmarks()
        self.renumber_docpr_ids()
        self.renumber_nvpicpr_ids()
        self.fix_section_types(doc)
        self.fix_header_and_footers(doc)


def _restart_key(element: Any) -> tuple[str, str | None] | None:
    """What decides whether docxcompose restarts a list at ``element``: its first paragraph
    style and its first own list id (``None`` when it has no style)."""
    style = next(element.iter(_P_STYLE), None)
    if style is None:
        return None
    number = next((n for n in element.iter(_NUM_ID) if n.getparent().tag == _NUM_PR), None)
    return style.get(qn("w:val")) or "", number.get(qn("w:val")) if number is not None else None


def _place(body: Any, index: int, elements: list[Any]) -> None:
    """Put ``elements`` in ``body`` before its child at ``index`` (at the end if none)."""
    anchor = body[index] if index < len(body) else None
    for element in elements:
        if anchor is None:
            body.append(element)
        else:
            anchor.addprevious(element)


def prepare_note(note: Any, pack: Any) -> None:
    """Ready a note (a python-docx Document opened from a copy of its bytes) for merging
    into ``pack``: tracked changes accepted, comments and their parts gone, no section
    settings of its own, its table of contents left out, headings under the pack's, and
    bookmark names that do not clash with the pack's."""
    body = note.element.body
    accept_changes(body)
    remove_comments(body)
    for element in (note.styles.element, _numbering_element(note)):
        if element is not None:
            accept_changes(element)
    _clean_footnotes(note)
    for rel_id, rel in list(note.part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in _COMMENT_RELS:
            note.part.rels.pop(rel_id)
    for sect_pr in body.findall(f".//{qn('w:pPr')}/{qn('w:sectPr')}"):
        sect_pr.getparent().remove(sect_pr)  # one section: the pack's paper and margins
    for sdt in body.findall(f".//{qn('w:sdt')}"):
        if is_contents_control(sdt) and sdt.getparent() is not None:
            sdt.getparent().remove(sdt)  # it would list the whole pack once fields update
    _shift_headings(note, pack)
    _rename_bookmarks(body, pack.element.body)
    _fit_tables(body, pack)


def _fit_tables(body: Any, pack: Any) -> None:
    """Tables wider than the pack's text (a note laid out for other margins) are scaled to it."""
    section = pack.sections[-1]
    text_width = section.page_width - section.left_margin - section.right_margin  # EMU
    limit = int(text_width / 635)  # twips, as the table grid counts
    for grid in body.iter(qn("w:tblGrid")):
        columns = grid.findall(qn("w:gridCol"))
        widths = [int(c.get(qn("w:w"), "0") or 0) for c in columns]
        total = sum(widths)
        if total <= limit or not total:
            continue
        for column, width in zip(columns, widths, strict=True):
            column.set(qn("w:w"), str(width * limit // total))
        table = grid.getparent()
        for cell_width in table.iter(qn("w:tcW")):
            if cell_width.get(qn("w:type")) == "dxa":
                value = int(cell_width.get(qn("w:w"), "0") or 0)
                cell_width.set(qn("w:w"), str(value * limit // total))
        for table_width in table.findall(f"{qn('w:tblPr')}/{qn('w:tblW')}"):
            table_width.set(qn("w:type"), "pct")
            table_width.set(qn("w:w"), "5000")


def accept_changes(root: Any) -> None:
    """Accept every tracked change below ``root``: deleted rows, runs and moved-away text
    go, inserted and moved-here content stays without its mark, property changes are
    forgotten, and a paragraph whose mark was deleted and has nothing left goes."""
    for mark in root.findall(f".//{qn('w:trPr')}/{qn('w:del')}"):
        row = mark.getparent().getparent()
        if row.getparent() is not None:
            row.getparent().remove(row)
    emptied = []
    for mark in root.iter(qn("w:del"), qn("w:moveFrom")):
        props = mark.getparent()
        owner = props.getparent() if props is not None else None
        if owner is not None and props.tag == qn("w:rPr") and owner.tag == qn("w:pPr"):
            emptied.append(owner.getparent())
    for element in [e for e in root.iter() if e.tag in _TRACKED_CONTENT]:
        parent = element.getparent()
        if parent is not None and parent.tag != qn("w:rPr"):
            parent.remove(element)
    for element in [e for e in root.iter() if e.tag in _TRACKED_WRAPPERS | _TRACKED_CONTENT]:
        unwrap(element)  # inserted content stays; the marks on paragraph marks go
    for element in [e for e in root.iter() if e.tag in _TRACKED_MARKS]:
        if element.getparent() is not None:
            element.getparent().remove(element)
    for paragraph in emptied:
        if paragraph.getparent() is not None and not _has_content(paragraph):
            paragraph.getparent().remove(paragraph)


def remove_comments(root: Any) -> None:
    """Remove comment ranges and the runs holding comment (and endnote) references."""
    for element in [e for e in root.iter() if e.tag in _COMMENT_MARKS]:
        element.getparent().remove(element)
    for reference in [e for e in root.iter() if e.tag in _DANGLING_REFERENCES]:
        run = reference.getparent()
        if run is None:
            continue
        run.remove(reference)
        empty = run.tag == qn("w:r") and all(c.tag == qn("w:rPr") for c in run)
        if empty and run.getparent() is not None:
            run.getparent().remove(run)


def _has_content(paragraph: Any) -> bool:
    """Whether a paragraph still shows anything: text, a picture, an object, a break."""
    shown = ("w:t", "w:drawing", "w:pict", "w:object", "w:br", "w:tab", "w:sym")
    return any(paragraph.iter(*(qn(t) for t in shown)))


def _numbering_element(note: Any) -> Any:
    """The note's numbering XML, if it has a numbering part."""
    for rel in note.part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _clean_footnotes(note: Any) -> None:
    """Accept changes and drop comments in the footnotes the merge copies."""
    for rel in note.part.rels.values():
        if rel.reltype != RT.FOOTNOTES or rel.is_external:
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is not None:  # an XML part python-docx serialises itself
            accept_changes(element)
            remove_comments(element)
            continue
        root = parse_part(part.blob)
        accept_changes(root)
        remove_comments(root)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def parse_part(blob: bytes) -> Any:
    """An XML part's root, parsed without resolving anything outside it."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(blob, parser)


def _shift_headings(note: Any, pack: Any) -> None:
    """Title and Heading n paragraphs become the pack's Heading n+2 (at most 9), as the
    note's headings are in the PDF pack: below the note's own heading."""
    names = {s.style_id: s.name.lower() for s in note.styles if s.name}
    pack_ids = {s.name.lower(): s.style_id for s in pack.styles if s.name}
    for style in note.element.body.iter(qn("w:pStyle")):
        name = names.get(style.get(qn("w:val")) or "", "")
        match = _HEADING_NAME.fullmatch(name)
        level = 1 if name == "title" else int(match.group(1)) if match else 0
        target = pack_ids.get(f"heading {min(level + NOTE_HEADING_SHIFT, 9)}")
        if level and target:
            style.set(qn("w:val"), target)


def _rename_bookmarks(body: Any, pack_body: Any) -> None:
    """Give the note's bookmarks names the pack does not use (Word compares them without
    case), and point its internal links at the new names."""
    used = {b.get(qn("w:name"), "").lower() for b in pack_body.iter(qn("w:bookmarkStart"))}
    renamed: dict[str, str] = {}
    for start in body.iter(qn("w:bookmarkStart")):
        name = start.get(qn("w:name"), "")
        if name.lower() not in used:
            used.add(name.lower())
            continue
        n, new = 1, name
        while new.lower() in used:
            n += 1
            new = f"{name[: 40 - len(str(n)) - 1]}_{n}"
        used.add(new.lower())
        renamed[name] = new
        start.set(qn("w:name"), new)
    for link in body.iter(qn("w:hyperlink")):
        anchor = link.get(qn("w:anchor"))
        if anchor in renamed:
            link.set(qn("w:anchor"), renamed[anchor])


def _fixed_list_ids(numbering: Any) -> None:
    """Derive each list's ``w:nsid`` from its id: docxcompose draws them at random, and the
    same pack must give the same bytes. (Unique ids keep each merged list numbered apart.)"""
    for abstract in numbering.iter(qn("w:abstractNum")):
        nsid = abstract.find(qn("w:nsid"))
        if nsid is not None:
            key = f"briefing-list-{abstract.get(qn('w:abstractNumId'))}".encode()
            nsid.set(qn("w:val"), f"{zlib.crc32(key):08X}")


def _append_index(body: Any) -> int:
    """Where docxcompose appends: before the body's own section properties."""
    sect_pr = body.find(qn("w:sectPr"))
    return body.index(sect_pr) if sect_pr is not None else len(body)


# =========================================================================== styles


def _styles(document: Any, language: str, text_width: Length) -> None:
    """The font and language on Normal, and the few styles Word has no built-in for."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr().append(_pack_language(language))
    normal.paragraph_format.space_after = Pt(5)
    for name in ("Header", "Footer"):
        _right_tab(document.styles[name], text_width)
    _custom_styles(document)
    for name in ("TOC 1", "TOC 2", "TOC 3"):  # the contents Word refreshes, in the pack's way
        if is_rtl_language(language) and name in document.styles:
            _set_bidi(document.styles[name].element.get_or_add_pPr())
    _script_fonts(document.styles.element)
    _language_defaults(document, language)
    _declare_fonts(document)


def _pack_language(language: str) -> Any:
    """The pack's w:lang: the tags of its Latin (or Cyrillic), Arabic and Chinese text (Word
    and LibreOffice pick hyphenation, spelling and line-breaking rules by them). In an Arabic
    or Chinese pack, Latin words are English ones (as Word tags them): tagged Chinese, they
    would break anywhere, like Chinese."""
    bidi, east_asia = language_tags(language)
    tag = clean(language).strip() or "en"
    own_script = not is_rtl_language(tag) and primary_language(tag) not in ("zh", "ja", "ko")
    return _element("w:lang", val=tag if own_script else "en-US", eastAsia=east_asia, bidi=bidi)


def _language_defaults(document: Any, language: str) -> None:
    """The document defaults' language and the theme's font language, both the pack's."""
    lang = _pack_language(language)
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    properties = defaults.find(qn("w:rPr"))  # the template's: rFonts, sizes and lang last
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    properties.append(deepcopy(lang))
    settings = document.settings.element
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        for attribute in ("w:val", "w:eastAsia", "w:bidi"):
            theme_language.set(qn(attribute), lang.get(qn(attribute)))
    spacing = settings.find(qn("w:characterSpacingControl"))
    if spacing is not None and primary_language(language) in ("zh", "ja"):
        spacing.set(qn("w:val"), "compressPunctuation")  # as Word sets it for Chinese text


# Each font the styles name, with the character set of its script (ANSI, Arabic, GB2312)
DECLARED_FONTS = ((FONT, "00"), (ARABIC_FONT, "B2"), (CHINESE_FONT, "86"))


def _declare_fonts(document: Any) -> None:
    """Name the pack's fonts in the font table with their script's character set, family and
    pitch: what Word matches a substitute by where a font is not installed (a sans serif
    that has the script), so Arabic and Chinese never fall back to a Latin-only font."""
    for rel in document.part.rels.values():
        if rel.reltype != RT.FONT_TABLE or rel.is_external:
            continue
        part = rel.target_part
        root = parse_part(part.blob)
        named = {font.get(qn("w:name")) for font in root.iter(qn("w:font"))}
        for name, charset in DECLARED_FONTS:
            if name in named:
                continue
            font = _element("w:font", name=name)
            for tag, value in (("w:charset", charset), ("w:family", "swiss")):
                font.append(_element(tag, val=value))
            font.append(_element("w:pitch", val="variable"))
            root.append(font)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _script_fonts(styles: Any) -> None:
    """Every style (and the defaults) names the pack's East Asian and complex-script fonts
    instead of the theme's, keeping its Latin font; sizes, bold and italic get their
    complex-script twins so Arabic is as large and as bold as the Latin beside it."""
    for properties in styles.iter(qn("w:rPr")):
        fonts = properties.find(qn("w:rFonts"))
        if fonts is None:
            continue
        for theme in ("w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        fonts.set(qn("w:eastAsia"), CHINESE_FONT)
        fonts.set(qn("w:cs"), ARABIC_FONT)
    for properties in styles.iter(qn("w:rPr")):
        if properties.b is not None and properties.bCs is None:
            properties.get_or_add_bCs().val = properties.b.val
        if properties.i is not None and properties.iCs is None:
            properties.get_or_add_iCs().val = properties.i.val
        size = properties.find(qn("w:sz"))
        if size is not None and properties.find(qn("w:szCs")) is None:
            twin = _element("w:szCs", val=size.get(qn("w:val")))
            properties.insert_element_before(twin, *_SZ_CS_AFTER)


def _right_tab(style: Any, position: Length) -> None:
    """One right-aligned tab stop (the date, the page number) at the right margin."""
    stops = style.paragraph_format.tab_stops
    stops.clear_all()
    stops.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


def _custom_styles(document: Any) -> None:
    """Styles based on Normal for what Word has no built-in style for."""
    styles = document.styles
    grey, navy = RGBColor(0x59, 0x59, 0x59), RGBColor(0x1F, 0x3A, 0x5F)
    paragraph = WD_STYLE_TYPE.PARAGRAPH
    specs: dict[str, dict[str, Any]] = {
        "Lead": {"size": 11, "color": grey, "after": 8},
        "Small": {"size": 8.5},
        "Muted": {"color": grey},
        "Label": {"bold": True, "keep": True, "before": 6},
        "Cover Kicker": {"size": 12, "bold": True, "color": navy, "after": 12},
        "Cover Detail": {"size": 12, "after": 4},
        "Cover Pack": {"size": 14, "bold": True, "before": 18, "after": 4},
        "Distribution Mark": {"bold": True, "color": RGBColor(0xB0, 0x1E, 0x1E), "before": 12},
        "Cover Contact": {"size": 9, "after": 2},
        "Table Gap": {"size": 4, "after": 4},
        "TOC 1": {"bold": True, "before": 6, "after": 2},
        "TOC 2": {"indent": 5, "after": 2},
    }
    for name, spec in specs.items():
        if name not in styles:
            _paragraph_style(styles.add_style(name, paragraph), styles["Normal"], spec)
    if "Hyperlink" not in styles:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.font.underline = True


def _paragraph_style(style: Any, base: Any, spec: dict[str, Any]) -> None:
    style.base_style = base
    style.quick_style = True
    font, form = style.font, style.paragraph_format
    if "size" in spec:
        font.size = Pt(spec["size"])
    if "color" in spec:
        font.color.rgb = spec["color"]
    font.bold = spec.get("bold")
    if "before" in spec:
        form.space_before = Pt(spec["before"])
    if "after" in spec:
        form.space_after = Pt(spec["after"])
    if "indent" in spec:
        form.left_indent = Mm(spec["indent"])
    if spec.get("keep"):
        form.keep_with_next = True


PROPERTY_LIMIT = 255  # what a DOCX core property may hold (python-docx enforces it)


def _property(text: str) -> str:
    """A document property: cleaned, and shortened with an ellipsis when it is too long."""
    text = clean(text)
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1].rstrip() + "…"
