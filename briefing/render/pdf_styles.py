"""How a PDF pack looks: page geometry, colours and paragraph styles, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing.model import PaperSize
from briefing.render.fonts import FontSet

NAVY = colors.HexColor("#1B365D")
LINK_HEX = "#0077B8"
BLUE = colors.HexColor(LINK_HEX)
MUTED = colors.HexColor("#5B6770")
RULE = colors.HexColor("#C8D3DC")
ZEBRA = colors.HexColor("#F3F6F9")
QUIET = colors.HexColor("#EEF0F2")  # a break's row in the programme
QUIET_TEXT = colors.HexColor("#4A5560")
MARK = colors.HexColor("#FFF4CC")
MARK_EDGE = colors.HexColor("#E0A800")
ALERT = colors.HexColor("#A4262C")

# Tables: a column narrower than MIN_COLUMN_WIDTH switches the table to small type and thin
# padding; one narrower than MIN_COMPACT_COLUMN_WIDTH even then splits the table into groups
# of columns, each printed as a table of its own.
MIN_COLUMN_WIDTH = 16 * mm
MIN_COMPACT_COLUMN_WIDTH = 11 * mm
CELL_PADDING = 5
COMPACT_CELL_PADDING = 2

CONTENTS_SIZES = {1: 11, 2: 10}  # the contents' entries, by heading level
PAGE_SIZES = {PaperSize.A4: A4, PaperSize.LETTER: LETTER}


@dataclass(frozen=True)
class Geometry:
    """Page size, margins, and where the running header and footer sit."""

    width: float
    height: float
    left: float = 22 * mm
    right: float = 22 * mm
    top: float = 24 * mm
    bottom: float = 22 * mm

    @property
    def frame(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the text frame."""
        return (
            self.left,
            self.bottom,
            self.width - self.left - self.right,
            self.height - self.top - self.bottom,
        )

    @property
    def header_y(self) -> float:
        """Baseline of the running header."""
        return self.height - 14 * mm

    @property
    def footer_y(self) -> float:
        """Baseline of the footer."""
        return 12 * mm

    @property
    def merged_area(self) -> tuple[float, float, float, float]:
        """Where a merged note page is drawn: between the header and footer rules."""
        top = self.header_y - 4 * mm
        bottom = self.footer_y + 6 * mm
        return (8 * mm, bottom, self.width - 16 * mm, top - bottom)


def geometry(paper: PaperSize) -> Geometry:
    """The page geometry for a paper size."""
    width, height = PAGE_SIZES[paper]
    return Geometry(width, height)


def paragraph_styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    """Every paragraph style a pack uses, by name."""
    f = fonts.primary
    base = ParagraphStyle(
        "body",
        fontName=f.regular,
        fontSize=10,
        leading=14.2,
        spaceAfter=5,
        alignment=TA_LEFT,
        textColor=colors.black,
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)  # type: ignore[arg-type]

    return {
        "body": base,
        "lead": style("lead", fontSize=11, leading=15, textColor=MUTED, spaceAfter=8),
        "small": style("small", fontSize=8.5, leading=11.5),
        "muted": style("muted", textColor=MUTED, fontName=f.italic),
        "label": style(
            "label", fontName=f.bold, fontSize=10.5, spaceBefore=8, spaceAfter=4, textColor=NAVY
        ),
        "quote": style("quote", leftIndent=14, textColor=MUTED, fontName=f.italic),
        "h1": style("h1", fontName=f.bold, fontSize=20, leading=25, textColor=NAVY, spaceAfter=12),
        "h2": style(
            "h2",
            fontName=f.bold,
            fontSize=14,
            leading=18,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=f.bold,
            fontSize=12,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "h4": style(
            "h4",
            fontName=f.bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "cell": style("cell", fontSize=9, leading=12, spaceAfter=0),
        "cell_head": style(
            "cell_head",
            fontName=f.bold,
            fontSize=9,
            leading=12,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "cell_compact": style("cell_compact", fontSize=7, leading=8.5, spaceAfter=0),
        "cell_head_compact": style(
            "cell_head_compact",
            fontName=f.bold,
            fontSize=7,
            leading=8.5,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "toc1": style(
            "toc1",
            fontName=f.bold,
            fontSize=CONTENTS_SIZES[1],
            leading=16,
            spaceAfter=0,
            rightIndent=6,
        ),
        "toc2": style(
            "toc2",
            fontSize=CONTENTS_SIZES[2],
            leading=13.5,
            leftIndent=14,
            spaceAfter=0,
            rightIndent=6,
        ),
        "bullet": style("bullet", spaceAfter=2),
        "cover_org": style("cover_org", fontName=f.bold, fontSize=10.5, leading=14, textColor=BLUE),
        "cover_type": style(
            "cover_type", fontSize=13, leading=17, textColor=MUTED, spaceBefore=40, spaceAfter=6
        ),
        "cover_title": style(
            "cover_title", fontName=f.bold, fontSize=26, leading=32, textColor=NAVY, spaceAfter=10
        ),
        "cover_title_long": style(
            "cover_title_long",
            fontName=f.bold,
            fontSize=19,
            leading=24,
            textColor=NAVY,
            spaceAfter=10,
        ),
        "cover_subtitle": style(
            "cover_subtitle", fontSize=13, leading=17, textColor=NAVY, spaceAfter=10
        ),
        "cover_when": style(
            "cover_when", fontName=f.bold, fontSize=12.5, leading=17, spaceBefore=14
        ),
        "cover_where": style("cover_where", fontSize=12, leading=16, textColor=MUTED),
        "cover_pack": style(
            "cover_pack", fontName=f.bold, fontSize=14, leading=18, textColor=BLUE, spaceBefore=30
        ),
        "cover_version": style("cover_version", fontSize=10.5, leading=14, textColor=MUTED),
        "cover_mark": style(
            "cover_mark", fontName=f.bold, fontSize=10.5, leading=14, textColor=ALERT
        ),
        "cover_contacts_title": style(
            "cover_contacts_title", fontName=f.bold, fontSize=10, textColor=NAVY, spaceBefore=10
        ),
        "cover_contact": style("cover_contact", fontSize=9, leading=12.5, spaceAfter=1),
    }
