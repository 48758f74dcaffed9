"""DOCX notes: check an attached Word file, then turn its body into pack blocks.

A background note may be a Word file whose content must reach the PDF pack without any office
suite. :func:`check_docx_archive` refuses what would be unsafe or pointless to open (not a zip,
truncated, password-protected, a zip bomb) before python-docx reads any of it; the note is then
cleaned of active content (:mod:`briefing.pack.docx_sanitise`: fields that fetch or run things,
objects, controls, macros, unsafe links, entity declarations, picture bombs, damaged pictures,
too many paragraphs), and :func:`read_word_note` walks the cleaned body in order and maps each
construct to a block of the pack document (the DOCX pack merges the same cleaned note):

- Title, Heading 1–9 or any paragraph with an outline level → :class:`Heading` (shifted by
  ``top_level``, capped at 6, kept out of the contents);
- list paragraphs (numbering, or a List Bullet / List Number style) → one :class:`ListBlock` per
  run of consecutive items, nesting from the list level;
- other paragraphs → :class:`Paragraph` (Quote / Intense Quote → style ``quote``); runs keep
  bold, italic and http(s)/mailto links;
- tables → :class:`Table` (kind ``grid``); the first row is the header, a merged cell shows its
  text once and blanks where the merge continues; a one-cell table (a box) → its content;
- PNG, JPEG and GIF pictures → :class:`Image`; other pictures, charts and diagrams → an italic
  "[… not shown: …]" paragraph; text boxes → their paragraphs, after the paragraph holding them;
- tracked changes show the accepted text; comments, hidden text, field codes, footnote marks,
  the note's own table of contents and macros never appear.

Every message is one line naming the file and the problem (:class:`NoteReadError`).
"""

from __future__ import annotations

import gettext
import io
import logging
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.package import Package
from lxml import etree

from briefing.errors import NoteReadError
from briefing.i18n import N_, pack_words
from briefing.messages import M_, Message, Mn_, grouped, one_decimal
from briefing.model import sniff_image
from briefing.pack.document import (
    Block,
    Cell,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Span,
    Spans,
    Table,
    plain,
    spans_text,
)
from briefing.pack.docx_sanitise import MAIN_TYPE_ALIASES, CleanNote, sanitise_docx

__all__ = [
    "NoteReadError",
    "check_docx_archive",
    "clean_word_note",
    "docx_blocks",
    "docx_title",
    "is_contents_control",
    "open_word_document",
    "read_word_note",
]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- limits

MB = 1024 * 1024
MAX_MEMBERS = 10_000  # a real .docx holds tens of parts, a large one a few hundred
MAX_TOTAL_BYTES = 200 * MB  # all parts inflated; python-docx holds every part in memory
MAX_RATIO = 100  # deflate gives text XML 5–20:1; a ratio above this on a big part is a bomb
RATIO_CHECKED_FROM = 10 * MB  # small parts may compress as well as they like
MAX_COLUMNS = 64  # merged cells never widen a row past this (no page holds more columns)
MAX_IMAGE_WIDTH_MM = 160.0
DEFAULT_IMAGE_WIDTH_MM = 60.0  # when the file gives no size for a picture
_INFLATE_CHUNK = 1 * MB  # inflate in steps of this many bytes, never a whole part at once
_EMU_PER_MM = 36_000

# --------------------------------------------------------------------------- names

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}


def _q(name: str) -> str:
    """The Clark name (``{uri}local``) of a prefixed XML name such as ``w:p``."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


W_VAL = _q("w:val")
R_ID, R_EMBED, R_LINK = _q("r:id"), _q("r:embed"), _q("r:link")
W_P, W_TBL, W_TR, W_TC, W_R = _q("w:p"), _q("w:tbl"), _q("w:tr"), _q("w:tc"), _q("w:r")
W_SDT, W_SDT_CONTENT = _q("w:sdt"), _q("w:sdtContent")
W_TXBX_CONTENT = _q("w:txbxContent")
MC_ALTERNATE = _q("mc:AlternateContent")
A_BLIP, A_GRAPHIC_DATA = _q("a:blip"), _q("a:graphicData")
V_IMAGEDATA = _q("v:imagedata")

# Elements whose children count as if they stood in their place: content controls' wrappers,
# custom XML, smart tags, bidi embeddings, and tracked insertions and moves (the accepted text).
# Deletions (w:del) and move sources (w:moveFrom) are left out by never being walked.
_TRANSPARENT = frozenset(
    _q(n) for n in ("w:customXml", "w:smartTag", "w:ins", "w:moveTo", "w:dir", "w:bdo")
)
_CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELS = "_rels/.rels"
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WRONG_FORMATS = (
    (
        _OLE_MAGIC,
        M_("the file is password-protected (or an old .doc file); save it unprotected as .docx"),
    ),
    (b"%PDF", M_("the file is a PDF, not a Word document; add it as a PDF note instead")),
    (
        b"{\\rtf",
        M_("the file is in Rich Text Format (RTF); open it in Word and save it as .docx"),
    ),
)
_GRAPHIC_LABELS = {  # pack words: printed in the pack's language
    "http://schemas.openxmlformats.org/drawingml/2006/chart": N_("[Chart not shown]"),
    "http://schemas.openxmlformats.org/drawingml/2006/diagram": N_("[Diagram not shown]"),
}
_QUOTE_STYLES = frozenset({"quote", "intense quote"})
# A note's own table of contents lists the original file's page numbers: it is left out.
_CONTENTS_STYLE = re.compile(r"toc [1-9]|table of figures")
_CONTENTS_GALLERY = "Table of Contents"
_HEADING_STYLE = re.compile(r"heading ([1-9])")
_LIST_STYLE = re.compile(r"list (bullet|number)(?: ([2-9]))?")
_HYPERLINK_FIELD = re.compile(r'\s*HYPERLINK\s+(?:"([^"]+)"|([^\s"\\]\S*))', re.IGNORECASE)
_VML_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*([0-9.]+)\s*(pt|in|cm|mm|px)?", re.IGNORECASE)
_VML_UNIT_MM = {"pt": 25.4 / 72, "in": 25.4, "cm": 10.0, "mm": 1.0, "px": 25.4 / 96, "": 25.4 / 96}
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    etree.LxmlError,
    EOFError,
    OSError,
    ValueError,
    KeyError,
)


# =========================================================================== public API


def check_docx_archive(data: bytes, filename: str) -> None:
    """Refuse bytes that are not a Word archive safe to open, before python-docx reads any part."""
    name = _one_line(filename)
    _check_signature(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ARCHIVE_ERRORS as exc:
        problem = M_(
            "the file is damaged or incomplete (its zip directory cannot be read); "
            "copy it again from its source"
        )
        raise NoteReadError(name, problem) from exc
    with archive:
        try:
            _check_declared(archive.infolist(), name)
            _check_inflated(data, archive.infolist(), name)  # before any part is read whole
            _check_parts(archive, name)
        except _ARCHIVE_ERRORS as exc:
            problem = M_(
                "the file is damaged ({reason}); copy it again from its source",
                reason=_reason(exc),
            )
            raise NoteReadError(name, problem) from exc


def docx_blocks(
    data: bytes, filename: str, anchor_prefix: str, top_level: int = 3
) -> tuple[Block, ...]:
    """The blocks of a Word file's body, in order; headings start at level ``top_level``."""
    return read_word_note(data, filename, anchor_prefix, top_level)[0]


