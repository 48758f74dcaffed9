"""Notes import: a DOCX, PDF, Markdown or text file becomes a background note.

The note is titled from the document itself (the DOCX title property or first heading, the PDF's
metadata title, the Markdown file's first heading, a text file's short first line), else from
its file name. PDFs also give their page count and whether they are locked by a password. What
is worth knowing but does not stop the import (no text layer, an empty-password encryption)
comes back as findings: short sentences without the file name, which the note carries.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from pypdf import PdfReader
from pypdf.errors import LimitReachedError, PyPdfError

from briefing.errors import BriefingError, RefusedFileError, UnusableFileError, at, os_problem
from briefing.messages import M_, Message
from briefing.model import MAX_NOTE_BYTES, NOTE_FORMATS, Attachment, Meeting, Note, new_id
from briefing.pack.docx_notes import check_docx_archive, docx_title
from briefing.safe_read import read_regular_file, too_large
from briefing.text import decode_text

__all__ = ["NoteImport", "add_notes", "note_from_file"]

MAX_TITLE_CHARS = 200
SHORT_LINE_CHARS = 100  # a text file's first line longer than this is not a title
TEXT_PAGES_LOOKED_AT = 20  # pages searched for a text layer before saying there is none
_ACCEPTED = M_("DOCX (.docx), PDF (.pdf), Markdown (.md) or text (.txt)")
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_WORD_EXPORT = re.compile(r"^Microsoft (?:Word|PowerPoint) - ", re.IGNORECASE)
_MEANINGLESS_TITLES = frozenset({"untitled", "untitled document", "title", "document", "doc"})


@dataclass(frozen=True)
class NoteImport:
    """A note made from a file, its page count (PDFs only), whether it is locked, findings."""

    note: Note
    page_count: int | None
    encrypted: bool
    findings: tuple[str, ...]  # messages (briefing.messages)


def note_from_file(
    path_or_bytes: str | Path | bytes,
    filename: str,
    session_ids: tuple[str, ...] = (),
    internal: bool = False,
) -> NoteImport:
    """Make a note from a file or its bytes; raise :class:`BriefingError` if it cannot be one."""
    name = PurePath(filename.replace("\\", "/")).name or filename
    kind = _kind(name)
    data = _read(path_or_bytes, name)
    if not data:
        raise UnusableFileError(name, M_("the file is empty"))
    if kind == "pdf":
        title, pages, encrypted, findings = _pdf_facts(data, name)
    else:
        title, pages, encrypted, findings = _other_title(kind, data, name), None, False, ()
    note = Note(
        id=new_id("note"),
        title=_clean_title(title) or title_from_filename(name),
        attachment=Attachment(name, data),
        session_ids=tuple(session_ids),
        internal=internal,
    )
    return NoteImport(note, pages, encrypted, tuple(findings))


def add_notes(meeting: Meeting, imports: list[NoteImport]) -> Meeting:
    """The meeting with the imported notes added after its own; sessions must exist."""
    known = {item.id for item in meeting.agenda}
    for imported in imports:
        missing = [i for i in imported.note.session_ids if i not in known]
        if missing:
            filename = imported.note.attachment.filename if imported.note.attachment else ""
            problem = M_("session '{session}' is not in the meeting", session=missing[0])
            raise UnusableFileError(filename or imported.note.title, problem)
    notes = meeting.notes + tuple(imported.note for imported in imports)
    return dataclasses.replace(meeting, notes=notes)


def title_from_filename(filename: str) -> str:
    """A readable title from a file name: ``concept-note_2017.docx`` → ``concept note 2017``."""
    stem = PurePath(filename).stem
    readable = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return readable or stem or filename


# --------------------------------------------------------------------------- reading


def _kind(name: str) -> str:
    """``docx``, ``pdf``, ``markdown`` or ``text`` from the extension; raise for any other."""
    kind = NOTE_FORMATS.get(PurePath(name).suffix.lower())
    if kind is None:
        problem = M_("not a note file the app can read; use {formats}", formats=_ACCEPTED)
        raise UnusableFileError(name, problem)
    return kind


def _read(path_or_bytes: str | Path | bytes, name: str) -> bytes:
    """The file's bytes, refusing what is too big to keep in a meeting or not a file at all."""
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_bytes)
        if len(data) > MAX_NOTE_BYTES:
            raise BriefingError(_too_big(name))
        return data
    try:
        return read_regular_file(path_or_bytes, MAX_NOTE_BYTES)
    except RefusedFileError as exc:
        if exc.limit is not None:
            raise BriefingError(_too_big(name)) from None
        problem = M_("the file {problem}; attach a file saved on disk", problem=exc.problem)
        raise UnusableFileError(name, problem) from None
    except OSError as exc:
        problem = M_("the file cannot be read ({reason})", reason=os_problem(exc))
        raise UnusableFileError(name, problem) from None


