"""Putting a PDF pack together with qpdf (through pikepdf): pages, stamps, outline, metadata.

reportlab has laid out the pages the pack generates, counting the pages of each PDF note
where it goes (``render.pdf``). Here the pack is built page by page in order: runs of generated
pages, then each note's pages copied from the note as opened once per build (their links and
named destinations come along; ``pack.pdf_notes`` made them safe when it opened them). Each
merged page gets the running header and footer: a small content stream that draws forms
reportlab defined once, and the page's own number. Then the outline (the pack's headings, each
note's own bookmarks beneath its entry), the page labels and the metadata.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem

from briefing.errors import NoteReadError
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

PRODUCER = "Briefing Pack Assembler"
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


@contextmanager
def assembled(
    raw: bytes,
    layout: Layout,
    notes: dict[str, PdfNote],
    doc: d.PackDocument,
    monitor: Monitor,
    folder: Path,
) -> Iterator[pikepdf.Pdf]:
    """The pack as one pikepdf document, to be saved inside the ``with`` block: its merged
    pages' content is read from the notes' files (and from ``folder``) only as it is saved."""
    job = _merge_job(raw, layout, notes, folder)
    try:
        pack = job.create_pdf()
    except pikepdf.PdfError as exc:
        raise _merge_error(layout, notes, exc) from None
    try:
        pages = list(pack.pages)  # indexing the pack's pages walks them all each time
        if layout.merges:
            sheet = pages.pop()
            del pack.pages[-1]  # the stamp sheet: its forms stay, referred to by the stamps
            _finish_merged(pack, pages, sheet, layout, notes, doc, monitor)
        _outline(pack, pages, layout, notes)
        _page_labels(pack)
        _metadata(pack, doc)
        yield pack
    finally:
        pack.close()
        del job  # it holds the notes' files open until the pack is saved


def _finish_merged(
    pack: pikepdf.Pdf,
    pages: list[pikepdf.Page],
    sheet: pikepdf.Page,
    layout: Layout,
    notes: dict[str, PdfNote],
    doc: d.PackDocument,
    monitor: Monitor,
) -> None:
    """What merged notes need: their destinations and layers in the pack's catalogue, fonts
    they name without carrying, the running header and footer, links to their headings."""
    for merge in layout.merges:
        _carry_document_parts(pack, pages[merge.first].obj)
    layout.fonts_left = embed_standard_fonts(pack)[1]  # once: one file per face, however
    # many notes use it
    placed = [(merge, notes[merge.block.key]) for merge in layout.merges]
    stamper = _Stamper(pack, sheet, layout, st.geometry(doc.paper))
    stamper.stamp_all(pages, placed, monitor)
    _absorbed_links(pages, sheet, layout)


# =========================================================================== pages


def _merge_job(raw: bytes, layout: Layout, notes: dict[str, PdfNote], folder: Path) -> pikepdf.Job:
    """qpdf's job that puts the generated pages and the notes' pages in order (and the stamp
    sheet last, if there is one).

    qpdf copies each page with what it refers to, mapping every object of one file once, so
    links between pages of one file land on the copies; it reads their content only when
    the pack is saved, so no note's content is held in memory."""
    generated = folder / "generated.pdf"
    generated.write_bytes(raw)
    spec: list[str] = []
    done = 0
    used: dict[str, int] = {}
    for merge in layout.merges:
        spec += _page_range(generated, done + 1, merge.before)
        done = max(done, merge.before)
        note = notes[merge.block.key]
        used[note.key] = used.get(note.key, 0) + 1
        spec += _page_range(_another_name(note, used[note.key], folder), 1, note.page_count)
    spec += _page_range(generated, done + 1, layout.generated)
    if layout.merges:
        spec += [str(generated), "z"]
    return pikepdf.Job(
        ["qpdf", "--empty", "--no-warn", "--warning-exit-0", "--pages", *spec, "--", "-"]
    )


def _page_range(path: Path, first: int, last: int) -> list[str]:
    """``--pages`` arguments for pages ``first`` to ``last`` (1-based), or none."""
    return [str(path), f"{first}-{last}"] if last >= first else []