def read_word_note(
    data: bytes, filename: str, anchor_prefix: str, top_level: int = 3, language: str = "en"
) -> tuple[tuple[Block, ...], CleanNote]:
    """The blocks of a Word note, and the note cleaned of active content (the bytes to merge,
    and what was removed): the blocks are read from the cleaned note, so both packs agree.
    What stands for a picture or chart the pack cannot draw is written in ``language``."""
    with _reading(filename):
        clean = clean_word_note(data, filename)
        reader = _open(clean.data, filename, anchor_prefix, top_level)
        reader.words = pack_words(language)
        return _group_lists(_body_items(reader, reader.body)), clean


def clean_word_note(data: bytes, filename: str) -> CleanNote:
    """The archive checks, then the note without active content (see ``docx_sanitise``)."""
    with _reading(filename):
        check_docx_archive(data, filename)
        return sanitise_docx(data, _one_line(filename))


def open_word_document(data: bytes, filename: str) -> Any:
    """The note as a python-docx ``Document`` to merge, always cleaned first (fields that
    fetch or run things, objects, controls, macros and unsafe links removed), so nothing
    removed can ever be merged, whatever bytes a caller passes."""
    with _reading(filename):
        return docx.Document(io.BytesIO(clean_word_note(data, filename).data))


def is_contents_control(sdt: etree._Element) -> bool:
    """Whether a content control (``w:sdt``) is Word's table of contents."""
    return _is_contents_control(sdt)


def docx_title(data: bytes) -> str | None:
    """The file's title property, else its first heading's text, else ``None`` (also if unreadable)."""
    try:
        with _reading("document"):
            reader = _open(clean_word_note(data, "document").data, "document", "title", 1)
            return _core_title(reader.package) or _first_heading(reader)
    except NoteReadError:
        return None


# =========================================================================== archive checks


def _check_signature(data: bytes, name: str) -> None:
    """Recognise what is plainly not a .docx from its first bytes."""
    if not data:
        raise NoteReadError(name, M_("the file is empty"))
    for magic, problem in _WRONG_FORMATS:
        if data.startswith(magic):
            raise NoteReadError(name, problem)
    if not data.startswith(b"PK") and not zipfile.is_zipfile(io.BytesIO(data)):
        problem = M_(
            "the file is not a Word document (.docx); open it in Word and save it as .docx"
        )
        raise NoteReadError(name, problem)


