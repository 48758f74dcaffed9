"""Hostile content in notes: each gives a fine page or one clear line naming the note."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from briefing.errors import BuildError
from briefing.model import MAX_IMAGE_PIXELS
from tests.briefing.render.test_pdf import build, meeting_with_notes, note_pdf, only_pdf

# =========================================================================== image bombs


def zeros_deflated(size: int) -> bytes:
    """``size`` zero bytes, Flate-compressed a megabyte at a time (never all in memory)."""
    packer = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join([*parts, packer.compress(bytes(size % len(chunk))), packer.flush()])


def image_xobject(writer: PdfWriter, width: int, height: int, honest: bool = True) -> object:
    """A grey image of ``width`` × ``height``: a real Flate stream of zeros, or a tiny one."""
    image = EncodedStreamObject()
    image._data = zeros_deflated(width * height if honest else 16)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        }
    )
    return writer._add_object(image)


def form_xobject(writer: PdfWriter, xobjects: dict[str, object]) -> object:
    """A Form XObject that draws each of ``xobjects``."""
    form = StreamObject()
    form.set_data(b"".join(f"q 10 0 0 10 0 0 cm /{n} Do Q\n".encode() for n in xobjects))
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(v) for v in (0, 0, 100, 100)]),
        }
    )
    ref = writer._add_object(form)
    entries = DictionaryObject({NameObject(f"/{n}"): x for n, x in xobjects.items()})
    form[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): entries})
    return ref


def pdf_drawing(xobject_of: object) -> bytes:
    """A two-page PDF whose second page draws the XObject ``xobject_of(writer)`` makes."""
    writer = PdfWriter(clone_from=io.BytesIO(note_pdf(2, "IMAGES", outline=False)))
    page = writer.pages[1]
    ref = xobject_of(writer)  # type: ignore[operator]
    resources = page["/Resources"].get_object()
    resources[NameObject("/XObject")] = DictionaryObject({NameObject("/X0"): ref})
    stream = StreamObject()
    stream.set_data(b"q 100 0 0 100 72 72 cm /X0 Do Q\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_bomb_pdf() -> bytes:
    """A PDF of a few hundred KB with an image that decodes to 100 MB of grey pixels."""
    return pdf_drawing(lambda w: image_xobject(w, 10_000, 10_000))


def nested_bomb_pdf() -> bytes:
    """The bomb three forms deep, beside a form that draws itself (a loop)."""

    def nest(writer: PdfWriter) -> object:
        inner: object = image_xobject(writer, 40_000, 40_000, honest=False)
        for _ in range(3):
            inner = form_xobject(writer, {"Inner": inner})
        loop = form_xobject(writer, {})
        loop.get_object()["/Resources"]["/XObject"][NameObject("/Self")] = loop  # type: ignore[attr-defined]
        return form_xobject(writer, {"Loop": loop, "Nest": inner})

    return pdf_drawing(nest)


def looping_forms_pdf() -> bytes:
    """Forms that draw each other in a ring, and an image of fair size."""

    def ring(writer: PdfWriter) -> object:
        photo = image_xobject(writer, 3000, 2000)
        first = form_xobject(writer, {"Photo": photo})
        second = form_xobject(writer, {"First": first})
        first.get_object()["/Resources"]["/XObject"][NameObject("/Second")] = second  # type: ignore[attr-defined]
        return second

    return pdf_drawing(ring)


def test_the_bomb_is_real() -> None:
    data = image_bomb_pdf()
    assert len(data) < 500_000
    reader = PdfReader(io.BytesIO(data))
    image = reader.pages[1]["/Resources"]["/XObject"]["/X0"]
    assert image["/Width"] * image["/Height"] > MAX_IMAGE_PIXELS
    assert len(zlib.decompress(image._data)) == 100_000_000  # what a viewer would decode


@pytest.mark.parametrize("make", [image_bomb_pdf, nested_bomb_pdf], ids=["page", "nested"])
def test_an_image_bomb_in_a_pdf_note_is_refused_naming_the_note(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    meeting = meeting_with_notes(("scan.pdf", make()))
    with pytest.raises(BuildError) as caught:
        build(meeting, tmp_path / "out", formats=("pdf", "docx"))
    first = caught.value.problems[0]
    assert first.startswith("note 'Note 1: scan.pdf' (scan.pdf): page 2 holds an image of ")
    assert "decompression bomb" in first and "\n" not in first
    assert not (tmp_path / "out").exists()


def test_forms_that_draw_each_other_do_not_hang_and_a_fair_image_is_kept(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("ring.pdf", looping_forms_pdf()))
    report = build(meeting, tmp_path, formats=("pdf",))
    assert len(PdfReader(only_pdf(report)).pages) > 2
