"""PDF notes: opened once per build, checked, and turned into pages a pack can draw.

Each distinct PDF (by content hash) is parsed once per build, however many packs or sessions use
it. Opening checks what would otherwise fail half-way through a build: a password, a damaged
file pypdf cannot recover, a decompression bomb (pypdf's safety limits stay on and raise
``LimitReachedError``), an image larger than :data:`~briefing.validation.MAX_IMAGE_PIXELS` (judged
from its declared size: its stream is never decoded). Every such problem becomes a
:class:`NoteReadError` naming the note.

A merged page is drawn as a Form XObject: the note page's content stream is wrapped, not parsed,
so merging costs little more than copying, and one note used twice shares its objects.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    RectangleObject,
    StreamObject,
)

from briefing.errors import NoteReadError
from briefing.validation import MAX_IMAGE_PIXELS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutlineNode:
    """A bookmark of a merged PDF: its title, its page (0-based, within the note), children."""

    title: str
    page: int | None
    children: tuple[OutlineNode, ...] = ()


@dataclass
class PdfNote:
    """An opened PDF note: its reader, page count and own bookmarks."""

    key: str
    title: str
    filename: str
    reader: PdfReader
    outline: tuple[OutlineNode, ...]

    @property
    def page_count(self) -> int:
        """Number of pages."""
        return len(self.reader.pages)


class PdfNoteLibrary:
    """Opens each PDF note once per build and remembers the result (or the problem)."""

    def __init__(self) -> None:
        self._notes: dict[str, PdfNote | NoteReadError] = {}

    def open(self, key: str, data: bytes, title: str, filename: str) -> PdfNote:
        """The opened note, or raise the same :class:`NoteReadError` each time."""
        if key not in self._notes:
            try:
                self._notes[key] = _open(key, data, title, filename)
            except NoteReadError as exc:
                self._notes[key] = exc
        found = self._notes[key]
        if isinstance(found, NoteReadError):
            raise found
        return found


def _open(key: str, data: bytes, title: str, filename: str) -> PdfNote:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise NoteReadError(
                filename,
                "the PDF is protected by a password; attach a copy saved without protection",
                title,
            )
        if not reader.pages:
            raise NoteReadError(filename, "the PDF has no pages", title)
        images = _ImageCheck()
        for number, page in enumerate(reader.pages, 1):
            _check_page(page)
            problem = images.problem(page)
            if problem is not None:
                raise NoteReadError(filename, f"page {number} {problem}", title)
        return PdfNote(key, title, filename, reader, _outline(reader, reader.outline))
    except NoteReadError:
        raise
    except LimitReachedError as exc:
        raise NoteReadError(
            filename,
            f"the PDF is too large to read safely (it expands beyond the safety "
            f"limits: {exc}); it may be damaged or malicious",
            title,
        ) from None
    except NotImplementedError as exc:
        raise NoteReadError(
            filename,
            f"the PDF uses a feature that cannot be read ({exc})",
            title,
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise NoteReadError(
            filename, f"the PDF is damaged and cannot be read ({exc})", title
        ) from None


def _check_page(page: DictionaryObject) -> None:
    """Decode the page's content so damage and bombs show up now, not mid-build."""
    for stream in _content_streams(page):
        stream.get_data()
    _page_box(page)


MAX_RESOURCE_DEPTH = 32
"""How deep forms, patterns and masks may nest inside each other; no real PDF comes close."""
MAX_RESOURCE_VISITS = 100_000
"""How many resource objects one note may hold (every page's images, forms, patterns…)."""

# Colour components of the colour spaces named directly; arrays are worked out below.
_COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/G": 1, "/DeviceCMYK": 4, "/CMYK": 4}