def _check_declared(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse archives whose directory declares too many parts, too much data or a bomb ratio."""
    if len(infos) > MAX_MEMBERS:
        problem = Mn_(
            "refused: the archive holds {count} part (at most {limit} are allowed)",
            "refused: the archive holds {count} parts (at most {limit} are allowed)",
            len(infos),
            count=grouped(len(infos)),
            limit=grouped(MAX_MEMBERS),
        )
        raise NoteReadError(name, problem)
    for info in infos:
        _check_member(info, name)
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        problem = M_(
            "refused: the file would expand to {size} (at most {limit} are allowed); "
            "it may be a zip bomb",
            size=_size(total),
            limit=_size(MAX_TOTAL_BYTES),
        )
        raise NoteReadError(name, problem)


def _check_member(info: zipfile.ZipInfo, name: str) -> None:
    """Refuse one part that is encrypted, oddly compressed or compressed like a bomb."""
    if info.flag_bits & 0x1:
        raise NoteReadError(name, M_("the file is encrypted; save it unprotected as .docx"))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        problem = M_(
            "the part {part} uses an unsupported compression method ({method}); "
            "save the file again from Word",
            part=_one_line(info.filename),
            method=info.compress_type,
        )
        raise NoteReadError(name, problem)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_CHECKED_FROM and ratio > MAX_RATIO:
        raise NoteReadError(name, _bomb_ratio(info, ratio))


def _bomb_ratio(info: zipfile.ZipInfo, ratio: float) -> Message:
    """Why a part that would expand too many times is refused."""
    return Mn_(
        "refused: the part {part} would expand {count} time, from {packed} to {size} "
        "(at most {limit} times is allowed above {threshold}); it may be a zip bomb",
        "refused: the part {part} would expand {count} times, from {packed} to {size} "
        "(at most {limit} times is allowed above {threshold}); it may be a zip bomb",
        round(ratio),
        count=grouped(ratio),
        part=_one_line(info.filename),
        packed=_size(info.compress_size),
        size=_size(info.file_size),
        limit=MAX_RATIO,
        threshold=_size(RATIO_CHECKED_FROM),
    )


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    """Require the content types, a main document part, and that part to be WordprocessingML."""
    names = set(archive.namelist())
    for required in (_CONTENT_TYPES, _PACKAGE_RELS):
        if required not in names:
            problem = M_(
                "the file is a zip archive but not a Word document (it has no {part}); "
                "save it as .docx",
                part=required,
            )
            raise NoteReadError(name, problem)
    main = _main_part_name(archive, name)
    if main not in names:
        problem = M_(
            "the file is not a complete Word document ({part} is missing)", part=_one_line(main)
        )
        raise NoteReadError(name, problem)
    content_type = _member_type(_parse_xml(archive.read(_CONTENT_TYPES)), main)
    if content_type not in MAIN_TYPE_ALIASES | {CT.WML_DOCUMENT_MAIN}:
        raise NoteReadError(name, _not_word(content_type))


def _main_part_name(archive: zipfile.ZipFile, name: str) -> str:
    """The zip member the package relationships name as the main document."""
    for rel in _parse_xml(archive.read(_PACKAGE_RELS)).iterfind("pr:Relationship", _NS):
        if rel.get("Type") == _STRICT_OFFICE_DOCUMENT:
            problem = M_(
                "the file is saved as Strict Open XML; "
                "save it in Word as a plain Word Document (.docx)"
            )
            raise NoteReadError(name, problem)
        if rel.get("Type") == RT.OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
            return posixpath.normpath(rel.get("Target", "")).lstrip("/")
    problem = M_(
        "the file is a zip archive but not a Word document (no main document part); "
        "save it as .docx"
    )
    raise NoteReadError(name, problem)


def _member_type(types: etree._Element, member: str) -> str:
    """A member's content type from ``[Content_Types].xml`` (override, else extension default)."""
    wanted = "/" + member.lower()
    for override in types.iterfind("ct:Override", _NS):
        if override.get("PartName", "").lower() == wanted:
            return override.get("ContentType", "")
    extension = posixpath.splitext(member)[1].lstrip(".").lower()
    for default in types.iterfind("ct:Default", _NS):
        if default.get("Extension", "").lower() == extension:
            return default.get("ContentType", "")
    return ""


def _not_word(content_type: str) -> Message:
    """Why a file whose main part has ``content_type`` is not a Word document, saying what
    it is."""
    if "spreadsheetml" in content_type or "ms-excel" in content_type:
        return M_("the file is not a Word document (it is an Excel workbook); save it as .docx")
    if "presentationml" in content_type or "ms-powerpoint" in content_type:
        return M_(
            "the file is not a Word document (it is a PowerPoint presentation); save it as .docx"
        )
    if not content_type:
        return M_("the file is not a Word document (it is of type unknown); save it as .docx")
    return M_(
        "the file is not a Word document (it is of type {type}); save it as .docx",
        type=content_type,
    )


def _check_inflated(data: bytes, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Inflate every part in bounded steps: none may hold more than its directory declares.

    zipfile cuts a part at its declared size, but only after inflating the whole stream in one
    call; a directory that understates a bomb would therefore still fill the memory.
    """
    view = memoryview(data)
    for info in infos:
        actual = _inflated_size(_member_data(view, info), info.compress_type, info.file_size)
        if actual > info.file_size:
            problem = M_(
                "refused: the part {part} holds more than the {size} its directory declares; "
                "it may be a zip bomb",
                part=_one_line(info.filename),
                size=_size(info.file_size),
            )
            raise NoteReadError(name, problem)


def _member_data(view: memoryview, info: zipfile.ZipInfo) -> memoryview:
    """The raw (compressed) bytes of one member, found through its local header."""
    start = info.header_offset
    header = bytes(view[start : start + 30])
    if len(header) < 30 or not header.startswith(b"PK\x03\x04"):
        raise zipfile.BadZipFile(f"bad local header for {_one_line(info.filename)}")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_length + extra_length
    return view[begin : begin + info.compress_size]


def _inflated_size(raw: memoryview, method: int, limit: int) -> int:
    """How many bytes ``raw`` inflates to, counting no further than just past ``limit``."""
    if method == zipfile.ZIP_STORED:
        return len(raw)
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total = 0
    for start in range(0, len(raw), _INFLATE_CHUNK):
        pending: bytes | memoryview = raw[start : start + _INFLATE_CHUNK]
        while pending and not inflater.eof:
            total += len(inflater.decompress(pending, _INFLATE_CHUNK))
            if total > limit:
                return total
            pending = inflater.unconsumed_tail
    while not inflater.eof and total <= limit:  # output still held back by the last step
        produced = len(inflater.decompress(b"", _INFLATE_CHUNK))
        if not produced:
            break
        total += produced
    return total


# =========================================================================== opening


@dataclass
class _Reader:
    """What walking one document needs: its part, styles, numbering and running state."""

    package: Any
    part: Any
    body: etree._Element
    styles: _Styles
    numbering: _Numbering
    anchor_prefix: str
    top_level: int
    fields: _Fields = field(default_factory=lambda: _Fields())
    headings: int = 0
    words: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)


@contextmanager
def _reading(filename: str) -> Iterator[None]:
    """Turn whatever python-docx, lxml or zipfile raise into one :class:`NoteReadError`."""
    try:
        yield
    except NoteReadError:
        raise
    except Exception as exc:  # the readers raise many types; none may reach the user as a trace
        log.debug("cannot read %s as a Word document", filename, exc_info=True)
        problem = M_("cannot be read as a Word document ({reason})", reason=_reason(exc))
        raise NoteReadError(_one_line(filename), problem) from exc


def _open(data: bytes, filename: str, anchor_prefix: str, top_level: int) -> _Reader:
    """Load a checked and cleaned note with python-docx and prepare a reader for its body."""
    package = Package.open(io.BytesIO(data))
    part = package.main_document_part
    body = part.element.find("w:body", _NS)
    if body is None:
        raise NoteReadError(_one_line(filename), M_("the Word document has no body"))
    return _Reader(
        package=package,
        part=part,
        body=body,
        styles=_Styles(_related_xml(part, RT.STYLES)),
        numbering=_Numbering(_related_xml(part, RT.NUMBERING)),
        anchor_prefix=anchor_prefix,
        top_level=max(1, min(top_level, 6)),
    )


def _related_xml(part: Any, reltype: str) -> etree._Element | None:
    """The XML root of the part ``part`` relates to by ``reltype``, if there is one."""
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else _parse_xml(target.blob)
    return None


def _core_title(package: Any) -> str:
    """The core-properties title, or "" (python-docx would invent one if the part is missing)."""
    try:
        part = package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return ""
    return (part.core_properties.title or "").strip()


def _first_heading(reader: _Reader) -> str | None:
    """The text of the body's first heading, walking no further than it."""
    for item in _body_items(reader, reader.body):
        if isinstance(item, Heading):
            return item.text
    return None


# =========================================================================== styles and numbering


@dataclass(frozen=True)
class _Style:
    """A style with its ``basedOn`` chain folded in; ``name`` in lower case."""

    name: str = ""
    bold: bool | None = None
    italic: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None


class _Styles:
    """The styles part, resolved on demand by style id."""

    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, etree._Element] = {}
        self._resolved: dict[str, _Style] = {}
        default_id = None
        for element in root.iterfind("w:style", _NS) if root is not None else ():
            style_id = element.get(_q("w:styleId"))
            if style_id:
                self._raw[style_id] = element
            if element.get(_q("w:type")) == "paragraph" and _is_on(element.get(_q("w:default"))):
                default_id = style_id
        self.default = self.get(default_id) or _Style()

    def get(self, style_id: str | None) -> _Style | None:
        """The resolved style, or ``None`` for an unknown id."""
        if not style_id or style_id not in self._raw:
            return None
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id)
        return self._resolved[style_id]

    def _resolve(self, style_id: str) -> _Style:
        """Fold the ``basedOn`` chain (a cycle stops it) from the base up."""
        chain: list[etree._Element] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current in self._raw and current not in seen:
            seen.add(current)
            chain.append(self._raw[current])
            current = _child_val(self._raw[current], "w:basedOn")
        props: dict[str, Any] = {}
        for element in reversed(chain):
            props.update((k, v) for k, v in _own_style_props(element).items() if v is not None)
        return _Style(name=(_child_val(chain[0], "w:name") or "").lower(), **props)


