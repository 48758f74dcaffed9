"""Markdown and plain-text notes become pack blocks; nothing typed is ever read as HTML."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from briefing.errors import NoteReadError
from briefing.model import Attachment, Note
from briefing.pack.document import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Span,
    Spans,
    Table,
    plain,
    spans_text,
)
from briefing.pack.markdown import MAX_LIST_DEPTH, markdown_blocks, plain_text_blocks
from briefing.pack.notes import note_blocks
from briefing.validation import MAX_NOTE_LINES


def md(source: str, top_level: int = 3) -> tuple[Block, ...]:
    """The blocks of ``source`` as a note with anchor prefix ``n``."""
    return markdown_blocks(source, "n", top_level)


def para(*spans: Span, style: str = "body") -> Paragraph:
    """A paragraph of the given runs."""
    return Paragraph(spans, style)


def items(*texts: str) -> tuple[Spans, ...]:
    """Unstyled list items."""
    return tuple(plain(text) for text in texts)


# --------------------------------------------------------------------------- plain text


def test_plain_text_keeps_paragraph_lines_and_bullets_and_reads_no_markup() -> None:
    source = "First line\nsecond line\n\n- one\n- two\n\n*not em* <b>&amp;</b> # no heading"
    assert plain_text_blocks(source) == (
        Paragraph(plain("First line\nsecond line")),
        ListBlock(items("one", "two")),
        Paragraph(plain("*not em* <b>&amp;</b> # no heading")),
    )


@pytest.mark.parametrize("source", ["", "   ", "\n\n \n"])
def test_empty_notes_have_no_blocks(source: str) -> None:
    assert plain_text_blocks(source) == ()
    assert md(source) == ()


# --------------------------------------------------------------------------- headings


def test_headings_start_at_top_level_are_capped_at_six_and_stay_out_of_the_contents() -> None:
    source = "# Title\n\ntext\n\n## Sub *part*\n\n###### Six\n\nSetext\n======\n"
    assert md(source) == (
        Heading(3, "Title", "n-h1", in_contents=False),
        para(Span("text")),
        Heading(4, "Sub part", "n-h2", in_contents=False),
        Heading(6, "Six", "n-h3", in_contents=False),
        Heading(3, "Setext", "n-h4", in_contents=False),
    )


def test_top_level_is_a_parameter_and_anchors_are_stable() -> None:
    source = "# A\n## B\n# A"
    blocks = markdown_blocks(source, "note-7", top_level=2)
    assert blocks == (
        Heading(2, "A", "note-7-h1", in_contents=False),
        Heading(3, "B", "note-7-h2", in_contents=False),
        Heading(2, "A", "note-7-h3", in_contents=False),
    )
    assert markdown_blocks(source, "note-7", top_level=2) == blocks


def test_an_empty_heading_is_dropped() -> None:
    assert md("#\n\n# Kept") == (Heading(3, "Kept", "n-h1", in_contents=False),)


# --------------------------------------------------------------------------- inline


def test_bold_italic_and_both_nested() -> None:
    assert md("a **b** *c* ***d*** **x *y* z**") == (
        para(
            Span("a "),
            Span("b", bold=True),
            Span(" "),
            Span("c", italic=True),
            Span(" "),
            Span("d", bold=True, italic=True),
            Span(" "),
            Span("x ", bold=True),
            Span("y", bold=True, italic=True),
            Span(" z", bold=True),
        ),
    )


def test_web_and_mail_links_keep_their_url() -> None:
    assert md("See [the site](https://example.org/a?b=1&c=2) or [write](mailto:wg@un.org).") == (
        para(
            Span("See "),
            Span("the site", link="https://example.org/a?b=1&c=2"),
            Span(" or "),
            Span("write", link="mailto:wg@un.org"),
            Span("."),
        ),
    )


def test_other_links_keep_their_text_only() -> None:
    source = "[js](javascript:alert(1)) [file](file:///etc/passwd) [rel](notes.html) [top](#top)"
    assert md(source) == (para(Span("js file rel top")),)


def test_styled_link_text_is_linked_in_each_run() -> None:
    assert md("[**Report** 2024](http://example.org)") == (
        para(
            Span("Report", bold=True, link="http://example.org"),
            Span(" 2024", link="http://example.org"),
        ),
    )


def test_autolinks() -> None:
    assert md("<https://example.org/x> and <wg@example.org>") == (
        para(
            Span("https://example.org/x", link="https://example.org/x"),
            Span(" and "),
            Span("wg@example.org", link="mailto:wg@example.org"),
        ),
    )


def test_bare_urls_are_not_linkified() -> None:
    assert md("Go to https://example.org") == (para(Span("Go to https://example.org")),)


def test_inline_code_is_plain_text_in_the_surrounding_style() -> None:
    assert md("Use `a < b` or **`x && y`**") == (
        para(Span("Use a < b or "), Span("x && y", bold=True)),
    )


def test_soft_breaks_become_spaces_and_hard_breaks_line_breaks() -> None:
    assert md("one\ntwo  \nthree\\\nfour") == (para(Span("one two\nthree\nfour")),)


def test_images_are_named_by_their_alt_text_never_loaded() -> None:
    source = (
        "![Map of *Geneva*](map.png) ![](https://example.org/x.png) [![logo](l.png)](https://x.org)"
    )
    assert md(source) == (
        para(
            Span("[Image: Map of Geneva]", italic=True),
            Span(" "),
            Span("[Image]", italic=True),
            Span(" "),
            Span("[Image: logo]", italic=True, link="https://x.org"),
        ),
    )


def test_strikethrough_keeps_its_text() -> None:
    assert md("~~old~~ new") == (para(Span("old new")),)


# --------------------------------------------------------------------------- literal text


def test_special_characters_and_html_reach_the_spans_literally() -> None:
    source = 'Smith & <Co> "R&D" <b>bold?</b>\n\n<script>alert(1)</script>\n\n<div>\n*x*\n</div>'
    assert md(source) == (
        para(Span('Smith & <Co> "R&D" <b>bold?</b>')),
        para(Span("<script>alert(1)</script>")),
        para(Span("<div> "), Span("x", italic=True), Span(" </div>")),
    )


def test_entities_and_escapes_are_decoded_as_markdown_does() -> None:
    assert md("&amp; &copy; &#x41; &nbsp;x \\*not em\\* &bogus;") == (
        para(Span("& © A \xa0x *not em* &bogus;")),
    )


def test_any_script_reaches_the_spans() -> None:
    source = "Кузнецов — ليلى العربي — 王小明 — Zoë 🌍"
    assert md(source) == (para(Span(source)),)


# --------------------------------------------------------------------------- lists


def test_nested_bullet_list_is_one_block_with_depths() -> None:
    source = "- a\n  - b\n    - c\n  - d\n- e\n"
    assert md(source) == (ListBlock(items("a", "b", "c", "d", "e"), False, (0, 1, 2, 1, 0)),)


def test_ordered_flag_comes_from_the_top_level_list() -> None:
    assert md("1. a\n   - b\n2. c") == (ListBlock(items("a", "b", "c"), True, (0, 1, 0)),)
    assert md("- a\n  1. b") == (ListBlock(items("a", "b"), False, (0, 1)),)


def test_a_flat_list_has_no_depths() -> None:
    assert md("* one\n* **two**") == (ListBlock((plain("one"), plain("two", bold=True))),)


def test_an_item_with_several_paragraphs_joins_them_with_line_breaks() -> None:
    source = "- first\n\n  second *it*\n\n      code\n- next"
    assert md(source) == (
        ListBlock(
            (
                (Span("first\nsecond "), Span("it", italic=True), Span("\ncode")),
                plain("next"),
            )
        ),
    )


def test_empty_items_are_dropped_and_depths_stay_a_tree() -> None:
    assert md("- \n- - deep\n- x") == (ListBlock(items("deep", "x"), False, ()),)


def test_two_hundred_nested_levels_are_capped() -> None:
    source = "".join("  " * level + f"- item {level}\n" for level in range(200))
    (block,) = md(source)
    assert isinstance(block, ListBlock)
    assert [spans_text(item) for item in block.items] == [f"item {i}" for i in range(200)]
    assert block.depths == tuple(min(i, MAX_LIST_DEPTH) for i in range(200))


# --------------------------------------------------------------------------- other blocks


def test_table() -> None:
    source = "| Name | Role |\n|---|:-:|\n| **Ana** | Chair & host |\n| Bo | |\n"
    assert md(source) == (
        Table(
            header=("Name", "Role"),
            rows=(
                ((plain("Ana", bold=True),), (plain("Chair & host"),)),
                ((plain("Bo"),), ()),
            ),
            widths=(),
            kind="grid",
        ),
    )


def test_a_table_inside_a_list_item_becomes_its_lines() -> None:
    source = "- Team\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n"
    assert md(source) == (ListBlock((plain("Team\na | b\n1 | 2"),)),)


def test_quotes_code_and_rules() -> None:
    source = "> Quoted *words*\n>\n> # Quoted heading\n\n---\n\n```python\nif a < b:\n    pass\n```\n\n    indented & code\n"
    assert md(source) == (
        para(Span("Quoted "), Span("words", italic=True), style="quote"),
        para(Span("Quoted heading"), style="quote"),
        para(Span("if a < b:\n    pass"), style="small"),
        para(Span("indented & code"), style="small"),
    )


def test_a_list_inside_a_quote_is_a_list() -> None:
    assert md("> - a\n> - b") == (ListBlock(items("a", "b")),)


# --------------------------------------------------------------------------- robustness

_FRAGMENTS = (
    "# ", "## ", "###### ", "- ", "* ", "1. ", "> ", "  ", "    ", "\n", "\n\n", "**", "*", "_",
    "__", "~~", "`", "```", "~~~", "[", "]", "(", ")", "![", "](", "https://x.org", "mailto:a@b",
    "javascript:x", "<", ">", "&", "&amp;", "&#0;", "&#x1F600;", "\\", "|", "|---|", "---", "===",
    "<b>", "</div>", "<!--", "-->", "\t", "\r\n", "\x00", "\u202e", "ليلى", "王", "Ж", "text ",
    "word", "1)", "+ ", ":", "[a]: http://x\n", "[a]",
)  # fmt: skip


def _random_source(rng: random.Random) -> str:
    """Markdown-like noise, random characters or random bytes decoded."""
    kind = rng.randrange(3)
    if kind == 0:
        return "".join(rng.choice(_FRAGMENTS) for _ in range(rng.randrange(1, 80)))
    if kind == 1:
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(1, 200)))
    data = rng.randbytes(rng.randrange(1, 300))
    return data.decode(rng.choice(["utf-8", "cp1252", "latin-1"]), errors="replace")


def _runs(block: Block) -> list[Spans]:
    """Every run sequence a block holds."""
    if isinstance(block, Paragraph):
        return [block.spans]
    if isinstance(block, ListBlock):
        return list(block.items)
    if isinstance(block, Table):
        return [line for row in block.rows for cell in row for line in cell]
    return []


def _check_invariants(blocks: tuple[Block, ...]) -> None:
    """What every result must satisfy, whatever the note."""
    anchors = [b.anchor for b in blocks if isinstance(b, Heading)]
    assert len(anchors) == len(set(anchors))
    for block in blocks:
        if isinstance(block, Heading):
            assert 3 <= block.level <= 6 and block.text and not block.in_contents
        if isinstance(block, ListBlock):
            assert block.items and (not block.depths or len(block.depths) == len(block.items))
            assert all(0 <= d <= MAX_LIST_DEPTH for d in block.depths)
            assert all(b <= a + 1 for a, b in pairwise((-1, *block.depths)))
        for spans in _runs(block):
            assert spans and all(span.text for span in spans)
            styles = [(s.bold, s.italic, s.link) for s in spans]
            assert all(a != b for a, b in pairwise(styles))
            assert all(
                s.link.startswith(("http://", "https://", "mailto:")) for s in spans if s.link
            )


def test_random_inputs_never_raise() -> None:
    rng = random.Random(20171130)
    for _ in range(300):
        source = _random_source(rng)
        _check_invariants(md(source))
        _check_invariants(plain_text_blocks(source))


_WORDS = (
    "Smith", "&", "<Co>", '"R&D"', "O'Neil", "<script>alert(1)</script>", "a>b", "1<2",
    "Кузнецов", "ليلى", "王小明", "Zoë", "%", "$", "@",
)  # fmt: skip


def test_every_character_of_plain_words_reaches_a_span() -> None:
    rng = random.Random(7)
    for _ in range(100):
        source = "Note " + " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 30)))
        assert [spans_text(b.spans) for b in md(source) if isinstance(b, Paragraph)] == [source]


@pytest.mark.parametrize(
    "source",
    [
        "> " * 5000 + "deep",
        "- " * 3000 + "deep",
        "".join("  " * level + "- deep\n" for level in range(1500)),
        "[" * 3000 + "deep" + "](https://x.org)" * 3000,
        "![" * 3000 + "deep" + "](x.png)" * 3000,
        "*" * 5000 + "deep" + "*" * 5000,
    ],
    ids=["quotes", "list-markers", "indented-lists", "links", "images", "emphasis"],
)
def test_absurd_nesting_keeps_the_text(source: str) -> None:
    blocks = md(source)
    _check_invariants(blocks)
    assert "deep" in "".join(spans_text(spans) for block in blocks for spans in _runs(block))


def test_a_huge_table_completes() -> None:
    source = "| a | b | c |\n|---|---|---|\n" + "| x | *y* | z |\n" * 20_000 + "| 1 |\n"
    (table,) = md(source)
    assert isinstance(table, Table) and len(table.rows) == 20_001
    assert table.rows[-1] == ((plain("1"),), (), ())


@pytest.mark.slow
def test_a_megabyte_note_is_read_whole() -> None:
    chunk = (
        "## Section\n\nSome *text* with **bold**, [a link](https://example.org) & <b>x</b>.\n"
        "Next line.\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n"
    )
    source = chunk * (1_000_000 // len(chunk))
    blocks = md(source)  # no time limit here: speed belongs in benchmarks/, not in tests
    assert len(blocks) == 5 * (1_000_000 // len(chunk))


@pytest.mark.parametrize(("suffix", "newline"), [(".md", "\n"), (".txt", "\r\n"), (".txt", "\r")])
def test_a_note_of_more_lines_than_any_real_one_is_refused_naming_it(
    suffix: str, newline: str
) -> None:
    note = Note(
        "n1",
        "Tiny lines",
        attachment=Attachment(f"tiny{suffix}", (("a" + newline) * MAX_NOTE_LINES).encode()),
    )
    with pytest.raises(NoteReadError) as caught:
        note_blocks(note, "note-1")
    assert caught.value.note == "Tiny lines" and caught.value.file == f"tiny{suffix}"
    assert f"{MAX_NOTE_LINES + 1:,} lines; at most {MAX_NOTE_LINES:,}" in caught.value.problem


def test_a_note_of_as_many_lines_as_allowed_is_read() -> None:
    source = "line\n" * (MAX_NOTE_LINES - 1) + "end"
    note = Note("n1", "Long text", attachment=Attachment("long.txt", source.encode()))
    blocks = note_blocks(note, "note-1")
    assert spans_text(blocks[-1].spans).endswith("line\nend")  # type: ignore[union-attr]
