"""Putting a PDF pack together with qpdf (through pikepdf): pages, stamps, outline, metadata.

reportlab has laid out the pages the pack generates, counting the pages of each PDF note
where it goes (``render.pdf``). Here a qpdf job puts the pack's pages in order: runs of
generated pages, then each note's pages, copied from the note's file as ``pack.pdf_notes``
wrote it when it opened the note (made safe, its named destinations and layers hung on its
first page). qpdf copies what a page refers to but reads the content of the pages only when
the pack is saved, so the notes' content is never all in memory. Each merged page gets the
running header and footer: a small content stream that draws forms reportlab defined once,
and the page's own number. Then the outline (the pack's headings, each note's own bookmarks
beneath its entry), the page labels and the metadata.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem

from briefing import APP_NAME, app_version
from briefing.errors import NoteReadError
from briefing.messages import M_
from briefing.pack import document as d
from briefing.pack.pdf_fonts import embed_standard_fonts
from briefing.pack.pdf_notes import (
    DESTINATIONS_KEY,
    LAYERS_KEY,
    OutlineNode,
    PdfNote,
    visible_box,
)
from briefing.progress import Monitor
from briefing.render import pdf_styles as st
from briefing.render.pdf_running import DIGITS, Placed, Rule
from briefing.render.pdf_write import PdfWriter, Source

PRODUCER = f"{APP_NAME} {app_version()}"
"""What a pack's PDF says made it: the app and its version."""
STAMP_FORM = "BriefingStamp{name}"
"""The name reportlab's forms of the running pieces have (see ``render.pdf``)."""

Matrix = tuple[float, float, float, float, float, float]
_BOXES = ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox", "/Rotate", "/UserUnit")
_FONT_IN_USE = re.compile(rb"/([^\s/\[\]()<>]+)\s+[\d.]+\s+Tf")


@dataclass(frozen=True)
class Merge:
    """A PDF note's pages in the pack: before which generated page (reportlab's index) they
    go, and the index of their first page in the pack."""

    block: d.EmbeddedPdf
    before: int
    first: int


@dataclass(frozen=True)
class HeadingAt:
    """A heading's page in the pack (0-based) and where on it (None: the page's top)."""

    heading: d.Heading
    page: int
    top: float | None


@dataclass
class Layout:
    """What the layout learnt, for putting the pack together."""

    generated: int  # reportlab's pages that belong to the pack (not the stamp sheet)
    merges: list[Merge]
    headings: list[HeadingAt]
    stamps: list[tuple[list[Placed], list[Rule], bytes]]  # per merged page, in order
    absorbed: list[str]  # anchors bookmarked on the stamp sheet, at heights 1, 2, 3…
    shrink: bool = True
    fonts_left: tuple[str, ...] = ()  # fonts merged notes use without carrying, none to stand in
    tail_generated: int = 0  # a tail's pages (laid out apart: see ``render.pdf.Part``)
    tail_absorbed: list[str] = field(default_factory=list)  # bookmarked on the tail's last page


def write_pack(
    raw: bytes,
    layout: Layout,
    notes: dict[str, PdfNote],
    doc: d.PackDocument,
    monitor: Monitor,
    handle: BinaryIO,
    tail_raw: bytes | None = None,
) -> int:
    """Write the pack to ``handle``: the generated pages (``tail_raw``: those of a tail laid
    out apart) and, where they go, each note's pages, stamped; then the catalogue. Returns
    the number of pages."""
    version = max(["1.7", *(notes[m.block.key].version for m in layout.merges)])
    with contextlib.ExitStack() as open_files:
        generated = open_files.enter_context(pikepdf.open(io.BytesIO(raw)))
        tail = None
        if tail_raw is not None:
            tail = open_files.enter_context(pikepdf.open(io.BytesIO(tail_raw)))
        pack = _Pack(generated, layout, notes, doc, monitor, PdfWriter(handle, version), tail)
        return pack.write()