class _ImageCheck:
    """Finds the images a note's pages draw, through forms, patterns and masks, and judges
    each by its declared size. Each object is looked at once per note (pages share them), and
    a form that contains itself, or nests too deep, cannot make the walk go on for ever."""

    def __init__(self) -> None:
        self.seen: set[tuple[int, int]] = set()
        self.visits = 0

    def problem(self, page: DictionaryObject) -> str | None:
        """What is wrong with the images of ``page`` ("holds an image of…"), or None."""
        pending: list[tuple[object, int]] = [(page.get("/Resources"), 0)]
        while pending:
            node, depth = pending.pop()
            obj = self._visit(node)
            if obj is None:
                continue
            if depth > MAX_RESOURCE_DEPTH:
                return "nests its images and forms too deeply to be checked; it may be malicious"
            if self.visits > MAX_RESOURCE_VISITS:
                return "holds too many images and forms to be checked; it may be malicious"
            if _get(obj, "/Subtype") == "/Image":
                found = _image_problem(obj)
                if found is not None:
                    return found
            pending += [(child, depth + 1) for child in _children(obj)]
        return None

    def _visit(self, node: object) -> DictionaryObject | None:
        """The dictionary behind ``node``, or None if it is not one or was seen already."""
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in self.seen:
                return None
            self.seen.add(key)
            node = node.get_object()
        self.visits += 1
        return node if isinstance(node, DictionaryObject) else None


def _children(obj: DictionaryObject) -> list[object]:
    """The resources an object can draw: a resource dictionary's forms, images, patterns,
    graphics states and fonts (a Type 3 font draws with resources of its own), a form's,
    pattern's or font's own resources, an image's masks, a soft mask's group."""
    children: list[object] = []
    for key in ("/XObject", "/Pattern", "/ExtGState", "/Font"):
        entries = _get(obj, key)
        if isinstance(entries, DictionaryObject):
            children += [entries.raw_get(name) for name in entries]
    children += [obj.raw_get(key) for key in ("/Resources", "/SMask", "/Mask", "/G") if key in obj]
    return children


def _image_problem(image: DictionaryObject) -> str | None:
    """Why an image XObject is refused (too many pixels for its declared size), or None."""
    width = int(_get(image, "/Width") or 0)
    height = int(_get(image, "/Height") or 0)
    pixels = max(width, 0) * max(height, 0)
    components = _components(image)
    # A many-coloured image (e.g. DeviceN) weighs as much as a larger RGB one.
    if pixels <= MAX_IMAGE_PIXELS and pixels * components <= MAX_IMAGE_PIXELS * 3:
        return None
    colours = f" of {components} colour components each" if components > 4 else ""
    return (
        f"holds an image of {width:,} × {height:,} pixels{colours} ({pixels / 1e6:,.1f} "
        f"million); at most {MAX_IMAGE_PIXELS / 1e6:.1f} million are allowed, so it is "
        "refused as a possible decompression bomb"
    )


def _components(image: DictionaryObject) -> int:
    """How many colour components each pixel of an image has (1 for a mask)."""
    if _get(image, "/ImageMask"):
        return 1
    space = _get(image, "/ColorSpace")
    if isinstance(space, ArrayObject) and space:
        family = space[0]
        if family == "/ICCBased" and len(space) > 1:
            return int(_get(space[1].get_object(), "/N") or 3)
        if family == "/DeviceN" and len(space) > 1:
            return max(len(space[1].get_object()), 1)
        if family in ("/Indexed", "/I", "/Separation", "/CalGray"):
            return 1
        return 4 if family == "/DeviceCMYK" else 3
    return _COMPONENTS.get(str(space), 3)


def _get(obj: DictionaryObject, key: str) -> object:
    """``obj[key]`` with an indirect reference followed, or None if absent."""
    value = obj.get(key)
    return value.get_object() if value is not None else None


def _content_streams(page: DictionaryObject) -> list[StreamObject]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    contents = contents.get_object()
    if isinstance(contents, ArrayObject):
        return [c.get_object() for c in contents]
    return [contents]


def _outline(reader: PdfReader, entries: list, depth: int = 0) -> tuple[OutlineNode, ...]:  # type: ignore[type-arg]
    """The reader's bookmarks as plain nodes (children follow their parent in pypdf's list)."""
    nodes: list[OutlineNode] = []
    for entry in entries:
        if isinstance(entry, list):
            if nodes and depth < 16:
                last = nodes[-1]
                nodes[-1] = OutlineNode(last.title, last.page, _outline(reader, entry, depth + 1))
            continue
        try:
            page = reader.get_destination_page_number(entry)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
            page = None
        title = str(getattr(entry, "title", "") or "").strip() or "Untitled"
        nodes.append(OutlineNode(title, page if page is not None and page >= 0 else None))
    return tuple(nodes)