def _own_style_props(element: etree._Element) -> dict[str, Any]:
    """The properties one style element sets itself."""
    run_props = element.find("w:rPr", _NS)
    para_props = element.find("w:pPr", _NS)
    numbering = para_props.find("w:numPr", _NS) if para_props is not None else None
    return {
        "bold": _toggle(run_props, "w:b"),
        "italic": _toggle(run_props, "w:i"),
        "num_id": _child_val(numbering, "w:numId"),
        "ilvl": _int(_child_val(numbering, "w:ilvl")),
        "outline": _int(_child_val(para_props, "w:outlineLvl")),
    }


class _Numbering:
    """The numbering part: each list's number format per level."""

    def __init__(self, root: etree._Element | None) -> None:
        self._levels: dict[str, dict[int, str]] = {}
        self._abstract: dict[str, str] = {}
        if root is None:
            return
        abstract = _abstract_levels(root)
        for num in root.iterfind("w:num", _NS):
            num_id = num.get(_q("w:numId"))
            abstract_id = _child_val(num, "w:abstractNumId") or ""
            if num_id is not None:
                self._levels[num_id] = {**abstract.get(abstract_id, {}), **_overrides(num)}
                self._abstract[num_id] = abstract_id or num_id

    def format(self, num_id: str, ilvl: int) -> str | None:
        """The ``numFmt`` of a list level (``bullet``, ``decimal``, ``lowerRoman``…)."""
        return self._levels.get(num_id, {}).get(ilvl)

    def key(self, num_id: str) -> str:
        """Lists sharing a key continue one numbering."""
        return self._abstract.get(num_id, num_id)


def _abstract_levels(root: etree._Element) -> dict[str, dict[int, str]]:
    """Level formats of each abstract numbering, following ``numStyleLink`` once."""
    levels: dict[str, dict[int, str]] = {}
    style_links: dict[str, str] = {}
    numbering_links: dict[str, str] = {}
    for abstract in root.iterfind("w:abstractNum", _NS):
        abstract_id = abstract.get(_q("w:abstractNumId")) or ""
        levels[abstract_id] = _level_formats(abstract.iterfind("w:lvl", _NS))
        if link := _child_val(abstract, "w:styleLink"):
            style_links[link] = abstract_id
        if link := _child_val(abstract, "w:numStyleLink"):
            numbering_links[abstract_id] = link
    for abstract_id, link in numbering_links.items():
        if not levels[abstract_id] and link in style_links:
            levels[abstract_id] = levels[style_links[link]]
    return levels


def _overrides(num: etree._Element) -> dict[int, str]:
    """Level formats a ``w:num`` overrides."""
    return _level_formats(num.iterfind("w:lvlOverride/w:lvl", _NS))


def _level_formats(levels: Iterable[etree._Element]) -> dict[int, str]:
    """``ilvl`` → ``numFmt`` (the first one, so Word 2010's AlternateContent choice wins)."""
    formats: dict[int, str] = {}
    for level in levels:
        ilvl = _int(level.get(_q("w:ilvl")))
        number_format = next(level.iter(_q("w:numFmt")), None)
        if ilvl is not None and number_format is not None:
            formats[ilvl] = number_format.get(W_VAL) or ""
    return formats


# =========================================================================== fields


@dataclass
class _Field:
    """One open complex field: its code so far, whether its result shows, its link."""

    code: list[str] = field(default_factory=list)
    showing: bool = False
    link: str = ""


