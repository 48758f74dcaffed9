"""PDF notes: opened once per build with qpdf (through pikepdf), checked and made safe.

Each distinct PDF (by content hash) is opened once per build, however many packs or sessions
use it; every pack copies its pages from that one opened document. Opening refuses what would
fail half-way through a build (a password, a file neither qpdf nor pypdf can read, no pages)
with a :class:`NoteReadError` naming the note.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf

from briefing.errors import NoteReadError


@dataclass(frozen=True)
class OutlineNode:
    """A bookmark of a merged PDF: its title, its page (0-based, within the note), children."""

    title: str
    page: int | None
    children: tuple[OutlineNode, ...] = ()


@dataclass
class PdfNote:
    """An opened PDF note, ready to merge: its document (made safe), bookmarks, and what
    opening it had to do (``removed``: one phrase per kind, ``repaired``: what qpdf fixed)."""

    key: str
    title: str
    filename: str
    pdf: pikepdf.Pdf
    outline: tuple[OutlineNode, ...]
    removed: tuple[str, ...] = ()
    repaired: str = ""
    _sizes: dict[int, tuple[float, float]] = field(default_factory=dict, repr=False)

    @property
    def page_count(self) -> int:
        """Number of pages."""
        return len(self.pdf.pages)


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

    def close(self) -> None:
        """Close every opened note."""
        for note in self._notes.values():
            if isinstance(note, PdfNote):
                note.pdf.close()
        self._notes.clear()


def _open(key: str, data: bytes, title: str, filename: str) -> PdfNote:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise NoteReadError(
            filename,
            "the PDF is protected by a password; attach a copy saved without protection",
            title,
        ) from None
    except pikepdf.PdfError as exc:
        raise NoteReadError(
            filename, f"the PDF is damaged and cannot be read ({exc})", title
        ) from None
    if not pdf.pages:
        raise NoteReadError(filename, "the PDF has no pages", title)
    return PdfNote(key, title, filename, pdf, _outline(pdf))


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
