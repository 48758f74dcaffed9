"""Embed the standard fonts that PDF notes name without carrying.

Many programs write text in the 14 standard fonts (Helvetica, Times, Courier and their styles,
Symbol, ZapfDingbats) or their Windows names (Arial, Times New Roman, Courier New) without
embedding them; a print shop's or PDF/A preflight then rejects the whole pack. Each such simple
font is given an embedded metric-compatible font (Liberation Sans, Serif or Mono, OFL, subsets
renamed "BriefingNote" as the licence asks of a modified font with a reserved name, in
``note_fonts/``) in the matching style, with the same glyph for every code, so that the text and
its layout stay what they were. Symbol, ZapfDingbats and fonts it cannot stand in for are left
as they are and named in the result.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pikepdf
from fontTools.agl import toUnicode
from fontTools.ttLib import TTFont
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase._fontdata import encodings as _ENCODINGS

_FONT_DIR = Path(__file__).with_name("note_fonts")

# Forms within forms deeper than this are not looked into. Each indirect object is looked into
# once, so loops end and the work is bounded by the file's size; the depth bounds the recursion.
_MAX_DEPTH = 24

_SIMPLE_SUBTYPES = ("/Type1", "/MMType1", "/TrueType")
_FONT_FILE_KEYS = ("/FontFile", "/FontFile2", "/FontFile3")
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
# A TrueType font may only name these as its base encoding; others become /Differences.
_TRUETYPE_BASES = ("/WinAnsiEncoding", "/MacRomanEncoding")
_UNNAMED = "(unnamed font)"

# Family part of a font name (lower case, spaces, "MT" and "PS" endings removed) -> Liberation.
_FAMILIES = {
    "helvetica": "Sans",
    "arial": "Sans",
    "times": "Serif",
    "timesroman": "Serif",
    "timesnewroman": "Serif",
    "courier": "Mono",
    "couriernew": "Mono",
}
_STYLES = {
    "": "Regular",
    "roman": "Regular",
    "regular": "Regular",
    "normal": "Regular",
    "book": "Regular",
    "bold": "Bold",
    "italic": "Italic",
    "oblique": "Italic",
    "bolditalic": "BoldItalic",
    "boldoblique": "BoldItalic",
}

# Font descriptor flags (ISO 32000-1, table 123).
_FIXED_PITCH, _SERIF, _NONSYMBOLIC, _ITALIC = 1, 2, 32, 64


@dataclass(frozen=True)
class _Face:
    """One Liberation subset as a PDF needs it: names, metrics and the compressed file."""

    file_name: str
    base_font: str  # with its subset tag, as the PDF names it
    flags: int
    bbox: tuple[int, int, int, int]
    italic_angle: float
    ascent: int
    descent: int
    cap_height: int
    stem_v: int
    widths: dict[str, int]  # glyph name -> advance in 1/1000 em
    glyph_of: dict[int, str]  # (3,1) cmap: code point -> glyph name
    data: bytes  # Flate-compressed font file
    length1: int

    def glyph(self, name: str | None) -> str:
        """The glyph a viewer draws for a glyph name: by name, else by its Unicode, else .notdef."""
        if name is None:
            return ".notdef"
        if name in self.widths:
            return name
        text = toUnicode(name)
        found = self.glyph_of.get(ord(text)) if len(text) == 1 else None
        return found or ".notdef"

    def width(self, name: str | None) -> int:
        """Advance width (1/1000 em) of the glyph drawn for a glyph name."""
        return self.widths[self.glyph(name)]


def embed_standard_fonts(pdf: pikepdf.Pdf) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Embed a stand-in for each unembedded standard font the pages use; return (done, left).

    Changes ``pdf`` in place. ``done`` names the fonts now embedded, ``left`` those still not
    embedded (Symbol, ZapfDingbats, any other font without its file, malformed font
    dictionaries); both sorted, without duplicates. One font file per face is written per call,
    so calling it once on an assembled pack shares each file among all its notes.
    """
    walker = _Walker(pdf)
    for page in pdf.pages:
        walker.page(page.obj)
    return tuple(sorted(walker.done)), tuple(sorted(walker.left))


