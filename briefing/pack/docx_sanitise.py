"""Word notes without active content: a cleaned copy of the package, and what was removed.

A note comes from outside the secretariat and its pack goes to every delegation, so before a
Word note is read into blocks or merged into the DOCX pack, :func:`sanitise_docx` rewrites it
to keep only text, formatting, tables, pictures and web or internal links:

- every XML part is parsed without entities, DTDs or network; a part that declares a DOCTYPE
  is refused (Word never writes one; entities are how XXE and billion-laughs attacks work);
- markup compatibility is resolved first: every ``mc:AlternateContent`` becomes its
  ``mc:Fallback`` (what a reader that knows no extension shows), so nothing hides in a choice;
- fields outside :data:`SAFE_FIELDS` become their last shown result (INCLUDETEXT, DDEAUTO,
  INCLUDEPICTURE… can fetch files or run programs when Word updates them); their marks and
  code are found wherever they stand, in one pass;
- OLE objects (their preview picture stays), ActiveX controls, altChunks, subdocuments,
  macros, attached templates, frames and every external relationship other than a web link
  are dropped; a link to anything but http(s)/mailto (a hyperlink, a HYPERLINK field, a VML
  shape's ``href``) keeps its text or shape without the link;
- pictures are checked against :data:`~briefing.validation.MAX_IMAGE_PIXELS` from their header alone (a bomb is
  refused); a damaged PNG, JPEG or GIF is left out with a word in the build report;
- a note with more than :data:`~briefing.validation.MAX_NOTE_PARAGRAPHS` paragraphs is refused.

Only parts still reachable through the kept relationships are written back, so nothing that
was cut loose (an ``embeddings/`` object, a ``vbaProject.bin``) travels on.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree
from PIL import Image as PilImage

from briefing.errors import NoteReadError
from briefing.messages import M_, Message, Mn_, grouped
from briefing.model import sniff_image
from briefing.validation import MAX_IMAGE_PIXELS, MAX_NOTE_BODY_BYTES, MAX_NOTE_PARAGRAPHS

__all__ = [
    "MAIN_TYPE_ALIASES",
    "SAFE_FIELDS",
    "CleanNote",
    "UnsafeXml",
    "field_is_safe",
    "parse_strict",
    "sanitise_docx",
    "unwrap",
]

MB = 1024 * 1024
# Fields Word may update in a pack without fetching or running anything.
SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "REF", "PAGEREF", "TOC", "SEQ", "DATE", "HYPERLINK"})
WEB_SCHEMES = frozenset({"http", "https", "mailto"})

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_VML = "urn:schemas-microsoft-com:vml"
_O = "urn:schemas-microsoft-com:office:office"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(local: str) -> str:
    return f"{{{_W}}}{local}"


W_R, W_P, W_T, W_RPR = _w("r"), _w("p"), _w("t"), _w("rPr")
W_FLD_CHAR, W_INSTR, W_FLD_SIMPLE = _w("fldChar"), _w("instrText"), _w("fldSimple")
W_DEL_INSTR = _w("delInstrText")
MC_ALTERNATE, MC_FALLBACK = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Fallback"
W_HYPERLINK, W_OBJECT, W_PICT, W_DRAWING = _w("hyperlink"), _w("object"), _w("pict"), _w("drawing")
W_FLD_TYPE, W_INSTR_ATTR, W_ANCHOR = _w("fldCharType"), _w("instr"), _w("anchor")
R_ID, R_EMBED, R_LINK = f"{{{_R}}}id", f"{{{_R}}}embed", f"{{{_R}}}link"
A_BLIP, V_IMAGEDATA = f"{{{_A}}}blip", f"{{{_VML}}}imagedata"
W_MAIL_MERGE = _w("mailMerge")
_VML_SRC, _O_HREF, _VML_HREF = "src", f"{{{_O}}}href", "href"
_DELETED = frozenset({_w("del"), _w("moveFrom")})
_OBJECT_PARTS = frozenset({f"{{{_O}}}OLEObject", _w("objectEmbed"), _w("objectLink")})
_VML_SHAPES = frozenset(f"{{{_VML}}}{t}" for t in ("shapetype", "shape", "rect", "group"))
_DROPPED = {  # element → what the report calls it
    _w("altChunk"): "imported document (altChunk)",
    _w("subDoc"): "subdocument",
    _w("control"): "ActiveX control",
}
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# A macro-enabled document or a template: read as a plain document (macros never kept).
MAIN_TYPE_ALIASES = frozenset(
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
# Relationships a note keeps (the last segment of their type); every other one is dropped.
_KEPT_RELS = frozenset(
    {
        "officeDocument", "core-properties", "metadata/core-properties", "extended-properties",
        "custom-properties", "styles", "stylesWithEffects", "numbering", "settings",
        "webSettings", "fontTable", "theme", "footnotes", "endnotes", "header", "footer",
        "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "image",
        "hyperlink", "diagramData", "diagramLayout", "diagramQuickStyle", "diagramColors",
        "diagramDrawing", "chart", "chartUserShapes", "chartStyle", "chartColorStyle",
        "themeOverride", "font",
    }
)  # fmt: skip
# Dropped relationships the report names (others, e.g. printer settings, go without a word).
_REPORTED_RELS = {
    "vbaProject": "macro project",
    "wordVbaData": "macro project",
    "keyMapCustomizations": "macro project",
    "attachedTemplate": "attached template",
    "frame": "frame",
    "webextensiontaskpanes": "add-in",
}
_CONTENT_RELS = frozenset({"officeDocument", "footnotes", "endnotes", "header", "footer"})
_CONTENT_RELS |= {"comments"}
_HYPERLINK_CODE = re.compile(r"\s*HYPERLINK\b(.*)", re.IGNORECASE | re.DOTALL)
# A HYPERLINK field's switches: those that take an argument, and those that stand alone.
_LINK_SWITCHES_WITH_ARGUMENT = frozenset({"\\l", "\\o", "\\t"})
_LINK_SWITCHES_ALONE = frozenset({"\\m", "\\n", "\\h"})
_DOCTYPE = re.compile(rb"(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.DOTALL)
_PROLOG_BYTES = 64 * 1024  # a prolog is a declaration and perhaps a comment: far less
_XML_NAME = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_DRAWN = frozenset({".png", ".jpg", ".jpeg", ".jpe", ".gif"})
_PICTURE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError, TypeError)


class UnsafeXml(ValueError):
    """An XML part declares a DOCTYPE: entities, the way of XXE and billion-laughs attacks."""


@dataclass(frozen=True)
class CleanNote:
    """A Word note's package without active content, and what was removed (one message a
    kind, e.g. ``"2 fields (INCLUDETEXT, DDEAUTO) keeping their shown text"``)."""

    data: bytes
    removed: tuple[Message, ...] = ()


# =========================================================================== public API


def sanitise_docx(data: bytes, filename: str) -> CleanNote:
    """The note's package cleaned of active content; refuses entity declarations, picture
    bombs and notes past :data:`~briefing.validation.MAX_NOTE_PARAGRAPHS`. Call after the archive checks."""
    package = _Package.read(data, filename)
    found = _Found()
    package.prune_relationships(found)
    package.clean_content(found)
    package.check_pictures(found)
    return CleanNote(package.write(), found.descriptions())


def parse_strict(blob: bytes, where: str) -> etree._Element:
    """An XML part's root, parsed with no entities, DTD, network or huge trees; a DOCTYPE is
    refused (:class:`UnsafeXml`); anything not well-formed raises ``ValueError``; both name
    ``where``."""
    if _DOCTYPE.match(_prolog(blob)):  # before lxml sees its entities at all
        raise UnsafeXml(_doctype(where))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(blob, parser)
    except etree.XMLSyntaxError as exc:
        problem = M_(
            "the part {part} is not well-formed XML ({reason})", part=where, reason=_short(exc)
        )
        raise ValueError(problem) from exc
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise UnsafeXml(_doctype(where))
    return root


def _doctype(where: str) -> Message:
    """Why a part that declares a DOCTYPE is refused."""
    return M_("the part {part} declares a DOCTYPE (entities), which Word never writes", part=where)


def problem_of(exc: Exception) -> str:
    """What an exception of :func:`parse_strict` says (a message), or its text."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Message) else _short(exc)


