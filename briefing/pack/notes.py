"""A background note's content as pack blocks: its own text, then its attached file."""

from __future__ import annotations

from briefing.errors import NoteReadError
from briefing.messages import M_
from briefing.model import Note
from briefing.pack import markdown
from briefing.pack.document import Block, EmbeddedPdf, WordNote
from briefing.pack.markdown import markdown_blocks, plain_text_blocks
from briefing.text import decode_text


def note_blocks(
    note: Note, anchor_prefix: str, pdf_pages: int = 0, language: str = "en"
) -> tuple[Block, ...]:
    """The blocks of a note; raises :class:`NoteReadError` naming the note if its file is bad.
    ``pdf_pages``: the page count of its PDF file, once opened (see ``pack.pdf_notes``);
    ``language``: the pack's, for what stands in for a picture it cannot draw."""
    blocks: list[Block] = list(plain_text_blocks(note.body)) if note.body.strip() else []
    attachment = note.attachment
    if attachment is None:
        return tuple(blocks)
    try:
        return tuple(blocks) + _file_blocks(note, anchor_prefix, pdf_pages, language)
    except NoteReadError as exc:
        raise exc.for_note(note.title) from None


def removal_warnings(title: str, blocks: tuple[Block, ...]) -> list[str]:
    """One line per Word note in ``blocks`` that lost active content, for the build report."""
    return [
        M_(
            "note '{note}' ({file}): removed {items}",
            note=title,
            file=block.filename,
            items=block.removed,
        )
        for block in blocks
        if isinstance(block, WordNote) and block.removed
    ]


def _file_blocks(
    note: Note, anchor_prefix: str, pdf_pages: int, language: str
) -> tuple[Block, ...]:
    attachment = note.attachment
    assert attachment is not None
    name = attachment.filename
    if note.format == "pdf":
        return (EmbeddedPdf(attachment.sha256, note.title, name, attachment, pdf_pages),)
    if note.format == "docx":
        from briefing.pack.docx_notes import read_word_note  # Word's libraries when needed

        read, clean = read_word_note(attachment.data, name, anchor_prefix, language=language)
        return (WordNote(attachment.sha256, name, clean.data, read, clean.removed),)
    if note.format == "markdown":
        text = markdown.checked_lines(decode_text(attachment.data, name), name)
        return markdown_blocks(text, anchor_prefix)
    return plain_text_blocks(markdown.checked_lines(decode_text(attachment.data, name), name))
