"""Writing a PDF object by object, from several open documents, one document at a time.

qpdf (and pikepdf on it) writes a document it holds whole: every object of a pack, and of each
note its pages were copied from, is in memory until the pack is saved, about 18 KB for each
merged page. This writer takes objects from documents opened one after the other (the pack's
generated pages, then each note in turn, closed once written), numbers them afresh and writes
them at once, so a pack's memory does not grow with its merged pages.

Each object is written as qpdf prints it (``unparse``), its references renumbered; a stream's
data is copied as it is stored (never decoded: nothing a note holds is expanded here). Objects
that are not streams go into compressed object streams, found through a cross-reference
stream (PDF 1.5), as qpdf's ``object_stream_mode=generate`` writes them. The file identifier
is a digest of the content, so the same pack gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from typing import BinaryIO

import pikepdf

# A literal string (qpdf escapes its parentheses) or an indirect reference, in qpdf's printing.
_TOKENS = re.compile(rb"\((?:\\.|[^\\)])*\)|(?<![\d.+-])(\d+) (\d+) R")
_OBJECTS_PER_STREAM = 200
# Streams worth sharing when two documents hold the same bytes: font files (a stand-in font
# embedded in each note that lacks it) and images.
_SHARED_KINDS = re.compile(rb"/Length[123] |/Subtype /(?:Image|Type1C|CIDFontType0C|OpenType)\b")


class PdfWriter:
    """A PDF file being written: reserve numbers, write objects, then :meth:`finish`."""

    def __init__(self, handle: BinaryIO, version: str) -> None:
        self.handle = handle
        self.position = 0
        self.digest = hashlib.md5(usedforsecurity=False)
        # Where each object is: its offset, or (object stream, index); None until written.
        self.places: list[int | tuple[int, int] | None] = [None]
        self.batch: list[tuple[int, bytes]] = []
        self.shared: dict[tuple[bytes, bytes], int] = {}
        self._write(b"%PDF-" + version.encode("ascii") + b"\n%\xe2\xe3\xcf\xd3\n")

    def reserve(self) -> int:
        """A new object number, for an object written later."""
        self.places.append(None)
        return len(self.places) - 1

    def write_bytes(self, number: int, body: bytes) -> None:
        """Write object ``number`` from its printed form (a dictionary, array or number)."""
        self.batch.append((number, body))
        if len(self.batch) >= _OBJECTS_PER_STREAM:
            self._flush_batch()

    def write_stream(self, number: int, dictionary: bytes, data: bytes) -> None:
        """Write stream ``number``: its dictionary (with the data's true ``/Length``) and its
        data as stored."""
        self._at(number)
        self._write(b"%d 0 obj\n%s\nstream\n" % (number, dictionary))
        self._write(data)
        self._write(b"\nendstream\nendobj\n")

    def finish(self, root: int, info: int) -> None:
        """The last object streams, the cross-reference stream and the trailer."""
        self._flush_batch()
        for number, place in enumerate(self.places):
            if place is None and number:  # reserved, never used: a null keeps references valid
                self.write_bytes(number, b"null")
        self._flush_batch()
        ident = self.digest.hexdigest().encode("ascii")
        xref = self.reserve()
        self._at(xref)
        rows = b"".join(_xref_row(place) for place in self.places)
        data = zlib.compress(rows)
        trailer = (
            b"<< /Type /XRef /Size %d /W [ 1 5 2 ] /Root %d 0 R /Info %d 0 R "
            b"/ID [ <%s> <%s> ] /Filter /FlateDecode /Length %d >>"
            % (len(self.places), root, info, ident, ident, len(data))
        )
        start = self.position
        self._write(b"%d 0 obj\n%s\nstream\n" % (xref, trailer))
        self._write(data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start)

    def _flush_batch(self) -> None:
        if not self.batch:
            return
        number = self.reserve()
        header = b" ".join(b"%d %d" % pair for pair in _offsets(self.batch))
        bodies = b"\n".join(body for _, body in self.batch)
        data = zlib.compress(header + b"\n" + bodies)
        for index, (member, _) in enumerate(self.batch):
            self.places[member] = (number, index)
        dictionary = b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>" % (
            len(self.batch),
            len(header) + 1,
            len(data),
        )
        self.batch = []
        self.write_stream(number, dictionary, data)

    def _at(self, number: int) -> None:
        self.places[number] = self.position

    def _write(self, data: bytes) -> None:
        self.handle.write(data)
        self.digest.update(data)
        self.position += len(data)


def _offsets(batch: list[tuple[int, bytes]]) -> list[tuple[int, int]]:
    """(number, offset of its body within the stream's data, after the header)."""
    pairs, offset = [], 0
    for number, body in batch:
        pairs.append((number, offset))
        offset += len(body) + 1
    return pairs


def _xref_row(place: int | tuple[int, int] | None) -> bytes:
    if place is None:  # object 0, the head of the free list
        return b"\x00" + (0).to_bytes(5, "big") + (65535).to_bytes(2, "big")
    if isinstance(place, tuple):
        return b"\x02" + place[0].to_bytes(5, "big") + place[1].to_bytes(2, "big")
    return b"\x01" + place.to_bytes(5, "big") + b"\x00\x00"


def _with_length(stream: pikepdf.Stream) -> bytes:
    """The stream's data as stored, its ``/Length`` set to it (a note's may be wrong or an
    indirect object)."""
    data = stream.read_raw_bytes()
    stream.stream_dict.Length = len(data)
    return data


class Source:
    """One open document whose objects go into the file: each object's number there.

    :meth:`ref` gives an object its number and queues it; :meth:`write_pending` writes what
    is queued and what it refers to. :meth:`alias` makes references to an object of this
    document point to an object written from elsewhere (a page of the pack, a form that
    another document holds)."""

    def __init__(self, writer: PdfWriter, pdf: pikepdf.Pdf) -> None:
        self.writer, self.pdf = writer, pdf
        self.numbers: dict[tuple[int, int], int] = {}
        self.pending: list[pikepdf.Object] = []
        self._read: dict[tuple[int, int], bytes] = {}  # data read to compare, until written

    def ref(self, obj: pikepdf.Object) -> int:
        """The number of an indirect object of this document in the file (written later)."""
        key = obj.objgen
        number = self.numbers.get(key)
        if number is None:
            number = self._shared(obj)
            if number is None:
                number = self.writer.reserve()
                self.pending.append(obj)
            self.numbers[key] = number
        return number

    def bind(self, obj: pikepdf.Object, number: int) -> None:
        """Write ``obj`` as object ``number``, reserved beforehand (a page, say)."""
        self.numbers[obj.objgen] = number
        self.pending.append(obj)

    def alias(self, obj: pikepdf.Object, number: int) -> None:
        """References to ``obj`` go to object ``number``; ``obj`` itself is not written."""
        self.numbers[obj.objgen] = number

    def stand_in(self, number: int) -> pikepdf.Object:
        """An object of this document that references to write as object ``number``."""
        obj = self.pdf.make_indirect(pikepdf.Dictionary())
        self.alias(obj, number)
        return obj

    def write_new(self, obj: pikepdf.Object) -> int:
        """Write ``obj`` (direct or not) as an object of its own; its number."""
        number = self.writer.reserve()
        self.writer.write_bytes(number, self.printed(obj))
        return number

    def write_pending(self) -> None:
        """Write every queued object and everything it refers to."""
        while self.pending:
            obj = self.pending.pop()
            number = self.numbers[obj.objgen]
            if isinstance(obj, pikepdf.Stream):
                data = self._read.pop(obj.objgen, None)
                if data is None:
                    data = _with_length(obj)
                self.writer.write_stream(number, self.printed(obj.stream_dict), data)
            else:
                self.writer.write_bytes(number, self.printed(obj))

    def printed(self, obj: pikepdf.Object) -> bytes:
        """``obj`` as PDF syntax, its references renumbered (what they refer to queued)."""
        return _TOKENS.sub(self._renumber, obj.unparse(resolved=True))

    def _renumber(self, match: re.Match[bytes]) -> bytes:
        if match.group(1) is None:
            return match.group(0)
        key = (int(match.group(1)), int(match.group(2)))
        number = self.numbers.get(key)
        if number is None:
            number = self.ref(self.pdf.get_object(key))
        return b"%d 0 R" % number

    def _shared(self, obj: pikepdf.Object) -> int | None:
        """The number of a stream already written with the same dictionary and data (a font
        file or an image that several notes hold), or None; records this one otherwise."""
        if not isinstance(obj, pikepdf.Stream):
            return None
        dictionary = obj.stream_dict.unparse(resolved=True)
        if b" R" in dictionary or not _SHARED_KINDS.search(dictionary):
            return None
        data = _with_length(obj)
        key = (obj.stream_dict.unparse(resolved=True), hashlib.sha256(data).digest())
        found = self.writer.shared.get(key)
        if found is None:
            self._read[obj.objgen] = data
            self.writer.shared[key] = self.writer.reserve()
            self.pending.append(obj)
            self.numbers[obj.objgen] = self.writer.shared[key]
            return self.writer.shared[key]
        return found
