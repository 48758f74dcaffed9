"""The PDF renderer: reportlab lays out the generated pages, pypdf merges notes and finishes.

1. reportlab (invariant mode, so the same input gives the same bytes) lays out the pack; each
   page of a merged PDF note is a page of its own with only the running header and footer,
   so page numbers, "Page X of Y" and the contents count merged pages without any stamping.
2. pypdf draws each note page into its place (a Form XObject scaled into the area between
   header and footer), builds the outline from the headings (with each note's own bookmarks
   beneath its entry), sets page labels that match the printed numbers, the metadata and
   the language, and writes the file atomically.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    Fit,
    NameObject,
    StreamObject,
    TextStringObject,
)
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError, NextPageTemplate

from briefing.atomic import atomic_path
from briefing.errors import BuildError, NoteReadError, UndrawableCharacters
from briefing.i18n import pack_words
from briefing.pack import document as d
from briefing.progress import Monitor
from briefing.render import pdf_styles as st
from briefing.render.base import PdfOptions, RenderResult
from briefing.render.fonts import FontSet, pack_fonts
from briefing.render.pdf_flowables import (
    FlowableBuilder,
    HeadingMark,
    MarkupContext,
    MergedPageMark,
    contents_form,
)
from briefing.render.pdf_notes import (
    FormCache,
    OutlineNode,
    PdfNote,
    PdfNoteLibrary,
    placement,
)
from briefing.render.pdf_text import Run, draw_runs, needs_complex_layout, single_line
from briefing.scripts import is_rtl_language

PRODUCER = "Briefing Pack Assembler"
rl_config.useA85 = 0  # plain Flate streams: smaller packs, faster for every reader


@dataclass(frozen=True)
class _HeadingAt:
    heading: d.Heading
    page: int  # 0-based
    top: float


@dataclass(frozen=True)
class _PdfAt:
    key: str
    page: int  # 0-based index of its first page


class PdfRenderer:
    """Renders a pack document to a PDF file."""

    name = "pdf"
    suffix = ".pdf"

    def __init__(self, _library: object = None, options: PdfOptions | None = None) -> None:
        self.library = PdfNoteLibrary()  # interim: the pypdf merge, until the qpdf one lands
        self.options = options or PdfOptions()
        self.allow_missing_glyphs = self.options.allow_missing_glyphs  # else they stop the build

    def render(
        self, doc: d.PackDocument, path: Path, monitor: Monitor | None = None
    ) -> RenderResult:
        """Write ``doc`` to ``path`` (atomically); returns pages written and warnings."""
        monitor = monitor or Monitor()
        fonts = pack_fonts()
        notes = {
            b.key: self.library.open(b.key, b.data, b.title, b.filename)
            for b in doc.embedded_pdfs()
        }
        monitor.step(f"Laying out {doc.file_stem}")
        layout = _Layout(doc, fonts, notes, monitor)
        raw = layout.run()
        undrawable = {w: fonts.undrawable("".join(c)) for w, c in layout.mc.missing.items()}
        if any(undrawable.values()) and not self.allow_missing_glyphs:
            raise UndrawableCharacters(f"{doc.file_stem}.pdf", undrawable)
        monitor.step(f"Merging notes into {doc.file_stem}")
        writer = _finish(doc, raw, layout, notes)
        with atomic_path(path) as tmp, tmp.open("wb") as handle:
            writer.write(handle)
        return RenderResult(path, len(writer.pages), layout.warnings())


# =========================================================================== layout


class _Layout:
    """One reportlab layout of a pack, and what it learnt: heading pages, merged pages."""

    def __init__(
        self, doc: d.PackDocument, fonts: FontSet, notes: dict[str, PdfNote], monitor: Monitor
    ) -> None:
        self.doc, self.fonts, self.notes, self.monitor = doc, fonts, notes, monitor
        self.geo = st.geometry(doc.paper)
        anchors = frozenset(h.anchor for h in doc.headings())
        self.rtl = is_rtl_language(doc.language)
        self.mc = MarkupContext(fonts, anchors, rtl=self.rtl)
        # the running header and footer: its own context, as their characters are checked below
        self.decor = MarkupContext(fonts, frozenset(), rtl=self.rtl)
        self.running = ParagraphStyle(
            "running", fontName=fonts.primary.regular, fontSize=8, leading=10, textColor=st.MUTED
        )
        self._lines: dict[tuple[str, str], list[Run]] = {}
        self.mark_style = ParagraphStyle(
            "mark", parent=self.running, fontName=fonts.primary.bold, textColor=st.ALERT
        )
        self.headings: list[_HeadingAt] = []
        self.listed = tuple(h for h in doc.headings() if h.in_contents and h.level <= 2)
        self.merged: dict[int, tuple[str, int]] = {}
        self.pdfs: list[_PdfAt] = []
        self.pages = 0
        self.trail: dict[int, str] = {}  # the headings above the point being laid out, by level
        merged = sum(notes[b.key].page_count for b in doc.embedded_pdfs())
        digits = len(str(estimate_pages(doc, merged)))
        self.total_width = stringWidth("8" * digits, fonts.primary.regular, 8)
        self.header_title = _clip(doc.short_title, fonts, 8, self.geo.width * 0.6)
        running = f"{doc.short_title} {doc.header_date} {doc.distribution_mark}"
        if fonts.missing(running):  # drawn straight on the page: no fallback font there
            self.mc.missing.setdefault("the running header", set()).update(
                c for c in fonts.missing(running) if not c.isspace()
            )

    def run(self) -> bytes:
        buffer = io.BytesIO()
        template = _Template(buffer, self)
        styles = st.paragraph_styles(self.fonts)
        builder = FlowableBuilder(
            self.mc,
            styles,
            self.geo.frame[2],
            lambda b: self.notes[b.key].page_count,
            self.listed,
            language=self.doc.language,
        )
        story: list[Flowable] = [
            NextPageTemplate("body"),
            *_batches(builder.build(self.doc.blocks)),
        ]
        # One layout pass: page numbers that are only known at the end (the contents' and the
        # "of Y" of every footer) are small forms drawn now and defined when the pass ends.
        try:
            template.build(story, canvasmaker=_forms_canvas(self))
        except (LayoutError, ValueError) as exc:
            # The blocks are made to fit (tables shrink and split, rows break); should something
            # still not, the user learns where, in one line, rather than reportlab's dump.
            raise BuildError([self.layout_problem()]) from exc
        return buffer.getvalue()

    def layout_problem(self) -> str:
        """Where the layout stopped, for a message: the headings above that point."""
        where = " › ".join(f"'{_short(t)}'" for _, t in sorted(self.trail.items()))
        return (
            f"{self.doc.file_stem}.pdf: the part under {where or 'the cover'} holds something "
            "too large to lay out on a page (a table cell, a picture or a word); "
            "shorten it or attach it as a PDF"
        )

    def passed(self, heading: d.Heading) -> None:
        """Note that the layout reached ``heading`` (for :meth:`layout_problem`)."""
        self.trail = {lvl: t for lvl, t in self.trail.items() if lvl < heading.level}
        self.trail[heading.level] = heading.text

    def reset(self) -> None:
        """Forget what an earlier layout pass recorded."""
        self.pages = 0
        self.headings.clear()
        self.merged.clear()
        self.pdfs.clear()
        self.trail.clear()

    def warnings(self) -> list[str]:
        """What the build report should say about this PDF: undrawable characters, split
        tables."""
        missing = [
            f"{self.doc.file_stem}, {where or 'the pack'}: no font can draw "
            f"{' '.join(sorted(chars))}; these characters are left out of the PDF"
            for where, chars in sorted(self.mc.missing.items())
        ]
        split = [
            f"{self.doc.file_stem}, {where}: a table of {columns} columns is too wide for the "
            f"page; the PDF prints it in {groups} groups of columns (the DOCX keeps it whole)"
            for (where, columns), groups in sorted(self.mc.split_tables.items())
        ]
        return missing + split

    # -- page decoration

    def decorate(self, canvas: Canvas, page_index: int) -> None:
        """Running header, 'Page X of Y' and the distribution mark; the cover counts as page 1
        but shows none of them, as in the DOCX pack. A right-to-left pack mirrors them."""
        self.pages = max(self.pages, page_index + 1)
        if page_index == 0:
            return
        g = self.geo
        start, end = (g.width - g.right, g.left) if self.rtl else (g.left, g.width - g.right)
        near, far = ("right", "left") if self.rtl else ("left", "right")
        canvas.saveState()
        self._page_number(canvas, page_index, end)
        self._line(canvas, self.header_title, self.running, start, g.header_y, near)
        self._line(canvas, self.doc.header_date, self.running, end, g.header_y, far)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, g.header_y - 2.5 * st.mm, g.width - g.right, g.header_y - 2.5 * st.mm)
        canvas.line(g.left, g.footer_y + 4 * st.mm, g.width - g.right, g.footer_y + 4 * st.mm)
        if self.doc.distribution_mark:
            self._line(canvas, self.doc.distribution_mark, self.mark_style, start, g.footer_y, near)
        canvas.restoreState()

    def _line(
        self, canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, align: str
    ) -> float:
        """One line of the running header or footer at ``x`` (its ``align`` edge)."""
        runs = self._runs(text, style)
        if runs is None:
            return _plain_line(canvas, text, style, x, y, align)
        return draw_runs(canvas, runs, x, y, align)

    def _runs(self, text: str, style: ParagraphStyle) -> list[Run] | None:
        """A running line laid out (None: it needs no layout, one font left to right). The
        lines are the same on every page (a pack may have 20,000): each is laid out once."""
        if not self.rtl and not needs_complex_layout(text):
            runs_of_fonts = self.fonts.runs(text)
            if len(runs_of_fonts) <= 1 and (not runs_of_fonts or runs_of_fonts[0][0]):
                return None
        key = (text, style.name)
        runs = self._lines.get(key)
        if runs is None:
            markup = self.decor.text(text)
            runs = self._lines[key] = single_line(markup, style, self.rtl, self.decor.arabic_font)
        return runs

    def _line_width(self, text: str) -> float:
        """The width of a line of the running footer, as :meth:`_line` draws it."""
        runs = self._runs(text, self.running)
        if runs is None:
            return stringWidth(text, self.running.fontName, self.running.fontSize)
        return sum(run.width for run in runs)

    def _page_number(self, canvas: Canvas, page_index: int, edge: float) -> None:
        """'Page X of Y' against the outer ``edge``, read from the left or from the right.

        Its parts are laid out apart, in reading order: the words (the same on every page,
        so laid out once), the page's digits, and "Y", a form defined at the end (digits
        are of equal width, so its room is known from the number of digits, which the page
        estimate gives).
        """
        style, y = self.running, self.geo.footer_y
        space = stringWidth(" ", style.fontName, style.fontSize)
        parts: list[tuple[float, Callable[[float], object]]] = []  # (width, draw at left x)
        page_of = pack_words(self.doc.language).gettext("Page {page} of {total}")
        for piece in re.split(r"(\{page\}|\{total\})", page_of):
            if piece == "{total}":
                parts.append((self.total_width, lambda x: _form_at(canvas, TOTAL_FORM, x, y)))
            elif piece == "{page}":
                digits = str(page_index + 1)
                width = stringWidth(digits, style.fontName, style.fontSize)
                parts.append(
                    (width, lambda x, d=digits: _plain_line(canvas, d, style, x, y, "left"))
                )
            elif piece.strip():
                parts.append(self._words_part(canvas, piece, y, space))
            elif piece:
                parts.append((space, lambda x: None))
        if self.rtl:
            parts.reverse()  # the first part stands at the right
        x = edge if self.rtl else edge - sum(width for width, _ in parts)
        for width, draw in parts:
            draw(x)
            x += width

    def _words_part(
        self, canvas: Canvas, words: str, y: float, space: float
    ) -> tuple[float, Callable[[float], object]]:
        """A run of words of the page-number line, with the spaces around it kept."""
        inner = words.strip()
        width = self._line_width(inner)
        lead = space if words[:1].isspace() else 0.0
        trail = space if words[-1:].isspace() else 0.0
        if self.rtl:
            lead, trail = trail, lead  # the space before the words stands on their right
        total = lead + width + trail

        def draw(x: float) -> None:
            self._line(canvas, inner, self.running, x + lead, y, "left")

        return total, draw

    def decorate_cover(self, canvas: Canvas, _doc: object) -> None:
        """The cover's band of colour at the top."""
        self.pages = max(self.pages, canvas.getPageNumber())
        g = self.geo
        canvas.saveState()
        canvas.setFillColor(st.NAVY)
        canvas.rect(0, g.height - 12 * st.mm, g.width, 12 * st.mm, stroke=0, fill=1)
        canvas.setFillColor(st.BLUE)
        canvas.rect(0, g.height - 13.5 * st.mm, g.width, 1.5 * st.mm, stroke=0, fill=1)
        canvas.restoreState()

    def define_forms(self, canvas: Canvas) -> None:
        """Now that the pages are known: the footers' "Page X of Y" and the contents' numbers."""
        font = self.fonts.primary
        canvas.beginForm(TOTAL_FORM, -10, -10, 200, 20)
        canvas.setFont(font.regular, 8)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(0, 0, str(self.pages))
        canvas.endForm()
        pages = {h.heading.anchor: h.page for h in self.headings}
        for heading in self.listed:
            canvas.beginForm(contents_form(heading.anchor), -200, -20, 0, 40)
            canvas.setFont(
                font.bold if heading.level == 1 else font.regular, st.CONTENTS_SIZES[heading.level]
            )
            page = pages.get(heading.anchor)
            canvas.drawRightString(0, 0, "" if page is None else str(page + 1))
            canvas.endForm()