class _Walker:
    """Visits the fonts reachable from pages once each, embedding what it can."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self.done: set[str] = set()
        self.left: set[str] = set()
        self._seen: set[tuple[int, int]] = set()
        self._descriptors: dict[str, Dictionary] = {}

    def _first_visit(self, obj: pikepdf.Object) -> bool:
        """Whether obj is to be looked into: direct, or indirect and not seen before."""
        if obj.is_indirect:
            if obj.objgen in self._seen:
                return False
            self._seen.add(obj.objgen)
        return True

    def page(self, page: Dictionary) -> None:
        """Look into a page's resources (inherited ones included) and annotation appearances."""
        self.resources(_inherited(page, "/Resources"), 0)
        annots = page.get("/Annots")
        if isinstance(annots, Array):
            for annot in annots:
                if isinstance(annot, Dictionary):
                    self.appearances(annot.get("/AP"))

    def appearances(self, ap: object) -> None:
        """Look into the forms of an annotation's appearance dictionary (/N, /R, /D)."""
        if not isinstance(ap, Dictionary):
            return
        for key in ("/N", "/R", "/D"):
            entry = ap.get(key)
            states = entry.values() if isinstance(entry, Dictionary) else [entry]
            for state in states:
                self.form(state, 0)

    def form(self, obj: object, depth: int) -> None:
        """Look into the resources of a form XObject, tiling pattern or appearance stream."""
        if isinstance(obj, Stream) and self._first_visit(obj):
            self.resources(obj.get("/Resources"), depth + 1)

    def resources(self, res: object, depth: int) -> None:
        """Look at the fonts of a resource dictionary and into its forms and patterns."""
        if depth > _MAX_DEPTH or not isinstance(res, Dictionary) or not self._first_visit(res):
            return
        for font in _values(res.get("/Font")):
            self.font(font, depth)
        for xobject in _values(res.get("/XObject")):
            if isinstance(xobject, Stream) and xobject.get("/Subtype") == Name.Form:
                self.form(xobject, depth)
        for pattern in _values(res.get("/Pattern")):
            self.form(pattern, depth)

    def font(self, font: object, depth: int) -> None:
        """Embed a stand-in for one font if it needs and has one; note what is left."""
        if not isinstance(font, Dictionary) or not self._first_visit(font):
            return
        if font.get("/Subtype") == Name.Type3:
            self.resources(font.get("/Resources"), depth + 1)
            return
        if _has_font_file(font):
            return
        name = _base_font(font)
        plan = _plan(font, name) if name else None
        if plan is None:
            self.left.add(name or _UNNAMED)
            return
        face, encoding, first, widths = plan
        _rewrite(font, face, encoding, first, widths, self._descriptor(face))
        self.done.add(name)

    def _descriptor(self, face: _Face) -> Dictionary:
        """The font descriptor (with the font file) of a face, made once per call."""
        if face.file_name not in self._descriptors:
            self._descriptors[face.file_name] = self.pdf.make_indirect(
                _make_descriptor(self.pdf, face)
            )
        return self._descriptors[face.file_name]


def _values(obj: object) -> Iterator[pikepdf.Object]:
    """The values of a dictionary; nothing for anything else."""
    if isinstance(obj, Dictionary):
        yield from obj.values()


def _inherited(page: Dictionary, key: str) -> object:
    """A page attribute, looked up through the page tree as PDF inheritance says."""
    node: object = page
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, Dictionary):
            return None
        if key in node:
            return node.get(key)
        node = node.get("/Parent")
    return None