class _Pack:
    """One pack being written: reportlab's document stays open throughout, each note is
    opened from its file, stamped, written and closed in turn."""

    def __init__(
        self,
        generated: pikepdf.Pdf,
        layout: Layout,
        notes: dict[str, PdfNote],
        doc: d.PackDocument,
        monitor: Monitor,
        writer: PdfWriter,
        tail: pikepdf.Pdf | None = None,
    ) -> None:
        self.layout, self.notes, self.doc, self.monitor = layout, notes, doc, monitor
        self.writer = writer
        pages = list(generated.pages)  # pages[i] walks them all each time
        self.sheet = pages[-1] if layout.merges or tail is not None else None
        merged = sum(notes[m.block.key].page_count for m in layout.merges)
        total = layout.generated + layout.tail_generated + merged
        self.numbers = [writer.reserve() for _ in range(total)]
        self.tree = writer.reserve()
        self.main = Source(writer, generated)
        # every generated page, the tail's after the head's, with the document it is in
        self.generated = [(page, self.main) for page in pages[: layout.generated]]
        self.tail: tuple[Source, pikepdf.Page, _Stamper] | None = None
        self.stamps = iter(layout.stamps)
        self.fonts_left: set[str] = set()
        self.names: list[tuple[str, int]] = []
        self.layers: dict[str, list[int]] = {"/OCGs": [], "/OFF": [], "/Order": []}
        resources = self.sheet.obj.Resources if self.sheet is not None else Dictionary()
        prefix = "/FormXob." + STAMP_FORM.format(name="")
        forms = resources.get("/XObject", Dictionary())
        self.forms = {n[len(prefix) :]: f for n, f in forms.items() if n.startswith(prefix)}
        self.fonts = dict(resources.get("/Font", Dictionary()).items())
        if tail is not None:
            source, tail_pages = Source(writer, tail), list(tail.pages)
            self.generated += [(page, source) for page in tail_pages[: layout.tail_generated]]
            geo = st.geometry(doc.paper)
            stamper = _Stamper(tail, self._sharer(source), self, geo, fit=False)
            self.tail = (source, tail_pages[-1], stamper)

    def write(self) -> int:
        """Write every page in order, then the page tree and the catalogue."""
        layout = self.layout
        trees = {id(self.main): self.main.stand_in(self.tree)}
        for (page, source), index in self._generated_places():
            source.alias(page.obj, self.numbers[index])
            if id(source) not in trees:
                trees[id(source)] = source.stand_in(self.tree)
            page.obj.Parent = trees[id(source)]
        head = [page for page, source in self.generated if source is self.main]
        if self.sheet is not None:
            self.sheet.obj.Parent = trees[id(self.main)]
            _absorbed_links(head, self.sheet, layout.absorbed, layout, self.main, self.numbers)
        if self.tail is not None:
            source, sheet, _stamper = self.tail
            pages = [page for page, s in self.generated if s is source]
            _absorbed_links(pages, sheet, layout.tail_absorbed, layout, source, self.numbers)
        places = iter(self._generated_places())
        done = 0
        for merge in layout.merges:
            self._write_generated(places, merge.before - done)
            done = max(done, merge.before)
            self._write_note(merge)
            self.monitor.check()
        self._write_generated(places, len(self.generated) - done)
        self.main.write_pending()
        layout.fonts_left = tuple(sorted(self.fonts_left))
        self.writer.finish(*self._catalogue())
        return len(self.numbers)

    def _generated_places(self) -> Iterator[tuple[tuple[pikepdf.Page, Source], int]]:
        """Each generated page (and its document) with its index in the pack (the notes'
        pages before it counted in)."""
        merges = iter(self.layout.merges)
        merge, before = next(merges, None), 0
        for page_index, generated in enumerate(self.generated):
            while merge is not None and merge.before <= page_index:
                before += self.notes[merge.block.key].page_count
                merge = next(merges, None)
            yield generated, page_index + before

    def _write_generated(
        self, places: Iterator[tuple[tuple[pikepdf.Page, Source], int]], count: int
    ) -> None:
        for _ in range(count):
            (page, source), index = next(places)
            if self.tail is not None and source is self.tail[0]:
                self.tail[2].stamp(page, *next(self.stamps))  # a tail's page: its running lines
            source.bind(page.obj, self.numbers[index])
            source.write_pending()

    def _write_note(self, merge: Merge) -> None:
        note = self.notes[merge.block.key]
        try:
            pdf = pikepdf.open(note.path)
        except (pikepdf.PdfError, OSError) as exc:
            problem = M_("its pages cannot be merged ({reason})", reason=str(exc))
            raise NoteReadError(note.filename, problem, note.title) from None
        with pdf:
            source = Source(self.writer, pdf)
            pages = list(pdf.pages)
            if len(pages) != note.page_count:
                problem = M_("its file changed during the build")
                raise NoteReadError(note.filename, problem, note.title)
            for offset, page in enumerate(pages):
                source.alias(page.obj, self.numbers[merge.first + offset])
            dests, layers = _take_document_parts(pages[0].obj)
            self.fonts_left.update(embed_standard_fonts(pdf)[1])
            stamper = _Stamper(pdf, self._sharer(source), self, st.geometry(self.doc.paper))
            for offset, page in enumerate(pages):
                try:
                    stamper.stamp(page, *next(self.stamps))
                except (pikepdf.PdfError, ValueError, TypeError, KeyError) as exc:
                    problem = M_(
                        "page {page} cannot be merged ({reason})", page=offset + 1, reason=str(exc)
                    )
                    raise NoteReadError(note.filename, problem, note.title) from exc
            if stamper.matrices:
                _move_destinations(pages, stamper.matrices, dests)
            tree = source.stand_in(self.tree)
            for offset, page in enumerate(pages):
                page.obj.Parent = tree
                source.bind(page.obj, self.numbers[merge.first + offset])
            source.write_pending()
            self._carry(source, dests, layers)
            source.write_pending()

    def _sharer(self, source: Source) -> Callable[[pikepdf.Object], pikepdf.Object]:
        """For a note's stamps: a stand-in, in the note, for an object of reportlab's document
        (a running piece's form, a font), written once for the whole pack."""
        made: dict[tuple[int, int], pikepdf.Object] = {}

        def share(obj: pikepdf.Object) -> pikepdf.Object:
            if obj.objgen not in made:
                made[obj.objgen] = source.stand_in(self.main.ref(obj))
            return made[obj.objgen]

        return share

    def _carry(self, source: Source, dests: object, layers: object) -> None:
        """A note's named destinations and layers, for the pack's catalogue."""
        if isinstance(dests, Array):
            for index in range(0, len(dests) - 1, 2):
                dest = dests[index + 1]
                number = source.ref(dest) if dest.is_indirect else source.write_new(dest)
                self.names.append((str(dests[index]), number))
        if not isinstance(layers, Dictionary) or not isinstance(layers.get("/OCGs"), Array):
            return
        self.layers["/OCGs"] += [source.ref(g) for g in layers.OCGs if g.is_indirect]
        default = layers.get("/D")
        for key in ("/OFF", "/Order"):
            found = default.get(key) if isinstance(default, Dictionary) else None
            if isinstance(found, Array):
                self.layers[key] += [
                    source.ref(g) for g in found if isinstance(g, Dictionary) and g.is_indirect
                ]

    def _catalogue(self) -> tuple[int, int]:
        """The page tree, outline, page labels, names, layers and metadata; the numbers of
        the catalogue and of the document information."""
        kids = b" ".join(b"%d 0 R" % number for number in self.numbers)
        self.writer.write_bytes(
            self.tree, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self.numbers), kids)
        )
        scratch = pikepdf.new()
        with scratch:
            source = Source(self.writer, scratch)
            pages = _StandIns(source, self.numbers)
            _outline(scratch, pages, self.layout, self.notes)
            _page_labels(scratch)
            _metadata(scratch, self.doc)
            root = scratch.Root
            root.Pages = source.stand_in(self.tree)
            self._names(scratch, source)
            if self.layers["/OCGs"]:
                lists = {k: Array([source.stand_in(n) for n in v]) for k, v in self.layers.items()}
                root.OCProperties = Dictionary(
                    OCGs=lists["/OCGs"], D=Dictionary(Order=lists["/Order"], OFF=lists["/OFF"])
                )
            numbers = source.ref(root), source.ref(scratch.docinfo)
            source.write_pending()
        return numbers

    def _names(self, scratch: pikepdf.Pdf, source: Source) -> None:
        """The notes' named destinations (a name already taken gets a number)."""
        if not self.names:
            return
        tree = pikepdf.NameTree.new(scratch)
        for name, number in self.names:
            unique, count = name, 1
            while unique in tree:
                count += 1
                unique = f"{name}-{count}"
            tree[unique] = source.stand_in(number)
        scratch.Root.Names = Dictionary(Dests=tree.obj)


