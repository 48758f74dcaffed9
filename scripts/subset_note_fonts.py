"""Make the fonts that stand in for unembedded standard fonts of PDF notes (briefing/pack/note_fonts).

Usage: python scripts/subset_note_fonts.py DIR_WITH_LIBERATION_2_TTFS

The source files are Liberation 2.x (Debian package fonts-liberation2). Each is cut down to the
glyphs the simple-font encodings a note can use reach (WinAnsi, Standard, MacRoman, Latin-1),
keeping glyph names, the (3,1) cmap, hinting and the whole name table (copyright and licence).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.agl import toUnicode
from fontTools.ttLib import TTFont
from reportlab.pdfbase._fontdata import encodings

OUT = Path(__file__).resolve().parent.parent / "briefing" / "pack" / "note_fonts"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
FAMILIES = ("Sans", "Serif", "Mono")
ENCODINGS = ("WinAnsiEncoding", "StandardEncoding", "MacRomanEncoding")
# Tables a PDF viewer never reads from an embedded simple TrueType font.
DROPPED = ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "LTSH", "VDMX", "FFTM", "DSIG", "meta"]


def wanted_unicodes() -> set[int]:
    """Return the characters the encodings and Latin-1 can name."""
    chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    for encoding in ENCODINGS:
        for name in encodings[encoding]:
            if name:
                chars.update(ord(c) for c in toUnicode(name))
    return chars


def subset_font(source: Path, target: Path, unicodes: set[int]) -> None:
    """Write source cut down to unicodes, glyph names kept, as target."""
    options = subset.Options()
    options.glyph_names = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.layout_features = []
    options.drop_tables = [*options.drop_tables, *DROPPED]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    _rename(font)
    font.save(target)


RENAMED = {1, 3, 4, 6, 16, 17, 18, 21, 22}
"""The name records that name the font (family, full, PostScript, unique id…); copyright and
licence records are kept as they are."""


def _rename(font: TTFont) -> None:
    """Call the subset BriefingNote: the OFL reserves the name Liberation to the unmodified
    fonts, and a subset is a modified version."""
    for record in font["name"].names:
        if record.nameID in RENAMED:
            record.string = record.toUnicode().replace("Liberation", "BriefingNote")


def main(source_dir: str) -> None:
    """Subset the twelve Liberation files found in source_dir into note_fonts/."""
    unicodes = wanted_unicodes()
    for family in FAMILIES:
        for style in STYLES:
            name = f"Liberation{family}-{style}.ttf"
            target = OUT / name.replace("Liberation", "BriefingNote")
            subset_font(Path(source_dir) / name, target, unicodes)
            print(target.name, target.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1])
