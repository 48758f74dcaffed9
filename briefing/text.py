"""The light structure of long texts users type: paragraphs and bullet lists, nothing else.

A blank line starts a new paragraph; a line starting with ``-``, ``•``, ``*`` or ``–`` and a
space is a bullet. Nothing else is interpreted, so ``<b>``, ``&`` or ``*stars*`` print as typed.
Every reader of long text (the app, the packs) uses this one parser so they agree.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from briefing.errors import BriefingError, NoteReadError
from briefing.messages import M_

_BULLET = re.compile(r"^\s*[-•*–]\s+")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; single line breaks inside it are kept as ``\\n``."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """Consecutive bullet lines."""

    items: tuple[str, ...]


TextBlock = Paragraph | BulletList


def text_blocks(text: str) -> tuple[TextBlock, ...]:
    """Split a long text into paragraphs and bullet lists, in order."""
    blocks: list[TextBlock] = []
    lines: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(Paragraph("\n".join(lines)))
            lines.clear()
        if bullets:
            blocks.append(BulletList(tuple(bullets)))
            bullets.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
        elif _BULLET.match(line):
            if lines:
                flush()
            bullets.append(_BULLET.sub("", line, count=1))
        elif bullets and raw[:1].isspace():
            bullets[-1] += " " + line.strip()  # an indented line continues its bullet
        else:
            if bullets:
                flush()
            lines.append(line)
    flush()
    return tuple(blocks)


def decode_text(data: bytes, where: str, error: type[BriefingError] = NoteReadError) -> str:
    """A text file's text, in the encoding :func:`text_encoding` finds; a byte that does not
    belong to it becomes U+FFFD. Damaged UTF-16 raises ``error`` naming ``where``."""
    encoding = text_encoding(data)
    if encoding == "utf-16":
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise error(where, M_("the text file is damaged (bad UTF-16)")) from None
    return data.decode(encoding, errors="replace")


# --------------------------------------------------------------------------- encodings

SAMPLE_BYTES = 64 * 1024  # of lines with letters beyond ASCII: enough to tell an encoding
_SCANNED_BYTES = 8 * 1024 * 1024  # looked through for such lines; most files end long before
# What spreadsheets and registration systems save when not UTF-8, in the order preferred when
# several read a file equally well: Windows-1252 first (the usual legacy encoding, and the
# guess this app made before it guessed anything), then the multi-byte encodings (a file that
# decodes cleanly in one is strong evidence: they refuse most byte sequences), then the rest.
_LEGACY_ENCODINGS = (
    "cp1252",
    "gb18030",
    "big5",
    "euc_jp",
    "cp932",
    "cp949",
    "cp1251",
    "cp1256",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
    "cp1258",
    "koi8_r",
    "cp874",
    "mac_roman",
)
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian, no BOM)",
    "utf-16-be": "UTF-16 (big-endian, no BOM)",
    "cp1252": "Windows-1252 (Western European)",
    "gb18030": "GB18030 (Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "euc_jp": "EUC-JP (Japanese)",
    "cp932": "Shift-JIS (Japanese)",
    "cp949": "EUC-KR (Korean)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1253": "Windows-1253 (Greek)",
    "cp1254": "Windows-1254 (Turkish)",
    "cp1255": "Windows-1255 (Hebrew)",
    "cp1257": "Windows-1257 (Baltic)",
    "cp1258": "Windows-1258 (Vietnamese)",
    "koi8_r": "KOI8-R (Cyrillic)",
    "cp874": "Windows-874 (Thai)",
    "mac_roman": "Mac Roman",
}
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BAD_BYTE = re.compile("[\udc80-\udcff]")


def encoding_name(codec: str) -> str:
    """The name people know an encoding by: ``cp932`` → ``Shift-JIS (Japanese)``."""
    return _ENCODING_NAMES.get(codec, codec)


def text_encoding(data: bytes, complete: bool = True) -> str:
    """The codec of a text file that starts with ``data``: by its byte-order mark; UTF-8 when
    its letters beyond ASCII are (mostly) UTF-8; else the legacy encoding that reads them best.

    A file that is mostly UTF-8 stays UTF-8 even with a stray byte: decoding it all as
    another encoding would garble every letter that was right. Its stray bytes are the
    reader's to report. ``complete`` says whether ``data`` is the whole file, not its start.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return "utf-16"
    sample = _non_ascii_lines(data)
    if _mostly_utf8(sample, complete and len(data) <= _SCANNED_BYTES):
        return "utf-8"
    return _legacy_encoding(sample)