class _StandIns:
    """The pack's pages as objects of the catalogue's document, made when first asked for."""

    def __init__(self, source: Source, numbers: list[int]) -> None:
        self.source, self.numbers = source, numbers
        self.made: dict[int, pikepdf.Object] = {}

    def __getitem__(self, index: int) -> pikepdf.Object:
        if index not in self.made:
            self.made[index] = self.source.stand_in(self.numbers[index])
        return self.made[index]


def _take_document_parts(first: Dictionary) -> tuple[object, object]:
    """The named destinations and layers a note's first page carries (``pack.pdf_notes``),
    taken off it."""
    found = []
    for key in (DESTINATIONS_KEY, LAYERS_KEY):
        found.append(first.get(key))
        if key in first:
            del first[key]
    return found[0], found[1]


class _Stamper:
    """Draws the running header and footer on one note's pages, fitting them to the pack's
    page first unless the pack keeps them as they are. The running pieces' forms and fonts are
    reportlab's, given to the note's pages through ``share``."""

    def __init__(
        self,
        pdf: pikepdf.Pdf,
        share: Callable[[pikepdf.Object], pikepdf.Object],
        pack: _Pack,
        geo: st.Geometry,
        fit: bool = True,
    ) -> None:
        self.pdf, self.share, self.geo = pdf, share, geo
        self.shrink = pack.layout.shrink and fit  # a tail's pages are the pack's size already
        self.forms, self.fonts = pack.forms, pack.fonts
        self._font_dicts: dict[frozenset[bytes], pikepdf.Object] = {}
        self._statics: dict[int, tuple[str, str, tuple[float, float] | None, dict]] = {}
        self.matrices: dict[tuple[int, int], Matrix] = {}

    def stamp(
        self, page: pikepdf.Page, items: list[Placed], rules: list[Rule], digits: bytes
    ) -> None:
        """Stamp one page: its content as a form, fitted (or not), then the pieces."""
        box = visible_box(page.obj)
        rotation = int(page.obj.get("/Rotate", 0)) % 360
        form = _page_form(page, box)
        if self.shrink:
            geo = self.geo
            matrix = _placement(box, rotation, geo.merged_area)
            self.matrices[page.obj.objgen] = matrix
            _move_annotations(page, matrix)
            for key in _BOXES:
                if key in page.obj:
                    del page.obj[key]
            page.obj.MediaBox = Array([0, 0, geo.width, geo.height])
            to_page: Matrix = (1, 0, 0, 1, 0, 0)
        else:
            matrix = (1, 0, 0, 1, 0, 0)
            to_page = _inverse(_unrotate(rotation, box))
        before, after, at, forms = self._static(items, rules)
        xobjects = dict(forms)
        ops = [f"q {_cm(to_page)} cm\n", before]
        if form is not None:
            xobjects["/BriefingPage"] = form
            ops.insert(0, f"q {_cm(matrix)} cm /BriefingPage Do Q\n")
        if at is not None:  # in reading order among the pieces: readers extract it so
            ops.append(f"q 1 0 0 1 {at[0]:.3f} {at[1]:.3f} cm\n{digits.decode('latin-1')}\nQ\n")
        ops += [after, "Q\n"]
        page.obj.Resources = Dictionary(XObject=Dictionary(xobjects), Font=self._fonts_for(digits))
        page.obj.Contents = self.pdf.make_stream("".join(ops).encode("latin-1"))

    def _static(
        self, items: list[Placed], rules: list[Rule]
    ) -> tuple[str, str, tuple[float, float] | None, dict[str, pikepdf.Object]]:
        """What every page with these placements draws (the same for a note's pages of one
        size): the operators before and after the page's own digits, where those go, and the
        forms it uses."""
        key = id(items)  # the layout keeps each list alive for the whole assembly
        if key not in self._statics:
            parts: list[list[str]] = [_rule_ops(rules), []]
            forms: dict[str, pikepdf.Object] = {}
            at = None
            for item in items:
                if item.piece.draw is None:
                    continue
                if item.piece.name == DIGITS:
                    at = (item.x, item.y)
                    continue
                name = f"/Briefing{item.piece.name.capitalize()}"
                forms[name] = self.share(self.forms[item.piece.name])
                op = f"q 1 0 0 1 {item.x:.3f} {item.y:.3f} cm {name} Do Q\n"
                parts[at is not None].append(op)
            self._statics[key] = ("".join(parts[0]), "".join(parts[1]), at, forms)
        return self._statics[key]

    def _fonts_for(self, ops: bytes) -> pikepdf.Object:
        """The fonts a page's own text uses (its digits): one dictionary for every page that
        uses the same."""
        names = frozenset(_FONT_IN_USE.findall(ops))
        if names not in self._font_dicts:
            found = Dictionary()
            for raw_name in sorted(names):
                name = "/" + raw_name.decode("latin-1")
                found[name] = self.share(self.fonts[name])
            self._font_dicts[names] = self.pdf.make_indirect(found)
        return self._font_dicts[names]