class _Fields:
    """Complex fields (``w:fldChar``) open at this point; they may span runs and paragraphs."""

    def __init__(self) -> None:
        self._open: list[_Field] = []
        self._in_code = 0  # open fields still in their code part: their text stays hidden

    @property
    def hidden(self) -> bool:
        """Whether text here belongs to a field code rather than a result."""
        return self._in_code > 0

    @property
    def link(self) -> str:
        """The URL of the innermost HYPERLINK field whose result this is, or ""."""
        return self._open[-1].link if self._open else ""

    def char(self, kind: str | None) -> None:
        """Follow a ``begin``, ``separate`` or ``end`` mark."""
        if kind == "begin":
            self._open.append(_Field(link=self.link))
            self._in_code += 1
        elif kind == "separate" and self._open and not self._open[-1].showing:
            self._show(self._open[-1])
        elif kind == "end" and self._open:
            self._in_code -= 0 if self._open.pop().showing else 1

    def code(self, text: str) -> None:
        """Collect field code text (``w:instrText``)."""
        if self._open and not self._open[-1].showing:
            self._open[-1].code.append(text)

    def _show(self, opened: _Field) -> None:
        opened.showing = True
        self._in_code -= 1
        opened.link = _field_link("".join(opened.code)) or opened.link


def _field_link(code: str) -> str:
    """The URL of a ``HYPERLINK "…"`` field code, if it is an allowed link."""
    found = _HYPERLINK_FIELD.match(code)
    return _safe_link(found.group(1) or found.group(2)) if found else ""


# =========================================================================== inline content


class _Fmt(NamedTuple):
    """Formatting in force: bold and italic (``None`` = not set here) and a link."""

    bold: bool | None
    italic: bool | None
    link: str


@dataclass
class _Text:
    """Text of one style being collected (joined once, at the end)."""

    bold: bool
    italic: bool
    link: str
    parts: list[str]

    def span(self) -> Span:
        """The collected run."""
        return Span("".join(self.parts), self.bold, self.italic, self.link)


@dataclass(frozen=True)
class _ListEntry:
    """A list paragraph, before consecutive ones are grouped into a :class:`ListBlock`."""

    spans: Spans
    depth: int
    ordered: bool
    key: str


Item = Block | _ListEntry


@dataclass
class _Inline:
    """One paragraph's content: text by style, and the blocks found inside it."""

    pieces: list[_Text | Item] = field(default_factory=list)

    def text(self, text: str, bold: bool, italic: bool, link: str) -> None:
        """Add text, extending the last run when the style is the same."""
        last = self.pieces[-1] if self.pieces else None
        if isinstance(last, _Text) and (last.bold, last.italic, last.link) == (bold, italic, link):
            last.parts.append(text)
        else:
            self.pieces.append(_Text(bold, italic, link, [text]))

    def segments(self) -> Iterator[Spans | Item]:
        """Runs of spans, split where a block (a picture, a text box's content) stands."""
        spans: list[Span] = []
        for piece in self.pieces:
            if isinstance(piece, _Text):
                spans.append(piece.span())
            else:
                yield tuple(spans)
                spans = []
                yield piece
        yield tuple(spans)

    def spans_and_items(self) -> tuple[Spans, list[Item]]:
        """All text as one span sequence, and the blocks found inside, in order."""
        pieces = list(self.segments())
        text = tuple(s for piece in pieces if isinstance(piece, tuple) for s in piece)
        return text, [piece for piece in pieces if not isinstance(piece, tuple)]