def _prolog(blob: bytes) -> bytes:
    """The start of an XML part as ASCII-compatible bytes (UTF-16 parts decoded)."""
    head = blob[:_PROLOG_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def field_is_safe(code: str) -> bool:
    """Whether a field code names a field Word may update without fetching or running anything
    (a HYPERLINK only to a web address or a place in the document)."""
    words = code.split()
    if not words or words[0].upper() not in SAFE_FIELDS:
        return False
    found = _HYPERLINK_CODE.match(code)
    return found is None or _hyperlink_code_is_safe(found.group(1))


def is_web_link(url: str) -> bool:
    """Whether ``url`` is an http(s) or mailto address."""
    scheme, colon, _ = url.strip().partition(":")
    return bool(colon) and scheme.lower() in WEB_SCHEMES


# =========================================================================== what was found


@dataclass
class _Found:
    """What the cleaning removed, counted by kind, with the names of removed fields."""

    counts: Counter[str] = field(default_factory=Counter)
    fields: list[str] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)

    def add_field(self, code: str) -> None:
        """Count a removed field by its name (its code's first word)."""
        name = _field_name(code)
        if name == "HYPERLINK":
            self.counts["unsafe link"] += 1
            return
        self.counts["field"] += 1
        if name not in self.fields:
            self.fields.append(name)

    def descriptions(self) -> tuple[Message, ...]:
        """One phrase a kind, fields first."""
        out: list[Message] = []
        if fields := self.counts.pop("field", 0):
            out.append(
                Mn_(
                    "{count} field ({names}) keeping its shown text",
                    "{count} fields ({names}) keeping their shown text",
                    fields,
                    names=tuple(self.fields),
                )
            )
        if pictures := self.counts.pop("damaged picture", 0):
            out.append(
                Mn_(
                    "{count} damaged picture ({names})",
                    "{count} damaged pictures ({names})",
                    pictures,
                    names=tuple(self.pictures),
                )
            )
        out += [_REMOVED[kind](n) for kind, n in self.counts.items()]
        return tuple(out)


