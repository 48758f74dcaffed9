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
    """A text file's text: UTF-16 with a BOM, else UTF-8 (with or without BOM), else
    Windows-1252. Damaged UTF-16 raises ``error`` naming ``where``."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise error(where, "the text file is damaged (bad UTF-16)") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
