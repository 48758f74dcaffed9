"""The pack written object by object: names, layers, shared files, references and strings."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String
from PIL import Image
from pypdf import PdfReader

from briefing.pack.pdf_notes import DESTINATIONS_KEY, LAYERS_KEY
from briefing.render.pdf_write import PdfWriter, Source
from tests.briefing.pack.test_pdf_notes import text_page
from tests.briefing.render.test_pdf import build, meeting_with_notes, only_pdf, page_texts


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out, static_id=True)
    return out.getvalue()


def named_layered_note() -> bytes:
    """Three pages; the name "intro" leads to page 2; a layer hidden unless shown."""
    pdf = pikepdf.new()
    for n in (1, 2, 3):
        text_page(pdf, f"LAYERED PAGE {n}")
    second = pdf.pages[1].obj
    names = pikepdf.NameTree.new(pdf)
    names["intro"] = pdf.make_indirect(Array([second, Name.XYZ, 0, 700, None]))
    pdf.Root.Names = Dictionary(Dests=names.obj)
    layer = pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String("Answers")))
    second.Resources.Properties = Dictionary(L1=layer)
    pdf.Root.OCProperties = Dictionary(
        OCGs=Array([layer]), D=Dictionary(Order=Array([layer]), OFF=Array([layer]))
    )
    return _saved(pdf)


def test_a_notes_names_and_layers_reach_the_pack_once_for_each_copy(tmp_path: Path) -> None:
    data = named_layered_note()
    meeting = meeting_with_notes(("a.pdf", data), ("b.pdf", data))  # the same file twice
    path = only_pdf(build(meeting, tmp_path))
    texts = page_texts(path)
    seconds = [i for i, t in enumerate(texts) if "LAYERED PAGE 2" in t]
    assert len(seconds) == 2
    with pikepdf.open(path) as pack:
        pages = {page.objgen: i for i, page in enumerate(pack.pages)}
        tree = pikepdf.NameTree(pack.Root.Names.Dests)
        assert sorted(tree.keys()) == ["intro", "intro-2"]
        assert sorted(pages[dest[0].objgen] for _, dest in tree.items()) == seconds
        layers = pack.Root.OCProperties
        assert len(layers.OCGs) == 2 and len({g.objgen for g in layers.OCGs}) == 2
        assert {g.objgen for g in layers.D.OFF} == {g.objgen for g in layers.OCGs}
        assert all(str(g.Name) == "Answers" for g in layers.OCGs)
        for page in pack.pages:  # what carried them here is gone
            assert DESTINATIONS_KEY not in page.obj and LAYERS_KEY not in page.obj


def test_text_that_looks_like_a_reference_is_copied_as_written(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    text_page(pdf, "COMMENTED PAGE 1")
    words = ["see 3 0 R", "(a) 5 0 R (b)", "back\\slash 7 0 R"]
    pdf.pages[0].obj.Annots = Array(
        [
            pdf.make_indirect(
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.Text,
                    Rect=Array([72, 600, 92, 620]),
                    Contents=String(word),
                )
            )
            for word in words
        ]
    )
    path = only_pdf(build(meeting_with_notes(("commented.pdf", _saved(pdf))), tmp_path))
    reader = PdfReader(path)
    (page,) = [p for p in reader.pages if "COMMENTED PAGE 1" in p.extract_text()]
    found = [a.get_object().get("/Contents") for a in page["/Annots"]]
    assert words == [f for f in found if f in words]


def photo_note(label: str) -> bytes:
    """A page of text and the same photograph (the same bytes in every note)."""
    image = Image.new("RGB", (120, 80), (30, 90, 160))
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=80)
    pdf = pikepdf.new()
    text_page(pdf, f"{label} PAGE 1")
    photo = pdf.make_stream(
        jpeg.getvalue(),
        Type=Name.XObject,
        Subtype=Name.Image,
        Width=120,
        Height=80,
        ColorSpace=Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=Name.DCTDecode,
    )
    page = pdf.pages[0].obj
    page.Resources.XObject = Dictionary(Photo=photo)
    page.Contents = pdf.make_stream(
        page.Contents.read_bytes() + b"\nq 120 0 0 80 72 400 cm /Photo Do Q\n"
    )
    return _saved(pdf)


def test_the_same_photograph_in_two_notes_is_written_once(tmp_path: Path) -> None:
    meeting = meeting_with_notes(("one.pdf", photo_note("ONE")), ("two.pdf", photo_note("TWO")))
    path = only_pdf(build(meeting, tmp_path))
    with pikepdf.open(path) as pack:
        images = [
            o
            for o in pack.objects
            if isinstance(o, pikepdf.Stream) and o.stream_dict.get("/Subtype") == Name.Image
        ]
        assert len(images) == 1
        shown = [
            page
            for page in pack.pages
            for form in page.obj.Resources.get("/XObject", Dictionary()).values()
            if "/Photo" in form.get("/Resources", Dictionary()).get("/XObject", Dictionary())
        ]
        assert len(shown) == 2  # both notes' pages draw it


def test_the_writer_alone_gives_a_file_qpdf_and_pypdf_read(tmp_path: Path) -> None:
    source_pdf = pikepdf.new()
    for n in range(450):  # more objects than one object stream holds
        text_page(source_pdf, f"WRITTEN PAGE {n + 1}")
    path = tmp_path / "written.pdf"
    with path.open("wb") as handle:
        writer = PdfWriter(handle, "1.7")
        source = Source(writer, source_pdf)
        numbers = [writer.reserve() for _ in source_pdf.pages]
        tree = writer.reserve()
        parent = source.stand_in(tree)
        for page, number in zip(source_pdf.pages, numbers, strict=True):
            page.obj.Parent = parent
            source.bind(page.obj, number)
        source.write_pending()
        kids = b" ".join(b"%d 0 R" % n for n in numbers)
        writer.write_bytes(tree, b"<< /Type /Pages /Count 450 /Kids [ %s ] >>" % kids)
        root = writer.reserve()
        writer.write_bytes(root, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
        info = writer.reserve()
        writer.write_bytes(info, b"<< /Producer (test) >>")
        writer.finish(root, info)
    texts = page_texts(path)
    assert len(texts) == 450 and texts[449] == "WRITTEN PAGE 450"
    assert path.read_bytes().startswith(b"%PDF-1.7\n")
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is installed by .ci/run")
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "object streams" not in check.stderr