def _too_big(name: str) -> Message:
    """The message for a file over :data:`MAX_NOTE_BYTES`."""
    problem = M_("the file {problem}; attach a smaller copy", problem=too_large(MAX_NOTE_BYTES))
    return at(name, problem)


def _clean_title(title: str | None) -> str:
    """A title on one line, trimmed and shortened; "" when it says nothing."""
    text = " ".join((title or "").split())
    if text.casefold() in _MEANINGLESS_TITLES:
        return ""
    if len(text) > MAX_TITLE_CHARS:
        text = text[: MAX_TITLE_CHARS - 1].rstrip() + "…"
    return text


# --------------------------------------------------------------------------- titles


def _other_title(kind: str, data: bytes, name: str) -> str | None:
    """The title of a DOCX, Markdown or text file (``None`` when it gives none)."""
    if kind == "docx":
        check_docx_archive(data, name)
        return docx_title(data)
    text = decode_text(data, name)
    if kind == "markdown":
        return _markdown_title(text)
    return _text_title(text)


def _markdown_title(text: str) -> str | None:
    """The first level-1 ``#`` heading, else the first heading of any level (not in code)."""
    first_any: str | None = None
    in_code = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            continue
        match = None if in_code else _ATX_HEADING.match(line)
        if match is None:
            continue
        if len(match.group(1)) == 1:
            return match.group(2)
        first_any = first_any or match.group(2)
    return first_any


def _text_title(text: str) -> str | None:
    """The first non-blank line, if it is short enough to be a title."""
    for line in text.splitlines():
        if line.strip():
            return line if len(line.strip()) <= SHORT_LINE_CHARS else None
    return None


# --------------------------------------------------------------------------- PDF


def _pdf_facts(data: bytes, name: str) -> tuple[str | None, int | None, bool, list[str]]:
    """A PDF's title, page count, whether it is locked, and findings."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None, None, True, [_LOCKED]
        findings = [_OPEN_LOCK] if reader.is_encrypted else []
        pages = len(reader.pages)
        title = _pdf_title(reader)
        findings += _text_findings(reader, pages)
        return title, pages, False, findings
    except LimitReachedError as exc:
        problem = M_(
            "the PDF is too large to read safely ({reason}); it may be damaged", reason=str(exc)
        )
        raise UnusableFileError(name, problem) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        problem = M_("the PDF is damaged and cannot be read ({reason})", reason=str(exc))
        raise UnusableFileError(name, problem) from None


_LOCKED = M_(
    "the PDF is protected by a password, so it cannot be merged into a pack; "
    "attach a copy saved without protection"
)
_OPEN_LOCK = M_(
    "the PDF is encrypted but opens without a password, so it can be merged "
    "(it may forbid printing or copying)"
)


def _pdf_title(reader: PdfReader) -> str | None:
    """The document-information title, without "Microsoft Word - " and the ``.docx`` it adds."""
    try:
        metadata = reader.metadata
        title = str(metadata.title) if metadata is not None and metadata.title else ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if _WORD_EXPORT.match(title):
        title = _WORD_EXPORT.sub("", title)
        title = re.sub(r"\.(docx?|pptx?)$", "", title, flags=re.IGNORECASE)
    return title or None


def _text_findings(reader: PdfReader, pages: int) -> list[str]:
    """Findings about the PDF's text layer: none found, or none readable."""
    if pages == 0:
        return [M_("the PDF has no pages")]
    for index in range(min(pages, TEXT_PAGES_LOOKED_AT)):
        try:
            text = reader.pages[index].extract_text()
        except Exception as exc:  # pypdf raises many kinds on odd content streams
            reason = type(exc).__name__
            return [
                M_("its text could not be read ({reason}); check the file opens", reason=reason)
            ]
        if text and text.strip():
            return []
    return [M_("no text found (a scanned document?)")]
