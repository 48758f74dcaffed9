"""The PDF renderer: reportlab lays out the pages the pack generates, qpdf puts the pack together.

1. reportlab (invariant mode, so the same input gives the same bytes) lays out only the pages
   the pack generates: cover, contents, programme, sessions, bios, text notes, contacts. The
   page count of each PDF note is known before layout, so where a note goes the layout counts
   its pages in (page numbers, "Page X of Y", the contents) and starts what follows on a new
   page, all in one pass. After the last page it draws a "stamp sheet" (never part of the
   pack): the running pieces a merged page shows, as forms, and each merged page's number.
2. ``render.pdf_finish`` (pikepdf, qpdf's library) puts the generated pages and each note's own
   pages in order, stamps the merged pages, writes the outline, page labels and metadata; the
   file is saved atomically, protected by passwords if the build asked for them.
"""

from __future__ import annotations

import bisect
import io
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import pikepdf
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError, NextPageTemplate
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from briefing.atomic import atomic_path
from briefing.errors import BuildError, UndrawableCharacters
from briefing.messages import M_, Message, Mn_
from briefing.pack import document as d
from briefing.pack.pdf_notes import PdfNote, PdfNoteLibrary
from briefing.progress import Monitor
from briefing.render import pdf_styles as st
from briefing.render.base import PdfOptions, RenderResult
from briefing.render.fonts import FontSet, pack_fonts
from briefing.render.pdf_finish import (
    PRODUCER,
    STAMP_FORM,
    HeadingAt,
    Layout,
    Merge,
    write_pack,
)
from briefing.render.pdf_flowables import (
    FlowableBuilder,
    HeadingMark,
    MarkupContext,
    contents_form,
)
from briefing.render.pdf_running import TOTAL_FORM, Piece, Running
from briefing.render.pdf_security import save_options
from briefing.scripts import is_rtl_language

rl_config.useA85 = 0  # plain Flate streams: smaller packs, faster for every reader


class PdfRenderer:
    """Renders a pack document to a PDF file."""

    name = "pdf"
    suffix = ".pdf"

    def __init__(
        self, library: PdfNoteLibrary | None = None, options: PdfOptions | None = None
    ) -> None:
        self.library = library or PdfNoteLibrary()
        self.options = options or PdfOptions()
        self.ahead: LaidOutAhead | None = None  # layouts made in worker processes, if any

    def render(
        self, doc: d.PackDocument, path: Path, monitor: Monitor | None = None
    ) -> RenderResult:
        """Write ``doc`` to ``path`` (atomically); returns pages written and warnings."""
        monitor = monitor or Monitor()
        notes = self.notes_of(doc)
        monitor.step(M_("Laying out {pack}", pack=doc.file_stem))
        laid = self.ahead.take(doc, monitor) if self.ahead is not None else None
        if laid is None:  # not laid out ahead (or its worker failed): here, its tail perhaps not
            laid = lay_out(doc, pack_fonts(), notes, monitor, self._part(doc, notes, monitor))
        if any(laid.undrawable.values()) and not self.options.allow_missing_glyphs:
            raise UndrawableCharacters(f"{doc.file_stem}.pdf", laid.undrawable)
        monitor.step(M_("Merging notes into {pack}", pack=doc.file_stem))
        with atomic_path(path) as tmp, tmp.open("wb") as handle:  # one rename: atomic_path's
            if self.options.passwords:
                pages = self._restricted(laid, notes, doc, monitor, handle)
            else:
                pages = write_pack(
                    laid.raw, laid.layout, notes, doc, monitor, handle, laid.tail_raw
                )
        return RenderResult(path, pages, laid.warnings + _font_warnings(doc, laid.layout))

    def _part(self, doc: d.PackDocument, notes: dict[str, PdfNote], monitor: Monitor) -> Part:
        """What this process lays out of ``doc``: all of it, or its head when a worker is
        laying out its tail (laid out here after all if the worker failed)."""
        cut = self.ahead.tail_start(doc) if self.ahead is not None else None
        if cut is None:
            return Part()
        ahead = self.ahead
        assert ahead is not None

        def tail() -> LaidOut:
            laid = ahead.take_tail(doc, monitor)
            return laid or lay_out(doc, pack_fonts(), notes, monitor, Part(start=cut))

        return Part(end=cut, tail=tail)

    def notes_of(self, doc: d.PackDocument) -> dict[str, PdfNote]:
        """The PDF notes ``doc`` merges, by key, as the build's library opened them."""
        return {
            b.key: self.library.open(b.key, b.file, b.title, b.filename)
            for b in doc.embedded_pdfs()
        }

    def _restricted(
        self,
        laid: LaidOut,
        notes: dict[str, PdfNote],
        doc: d.PackDocument,
        monitor: Monitor,
        handle: BinaryIO,
    ) -> int:
        """A pack with passwords: written as any other, then encrypted by qpdf (which holds
        the whole pack in memory to do so)."""
        with tempfile.TemporaryDirectory(dir=self.library.folder) as work:
            plain = Path(work) / "pack.pdf"
            with plain.open("wb") as out:
                pages = write_pack(laid.raw, laid.layout, notes, doc, monitor, out, laid.tail_raw)
            with pikepdf.open(plain) as pack:
                pack.save(
                    handle,
                    object_stream_mode=pikepdf.ObjectStreamMode.generate,
                    **save_options(self.options.passwords),
                )
        return pages