def _another_name(note: PdfNote, use: int, folder: Path) -> Path:
    """The note's file, under another name each time it is used again in one pack: qpdf
    opens each name once and would give the first copy's pages again."""
    if use == 1:
        return note.path
    alias = folder / f"{note.path.stem}-{use}.pdf"
    try:
        os.link(note.path, alias)
    except OSError:  # a file system without hard links
        shutil.copyfile(note.path, alias)
    return alias


def _merge_error(layout: Layout, notes: dict[str, PdfNote], exc: Exception) -> NoteReadError:
    """qpdf could not copy a note's pages: the message names the first note (rare: each note
    was read whole when it was opened)."""
    note = notes[layout.merges[0].block.key] if layout.merges else None
    if note is None:
        raise exc
    return NoteReadError(note.filename, f"its pages cannot be merged ({exc})", note.title)


def _carry_document_parts(pack: pikepdf.Pdf, first: Dictionary) -> None:
    """A note's named destinations and layers, which its first page carried here
    (``pack.pdf_notes``), into the pack's catalogue."""
    if DESTINATIONS_KEY in first:
        _carry_destinations(pack, first[DESTINATIONS_KEY])
        del first[DESTINATIONS_KEY]
    if LAYERS_KEY in first:
        _carry_layers(pack, first[LAYERS_KEY])
        del first[LAYERS_KEY]


def _carry_destinations(pack: pikepdf.Pdf, found: pikepdf.Object) -> None:
    """The note's named destinations, into the pack's (a name already there gets a number).
    The note's own links no longer need them (``pack.pdf_notes`` made them explicit); they
    are kept for what points into the pack from outside by name."""
    if not isinstance(found, Array) or len(found) < 2:
        return
    if "/Names" not in pack.Root:
        pack.Root.Names = Dictionary()
    if "/Dests" not in pack.Root.Names:
        pack.Root.Names.Dests = pikepdf.NameTree.new(pack).obj
    tree = pikepdf.NameTree(pack.Root.Names.Dests)
    for index in range(0, len(found) - 1, 2):
        name, dest = str(found[index]), found[index + 1]
        unique, number = name, 1
        while unique in tree:
            number += 1
            unique = f"{name}-{number}"
        tree[unique] = dest if dest.is_indirect else pack.make_indirect(dest)


def _carry_layers(pack: pikepdf.Pdf, properties: pikepdf.Object) -> None:
    """The note's optional content groups (layers), listed in the pack with their default
    state: unlisted, a viewer shows content the note hid."""
    if not isinstance(properties, Dictionary) or not isinstance(properties.get("/OCGs"), Array):
        return
    if "/OCProperties" not in pack.Root:
        pack.Root.OCProperties = Dictionary(OCGs=Array(), D=Dictionary(Order=Array(), OFF=Array()))
    ours = pack.Root.OCProperties
    ours.OCGs.extend(g for g in properties.OCGs if g.is_indirect)
    default = properties.get("/D")
    if isinstance(default, Dictionary):
        for key in ("/OFF", "/Order"):
            if isinstance(default.get(key), Array):
                ours.D[key].extend(
                    g for g in default[key] if isinstance(g, Dictionary) and g.is_indirect
                )