def _page_form(page: pikepdf.Page, box: list[float]) -> pikepdf.Stream | None:
    """The page's own content as a form (its graphics state kept apart from the stamp's):
    its content stream, made a form in place, still compressed as it came."""
    contents = page.obj.get("/Contents")
    if isinstance(contents, Array):
        if not len(contents):
            return None
        page.contents_coalesce()
        contents = page.obj.Contents
    if not isinstance(contents, pikepdf.Stream):
        return None
    contents.Type = Name.XObject
    contents.Subtype = Name.Form
    contents.BBox = Array(box)
    contents.Resources = page.obj.get("/Resources", Dictionary())
    if "/Group" in page.obj:
        contents.Group = page.obj.Group
    return contents


def _rule_ops(rules: list[Rule]) -> list[str]:
    r, g, b = st.RULE.red, st.RULE.green, st.RULE.blue
    ops = [f"q 0.5 w {r:.3f} {g:.3f} {b:.3f} RG\n"]
    ops += [f"{x0:.3f} {y:.3f} m {x1:.3f} {y:.3f} l S\n" for x0, x1, y in rules]
    return [*ops, "Q\n"]


def _cm(m: Sequence[float]) -> str:
    return " ".join(f"{v:.5f}" for v in m)


def _placement(box: list[float], rotation: int, area: tuple[float, float, float, float]) -> Matrix:
    """The matrix that draws a page's box upright, scaled to fit ``area`` (x, y, w, h), centred."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    shown_w, shown_h = (h, w) if rotation % 180 else (w, h)
    a, b, c, dd, e, f = _unrotate(rotation, box)
    ax, ay, aw, ah = area
    scale = min(aw / shown_w, ah / shown_h, 1.0)
    tx = ax + (aw - shown_w * scale) / 2
    ty = ay + (ah - shown_h * scale) / 2
    return (a * scale, b * scale, c * scale, dd * scale, e * scale + tx, f * scale + ty)


def _unrotate(rotation: int, box: list[float]) -> Matrix:
    """Matrix taking the page box to an upright box at the origin, as a viewer shows it."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if rotation == 90:
        return (0, -1, 1, 0, -y0, w + x0)
    if rotation == 180:
        return (-1, 0, 0, -1, x0 + w, y0 + h)
    if rotation == 270:
        return (0, 1, -1, 0, y0 + h, -x0)
    return (1, 0, 0, 1, -x0, -y0)


