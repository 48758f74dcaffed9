"""Reading built packs back with real readers: poppler for PDF, lxml for DOCX.

Nothing here trusts the renderer: a PDF is read as poppler sees it (every word with its box),
and a DOCX as its XML says.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from briefing.model import Meeting
from briefing.scripts import has_rtl

XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    """A word as poppler found it on a page, with its box in points (y grows downwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    page: int

    @property
    def visible(self) -> bool:
        """Whether every character of the word was drawn with some width.

        A glyph the font lacks is drawn with no width or not at all, so a word holding one is
        narrower than its characters: a tenth of the line's height each is far below the
        narrowest real glyph (Arabic letters joined to both sides included)."""
        return self.x1 - self.x0 >= 0.1 * (self.y1 - self.y0) * len(self.text)


@dataclass(frozen=True)
class Line:
    """A line as poppler's layout analysis found it: words of one column on one baseline."""

    words: tuple[Word, ...]
    page: int

    @property
    def visual(self) -> tuple[Word, ...]:
        """The words from left to right."""
        return tuple(sorted(self.words, key=lambda w: w.x0))

    @property
    def x1(self) -> float:
        """The right edge of the line."""
        return max(w.x1 for w in self.words)


def pdf_lines(pdf: Path) -> list[Line]:
    """Every line of every page, in poppler's reading order (``pdftotext -bbox-layout``)."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout
    root = etree.fromstring(xhtml, etree.XMLParser(huge_tree=True, recover=True))
    lines = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        for line in page.iter(f"{XHTML}line"):
            words = tuple(
                Word(
                    w.text or "",
                    float(w.get("xMin")),
                    float(w.get("yMin")),
                    float(w.get("xMax")),
                    float(w.get("yMax")),
                    number,
                )
                for w in line.iter(f"{XHTML}word")
            )
            if words:
                lines.append(Line(words, number))
    return lines


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """Each font of the PDF (``pdffonts``) and whether it is embedded."""
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    fonts = []
    for row in out.splitlines()[2:]:  # a header line and a rule first
        cells = row.split()
        # The last five columns are emb, sub, uni, object and generation; the name is first.
        fonts.append((cells[0], cells[-5] == "yes"))
    return fonts


def normal(text: str) -> str:
    """A word compared across renderers: NFKC (Arabic presentation forms become letters, full
    width forms plain ones), punctuation and symbols taken off both ends."""
    text = unicodedata.normalize("NFKC", text)
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


def vocabulary(meeting: Meeting) -> Vocabulary:
    """Every word the meeting's text holds, each :func:`normal`."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, bytes):
            texts.append(value.decode("utf-8", "replace"))
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)

    walk(meeting)
    return Vocabulary(normal(w) for t in texts for w in t.split())


# Lam and the alefs: a lam-alef ligature is one glyph.
_LAM_ALEF = re.compile("[\u0644\u0627\u0623\u0625\u0622]{2,}")


def _reversed_key(text: str) -> str:
    """A key that is the same for a word reversed character by character and for the same
    word reversed glyph by glyph, where a lam-alef ligature is one glyph whose two
    characters keep their typed order: each run of lams and alefs is sorted."""
    return _LAM_ALEF.sub(lambda m: "".join(sorted(m.group())), text)


def _clusters_reversed(text: str) -> str:
    """The text with its letters in reverse order, each keeping its combining marks after it."""
    clusters: list[str] = []
    for char in text:
        if clusters and unicodedata.category(char) == "Mn":
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))


