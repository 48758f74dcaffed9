"""PDF notes: opened once per build with qpdf (through pikepdf), checked and made safe.

Each distinct PDF (by content hash) is opened once per build, however many packs or sessions
use it, and written, made safe, to a temporary file that every pack copies its pages from
(``render.pdf_finish``); the opened document is then closed, so a build holds one note in
memory at a time. Opening:

1. reads the file with qpdf, which repairs what it can (a damaged cross-reference table…); a
   file qpdf cannot read is read with pypdf and written again, if pypdf can;
2. refuses what would fail half-way through a build or harm a reader, with a
   :class:`NoteReadError` naming the note: a password, an unreadable file, no pages, a page
   whose content decompresses beyond :data:`~briefing.validation.MAX_PAGE_CONTENT_BYTES`, an
   image larger than :data:`~briefing.validation.MAX_IMAGE_PIXELS` (judged from its declared
   size, never decoded). Every decoding is qpdf's own, under qpdf's limits (set once, below);
3. flattens filled form fields into the page, so their values print and nothing stays editable;
4. removes, wherever it is in the file, whatever runs code, reaches outside the pack or plays
   media (scripts, launch actions, links into other files, form submission, attached files,
   multimedia, XFA, automatic actions), and counts it for the build report. Internal links,
   named destinations and web links stay.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream, String

from briefing.errors import NoteReadError
from briefing.messages import M_, Message, Mn_, grouped, one_decimal
from briefing.model import Attachment
from briefing.validation import (
    MAX_DECODED_STREAM_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_JPEG_SCANS,
    MAX_PAGE_CONTENT_BYTES,
    MAX_PDF_ARRAY_ITEMS,
    MAX_RESOURCE_DEPTH,
    MAX_RESOURCE_VISITS,
)


def set_qpdf_limits() -> None:
    """Bound what qpdf may decode or parse from one stream or object, for the whole process
    (qpdf's limits are global): a decompression bomb then stops qpdf with an error instead of
    filling the memory, wherever it is decoded (here, or when a pack is saved)."""
    pikepdf.settings.set_qpdf_limits(
        flate_max_memory=MAX_DECODED_STREAM_BYTES,
        run_length_max_memory=MAX_DECODED_STREAM_BYTES,
        png_max_memory=MAX_DECODED_STREAM_BYTES,
        tiff_max_memory=MAX_DECODED_STREAM_BYTES,
        dct_max_memory=MAX_DECODED_STREAM_BYTES,
        dct_max_progressive_scans=MAX_JPEG_SCANS,
        parser_max_container_size=MAX_PDF_ARRAY_ITEMS,
    )


set_qpdf_limits()


@dataclass(frozen=True)
class OutlineNode:
    """A bookmark of a merged PDF: its title, its page (0-based, within the note), children."""

    title: str
    page: int | None
    children: tuple[OutlineNode, ...] = ()


@dataclass
class PdfNote:
    """An opened PDF note, ready to merge: the file as made safe (written once per build, for
    every pack to copy its pages from), its pages' count and sizes, its bookmarks, and what
    opening it had to do (``removed``: one phrase per kind, e.g. "2 scripts"; ``flattened``:
    form fields made part of their page; ``repaired``: what was wrong with the file)."""

    key: str
    title: str
    filename: str
    path: Path
    sizes: tuple[tuple[float, float], ...]  # each page's width and height as a viewer shows it
    version: str  # the PDF version the note declares
    outline: tuple[OutlineNode, ...]
    removed: tuple[str, ...] = ()
    repaired: str = ""
    flattened: int = 0

    @property
    def page_count(self) -> int:
        """Number of pages."""
        return len(self.sizes)

    def removal_line(self) -> str:
        """What opening took out of the note, for the build report (a message), or "".

        E.g. "2 scripts, 1 attached file removed from 'Annual report.pdf'; 3 form fields
        printed as filled in (no longer editable)"."""
        items, file, count = self.removed, self.filename, self.flattened
        if items and count:
            return Mn_(
                "{items} removed from '{file}'; {count} form field printed as filled in "
                "(no longer editable)",
                "{items} removed from '{file}'; {count} form fields printed as filled in "
                "(no longer editable)",
                count,
                items=items,
                file=file,
            )
        if items:
            return M_("{items} removed from '{file}'", items=items, file=file)
        if count:
            return Mn_(
                "{count} form field of '{file}' printed as filled in (no longer editable)",
                "{count} form fields of '{file}' printed as filled in (no longer editable)",
                count,
                file=file,
            )
        return ""

    def repair_line(self) -> str:
        """What was wrong with the file and has been repaired, for the build report (a
        message), or ""."""
        if not self.repaired:
            return ""
        return M_(
            "note '{note}' ({file}): {problem}; check its pages",
            note=self.title,
            file=self.filename,
            problem=self.repaired,
        )


class PdfNoteLibrary:
    """Opens each PDF note once per build and remembers the result (or the problem).

    Each note, once checked and made safe, is written to a temporary folder of the library's
    and closed: a pack copies its pages from that file, so the notes of a build are never all
    held in memory at once. :meth:`close` removes the folder."""

    def __init__(self) -> None:
        self._notes: dict[str, PdfNote | NoteReadError] = {}
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def open(self, key: str, data: bytes | Attachment, title: str, filename: str) -> PdfNote:
        """The opened note, or raise the same :class:`NoteReadError` each time. ``data``: the
        file's bytes, or its attachment (read only if the note is not open yet)."""
        if key not in self._notes:
            path = self.folder / f"note-{len(self._notes) + 1:05d}.pdf"
            content = data.data if isinstance(data, Attachment) else data
            try:
                self._notes[key] = _open(key, content, title, filename, path)
            except NoteReadError as exc:
                self._notes[key] = exc
        found = self._notes[key]
        if isinstance(found, NoteReadError):
            raise found
        return found

    @property
    def folder(self) -> Path:
        """The library's temporary folder (made when first asked for)."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(
                prefix="briefing-build-", ignore_cleanup_errors=True
            )
        return Path(self._folder.name)

    def close(self) -> None:
        """Forget every opened note and remove their files."""
        self._notes.clear()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


# =========================================================================== opening


class _Damaged(Exception):
    """qpdf cannot read the file, or a part of it: ``reason`` says why, in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _open(key: str, data: bytes, title: str, filename: str, path: Path) -> PdfNote:
    """Read the note with qpdf; if qpdf cannot, with pypdf; prepare what was read and write
    it to ``path``."""
    try:
        return _prepare(key, data, title, filename, "", path)
    except _Damaged as damaged:
        rebuilt = _rebuilt_with_pypdf(data, title, filename)
        if rebuilt is not None:
            try:
                return _prepare(key, rebuilt, title, filename, _REBUILT, path)
            except _Damaged:
                pass
        problem = M_("the PDF is damaged and cannot be read ({reason})", reason=damaged.reason)
        raise NoteReadError(filename, problem, title) from None


_REBUILT = M_("the file was damaged and has been rebuilt")


# What reading a damaged or hostile file can raise, from qpdf or from an object of the wrong
# type where another is due (a number for a dictionary…).
_UNREADABLE = (
    pikepdf.PikepdfError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
)


def _prepare(
    key: str, data: bytes, title: str, filename: str, repaired: str, path: Path
) -> PdfNote:
    """Open ``data`` with qpdf, check it, make it safe and write it to ``path``, or raise;
    what it opened is closed either way."""
    pdf = _read(data, title, filename)
    warnings: list[str] = pdf.get_warnings()
    try:
        if not pdf.pages:
            raise NoteReadError(filename, M_("the PDF has no pages"), title)
        _push_inherited(pdf)
        problem = _page_problem(pdf)
        if problem is not None:
            raise NoteReadError(filename, problem, title)
        _tidy(pdf)
        removed = _Sanitiser().run(pdf)
        flattened = _flatten_forms(pdf)
        _explicit_links(pdf)
        outline = _outline(pdf)
        sizes = tuple(shown_size(page.obj) for page in pdf.pages)
        _keep_document_parts(pdf)
        warnings += pdf.get_warnings()
        version = pdf.pdf_version
        _write(pdf, path)
    except _UNREADABLE as exc:  # a part qpdf reaches only now is beyond repair
        raise _Damaged(_plain(str(exc)) or type(exc).__name__) from None
    except OSError as exc:  # the build's temporary folder: full, or gone
        problem = M_(
            "it cannot be copied to a temporary folder ({reason}); free some disk space and "
            "build again",
            reason=exc.strerror or str(exc),
        )
        raise NoteReadError(filename, problem, title) from None
    finally:
        pdf.close()
    return PdfNote(
        key,
        title,
        filename,
        path,
        sizes,
        version,
        outline,
        removed=removed,
        repaired=repaired or _repair_phrase(warnings),
        flattened=flattened,
    )


def _write(pdf: pikepdf.Pdf, path: Path) -> None:
    """The note as it now is, its streams as they are stored, for packs to copy them from
    (nothing is decoded or compressed again: qpdf would inflate and deflate every stream, which
    costs more than the rest of writing a pack)."""
    pdf.save(
        path,
        compress_streams=False,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        fix_metadata_version=False,
    )


DESTINATIONS_KEY = Name("/BriefingNoteDestinations")
LAYERS_KEY = Name("/BriefingNoteLayers")
"""Where a note's first page carries its named destinations and its layers into a pack:
qpdf copies pages with all they refer to, not a document's catalogue. ``render.pdf_finish``
takes them off when it puts them in the pack's catalogue."""


def _keep_document_parts(pdf: pikepdf.Pdf) -> None:
    """Hang the note's named destinations (as [name, destination…]) and its optional content
    (layers, with their default state) on its first page, to travel with its pages."""
    first = pdf.pages[0].obj
    found: list[pikepdf.Object] = []
    names = pdf.Root.get("/Names")
    if isinstance(names, Dictionary) and isinstance(names.get("/Dests"), Dictionary):
        for name, dest in pikepdf.NameTree(names.Dests).items():
            found += [String(name), dest]
    legacy = pdf.Root.get("/Dests")
    if isinstance(legacy, Dictionary):
        for name, dest in legacy.items():
            found += [String(str(name)[1:]), dest]
    if found:
        first[DESTINATIONS_KEY] = Array(found)
    layers = pdf.Root.get("/OCProperties")
    if isinstance(layers, Dictionary) and isinstance(layers.get("/OCGs"), Array):
        first[LAYERS_KEY] = layers


def visible_box(page: Dictionary) -> list[float]:
    """The box a viewer shows (the crop box, else the media box), as [x0, y0, x1, y1]."""
    box = page.get("/CropBox") or page.get("/MediaBox")
    if not isinstance(box, Array) or len(box) != 4:
        raise ValueError("a page has no size")
    x0, y0, x1, y1 = (float(v) for v in box)
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        raise ValueError("a page has an empty size")
    return [x0, y0, x1, y1]


def shown_size(page: Dictionary) -> tuple[float, float]:
    """A page's width and height as a viewer shows it: its visible box, turned by its
    rotation."""
    x0, y0, x1, y1 = visible_box(page)
    turned = _int(page.get("/Rotate", 0)) % 180
    return (y1 - y0, x1 - x0) if turned else (x1 - x0, y1 - y0)


_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


def _push_inherited(pdf: pikepdf.Pdf) -> None:
    """Give each page what it inherits from the page tree (its size, rotation, resources): a
    pack copies the pages, not the tree they hang from."""
    for page in pdf.pages:
        missing = [key for key in _INHERITED if key not in page.obj]
        parent = page.obj.get("/Parent")
        depth = 0
        while missing and isinstance(parent, Dictionary) and depth < MAX_RESOURCE_DEPTH:
            for key in [k for k in missing if k in parent]:
                page.obj[key] = parent[key]
                missing.remove(key)
            parent = parent.get("/Parent")
            depth += 1


def _read(data: bytes, title: str, filename: str) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise _password_error(title, filename) from None
    except _UNREADABLE as exc:
        raise _Damaged(_plain(str(exc)) or type(exc).__name__) from None


def _password_error(title: str, filename: str) -> NoteReadError:
    return NoteReadError(
        filename,
        M_("the PDF is protected by a password; attach a copy saved without protection"),
        title,
    )


def _rebuilt_with_pypdf(data: bytes, title: str, filename: str) -> bytes | None:
    """The file as pypdf reads it (leniently, its safety limits on), written again, or None."""
    from pypdf import PdfReader, PdfWriter  # for damaged files only: not imported at start
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _password_error(title, filename)
        writer = PdfWriter(clone_from=reader)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, OSError, NotImplementedError, *_UNREADABLE):
        return None
    return out.getvalue()