def _inverse(m: Matrix) -> Matrix:
    a, b, c, dd, e, f = m
    det = a * dd - b * c
    return (dd / det, -b / det, -c / det, a / det, (c * f - dd * e) / det, (b * e - a * f) / det)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _moved_rect(m: Matrix, rect: Sequence[float]) -> list[float]:
    x0, y0, x1, y1 = (float(v) for v in rect)
    xs, ys = zip(*(_apply(m, x, y) for x in (x0, x1) for y in (y0, y1)), strict=True)
    return [min(xs), min(ys), max(xs), max(ys)]


def _move_annotations(page: pikepdf.Page, m: Matrix) -> None:
    """Annotations (links) stay over what they point at when the page is fitted."""
    for annot in _annotations(page.obj):
        rect = annot.get("/Rect")
        if isinstance(rect, Array) and len(rect) == 4:
            annot.Rect = Array(_moved_rect(m, rect))
        quads = annot.get("/QuadPoints")
        if isinstance(quads, Array) and len(quads) % 2 == 0:
            points = [float(v) for v in quads]
            moved = [c for i in range(0, len(points), 2) for c in _apply(m, *points[i : i + 2])]
            annot.QuadPoints = Array(moved)


def _annotations(page: Dictionary) -> Iterator[Dictionary]:
    annots = page.get("/Annots")
    if isinstance(annots, Array):
        yield from (a for a in annots if isinstance(a, Dictionary))


