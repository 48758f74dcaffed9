"""Background notes written in Markdown or plain text, as pack blocks.

Markdown is read with markdown-it-py (CommonMark plus tables and strikethrough) with raw HTML
*disabled*: ``<b>`` or ``<script>`` in a note is text that prints as typed, never markup. The
token stream is walked once, without recursion. A note nested deeper than markdown-it can follow
falls back to plain text, so its text still prints. Notes are read offline: an image is named by
its alt text, never loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.errors import NoteReadError
from briefing.messages import Mn_, grouped
from briefing.pack.document import (
    Block,
    Cell,
    Heading,
    ListBlock,
    Paragraph,
    Span,
    Spans,
    Table,
    plain,
    spans_text,
)
from briefing.text import BulletList, text_blocks
from briefing.validation import MAX_NOTE_LINES

MAX_LIST_DEPTH = 8  # deeper items are drawn at this depth: a page has only so much width
_MAX_NESTING = 500  # markdown-it drops content nested deeper, so such notes fall back to text
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_CELL_SEPARATOR = " | "


# --------------------------------------------------------------------------- plain text


def checked_lines(text: str, filename: str) -> str:
    """``text``, the text of a Markdown or text note's file, if it has no more lines than a
    real note (:data:`~briefing.validation.MAX_NOTE_LINES`): it is refused before it is parsed."""
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if lines > MAX_NOTE_LINES:
        problem = Mn_(
            "the note has {count} line; at most {limit} are read (attach a long document as a PDF)",
            "the note has {count} lines; at most {limit} are read "
            "(attach a long document as a PDF)",
            lines,
            count=grouped(lines),
            limit=grouped(MAX_NOTE_LINES),
        )
        raise NoteReadError(filename, problem)
    return text


def plain_text_blocks(source: str) -> tuple[Block, ...]:
    """Paragraphs and bullet lists of a plain text; nothing in it is read as markup."""
    blocks: list[Block] = []
    for block in text_blocks(source):
        if isinstance(block, BulletList):
            items = tuple(spans for spans in map(plain, block.items) if spans)
            if items:
                blocks.append(ListBlock(items))
        elif block.text:
            blocks.append(Paragraph(plain(block.text)))
    return tuple(blocks)


# --------------------------------------------------------------------------- Markdown


def markdown_blocks(source: str, anchor_prefix: str, top_level: int = 3) -> tuple[Block, ...]:
    """The blocks of a Markdown note; ``#`` headings start at ``top_level``, out of the contents."""
    tokens = _parse(source)
    if tokens is None:
        return plain_text_blocks(source)
    walker = _Walker(anchor_prefix, min(max(top_level, 1), 6))
    for token in tokens:
        walker.handle(token)
    return tuple(walker.blocks)


class _NoteParser(MarkdownIt):
    """markdown-it that parses every link, so that an unsafe one keeps its text (not its URL)."""

    def validateLink(self, url: str) -> bool:
        """Accept every destination; :func:`_safe_link` decides which ones stay links."""
        return True


def _parse(source: str) -> list[Token] | None:
    """The token stream of ``source``, or None where markdown-it cannot keep all of its text."""
    # A parser per call (a fraction of a millisecond) is never shared between build threads.
    parser = _NoteParser(
        "commonmark", {"html": False, "linkify": False, "maxNesting": _MAX_NESTING}
    ).enable(["table", "strikethrough"])
    try:
        tokens = parser.parse(source)
    except Exception:  # e.g. RecursionError on absurd nesting: the note's text must still print
        return None
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return None  # nested so deep that markdown-it may have skipped the rest
    return tokens


# --------------------------------------------------------------------------- inline runs


@dataclass
class _InlineStyle:
    """The style in force while walking one inline token's children."""

    bold: int = 0
    italic: int = 0
    links: list[str] = field(default_factory=list)

    def apply(self, token: Token) -> bool:
        """Follow a style mark (bold, italic, link); False if ``token`` is not one."""
        match token.type:
            case "strong_open":
                self.bold += 1
            case "strong_close":
                self.bold -= 1
            case "em_open":
                self.italic += 1
            case "em_close":
                self.italic -= 1
            case "link_open":
                self.links.append(_safe_link(token))
            case "link_close":
                self.links = self.links[:-1]
            case _:
                return False
        return True

    def span(self, text: str, italic: bool = False) -> Span:
        """A run of ``text`` in the current style."""
        link = self.links[-1] if self.links else ""
        return Span(text, self.bold > 0, italic or self.italic > 0, link)


_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def _inline_spans(token: Token) -> Spans:
    """The styled runs of an ``inline`` token."""
    children = token.children or []
    if len(children) == 1 and children[0].type == "text":
        return plain(children[0].content)  # the common case (a plain cell or item), made quick
    style = _InlineStyle()
    spans: list[Span] = []
    for child in children:
        if style.apply(child):
            continue
        if child.type in _BREAKS:
            spans.append(style.span(_BREAKS[child.type]))
        elif child.type == "image":
            spans.append(style.span(_image_label(child), italic=True))
        else:  # text, inline code, strikethrough marks (empty), anything new: its literal text
            spans.append(style.span(child.content))
    return _merge_spans(spans)