def _has_font_file(font: Dictionary) -> bool:
    """Whether a font carries its program (a Type0 font: in its descendant font)."""
    if font.get("/Subtype") == Name.Type0:
        descendants = font.get("/DescendantFonts")
        if not isinstance(descendants, Array) or len(descendants) != 1:
            return False
        font = descendants[0]
        if not isinstance(font, Dictionary):
            return False
    descriptor = font.get("/FontDescriptor")
    return isinstance(descriptor, Dictionary) and any(k in descriptor for k in _FONT_FILE_KEYS)


def _base_font(font: Dictionary) -> str | None:
    """The font's /BaseFont as text, or None when it has none."""
    name = font.get("/BaseFont")
    return str(name)[1:] if isinstance(name, Name) else None


def _face_file(base_font: str) -> str | None:
    """The Liberation file standing in for a standard font name or alias, or None."""
    name = _SUBSET_TAG.sub("", base_font).replace(" ", "").lower()
    family, _, style = name.replace(",", "-").partition("-")
    family, style = _trim(_trim(family, "mt"), "ps"), _trim(style.replace("-", ""), "mt")
    if family not in _FAMILIES or style not in _STYLES:
        return None
    return f"BriefingNote{_FAMILIES[family]}-{_STYLES[style]}.ttf"


def _trim(text: str, ending: str) -> str:
    """text without ending, if it ends so."""
    return text[: -len(ending)] if text.endswith(ending) else text


def _plan(font: Dictionary, name: str) -> tuple[_Face, pikepdf.Object, int, list[int]] | None:
    """What to write for a font (face, encoding, first code, widths), or None if left as is."""
    if str(font.get("/Subtype")) not in _SIMPLE_SUBTYPES or not _widths_well_formed(font):
        return None
    file_name = _face_file(name)
    glyphs = _glyph_names(font.get("/Encoding"))
    if file_name is None or glyphs is None:
        return None
    codes = [code for code, glyph in enumerate(glyphs) if glyph is not None]
    if not codes:
        return None
    widths = _widths(file_name, tuple(glyphs[codes[0] : codes[-1] + 1]))
    encoding = _truetype_encoding(font.get("/Encoding"), glyphs)
    return _load_face(file_name), encoding, codes[0], list(widths)


@lru_cache(maxsize=256)
def _widths(file_name: str, glyphs: tuple[str | None, ...]) -> tuple[int, ...]:
    """Widths of the glyphs a run of codes draws (the same few encodings recur, so cached)."""
    face = _load_face(file_name)
    return tuple(face.width(glyph) for glyph in glyphs)


def _widths_well_formed(font: Dictionary) -> bool:
    """Whether /FirstChar, /LastChar and /Widths, where present, agree with each other."""
    if "/Widths" not in font:
        return True
    first, last, widths = font.get("/FirstChar"), font.get("/LastChar"), font.get("/Widths")
    if not (isinstance(first, int) and isinstance(last, int) and isinstance(widths, Array)):
        return False
    return 0 <= first <= last <= 255 and len(widths) == last - first + 1


def _table(name: object) -> list[str | None] | None:
    """The 256 glyph names of a predefined encoding, or None for an unknown one."""
    if not isinstance(name, Name):
        return None
    table = _ENCODINGS.get(str(name)[1:])
    return list(table) if table and str(name) != "/PDFDocEncoding" else None


def _glyph_names(encoding: object) -> list[str | None] | None:
    """Glyph name of each code 0-255 under a standard font's /Encoding, or None if malformed."""
    if encoding is None:
        return _table(Name.StandardEncoding)  # a standard Latin font's built-in encoding
    if isinstance(encoding, Name):
        return _table(encoding)
    if not isinstance(encoding, Dictionary):
        return None
    names = _table(encoding.get("/BaseEncoding", Name.StandardEncoding))
    differences = encoding.get("/Differences", Array())
    if names is None or not isinstance(differences, Array):
        return None
    return _apply_differences(names, differences)