def _move_destinations(
    pages: list[pikepdf.Page], matrices: dict[tuple[int, int], Matrix], dests: object
) -> None:
    """A note's links and named destinations into its fitted pages point where their content
    now is."""
    for page in pages:
        for annot in _annotations(page.obj):
            if isinstance(annot.get("/Dest"), Array):
                annot.Dest = _moved_dest(annot.Dest, matrices)
            action = annot.get("/A")
            if isinstance(action, Dictionary) and isinstance(action.get("/D"), Array):
                action.D = _moved_dest(action.D, matrices)
    if not isinstance(dests, Array):
        return
    for index in range(1, len(dests), 2):
        value = dests[index]
        if isinstance(value, Array):
            dests[index] = _moved_dest(value, matrices)
        elif isinstance(value, Dictionary) and isinstance(value.get("/D"), Array):
            value.D = _moved_dest(value.D, matrices)


def _moved_dest(dest: Array, matrices: dict[tuple[int, int], Matrix]) -> Array:
    """A destination on a fitted page, its coordinates moved with the page's content."""
    if len(dest) < 2 or not isinstance(dest[0], Dictionary):
        return dest
    m = matrices.get(dest[0].objgen)
    if m is None:
        return dest
    kind = str(dest[1])
    values = [float(v) if _is_number(v) else None for v in dest[2:]]
    if kind == "/XYZ" and len(values) >= 2:
        x, y = _apply(m, values[0] or 0.0, values[1] or 0.0)
        values[0] = x if values[0] is not None else None
        values[1] = y if values[1] is not None else None
    elif kind in ("/FitH", "/FitBH") and values and values[0] is not None:
        values[0] = _apply(m, 0.0, values[0])[1]
    elif kind in ("/FitV", "/FitBV") and values and values[0] is not None:
        values[0] = _apply(m, values[0], 0.0)[0]
    elif kind == "/FitR" and len(values) == 4 and None not in values:
        values = _moved_rect(m, values)  # type: ignore[arg-type]
    return Array([dest[0], dest[1], *values])