# =========================================================================== drawing


def _page_box(page: DictionaryObject) -> RectangleObject:
    box = page.cropbox if "/CropBox" in page else page.mediabox
    if box.width <= 0 or box.height <= 0:
        raise ValueError("a page has an empty size")
    return box


def page_size(note: PdfNote, index: int) -> tuple[float, float]:
    """The displayed width and height of a note page (after its rotation)."""
    page = note.reader.pages[index]
    box = _page_box(page)
    if page.rotation % 180:
        return float(box.height), float(box.width)
    return float(box.width), float(box.height)


class FormCache:
    """The Form XObjects made for one output file: a note page used twice is stored once."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self._forms: dict[tuple[str, int], IndirectObject] = {}

    def form(self, note: PdfNote, index: int) -> IndirectObject:
        """The note's page ``index`` as a Form XObject in this cache's writer."""
        key = (note.key, index)
        if key not in self._forms:
            self._forms[key] = _make_form(self.writer, note.reader.pages[index])
        return self._forms[key]


def _make_form(writer: PdfWriter, page: DictionaryObject) -> IndirectObject:
    box = _page_box(page)
    form = _form_stream(writer, _content_streams(page))
    resources = page.get("/Resources")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/FormType"): NumberObject(1),
            NameObject("/BBox"): ArrayObject(FloatObject(v) for v in box),
            NameObject("/Resources"): (
                resources.get_object().clone(writer)
                if resources is not None
                else DictionaryObject()
            ),
        }
    )
    if "/Group" in page:
        form[NameObject("/Group")] = page["/Group"].get_object().clone(writer)
    return writer._add_object(form)


def _form_stream(writer: PdfWriter, streams: list[StreamObject]) -> StreamObject:
    """The page's content as one stream: a single stream is copied still encoded (its filters
    go with it); several are decoded, joined and compressed again."""
    if len(streams) == 1 and isinstance(streams[0], EncodedStreamObject):
        source = streams[0]
        form = EncodedStreamObject()
        form._data = source._data  # the compressed bytes as they are: nothing to decode
        for key in ("/Filter", "/DecodeParms"):
            if key in source:
                form[NameObject(key)] = source[key].get_object().clone(writer)
        return form
    form = StreamObject()
    form.set_data(b"\n".join(s.get_data() for s in streams))
    return form.flate_encode()


def placement(
    note: PdfNote, index: int, area: tuple[float, float, float, float]
) -> tuple[float, float, float, float, float, float]:
    """The matrix that draws a note page upright, scaled to fit ``area`` (x, y, w, h), centred."""
    page = note.reader.pages[index]
    box = _page_box(page)
    x0, y0, w, h = float(box.left), float(box.bottom), float(box.width), float(box.height)
    a, b, c, d, e, f = _unrotate(page.rotation % 360, x0, y0, w, h)
    shown_w, shown_h = page_size(note, index)
    ax, ay, aw, ah = area
    scale = min(aw / shown_w, ah / shown_h, 1.0)
    tx = ax + (aw - shown_w * scale) / 2
    ty = ay + (ah - shown_h * scale) / 2
    return (a * scale, b * scale, c * scale, d * scale, e * scale + tx, f * scale + ty)


def _unrotate(rotation: int, x0: float, y0: float, w: float, h: float) -> tuple[float, ...]:
    """Matrix taking the page box to an upright box at the origin, as a viewer shows it."""
    if rotation == 90:
        return (0, -1, 1, 0, -y0, w + x0)
    if rotation == 180:
        return (-1, 0, 0, -1, x0 + w, y0 + h)
    if rotation == 270:
        return (0, 1, -1, 0, y0 + h, -x0)
    return (1, 0, 0, 1, -x0, -y0)