# qpdf names the input and the place in it before each message: "stream <…> (object 5 0,
# offset 10): message". The report names the note itself.
_PREFIX = re.compile(r"^.*?(?:\([^()]*\))?: ")


def _plain(message: str) -> str:
    """A qpdf message in one line, without qpdf's own naming of the file."""
    line = " ".join(message.split())
    return _PREFIX.sub("", line, count=1) if line.startswith(("stream <", "/", "file ")) else line


_XREF_WORDS = ("xref", "cross-reference", "startxref", "trailer")


def _repair_phrase(warnings: list[str]) -> str:
    """What qpdf repaired, in a short phrase ("" if nothing)."""
    if not warnings:
        return ""
    if any(word in w for w in warnings for word in _XREF_WORDS):
        return M_("its cross-reference table was damaged and has been rebuilt")
    first = _plain(warnings[0])
    first = first if len(first) <= 120 else first[:117] + "…"
    others = len(warnings) - 1
    if others:
        return Mn_(
            "it was damaged and has been repaired ({first} and {count} more problem)",
            "it was damaged and has been repaired ({first} and {count} more problems)",
            others,
            first=first,
        )
    return M_("it was damaged and has been repaired ({first})", first=first)


# =========================================================================== checks


def _page_problem(pdf: pikepdf.Pdf) -> Message | None:
    """What makes a page unsafe or impossible to merge ("page 3 holds…"), or None.

    Every page's content is decompressed by qpdf (never kept): damage shows up now, not while
    the pack is drawn, and a page that expands beyond the limit is refused as a bomb."""
    images = _ImageCheck()
    for number, page in enumerate(pdf.pages, 1):
        try:
            visible_box(page.obj)
        except (ValueError, TypeError):
            raise _Damaged(M_("page {page} has an empty size", page=number)) from None
        too_large = _content_problem(page.obj, number)
        if too_large is not None:
            return too_large
        problem = images.problem(page.obj, number)
        if problem is not None:
            return problem
    return None


