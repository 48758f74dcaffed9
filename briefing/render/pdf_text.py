"""Lines reportlab cannot lay out alone: right-to-left text, and Chinese text without spaces.

reportlab breaks lines at spaces and draws characters in the order they are stored, which
is right for Latin, Cyrillic and Greek (those paragraphs stay on its fast path). For the
rest, :class:`ComplexParagraph` does what a word processor does:

1. Arabic letters are joined: HarfBuzz (uharfbuzz) shapes each run of Arabic text with the
   pack's Arabic font and says which form (initial, medial, final, isolated) each letter
   takes, and whether lam and alef form their ligature; each letter is then written as its
   Unicode presentation form, which the font draws with the same glyph. The PDF thus holds
   real characters: its text can be searched, copied and read aloud.
2. Lines are broken in logical (reading) order, at spaces and between Chinese characters,
   never before closing punctuation nor after opening punctuation, never at a no-break space.
3. Each line is put in visual order by the Unicode Bidirectional Algorithm (python-bidi):
   Latin words and numbers inside Arabic keep their own order, brackets are mirrored.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import uharfbuzz as hb
from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefing.scripts import first_strong_direction, has_cjk, has_rtl

# --------------------------------------------------------------------------- Arabic joining

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200c\u200d"
# Arabic words and the spaces between them: shaped in one call (a space never joins)
_ARABIC_RUN = re.compile(f"[{_ARABIC}]+(?: +[{_ARABIC}]+)*")
_FORM_NAMES = {"initial": "init", "medial": "medi", "final": "fina", "isolated": "isol"}
_LAM, _ALEFS = "\u0644", frozenset("\u0622\u0623\u0625\u0627")


@functools.cache
def _presentation_forms() -> dict[tuple[str, str], str]:
    """(letters, form) → the presentation form that draws them, from Unicode's own data."""
    table: dict[tuple[str, str], str] = {}
    for code in (*range(0xFE70, 0xFEFF), *range(0xFB50, 0xFE00)):
        found = re.fullmatch(r"<(\w+)> ([0-9A-F ]+)", unicodedata.decomposition(chr(code)))
        if found and found.group(1) in _FORM_NAMES:
            letters = "".join(chr(int(h, 16)) for h in found.group(2).split())
            table.setdefault((letters, _FORM_NAMES[found.group(1)]), chr(code))
    return table


def _form_of(glyph_name: str) -> str:
    parts = glyph_name.split(".")[1:]
    return next((p for p in parts if p in ("init", "medi", "fina")), "isol")


class ArabicShaper:
    """Joins Arabic letters as a given font's shaping rules say."""

    def __init__(self, font_file_data: bytes) -> None:
        self.font = hb.Font(hb.Face(hb.Blob(font_file_data)))
        self._forms_of_glyphs: dict[int, str] = {}

    def shape(self, text: str) -> tuple[str, list[int]]:
        """``text`` with its Arabic letters in their joined forms, and for each character of
        the result the index of the character of ``text`` it comes from."""
        out: list[str] = []
        origin: list[int] = []
        last = 0
        for run in _ARABIC_RUN.finditer(text):
            out += text[last : run.start()]
            origin += range(last, run.start())
            shaped, at = self._run(run.group())
            out += shaped
            origin += (run.start() + i for i in at)
            last = run.end()
        out += text[last:]
        origin += range(last, len(text))
        return "".join(out), origin

    def _run(self, run: str) -> tuple[list[str], list[int]]:
        forms = self._forms(run)
        table = _presentation_forms()
        chars: list[str] = []
        origin: list[int] = []
        index = 0
        while index < len(run):
            char, form = run[index], forms.get(index, "isol")
            if char in "\u200c\u200d":  # joiners have done their work
                index += 1
                continue
            if char == _LAM and index + 1 < len(run) and run[index + 1] in _ALEFS:
                ligature = table.get((char + run[index + 1], "isol" if form == "init" else "fina"))
                if ligature and forms.get(index + 1) == "fina":
                    chars.append(ligature)
                    origin.append(index)
                    index += 2
                    continue
            chars.append(table.get((char, form)) or table.get((char, "isol")) or char)
            origin.append(index)
            index += 1
        return chars, origin

    def _forms(self, run: str) -> dict[int, str]:
        buffer = hb.Buffer()
        buffer.add_str(run)
        buffer.guess_segment_properties()
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self.font, buffer, {})
        forms: dict[int, str] = {}
        known = self._forms_of_glyphs
        for info in buffer.glyph_infos:
            # a letter may be drawn as several glyphs (its body, its dots): any one names the form
            form = known.get(info.codepoint)
            if form is None:
                form = known[info.codepoint] = _form_of(self.font.glyph_to_string(info.codepoint))
            if form != "isol" or info.cluster not in forms:
                forms[info.cluster] = form
        return forms