def _form_at(canvas: Canvas, name: str, x: float, y: float) -> None:
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.translate(-x, -y)


def _plain_line(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, align: str
) -> float:
    """A line in one font, left to right: drawn as it is."""
    canvas.setFont(style.fontName, style.fontSize)
    canvas.setFillColor(style.textColor)
    width = stringWidth(text, style.fontName, style.fontSize)
    canvas.drawString(x - width if align == "right" else x, y, text)
    return width


TOTAL_FORM = "BriefingPageTotal"


def estimate_pages(doc: d.PackDocument, merged_pages: int) -> int:
    """A rough page count before layout: pages that headings start, text, merged pages."""
    starts = sum(1 for b in doc.blocks if isinstance(b, d.Heading) and b.new_page)
    characters = sum(len(s.text) for b in doc.blocks for s in _spans_of(b))
    return 2 + starts + characters // 2500 + merged_pages


def _spans_of(block: d.Block) -> Iterator[d.Span]:
    if isinstance(block, d.Paragraph):
        yield from block.spans
    elif isinstance(block, d.ListBlock):
        yield from (s for item in block.items for s in item)
    elif isinstance(block, d.Table):
        yield from (s for row in block.rows for cell in row for line in cell for s in line)
    elif isinstance(block, d.Bio):
        yield from (s for b in block.body for s in _spans_of(b))


