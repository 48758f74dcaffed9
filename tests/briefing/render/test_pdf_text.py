"""Right-to-left and Chinese text in the PDF: joining, line breaking, visual order.

Pages are read back with poppler's ``pdftotext -bbox``, which gives each word with its box.
It gives Arabic words as the PDF holds them: presentation forms (the joined letters) in
visual order. A reader's search normalises those (NFKC) and reads them right to left, and so
does :func:`logical`.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from briefing.render.fonts import FontSet, pack_fonts
from briefing.render.pdf_flowables import MarkupContext
from briefing.render.pdf_text import (
    CLOSING,
    OPENING,
    break_after,
    embedding_levels,
    visual_order,
)
from briefing.scripts import has_rtl

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return pack_fonts()


def shape(fonts: FontSet, text: str) -> str:
    mc = MarkupContext(fonts, frozenset())
    from briefing.render.pdf_text import _shaper

    return _shaper(mc.arabic_font).shape(text)[0]


# --------------------------------------------------------------------------- joining


def test_arabic_letters_take_their_joined_forms(fonts: FontSet) -> None:
    # feh initial + yeh final; ain initial, alef final, meem isolated (alef never joins left)
    assert shape(fonts, "في عام") == "\ufed3\ufef2 \ufecb\ufe8e\ufee1"


def test_lam_and_alef_make_their_ligature(fonts: FontSet) -> None:
    assert shape(fonts, "لا") == "\ufefb"  # isolated lam-alef
    assert shape(fonts, "بالعالم")[:3] == "\ufe91\ufe8e\ufedf"  # alef after beh: no ligature
    assert "\ufefc" in shape(fonts, "الإسلام")  # lam-alef joined to the letter before


def test_marks_stay_and_other_text_is_untouched(fonts: FontSet) -> None:
    shaped = shape(fonts, "Mr مُحَمَّد, 2011")
    assert shaped.startswith("Mr ") and shaped.endswith(", 2011")
    assert [c for c in shaped if unicodedata.combining(c)] == [
        "\u064f",
        "\u064e",
        "\u064e",
        "\u0651",
    ]
    assert unicodedata.normalize("NFKC", shaped) == "Mr مُحَمَّد, 2011"


# --------------------------------------------------------------------------- line breaking


@pytest.mark.parametrize("closing", sorted("、。，）」：；！？"))
def test_no_break_before_closing_punctuation(closing: str) -> None:
    assert closing in CLOSING
    assert not break_after("权" + closing, 0)


@pytest.mark.parametrize("opening", sorted("（「《"))
def test_no_break_after_opening_punctuation(opening: str) -> None:
    assert opening in OPENING
    assert not break_after(opening + "权", 0)
    assert break_after("权" + opening, 0)


def test_breaks_between_chinese_characters_but_not_inside_latin_words() -> None:
    assert break_after("人权", 0) and break_after("权A", 0)
    assert not break_after("UN", 0) and not break_after("20", 0)


@pytest.mark.parametrize("glue", ["\u00a0", "\u202f", "\u2007", "\u2060"])
def test_no_break_at_no_break_spaces(glue: str) -> None:
    text = f"question{glue}?"
    assert not break_after(text, len("question") - 1) and not break_after(text, len("question"))


# --------------------------------------------------------------------------- visual order


def test_latin_and_numbers_keep_their_order_inside_arabic() -> None:
    text = "انظر (UNGPs 2011) و A/HRC/47/39"
    order = visual_order(text, embedding_levels(text, rtl=True))
    drawn = "".join(text[i] for i in order)
    assert "UNGPs 2011" in drawn and "A/HRC/47/39" in drawn
    assert drawn.index("A/HRC") < drawn.index("UNGPs")  # the later phrase stands further left
    assert drawn.endswith("رظنا")  # the first word at the right end


def test_an_arabic_name_is_reversed_inside_a_left_to_right_line() -> None:
    text = "Panellist: مريم العلي, UN"
    order = visual_order(text, embedding_levels(text, rtl=False))
    drawn = "".join(text[i] for i in order)
    assert drawn == "Panellist: " + "مريم العلي"[::-1] + ", UN"


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def logical(word: str) -> str:
    """A word as pdftotext gives it, as a reader reads it (see the module's notes)."""
    if not has_rtl(word):
        return unicodedata.normalize("NFKC", word)
    clusters: list[str] = []  # a letter with the marks drawn on it
    for char in word:
        if clusters and unicodedata.combining(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return unicodedata.normalize("NFKC", "".join(reversed(clusters)))


def pdf_words(data: bytes, tmp_path: Path) -> list[Word]:
    path = tmp_path / "text.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [
        Word(unescape(t), float(a), float(b), float(c), float(d))
        for a, b, c, d, t in re.findall(pattern, html)
    ]


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped by line (top to bottom), each line from left to right. Words of one line
    in different fonts have different boxes: a line is the words whose middles are close."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=_middle):
        if lines and _middle(word) - _middle(lines[-1][0]) < 5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _middle(word: Word) -> float:
    return (word.y0 + word.y1) / 2


def render(fonts: FontSet, texts: list[str], rtl: bool, width: float = 300) -> bytes:
    mc = MarkupContext(fonts, frozenset(), rtl=rtl)
    style = ParagraphStyle("body", fontName=fonts.primary.regular, fontSize=10, leading=14)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=(width + 72, 2000), invariant=1, initialFontName=fonts.primary.regular
    )
    doc.build([mc.paragraph(mc.text(t), style) for t in texts])
    return buffer.getvalue()