class _Stamper:
    """Draws the running header and footer on merged pages, fitting them to the pack's page
    first unless the pack keeps them as they are."""

    def __init__(
        self, pack: pikepdf.Pdf, sheet: pikepdf.Page, layout: Layout, geo: st.Geometry
    ) -> None:
        self.pack, self.layout, self.geo = pack, layout, geo
        forms = sheet.obj.Resources.get("/XObject", Dictionary())
        prefix = "/FormXob." + STAMP_FORM.format(name="")
        self.forms = {
            name[len(prefix) :]: form for name, form in forms.items() if name.startswith(prefix)
        }
        self.fonts = dict(sheet.obj.Resources.get("/Font", Dictionary()).items())
        self._font_dicts: dict[frozenset[bytes], pikepdf.Object] = {}
        self._statics: dict[int, tuple[str, str, tuple[float, float] | None, dict]] = {}
        self.matrices: dict[tuple[int, int], Matrix] = {}

    def stamp_all(
        self, pages: list[pikepdf.Page], placed: list[tuple[Merge, PdfNote]], monitor: Monitor
    ) -> None:
        """Stamp every merged page, then move what points into shrunk pages along with them."""
        stamps = iter(self.layout.stamps)
        for merge, note in placed:
            for offset in range(note.page_count):
                page = pages[merge.first + offset]
                try:
                    self._stamp(page, *next(stamps))
                except (pikepdf.PdfError, ValueError, TypeError, KeyError) as exc:
                    raise NoteReadError(
                        note.filename, f"page {offset + 1} cannot be merged ({exc})", note.title
                    ) from exc
            monitor.check()
        if self.matrices:
            _move_destinations(self.pack, pages, self.matrices, placed)

    def _stamp(
        self, page: pikepdf.Page, items: list[Placed], rules: list[Rule], digits: bytes
    ) -> None:
        box = visible_box(page.obj)
        rotation = int(page.obj.get("/Rotate", 0)) % 360
        form = _page_form(page, box)
        if self.layout.shrink:
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
        page.obj.Contents = self.pack.make_stream("".join(ops).encode("latin-1"))

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
                forms[name] = self.forms[item.piece.name]
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
                found[name] = self.fonts[name]
            self._font_dicts[names] = self.pack.make_indirect(found)
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
    pack: pikepdf.Pdf,
    pages: list[pikepdf.Page],
    matrices: dict[tuple[int, int], Matrix],
    placed: list[tuple[Merge, PdfNote]],
) -> None:
    """Links and named destinations into fitted pages point where their content now is."""
    for merge, note in placed:
        for offset in range(note.page_count):
            for annot in _annotations(pages[merge.first + offset].obj):
                if isinstance(annot.get("/Dest"), Array):
                    annot.Dest = _moved_dest(annot.Dest, matrices)
                action = annot.get("/A")
                if isinstance(action, Dictionary) and isinstance(action.get("/D"), Array):
                    action.D = _moved_dest(action.D, matrices)
    names = pack.Root.get("/Names")
    if isinstance(names, Dictionary) and isinstance(names.get("/Dests"), Dictionary):
        tree = pikepdf.NameTree(names.Dests)
        for key, value in list(tree.items()):
            if isinstance(value, Array):
                tree[key] = _moved_dest(value, matrices)
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


def _absorbed_links(pages: list[pikepdf.Page], sheet: pikepdf.Page, layout: Layout) -> None:
    """Links to a heading that a merged note's first page starts go to that page: reportlab,
    which never saw the page, pointed them at the stamp sheet, at the heading's height."""
    if not layout.absorbed:
        return
    at = {h.heading.anchor: h.page for h in layout.headings}
    targets = [pages[at[anchor]].obj for anchor in layout.absorbed]
    for page in pages:
        for annot in _annotations(page.obj):
            dest = annot.get("/Dest")
            if not (isinstance(dest, Array) and len(dest) > 3 and isinstance(dest[0], Dictionary)):
                continue
            if dest[0].objgen != sheet.obj.objgen:
                continue
            index = int(dest[3]) - 1
            annot.Dest = Array([targets[index], Name.XYZ, None, None, None])


# =========================================================================== outline, labels


def _outline(
    pack: pikepdf.Pdf, pages: list[pikepdf.Page], layout: Layout, notes: dict[str, PdfNote]
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


def _item(title: str, page: pikepdf.Page, top: float | None = None) -> OutlineItem:
    """A bookmark to ``page`` (the page object itself: an index makes pikepdf walk the
    pages for each bookmark)."""
    place = [0, top] if top is not None else [None, None]
    return OutlineItem(title, Array([page.obj, Name.XYZ, *place, None]))


def _note_items(
    nodes: tuple[OutlineNode, ...], pages: list[pikepdf.Page], first: int
) -> list[OutlineItem]:
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
