"""The pack document: one immutable tree of blocks that every renderer draws.

Assembly (``briefing.pack.assemble``) decides *what* goes into a pack and in which order;
renderers (``briefing.render``) decide only *how it looks*. Because the DOCX and the PDF pack
render the same document, they agree by construction.

Text is always held as plain strings in :class:`Span` runs: renderers escape it once, at their
border, and never interpret it as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.model import Attachment, PaperSize


@dataclass(frozen=True)
class Span:
    """A run of text with one style; ``link`` is a URL or ``#anchor`` inside the pack."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""


Spans = tuple[Span, ...]


def plain(text: str, **style: bool | str) -> Spans:
    """One run of ``text`` with the given style (``bold=True``, ``link="#bio-x"``…)."""
    return (Span(text, **style),) if text else ()  # type: ignore[arg-type]


def spans_text(spans: Spans) -> str:
    """The text of a run sequence, without styles."""
    return "".join(s.text for s in spans)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Heading:
    """A heading; levels 1–2 appear in the contents, every level in the PDF outline."""

    level: int
    text: str
    anchor: str
    new_page: bool = False
    in_contents: bool = True
    origin: str = ""  # what messages about the section should name, e.g. a note and its file


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of styled runs. ``style``: body, lead, small, muted, label or quote."""

    spans: Spans
    style: str = "body"


@dataclass(frozen=True)
class ListBlock:
    """A bullet (or numbered) list; each item is a run sequence. ``depths`` gives each item's
    nesting (0 = top level); empty means all top level."""

    items: tuple[Spans, ...]
    ordered: bool = False
    depths: tuple[int, ...] = ()

    def depth(self, index: int) -> int:
        """Nesting depth of item ``index``."""
        return self.depths[index] if self.depths else 0


Cell = tuple[Spans, ...]  # the lines of a table cell


@dataclass(frozen=True)
class JoinedCells:
    """Cells of one body row joined into one: ``row``, from column ``first`` to ``last``
    (the joined cell's content is the first one's)."""

    row: int
    first: int
    last: int


@dataclass(frozen=True)
class Table:
    """A table with a header row. ``widths`` are relative; ``marked`` rows are highlighted
    (the session a per-session pack is for), ``quiet`` ones drawn as secondary (a break);
    ``joined`` cells span several columns. ``kind``: grid, programme or facts."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()
    marked: frozenset[int] = frozenset()
    kind: str = "grid"
    quiet: frozenset[int] = frozenset()
    joined: tuple[JoinedCells, ...] = ()

    def joined_in(self, row: int) -> tuple[JoinedCells, ...]:
        """The joined cells of body row ``row``."""
        return tuple(j for j in self.joined if j.row == row)


@dataclass(frozen=True)
class Image:
    """A picture (PNG, JPEG or GIF bytes) at most ``width_mm`` wide."""

    data: bytes = field(repr=False)
    width_mm: float = 60.0
    caption: str = ""


@dataclass(frozen=True)
class Bio:
    """One person's entry among the speaker bios."""

    anchor: str
    name: str
    affiliation: str
    roles: tuple[str, ...]
    body: tuple[Block, ...]
    photo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class EmbeddedPdf:
    """A PDF note, merged page for page where this block stands (from a new page).

    ``headings`` are the entries its first page starts when nothing of the note is printed
    before it: a PDF pack lists them at that page (no page of its own for a title), a format
    that cannot merge pages prints them. ``notice`` is what such a format prints instead of
    the pages (which note it is, that the PDF pack has its pages)."""

    key: str  # the content's sha256: each distinct PDF is read once per build
    title: str
    filename: str
    file: Attachment = field(repr=False)
    pages: int = 0
    headings: tuple[Heading, ...] = ()
    notice: tuple[Paragraph, ...] = ()

    @property
    def data(self) -> bytes:
        """The PDF's bytes (read from where the meeting keeps them, if not in memory)."""
        return self.file.data


@dataclass(frozen=True)
class WordNote:
    """A DOCX note: the DOCX renderer merges the file (``data``: the note cleaned of active
    content), every other renderer draws ``blocks`` (the same content read into blocks).
    ``removed`` says what the cleaning took out, one phrase per kind, for the build report."""

    key: str  # the original content's sha256
    filename: str
    data: bytes = field(repr=False)
    blocks: tuple[Block, ...]
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContactLine:
    """One contact on the cover and in the contacts section."""

    name: str
    role: str
    email: str
    phone: str
    cc: bool


@dataclass(frozen=True)
class Cover:
    """The cover sheet: what the meeting is, when and where, which pack, and whom to ask."""

    organiser: str
    logo: bytes | None
    meeting_type: str
    title: str
    subtitle: str  # e.g. the meeting a per-session pack's session belongs to
    when: str
    where: str
    pack_name: str
    version_line: str
    distribution_mark: str
    facts: tuple[tuple[str, str], ...]  # extra label/value lines, e.g. ("Moderator", "…")
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class Contents:
    """The table of contents (its entries are the headings of levels 1–2)."""

    title: str = "Contents"


Block = (
    Heading
    | Paragraph
    | ListBlock
    | Table
    | Image
    | Bio
    | PageBreak
    | EmbeddedPdf
    | WordNote
    | Cover
    | Contents
)

BLOCK_TYPES: tuple[type, ...] = Block.__args__  # type: ignore[attr-defined]
"""Every kind of block, for renderers that draw each with a method of its own."""


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class PackDocument:
    """A whole pack: its blocks in order, and what every page and the file's metadata say."""

    file_stem: str  # the output name without extension, already safe on every OS
    title: str
    short_title: str
    header_date: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str
    paper: PaperSize
    distribution_mark: str
    build_date: dt.date
    blocks: tuple[Block, ...]
    shrink_merged_pages: bool = True  # else merged PDF pages keep their size, stamped as they are

    def headings(self) -> tuple[Heading, ...]:
        """Every heading, in order (those a merged PDF's first page starts among them)."""
        found: list[Heading] = []
        for block in self.blocks:
            if isinstance(block, Heading):
                found.append(block)
            elif isinstance(block, EmbeddedPdf):
                found += block.headings
        return tuple(found)

    def embedded_pdfs(self) -> tuple[EmbeddedPdf, ...]:
        """Every merged PDF, in order."""
        return tuple(b for b in self.blocks if isinstance(b, EmbeddedPdf))