def _font_warnings(doc: d.PackDocument, result: Layout) -> list[str]:
    """The fonts merged notes use without carrying them, for which there is no stand-in."""
    if not result.fonts_left:
        return []
    return [
        f"{doc.file_stem}: merged PDF notes use fonts they do not carry "
        f"({', '.join(result.fonts_left)}); readers and printers draw them with their own"
    ]


# =========================================================================== layout


@dataclass
class LaidOut:
    """One pack's generated pages as reportlab wrote them, and what the layout learnt."""

    raw: bytes
    layout: Layout
    warnings: list[str]  # undrawable characters, tables printed in groups of columns
    undrawable: dict[str, frozenset[str]]  # by where: characters no pack font draws
    tail_raw: bytes | None = None  # the tail's pages, when a worker laid out the pack's tail


class LaidOutAhead(Protocol):
    """Layouts made before the renderer asks for them (in worker processes)."""

    def take(self, doc: d.PackDocument, monitor: Monitor) -> LaidOut | None:
        """``doc``'s layout, waited for; None if it was not laid out ahead after all."""
        ...

    def tail_start(self, doc: d.PackDocument) -> int | None:
        """Where the tail of ``doc`` that a worker lays out starts (None: no tail)."""
        ...

    def take_tail(self, doc: d.PackDocument, monitor: Monitor) -> LaidOut | None:
        """The tail's layout, waited for; None if its worker failed."""
        ...


def lay_out(
    doc: d.PackDocument,
    fonts: FontSet,
    notes: dict[str, PdfNote],
    monitor: Monitor,
    part: Part | None = None,
) -> LaidOut:
    """Lay out the pages ``doc`` generates (or ``part`` of them), counting in the pages of
    ``notes`` where they go. Raises :class:`BuildError` (in one line, where) if something
    cannot be laid out."""
    layout = _Layout(doc, fonts, notes, monitor, part or Part())
    raw = layout.run()
    undrawable = {w: fonts.undrawable("".join(c)) for w, c in layout.mc.missing.items()}
    laid = LaidOut(raw, layout.result(), layout.warnings(), undrawable)
    if layout.tail is not None:
        laid.tail_raw = layout.tail.raw
        laid.warnings += [w for w in layout.tail.warnings if w not in laid.warnings]
        for where, chars in layout.tail.undrawable.items():
            laid.undrawable[where] = laid.undrawable.get(where, frozenset()) | chars
    return laid


@dataclass(frozen=True)
class Part:
    """Which blocks of a pack one layout lays out (``doc.blocks[start:end]``).

    A big pack is laid out in two parts at once, on two cores: the head here, the tail in a
    worker process (``render.pdf_workers``). The tail starts with a section on a new page; it
    draws no running header or footer, since it cannot know its page numbers. When the head
    has laid out its pages it waits for the tail (``tail``), and counts its pages in: the
    footers' "of Y", the contents, the outline; its stamp sheet has the tail's pages' running
    pieces and numbers, stamped on them as on a merged note's pages (without fitting them).
    Links between the parts point at the other part's last page at first, at a height that
    says which heading, and are moved when the pack is put together."""

    start: int = 0
    end: int | None = None
    tail: Callable[[], LaidOut] | None = None  # the head's: waits for the tail, or lays it out

    @property
    def is_tail(self) -> bool:
        return self.start > 0