def _walk_inline(reader: _Reader, parent: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """Walk a paragraph's (or hyperlink's) children in order."""
    for child in _content(parent):
        handler = _INLINE_HANDLERS.get(child.tag)
        if handler is not None:
            handler(reader, child, out, fmt)


def _run(reader: _Reader, run: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """A text run: resolve its bold and italic, then walk its children."""
    props = run.find("w:rPr", _NS)
    if _toggle(props, "w:vanish"):
        return  # hidden text
    char_style = reader.styles.get(_child_val(props, "w:rStyle")) or _Style()
    bold = _first(_toggle(props, "w:b"), char_style.bold, fmt.bold)
    italic = _first(_toggle(props, "w:i"), char_style.italic, fmt.italic)
    _run_children(reader, run, out, _Fmt(bold, italic, fmt.link))


def _hyperlink(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """``w:hyperlink``: its runs, linked to the relationship's URL when it is http(s)/mailto."""
    rel = reader.part.rels.get(element.get(R_ID) or "")
    url = _safe_link(rel.target_ref) if rel is not None and rel.is_external else ""
    _walk_inline(reader, element, out, fmt._replace(link=url or fmt.link))


def _simple_field(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """``w:fldSimple``: its result runs (linked when it is a HYPERLINK field)."""
    url = _field_link(element.get(_q("w:instr")) or "")
    _walk_inline(reader, element, out, fmt._replace(link=url or fmt.link))


def _math(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """Office Math: its text, linear."""
    _emit(reader, out, "".join(t.text or "" for t in element.iter(_q("m:t"))), fmt)


_INLINE_HANDLERS = {
    W_R: _run,
    _q("w:hyperlink"): _hyperlink,
    _q("w:fldSimple"): _simple_field,
    _q("m:oMath"): _math,
    _q("m:oMathPara"): _math,
}


def _run_children(reader: _Reader, run: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """Walk a run's children (text, tabs, breaks, fields, pictures) in order."""
    for child in run:
        handler = _RUN_HANDLERS.get(child.tag)
        if handler is not None:
            handler(reader, child, out, fmt)


def _emit(reader: _Reader, out: _Inline, text: str, fmt: _Fmt) -> None:
    """Add text unless it belongs to a field code."""
    if text and not reader.fields.hidden:
        out.text(text, bool(fmt.bold), bool(fmt.italic), fmt.link or reader.fields.link)


def _text(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    _emit(reader, out, element.text or "", fmt)


def _space(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    _emit(reader, out, " ", fmt)


def _newline(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    _emit(reader, out, "\n", fmt)


def _hyphen(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    _emit(reader, out, "-", fmt)


def _field_char(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    reader.fields.char(element.get(_q("w:fldCharType")))


def _field_code(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    reader.fields.code(element.text or "")


def _alternate(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """``mc:AlternateContent`` inside a run: one branch only, so nothing shows twice."""
    branch = _chosen_branch(element)
    if branch is not None:
        _run_children(reader, branch, out, fmt)


def _drawing(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """DrawingML: pictures, placeholders for charts and diagrams, text boxes' content."""
    width = _drawing_width_mm(element)
    for blip in _outside_textboxes(element, A_BLIP):
        out.pieces.append(_picture(reader, blip.get(R_EMBED) or blip.get(R_LINK), width))
    for graphic in _outside_textboxes(element, A_GRAPHIC_DATA):
        if label := _GRAPHIC_LABELS.get(graphic.get("uri", "")):
            out.pieces.append(Paragraph(plain(reader.words.gettext(label), italic=True)))
    _textboxes(reader, element, out)


def _vml(reader: _Reader, element: etree._Element, out: _Inline, fmt: _Fmt) -> None:
    """VML (``w:pict``, ``w:object``): pictures (an OLE object's preview) and text boxes."""
    for data in _outside_textboxes(element, V_IMAGEDATA):
        out.pieces.append(_picture(reader, data.get(R_ID), _vml_width_mm(data.getparent())))
    _textboxes(reader, element, out)


_RUN_HANDLERS = {
    _q("w:t"): _text,
    _q("w:tab"): _space,
    _q("w:ptab"): _space,
    _q("w:br"): _newline,
    _q("w:cr"): _newline,
    _q("w:noBreakHyphen"): _hyphen,
    _q("w:fldChar"): _field_char,
    _q("w:instrText"): _field_code,
    _q("w:drawing"): _drawing,
    _q("w:pict"): _vml,
    _q("w:object"): _vml,
    MC_ALTERNATE: _alternate,
}


def _textboxes(reader: _Reader, element: etree._Element, out: _Inline) -> None:
    """The content of each text box in ``element`` (nested ones are reached through it)."""
    for box in _outside_textboxes(element, W_TXBX_CONTENT):
        out.pieces.extend(_body_items(reader, box))


def _picture(reader: _Reader, rel_id: str | None, width_mm: float | None) -> Block:
    """An :class:`Image` for a PNG/JPEG/GIF picture part, else an italic placeholder."""
    rel = reader.part.rels.get(rel_id or "")
    if rel is None:
        return _not_shown(reader, reader.words.gettext(N_("a missing picture")))
    if rel.is_external:
        name = posixpath.basename(rel.target_ref)
        return _not_shown(reader, name or reader.words.gettext(N_("a linked picture")))
    data = rel.target_part.blob
    if sniff_image(data) is None:
        return _not_shown(reader, posixpath.basename(str(rel.target_part.partname)))
    width = width_mm if width_mm and width_mm > 0 else DEFAULT_IMAGE_WIDTH_MM
    return Image(data, width_mm=round(min(width, MAX_IMAGE_WIDTH_MM), 2), caption="")


def _not_shown(reader: _Reader, name: str) -> Paragraph:
    """The placeholder for a picture the pack cannot draw, in the pack's language."""
    text = reader.words.gettext(N_("[Image not shown: {name}]")).format(name=name)
    return Paragraph(plain(text, italic=True))


def _drawing_width_mm(drawing: etree._Element) -> float | None:
    """The drawing's width on the page (``wp:extent``), in millimetres."""
    extent = drawing.find(".//wp:extent", _NS)
    width = _int(extent.get("cx")) if extent is not None else None
    return width / _EMU_PER_MM if width else None


def _vml_width_mm(shape: etree._Element | None) -> float | None:
    """The width in a VML shape's CSS-like ``style``, in millimetres."""
    found = _VML_WIDTH.search(shape.get("style", "")) if shape is not None else None
    if found is None:
        return None
    try:
        return float(found.group(1)) * _VML_UNIT_MM[(found.group(2) or "").lower()]
    except ValueError:
        return None


# =========================================================================== blocks


def _body_items(reader: _Reader, parent: etree._Element) -> Iterator[Item]:
    """Blocks (and list entries) of a body, cell or text box, in document order."""
    for child in _content(parent):
        if child.tag == W_P:
            yield from _paragraph_items(reader, child)
        elif child.tag == W_TBL:
            yield from _table_items(reader, child)


def _paragraph_items(reader: _Reader, paragraph: etree._Element) -> Iterator[Item]:
    """One paragraph as a heading, a list entry or body paragraphs (split at pictures)."""
    props = paragraph.find("w:pPr", _NS)
    style = reader.styles.get(_child_val(props, "w:pStyle")) or reader.styles.default
    level = _heading_level(props, style)
    quote = style.name in _QUOTE_STYLES
    fmt = _Fmt(None, None, "") if quote or level else _Fmt(style.bold, style.italic, "")
    inline = _Inline()
    _walk_inline(reader, paragraph, inline, fmt)  # even when dropped: fields may span paragraphs
    if _CONTENTS_STYLE.fullmatch(style.name):
        return iter(())
    if level:
        return _heading_items(reader, inline, level)
    entry = _list_entry(reader, props, style)
    if entry is not None:
        return _list_items(inline, entry)
    return _body_paragraphs(inline, "quote" if quote else "body")


def _heading_level(props: etree._Element | None, style: _Style) -> int | None:
    """1–9 for a Title / Heading n style or an outline level, else ``None``."""
    if style.name == "title":
        return 1
    if found := _HEADING_STYLE.fullmatch(style.name):
        return int(found.group(1))
    outline = _int(_child_val(props, "w:outlineLvl"))
    outline = style.outline if outline is None else outline
    return outline + 1 if outline is not None and 0 <= outline <= 8 else None


def _heading_items(reader: _Reader, inline: _Inline, level: int) -> Iterator[Item]:
    """A heading (one line of text), then any blocks found inside its paragraph."""
    spans, items = inline.spans_and_items()
    text = " ".join(spans_text(spans).split())
    if text:
        reader.headings += 1
        yield Heading(
            level=min(reader.top_level + level - 1, 6),
            text=text,
            anchor=f"{reader.anchor_prefix}-h{reader.headings}",
            in_contents=False,
        )
    yield from items


def _list_entry(reader: _Reader, props: etree._Element | None, style: _Style) -> _ListEntry | None:
    """The list position of a paragraph (its spans still empty), or ``None`` if not a list item."""
    numbering = props.find("w:numPr", _NS) if props is not None else None
    num_id = _child_val(numbering, "w:numId")
    if num_id == "0":
        return None  # numbering explicitly removed from this paragraph
    num_id = num_id or style.num_id
    named = _LIST_STYLE.fullmatch(style.name)
    if not num_id and not named:
        return None
    ilvl = _int(_child_val(numbering, "w:ilvl"))
    style_depth = int(named.group(2) or 1) - 1 if named else 0
    depth = ilvl if ilvl is not None else max(style.ilvl or 0, style_depth)
    level = ilvl if ilvl is not None else (style.ilvl or 0)
    number_format = reader.numbering.format(num_id, level) if num_id else None
    # Without a numbering definition, the style's name is the only hint left.
    ordered = number_format not in ("bullet", "none") if number_format else "number" in style.name
    key = reader.numbering.key(num_id) if ordered and num_id else ""
    return _ListEntry((), max(0, min(depth, 8)), ordered, key)


def _list_items(inline: _Inline, entry: _ListEntry) -> Iterator[Item]:
    """A list entry with the paragraph's text, then any blocks found inside it."""
    spans, items = inline.spans_and_items()
    spans = _trimmed(spans)
    if _has_text(spans):
        yield replace(entry, spans=spans)
    yield from items


def _body_paragraphs(inline: _Inline, style: str) -> Iterator[Item]:
    """Paragraphs of the text between the blocks found inline; empty ones dropped."""
    for segment in inline.segments():
        if not isinstance(segment, tuple):
            yield segment
        elif _has_text(spans := _trimmed(segment)):
            yield Paragraph(spans, style)


def _table_items(reader: _Reader, table: etree._Element) -> Iterator[Item]:
    """A table: the first row as header, the rest as rows, ragged rows padded. A one-cell
    table is a box around content, so its content comes out as blocks; an empty one is dropped."""
    rows = [
        row for row in _content(table) if row.tag == W_TR and row.find("w:trPr/w:del", _NS) is None
    ]
    cells = [cell for row in rows for cell in _content(row) if cell.tag == W_TC]
    if len(rows) == 1 and len(cells) == 1:
        yield from _body_items(reader, cells[0])
        return
    grid = [_row_cells(reader, row) for row in rows]
    if not any(line for row in grid for cell in row for line in cell):
        return
    width = _used_width(grid)
    grid = [(row + [()] * width)[:width] for row in grid]
    header = tuple(_cell_text(cell) for cell in grid[0])
    yield Table(header=header, rows=tuple(tuple(row) for row in grid[1:]), kind="grid")


def _used_width(grid: list[list[Cell]]) -> int:
    """The number of columns, leaving out trailing ones no row puts anything in."""
    width = max(len(row) for row in grid)
    while width > 1 and not any(len(row) >= width and row[width - 1] for row in grid):
        width -= 1  # left empty by merges or skipped grid columns
    return width


def _cell_text(cell: Cell) -> str:
    """A cell's lines as one string (for the header row)."""
    return " ".join(spans_text(line) for line in cell)


def _row_cells(reader: _Reader, row: etree._Element) -> list[Cell]:
    """A row's cells, one per grid column; merged-over columns are blank."""
    cells: list[Cell] = []
    _pad(cells, _int(_child_val(row.find("w:trPr", _NS), "w:gridBefore")) or 0)
    for cell in _content(row):
        if cell.tag != W_TC:
            continue
        props = cell.find("w:tcPr", _NS)
        if props is not None and props.find("w:cellDel", _NS) is not None:
            continue  # a tracked cell deletion
        cells.append(() if _continues_merge(props) else _cell_lines(reader, cell))
        _pad(cells, (_int(_child_val(props, "w:gridSpan")) or 1) - 1)
    return cells


def _pad(cells: list[Cell], count: int) -> None:
    """Add ``count`` blank cells for merged-over or skipped grid columns, up to MAX_COLUMNS."""
    cells.extend([()] * max(0, min(count, MAX_COLUMNS - len(cells))))


def _continues_merge(props: etree._Element | None) -> bool:
    """Whether a cell continues a vertical (or legacy horizontal) merge."""
    for name in ("w:vMerge", "w:hMerge"):
        merge = props.find(name, _NS) if props is not None else None
        if merge is not None and merge.get(W_VAL) in (None, "continue"):
            return True
    return False


def _cell_lines(reader: _Reader, cell: etree._Element) -> Cell:
    """A cell's content as lines of spans (lists get markers, nested tables one line a row)."""
    return tuple(
        line
        for block in _group_lists(_body_items(reader, cell))
        for line in _lines(block, reader.words)
    )


def _lines(block: Block, words: gettext.NullTranslations) -> Iterator[Spans]:
    """A block inside a table cell, as text lines."""
    if isinstance(block, Paragraph):
        yield block.spans
    elif isinstance(block, Heading):
        yield plain(block.text, bold=True)
    elif isinstance(block, ListBlock):
        yield from _list_lines(block)
    elif isinstance(block, Table):
        for row in (block.header, *(_row_texts(row) for row in block.rows)):
            yield plain(" | ".join(row))
    elif isinstance(block, Image):
        yield plain(words.gettext(N_("[Image not shown]")), italic=True)


def _row_texts(row: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple(_cell_text(cell) for cell in row)


def _list_lines(block: ListBlock) -> Iterator[Spans]:
    """List items as lines with a marker ("• " or "n. ") indented by depth."""
    counters: dict[int, int] = {}
    for index, item in enumerate(block.items):
        depth = block.depth(index)
        counters = {d: n for d, n in counters.items() if d <= depth}
        counters[depth] = counters.get(depth, 0) + 1
        marker = f"{counters[depth]}. " if block.ordered else "• "
        yield (Span("  " * depth + marker), *item)


def _group_lists(items: Iterable[Item]) -> tuple[Block, ...]:
    """Blocks in order, consecutive list entries grouped into one :class:`ListBlock` each."""
    blocks: list[Block] = []
    pending: list[_ListEntry] = []
    for item in items:
        if isinstance(item, _ListEntry):
            if pending and _starts_list(pending[0], item):
                blocks.append(_list_block(pending))
                pending = []
            pending.append(item)
            continue
        if pending:
            blocks.append(_list_block(pending))
            pending = []
        blocks.append(item)
    if pending:
        blocks.append(_list_block(pending))
    return tuple(blocks)


def _starts_list(first: _ListEntry, entry: _ListEntry) -> bool:
    """Whether ``entry`` starts a new list rather than continuing the one begun by ``first``."""
    return entry.depth <= first.depth and (entry.ordered, entry.key) != (first.ordered, first.key)


def _list_block(entries: list[_ListEntry]) -> ListBlock:
    """One list; depths start at 0 and never jump more than one level deeper."""
    top = min(entry.depth for entry in entries)
    depths: list[int] = []
    for entry in entries:
        depths.append(min(entry.depth - top, depths[-1] + 1 if depths else 0))
    ordered = next(entry.ordered for entry in entries if entry.depth == top)
    return ListBlock(
        items=tuple(entry.spans for entry in entries),
        ordered=ordered,
        depths=tuple(depths) if any(depths) else (),
    )


# =========================================================================== small helpers


def _content(parent: etree._Element) -> Iterator[etree._Element]:
    """Children of ``parent``, looking through content controls, custom XML, smart tags,
    tracked insertions and AlternateContent (one branch) as if they were not there."""
    for child in parent:
        if child.tag in _TRANSPARENT:
            yield from _content(child)
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None and not _is_contents_control(child):
                yield from _content(content)
        elif child.tag == MC_ALTERNATE:
            branch = _chosen_branch(child)
            if branch is not None:
                yield from _content(branch)
        else:
            yield child


def _is_contents_control(sdt: etree._Element) -> bool:
    """Whether a content control is Word's table of contents."""
    return _child_val(sdt, "w:sdtPr/w:docPartObj/w:docPartGallery") == _CONTENTS_GALLERY


def _chosen_branch(element: etree._Element) -> etree._Element | None:
    """The first ``mc:Choice`` of an AlternateContent, else its ``mc:Fallback``."""
    choice = element.find("mc:Choice", _NS)
    return choice if choice is not None else element.find("mc:Fallback", _NS)


def _outside_textboxes(root: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Descendants of ``root`` with ``tag`` that are not inside a text box within ``root``."""
    for found in root.iter(tag):
        parent = found.getparent()
        while parent is not None and parent is not root and parent.tag != W_TXBX_CONTENT:
            parent = parent.getparent()
        if parent is None or parent is root:
            yield found


def _child_val(element: etree._Element | None, path: str) -> str | None:
    """The ``w:val`` of the child at ``path``, if both exist."""
    child = element.find(path, _NS) if element is not None else None
    return child.get(W_VAL) if child is not None else None


def _toggle(element: etree._Element | None, path: str) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``), ``None`` when not set."""
    child = element.find(path, _NS) if element is not None else None
    if child is None:
        return None
    value = child.get(W_VAL)
    return value is None or _is_on(value)


def _is_on(value: str | None) -> bool:
    return value is not None and value.lower() not in ("0", "false", "off", "none")


def _int(text: str | None) -> int | None:
    """An integer attribute, or ``None`` when missing or malformed."""
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _first(*values: bool | None) -> bool:
    """The first value that is set, else ``False``."""
    return next((value for value in values if value is not None), False)


def _safe_link(url: str) -> str:
    """``url`` if it is an http(s) or mailto link, else ""."""
    url = url.strip()
    scheme, colon, _ = url.partition(":")
    return url if colon and scheme.lower() in _LINK_SCHEMES else ""


def _trimmed(spans: Spans) -> Spans:
    """Spans without line breaks at either end (a paragraph's own edges, not its text)."""
    items = [span for span in spans if span.text]
    while items and not items[0].text.lstrip("\n"):
        items.pop(0)
    while items and not items[-1].text.rstrip("\n"):
        items.pop()
    if items:
        items[0] = replace(items[0], text=items[0].text.lstrip("\n"))
        items[-1] = replace(items[-1], text=items[-1].text.rstrip("\n"))
    return tuple(items)


def _has_text(spans: Spans) -> bool:
    return any(span.text.strip() for span in spans)


def _parse_xml(data: bytes) -> etree._Element:
    """Parse a package part without resolving entities or touching the network."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    return etree.fromstring(data, parser)


def _size(count: int) -> Message:
    """A byte count for a message."""
    if count >= MB:
        return M_("{size} MB", size=one_decimal(count / MB))
    if count >= 1024:
        return M_("{size} KB", size=one_decimal(count / 1024))
    return Mn_("{count} byte", "{count} bytes", count, count=grouped(count))


def _reason(exc: BaseException) -> str:
    """An exception as one short line."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _one_line(name: str) -> str:
    """A file or part name fit for a one-line message: line breaks become spaces, nothing else
    changes (callers strip the ``"<filename>: "`` prefix to re-word the message)."""
    return _LINE_BREAKS.sub(" ", name) or M_("(unnamed file)")