class Vocabulary:
    """The words a meeting holds, to recognise each however poppler gives it."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        # Reversed letter by letter, or glyph by glyph (a mark stays after its letter).
        self.reversed = {_reversed_key(w[::-1]): w for w in self.words}
        self.reversed.update({_reversed_key(_clusters_reversed(w)): w for w in self.words})

    def __contains__(self, word: object) -> bool:
        return word in self.words


def canonical(word: str, known: Vocabulary) -> str:
    """The word as it was typed, whichever way poppler gives its characters.

    For text drawn in visual order, poppler may give an Arabic word's characters right to
    left as drawn (last letter first), and as the presentation forms the shaper chose (U+FB50–
    U+FEFF). NFKC turns presentation forms back into letters. A lam-alef ligature is one
    glyph, so its two letters come in their typed order inside a reversed word, and so does a
    letter and its mark (shadda): the word is matched against the typed words reversed letter
    by letter and glyph by glyph, each lam-alef pair read in either order.
    The typed meeting says which word it was."""
    forward = normal(word)
    if forward in known:
        return forward
    return known.reversed.get(_reversed_key(forward), forward)


def _is_ltr_word(word: str) -> bool:
    return not has_rtl(word) and any(
        unicodedata.bidirectional(c) in ("L", "EN", "AN") for c in word
    )


def logical(line: Line, rtl: bool) -> list[Word]:
    """The line's words in reading order, from their places on the page.

    A right-to-left line reads from right to left, except runs of left-to-right words
    (Latin, numbers) inside it, which read from left to right; a left-to-right line the
    other way round. This is the inverse of the Unicode Bidirectional Algorithm for lines
    whose embedded runs are not nested, which is all these tests write."""
    words = list(line.visual)
    if rtl:
        words.reverse()
    out: list[Word] = []
    run: list[Word] = []
    for word in words:
        embedded = _is_ltr_word(word.text) if rtl else has_rtl(word.text)
        if embedded:
            run.append(word)
            continue
        out.extend(reversed(run))
        run = []
        out.append(word)
    out.extend(reversed(run))
    return out


def word_stream(lines: Iterable[Line], rtl: bool, known: Vocabulary) -> list[str]:
    """All the words of ``lines`` in reading order, each :func:`canonical`, empty ones left out."""
    stream = []
    for line in lines:
        for word in logical(line, rtl):
            text = canonical(word.text, known)
            if text:
                stream.append(text)
    return stream


def find_run(haystack: Sequence[str], needle: Sequence[str]) -> int:
    """Where ``needle`` starts as consecutive items of ``haystack``; -1 if it does not."""
    n = len(needle)
    for start in range(len(haystack) - n + 1):
        if list(haystack[start : start + n]) == list(needle):
            return start
    return -1


def words_of(text: str) -> list[str]:
    """The words of a typed text, each :func:`normal`, empty ones left out."""
    return [w for w in (normal(t) for t in text.split()) if w]


def cjk_text(lines: Iterable[Line]) -> str:
    """The text of lines of Chinese, joined without spaces (Chinese has none between words)."""
    return "".join(unicodedata.normalize("NFKC", w.text) for line in lines for w in line.visual)


def cjk_words_holding(line: Line, phrase: str) -> list[Word] | None:
    """The words of ``line`` whose characters spell ``phrase`` (no spaces), or None."""
    owners: list[int] = []
    text = ""
    words = line.visual
    for index, word in enumerate(words):
        piece = unicodedata.normalize("NFKC", word.text)
        text += piece
        owners.extend([index] * len(piece))
    start = text.find(phrase)
    if start < 0:
        return None
    return [words[i] for i in sorted(set(owners[start : start + len(phrase)]))]


def ink(png: Path, boxes: Iterable[tuple[float, float, float, float]], dpi: int) -> list[int]:
    """How many dark pixels each box (in points) holds on a page rendered at ``dpi``."""
    from PIL import Image

    scale = dpi / 72
    with Image.open(png) as image:
        grey = image.convert("L")
        counts = []
        for x0, y0, x1, y1 in boxes:
            crop = grey.crop(
                (int(x0 * scale), int(y0 * scale), int(x1 * scale) + 1, int(y1 * scale) + 1)
            )
            counts.append(sum(crop.histogram()[:128]))  # pixels darker than mid-grey
        return counts


def tall_parts(png: Path, box: tuple[float, float, float, float], dpi: int) -> int:
    """How many separate pieces of ink, each at least a fifth of the box's height, a box (in
    points) holds on a rendered page.

    An Arabic word drawn with its letters joined is one piece per run of joined letters
    (a letter such as alef or waw does not join the next); drawn unjoined it is one piece per
    letter. Dots and marks are shorter than a fifth of the line, so they are not counted."""
    from PIL import Image

    scale = dpi / 72
    x0, y0, x1, y1 = box
    with Image.open(png) as image:
        crop = image.convert("L").crop(
            (int(x0 * scale) - 1, int(y0 * scale), int(x1 * scale) + 2, int(y1 * scale) + 1)
        )
    width, height = crop.size
    pixels = crop.load()
    seen: set[tuple[int, int]] = set()
    parts = 0
    for start in ((x, y) for y in range(height) for x in range(width)):
        if start in seen or pixels[start] >= 128:
            continue
        seen.add(start)
        stack, top, bottom = [start], start[1], start[1]
        while stack:  # flood fill of one piece, 8-connected
            x, y = stack.pop()
            top, bottom = min(top, y), max(bottom, y)
            for near in ((x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                inside = 0 <= near[0] < width and 0 <= near[1] < height
                if inside and near not in seen and pixels[near] < 128:
                    seen.add(near)
                    stack.append(near)
        parts += bottom - top + 1 >= height / 5
    return parts


def render_page(pdf: Path, page: int, out: Path, dpi: int) -> Path:
    """One page rendered by poppler (``pdftoppm``) as a PNG."""
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(out),
        ],
        check=True,
        timeout=120,
    )
    return out.with_suffix(".png")


# --------------------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


def docx_parts(path: Path) -> Iterator[tuple[str, etree._Element]]:
    """The body, headers and footers of a DOCX pack: (part name, root element)."""
    import docx

    document = docx.Document(str(path))
    for part in document.part.package.iter_parts():
        kind = part.content_type.rsplit(".", 1)[-1]
        if kind in ("main+xml", "header+xml", "footer+xml"):
            yield str(part.partname), etree.fromstring(part.blob)


def docx_styles(path: Path) -> etree._Element:
    """The styles part of a DOCX pack."""
    import docx

    return etree.fromstring(docx.Document(str(path)).styles.element.xml.encode())


def run_text(run: etree._Element) -> str:
    """The text of a ``w:r``."""
    return "".join(t.text or "" for t in run.iter(w("t")))


def paragraph_text(paragraph: etree._Element) -> str:
    """The text of a ``w:p``."""
    return "".join(t.text or "" for t in paragraph.iter(w("t")))


def _on(element: etree._Element | None) -> bool:
    """Whether an on/off property (``w:bidi``, ``w:rtl``…) is present and not turned off."""
    return element is not None and element.get(w("val"), "true") not in ("0", "false", "off")


def is_on(props: etree._Element | None, name: str) -> bool:
    """Whether the on/off property ``name`` is set in a ``w:pPr`` or ``w:rPr``."""
    return props is not None and _on(props.find(w(name)))


class Styles:
    """The style sheet of a DOCX, to find the properties a run gets through its styles."""

    def __init__(self, root: etree._Element) -> None:
        self.by_id = {s.get(w("styleId")): s for s in root.iter(w("style"))}
        self.defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.default_paragraph = next(
            (
                s.get(w("styleId"))
                for s in root.iter(w("style"))
                if s.get(w("type")) == "paragraph" and s.get(w("default")) in ("1", "true")
            ),
            None,
        )

    def chain(self, style_id: str | None) -> Iterator[etree._Element]:
        """The ``w:rPr`` of a style and of each style it is based on, nearest first."""
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            props = style.find(w("rPr"))
            if props is not None:
                yield props
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None

    def run_props(self, run: etree._Element, paragraph: etree._Element) -> list[etree._Element]:
        """Every ``w:rPr`` that applies to a run, the run's own first, the defaults last."""
        props = []
        own = run.find(w("rPr"))
        if own is not None:
            props.append(own)
            rstyle = own.find(w("rStyle"))
            if rstyle is not None:
                props.extend(self.chain(rstyle.get(w("val"))))
        pstyle = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        props.extend(
            self.chain(pstyle.get(w("val")) if pstyle is not None else self.default_paragraph)
        )
        if self.defaults is not None:
            props.append(self.defaults)
        return props

    def lang(self, run: etree._Element, paragraph: etree._Element, attribute: str) -> str | None:
        """The run's effective ``w:lang`` attribute (``bidi``, ``eastAsia``, ``val``)."""
        for props in self.run_props(run, paragraph):
            lang = props.find(w("lang"))
            if lang is not None and lang.get(w(attribute)):
                return lang.get(w(attribute))
        return None

    def rtl(self, run: etree._Element, paragraph: etree._Element) -> bool:
        """Whether the run is right to left (``w:rtl``, own or through its styles)."""
        for props in self.run_props(run, paragraph):
            found = props.find(w("rtl"))
            if found is not None:
                return _on(found)
        return False


def runs_with_text(root: etree._Element) -> Iterator[tuple[etree._Element, etree._Element, str]]:
    """Each (paragraph, run, text) with some text."""
    for paragraph in root.iter(w("p")):
        for run in paragraph.iter(w("r")):
            text = run_text(run)
            if text.strip():
                yield paragraph, run, text