# What the report calls each kind removed, by count ("2 macro projects").
_REMOVED: dict[str, Callable[[int], Message]] = {
    "unsafe link": lambda n: Mn_("{count} unsafe link", "{count} unsafe links", n),
    "mail-merge data source": lambda n: Mn_(
        "{count} mail-merge data source", "{count} mail-merge data sources", n
    ),
    "linked picture": lambda n: Mn_("{count} linked picture", "{count} linked pictures", n),
    "embedded object": lambda n: Mn_("{count} embedded object", "{count} embedded objects", n),
    "imported document (altChunk)": lambda n: Mn_(
        "{count} imported document (altChunk)", "{count} imported documents (altChunk)", n
    ),
    "subdocument": lambda n: Mn_("{count} subdocument", "{count} subdocuments", n),
    "ActiveX control": lambda n: Mn_("{count} ActiveX control", "{count} ActiveX controls", n),
    "macro project": lambda n: Mn_("{count} macro project", "{count} macro projects", n),
    "attached template": lambda n: Mn_(
        "{count} attached template", "{count} attached templates", n
    ),
    "frame": lambda n: Mn_("{count} frame", "{count} frames", n),
    "add-in": lambda n: Mn_("{count} add-in", "{count} add-ins", n),
}


# =========================================================================== the package


@dataclass
class _Rel:
    """One relationship of a part."""

    element: etree._Element
    kind: str  # the last segment of its type
    target: str  # the part name (internal) or the address (external)
    external: bool


