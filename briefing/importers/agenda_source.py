"""Concept-note bytes to numbered lines: text in any usual encoding, DOCX body order, PDF text."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import ConceptNoteError, RefusedFileError, os_problem
from briefing.messages import M_
from briefing.model import MAX_NOTE_BYTES
from briefing.pack.docx_notes import check_docx_archive
from briefing.safe_read import read_regular_file
from briefing.text import decode_text

# Tags left by copying from a web page; lower case only, since "<I>" in a title is a numeral.
_TAGS = re.compile(r"</?(?:ul|ol|li|p|br|span|div|strong|em|b|i|u|a)\b[^<>]*>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
_HEADER_CELLS = {"time", "heure", "hora", "horario", "horaire", "item", "session", "speakers"}


@dataclass(frozen=True)
class SourceText:
    """The note's lines (1-based numbers), what to call a line, and any reading finding."""

    lines: tuple[str, ...]
    unit: str = "line"
    problem: str = ""


def strip_tags(text: str) -> str:
    """A line without the HTML tags a web page leaves; Markdown links kept."""
    return _TAGS.sub(" ", text).rstrip()


def clean_line(text: str) -> str:
    """A line without HTML list tags or Markdown link targets; everything else kept."""
    return _MD_LINK.sub(r"\1", strip_tags(text))


def _decode(data: bytes, filename: str) -> str:
    """The note's text (see :func:`briefing.text.decode_text`); binary data is refused."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConceptNoteError(filename, M_("this is not a text file (it holds binary data)"))
    return decode_text(data, filename, ConceptNoteError)


def read_source_file(path: Path) -> bytes:
    """The bytes of a concept note on disk: a regular file no larger than a note may be."""
    try:
        return read_regular_file(path, MAX_NOTE_BYTES)
    except RefusedFileError as exc:
        raise ConceptNoteError(path.name, M_("the file {problem}", problem=exc.problem)) from None
    except OSError as exc:
        reason = os_problem(exc)
        raise ConceptNoteError(
            path.name, M_("the file cannot be read ({reason})", reason=reason)
        ) from None


def read_source(data: bytes, filename: str) -> SourceText:
    """The note's lines, read according to the file's extension."""
    if not data:
        raise ConceptNoteError(filename, M_("the file is empty (0 bytes)"))
    suffix = filename.lower().rpartition(".")[2]
    if suffix in ("docx", "docm"):
        return SourceText(tuple(docx_lines(data, filename)), "paragraph")
    if suffix == "pdf":
        return pdf_source(data, filename)
    text = _decode(data, filename)
    if suffix in ("md", "markdown"):
        text = re.sub(r"(?m)^#{1,6}\s+", "", text).replace("**", "").replace("__", "")
        return SourceText(tuple(_table_row(line) for line in text.splitlines()))
    return SourceText(tuple(text.splitlines()))


def _table_row(line: str) -> str:
    """A Markdown table row as a line whose cells are tab-separated; a rule row is blank."""
    if "|" not in line:
        return line
    if re.fullmatch(r"[\s|:\-]*", line):
        return ""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return "\t".join(c for c in cells if c)


def docx_lines(data: bytes, filename: str) -> list[str]:
    """Paragraphs and table rows of a Word file in body order, one line each."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_docx_archive(data, filename)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise ConceptNoteError(
            filename, M_("the Word file cannot be read ({reason})", reason=str(exc))
        ) from exc
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rpartition("}")[2]
        if tag == "p":
            lines.append(_paragraph_text(Paragraph(element, document)))
        elif tag == "tbl":
            lines.extend(_table_lines(Table(element, document)))
    return lines


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's text, with a bullet when it is a list paragraph."""
    text: str = paragraph.text
    props = paragraph._p.pPr
    listed = props is not None and props.numPr is not None
    style = paragraph.style.name if paragraph.style is not None else ""
    return f"• {text}" if (listed or "List" in style) and text.strip() else text


def _table_lines(table: Any) -> list[str]:
    """A table's rows: ``time<TAB>first line of item`` then one line per further cell line."""
    lines: list[str] = []
    for row in table.rows:
        cells = _unique_cells(row.cells)
        texts = [[p.text for p in c.paragraphs if p.text.strip()] for c in cells]
        if not any(texts) or (texts[0] and texts[0][0].strip().lower() in _HEADER_CELLS):
            continue
        first = [t[0] if t else "" for t in texts[:2]]
        lines.append("\t".join(first))
        for index, cell in enumerate(texts):
            for text in cell[1:] if index < 2 else cell:
                lines.append(text if index == 0 else f"• {text}")
        lines.append("")
    return lines


def _unique_cells(cells: Any) -> list[Any]:
    """Row cells with horizontally merged ones given once."""
    seen: list[Any] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


def pdf_source(data: bytes, filename: str) -> SourceText:
    """A PDF's text, page after page; a finding when there is none (a scanned document)."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ConceptNoteError(
                filename, M_("the PDF is encrypted; save a copy without a password")
            )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except ConceptNoteError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise ConceptNoteError(
            filename, M_("the PDF cannot be read ({reason})", reason=str(exc))
        ) from exc
    if not text.strip():
        return SourceText((), "line", M_("no text found (a scanned document?)"))
    return SourceText(tuple(text.splitlines()))
