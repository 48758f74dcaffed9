"""An Arabic paragraph of the PDF pack against the same text laid out by a reference shaper.

The reference is the DOCX pack converted to PDF by LibreOffice, which shapes and orders
Arabic with HarfBuzz and ICU. The two lay the paragraph out at different widths, so their
lines break in different places; what must agree is the words and the order a reader meets
them in, taken from where each word stands on its line (right to left, a Latin or number run
inside read left to right).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.scripts import has_rtl
from tests.languages.conftest import Built
from tests.languages.meetings import ARABIC
from tests.languages.readback import (
    Line,
    Vocabulary,
    canonical,
    find_run,
    ink,
    pdf_lines,
    render_page,
    tall_parts,
    word_stream,
    words_of,
)

pytestmark = pytest.mark.slow

# The first paragraph of the background: Latin words and numbers inside Arabic text.
PARAGRAPH = ARABIC.background.split("\n\n")[0]
DPI = 100
SHAPE_DPI = 300


def _paragraph_lines(lines: list[Line], known: Vocabulary) -> list[Line]:
    """The lines that hold the paragraph: from the one with its first words to the one with its
    last words, on one page."""
    words = words_of(PARAGRAPH)
    starts = [i for i, line in enumerate(lines) if _holds(line, words[:2], known)]
    assert starts, "no line holds the paragraph's first two words"
    ends = [i for i in range(starts[0], len(lines)) if _holds(lines[i], words[-2:], known)]
    assert ends, "no line after its start holds the paragraph's last two words"
    return lines[starts[0] : ends[0] + 1]


def _holds(line: Line, words: list[str], known: Vocabulary) -> bool:
    return set(words) <= {canonical(w.text, known) for w in line.words}


def test_the_reference_reads_the_paragraph_in_order(
    built: dict[str, Built], converted: dict[str, Path]
) -> None:
    """The reference itself: if this fails, the comparison below means nothing."""
    pack = built["ar"]
    reference = pdf_lines(converted["ar"])
    stream = word_stream(reference, rtl=True, known=pack.known)
    assert "A/HRC/47/39" in PARAGRAPH and "(UNGPs 2011)" in PARAGRAPH
    assert find_run(stream, words_of(PARAGRAPH)) >= 0, "not right to left (no w:bidi?)"


def test_the_paragraph_reads_as_the_reference_does(
    built: dict[str, Built], converted: dict[str, Path]
) -> None:
    pack = built["ar"]
    expected = words_of(PARAGRAPH)
    reference = word_stream(pdf_lines(converted["ar"]), rtl=True, known=pack.known)
    start = find_run(reference, expected)
    assert start >= 0, "LibreOffice did not lay the paragraph out right to left (no w:bidi?)"
    ours = word_stream(_paragraph_lines(list(pack.lines), pack.known), True, pack.known)
    assert ours == reference[start : start + len(expected)]


def test_the_paragraph_is_drawn_right_aligned_with_ink(
    built: dict[str, Built], tmp_path: Path
) -> None:
    pack = built["ar"]
    lines = _paragraph_lines(list(pack.lines), pack.known)
    assert len(lines) >= 3, "the paragraph should wrap over several lines"
    # Right aligned: every line, the last included, ends at the same right edge.
    edges = [round(line.x1, 1) for line in lines]
    assert max(edges) - min(edges) <= 1.5, edges
    # Each word poppler places is really drawn: the rendered page has ink inside its box.
    page = render_page(pack.pdf, lines[0].page, tmp_path / "page", DPI)
    words = [w for line in lines for w in line.words if w.page == lines[0].page]
    counts = ink(page, [(w.x0, w.y0, w.x1, w.y1) for w in words], DPI)
    assert [w.text for w, count in zip(words, counts, strict=True) if count < 3] == []


def _joined_pieces(pdf: Path, known: Vocabulary, folder: Path) -> dict[str, int]:
    """For each Arabic word of the paragraph as the PDF draws the paragraph, the first time:
    how many pieces of joined letters it is drawn in (see :func:`tall_parts`)."""
    lines = _paragraph_lines(pdf_lines(pdf), known)
    pages: dict[int, Path] = {}
    found: dict[str, int] = {}
    for word in (w for line in lines for w in line.words):
        text = canonical(word.text, known)
        if has_rtl(text) and text not in found:
            if word.page not in pages:
                pages[word.page] = render_page(pdf, word.page, folder / f"p{word.page}", SHAPE_DPI)
            box = (word.x0, word.y0, word.x1, word.y1)
            found[text] = tall_parts(pages[word.page], box, SHAPE_DPI)
    return found


def test_the_paragraphs_letters_join_as_the_reference_joins_them(
    built: dict[str, Built], converted: dict[str, Path], tmp_path: Path
) -> None:
    """Shaped: each word breaks into the pieces Arabic joining makes, as in the reference.

    The two use different fonts, so one word in twenty may differ by a piece (a hamza drawn
    taller in one font); drawn with its letters unjoined, nearly every word has more."""
    pack = built["ar"]
    (tmp_path / "ours").mkdir()
    (tmp_path / "reference").mkdir()
    ours = _joined_pieces(pack.pdf, pack.known, tmp_path / "ours")
    reference = _joined_pieces(converted["ar"], pack.known, tmp_path / "reference")
    words = sorted(set(ours) & set(reference))
    assert len(words) >= 40
    differ = {w: (ours[w], reference[w]) for w in words if ours[w] != reference[w]}
    assert len(differ) <= len(words) / 20, differ