def _safe_link(token: Token) -> str:
    """The token's URL if it is a web or mail address, else "" (the text stays, unlinked)."""
    href = str(token.attrGet("href") or "")
    return href if href.lower().startswith(_LINK_SCHEMES) else ""


def _image_label(token: Token) -> str:
    """What prints in place of an image: ``[Image: alt]``."""
    alt = "".join(_alt_text(token.children or ())).strip()
    return f"[Image: {alt}]" if alt else "[Image]"


def _alt_text(tokens: Iterable[Token]) -> Iterator[str]:
    """The plain text of an image description, images inside it included (without recursion)."""
    pending: list[Iterator[Token]] = [iter(tokens)]
    while pending:
        token = next(pending[-1], None)
        if token is None:
            pending.pop()
        elif token.type == "image":
            pending.append(iter(token.children or ()))
        else:
            yield " " if token.type in _BREAKS else token.content


def _merge_spans(spans: Iterable[Span]) -> Spans:
    """``spans`` without empty runs, neighbours of the same style joined into one run."""
    runs = (span for span in spans if span.text)
    return tuple(
        Span("".join(span.text for span in group), *style)
        for style, group in groupby(runs, key=_style)
    )


def _style(span: Span) -> tuple[bool, bool, str]:
    """What a run looks like, apart from its text."""
    return span.bold, span.italic, span.link


def _join_lines(lines: Iterable[Spans]) -> Spans:
    """Several lines (run sequences) as one, a line break between each."""
    joined: list[Span] = []
    for line in lines:
        if line and joined:
            joined.append(Span("\n"))
        joined.extend(line)
    return _merge_spans(joined)


# --------------------------------------------------------------------------- containers


@dataclass
class _ListBuilder:
    """A top-level list being collected: every item of it and of its nested lists, in order."""

    ordered: bool
    level: int = 0  # how deep the list being read is nested in the top-level one
    items: list[list[Spans]] = field(default_factory=list)  # each item's lines
    depths: list[int] = field(default_factory=list)
    open_items: list[int] = field(default_factory=list)  # items whose content is being read

    def open_item(self) -> None:
        """Start an item of the list being read."""
        self.open_items.append(len(self.items))
        self.items.append([])
        self.depths.append(min(self.level, MAX_LIST_DEPTH))

    def close_item(self) -> None:
        """End the innermost open item."""
        if self.open_items:
            self.open_items.pop()

    def add_line(self, spans: Spans) -> None:
        """Add a line (a paragraph, a code block…) to the innermost open item."""
        if self.open_items and spans:
            self.items[self.open_items[-1]].append(spans)

    def block(self) -> ListBlock | None:
        """The list as one block, or None if none of its items has any text."""
        items = [_join_lines(lines) for lines in self.items]
        kept = [(spans, depth) for spans, depth in zip(items, self.depths, strict=True) if spans]
        if not kept:
            return None
        depths = _tidy_depths(depth for _, depth in kept)
        items = tuple(spans for spans, _ in kept)
        return ListBlock(items, self.ordered, depths if any(depths) else ())


def _tidy_depths(depths: Iterable[int]) -> tuple[int, ...]:
    """Depths where each item is at most one deeper than the one before (first at 0)."""
    tidy: list[int] = []
    for depth in depths:
        tidy.append(min(depth, tidy[-1] + 1 if tidy else 0))
    return tuple(tidy)


@dataclass
class _TableBuilder:
    """A table being collected, row by row."""

    header: list[str] = field(default_factory=list)
    header_spans: list[Spans] = field(default_factory=list)
    rows: list[list[Spans]] = field(default_factory=list)
    in_header: bool = False

    def add_cell(self, spans: Spans) -> None:
        """Add the next cell of the row being read."""
        if self.in_header:
            self.header.append(spans_text(spans))
            self.header_spans.append(spans)
        elif self.rows:
            self.rows[-1].append(spans)

    def block(self) -> Table:
        """The table as a block; an empty cell has no lines."""
        rows = tuple(tuple(_cell(spans) for spans in row) for row in self.rows)
        return Table(tuple(self.header), rows, (), kind="grid")

    def lines(self) -> list[Spans]:
        """The table as lines of text, ``a | b`` (for a table inside a list item)."""
        return [_row_line(row) for row in (self.header_spans, *self.rows)]


def _row_line(cells: Iterable[Spans]) -> Spans:
    """A table row as one line, ``a | b``, empty cells kept in their place."""
    runs: list[Span] = []
    for index, cell in enumerate(cells):
        runs.extend((Span(_CELL_SEPARATOR), *cell) if index else cell)
    return _merge_spans(runs)


def _cell(spans: Spans) -> Cell:
    """A one-line table cell (no lines when empty: never an empty run sequence)."""
    return (spans,) if spans else ()


# --------------------------------------------------------------------------- the walk