ARABIC = (
    "أقرّ مجلس حقوق الإنسان في عام 2011 المبادئ التوجيهية بشأن الأعمال التجارية وحقوق الإنسان "
    "(UNGPs 2011)، وأنشأ الفريق العامل المعني بهذه المسألة؛ انظر الوثيقة A/HRC/47/39 "
    "وتقارير الفريق اللاحقة إلى المجلس والجمعية العامة."
)


def test_an_arabic_paragraph_reads_right_to_left_line_by_line(
    fonts: FontSet, tmp_path: Path
) -> None:
    lines = lines_of(pdf_words(render(fonts, [ARABIC], rtl=True), tmp_path))
    assert len(lines) >= 3  # it wraps
    right_edges = [line[-1].x1 for line in lines]
    assert max(right_edges) - min(right_edges) < 1  # every line against the right margin
    # Read each line from the right, the lines from the top: the Arabic words in their order.
    read = " ".join(logical(w.text) for line in lines for w in reversed(line))
    assert _arabic_words(read) == _arabic_words(ARABIC)
    # Latin inside keeps its own left-to-right order
    (island,) = [line for line in lines if any("UNGPs" in w.text for w in line)]
    latin = [w for w in island if re.search("[A-Za-z0-9]", w.text)]
    assert ["UNGPs" in latin[0].text, "2011" in latin[1].text] == [True, True]
    assert any(w.text == "A/HRC/47/39" for line in lines for w in line)


def _arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0600-\u06ff]+", re.sub(r"[،؛.]", " ", text))


def test_an_arabic_name_in_an_english_line(fonts: FontSet, tmp_path: Path) -> None:
    words = pdf_words(render(fonts, ["Panellist: مريم العلي (UNWG)"], rtl=False), tmp_path)
    (line,) = lines_of(words)
    texts = [logical(w.text) for w in line]
    assert texts[0] == "Panellist:" and texts[-1] == "(UNWG)"
    first, second = (next(w for w in line if logical(w.text) == n) for n in ("مريم", "العلي"))
    assert first.x0 > second.x1  # the first name stands to the right of the family name
    assert all(w.x1 - w.x0 > 5 for w in line)  # every word drawn


CHINESE = (
    "2011年6月16日，人权理事会在第17/4号决议中（一致）核可了《工商企业与人权指导原则》"
    "（UNGPs 2011），并设立了工作组：其任务包括「促进」实施、交流良好做法！是否足够？"
) * 3


def test_chinese_lines_never_start_with_closing_punctuation(fonts: FontSet, tmp_path: Path) -> None:
    for width in (180, 220, 260, 300):
        lines = lines_of(pdf_words(render(fonts, [CHINESE], rtl=False, width=width), tmp_path))
        assert len(lines) > 4
        text = [" ".join(w.text for w in line) for line in lines]
        assert not [t for t in text if t[0] in CLOSING], width
        assert not [t for t in text if t[-1] in OPENING], width
        assert "UNGPs" in "".join(text)  # a Latin word is never cut


FRENCH = (
    "Le Groupe de travail pose une question\u202f: comment protéger les défenseurs\u202f? "
    "Il répond\u00a0: «\u202fpar la coopération\u202f»\u202f; c’est la voie non\u2011gouvernementale\u202f! "
) * 6


@pytest.mark.parametrize("spaces", ["typographic", "plain"])
def test_french_punctuation_stays_with_its_word(
    fonts: FontSet, tmp_path: Path, spaces: str
) -> None:
    # as a French typist writes it (no-break spaces), or with plain spaces where those go
    text = FRENCH if spaces == "typographic" else re.sub("[\u202f\u00a0]", " ", FRENCH)
    for width in (150, 200, 250, 300):
        lines = lines_of(pdf_words(render(fonts, [text], rtl=False, width=width), tmp_path))
        starts = [line[0].text[0] for line in lines]
        assert not set(starts) & set("?;:!»"), width
        assert not [line for line in lines if line[-1].text == "«"], width


def test_long_arabic_text_flows_over_pages_and_odd_paragraphs_do_not_break_the_layout(
    fonts: FontSet, tmp_path: Path
) -> None:
    mc = MarkupContext(fonts, frozenset(), rtl=True)
    style = ParagraphStyle("body", fontName=fonts.primary.regular, fontSize=10, leading=14)
    long_text = " ".join(f"{ARABIC} {n}" for n in range(40))  # about three pages
    url = "https://example.org/" + "a" * 400  # wider than a line: cut between characters
    texts = [long_text, "", "   ", "人权" + url, "سطر أول\nسطر ثان"]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1, initialFontName=fonts.primary.regular)
    doc.build([mc.paragraph(mc.text(t), style) for t in texts])
    words = pdf_words(buffer.getvalue(), tmp_path)
    numbers = [w.text for w in words if w.text.isdigit() and len(w.text) <= 2]
    assert [str(n) for n in range(40)] == sorted(set(numbers) - {"2011"}, key=int)
    assert sum("a" * 20 in w.text for w in words) >= 2  # the address, over several lines
    assert {"أول", "ثان"} <= {logical(w.text) for w in words}