def _is_number(value: object) -> bool:
    try:
        float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _absorbed_links(
    pages: list[pikepdf.Page],
    sheet: pikepdf.Page,
    anchors: list[str],
    layout: Layout,
    source: Source,
    numbers: list[int],
) -> None:
    """Links to headings reportlab did not lay out on a page of ``pages`` (a merged note's
    first page starts them, or the other part of a pack laid out in two laid them out)
    go to their page in the pack: reportlab pointed them at ``sheet``, at a height that is
    the heading's place in ``anchors``."""
    if not anchors:
        return
    at = {h.heading.anchor: h for h in layout.headings}
    targets: dict[int, Array] = {}  # by height: made for the headings links go to
    for page in pages:
        for annot in _annotations(page.obj):
            dest = annot.get("/Dest")
            if not (isinstance(dest, Array) and len(dest) > 3 and isinstance(dest[0], Dictionary)):
                continue
            if dest[0].objgen != sheet.obj.objgen:
                continue
            height = int(dest[3])
            if height not in targets:
                heading = at[anchors[height - 1]]
                page_in = source.stand_in(numbers[heading.page])
                targets[height] = _link_target(page_in, heading.top)
            annot.Dest = targets[height]


def _link_target(page: pikepdf.Object, top: float | None) -> Array:
    """A link's destination: a heading's place on its page as reportlab writes it, or the
    page's top (a merged note's first page)."""
    if top is None:
        return Array([page, Name.XYZ, None, None, None])
    return Array([page, Name.XYZ, 0, round(top, 4), 0])  # as reportlab writes it


# =========================================================================== outline, labels


def _outline(
    pack: pikepdf.Pdf, pages: _StandIns, layout: Layout, notes: dict[str, PdfNote]
) -> None:
    """Bookmarks mirroring the contents (bios a level below), each note's own beneath it.

    Every destination is /XYZ: viewers built on pdfium (QtPdf's among them) read only /XYZ
    destinations' locations."""
    events: list[tuple[int, int, object]] = [(h.page, 0, h) for h in layout.headings]
    events += [(m.first, 1, m) for m in layout.merges]
    parents: list[tuple[int, OutlineItem]] = []
    with pack.open_outline() as outline:
        for _page, _order, event in sorted(events, key=lambda e: (e[0], e[1])):
            if isinstance(event, HeadingAt):
                level = event.heading.level
                while parents and parents[-1][0] >= level:
                    parents.pop()
                item = _item(event.heading.text, pages[event.page], event.top)
                item.is_closed = level >= 2
                (parents[-1][1].children if parents else outline.root).append(item)
                parents.append((level, item))
            else:
                assert isinstance(event, Merge)
                siblings = parents[-1][1].children if parents else outline.root
                siblings += _note_items(notes[event.block.key].outline, pages, event.first)


def _item(title: str, page: pikepdf.Object, top: float | None = None) -> OutlineItem:
    """A bookmark to ``page``."""
    place = [0, top] if top is not None else [None, None]
    return OutlineItem(title, Array([page, Name.XYZ, *place, None]))


def _note_items(nodes: tuple[OutlineNode, ...], pages: _StandIns, first: int) -> list[OutlineItem]:
    items = []
    for node in nodes:
        item = _item(node.title, pages[first + (node.page or 0)])
        item.is_closed = True
        item.children += _note_items(node.children, pages, first)
        items.append(item)
    return items


def _page_labels(pack: pikepdf.Pdf) -> None:
    """The cover counts as page 1 but shows no number, as in Word (and in the DOCX pack)."""
    pack.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(S=Name.D, St=1)]))


def _metadata(pack: pikepdf.Pdf, doc: d.PackDocument) -> None:
    """The document information, the same in XMP, and the language."""
    stamp = f"D:{doc.build_date:%Y%m%d}000000Z"
    pack.docinfo = pack.make_indirect(
        Dictionary(
            Title=pikepdf.String(doc.title),
            Author=pikepdf.String(doc.author),
            Subject=pikepdf.String(doc.subject),
            Keywords=pikepdf.String(", ".join(doc.keywords)),
            Creator=pikepdf.String(PRODUCER),
            Producer=pikepdf.String(PRODUCER),
            CreationDate=pikepdf.String(stamp),
            ModDate=pikepdf.String(stamp),
        )
    )
    with pack.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta.load_from_docinfo(pack.docinfo)
        meta["dc:language"] = [doc.language]
    pack.Root.Lang = pikepdf.String(doc.language)
    pack.Root.PageMode = Name.UseOutlines
    pack.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
