"""A background note's content as pack blocks: its own text, then its attached file."""

from __future__ import annotations

from briefing.errors import NoteReadError
from briefing.model import Note
from briefing.pack.document import Block, EmbeddedPdf, WordNote
from briefing.pack.docx_notes import docx_blocks
from briefing.pack.markdown import markdown_blocks, plain_text_blocks
from briefing.text import decode_text


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


def _without_name(message: str, filename: str) -> str:
    prefix = f"{filename}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