def _content_problem(page: Dictionary, number: int) -> Message | None:
    """Why a page's content is refused as too large, or None; raises _Damaged if qpdf cannot
    decode it at all."""
    size = 0
    for stream in _content_streams(page):
        try:
            if _unbounded(stream):
                return M_(
                    "the PDF is too large to read safely (page {page} could expand beyond "
                    "{limit} MB); it may be damaged or malicious",
                    page=number,
                    limit=grouped(MAX_DECODED_STREAM_BYTES // (1024 * 1024)),
                )
            size += len(stream.read_bytes())
        except pikepdf.PikepdfError as exc:
            # qpdf's decoders stop at their limits with "… memory limit exceeded".
            if "limit exceeded" not in str(exc):
                problem = M_("the content of page {page} cannot be decompressed", page=number)
                raise _Damaged(problem) from None
            size = MAX_DECODED_STREAM_BYTES + 1
        if size > MAX_PAGE_CONTENT_BYTES:
            return M_(
                "the PDF is too large to read safely (page {page} expands beyond {limit} MB); "
                "it may be damaged or malicious",
                page=number,
                limit=grouped(MAX_PAGE_CONTENT_BYTES // (1024 * 1024)),
            )
    return None


# qpdf sets no limit on LZW, whose every 12-bit code can stand for up to some 3,800 bytes.
_LZW_EXPANSION = 2_600


def _unbounded(stream: Stream) -> bool:
    """Whether decoding ``stream`` could go beyond qpdf's limits unchecked: LZW (old Acrobat
    files) is decoded only if even its worst expansion stays within them."""
    filters = stream.get("/Filter")
    names = {_name(f) for f in filters} if isinstance(filters, Array) else {_name(filters)}
    if not names & {"/LZWDecode", "/LZW"}:
        return False
    return len(stream.read_raw_bytes()) * _LZW_EXPANSION > MAX_DECODED_STREAM_BYTES


def _content_streams(page: Dictionary) -> list[Stream]:
    contents = page.get("/Contents")
    if isinstance(contents, Array):
        return [c for c in contents if isinstance(c, Stream)]
    return [contents] if isinstance(contents, Stream) else []


# Colour components of the colour spaces named directly; arrays are worked out below.
_COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/G": 1, "/DeviceCMYK": 4, "/CMYK": 4}
_DICTS = (Dictionary, Stream)


class _ImageCheck:
    """Finds the images a note's pages draw, through forms, patterns, soft masks and Type 3
    fonts, and judges each by its declared size. Each object is looked at once per note (pages
    share them), and a form that contains itself, or nests too deep, cannot make the walk go
    on for ever."""

    def __init__(self) -> None:
        self.seen: set[tuple[int, int]] = set()
        self.visits = 0
        self.shapes: set[bytes] = set()

    def problem(self, page: Dictionary, number: int) -> Message | None:
        """What is wrong with the images of ``page``, page ``number`` ("page 3 holds an image
        of…"), or None."""
        resources = page.get("/Resources")
        if isinstance(resources, Dictionary) and not resources.is_indirect:
            # Most writers give each page a resource dictionary of its own that names the same
            # fonts and images as the page before: the same text refers to the same objects.
            shape = resources.unparse()
            if shape in self.shapes:
                return None
            self.shapes.add(shape)
        pending: list[tuple[object, int]] = [(resources, 0)]
        while pending:
            node, depth = pending.pop()
            if not self._first_visit(node):
                continue
            if depth > MAX_RESOURCE_DEPTH:
                return M_(
                    "page {page} nests its images and forms too deeply to be checked; "
                    "it may be malicious",
                    page=number,
                )
            if self.visits > MAX_RESOURCE_VISITS:
                return M_(
                    "page {page} holds too many images and forms to be checked; "
                    "it may be malicious",
                    page=number,
                )
            assert isinstance(node, _DICTS)
            if node.get("/Subtype") == "/Image":
                found = _image_problem(node, number)
                if found is not None:
                    return found
            pending += [(child, depth + 1) for child in _children(node)]
        return None

    def _first_visit(self, node: object) -> bool:
        """Whether ``node`` is a dictionary (or stream) not looked at before."""
        if not isinstance(node, _DICTS):
            return False
        if node.is_indirect:
            if node.objgen in self.seen:
                return False
            self.seen.add(node.objgen)
        self.visits += 1
        return True


def _children(obj: Dictionary | Stream) -> list[object]:
    """The resources an object can draw: a resource dictionary's forms, images, patterns,
    graphics states and fonts (a Type 3 font draws with resources of its own), a form's,
    pattern's or font's own resources, an image's masks, a soft mask's group."""
    children: list[object] = []
    keys = obj.keys()  # one call: looking up absent keys one by one costs more
    for key in _RESOURCE_KINDS & keys:
        entries = obj.get(key)
        if isinstance(entries, Dictionary):
            children += entries.values()
    return children + [obj.get(key) for key in _DRAWN_WITH & keys]


_RESOURCE_KINDS = frozenset(("/XObject", "/Pattern", "/ExtGState", "/Font"))
_DRAWN_WITH = frozenset(("/Resources", "/SMask", "/Mask", "/G"))


def _image_problem(image: Dictionary | Stream, number: int) -> Message | None:
    """Why an image XObject of page ``number`` is refused (too many pixels for its declared
    size), or None."""
    width, height = _int(image.get("/Width")), _int(image.get("/Height"))
    pixels = max(width, 0) * max(height, 0)
    components = _components(image)
    # A many-coloured image (e.g. DeviceN) weighs as much as a larger RGB one.
    if pixels <= MAX_IMAGE_PIXELS and pixels * components <= MAX_IMAGE_PIXELS * 3:
        return None
    sizes = {
        "page": number,
        "width": grouped(width),
        "height": grouped(height),
        "millions": one_decimal(pixels / 1e6),
        "limit": one_decimal(MAX_IMAGE_PIXELS / 1e6),
    }
    if components > 4:
        return M_(
            "page {page} holds an image of {width} × {height} pixels of {components} colour "
            "components each ({millions} million); at most {limit} million are allowed, so it "
            "is refused as a possible decompression bomb",
            components=components,
            **sizes,
        )
    return M_(
        "page {page} holds an image of {width} × {height} pixels ({millions} million); at most "
        "{limit} million are allowed, so it is refused as a possible decompression bomb",
        **sizes,
    )


def _components(image: Dictionary | Stream) -> int:
    """How many colour components each pixel of an image has (1 for a mask)."""
    if image.get("/ImageMask") is True:
        return 1
    space = image.get("/ColorSpace")
    if isinstance(space, Array) and len(space):
        family = _name(space[0])
        detail = space[1] if len(space) > 1 else None
        if family == "/ICCBased" and isinstance(detail, _DICTS):
            return _int(detail.get("/N")) or 3
        if family == "/DeviceN" and isinstance(detail, Array):
            return max(len(detail), 1)
        if family in ("/Indexed", "/I", "/Separation", "/CalGray"):
            return 1
        return 4 if family == "/DeviceCMYK" else 3
    return _COMPONENTS.get(_name(space), 3)


def _name(value: object) -> str:
    """A PDF name as text ("/Image"), "" for anything else. qpdf writes it back plainly,
    escaping the bytes a name may not hold, so a name that is not UTF-8 cannot fail here."""
    return value.unparse().decode("ascii", "replace") if isinstance(value, Name) else ""


def _int(value: object) -> int:
    """A PDF number as an int (0 if it is not a number)."""
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


# =========================================================================== making safe


def _tidy(pdf: pikepdf.Pdf) -> None:
    """Drop what a damaged file holds where a dictionary is due, so that what reads its
    annotations and named destinations later (links made explicit, a pack's writer) cannot fail:
    an annotation that is not a dictionary (a null left by a broken reference…), a
    destination table that is not one."""
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if annots is None:
            continue
        if not isinstance(annots, Array):
            del page.obj["/Annots"]
        elif not all(isinstance(a, _DICTS) for a in annots):
            page.obj["/Annots"] = Array([a for a in annots if isinstance(a, _DICTS)])
    root = pdf.Root
    names = root.get("/Names")
    if names is not None and not isinstance(names, Dictionary):
        del root["/Names"]
    elif names is not None and "/Dests" in names and not isinstance(names.get("/Dests"), _DICTS):
        del names["/Dests"]
    if "/Dests" in root and not isinstance(root.get("/Dests"), _DICTS):
        del root["/Dests"]


# Actions that run code, reach outside the pack or play media, and what the report calls them.
_ACTION_KINDS = {
    "/JavaScript": "script",
    "/Launch": "launch action",
    "/GoToR": "link to another file",
    "/GoToE": "link to another file",
    "/SubmitForm": "form submission",
    "/ImportData": "data import",
    "/Rendition": "media item",
    "/Movie": "media item",
    "/Sound": "media item",
    "/RichMediaExecute": "media item",
    "/GoTo3DView": "media item",
}
# Annotations removed outright: each is an attached file or media, whatever else it holds.
_ANNOTATION_KINDS = {
    "/FileAttachment": "attached file",
    "/Sound": "media item",
    "/Movie": "media item",
    "/Screen": "media item",
    "/RichMedia": "media item",
    "/3D": "media item",
}
# Keys removed wherever they are: automatic actions, document scripts, attached files and
# their contents, XFA forms, media and its settings.
_DROPPED_KEYS = (
    "/AA",
    "/OpenAction",
    "/JS",
    "/JavaScript",
    "/EmbeddedFiles",
    "/EF",
    "/AF",
    "/XFA",
    "/Renditions",
    "/RichMediaContent",
    "/RichMediaSettings",
    "/3DD",
)
# The schemes a web link may have; any other URI (file:, javascript:…) is not a web link.
_WEB_SCHEMES = ("http://", "https://", "mailto:")
# What the report calls each kind removed, by count, in the order it names them.
_REMOVED: dict[str, Callable[[int], Message]] = {
    "script": lambda n: Mn_("{count} script", "{count} scripts", n),
    "launch action": lambda n: Mn_("{count} launch action", "{count} launch actions", n),
    "link to another file": lambda n: Mn_(
        "{count} link to another file", "{count} links to other files", n
    ),
    "link to a local file or program": lambda n: Mn_(
        "{count} link to a local file or program", "{count} links to local files or programs", n
    ),
    "form submission": lambda n: Mn_("{count} form submission", "{count} form submissions", n),
    "data import": lambda n: Mn_("{count} data import", "{count} data imports", n),
    "media item": lambda n: Mn_("{count} media item", "{count} media items", n),
    "attached file": lambda n: Mn_("{count} attached file", "{count} attached files", n),
    "XFA form": lambda n: Mn_("{count} XFA form", "{count} XFA forms", n),
}
# A /Next chain longer than this is cut: no real document chains more than a few actions.
_MAX_CHAIN = 1_000


class _Sanitiser:
    """Walks every object of a note (each indirect object, and everything held directly inside
    it): once to count what is dangerous, once to remove it. Every object counts, not only the
    usual places (pages, annotations, fields, outline): a copied page takes along whatever it
    refers to, however a hostile file hides it."""

    def __init__(self) -> None:
        self.found: Counter[str] = Counter()
        self.files: set[tuple[int, int]] = set()

    def run(self, pdf: pikepdf.Pdf) -> tuple[Message, ...]:
        """Make ``pdf`` safe in place; what was removed, one phrase per kind."""
        tops = [*pdf.objects, pdf.trailer]
        if not _may_hold_danger(tops):
            return ()
        for obj in _walk(tops):
            if isinstance(obj, _DICTS):
                self._count(obj)
        for obj in _walk(tops):
            if isinstance(obj, _DICTS):
                _remove_from(obj)
            else:
                _drop_actions(obj)
        self.found["attached file"] += len(self.files)
        return tuple(phrase(self.found[k]) for k, phrase in _REMOVED.items() if self.found[k])

    def _count(self, obj: Dictionary | Stream) -> None:
        kind = _action_kind(obj)
        if kind is not None:
            self.found[kind] += 1
        files = _embedded_streams(obj)
        self.files |= files
        subtype = _name(obj.get("/Subtype"))
        # An attached file is counted once, by its embedded stream, however many refer to it.
        attached = subtype == "/FileAttachment" and files
        if subtype in _ANNOTATION_KINDS and "/Rect" in obj and not attached:
            self.found[_ANNOTATION_KINDS[subtype]] += 1
        if "/XFA" in obj:
            self.found["XFA form"] += 1


# What the walk removes, as qpdf writes it: a name qpdf has read (however it was spelled,
# e.g. /J#53) is written back plainly (/JS), ended by a space or a delimiter; a web link's
# address is written as a literal string. A note none of them matches has nothing to remove,
# and is not walked (the walk costs some 100 times more).
_DANGER = re.compile(
    rb"/(?:JavaScript|JS|AA|OpenAction|Launch|GoToR|GoToE|SubmitForm|ImportData|Renditions?"
    rb"|Movie|Sound|Screen|RichMedia\w*|GoTo3DView|3DD?|EmbeddedFiles|EF|AF|XFA|FileAttachment)"
    rb"(?![^\s/\[\]<>(){}%])"
    rb"|/URI\s*(?:<|\((?!(?i:https?://|mailto:|#)))"
)


def _may_hold_danger(tops: list[object]) -> bool:
    """Whether any of ``tops`` (every object of a note) may hold something to remove."""
    text = b"\n".join(
        (obj.stream_dict if isinstance(obj, Stream) else obj).unparse(resolved=True)
        for obj in tops
        if isinstance(obj, (*_DICTS, Array))
    )
    return _DANGER.search(text) is not None


def _walk(tops: list[object]) -> Iterator[Dictionary | Stream | Array]:
    """Every dictionary, stream and array of ``tops`` and held directly inside them, inner ones
    first (so a caller may change an object once what it holds has been seen)."""
    for top in tops:
        if isinstance(top, (*_DICTS, Array)):
            yield from _inside(top)


def _inside(obj: Dictionary | Stream | Array) -> Iterator[Dictionary | Stream | Array]:
    values = list(obj) if isinstance(obj, Array) else [v for _k, v in obj.items()]
    for value in values:
        if isinstance(value, (*_DICTS, Array)) and not value.is_indirect:
            yield from _inside(value)
    yield obj


def _remove_from(obj: Dictionary | Stream) -> None:
    """Drop from ``obj`` the keys, actions and annotations that are not to be kept."""
    for key in _DROPPED_KEYS:
        if key in obj:
            del obj[key]
    for key, value in list(obj.items()):
        if key == "/Next":
            kept = _safe_chain(value)
            if kept:
                obj[key] = kept[0] if len(kept) == 1 else Array(kept)
            else:
                del obj[key]
        elif _action_kind(value) is not None:
            # A slot holds one action: what followed the dropped one (a link's "go to page 3"
            # after a script) takes its place.
            kept = _safe_chain(value)
            if kept:
                obj[key] = kept[0]
            else:
                del obj[key]
    annots = obj.get("/Annots")
    if isinstance(annots, Array):
        kept_annots = [a for a in annots if not _removed_annotation(a)]
        if len(kept_annots) != len(annots):
            obj["/Annots"] = Array(kept_annots)


def _action_kind(obj: object) -> str | None:
    """What the report calls an action that is removed ("script"…), or None to keep it."""
    if not isinstance(obj, _DICTS):
        return None
    subtype = obj.get("/S")
    if not isinstance(subtype, Name):
        return None
    kind = _name(subtype)
    if kind == "/URI":
        uri = obj.get("/URI")
        uri = bytes(uri).decode("latin-1").strip().lower() if isinstance(uri, String) else ""
        if uri.startswith(_WEB_SCHEMES) or uri.startswith("#"):
            return None
        return "script" if uri.startswith("javascript:") else "link to a local file or program"
    return _ACTION_KINDS.get(kind)


def _drop_actions(array: Array) -> None:
    """Remove the actions to drop from an array, in place."""
    for index in reversed(range(len(array))):
        if _action_kind(array[index]) is not None:
            del array[index]


def _safe_chain(value: object) -> list[object]:
    """The actions of a /Next chain to keep: a dropped action is replaced by what follows it."""
    pending = list(value) if isinstance(value, Array) else [value]
    kept: list[object] = []
    seen: set[tuple[int, int]] = set()
    steps = 0
    while pending and steps < _MAX_CHAIN:
        steps += 1
        action = pending.pop(0)
        if not isinstance(action, _DICTS):
            continue
        if action.is_indirect:
            if action.objgen in seen:
                continue
            seen.add(action.objgen)
        if _action_kind(action) is None:
            kept.append(action)
            continue
        after = action.get("/Next")
        pending[:0] = list(after) if isinstance(after, Array) else [after] if after else []
    return kept


def _removed_annotation(annot: object) -> bool:
    subtype = annot.get("/Subtype") if isinstance(annot, _DICTS) else None
    return _name(subtype) in _ANNOTATION_KINDS


def _embedded_streams(obj: Dictionary | Stream) -> set[tuple[int, int]]:
    """The embedded file streams ``obj`` carries (a file specification's /EF, an attachment
    annotation's file), by object number."""
    spec = obj.get("/FS") if _name(obj.get("/Subtype")) == "/FileAttachment" else obj
    files = spec.get("/EF") if isinstance(spec, _DICTS) else None
    if not isinstance(files, Dictionary):
        return set()
    return {s.objgen for s in files.values() if isinstance(s, Stream)}


# =========================================================================== forms


def _flatten_forms(pdf: pikepdf.Pdf) -> int:
    """Draw every form field into its page as it is filled in, then drop the form: its values
    print and nothing stays editable. Other annotations (links, comments) are left as they
    are. Returns how many fields were flattened."""
    if "/AcroForm" not in pdf.Root and not any(_widgets(page) for page in pdf.pages):
        return 0
    form = pdf.acroform
    widgets = sum(_widget_count(page) for page in pdf.pages)
    # A field is counted once however many widgets show it; widgets without a form count each.
    fields = len(form.fields) if form.exists and len(form.fields) else widgets
    try:
        _draw_fields(pdf, form)
    except _UNREADABLE:
        fields = 0  # a form qpdf cannot draw: its fields go, as they would from any pack
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if isinstance(annots, Array) and _widgets(page):
            page.obj["/Annots"] = Array([a for a in annots if not _is_widget(a)])
    if "/AcroForm" in pdf.Root:
        del pdf.Root["/AcroForm"]
    return fields


def _draw_fields(pdf: pikepdf.Pdf, form: pikepdf.AcroForm) -> None:
    """Draw the fields into their pages with qpdf, leaving every other annotation alone."""
    if form.exists:
        form.generate_appearances_if_needed()
        for page in pdf.pages:
            for annot in form.get_widget_annotations_for_page(page):
                if "/AP" not in annot.obj:
                    form.get_field_for_annotation(annot).generate_appearance(annot)
    others = []  # pdf.pages[i] costs as much as going through every page: keep the pages
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if isinstance(annots, Array) and _widgets(page):
            # qpdf flattens every annotation that has an appearance; only fields are meant.
            others.append((page.obj, [a for a in annots if not _is_widget(a)]))
            page.obj["/Annots"] = Array([a for a in annots if _is_widget(a)])
    try:
        pdf.flatten_annotations("all")
    finally:
        for page, kept in others:
            left = [a for a in page.get("/Annots", Array()) if not _is_widget(a)]
            if kept or left:
                page["/Annots"] = Array(kept + left)
            elif "/Annots" in page:
                del page["/Annots"]


def _widgets(page: pikepdf.Page) -> bool:
    return _widget_count(page) > 0


def _widget_count(page: pikepdf.Page) -> int:
    annots = page.obj.get("/Annots")
    return sum(1 for a in annots if _is_widget(a)) if isinstance(annots, Array) else 0


def _is_widget(annot: object) -> bool:
    return isinstance(annot, _DICTS) and annot.get("/Subtype") == "/Widget"


# =========================================================================== outline


def _outline(pdf: pikepdf.Pdf) -> tuple[OutlineNode, ...]:
    """The note's bookmarks as plain nodes, each with its page within the note."""
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    try:
        with pdf.open_outline() as outline:
            return tuple(_node(item, pdf, pages, 0) for item in outline.root)
    except (pikepdf.PdfError, pikepdf.OutlineStructureError, ValueError, TypeError, KeyError):
        return ()


def _node(
    item: pikepdf.OutlineItem, pdf: pikepdf.Pdf, pages: dict[tuple[int, int], int], depth: int
) -> OutlineNode:
    children = (
        tuple(_node(child, pdf, pages, depth + 1) for child in item.children) if depth < 16 else ()
    )
    title = " ".join(str(item.title or "").split()) or "Untitled"
    return OutlineNode(title, _destination_page(item, pdf, pages), children)


def _destination_page(
    item: pikepdf.OutlineItem, pdf: pikepdf.Pdf, pages: dict[tuple[int, int], int]
) -> int | None:
    """The page an outline item leads to (a destination, a name, or a GoTo action), or None."""
    dest = item.destination
    if dest is None and item.action is not None and item.action.get("/S") == "/GoTo":
        dest = item.action.get("/D")
    if isinstance(dest, pikepdf.String | pikepdf.Name):
        dest = _named_destination(pdf, dest)
    if isinstance(dest, pikepdf.Dictionary):
        dest = dest.get("/D")
    if isinstance(dest, pikepdf.Array) and len(dest) and isinstance(dest[0], pikepdf.Dictionary):
        return pages.get(dest[0].objgen)
    return None


def _explicit_links(pdf: pikepdf.Pdf) -> None:
    """Links by a destination's name go to the destination itself: a pack holds many notes'
    names (renamed where two share one), so a link must not depend on its note's names."""
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        for annot in annots if isinstance(annots, Array) else ():
            if not isinstance(annot, Dictionary):
                continue
            if isinstance(annot.get("/Dest"), pikepdf.String | Name):
                annot.Dest = _explicit(pdf, annot.Dest)
            action = annot.get("/A")
            if isinstance(action, Dictionary) and isinstance(
                action.get("/D"), pikepdf.String | Name
            ):
                action.D = _explicit(pdf, action.D)


def _explicit(pdf: pikepdf.Pdf, name: pikepdf.String | Name) -> pikepdf.Object:
    """The destination a name stands for (an array), or null if the note does not define it."""
    found = _named_destination(pdf, name)
    if isinstance(found, Dictionary):
        found = found.get("/D")
    return found if isinstance(found, Array) else None  # type: ignore[return-value]


def _named_destination(pdf: pikepdf.Pdf, name: pikepdf.String | pikepdf.Name) -> object:
    root = pdf.Root
    if isinstance(name, pikepdf.Name):
        dests = root.get("/Dests")
        return dests.get(name) if isinstance(dests, pikepdf.Dictionary) else None
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/Dests" in names:
        tree = pikepdf.NameTree(names.Dests)
        return tree.get(str(name))
    return None