SPLIT_FROM_PAGES = 120
"""The fewest pages a pack generates (estimated) before its layout is shared by two cores."""
_TAIL_SHARE = 0.5  # the tail's share of the work: the head's process also writes the pack


def split_point(doc: d.PackDocument) -> int | None:
    """Where ``doc`` is best cut in two for two cores: the index of the block that starts the
    tail (a heading that starts a new page after the contents: a section, a session, a note);
    None if the pack is too small (under :data:`SPLIT_FROM_PAGES`, weighed as laying out
    costs) to gain from it."""
    costs = [_layout_cost(b) for b in doc.blocks]
    total = sum(costs)
    if total < SPLIT_FROM_PAGES * _COST_PER_PAGE:
        return None
    after_contents = next((i + 1 for i, b in enumerate(doc.blocks) if isinstance(b, d.Contents)), 1)
    best: tuple[float, int] | None = None
    done = 0.0
    for index, block in enumerate(doc.blocks):
        if index >= after_contents and isinstance(block, d.Heading) and block.new_page:
            miss = abs(total - done - total * _TAIL_SHARE)
            if best is None or miss < best[0]:
                best = (miss, index)
        done += costs[index]
    return best[1] if best is not None else None


_COST_PER_PAGE = 2500  # in characters, as estimate_pages counts them


def _layout_cost(block: d.Block) -> int:
    """What laying out ``block`` costs, in characters of running text: a block costs some of
    its own, a table's text ten times a paragraph's (measured: each cell is a paragraph,
    wrapped to measure the row and again to draw it)."""
    if isinstance(block, d.EmbeddedPdf):
        return 50
    text = sum(len(s.text) for s in _spans_of(block))
    return 150 + text * (10 if isinstance(block, d.Table) else 1)


