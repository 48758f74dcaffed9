"""Pack blocks → reportlab flowables. Each user text is escaped once here, per run."""

from __future__ import annotations

import functools
import gettext
import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import PageBreakIfNotEmpty, TopPadder

from briefing.errors import BuildError
from briefing.i18n import pack_words
from briefing.messages import M_, Message, grouped, one_decimal
from briefing.pack import document as d
from briefing.pack.markdown import MAX_LIST_DEPTH
from briefing.render import pdf_styles as st
from briefing.render.base import BlockDispatch
from briefing.render.fonts import ARABIC, PRIMARY, FontSet
from briefing.render.pdf_text import ComplexParagraph, mirrored_alignment, needs_complex_layout
from briefing.validation import MAX_IMAGE_PIXELS

# reportlab breaks lines at every space but U+00A0, so the other spaces that must not break
# (French puts a narrow one before ; : ! ? and inside « ») are given to it as U+00A0.
_NO_BREAK = str.maketrans({"\u202f": "\u00a0", "\u2007": "\u00a0"})
# A plain space typed where French wants a no-break one (before ; : ! ? », after «) is kept
# with its word too: a line never starts with the mark.
_GLUED_SPACE = re.compile(r" (?=[;:!?»›])|(?<=[«‹]) ")


def _cells_styled(commands: list) -> TableStyle:  # type: ignore[type-arg]
    """A table style whose cells start in the pack's font: reportlab's default is Helvetica,
    which it would then list in the PDF, unembedded, though no text is drawn in it."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), PRIMARY.name), *commands])


_FALLBACK_RUN = re.compile(r'<font face="([^"]+)">([^<]*)</font>')


def _in_style_of(markup: str, style: ParagraphStyle) -> str:
    """``markup`` whose fallback-font runs are bold or italic when ``style``'s font is.

    reportlab takes a ``<font face>`` for the regular face of its family, forgetting that the
    style's own font (a heading's, say) is bold: an Arabic or Chinese title would print light.
    """
    _family, bold, italic = ps2tt(style.fontName)
    if not (bold or italic) or "<font face=" not in markup:
        return markup
    opening = ("<b>" if bold else "") + ("<i>" if italic else "")
    closing = ("</i>" if italic else "") + ("</b>" if bold else "")
    return _FALLBACK_RUN.sub(rf'<font face="\1">{opening}\2{closing}</font>', markup)


@dataclass
class MarkupContext:
    """What turning runs into reportlab markup needs: fonts, known anchors, and places to
    report characters no font can draw and tables too wide to print whole."""

    fonts: FontSet
    anchors: frozenset[str]
    missing: dict[str, set[str]] = field(default_factory=dict)
    split_tables: dict[tuple[str, int], int] = field(default_factory=dict)  # (where, columns)
    _mirrored: dict[str, ParagraphStyle] = field(default_factory=dict, repr=False)
    origin: tuple[int, str] = (0, "")  # the level and name of the note being drawn, if any
    where: str = ""
    rtl: bool = False  # the pack reads right to left

    def paragraph(self, markup: str, style: ParagraphStyle) -> Flowable:
        """A paragraph of markup: reportlab's own for Latin, Cyrillic and Greek left-to-right
        text, else one laid out by :class:`~briefing.render.pdf_text.ComplexParagraph`."""
        markup = _in_style_of(markup, style)
        if needs_complex_layout(markup):
            return ComplexParagraph(markup, style, self.rtl, self.arabic_font)
        return Paragraph(markup, self.mirrored(style) if self.rtl else style)

    @functools.cached_property
    def arabic_font(self) -> str:
        """The registered face that shapes Arabic text (its joining rules are the font's)."""
        family = next((f for f in self.fonts.fallbacks if f.name == ARABIC.name), None)
        return family.regular if family else self.fonts.primary.regular

    def mirrored(self, style: ParagraphStyle) -> ParagraphStyle:
        """``style`` as a right-to-left page uses it: aligned and indented from the right."""
        found = self._mirrored.get(style.name)
        if found is None:
            found = ParagraphStyle(
                f"{style.name}-rtl",
                parent=style,
                alignment=mirrored_alignment(style.alignment),
                leftIndent=style.rightIndent,
                rightIndent=style.leftIndent,
            )
            self._mirrored[style.name] = found
        return found

    def markup(self, spans: d.Spans) -> str:
        """Reportlab paragraph markup for runs: text escaped once, tags only at run borders."""
        return "".join(self._span(s) for s in spans)

    def text(self, text: str, **style: bool | str) -> str:
        """Markup for one plain run."""
        return self.markup(d.plain(text, **style))  # type: ignore[arg-type]

    def _span(self, span: d.Span) -> str:
        body = self._with_fallback_fonts(span.text)
        if span.bold:
            body = f"<b>{body}</b>"
        if span.italic:
            body = f"<i>{body}</i>"
        link = self._link(span.link)
        if not link:
            return body
        if not link.startswith("#"):  # a reader must see that it leads out of the pack
            body = f'<font color="{st.LINK_HEX}"><u>{body}</u></font>'
        return f'<a href="{escape(link, {chr(34): "&quot;"})}">{body}</a>'

    def _link(self, link: str) -> str:
        if link.startswith("#"):
            return link if link[1:] in self.anchors else ""
        return link if link.startswith(("http://", "https://", "mailto:")) else ""

    def _with_fallback_fonts(self, text: str) -> str:
        parts = []
        for family, segment in self.fonts.runs(text):
            kept = _GLUED_SPACE.sub("\u00a0", segment.translate(_NO_BREAK))
            safe = escape(kept).replace("\n", "<br/>")
            if family is None:
                self.missing.setdefault(self.where, set()).update(
                    c for c in segment if not c.isspace()
                )
                parts.append(safe)
            elif family is self.fonts.primary:
                parts.append(safe)
            else:
                parts.append(f'<font face="{family.regular}">{safe}</font>')
        return "".join(parts)


class HeadingMark(Flowable):
    """Zero-size marker after a heading: where the outline and contents learn its page."""

    def __init__(self, heading: d.Heading) -> None:
        super().__init__()
        self.heading = heading
        self.width = self.height = 0

    def draw(self) -> None:
        """Nothing to draw."""


def contents_form(anchor: str) -> str:
    """The name of the form that holds a contents entry's page number (known only at the end)."""
    return f"BriefingContents-{anchor}"


class ContentsPageNumber(Flowable):
    """A contents entry's page number: a form drawn now, defined once the layout is done."""

    def __init__(self, anchor: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.anchor, self.style = anchor, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As wide as its cell, one line high."""
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        """The number, right-aligned on the entry's first line, and a link to its heading."""
        canvas = self.canv
        canvas.saveState()
        canvas.translate(self.width, self.height - self.style.fontSize)
        canvas.doForm(contents_form(self.anchor))
        canvas.restoreState()
        canvas.linkRect("", self.anchor, (0, 0, self.width, self.height), relative=1)


class MergePoint(ActionFlowable):
    """Where a PDF note's pages go: the layout counts them in (page numbers, contents) and
    what follows starts on a page of its own; the pages themselves are merged afterwards."""

    def __init__(self, block: d.EmbeddedPdf) -> None:
        super().__init__()
        self.block = block

    def apply(self, doc: object) -> None:
        """Tell the document template (see ``render.pdf``) that the note's pages go here."""
        doc.merge_here(self.block)  # type: ignore[attr-defined]


@dataclass
class FlowableBuilder(BlockDispatch):
    """Turns pack blocks into flowables."""

    handler_prefix = "_"

    mc: MarkupContext
    styles: dict
    frame_width: float
    contents: tuple[d.Heading, ...] = ()  # the headings the contents will list
    language: str = "en"  # the pack's: its own words are printed in it

    @property
    def words(self) -> gettext.NullTranslations:
        """The pack's own words, in its language."""
        return pack_words(self.language)

    def build(self, blocks: Iterable[d.Block]) -> list[Flowable]:
        """The flowables of a sequence of blocks."""
        out: list[Flowable] = []
        for block in blocks:
            out += self.block(block)
        return out

    def block(self, block: d.Block) -> list[Flowable]:
        """The flowables of one block."""
        return self.dispatch(block)

    def para(self, spans: d.Spans, style: str) -> Flowable:
        """A paragraph of runs in a named style."""
        return self.mc.paragraph(self.mc.markup(spans), self.styles[style])

    # -- blocks

    def _cover(self, cover: d.Cover) -> list[Flowable]:
        self.mc.where = M_("the cover")
        t, s = self.mc.text, self.styles
        out: list[Flowable] = []
        if cover.logo:
            logo = M_("the meeting's logo")
            out.append(_image(cover.logo, 40 * mm, 22 * mm, self._start, logo))
            out.append(Spacer(1, 6 * mm))
        out.append(self.mc.paragraph(t(cover.organiser), s["cover_org"]))
        if cover.meeting_type:
            out.append(self.mc.paragraph(t(cover.meeting_type), s["cover_type"]))
        else:
            out.append(Spacer(1, 40))
        title_style = s["cover_title"] if len(cover.title) <= 90 else s["cover_title_long"]
        out.append(self.mc.paragraph(t(cover.title), title_style))
        if cover.subtitle:
            out.append(self.mc.paragraph(t(cover.subtitle), s["cover_subtitle"]))
        out.append(_rule(self.frame_width, st.BLUE, 2))
        if cover.when:
            out.append(self.mc.paragraph(t(cover.when), s["cover_when"]))
        if cover.where:
            out.append(self.mc.paragraph(t(cover.where), s["cover_where"]))
        for label, value in cover.facts:
            fact = self.words.gettext("{label}: {value}").format(
                label=t(label, bold=True), value=t(value)
            )
            out.append(self.mc.paragraph(fact, s["cover_where"]))
        out.append(self.mc.paragraph(t(cover.pack_name), s["cover_pack"]))
        if cover.version_line:
            out.append(self.mc.paragraph(t(cover.version_line), s["cover_version"]))
        if cover.distribution_mark:
            out.append(Spacer(1, 4 * mm))
            out.append(
                _boxed(
                    self.mc.paragraph(t(cover.distribution_mark), s["cover_mark"]), self.frame_width
                )
            )
        if cover.contacts:
            out += self._cover_contacts(cover.contacts)
        return [*out, PageBreak()]

    def _cover_contacts(self, contacts: tuple[d.ContactLine, ...]) -> list[Flowable]:
        s = self.styles
        title = self.mc.text(self.words.gettext("Contacts"))
        lines = [self.mc.paragraph(title, s["cover_contacts_title"])]
        for c in contacts:
            bits = [self.mc.text(c.name, bold=True)] if c.name else []
            bits += [self.mc.text(c.role)] if c.role else []
            if c.email:
                bits.append(self.mc.markup(d.plain(c.email, link=f"mailto:{c.email}")))
            bits += [self.mc.text(c.phone)] if c.phone else []
            prefix = "cc: " if c.cc else ""
            lines.append(self.mc.paragraph(prefix + " · ".join(bits), s["cover_contact"]))
        block = Table([[line] for line in lines], colWidths=[self.frame_width])
        block.setStyle(
            _cells_styled(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [TopPadder(block)]

    def _contents(self, contents: d.Contents) -> list[Flowable]:
        title = self.mc.paragraph(self.mc.text(contents.title), self.styles["h1"])
        if not self.contents:
            return [title]
        rows, style = (
            [],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ],
        )
        for row, heading in enumerate(self.contents):
            entry = self.styles[f"toc{min(heading.level, 2)}"]
            text = self.mc.markup(d.plain(heading.text, link=f"#{heading.anchor}"))
            rows.append(
                self._in_reading_order(
                    [self.mc.paragraph(text, entry), ContentsPageNumber(heading.anchor, entry)]
                )
            )
            if heading.level == 1 and row:
                style.append(("TOPPADDING", (0, row), (-1, row), 6))
        number_width = 14 * mm
        widths = self._in_reading_order([self.frame_width - number_width, number_width])
        table = Table(rows, colWidths=widths)
        table.setStyle(_cells_styled(style))
        return [title, table]

    def _heading(self, heading: d.Heading) -> list[Flowable]:
        if heading.origin or heading.level <= self.mc.origin[0]:
            self.mc.origin = (heading.level, heading.origin) if heading.origin else (0, "")
        # every message about what follows names the note it is in (and its file), if any
        self.mc.where = _section(self.mc.origin[1], heading.text)
        level = min(max(heading.level, 1), 4)
        style = self.styles[f"h{level}"]
        out: list[Flowable] = [PageBreakIfNotEmpty()] if heading.new_page else []
        if level >= 2 and not heading.new_page:
            out.append(CondPageBreak(45 * mm))  # never a heading alone at the foot of a page
        out += [self.mc.paragraph(self.mc.text(heading.text), style), HeadingMark(heading)]
        return out

    def _paragraph(self, paragraph: d.Paragraph) -> list[Flowable]:
        return [self.para(paragraph.spans, paragraph.style)]

    def _list_block(self, block: d.ListBlock) -> list[Flowable]:
        items = []
        for index, spans in enumerate(block.items):
            depth = min(block.depth(index), MAX_LIST_DEPTH)  # deeper would leave no width
            para = self.para(spans, "bullet")
            indent = {"rightIndent" if self.mc.rtl else "leftIndent": 12 + 14 * depth}
            items.append(ListItem(para, value="•" if not block.ordered else None, **indent))
        kind = "1" if block.ordered else "bullet"
        return [
            ListFlowable(
                items,
                bulletType=kind,
                start=None if block.ordered else "•",
                bulletDir="rtl" if self.mc.rtl else "ltr",  # bullets on the right in Arabic
                **{"rightIndent" if self.mc.rtl else "leftIndent": 12},
                bulletFontName=self.mc.fonts.primary.regular,
                bulletFontSize=9,
                spaceAfter=4,
            )
        ]

    def _table(self, table: d.Table) -> list[Flowable]:
        return _tables(self, table) if table.rows or table.header else []

    def _image(self, image: d.Image) -> list[Flowable]:
        what = M_("a picture in {where}", where=self.mc.where or M_("the pack"))
        picture = _image(image.data, image.width_mm * mm, 120 * mm, "CENTER", what)
        out: list[Flowable] = [picture]
        if image.caption:
            out.append(self.para(d.plain(image.caption), "small"))
        return out

    def _bio(self, bio: d.Bio) -> list[Flowable]:
        head: list[Flowable] = []
        if bio.affiliation:
            head.append(self.para(d.plain(bio.affiliation, italic=True), "body"))
        head += [self.para(d.plain(role), "small") for role in bio.roles]
        body = [Spacer(1, 3), *self.build(bio.body)]
        if not bio.photo:
            return [*head, *body]
        # Only the short head sits beside the photo: a long bio must flow across pages.
        what = M_("the photo of {name}", name=bio.name)
        photo = _image(bio.photo, 26 * mm, 32 * mm, self._start, what)
        grid = Table(
            [self._in_reading_order([photo, head or ""])],
            colWidths=self._in_reading_order([30 * mm, self.frame_width - 30 * mm]),
        )
        grid.setStyle(
            _cells_styled(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        grid.hAlign = self._start
        return [grid, *body]

    @property
    def _start(self) -> str:
        """Where lines start: the left, or the right in a right-to-left pack."""
        return "RIGHT" if self.mc.rtl else "LEFT"

    def _in_reading_order(self, cells: list) -> list:  # type: ignore[type-arg]
        """A row's cells from the left: reversed in a right-to-left pack."""
        return cells[::-1] if self.mc.rtl else cells

    def _page_break(self, _: d.PageBreak) -> list[Flowable]:
        return [PageBreak()]

    def _word_note(self, block: d.WordNote) -> list[Flowable]:
        return self.build(block.blocks)

    def _embedded_pdf(self, block: d.EmbeddedPdf) -> list[Flowable]:
        return [MergePoint(block)]


# =========================================================================== helpers


def _rule(width: float, colour: colors.Color, thickness: float) -> Flowable:
    line = Table([[""]], colWidths=[width], rowHeights=[thickness + 4])
    line.setStyle(_cells_styled([("LINEBELOW", (0, 0), (-1, -1), thickness, colour)]))
    return line


def _boxed(flowable: Flowable, width: float) -> Flowable:
    box = Table([[flowable]], colWidths=[width])
    box.setStyle(
        _cells_styled(
            [
                ("BOX", (0, 0), (-1, -1), 1, st.ALERT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


@functools.lru_cache(maxsize=256)
def picture_problem(data: bytes) -> Message | None:
    """Why a picture (a photo, the logo, an image of a Word note) cannot go into a pack: it
    cannot be decoded, or it has more pixels than :data:`~briefing.validation.MAX_IMAGE_PIXELS`
    (judged from its header, before anything is decoded). None if it is fine.

    Kept per picture: the checks ask again after every edit.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data)) as picture:
                width, height = picture.size
                if width * height > MAX_IMAGE_PIXELS:
                    return M_(
                        "it is {width} × {height} pixels; at most {limit} million are allowed, "
                        "so it is refused as a possible decompression bomb",
                        width=grouped(width),
                        height=grouped(height),
                        limit=one_decimal(MAX_IMAGE_PIXELS / 1e6),
                    )
                picture.load()
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        return M_("it cannot be read ({reason})", reason=reason)
    return None


def _section(origin: str, title: str) -> Message:
    """Where a section is, for messages: the note it is in (and its file), if any, and its
    heading."""
    if origin:
        return M_("{origin}, section '{section}'", origin=origin, section=title)
    return M_("section '{section}'", section=title)


def _image(data: bytes, max_w: float, max_h: float, align: str, what: str) -> Flowable:
    problem = picture_problem(data)
    if problem is not None:
        message = M_(
            "{what} cannot go into the PDF: {problem}; replace it", what=what, problem=problem
        )
        raise BuildError([message])
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    image = RLImage(io.BytesIO(data), width=w * scale, height=h * scale)
    image.hAlign = align
    return image


ROWS_PER_TABLE = 100
"""A long table is laid out as several tables of this many rows, one after the other: it looks
the same, and reportlab, which measures every row that is left each time a table breaks across
a page, then takes a time in proportion to the rows, not to their square."""
MAX_REPEATED_HEADER_CHARS = 300
"""A header row longer than this is not repeated on each page: it could be taller than a page."""


@dataclass(frozen=True)
class _TableLayout:
    """How a table fits the page: which columns go together, their widths, small type or not."""

    groups: tuple[tuple[int, ...], ...]
    widths: tuple[tuple[float, ...], ...]
    compact: bool


def _table_layout(table: d.Table, frame_width: float) -> _TableLayout:
    """Normal type if every column is wide enough; else small type; else groups of columns,
    each repeating the first column (most often what names the row)."""
    columns = _columns(table)
    if frame_width / columns >= st.MIN_COLUMN_WIDTH:
        weights = table.widths if len(table.widths) == columns else (1.0,) * columns
        total = sum(weights)
        widths = tuple(frame_width * w / total for w in weights)
        return _TableLayout((tuple(range(columns)),), (widths,), compact=False)
    per_group = max(int(frame_width // st.MIN_COMPACT_COLUMN_WIDTH), 2)
    if columns <= per_group:
        groups: list[tuple[int, ...]] = [tuple(range(columns))]
    else:
        rest = range(per_group, columns, per_group - 1)
        groups = [tuple(range(per_group))]
        groups += [(0, *range(first, min(first + per_group - 1, columns))) for first in rest]
    widths = tuple((frame_width / len(g),) * len(g) for g in groups)
    return _TableLayout(tuple(groups), widths, compact=True)


def _tables(builder: FlowableBuilder, table: d.Table) -> list[Flowable]:
    """A table as flowables: one table, or a table per group of columns under a label."""
    layout = _table_layout(table, builder.frame_width)
    columns = max(layout.groups[-1]) + 1
    if len(layout.groups) > 1:
        where = builder.mc.where or M_("the pack")
        builder.mc.split_tables[(where, columns)] = len(layout.groups)
    out: list[Flowable] = []
    for index, (group, widths) in enumerate(zip(layout.groups, layout.widths, strict=True)):
        if len(layout.groups) > 1:
            own = group[1:] if index else group  # later groups start with column 1 again
            text = builder.words.gettext("Columns {first}–{last} of {total}").format(
                first=own[0] + 1, last=own[-1] + 1, total=columns
            )
            text += builder.words.gettext(" (with column 1)") if index else ""
            out += [Spacer(1, 6)] if index else []
            out.append(builder.para(d.plain(text, italic=True), "small"))
        out += _table_chunks(builder, table, group, widths, layout.compact)
    return out


def _table_chunks(
    builder: FlowableBuilder,
    table: d.Table,
    group: tuple[int, ...],
    widths: tuple[float, ...],
    compact: bool,
) -> list[Flowable]:
    """The table's columns ``group`` as tables of at most :data:`ROWS_PER_TABLE` rows."""
    suffix = "_compact" if compact else ""
    cell_style, head_style = builder.styles[f"cell{suffix}"], builder.styles[f"cell_head{suffix}"]
    header = (
        [
            builder.mc.paragraph(builder.mc.text(_nth(table.header, c, "")), head_style)
            for c in group
        ]
        if table.header
        else None
    )
    repeat = header is not None and len("".join(table.header)) <= MAX_REPEATED_HEADER_CHARS
    out: list[Flowable] = []
    for first in range(0, max(len(table.rows), 1), ROWS_PER_TABLE):
        rows: list[list[object]] = [header] if header is not None and (repeat or not first) else []
        whole = group == tuple(range(_columns(table)))
        for number, row in enumerate(table.rows[first : first + ROWS_PER_TABLE], first):
            cells = [_nth(row, c, ()) for c in group]
            if builder.mc.rtl and whole:  # a joined cell shows its leftmost cell's content
                for joined in table.joined_in(number):
                    cells[joined.last], cells[joined.first] = cells[joined.first], ()
            rows.append(
                [
                    [builder.mc.paragraph(builder.mc.markup(line), cell_style) for line in cell]
                    or ""
                    for cell in cells
                ]
            )
        if not rows:
            continue
        with_header = bool(header is not None and (repeat or not first))
        style = _table_style(table, with_header, compact, first)
        if whole:
            style += _joined_cells(table, first, int(with_header))
        column_widths = list(widths)
        if builder.mc.rtl:  # the first column on the right
            rows = [row[::-1] for row in rows]
            column_widths.reverse()
            style = [_mirrored_command(c, len(group)) for c in style]
        # Rows may break inside (splitInRow): a cell taller than a page must still print.
        flowable = Table(
            rows,
            colWidths=column_widths,
            repeatRows=1 if with_header and repeat else 0,
            splitInRow=1,
        )
        flowable.setStyle(_cells_styled(style))
        out.append(flowable)
    return out


_MIRRORED_COMMANDS = {
    "LEFTPADDING": "RIGHTPADDING",
    "RIGHTPADDING": "LEFTPADDING",
    "LINEBEFORE": "LINEAFTER",
    "LINEAFTER": "LINEBEFORE",
}


def _mirrored_command(command: tuple, columns: int) -> tuple:  # type: ignore[type-arg]
    """A table style command for the same cells with the columns in the other order."""
    name, (c0, r0), (c1, r1), *rest = command
    first, last = (columns - 1 - (c if c >= 0 else columns + c) for c in (c0, c1))
    return (_MIRRORED_COMMANDS.get(name, name), (last, r0), (first, r1), *rest)


def _nth(values: tuple, index: int, default: object) -> object:  # type: ignore[type-arg]
    """``values[index]``, or ``default`` past the end (rows may be shorter than the header)."""
    return values[index] if index < len(values) else default


def _columns(table: d.Table) -> int:
    return max(len(table.header), *(len(row) for row in table.rows), 1)


def _joined_cells(table: d.Table, first_row: int, header_rows: int) -> list[tuple]:  # type: ignore[type-arg]
    """SPAN commands for the joined cells of the rows of a table chunk."""
    last_row = first_row + ROWS_PER_TABLE
    return [
        (
            "SPAN",
            (j.first, j.row - first_row + header_rows),
            (j.last, j.row - first_row + header_rows),
        )
        for j in table.joined
        if first_row <= j.row < last_row
    ]


def _table_style(
    table: d.Table, has_header: bool, compact: bool = False, first_row: int = 0
) -> list[tuple]:  # type: ignore[type-arg]
    """The style of a table, or of the part of it that starts at body row ``first_row``."""
    pad = st.COMPACT_CELL_PADDING if compact else st.CELL_PADDING
    style: list[tuple] = [  # type: ignore[type-arg]
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    if table.kind == "facts":
        return [
            *style,
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
        ]
    first = 1 if has_header else 0
    if has_header:
        style += [("BACKGROUND", (0, 0), (-1, 0), st.NAVY)]
    style += [("LINEBELOW", (0, first), (-1, -1), 0.4, st.RULE)]
    rows = range(first_row, min(first_row + ROWS_PER_TABLE, len(table.rows)))
    for row in rows:
        at = row - first_row + first
        if row in table.quiet:
            style.append(("BACKGROUND", (0, at), (-1, at), st.QUIET))
        elif row % 2 == 1:
            style.append(("BACKGROUND", (0, at), (-1, at), st.ZEBRA))
        if row in table.marked:
            style += [
                ("BACKGROUND", (0, at), (-1, at), st.MARK),
                ("LINEBEFORE", (0, at), (0, at), 3, st.MARK_EDGE),
            ]
    return style