# --------------------------------------------------------------------------- line breaking

# Where a line may not start or end (the rules of Chinese typesetting, and French spacing)
CLOSING = frozenset(
    "、。，．,.）)」』】》〉〕］｝：；！？!?%％·…‥〜ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ”’»›"
)
OPENING = frozenset("（(「『【《〈〔［｛“‘«‹")
GLUE = frozenset("\u00a0\u202f\u2007\u2060\ufeff")  # spaces and joiners that never break
BREAKING_SPACES = frozenset(
    " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
_ZERO_WIDTH_BREAK = "\u200b"


def _ideographic(char: str) -> bool:
    # Chinese, Japanese and Korean characters: a line may break on either side of each
    return has_cjk(char) and char not in CLOSING and char not in OPENING


def break_after(text: str, index: int) -> bool:
    """Whether a line may break between ``text[index]`` and ``text[index + 1]``."""
    here, after = text[index], text[index + 1]
    if here in GLUE or after in GLUE or after in CLOSING or here in OPENING:
        return False
    if here == _ZERO_WIDTH_BREAK:
        return True
    return _ideographic(here) or _ideographic(after) or (here in CLOSING and has_cjk(here))


@dataclass
class _Piece:
    """Characters of one frag, in logical order."""

    frag: ParaFrag
    text: str
    width: float


@dataclass
class _Unit:
    """What cannot be broken: a word, a Chinese character with its punctuation."""

    pieces: list[_Piece]
    space: list[_Piece]  # the breaking space after it, if any

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)

    @property
    def space_width(self) -> float:
        return sum(p.width for p in self.space)


def _width(frag: ParaFrag, text: str) -> float:
    return pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)


def _units(chars: str, frags: Sequence[ParaFrag], owner: Sequence[int]) -> Iterator[_Unit | None]:
    """The unbreakable units of a paragraph's text; None stands for a forced line break."""
    unit = _Unit([], [])
    target = unit.pieces
    # only Chinese, Japanese and Korean text (and a zero-width space) breaks between letters
    between_letters = has_cjk(chars) or _ZERO_WIDTH_BREAK in chars

    def add(index: int) -> None:
        frag = frags[owner[index]]
        if target and target[-1].frag is frag:
            target[-1].text += chars[index]
        else:
            target.append(_Piece(frag, chars[index], 0.0))

    for index, char in enumerate(chars):
        if char == "\n":
            yield _measured(unit)
            yield None
            unit = _Unit([], [])
            target = unit.pieces
            continue
        if char in BREAKING_SPACES:
            target = unit.space
        elif target is unit.space:
            yield _measured(unit)
            unit = _Unit([], [])
            target = unit.pieces
        add(index)
        last = index + 1 == len(chars) or chars[index + 1] == "\n"
        if between_letters and not last and target is unit.pieces and break_after(chars, index):
            yield _measured(unit)
            unit = _Unit([], [])
            target = unit.pieces
    if unit.pieces or unit.space:
        yield _measured(unit)


def _measured(unit: _Unit) -> _Unit:
    for piece in (*unit.pieces, *unit.space):
        piece.width = _width(piece.frag, piece.text)
    return unit


def _too_wide(unit: _Unit, width: float) -> Iterator[_Unit]:
    """A unit wider than a line, cut between characters (a long web address, say)."""
    current = _Unit([], [])
    used = 0.0
    for piece in unit.pieces:
        for char in piece.text:
            w = _width(piece.frag, char)
            if used + w > width and current.pieces:
                yield current
                current, used = _Unit([], []), 0.0
            if current.pieces and current.pieces[-1].frag is piece.frag:
                current.pieces[-1].text += char
                current.pieces[-1].width += w
            else:
                current.pieces.append(_Piece(piece.frag, char, w))
            used += w
    current.space = unit.space
    yield current


def break_lines(units: Iterator[_Unit | None], widths: Sequence[float]) -> list[list[_Unit]]:
    """Greedy line breaking; ``widths[i]`` is the room of line i (the last one repeats)."""
    lines: list[list[_Unit]] = [[]]
    used = 0.0

    def room() -> float:
        return widths[min(len(lines) - 1, len(widths) - 1)]

    for unit in units:
        if unit is None:
            lines.append([])
            used = 0.0
            continue
        pending = lines[-1][-1].space_width if lines[-1] else 0.0
        if lines[-1] and used + pending + unit.width > room():
            lines.append([])
            used, pending = 0.0, 0.0
        if not lines[-1] and unit.width > room():
            parts = list(_too_wide(unit, room()))
            for part in parts[:-1]:
                lines[-1].append(part)
                lines.append([])
            unit = parts[-1]
        lines[-1].append(unit)
        used += pending + unit.width
    return lines


