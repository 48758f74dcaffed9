"""The running header and footer of a PDF pack, laid out once and placed on every page.

Each part of a running line is a :class:`Piece` with a width, laid out once per pack (a pack
may have 20,000 pages): the short title, the date, a merged note's title, the distribution
mark, the words of "Page X of Y", the page's digits, "Y". On a page the pack generates,
reportlab draws the pieces; on a merged note page, which reportlab never sees, a small content
stream draws them as forms that reportlab defined once (see ``render.pdf_finish``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing.i18n import pack_words
from briefing.pack import document as d
from briefing.render import pdf_styles as st
from briefing.render.fonts import FontSet
from briefing.render.pdf_flowables import MarkupContext
from briefing.render.pdf_text import Run, draw_runs, needs_complex_layout, single_line

TOTAL_FORM = "BriefingPageTotal"
DIGITS = "digits"
"""The name of the piece that differs on every page: a merged page gets its own text for it."""

Rule = tuple[float, float, float]  # x from, x to, y


@dataclass(frozen=True)
class Piece:
    """A part of a running line, drawn from its left end at (x, baseline y); ``draw`` is None
    for a space."""

    name: str
    width: float
    draw: Callable[[Canvas, float, float], object] | None


@dataclass(frozen=True)
class Placed:
    """A piece where it stands on one page."""

    piece: Piece
    x: float
    y: float


class Running:
    """The running header and footer of one pack."""

    def __init__(self, doc: d.PackDocument, fonts: FontSet, rtl: bool, total_digits: int) -> None:
        self.doc, self.fonts, self.rtl = doc, fonts, rtl
        self.geo = st.geometry(doc.paper)
        self.decor = MarkupContext(fonts, frozenset(), rtl=rtl)
        self.style = ParagraphStyle(
            "running", fontName=fonts.primary.regular, fontSize=8, leading=10, textColor=st.MUTED
        )
        self.mark_style = ParagraphStyle(
            "mark", parent=self.style, fontName=fonts.primary.bold, textColor=st.ALERT
        )
        self.total_width = stringWidth("8" * total_digits, fonts.primary.regular, 8)
        self._lines: dict[tuple[str, str], list[Run] | None] = {}
        self._pieces: dict[str, Piece] = {}
        self._space = stringWidth(" ", fonts.primary.regular, 8)
        self.title = self.text_piece("title", clip(doc.short_title, fonts, 8, self.geo.width * 0.6))
        self.date = self.text_piece("date", doc.header_date)
        self.mark = (
            self.text_piece("mark", doc.distribution_mark, self.mark_style)
            if doc.distribution_mark
            else None
        )
        self._number_parts = self._page_number_parts()

    # -- pieces

    def text_piece(self, name: str, text: str, style: ParagraphStyle | None = None) -> Piece:
        """A piece of text in the running style (or ``style``), laid out once per name."""
        if name not in self._pieces:
            style = style or self.style
            width = self._width(text, style)

            def draw(canvas: Canvas, x: float, y: float) -> None:
                self._line(canvas, text, style, x, y)

            self._pieces[name] = Piece(name, width, draw)
        return self._pieces[name]

    def note_piece(self, index: int, title: str) -> Piece:
        """The title of a merged note, for the header of its pages."""
        return self.text_piece(f"note{index}", clip(title, self.fonts, 8, self.geo.width * 0.35))

    def stamp_pieces(self) -> list[Piece]:
        """Every piece a merged page may draw as a form (not its digits, not spaces)."""
        return [p for p in self._pieces.values() if p.draw is not None and p.name != DIGITS]

    def _line(self, canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float) -> None:
        runs = self._runs(text, style)
        if runs is None:
            plain_line(canvas, text, style, x, y)
        else:
            draw_runs(canvas, runs, x, y, "left")

    def _runs(self, text: str, style: ParagraphStyle) -> list[Run] | None:
        """A running line laid out (None: it needs no layout, one font left to right)."""
        key = (text, style.name)
        if key not in self._lines:
            simple = not self.rtl and not needs_complex_layout(text)
            runs_of_fonts = self.fonts.runs(text) if simple else []
            if simple and len(runs_of_fonts) <= 1 and (not runs_of_fonts or runs_of_fonts[0][0]):
                self._lines[key] = None
            else:
                markup = self.decor.text(text)
                self._lines[key] = single_line(markup, style, self.rtl, self.decor.arabic_font)
        return self._lines[key]

    def _width(self, text: str, style: ParagraphStyle) -> float:
        runs = self._runs(text, style)
        if runs is None:
            return stringWidth(text, style.fontName, style.fontSize)
        return sum(run.width for run in runs)

    # -- "Page X of Y"

    def _page_number_parts(self) -> list[Piece | None]:
        """The parts of "Page X of Y" in reading order; None stands for the page's digits.

        Its words are laid out apart from the numbers (the same on every page), "Y" is a form
        defined at the end of the layout (digits are of equal width, so its room is known
        from the number of digits)."""
        parts: list[Piece | None] = []
        page_of = pack_words(self.doc.language).gettext("Page {page} of {total}")
        for index, piece in enumerate(re.split(r"(\{page\}|\{total\})", page_of)):
            if piece == "{total}":
                self._pieces["total"] = Piece("total", self.total_width, _total)
                parts.append(self._pieces["total"])
            elif piece == "{page}":
                parts.append(None)
            elif piece.strip():
                parts.append(self._words(f"words{index}", piece))
            elif piece:
                parts.append(Piece("space", self._space, None))
        return parts

    def _words(self, name: str, words: str) -> Piece:
        """A run of words of the page-number line, with the spaces around it kept."""
        inner = words.strip()
        width = self._width(inner, self.style)
        lead = self._space if words[:1].isspace() else 0.0
        trail = self._space if words[-1:].isspace() else 0.0
        if self.rtl:
            lead, trail = trail, lead  # the space before the words stands on their right

        def draw(canvas: Canvas, x: float, y: float) -> None:
            self._line(canvas, inner, self.style, x + lead, y)

        self._pieces[name] = Piece(name, lead + width + trail, draw)
        return self._pieces[name]

    def digits(self, number: int) -> Piece:
        """The piece of a page's own number."""
        text = str(number)
        style = self.style
        width = stringWidth(text, style.fontName, style.fontSize)
        return Piece(DIGITS, width, lambda canvas, x, y: plain_line(canvas, text, style, x, y))

    # -- a page

    def page(
        self, number: int, width: float, height: float, right: Piece | None = None
    ) -> tuple[list[Placed], list[Rule]]:
        """Where the pieces stand on page ``number`` of ``width`` × ``height`` (the header's
        far side shows ``right``, else the date), and the two rules. A right-to-left pack
        mirrors them."""
        g = self.geo
        header_y = height - (g.height - g.header_y)
        low, high = g.left, width - g.right
        start, end = (high, low) if self.rtl else (low, high)
        placed = [
            self._at(self.title, start, header_y, near=True),
            self._at(right or self.date, end, header_y, near=False),
        ]
        if self.mark is not None:
            placed.append(self._at(self.mark, start, g.footer_y, near=True))
        placed += self._page_number(number, end, g.footer_y)
        rules = [(low, high, header_y - 2.5 * st.mm), (low, high, g.footer_y + 4 * st.mm)]
        return placed, rules

    def _at(self, piece: Piece, x: float, y: float, near: bool) -> Placed:
        """``piece`` with its near (reading-start) or far edge at ``x``."""
        from_right = near == self.rtl  # the near edge of a right-to-left line is its right
        return Placed(piece, x - piece.width if from_right else x, y)

    def _page_number(self, number: int, edge: float, y: float) -> list[Placed]:
        """'Page X of Y' against the outer ``edge``, read from the left or from the right."""
        parts = [p if p is not None else self.digits(number) for p in self._number_parts]
        if self.rtl:
            parts.reverse()  # the first part stands at the right
        x = edge if self.rtl else edge - sum(p.width for p in parts)
        placed = []
        for part in parts:
            placed.append(Placed(part, x, y))
            x += part.width
        return placed

    def draw(self, canvas: Canvas, placed: list[Placed], rules: list[Rule]) -> None:
        """Draw a page's running lines with reportlab."""
        canvas.saveState()
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        for x0, x1, y in rules:
            canvas.line(x0, y, x1, y)
        for item in placed:
            if item.piece.draw is not None:
                item.piece.draw(canvas, item.x, item.y)
        canvas.restoreState()


def _total(canvas: Canvas, x: float, y: float) -> None:
    canvas.translate(x, y)
    canvas.doForm(TOTAL_FORM)
    canvas.translate(-x, -y)


def plain_line(canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float) -> None:
    """A line in one font, left to right, from ``x``: drawn as it is."""
    canvas.setFont(style.fontName, style.fontSize)
    canvas.setFillColor(style.textColor)
    canvas.drawString(x, y, text)


def clip(text: str, fonts: FontSet, size: float, width: float) -> str:
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