class _Package:
    """The parts of a note, parsed, and their relationships."""

    def __init__(self, filename: str, members: dict[str, bytes]) -> None:
        self.filename = filename
        self.blobs = members
        self.xml: dict[str, etree._Element] = {}
        self.changed: set[str] = set()
        self.rels: dict[str, dict[str, _Rel]] = {}  # source part ("" = package) → rId → rel
        self.dropped: dict[str, set[str]] = {}  # source part → rIds of dropped relationships

    @classmethod
    def read(cls, data: bytes, filename: str) -> _Package:
        """Every member, every XML one parsed strictly."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        package = cls(filename, members)
        for name, blob in members.items():
            if _XML_NAME.search(name) or name == "[Content_Types].xml":
                try:
                    package.xml[name] = parse_strict(blob, name)
                except UnsafeXml as exc:
                    problem = M_("refused: {problem}; it may be an attack", problem=problem_of(exc))
                    raise NoteReadError(filename, problem) from None
                except ValueError as exc:
                    problem = M_(
                        "cannot be read as a Word document ({reason})", reason=problem_of(exc)
                    )
                    raise NoteReadError(filename, problem) from None
        package.read_relationships()
        return package

    # -- relationships

    def read_relationships(self) -> None:
        """Each part's relationships, by the part they belong to."""
        for name, root in self.xml.items():
            if not name.endswith(".rels"):
                continue
            source = _rels_source(name)
            base = posixpath.dirname(source)
            rels: dict[str, _Rel] = {}
            for element in root.iterfind(f"{{{_PR}}}Relationship"):
                external = element.get("TargetMode") == "External"
                target = element.get("Target", "")
                if not external:  # a part name, percent-encoded as a URI
                    target = posixpath.normpath(posixpath.join(base, unquote(target))).lstrip("/")
                kind = element.get("Type", "").rsplit("/relationships/", 1)[-1]
                rels[element.get("Id", "")] = _Rel(element, kind, target, external)
            self.rels[source] = rels

    def prune_relationships(self, found: _Found) -> None:
        """Drop every relationship that is not content a note may carry."""
        for source, rels in self.rels.items():
            for rel_id, rel in list(rels.items()):
                if _kept(rel):
                    continue
                rel.element.getparent().remove(rel.element)
                self.changed.add(_rels_name(source))
                del rels[rel_id]
                self.dropped.setdefault(source, set()).add(rel_id)
                if label := _REPORTED_RELS.get(rel.kind.rsplit("/", 1)[-1]):
                    found.counts[label] += 1

    # -- content parts

    def clean_content(self, found: _Found) -> None:
        """Remove active content from every part with text, and references to dropped parts."""
        main = self.main_part()
        self.check_size(main)
        content = self.content_parts(main)
        for name in sorted(self.xml):
            if not name.endswith(".rels") and name != "[Content_Types].xml":
                self.clean_part(name, found, content=name in content)

    def check_size(self, main: str) -> None:
        """Refuse a body longer or larger than any real note's."""
        if main not in self.xml:
            problem = M_("the Word document has no {part}", part=main)
            raise NoteReadError(self.filename, problem)
        size = len(self.blobs[main])
        if size > MAX_NOTE_BODY_BYTES:
            problem = M_(
                "refused: the note's text is {size} MB of XML (at most {limit} MB are allowed); "
                "split it into smaller notes",
                size=grouped(size / MB),
                limit=grouped(MAX_NOTE_BODY_BYTES // MB),
            )
            raise NoteReadError(self.filename, problem)
        paragraphs = sum(1 for _ in self.xml[main].iter(W_P))
        if paragraphs > MAX_NOTE_PARAGRAPHS:
            problem = Mn_(
                "refused: the note has {count} paragraph (at most {limit} are allowed); "
                "split it into smaller notes",
                "refused: the note has {count} paragraphs (at most {limit} are allowed); "
                "split it into smaller notes",
                paragraphs,
                count=grouped(paragraphs),
                limit=grouped(MAX_NOTE_PARAGRAPHS),
            )
            raise NoteReadError(self.filename, problem)

    def main_part(self) -> str:
        """The main document part's name (the archive checks made sure there is one)."""
        for rel in self.rels.get("", {}).values():
            if rel.kind == "officeDocument" and not rel.external:
                return rel.target
        raise NoteReadError(self.filename, M_("the Word document has no main part"))

    def content_parts(self, main: str) -> set[str]:
        """The parts with text: the body, notes, headers, footers and comments."""
        return {main} | {
            rel.target
            for rel in self.rels.get(main, {}).values()
            if rel.kind in _CONTENT_RELS and not rel.external
        }

    def clean_part(self, name: str, found: _Found, content: bool) -> None:
        """Clean one XML part; mark it for writing if anything changed."""
        root = self.xml[name]
        rels = self.rels.get(name, {})
        if _resolve_compatibility(root):
            self.changed.add(name)
        if content:
            _clean_content(root, rels, found)
            self.changed.add(name)
        if name in self.dropped:
            _drop_references(root, rels, self.dropped[name], found)
            self.changed.add(name)
        for merge in list(root.iter(W_MAIL_MERGE)):  # it connects to a database or a file
            found.counts["mail-merge data source"] += 1
            _remove(merge)
            self.changed.add(name)

    # -- pictures

    def check_pictures(self, found: _Found) -> None:
        """Refuse picture bombs; leave damaged pictures out (with their references)."""
        reachable = self.reachable()
        sound: dict[str, bool] = {}
        for source, rels in self.rels.items():
            if source not in reachable:
                continue
            for rel_id, rel in list(rels.items()):
                if rel.kind != "image" or rel.external or rel.target not in self.blobs:
                    continue
                if rel.target not in sound:
                    blob = self.blobs[rel.target]
                    sound[rel.target] = _picture_is_sound(blob, rel.target, self.filename)
                if sound[rel.target]:
                    continue
                found.counts["damaged picture"] += 1
                found.pictures.append(posixpath.basename(rel.target))
                rel.element.getparent().remove(rel.element)
                del rels[rel_id]
                self.changed.add(_rels_name(source))
                if source in self.xml:
                    _drop_references(self.xml[source], rels, {rel_id}, _Found())
                    self.changed.add(source)

    # -- writing

    def write(self) -> bytes:
        """The package with the cleaned parts and only the parts still reachable."""
        keep = self.reachable()
        types = self.xml["[Content_Types].xml"]
        self.clean_types(types, keep)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", _serialise(types))
            for name in self.blobs:
                if name in keep:
                    changed = name in self.changed and name in self.xml
                    archive.writestr(
                        name, _serialise(self.xml[name]) if changed else self.blobs[name]
                    )
        return out.getvalue()

    def reachable(self) -> set[str]:
        """The parts reached from the package through kept internal relationships, with the
        relationship parts of each."""
        keep: set[str] = {""}
        pending = [""]
        while pending:
            source = pending.pop()
            if source in self.rels:
                keep.add(_rels_name(source))
            for rel in self.rels.get(source, {}).values():
                if not rel.external and rel.target in self.blobs and rel.target not in keep:
                    keep.add(rel.target)
                    pending.append(rel.target)
        return keep

    def clean_types(self, types: etree._Element, keep: set[str]) -> None:
        """A macro-enabled or template main part declared as a plain document, and no
        overrides naming parts that are not written."""
        kept = {name.lower() for name in keep}
        for override in list(types.iterfind(f"{{{_CT}}}Override")):
            if override.get("PartName", "").lstrip("/").lower() not in kept:
                types.remove(override)
            elif override.get("ContentType") in MAIN_TYPE_ALIASES:
                override.set("ContentType", _MAIN_TYPE)


def _kept(rel: _Rel) -> bool:
    """Whether a note may keep this relationship: a web link, or a part with content."""
    if rel.external:
        return rel.kind == "hyperlink" and is_web_link(rel.target)
    return rel.kind in _KEPT_RELS and rel.kind != "hyperlink"


def _rels_source(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` → ``word/document.xml`` (``_rels/.rels`` → "")."""
    folder, base = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")]).lstrip("/")


def _rels_name(source: str) -> str:
    """The relationship part of ``source`` ("" = the package)."""
    folder, base = posixpath.split(source)
    return posixpath.join(folder, "_rels", f"{base}.rels")


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# =========================================================================== content


def _clean_content(root: etree._Element, rels: dict[str, _Rel], found: _Found) -> None:
    """Fields, objects, controls, altChunks, subdocuments and unsafe links of one part."""
    _drop_deleted_fields(root)
    _clean_fields(root, found)
    _clean_simple_fields(root, found)
    _clean_objects(root, found)
    for element in list(root.iter(*_DROPPED)):
        found.counts[_DROPPED[element.tag]] += 1
        _remove(element)
    for link in list(root.iter(W_HYPERLINK)):
        _clean_hyperlink(link, rels, found)
    for shape in list(root.iter(f"{{{_VML}}}*")):
        _clean_vml_source(shape, found)


def _resolve_compatibility(root: etree._Element) -> bool:
    """Every ``mc:AlternateContent`` becomes the content of its ``mc:Fallback`` (or nothing):
    what a reader that understands no extension sees, so no field, object or link hides in a
    choice that the cleaning would not look into. Whether there was any."""
    alternates = list(root.iter(MC_ALTERNATE))
    for alternate in reversed(alternates):  # inner ones first: a kept fallback is plain already
        fallback = alternate.find(MC_FALLBACK)
        parent = alternate.getparent()
        if parent is None:
            continue  # the root itself: never in a Word part
        index = parent.index(alternate)
        kept = list(fallback) if fallback is not None else []
        for offset, child in enumerate(kept):
            parent.insert(index + offset, child)
        parent.remove(alternate)
    return bool(alternates)


def _clean_vml_source(shape: etree._Element, found: _Found) -> None:
    """A VML picture or fill may name its source by address (``src``, ``o:href``) instead
    of a relationship: Word would fetch it. A shape's ``href`` makes it a link: only a web
    address stays."""
    sources = [name for name in (_VML_SRC, _O_HREF) if name in shape.attrib]
    for name in sources:
        del shape.attrib[name]
    if sources:
        found.counts["linked picture"] += 1
        if shape.tag == V_IMAGEDATA and R_ID not in shape.attrib:
            _remove_picture(shape)  # nothing of its own left to show
    href = shape.get(_VML_HREF)
    if href is not None and not is_web_link(href):
        del shape.attrib[_VML_HREF]
        found.counts["unsafe link"] += 1


def _drop_deleted_fields(root: etree._Element) -> None:
    """Runs of tracked-deleted field codes go now (accepting the changes drops them anyway), so
    no field mark hides in deleted text."""
    for mark in list(root.iter(W_FLD_CHAR, W_INSTR, W_DEL_INSTR)):
        run = mark.getparent()
        if run is not None and any(a.tag in _DELETED for a in run.iterancestors()):
            _remove(run)


@dataclass
class _Field:
    """A complex field: its marks, its code, and what stands in its code part."""

    begin: etree._Element
    nested: bool  # it stands in another field's code: that field decides
    code: list[str] = field(default_factory=list)
    inside: list[etree._Element] = field(default_factory=list)  # run content of its code part
    separate: etree._Element | None = None
    end: etree._Element | None = None
    has_field_in_code: bool = False


def _clean_fields(root: etree._Element, found: _Found) -> None:
    """Complex fields not on the safe list become their shown result: their begin, code,
    separate and end go, the runs between separate and end stay."""
    walk = _FieldWalk()
    for item in _complex_fields(root, walk):
        code = "".join(item.code)
        if item.nested or (not item.has_field_in_code and field_is_safe(code)):
            continue
        found.add_field(code)
        for element in (item.begin, *item.inside, item.separate, item.end):
            if element is not None:
                _remove_from_run(element)
    for element in walk.stray:  # the code of no field (its begin mark gone): it goes too
        _remove_from_run(element)


class _FieldWalk:
    """The complex fields of a part, followed mark by mark; each step takes the same time
    however many fields are open."""

    def __init__(self) -> None:
        self.fields: list[_Field] = []
        self.stack: list[_Field] = []  # open fields, innermost last
        self.coding: _Field | None = None  # the outermost open field still in its code part
        self.stray: list[etree._Element] = []  # field code in no field's code part
        self.steps = 0

    def element(self, element: etree._Element) -> None:
        """Follow one element of the part, in document order."""
        self.steps += 1
        if element.tag == W_FLD_CHAR:
            self.mark(element)
            return
        coding = self.coding
        if coding is None:
            if element.tag in (W_INSTR, W_DEL_INSTR):
                self.stray.append(element)
            return
        if element.tag in (W_INSTR, W_DEL_INSTR):  # field code wherever it stands
            coding.inside.append(element)
            if coding is self.stack[-1]:
                coding.code.append(element.text or "")
        elif element.tag != W_RPR and _parent_tag(element) == W_R:  # other run content
            coding.inside.append(element)

    def mark(self, mark: etree._Element) -> None:
        """Follow one ``w:fldChar``."""
        kind, stack, coding = mark.get(W_FLD_TYPE), self.stack, self.coding
        if kind == "begin":
            if coding is not None:
                coding.has_field_in_code = True
                coding.inside.append(mark)
            stack.append(_Field(mark, nested=coding is not None))
            if coding is None:
                self.coding = stack[-1]
        elif kind == "separate" and stack and stack[-1].separate is None:
            stack[-1].separate = mark
            if coding is stack[-1]:
                self.coding = None  # every field outside it is past its code
            elif coding is not None:
                coding.inside.append(mark)
        elif kind == "end" and stack:
            closed = stack.pop()
            closed.end = mark
            self.fields.append(closed)
            if coding is closed:
                self.coding = None
            elif coding is not None:
                coding.inside.append(mark)


def _complex_fields(root: etree._Element, walk: _FieldWalk | None = None) -> list[_Field]:
    """Every complex field of a part, outer ones before the ones in their code; a field left
    open at the end of the part counts too (it ends with the part). Marks and codes are found
    wherever they stand (not only as a run's children), in document order."""
    walk = walk if walk is not None else _FieldWalk()
    for element in root.iter():
        walk.element(element)
    return walk.fields + walk.stack


def _clean_simple_fields(root: etree._Element, found: _Found) -> None:
    """``w:fldSimple`` not on the safe list: its result runs stay where it stood."""
    for simple in list(root.iter(W_FLD_SIMPLE)):
        code = simple.get(W_INSTR_ATTR) or ""
        if field_is_safe(code):
            continue
        found.add_field(code)
        for data in simple.findall(_w("fldData")):
            simple.remove(data)
        unwrap(simple)


def _clean_objects(root: etree._Element, found: _Found) -> None:
    """OLE objects lose their object; the picture Word showed for it stays, as a picture."""
    for obj in list(root.iter(W_OBJECT)):
        found.counts["embedded object"] += 1
        shapes = [child for child in obj if child.tag in _VML_SHAPES]
        if not any(shape.find(f".//{V_IMAGEDATA}") is not None for shape in shapes):
            _remove_from_run(obj)
            continue
        for child in list(obj):  # the object and its size go; its preview becomes a plain picture
            if child.tag not in _VML_SHAPES:
                obj.remove(child)
        for inner in list(obj.iter(*_OBJECT_PARTS, _w("control"))):
            _remove(inner)
        obj.attrib.clear()
        obj.tag = W_PICT
    for stray in list(root.iter(*_OBJECT_PARTS)):  # an object part outside a w:object
        found.counts["embedded object"] += 1
        _remove(stray)


def _clean_hyperlink(link: etree._Element, rels: dict[str, _Rel], found: _Found) -> None:
    """A hyperlink to anything but a web address or a place in the note keeps only its text."""
    rel_id = link.get(R_ID)
    if rel_id is None:
        return  # an internal link (w:anchor) or none at all
    rel = rels.get(rel_id)
    if rel is not None and rel.external and rel.kind == "hyperlink" and is_web_link(rel.target):
        return
    found.counts["unsafe link"] += 1
    if link.get(W_ANCHOR):
        del link.attrib[R_ID]
    else:
        unwrap(link)


def _drop_references(
    root: etree._Element, rels: dict[str, _Rel], dropped: set[str], found: _Found
) -> None:
    """Elements that point at a dropped relationship go: a picture linked from outside (its
    embedded copy stays if it has one), and anything else that would dangle."""
    if not dropped:
        return
    for element in list(root.iter()):
        refs = [k for k, v in element.attrib.items() if k.startswith(f"{{{_R}}}") and v in dropped]
        if not refs or not _attached(element, root):
            continue  # nothing dangling, or already removed with an ancestor
        if element.tag == A_BLIP and refs == [R_LINK] and element.get(R_EMBED) in rels:
            del element.attrib[R_LINK]  # the embedded copy shows
            found.counts["linked picture"] += 1
        elif element.tag in (A_BLIP, V_IMAGEDATA):
            found.counts["linked picture"] += 1
            _remove_picture(element)
        else:
            _remove(element)


def _attached(element: etree._Element, root: etree._Element) -> bool:
    """Whether ``element`` is still in ``root``'s tree."""
    top = element
    while (parent := top.getparent()) is not None:
        top = parent
    return top is root


def _remove_picture(element: etree._Element) -> None:
    """Remove the drawing or VML picture ``element`` belongs to (or ``element`` alone)."""
    for ancestor in element.iterancestors(W_DRAWING, W_PICT, W_OBJECT):
        _remove_from_run(ancestor)
        return
    _remove(element)


# =========================================================================== pictures


def _picture_is_sound(blob: bytes, part: str, filename: str) -> bool:
    """Whether a picture can be drawn; refuses one larger than :data:`~briefing.validation.MAX_IMAGE_PIXELS`
    (from its header, before any pixel is decoded)."""
    # PNG, JPEG, GIF (by content or by name): what the PDF pack draws, so must decode
    drawable = sniff_image(blob) is not None or posixpath.splitext(part)[1].lower() in _DRAWN
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PilImage.DecompressionBombWarning)
            with PilImage.open(io.BytesIO(blob)) as picture:
                _check_pixels(picture.size, part, filename)
                if drawable:
                    picture.draft("RGB", (64, 64))  # a JPEG decodes at 1/8 scale, all its data read
                    picture.load()
    except PilImage.DecompressionBombError:  # past Pillow's own limit: the size is not given
        limit = 2 * (PilImage.MAX_IMAGE_PIXELS or 0)
        size = M_("more than {count} pixels", count=grouped(limit))
        raise NoteReadError(filename, _bomb(part, size)) from None
    except _PICTURE_ERRORS:
        return not drawable  # EMF, WMF, SVG…: Word draws them, the PDF pack names them
    return True


def _check_pixels(size: tuple[int, int], part: str, filename: str) -> None:
    """Refuse a picture whose header announces too many pixels."""
    width, height = size
    if width * height > MAX_IMAGE_PIXELS:
        size = M_("{width} × {height} pixels", width=grouped(width), height=grouped(height))
        raise NoteReadError(filename, _bomb(part, size))


def _bomb(part: str, size: Message) -> Message:
    return M_(
        "refused: the picture {picture} is too large ({size}; at most {limit} pixels are "
        "allowed); it may be a decompression bomb",
        picture=posixpath.basename(part),
        size=size,
        limit=grouped(MAX_IMAGE_PIXELS),
    )


# =========================================================================== small helpers


def _hyperlink_code_is_safe(arguments: str) -> bool:
    """A HYPERLINK field's target is a web address, or only a place (``\\l "anchor"``).
    Only HYPERLINK's own switches are switches; any other word is a target."""
    targets: list[str] = []
    skip_next = False
    for quoted, word in _field_tokens(arguments):
        if skip_next:
            skip_next = False
        elif not quoted and word.lower() in _LINK_SWITCHES_WITH_ARGUMENT:
            skip_next = True
        elif not quoted and word.lower() in _LINK_SWITCHES_ALONE:
            continue
        else:
            targets.append(word)
    return all(is_web_link(target) for target in targets)


def _field_tokens(arguments: str) -> list[tuple[bool, str]]:
    """A field code's words: ``(True, text)`` for a quoted one (``\\"`` and ``\\\\`` inside
    are a quote and a backslash), ``(False, word)`` for a bare one (which ends at a space or
    a quote)."""
    tokens: list[tuple[bool, str]] = []
    i, n = 0, len(arguments)
    while i < n:
        char = arguments[i]
        if char.isspace():
            i += 1
        elif char == '"':
            text: list[str] = []
            i += 1
            while i < n and arguments[i] != '"':
                if arguments[i] == "\\" and i + 1 < n and arguments[i + 1] in '"\\':
                    i += 1
                text.append(arguments[i])
                i += 1
            tokens.append((True, "".join(text)))
            i += 1
        else:
            start = i
            while i < n and not arguments[i].isspace() and arguments[i] != '"':
                i += 1
            tokens.append((False, arguments[start:i]))
    return tokens


def _parent_tag(element: etree._Element) -> object:
    parent = element.getparent()
    return None if parent is None else parent.tag


def _remove(element: etree._Element) -> None:
    """Remove ``element`` (WordprocessingML keeps no text in tails)."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _remove_from_run(element: etree._Element) -> None:
    """Remove run content; the run goes too once nothing but its properties is left."""
    run = element.getparent()
    _remove(element)
    if run is not None and run.tag == W_R and all(child.tag == W_RPR for child in run):
        _remove(run)


def unwrap(element: etree._Element) -> None:
    """Put ``element``'s children where it stands, and remove it."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def unsafe_field_names(roots: Iterable[etree._Element]) -> list[str]:
    """Names of the fields in ``roots`` that are not on the safe list, in order (a pack must
    then not ask Word to update its fields on opening)."""
    names: list[str] = []
    for root in roots:
        for item in _complex_fields(root):
            code = "".join(item.code)
            if not item.nested and (item.has_field_in_code or not field_is_safe(code)):
                names.append(_field_name(code))
        for simple in root.iter(W_FLD_SIMPLE):
            code = simple.get(W_INSTR_ATTR) or ""
            if not field_is_safe(code):
                names.append(_field_name(code))
    return names


def _field_name(code: str) -> str:
    """A field's name (its code's first word) for a message."""
    words = code.split()
    return (words[0].upper() if words else "(empty)")[:30]