class _Layout:
    """One reportlab layout of a pack, and what it learnt: heading pages, where notes go."""

    def __init__(
        self,
        doc: d.PackDocument,
        fonts: FontSet,
        notes: dict[str, PdfNote],
        monitor: Monitor,
        part: Part,
    ) -> None:
        self.doc, self.fonts, self.notes, self.monitor = doc, fonts, notes, monitor
        self.part = part
        self.tail: LaidOut | None = None  # the head's: the tail, once laid out
        self.geo = st.geometry(doc.paper)
        anchors = frozenset(h.anchor for h in doc.headings())
        self.rtl = is_rtl_language(doc.language)
        self.mc = MarkupContext(fonts, anchors, rtl=self.rtl)
        self.headings: list[HeadingAt] = []
        self.listed = tuple(h for h in doc.headings() if h.in_contents and h.level <= 2)
        self.merges: list[Merge] = []
        self._starts: list[int] = []  # each merge's ``before``, for bisect
        self._sums: list[int] = []  # the merged pages up to and including each merge
        self.merged_total = sum(notes[b.key].page_count for b in doc.embedded_pdfs())
        self.blocks = doc.blocks[part.start : part.end]
        self.pages = 0  # reportlab's pages so far
        self.last_page_empty = False
        self.trail: dict[int, str] = {}  # the headings above the point being laid out, by level
        digits = len(str(estimate_pages(doc, self.merged_total)))
        self.running = Running(doc, fonts, self.rtl, digits)
        self.stamps: list[tuple[list, list, bytes]] = []
        self._laid_out: dict[tuple[float, float, int, Piece | None], tuple[list, list]] = {}
        self.absorbed: list[str] = []
        running = f"{doc.short_title} {doc.header_date} {doc.distribution_mark}"
        running += " ".join(b.title for b in doc.embedded_pdfs())
        missing = {c for c in fonts.missing(running) if not c.isspace()}
        if missing:  # drawn straight on the page: no fallback font there
            self.mc.missing.setdefault(M_("the running header"), set()).update(missing)

    def run(self) -> bytes:
        buffer = io.BytesIO()
        template = _Template(buffer, self)
        styles = st.paragraph_styles(self.fonts)
        builder = FlowableBuilder(
            self.mc, styles, self.geo.frame[2], self.listed, language=self.doc.language
        )
        flowables = builder.build(self.blocks)
        if self.part.is_tail and flowables and isinstance(flowables[0], PageBreakIfNotEmpty):
            del flowables[0]  # its first page is new (reportlab would count the template change)
        story: list[Flowable] = [NextPageTemplate("body"), *_batches(flowables)]
        # One layout pass: page numbers that are only known at the end (the contents' and the
        # "of Y" of every footer) are small forms drawn now and defined when the pass ends.
        try:
            template.build(story, canvasmaker=_forms_canvas(self))
        except (LayoutError, ValueError) as exc:
            # The blocks are made to fit (tables shrink and split, rows break); should something
            # still not, the user learns where, in one line, rather than reportlab's dump.
            raise BuildError([self.layout_problem()]) from exc
        return buffer.getvalue()

    def result(self) -> Layout:
        """What putting the pack together needs to know."""
        tail = self.tail.layout if self.tail is not None else None
        return Layout(
            self.generated,
            self.merges,
            self.headings,
            self.stamps,
            self.absorbed,
            self.doc.shrink_merged_pages,
            tail_generated=tail.generated if tail is not None else 0,
            tail_absorbed=tail.absorbed if tail is not None else [],
        )

    @property
    def generated(self) -> int:
        """reportlab's pages that are the pack's: an empty last page only stood where the last
        notes' pages go."""
        return self.pages - (1 if self.last_page_empty else 0)

    def layout_problem(self) -> Message:
        """Where the layout stopped, for a message: the headings above that point."""
        where: Message | None = None
        for _level, title in sorted(self.trail.items()):
            heading = M_("'{title}'", title=_short(title))
            where = (
                heading if where is None else M_("{above} › {below}", above=where, below=heading)
            )
        file = self.doc.file_stem + ".pdf"
        return M_(
            "{file}: the part under {where} holds something too large to lay out on a page "
            "(a table cell, a picture or a word); shorten it or attach it as a PDF",
            file=file,
            where=where or M_("the cover"),
        )

    def passed(self, heading: d.Heading) -> None:
        """Note that the layout reached ``heading`` (for :meth:`layout_problem`)."""
        self.trail = {lvl: t for lvl, t in self.trail.items() if lvl < heading.level}
        self.trail[heading.level] = heading.text

    def reset(self) -> None:
        """Forget what an earlier layout pass recorded."""
        self.pages = 0
        self.headings.clear()
        self.merges.clear()
        self._starts.clear()
        self._sums.clear()
        self.trail.clear()

    def warnings(self) -> list[str]:
        """What the build report should say about this PDF: undrawable characters, split
        tables (messages)."""
        missing = [
            M_(
                "{pack}, {where}: no font can draw {characters}; these characters are left out "
                "of the PDF",
                pack=self.doc.file_stem,
                where=where or M_("the pack"),
                characters=" ".join(sorted(chars)),
            )
            for where, chars in sorted(self.mc.missing.items())
        ]
        split = [
            Mn_(
                "{pack}, {where}: a table of {columns} columns is too wide for the page; the PDF "
                "prints it in {count} group of columns (the DOCX keeps it whole)",
                "{pack}, {where}: a table of {columns} columns is too wide for the page; the PDF "
                "prints it in {count} groups of columns (the DOCX keeps it whole)",
                groups,
                pack=self.doc.file_stem,
                where=where,
                columns=columns,
            )
            for (where, columns), groups in sorted(self.mc.split_tables.items())
        ]
        return missing + split

    # -- where notes go

    def merge(self, block: d.EmbeddedPdf, page: int, page_empty: bool) -> None:
        """A note's pages go here: before reportlab's ``page`` if nothing is drawn on it yet,
        else after it. The headings its first page starts are listed at that page."""
        first = self._count_in(block, page if page_empty else page + 1)
        for heading in block.headings:
            self.headings.append(HeadingAt(heading, first, None))
            self.passed(heading)
        self.monitor.check()

    def _count_in(self, block: d.EmbeddedPdf, before: int) -> int:
        """Count a note's pages in before reportlab's page ``before``; its first page's index
        in the pack."""
        first = before + (self._sums[-1] if self._sums else 0)
        self.merges.append(Merge(block, before, first))
        self._starts.append(before)
        self._sums.append((self._sums[-1] if self._sums else 0) + self.notes[block.key].page_count)
        return first

    def in_pack(self, page: int) -> int:
        """The pack's index of reportlab's ``page``: the notes' pages before it counted in."""
        merges = bisect.bisect_right(self._starts, page)
        return page + (self._sums[merges - 1] if merges else 0)

    # -- page decoration

    def decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Running header, 'Page X of Y' and the distribution mark, drawn when the page ends
        (by then the notes whose pages go before it are known). The cover counts as page 1
        but shows none of them, as in the DOCX pack."""
        page = canvas.getPageNumber() - 1
        self.pages = max(self.pages, page + 1)
        self.last_page_empty = doc._curPageFlowableCount == 0  # type: ignore[attr-defined]
        if page == 0 or self.part.is_tail:  # the cover; a tail, which cannot know its page
            return  # numbers: its pages are stamped as merged pages are
        placed, rules = self.running.page(self.in_pack(page) + 1, self.geo.width, self.geo.height)
        self.running.draw(canvas, placed, rules)

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

    def finish_canvas(self, canvas: Canvas) -> None:
        """Now that the pages are known: the footers' "Page X of Y", the contents' numbers,
        and the stamp sheet for the merged pages (and a tail's pages)."""
        if self.part.is_tail:
            self._foreign_sheet(canvas)
            return
        if self.part.tail is not None:
            self._join(self.part.tail())
        font = self.fonts.primary
        tail_pages = self.tail.layout.generated if self.tail is not None else 0
        canvas.beginForm(TOTAL_FORM, -10, -10, 200, 20)
        canvas.setFont(font.regular, 8)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(0, 0, str(self.generated + tail_pages + self.merged_total))
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
        if self.merges or self.tail is not None:
            self._stamp_sheet(canvas)

    def _join(self, tail: LaidOut) -> None:
        """Count the tail's pages in after this head's: its headings and its notes (its
        pages are reportlab's pages after the head's, for :meth:`in_pack`)."""
        self.tail = tail
        offset = self.in_pack(self.generated)
        for at in tail.layout.headings:
            self.headings.append(HeadingAt(at.heading, offset + at.page, at.top))
        for merge in tail.layout.merges:
            self._count_in(merge.block, self.generated + merge.before)

    def _foreign_sheet(self, canvas: Canvas) -> None:
        """A tail's last page, never part of the pack: every heading it does not lay out
        itself (the head's; those a note's first page starts) bookmarked at heights 1, 2,
        3…, for its links to point at until they are moved."""
        if canvas._code:  # type: ignore[attr-defined]
            canvas.showPage()
        own = {h.heading.anchor for h in self.headings if h.top is not None}
        self.absorbed = [h.anchor for h in self.doc.headings() if h.anchor not in own]
        for height, anchor in enumerate(self.absorbed, 1):
            canvas.bookmarkHorizontalAbsolute(anchor, height)
        canvas.showPage()

    def _stamp_sheet(self, canvas: Canvas) -> None:
        """A last page, never part of the pack: the running pieces of merged pages as forms,
        each merged page's own number as drawing operators, and the anchors of headings that
        a note's first page starts (links to them are moved to that page)."""
        if canvas._code:  # type: ignore[attr-defined]
            canvas.showPage()
        tail = self.tail.layout.generated if self.tail is not None else 0
        merges = iter(self.merges)
        merge = next(merges, None)
        for page in range(self.generated, self.generated + tail):  # in the pack's order
            while merge is not None and merge.before <= page:
                self._stamp_note(canvas, merge)
                merge = next(merges, None)
            self._stamp(canvas, self.in_pack(page) + 1, self.geo.width, self.geo.height)
        while merge is not None:
            self._stamp_note(canvas, merge)
            merge = next(merges, None)
        for piece in self.running.stamp_pieces():
            canvas.beginForm(STAMP_FORM.format(name=piece.name), -20, -20, piece.width + 20, 30)
            assert piece.draw is not None
            piece.draw(canvas, 0, 0)
            canvas.endForm()
            canvas.doForm(STAMP_FORM.format(name=piece.name))
        absorbed = [h.heading.anchor for h in self.headings if h.top is None]
        if self.tail is not None:  # the head's links to the tail's headings
            absorbed += [h.heading.anchor for h in self.tail.layout.headings]
        self.absorbed = list(dict.fromkeys(absorbed))  # a tail's note may start one: once
        for height, anchor in enumerate(self.absorbed, 1):
            canvas.bookmarkHorizontalAbsolute(anchor, height)
        canvas.showPage()

    def _stamp_note(self, canvas: Canvas, merge: Merge) -> None:
        """Each page of one note: its pieces, and its number as operators of its own."""
        note = self.notes[merge.block.key]
        title = self.running.note_piece(len(self.stamps), merge.block.title)
        for offset, size in enumerate(note.sizes):
            self._stamp(canvas, merge.first + offset + 1, *self._page_size(size), title)
        self.monitor.check()

    def _stamp(
        self, canvas: Canvas, number: int, width: float, height: float, right: Piece | None = None
    ) -> None:
        """The running pieces of the pack's page ``number`` (placed the same on pages alike),
        and its number as operators of its own."""
        key = (width, height, len(str(number)), right)
        if key not in self._laid_out:
            self._laid_out[key] = self.running.page(number, width, height, right=right)
        placed, rules = self._laid_out[key]
        mark = len(canvas._code)  # type: ignore[attr-defined]
        self.running.digits(number).draw(canvas, 0, 0)  # type: ignore[misc]
        ops = "\n".join(canvas._code[mark:]).encode("latin-1")  # type: ignore[attr-defined]
        del canvas._code[mark:]  # type: ignore[attr-defined]
        self.stamps.append((placed, rules, ops))

    def _page_size(self, shown: tuple[float, float]) -> tuple[float, float]:
        """The size of the page a merged page's stamp is laid out on: the pack's, or, when
        merged pages keep their size, the page's as a viewer shows it."""
        if self.doc.shrink_merged_pages:
            return self.geo.width, self.geo.height
        return shown


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
            layout.finish_canvas(self)
            super().save()

    return FormsCanvas


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

        cover = PageTemplate("cover", [frame("cover")], onPage=layout.decorate_cover)
        body = PageTemplate("body", [frame("body")], onPageEnd=layout.decorate)
        self.addPageTemplates([body] if layout.part.is_tail else [cover, body])

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """Unpack the batch at the front of the story, and the one behind it: reportlab looks
        at the next flowable (to drop a page break at the top of a page) before this hook."""
        for index in (0, 1):
            while len(flowables) > index and isinstance(flowables[index], _Batch):
                flowables[index : index + 1] = flowables[index].content
        # A page begun for what followed a note's pages, with nothing on it yet, is empty:
        # reportlab drops such a break only before a page is begun.
        if (
            flowables
            and isinstance(flowables[0], PageBreakIfNotEmpty)
            and self._curPageFlowableCount == 0
            and self.page > 1
        ):
            flowables[0] = None

    def beforeDocument(self) -> None:
        """A new layout pass: forget what the last pass recorded."""
        self.layout.reset()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Record headings (contents, outline, link targets)."""
        if isinstance(flowable, HeadingMark):
            self._heading(flowable.heading, self.page - 1)

    def merge_here(self, block: d.EmbeddedPdf) -> None:
        """A note's pages go here (see ``MergePoint``); what follows starts a new page."""
        page_empty = self._curPageFlowableCount == 0
        self.layout.merge(block, self.page - 1, page_empty)
        if not page_empty:
            self.handle_pageBreak()

    def _heading(self, heading: d.Heading, page: int) -> None:
        top = min(self.frame._y + 40, self.layout.geo.height)
        self.canv.bookmarkHorizontalAbsolute(heading.anchor, top)
        self.layout.headings.append(HeadingAt(heading, self.layout.in_pack(page), top))
        self.layout.passed(heading)
        self.layout.monitor.check()