def _non_ascii_lines(data: bytes) -> bytes:
    """The lines with bytes beyond ASCII, up to :data:`SAMPLE_BYTES`: only they tell an
    encoding, and lines of plain ASCII (an English header) would drown them."""
    lines: list[bytes] = []
    size = 0
    for line in data[:_SCANNED_BYTES].splitlines():
        if not line.isascii():
            lines.append(line)
            size += len(line) + 1
            if size >= SAMPLE_BYTES:
                break
    return b"\n".join(lines)


def _mostly_utf8(sample: bytes, complete: bool) -> bool:
    """Whether more of the sample's non-ASCII letters are valid UTF-8 than not."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    text = decoder.decode(sample, final=complete)  # a letter cut by the sample is no error
    bad = len(_BAD_BYTE.findall(text))
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return bad == 0 or good > bad


def _legacy_encoding(sample: bytes) -> str:
    """The encoding of :data:`_LEGACY_ENCODINGS` that decodes ``sample`` with the least chaos
    (charset-normalizer's measure of unlikely text), Windows-1252 when it is among them and
    reads as Western text; else ties go to the most coherent language, then to the order of
    preference. On a few words every encoding is "calm", so the Western check decides."""
    from charset_normalizer import from_bytes  # imported when needed: most files are UTF-8

    matches = list(from_bytes(sample, cp_isolation=list(_LEGACY_ENCODINGS)))
    least = min((match.chaos for match in matches), default=0.0)
    calm = [match for match in matches if match.chaos <= least + 0.01]
    western = [match for match in calm if "cp1252" in match.could_be_from_charset]
    others = [match for match in calm if match not in western]
    if ((western or not matches) and _reads_as_western(sample)) or not others:
        return "cp1252"
    best = min(
        others, key=lambda m: (-m.coherence, _preference(m.encoding, m.could_be_from_charset))
    )
    return next((c for c in _LEGACY_ENCODINGS if c in best.could_be_from_charset), best.encoding)


def _preference(encoding: str, also: list[str]) -> int:
    """The rank in :data:`_LEGACY_ENCODINGS` of the best of equivalent encodings."""
    ranks = [_LEGACY_ENCODINGS.index(c) for c in (encoding, *also) if c in _LEGACY_ENCODINGS]
    return min(ranks, default=len(_LEGACY_ENCODINGS))


_WESTERN_MARKS = frozenset("’‘“”„‚–—…•€«»°·§©®™±×÷¿¡ªº²³µ¹¼½¾†‡‰‹›\xa0")
_WORD = re.compile(r"[^\W\d_]+")


def _reads_as_western(sample: bytes) -> bool:
    """Whether ``sample`` read as Windows-1252 looks like Western European text: its letters
    beyond ASCII sit in words that have ASCII letters too (``José``, not ``Îëåã``, which is
    Russian read wrongly), and its marks (quotes, dashes) are not wedged between letters
    (``R“c`` is Japanese read wrongly). A few odd places are forgiven."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    beyond = sum(1 for c in text if c > "\x7f")
    odd = sum(1 for c in text if c > "\x7f" and not c.isalpha() and c not in _WESTERN_MARKS)
    odd += sum(
        1
        for before, mark, after in zip(text, text[1:], text[2:], strict=False)
        if mark in _WESTERN_MARKS and mark != "’" and before.isalpha() and after.isalpha()
    )
    odd += sum(len(w) for w in _WORD.findall(text) if len(w) > 2 and not _has_ascii_letter(w))
    return odd <= beyond // 10


def _has_ascii_letter(word: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in word)