@dataclass
class _Walker:
    """Turns markdown-it's flat token stream into blocks, one handler per token type."""

    anchor_prefix: str
    top_level: int
    blocks: list[Block] = field(default_factory=list)
    headings: int = 0
    heading_level: int = 0  # the Markdown level of the heading being read, 0 outside one
    quotes: int = 0  # how many block quotes are open
    open_list: _ListBuilder | None = None
    table: _TableBuilder | None = None

    def handle(self, token: Token) -> None:
        """Take the next token; types without a handler (hr, paragraph marks) add nothing."""
        handler = _HANDLERS.get(token.type)
        if handler is not None:
            handler(self, token)

    def add_text(self, spans: Spans, style: str = "body") -> None:
        """Put a paragraph's runs where the walk is: a cell, a list item or the page."""
        if not spans:
            return
        if self.table is not None:
            self.table.add_cell(spans)
        elif self.open_list is not None:
            self.open_list.add_line(spans)
        elif self.heading_level and not self.quotes:
            self.add_heading(spans_text(spans).replace("\n", " "))
        else:
            quoted = style == "body" and self.quotes > 0
            self.blocks.append(Paragraph(spans, "quote" if quoted else style))

    def add_heading(self, text: str) -> None:
        """Add a heading, shifted below the note's own title, with a stable anchor."""
        self.headings += 1
        level = min(self.top_level + self.heading_level - 1, 6)
        anchor = f"{self.anchor_prefix}-h{self.headings}"
        self.blocks.append(Heading(level, text, anchor, in_contents=False))

    # ---- headings, paragraphs, code

    def on_heading_open(self, token: Token) -> None:
        """Remember the level of the heading whose text comes next."""
        self.heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1

    def on_heading_close(self, token: Token) -> None:
        """Leave the heading."""
        self.heading_level = 0

    def on_inline(self, token: Token) -> None:
        """The text of a heading, paragraph or table cell."""
        spans = _inline_spans(token)
        if self.table is not None and not spans:
            self.table.add_cell(())  # keep the columns in place
        else:
            self.add_text(spans)

    def on_code(self, token: Token) -> None:
        """A code block or fence: its literal text, in small type."""
        self.add_text(plain(token.content.rstrip("\n")), "small")

    def on_html(self, token: Token) -> None:
        """Raw HTML (only if it were enabled): its literal text, never markup."""
        self.add_text(plain(token.content.rstrip("\n")))

    # ---- lists

    def on_list_open(self, token: Token) -> None:
        """Start a top-level list, or go one level deeper in the current one."""
        if self.open_list is None:
            self.open_list = _ListBuilder(ordered=token.type == "ordered_list_open")
        else:
            self.open_list.level += 1

    def on_list_close(self, token: Token) -> None:
        """Leave a nested list, or add the top-level one as a block."""
        if self.open_list is None:
            return
        if self.open_list.level > 0:
            self.open_list.level -= 1
            return
        block = self.open_list.block()
        self.open_list = None
        if block is not None:
            self.blocks.append(block)

    def on_item_open(self, token: Token) -> None:
        """Start a list item."""
        if self.open_list is not None:
            self.open_list.open_item()

    def on_item_close(self, token: Token) -> None:
        """End a list item."""
        if self.open_list is not None:
            self.open_list.close_item()

    # ---- block quotes

    def on_quote_open(self, token: Token) -> None:
        """Enter a block quote."""
        self.quotes += 1

    def on_quote_close(self, token: Token) -> None:
        """Leave a block quote."""
        self.quotes = max(self.quotes - 1, 0)

    # ---- tables

    def on_table_open(self, token: Token) -> None:
        """Start a table."""
        self.table = _TableBuilder()

    def on_table_head(self, token: Token) -> None:
        """Enter or leave the header row."""
        if self.table is not None:
            self.table.in_header = token.type == "thead_open"

    def on_row_open(self, token: Token) -> None:
        """Start a body row."""
        if self.table is not None and not self.table.in_header:
            self.table.rows.append([])

    def on_table_close(self, token: Token) -> None:
        """Add the table as a block, or as lines of the list item it stands in."""
        table, self.table = self.table, None
        if table is None:
            return
        if self.open_list is None:
            self.blocks.append(table.block())
        else:
            for line in table.lines():
                self.open_list.add_line(line)


_HANDLERS: dict[str, Callable[[_Walker, Token], None]] = {
    "heading_open": _Walker.on_heading_open,
    "heading_close": _Walker.on_heading_close,
    "inline": _Walker.on_inline,
    "fence": _Walker.on_code,
    "code_block": _Walker.on_code,
    "html_block": _Walker.on_html,
    "bullet_list_open": _Walker.on_list_open,
    "ordered_list_open": _Walker.on_list_open,
    "bullet_list_close": _Walker.on_list_close,
    "ordered_list_close": _Walker.on_list_close,
    "list_item_open": _Walker.on_item_open,
    "list_item_close": _Walker.on_item_close,
    "blockquote_open": _Walker.on_quote_open,
    "blockquote_close": _Walker.on_quote_close,
    "table_open": _Walker.on_table_open,
    "thead_open": _Walker.on_table_head,
    "thead_close": _Walker.on_table_head,
    "tr_open": _Walker.on_row_open,
    "table_close": _Walker.on_table_close,
}