def _apply_differences(names: list[str | None], differences: Array) -> list[str | None] | None:
    """names changed by a /Differences array, or None if it is malformed."""
    code = None
    for item in differences:
        if isinstance(item, int):
            code = int(item)
        elif isinstance(item, Name) and code is not None and 0 <= code <= 255:
            names[code] = str(item)[1:]
            code += 1
        else:
            return None
    return names


def _truetype_encoding(original: object, glyphs: list[str | None]) -> pikepdf.Object:
    """An encoding a TrueType font may have (WinAnsi or MacRoman base) giving the same glyphs."""
    base = Name.WinAnsiEncoding
    original_base = original.get("/BaseEncoding") if isinstance(original, Dictionary) else original
    if isinstance(original_base, Name) and str(original_base) in _TRUETYPE_BASES:
        base = original_base
    base_names = _table(base) or []
    differences = Array()
    previous = -2
    for code, glyph in enumerate(glyphs):
        if glyph == base_names[code]:
            continue
        if code != previous + 1:
            differences.append(code)
        differences.append(Name("/" + (glyph or ".notdef")))
        previous = code
    if not differences:
        return base
    return Dictionary(Type=Name.Encoding, BaseEncoding=base, Differences=differences)


def _rewrite(
    font: Dictionary,
    face: _Face,
    encoding: pikepdf.Object,
    first: int,
    widths: list[int],
    descriptor: Dictionary,
) -> None:
    """Make font a simple TrueType font drawn with face; /ToUnicode and the rest stay."""
    font.Subtype = Name.TrueType
    font.BaseFont = Name("/" + face.base_font)
    font.FirstChar = first
    font.LastChar = first + len(widths) - 1
    font.Widths = Array(widths)
    font.Encoding = encoding
    font.FontDescriptor = descriptor


def _make_descriptor(pdf: pikepdf.Pdf, face: _Face) -> Dictionary:
    """A font descriptor for face, with its font file as a new stream of pdf."""
    font_file = Stream(pdf, b"")
    font_file.write(face.data, filter=Name.FlateDecode)
    font_file.Length1 = face.length1
    return Dictionary(
        Type=Name.FontDescriptor,
        FontName=Name("/" + face.base_font),
        Flags=face.flags,
        FontBBox=Array(face.bbox),
        ItalicAngle=face.italic_angle,
        Ascent=face.ascent,
        Descent=face.descent,
        CapHeight=face.cap_height,
        StemV=face.stem_v,
        FontFile2=font_file,
    )


@cache
def _load_face(file_name: str) -> _Face:
    """Read one Liberation subset from note_fonts/ (once per process)."""
    data = (_FONT_DIR / file_name).read_bytes()
    font = TTFont(_FONT_DIR / file_name)
    scale = 1000 / font["head"].unitsPerEm
    os2, head, post = font["OS/2"], font["head"], font["post"]
    family = file_name.removeprefix("BriefingNote").split("-")[0]
    italic = post.italicAngle != 0
    flags = _NONSYMBOLIC | (_SERIF if family == "Serif" else 0)
    flags |= (_FIXED_PITCH if family == "Mono" else 0) | (_ITALIC if italic else 0)
    return _Face(
        file_name=file_name,
        base_font=_subset_tag(data) + "+" + font["name"].getDebugName(6),
        flags=flags,
        bbox=tuple(round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)),
        italic_angle=float(post.italicAngle),
        ascent=round(os2.sTypoAscender * scale),
        descent=round(os2.sTypoDescender * scale),
        cap_height=round(os2.sCapHeight * scale),
        # No font table records stem width; this estimate from the weight is the usual one.
        stem_v=50 + round((os2.usWeightClass / 65) ** 2),
        widths={g: round(adv * scale) for g, (adv, _lsb) in font["hmtx"].metrics.items()},
        glyph_of=dict(font["cmap"].getcmap(3, 1).cmap),
        data=zlib.compress(data, 9),
        length1=len(data),
    )


def _subset_tag(data: bytes) -> str:
    """Six capital letters naming this subset, the same in every build."""
    digest = hashlib.sha256(data).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])