STORY_BATCH = 500
"""Flowables handed to reportlab at a time (see :class:`_Batch`)."""


class _Batch(Flowable):
    """A run of flowables that the template unpacks only when the layout reaches it.

    reportlab takes each flowable off the front of one list (``del flowables[0]``), which
    moves every flowable behind it: with the whole story in that list, a note of 100,000
    paragraphs took time in proportion to their square. Batched, the list stays short.
    """

    def __init__(self, content: list[Flowable]) -> None:
        super().__init__()
        self.content = content
        self.width = self.height = 0


def _batches(flowables: list[Flowable]) -> list[Flowable]:
    """``flowables`` in batches, cut only where no flowable must be kept with the next."""
    batches: list[Flowable] = []
    current: list[Flowable] = []
    for flowable in flowables:
        current.append(flowable)
        if len(current) >= STORY_BATCH and not flowable.getKeepWithNext():
            batches.append(_Batch(current))
            current = []
    return [*batches, _Batch(current)] if current else batches


def _forms_canvas(layout: _Layout) -> type[Canvas]:
    """A canvas that defines the late page-number forms just before it saves."""

    class FormsCanvas(Canvas):
        def save(self) -> None:
            layout.define_forms(self)
            super().save()

    return FormsCanvas


def _clip(text: str, fonts: FontSet, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (the cut found by bisection: a long
    title costs a few measures, not one per character)."""

    def measure(part: str) -> float:  # each script in the font that draws it
        return sum(
            stringWidth(run, (family or fonts.primary).regular, size)
            for family, run in fonts.runs(part)
        )

    if measure(text) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if measure(text[:middle] + "…") <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def _short(text: str, limit: int = 60) -> str:
    """A heading cut to a readable length for a one-line message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Template(BaseDocTemplate):
    """The page templates (cover, body, merged) and the hooks that record where things land."""

    def __init__(self, buffer: io.BytesIO, layout: _Layout) -> None:
        g, doc = layout.geo, layout.doc
        super().__init__(
            buffer,
            pagesize=(g.width, g.height),
            leftMargin=g.left,
            rightMargin=g.right,
            topMargin=g.top,
            bottomMargin=g.bottom,
            title=doc.title,
            author=doc.author,
            subject=doc.subject,
            keywords=", ".join(doc.keywords),
            creator=PRODUCER,
            producer=PRODUCER,
            invariant=1,
            lang=doc.language,
            initialFontName=layout.fonts.primary.regular,
        )
        self.layout = layout
        x, y, w, h = g.frame

        def frame(name: str) -> Frame:
            return Frame(
                x, y, w, h, id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
            )

        def on_page(canvas: Canvas, _doc: object) -> None:
            layout.decorate(canvas, canvas.getPageNumber() - 1)

        self.addPageTemplates(
            [
                PageTemplate("cover", [frame("cover")], onPage=layout.decorate_cover),
                PageTemplate("body", [frame("body")], onPage=on_page),
                PageTemplate("merged", [frame("merged")], onPage=on_page),
            ]
        )

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """Unpack the batch at the front of the story, and the one behind it: reportlab looks
        at the next flowable (to drop a page break at the top of a page) before this hook."""
        for index in (0, 1):
            while len(flowables) > index and isinstance(flowables[index], _Batch):
                flowables[index : index + 1] = flowables[index].content

    def beforeDocument(self) -> None:
        """A new layout pass: forget what the last pass recorded."""
        self.layout.reset()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Record headings (contents, outline, link targets) and merged pages."""
        page = self.page - 1
        if isinstance(flowable, HeadingMark):
            self._heading(flowable.heading, page)
        elif isinstance(flowable, MergedPageMark):
            self.layout.merged[page] = (flowable.key, flowable.index)
            if flowable.index == 0:
                self.layout.pdfs.append(_PdfAt(flowable.key, page))
            self.layout.monitor.check()

    def _heading(self, heading: d.Heading, page: int) -> None:
        top = min(self.frame._y + 40, self.layout.geo.height)
        self.canv.bookmarkHorizontalAbsolute(heading.anchor, top)
        self.layout.headings.append(_HeadingAt(heading, page, top))
        self.layout.passed(heading)
        self.layout.monitor.check()


# =========================================================================== finishing


def _finish(
    doc: d.PackDocument, raw: bytes, layout: _Layout, notes: dict[str, PdfNote]
) -> PdfWriter:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
    forms = FormCache(writer)
    for page_index, (key, note_page) in sorted(layout.merged.items()):
        note = notes[key]
        try:
            _draw_note_page(forms, page_index, note, note_page, layout.geo)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise NoteReadError(
                note.filename, f"page {note_page + 1} cannot be merged ({exc})", note.title
            ) from exc
    _outline(writer, layout, notes)
    total = len(writer.pages)
    # The cover counts as page 1 but shows no number, as in Word (and in the DOCX pack).
    writer.set_page_label(0, total - 1, style="/D", start=1)
    _metadata(writer, doc, raw)
    return writer


def _draw_note_page(
    forms: FormCache, page_index: int, note: PdfNote, note_page: int, geo: st.Geometry
) -> None:
    writer = forms.writer
    page = writer.pages[page_index]
    name = NameObject(f"/BriefingNote{note_page}")
    resources = DictionaryObject(page["/Resources"].get_object())
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[name] = forms.form(note, note_page)
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    matrix = " ".join(f"{v:.4f}" for v in placement(note, note_page, geo.merged_area))
    stream = StreamObject()
    stream.set_data(f"q {matrix} cm {name} Do Q\n".encode("ascii"))
    # The reference, not the stream it points to: a stream inside an array must stay indirect.
    contents = page.raw_get("/Contents")
    existing = (
        list(contents.get_object())
        if isinstance(contents.get_object(), ArrayObject)
        else [contents]
    )
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(stream), *existing])


def _outline(writer: PdfWriter, layout: _Layout, notes: dict[str, PdfNote]) -> None:
    """Bookmarks mirroring the contents (bios a level below), each note's own beneath it."""
    events: list[tuple[int, int, object]] = [(h.page, 0, h) for h in layout.headings]
    events += [(p.page, 1, p) for p in layout.pdfs]
    parents: list[tuple[int, object]] = []  # (level, outline item)
    for _page, _order, event in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(event, _HeadingAt):
            level = event.heading.level
            while parents and parents[-1][0] >= level:
                parents.pop()
            item = writer.add_outline_item(
                title=event.heading.text,
                page_number=event.page,
                parent=parents[-1][1] if parents else None,  # type: ignore[arg-type]
                fit=Fit.xyz(left=0, top=event.top),  # both, or pdfium-based viewers ignore them
                is_open=level < 2,
            )
            parents.append((level, item))
        else:
            assert isinstance(event, _PdfAt)
            parent = parents[-1][1] if parents else None
            _note_outline(writer, notes[event.key].outline, event.page, parent)


def _note_outline(
    writer: PdfWriter, nodes: tuple[OutlineNode, ...], first_page: int, parent: object
) -> None:
    for node in nodes:
        page = first_page + node.page if node.page is not None else first_page
        # /XYZ with nulls ("this page, as it is shown") rather than /Fit: viewers built on
        # pdfium (QtPdf's among them) read only /XYZ destinations' locations, and warn on others.
        item = writer.add_outline_item(
            title=node.title, page_number=page, parent=parent, is_open=False, fit=Fit.xyz()
        )  # type: ignore[arg-type]
        _note_outline(writer, node.children, first_page, item)


def _metadata(writer: PdfWriter, doc: d.PackDocument, raw: bytes) -> None:
    stamp = f"D:{doc.build_date:%Y%m%d}000000Z"
    writer.metadata = None  # drop what reportlab wrote; ours follows
    writer.add_metadata(
        {
            "/Title": doc.title,
            "/Author": doc.author,
            "/Subject": doc.subject,
            "/Keywords": ", ".join(doc.keywords),
            "/Creator": PRODUCER,
            "/Producer": PRODUCER,
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    writer.root_object[NameObject("/Lang")] = TextStringObject(doc.language)
    digest = hashlib.sha256(raw + doc.file_stem.encode()).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