# --------------------------------------------------------------------------- visual order

_REMOVED_CLASSES = frozenset({"BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character (rules P–I of the Unicode bidirectional
    algorithm), for a paragraph of base direction right-to-left or not."""
    kept = [i for i, c in enumerate(text) if unicodedata.bidirectional(c) not in _REMOVED_CLASSES]
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels("".join(text[i] for i in kept), storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [1 if rtl else 0] * len(text)
    for index, char in zip(kept, storage["chars"], strict=True):
        levels[index] = char["level"]
    for index in range(1, len(text)):  # a removed character goes with the one before it
        if unicodedata.bidirectional(text[index]) in _REMOVED_CLASSES:
            levels[index] = levels[index - 1]
    return levels


def visual_order(text: str, levels: Sequence[int]) -> list[int]:
    """Indices of ``text`` in the order they are drawn, left to right (rule L2); a combining
    mark stays after the letter it sits on."""
    clusters: list[list[int]] = []
    for index, char in enumerate(text):
        if clusters and unicodedata.combining(char):
            clusters[-1].append(index)
        else:
            clusters.append([index])
    cluster_levels = [levels[c[0]] for c in clusters]
    order = list(range(len(clusters)))
    highest = max(cluster_levels, default=0)
    lowest_odd = min((lvl for lvl in cluster_levels if lvl % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and cluster_levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = order[start:position][::-1]
                start = None
    return [i for c in order for i in clusters[c]]


@dataclass
class Run:
    """Characters drawn together, left to right, in one frag's font and colour."""

    frag: ParaFrag
    text: str
    width: float


def line_runs(units: Sequence[_Unit], rtl: bool) -> list[Run]:
    """A line's units as runs in visual order (without the space after its last unit)."""
    chars: list[str] = []
    owners: list[ParaFrag] = []
    for position, unit in enumerate(units):
        pieces = unit.pieces + (unit.space if position + 1 < len(units) else [])
        for piece in pieces:
            chars += piece.text
            owners += [piece.frag] * len(piece.text)
    text = "".join(chars)
    if not rtl and not has_rtl(text):
        order: Sequence[int] = range(len(text))
        levels: Sequence[int] = [0] * len(text)
    else:
        levels = embedding_levels(text, rtl)
        order = visual_order(text, levels)
    runs: list[Run] = []
    for index in order:
        char = text[index]
        if levels[index] % 2:
            char = MIRRORED.get(char, char)
        frag = owners[index]
        if runs and runs[-1].frag is frag:
            runs[-1].text += char
        else:
            runs.append(Run(frag, char, 0.0))
    for run in runs:
        run.width = _width(run.frag, run.text)
    return runs


# --------------------------------------------------------------------------- the flowable


def needs_complex_layout(text: str) -> bool:
    """Whether a paragraph's text needs :class:`ComplexParagraph` (else reportlab's own)."""
    return has_rtl(text) or has_cjk(text)


def mirrored_alignment(alignment: int) -> int:
    """Left for right and right for left: the same alignment read from the other side."""
    return {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT, TA_JUSTIFY: TA_RIGHT}.get(alignment, alignment)


@functools.cache
def _shaper(font_name: str) -> ArabicShaper:
    face = pdfmetrics.getFont(font_name).face
    return ArabicShaper(face._ttf_data)


class ComplexParagraph(Flowable):
    """A paragraph laid out line by line as the module's notes say."""

    def __init__(
        self,
        markup: str,
        style: ParagraphStyle,
        rtl_pack: bool,
        arabic_font: str,
        _lines: list[list[Run]] | None = None,
        _frags: list[ParaFrag] | None = None,
    ) -> None:
        super().__init__()
        self.style, self.markup, self.rtl_pack, self.arabic_font = (
            style,
            markup,
            rtl_pack,
            arabic_font,
        )
        if _frags is None:
            _style, _frags, _bullet = ParaParser().parse(markup, style)
        self.frags = _frags
        self.text = "".join("\n" if getattr(f, "lineBreak", False) else f.text for f in self.frags)
        direction = "R" if rtl_pack else first_strong_direction(self.text)
        self.rtl = direction == "R" if direction else rtl_pack
        self._lines = _lines or []
        self._fixed = _lines is not None  # a part of a split paragraph: its lines are set
        self._laid_for: float | None = None

    # -- layout

    def _chars(self) -> tuple[str, list[int]]:
        owner = [i for i, f in enumerate(self.frags) for _ in range(len(self._frag_text(f)))]
        text = "".join(self._frag_text(f) for f in self.frags)
        if not _ARABIC_RUN.search(text):
            return text, owner
        shaped, origin = _shaper(self.arabic_font).shape(text)
        return shaped, [owner[i] for i in origin]

    @staticmethod
    def _frag_text(frag: ParaFrag) -> str:
        return "\n" if getattr(frag, "lineBreak", False) else frag.text

    def _indents(self) -> tuple[float, float, float]:
        s = self.style
        start, end = s.leftIndent, s.rightIndent  # logical: start is the left in LTR
        return start, end, s.firstLineIndent

    def _layout(self, width: float) -> list[list[Run]]:
        start, end, first = self._indents()
        room = width - start - end
        chars, owner = self._chars()
        lines = break_lines(_units(chars, self.frags, owner), [room - first, room])
        return [line_runs(line, self.rtl) for line in lines]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The paragraph's lines at ``avail_width``."""
        if not self._fixed and self._laid_for != avail_width:
            self._lines = self._layout(avail_width)
            self._laid_for = avail_width
        self.width = avail_width
        self.height = self.style.leading * len(self._lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The lines that fit, and the rest."""
        self.wrap(avail_width, avail_height)
        lines = self._lines
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []  # nothing fits here, or it does not fit for another reason (spacing)
        head, tail = self._part(lines[:fit]), self._part(lines[fit:])
        head.spaceAfter = 0  # the page ends there
        tail.spaceBefore = 0  # it goes on at the top of the next
        return [head, tail]

    def _part(self, lines: list[list[Run]]) -> ComplexParagraph:
        part = ComplexParagraph(
            self.markup, self.style, self.rtl_pack, self.arabic_font, lines, self.frags
        )
        part.rtl = self.rtl
        return part

    # -- drawing

    def draw(self) -> None:
        """Each line's runs, aligned, with links and underlines."""
        canvas: Canvas = self.canv
        style = self.style
        alignment = mirrored_alignment(style.alignment) if self.rtl else style.alignment
        start, end, first = self._indents()
        left, right = (end, start) if self.rtl else (start, end)
        y = self.height - style.fontSize
        for number, runs in enumerate(self._lines):
            indent = first if number == 0 else 0.0
            line_left = left + (0 if self.rtl else indent)
            line_right = self.width - right - (indent if self.rtl else 0)
            used = sum(r.width for r in runs)
            if alignment == TA_RIGHT:
                x = line_right - used
            elif alignment == TA_CENTER:
                x = line_left + (line_right - line_left - used) / 2
            else:
                x = line_left
            for run in runs:
                _draw_run(canvas, run, x, y)
                x += run.width
            y -= style.leading


def _draw_run(canvas: Canvas, run: Run, x: float, y: float) -> None:
    frag = run.frag
    canvas.setFont(frag.fontName, frag.fontSize)
    canvas.setFillColor(frag.textColor)
    canvas.drawString(x, y + (getattr(frag, "rise", 0) or 0), run.text)
    if getattr(frag, "us_lines", None) or getattr(frag, "underline", False):
        canvas.setStrokeColor(frag.textColor)
        canvas.setLineWidth(0.5)
        canvas.line(x, y - 1.5, x + run.width, y - 1.5)
    for _index, target in getattr(frag, "link", None) or ():
        box = (x, y - frag.fontSize * 0.25, x + run.width, y + frag.fontSize)
        if target.startswith("#"):
            canvas.linkRect("", target[1:], box, relative=1)
        else:
            canvas.linkURL(target, box, relative=1)


def single_line(markup: str, style: ParagraphStyle, rtl_pack: bool, arabic_font: str) -> list[Run]:
    """One line of markup (the running header's, say) as runs in visual order."""
    paragraph = ComplexParagraph(markup, style, rtl_pack, arabic_font)
    chars, owner = paragraph._chars()
    units = [u for u in _units(chars.replace("\n", " "), paragraph.frags, owner) if u]
    return line_runs(units, paragraph.rtl)


def draw_runs(canvas: Canvas, runs: Sequence[Run], x: float, y: float, align: str) -> float:
    """Runs drawn at baseline ``y`` with their ``align`` edge ("left", "right") at ``x``;
    returns their width."""
    width = sum(r.width for r in runs)
    left = x - width if align == "right" else x
    for run in runs:
        _draw_run(canvas, run, left, y)
        left += run.width
    return width
