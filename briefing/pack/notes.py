"""A background note's content as pack blocks: its own text, then its attached file."""

from __future__ import annotations

import codecs

from briefing.errors import NoteReadError
from briefing.model import Note
from briefing.pack.document import Block, EmbeddedPdf, WordNote
from briefing.pack.docx_notes import docx_blocks
from briefing.pack.markdown import markdown_blocks, plain_text_blocks


def note_blocks(note: Note, anchor_prefix: str) -> tuple[Block, ...]:
    """The blocks of a note; raises :class:`NoteReadError` naming the note if its file is bad."""
    blocks: list[Block] = list(plain_text_blocks(note.body)) if note.body.strip() else []
    attachment = note.attachment
    if attachment is None:
        return tuple(blocks)
    where = f"note '{note.title}' ({attachment.filename})"
    if note.format == "pdf":
        blocks.append(
            EmbeddedPdf(attachment.sha256, note.title, attachment.filename, attachment.data)
        )
    elif note.format == "docx":
        try:
            read = docx_blocks(attachment.data, attachment.filename, anchor_prefix)
        except NoteReadError as exc:
            raise NoteReadError(
                f"{where}: {_without_name(str(exc), attachment.filename)}"
            ) from None
        blocks.append(WordNote(attachment.sha256, attachment.filename, attachment.data, read))
    elif note.format == "markdown":
        blocks += markdown_blocks(decode_text(attachment.data, where), anchor_prefix)
    else:
        blocks += plain_text_blocks(decode_text(attachment.data, where))
    return tuple(blocks)


def decode_text(data: bytes, where: str) -> str:
    """Text of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NoteReadError(f"{where}: the text file is damaged (bad UTF-16)") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _without_name(message: str, filename: str) -> str:
    prefix = f"{filename}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
