"""PDF notes opened with qpdf: checked, repaired, made safe, and still whole.

The hostile notes are made here with pikepdf; each test copies the opened note's pages into a
new document as the PDF renderer does, saves it, and reads that back with other readers.
"""

from __future__ import annotations

import io
import subprocess
import zlib
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from briefing.errors import NoteReadError
from briefing.pack.pdf_notes import PdfNote, PdfNoteLibrary
from briefing.validation import MAX_PAGE_CONTENT_BYTES

# =========================================================================== making notes


def text_page(pdf: pikepdf.Pdf, text: str) -> pikepdf.Dictionary:
    """An A4 page that says ``text`` in Helvetica, added to ``pdf``."""
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    content = pikepdf.Stream(pdf, f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode())
    page = Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 595, 842]),
        Resources=Dictionary(Font=Dictionary(F1=font)),
        Contents=pdf.make_indirect(content),
    )
    pdf.pages.append(pikepdf.Page(page))
    return pdf.pages[-1].obj


def annotation(pdf: pikepdf.Pdf, subtype: str, y: int, **entries: object) -> pikepdf.Dictionary:
    """An indirect annotation of ``subtype`` on a strip of the page at height ``y``."""
    return pdf.make_indirect(
        Dictionary(
            Type=Name.Annot, Subtype=Name(subtype), Rect=Array([72, y, 300, y + 20]), **entries
        )
    )


def javascript(code: str) -> pikepdf.Dictionary:
    return Dictionary(S=Name.JavaScript, JS=String(code))


def hostile_pdf() -> bytes:
    """A four-page note holding everything a pack must not carry, and what it must keep.

    Page 1: a filled text field, a submit button, a web link, a link to page 3, a link to a
    named destination (page 3), a JavaScript link (whose /Next chain goes on to page 3), a launch
    link, a link into another file, an attached file. Page 2: a script run when it opens. The
    document: a script run when it opens, a named script, an attached file, an XFA form."""
    pdf = pikepdf.new()
    first = text_page(pdf, "FORM PAGE")
    second = text_page(pdf, "SCRIPT PAGE")
    third = text_page(pdf, "TARGET PAGE")
    text_page(pdf, "LAST PAGE")
    helv = pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    )
    field = annotation(
        pdf,
        "/Widget",
        600,
        FT=Name.Tx,
        T=String("name"),
        V=String("FILLED VALUE 42"),
        DA=String("/Helv 12 Tf 0 g"),
        P=first,
        AA=Dictionary(K=javascript("AFNumber_Keystroke();")),
    )
    button = annotation(
        pdf,
        "/Widget",
        560,
        FT=Name.Btn,
        Ff=65536,
        T=String("send"),
        P=first,
        A=Dictionary(S=Name.SubmitForm, F=String("https://example.org/collect")),
    )
    attached = pikepdf.Stream(pdf, b"MZ not really a program", Type=Name.EmbeddedFile)
    spec = pdf.make_indirect(
        Dictionary(Type=Name.Filespec, F=String("payload.exe"), EF=Dictionary(F=attached))
    )
    goto_third = Dictionary(S=Name.GoTo, D=Array([third, Name.Fit]))
    first.Annots = Array(
        [
            field,
            button,
            annotation(
                pdf,
                "/Link",
                520,
                A=Dictionary(S=Name.URI, URI=String("https://example.org/report")),
            ),
            annotation(pdf, "/Link", 480, Dest=Array([third, Name.XYZ, 0, 842, 0])),
            annotation(pdf, "/Link", 440, Dest=String("chapter3")),
            annotation(
                pdf,
                "/Link",
                400,
                A=Dictionary(
                    S=Name.GoTo, D=Array([third, Name.Fit]), Next=javascript("app.alert(1)")
                ),
            ),
            annotation(
                pdf,
                "/Link",
                360,
                A=Dictionary(S=Name.JavaScript, JS=String("app.alert(2)"), Next=goto_third),
            ),
            annotation(pdf, "/Link", 320, A=Dictionary(S=Name.Launch, F=String("calc.exe"))),
            annotation(
                pdf,
                "/Link",
                280,
                A=Dictionary(S=Name.GoToR, F=String("other.pdf"), D=Array([0, Name.Fit])),
            ),
            annotation(pdf, "/FileAttachment", 240, FS=spec, Contents=String("payload")),
        ]
    )
    second.AA = Dictionary(O=javascript("app.alert(3)"))
    pdf.Root.OpenAction = javascript("app.alert(4)")
    names = pikepdf.NameTree.new(pdf)
    names["chapter3"] = pdf.make_indirect(Dictionary(D=Array([third, Name.Fit])))
    scripts = pikepdf.NameTree.new(pdf)
    scripts["start"] = pdf.make_indirect(javascript("app.alert(5)"))
    files = pikepdf.NameTree.new(pdf)
    files["payload.exe"] = spec
    pdf.Root.Names = Dictionary(Dests=names.obj, JavaScript=scripts.obj, EmbeddedFiles=files.obj)
    xfa = pikepdf.Stream(pdf, b"<xdp:xdp><script>app.alert(6)</script></xdp:xdp>")
    pdf.Root.AcroForm = Dictionary(
        Fields=Array([field, button]),
        NeedAppearances=True,
        DR=Dictionary(Font=Dictionary(Helv=helv)),
        DA=String("/Helv 12 Tf 0 g"),
        XFA=xfa,
    )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def simple_pdf(pages: int = 2, label: str = "PLAIN") -> bytes:
    pdf = pikepdf.new()
    for n in range(1, pages + 1):
        text_page(pdf, f"{label} PAGE {n}")
    out = io.BytesIO()
    pdf.save(out, static_id=True)
    return out.getvalue()


def merged(note: PdfNote, copies: int = 1) -> bytes:
    """The note's pages copied into a new document ``copies`` times, as a pack does, saved."""
    pack = pikepdf.new()
    text_page(pack, "PACK COVER")
    for _ in range(copies):
        with pikepdf.open(note.path) as pdf:
            pack.add_pages_from(pdf, forms="strip", outlines="ignore")
    out = io.BytesIO()
    pack.save(out)
    return out.getvalue()


LIBRARIES: list[PdfNoteLibrary] = []


@pytest.fixture(autouse=True)
def _close_libraries() -> Iterator[None]:
    """Each test's notes stay on disk until it ends (a library's files go when it closes)."""
    yield
    while LIBRARIES:
        LIBRARIES.pop().close()


def opened(data: bytes, filename: str = "note.pdf") -> PdfNote:
    LIBRARIES.append(PdfNoteLibrary())
    return LIBRARIES[-1].open("key", data, "A note", filename)


# =========================================================================== reading back

FORBIDDEN_KEYS = {
    "/JavaScript",
    "/JS",
    "/OpenAction",
    "/AA",
    "/EmbeddedFiles",
    "/EF",
    "/XFA",
    "/AcroForm",
}
FORBIDDEN_NAMES = {
    "/JavaScript",
    "/Launch",
    "/GoToR",
    "/GoToE",
    "/SubmitForm",
    "/ImportData",
    "/Rendition",
    "/Movie",
    "/Sound",
    "/RichMedia",
    "/FileAttachment",
    "/EmbeddedFile",
    "/Widget",
}


def pypdf_objects(data: bytes) -> Iterator[object]:
    """Every object of a PDF reachable from its trailer, read with pypdf (not qpdf)."""
    reader = PdfReader(io.BytesIO(data))
    pending: list[object] = [reader.trailer]
    seen: set[int] = set()
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        yield obj
        if isinstance(obj, DictionaryObject):
            pending += [obj.raw_get(key) for key in obj]
        elif isinstance(obj, ArrayObject):
            pending += list(obj)


def pikepdf_names(data: bytes) -> Iterator[str]:
    """Every key and name value of every object in a PDF, read with qpdf."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pending: list[object] = list(pdf.objects)
        while pending:
            obj = pending.pop()
            if isinstance(obj, Name):
                yield str(obj)
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                yield from obj.keys()
                pending += [v for _k, v in obj.items() if not v_indirect(v)]
            elif isinstance(obj, Array):
                pending += [v for v in obj if not v_indirect(v)]


def v_indirect(value: object) -> bool:
    return isinstance(value, pikepdf.Object) and value.is_indirect


def forbidden_in(data: bytes) -> list[str]:
    """Every forbidden key or name in a PDF, found with pypdf and again with qpdf."""
    found = []
    for obj in pypdf_objects(data):
        if isinstance(obj, DictionaryObject):
            found += [f"key {key}" for key in obj if key in FORBIDDEN_KEYS]
        if isinstance(obj, NameObject) and obj in FORBIDDEN_NAMES:
            found.append(f"name {obj}")
    names = set(pikepdf_names(data))
    return found + [f"qpdf {n}" for n in sorted(names & (FORBIDDEN_KEYS | FORBIDDEN_NAMES))]


def page_text(data: bytes, page: int) -> str:
    """The text of one page (1-based), as poppler extracts it."""
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    return " ".join(result.stdout.decode().split())


def link_targets(data: bytes) -> dict[str, object]:
    """The links of the first merged page (page 2 of the pack): URI, pages, named pages."""
    reader = PdfReader(io.BytesIO(data))
    page_numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    found: dict[str, object] = {}
    for annot in reader.pages[1].get("/Annots", []):
        annot = annot.get_object()
        action = annot.get("/A")
        dest = annot.get("/Dest")
        if action is not None and action.get("/S") == "/URI":
            found["uri"] = str(action["/URI"])
        elif isinstance(dest, ArrayObject):
            found.setdefault("page", []).append(page_numbers[dest[0].idnum])
        elif dest is not None:
            found["named"] = reader.named_destinations[str(dest)].page
            found["named"] = page_numbers[found["named"].idnum]
        elif action is not None and action.get("/S") == "/GoTo":
            found.setdefault("goto", []).append(page_numbers[action["/D"][0].idnum])
    return found


# =========================================================================== made safe


def test_a_hostile_note_is_merged_with_nothing_dangerous_and_its_links_kept() -> None:
    note = opened(hostile_pdf(), "Annual report.pdf")
    pack = merged(note)
    assert forbidden_in(pack) == []
    assert note.removed == (
        "6 scripts",
        "1 launch action",
        "1 link to another file",
        "1 form submission",
        "1 attached file",
        "1 XFA form",
    )
    assert note.flattened == 2
    assert note.removal_line() == (
        "6 scripts, 1 launch action, 1 link to another file, 1 form submission, 1 attached "
        "file, 1 XFA form removed from 'Annual report.pdf'; 2 form fields printed as filled "
        "in (no longer editable)"
    )
    links = link_targets(pack)
    # The pack's page 4 is the note's page 3 (after the pack's own cover).
    # the link by name now goes to the destination itself (a pack holds many notes' names)
    assert links == {"uri": "https://example.org/report", "page": [3, 3], "goto": [3, 3]}


def test_a_filled_form_field_prints_and_nothing_stays_editable() -> None:
    pack = merged(opened(hostile_pdf()))
    assert "FILLED VALUE 42" in page_text(pack, 2)
    assert "FORM PAGE" in page_text(pack, 2)
    reader = PdfReader(io.BytesIO(pack))
    assert "/AcroForm" not in reader.trailer["/Root"]
    subtypes = [a.get_object()["/Subtype"] for a in reader.pages[1].get("/Annots", [])]
    assert "/Widget" not in subtypes and subtypes.count("/Link") == 7


def test_a_widget_outside_any_form_is_flattened_too() -> None:
    pdf = pikepdf.new()
    page = text_page(pdf, "ORPHAN WIDGET")
    drawn = pikepdf.Stream(
        pdf,
        b"BT /F1 12 Tf 2 5 Td (DRAWN VALUE) Tj ET",
        Type=Name.XObject,
        Subtype=Name.Form,
        BBox=Array([0, 0, 228, 20]),
        Resources=Dictionary(Font=page.Resources.Font),
    )
    widget = annotation(pdf, "/Widget", 600, FT=Name.Tx, V=String("DRAWN VALUE"), F=4)
    widget.AP = Dictionary(N=drawn)
    page.Annots = Array([widget])
    out = io.BytesIO()
    with pytest.warns(pikepdf.PageCopyWarning, match="not reachable from /AcroForm"):
        pdf.save(out)
    note = opened(out.getvalue(), "widget.pdf")
    assert note.removal_line() == (
        "1 form field of 'widget.pdf' printed as filled in (no longer editable)"
    )
    pack = merged(note)
    assert page_text(pack, 2) == "ORPHAN WIDGET DRAWN VALUE"
    assert forbidden_in(pack) == []


def test_the_merged_pack_passes_qpdf_check(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(merged(opened(hostile_pdf()), copies=2))
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_a_clean_note_is_left_as_it_is() -> None:
    note = opened(simple_pdf(3))
    assert (note.removed, note.flattened, note.repaired) == ((), 0, "")
    assert note.removal_line() == "" and note.repair_line() == ""
    pack = merged(note)
    assert [page_text(pack, n) for n in (2, 4)] == ["PLAIN PAGE 1", "PLAIN PAGE 3"]


def media_pdf() -> bytes:
    """A note with media of every kind, links into embedded files and data imports, and scripts
    where no viewer looks for them: under an odd key of a form drawn on the page, and in a
    /Next chain after a link's jump."""
    pdf = pikepdf.new()
    page = text_page(pdf, "MEDIA PAGE")
    target = text_page(pdf, "SECOND PAGE")
    form = pikepdf.Stream(
        pdf,
        b"BT /F1 10 Tf 72 100 Td (IN A FORM) Tj ET",
        Type=Name.XObject,
        Subtype=Name.Form,
        BBox=Array([0, 0, 595, 842]),
        Resources=Dictionary(Font=page.Resources.Font),
        Hidden=pdf.make_indirect(javascript("app.alert(8)")),
    )
    page.Resources.XObject = Dictionary(Fm1=pdf.make_indirect(form))
    page.Contents = pdf.make_indirect(
        pikepdf.Stream(pdf, page.Contents.read_bytes() + b" q /Fm1 Do Q")
    )
    sound = pikepdf.Stream(pdf, bytes(64), R=8000)
    page.Annots = Array(
        [
            annotation(pdf, "/Screen", 700),
            annotation(pdf, "/RichMedia", 660, RichMediaContent=Dictionary()),
            annotation(pdf, "/Sound", 620, Sound=sound),
            annotation(pdf, "/3D", 580, **{"/3DD": pdf.make_indirect(Dictionary())}),
            annotation(pdf, "/Link", 540, A=Dictionary(S=Name.Rendition, OP=0)),
            annotation(pdf, "/Link", 500, A=Dictionary(S=Name.GoToE, D=Array([0, Name.Fit]))),
            annotation(pdf, "/Link", 460, A=Dictionary(S=Name.ImportData, F=String("data.fdf"))),
            annotation(
                pdf,
                "/Link",
                420,
                A=Dictionary(
                    S=Name.GoTo,
                    D=Array([target, Name.Fit]),
                    Next=Array(
                        [javascript("app.alert(9)"), Dictionary(S=Name.Named, N=Name.PrevPage)]
                    ),
                ),
            ),
        ]
    )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_media_odd_places_and_action_chains_are_cleaned() -> None:
    note = opened(media_pdf())
    assert note.removed == ("2 scripts", "1 link to another file", "1 data import", "5 media items")
    pack = merged(note)
    assert forbidden_in(pack) == []
    assert b"/3DD" not in pack and b"/RichMediaContent" not in pack
    reader = PdfReader(io.BytesIO(pack))
    annots = [a.get_object() for a in reader.pages[1]["/Annots"]]
    assert [a["/Subtype"] for a in annots] == ["/Link"] * 4
    jump = annots[3]["/A"]
    assert jump["/S"] == "/GoTo" and jump["/Next"]["/N"] == "/PrevPage"
    assert "IN A FORM" in page_text(pack, 2)


def hidden_names_pdf() -> bytes:
    """A script spelled with escapes (/J#53, /JavaScrip#74), in a /Next chain, and a web link
    whose address is a javascript: one, on a plain page."""
    pdf = pikepdf.new()
    page = text_page(pdf, "HIDDEN")
    out = io.BytesIO()
    page.Annots = Array(
        [
            annotation(
                pdf, "/Link", 500, A=Dictionary(S=Name.URI, URI=String("javascript:alert(1)"))
            ),
            annotation(pdf, "/Link", 400, A=Dictionary(S=Name.URI, URI=String("file:///c:/x.exe"))),
            annotation(
                pdf, "/Link", 300, A=Dictionary(S=Name.URI, URI=String("HTTPS://example.org"))
            ),
        ]
    )
    pdf.save(out)
    data = out.getvalue()
    # An action qpdf never wrote: names spelled with # escapes, in an object stream-free file.
    return data.replace(
        b"/Type /Annot",
        b"/AA << /O << /S /JavaScrip#74 /J#53 (app.alert(7)) >> >> /Type /Annot",
        1,
    )


def test_scripts_hidden_behind_escaped_names_and_unsafe_addresses_are_removed() -> None:
    data = hidden_names_pdf()
    assert b"/J#53" in data
    note = opened(data)
    assert note.removed == ("2 scripts", "1 link to a local file or program")
    assert note.repaired  # the byte offsets moved: qpdf rebuilt the cross-reference table
    pack = merged(note)
    assert forbidden_in(pack) == []
    reader = PdfReader(io.BytesIO(pack))
    uris = [
        str(a.get_object()["/A"]["/URI"])
        for a in reader.pages[1]["/Annots"]
        if "/A" in a.get_object()
    ]
    assert uris == ["HTTPS://example.org"]


# =========================================================================== damaged files


def shifted_pdf() -> bytes:
    """A PDF whose cross-reference offsets are all wrong (text inserted after the header)."""
    data = simple_pdf(2, "SHIFTED")
    header = data.split(b"\n", 1)[0] + b"\n"
    return data.replace(header, header + b"% " + b"x" * 200 + b"\n", 1)


def test_a_note_with_a_broken_cross_reference_table_is_repaired_and_says_so() -> None:
    note = opened(shifted_pdf(), "shifted.pdf")
    assert note.repaired == "its cross-reference table was damaged and has been rebuilt"
    assert note.repair_line() == (
        "note 'A note' (shifted.pdf): its cross-reference table was damaged and has been "
        "rebuilt; check its pages"
    )
    pack = merged(note)
    assert [page_text(pack, n) for n in (2, 3)] == ["SHIFTED PAGE 1", "SHIFTED PAGE 2"]


def test_a_damaged_page_content_is_repaired_with_a_plain_phrase() -> None:
    pdf = pikepdf.new()
    text_page(pdf, "FIRST")
    page = text_page(pdf, "BROKEN")
    broken = zlib.compress(b"BT /F1 14 Tf 72 760 Td (BROKEN) Tj ET" * 50)
    page.Contents = pdf.make_indirect(
        pikepdf.Stream(pdf, broken[:40] + b"garbage" * 5, Filter=Name.FlateDecode)
    )
    out = io.BytesIO()
    pdf.save(out)
    note = opened(out.getvalue())
    assert note.repaired.startswith("it was damaged and has been repaired (")
    assert "stream <" not in note.repaired and "\n" not in note.repaired
    assert note.page_count == 2


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.7\n this is not a pdf at all", bytes(range(256)) * 40],
    ids=["empty", "junk", "noise"],
)
def test_a_file_neither_qpdf_nor_pypdf_can_read_is_refused_naming_it(data: bytes) -> None:
    with pytest.raises(NoteReadError) as caught:
        opened(data, "junk.pdf")
    message = str(caught.value)
    assert message.startswith("note 'A note' (junk.pdf): the PDF is damaged and cannot be read (")
    assert "\n" not in message and "stream <" not in message and "Traceback" not in message


def test_a_file_only_pypdf_can_read_is_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    # qpdf reads every file pypdf can; a refusal of the original bytes stands in for the day
    # it does not. The rebuilt copy is then read by the real qpdf.
    real_open = pikepdf.open
    original = simple_pdf(2, "REBUILT")

    def refuse_original(source, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(source, io.BytesIO) and source.getvalue() == original:
            raise pikepdf.PdfError("unable to find trailer dictionary")
        return real_open(source, *args, **kwargs)

    monkeypatch.setattr(pikepdf, "open", refuse_original)
    note = opened(original)
    assert note.repaired == "the file was damaged and has been rebuilt"
    assert [page_text(merged(note), n) for n in (2, 3)] == ["REBUILT PAGE 1", "REBUILT PAGE 2"]


def test_a_page_whose_content_cannot_be_decompressed_is_refused_in_plain_words() -> None:
    pdf = pikepdf.new()
    text_page(pdf, "FIRST")
    page = text_page(pdf, "BROKEN")
    data = bytearray(zlib.compress(b"BT /F1 14 Tf 72 760 Td (BROKEN) Tj ET\n" * 200))
    data[20:30] = b"\xff" * 10  # inside the compressed data: not a stream zlib can inflate
    page.Contents = pdf.make_indirect(pikepdf.Stream(pdf, bytes(data), Filter=Name.FlateDecode))
    out = io.BytesIO()
    pdf.save(out)
    with pytest.raises(NoteReadError) as caught:
        opened(out.getvalue(), "broken.pdf")
    assert str(caught.value) == (
        "note 'A note' (broken.pdf): the PDF is damaged and cannot be read (the content of "
        "page 2 cannot be decompressed)"
    )


def test_a_truncated_note_is_repaired_or_refused_in_one_line() -> None:
    data = simple_pdf(3, "CUT")
    try:
        note = opened(data[: int(len(data) * 0.7)], "cut.pdf")
    except NoteReadError as exc:
        assert "cut.pdf" in str(exc) and "damaged" in str(exc) and "\n" not in str(exc)
    else:
        assert note.repaired and note.page_count >= 1


# =========================================================================== refusals


def encrypted(user_password: str) -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(simple_pdf(2, "SECRET"))) as pdf:
        pdf.save(
            out, encryption=pikepdf.Encryption(user=user_password, owner="owner", aes=True, R=6)
        )
    return out.getvalue()


def test_a_note_locked_with_a_password_is_refused() -> None:
    with pytest.raises(NoteReadError) as caught:
        opened(encrypted("secret"), "locked.pdf")
    assert str(caught.value) == (
        "note 'A note' (locked.pdf): the PDF is protected by a password; attach a copy saved "
        "without protection"
    )


def test_a_note_with_an_empty_open_password_is_read() -> None:
    pack = merged(opened(encrypted("")))
    assert page_text(pack, 3) == "SECRET PAGE 2"
    assert not PdfReader(io.BytesIO(pack)).is_encrypted


def test_a_note_without_pages_is_refused() -> None:
    out = io.BytesIO()
    pikepdf.new().save(out)
    with pytest.raises(NoteReadError, match=r"\(empty.pdf\): the PDF has no pages$"):
        opened(out.getvalue(), "empty.pdf")


def bomb_pdf(size: int) -> bytes:
    """A two-page PDF whose second page's content inflates to ``size`` bytes of spaces."""
    pdf = pikepdf.new()
    text_page(pdf, "BEFORE THE BOMB")
    page = text_page(pdf, "BOMB")
    packer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()
    page.Contents = pdf.make_indirect(pikepdf.Stream(pdf, data, Filter=Name.FlateDecode))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def test_a_page_whose_content_expands_beyond_the_limit_is_refused() -> None:
    data = bomb_pdf(MAX_PAGE_CONTENT_BYTES + 1024 * 1024)
    assert len(data) < 500_000
    with pytest.raises(NoteReadError) as caught:
        opened(data, "bomb.pdf")
    assert str(caught.value) == (
        "note 'A note' (bomb.pdf): the PDF is too large to read safely (page 2 expands beyond "
        "64 MB); it may be damaged or malicious"
    )


def test_qpdf_stops_decompressing_at_its_limit_and_the_note_is_refused() -> None:
    # The limit qpdf enforces for every stream, lowered for the test so that the bomb stays
    # small; qpdf stops at it, long before the page limit is reached.
    previous = pikepdf.settings.set_qpdf_limits(flate_max_memory=8 * 1024 * 1024)
    try:
        with pytest.raises(NoteReadError, match="too large to read safely") as caught:
            opened(bomb_pdf(32 * 1024 * 1024), "bomb.pdf")
    finally:
        pikepdf.settings.set_qpdf_limits(**previous)
    assert "(bomb.pdf): " in str(caught.value)


def test_an_lzw_page_that_could_expand_beyond_qpdfs_limits_is_refused_undecoded() -> None:
    # qpdf has no limit for LZW: a stream is decoded only if its worst expansion is bounded.
    pdf = pikepdf.new()
    text_page(pdf, "FIRST")
    page = text_page(pdf, "OLD")
    page.Contents = pdf.make_indirect(pikepdf.Stream(pdf, bytes(300_000), Filter=Name.LZWDecode))
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    with pytest.raises(NoteReadError) as caught:
        opened(out.getvalue(), "old.pdf")
    assert str(caught.value) == (
        "note 'A note' (old.pdf): the PDF is too large to read safely (page 2 could expand "
        "beyond 512 MB); it may be damaged or malicious"
    )


def huge_image(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    """An image that declares 20,000 × 20,000 grey pixels and holds a few bytes."""
    return pdf.make_indirect(
        pikepdf.Stream(
            pdf,
            zlib.compress(bytes(16)),
            Type=Name.XObject,
            Subtype=Name.Image,
            Width=20_000,
            Height=20_000,
            ColorSpace=Name.DeviceGray,
            BitsPerComponent=8,
            Filter=Name.FlateDecode,
        )
    )


def drawing_form(pdf: pikepdf.Pdf, image: pikepdf.Stream) -> pikepdf.Stream:
    return pdf.make_indirect(
        pikepdf.Stream(
            pdf,
            b"q 10 0 0 10 0 0 cm /Im0 Do Q",
            Type=Name.XObject,
            Subtype=Name.Form,
            BBox=Array([0, 0, 100, 100]),
            Group=Dictionary(S=Name.Transparency, CS=Name.DeviceGray),
            Resources=Dictionary(XObject=Dictionary(Im0=image)),
        )
    )


def image_in_a_soft_mask(pdf: pikepdf.Pdf, page: pikepdf.Dictionary) -> None:
    mask = Dictionary(Type=Name.Mask, S=Name.Luminosity, G=drawing_form(pdf, huge_image(pdf)))
    page.Resources.ExtGState = Dictionary(GS0=Dictionary(Type=Name.ExtGState, SMask=mask))


def image_in_a_type3_font(pdf: pikepdf.Pdf, page: pikepdf.Dictionary) -> None:
    glyph = pikepdf.Stream(pdf, b"0 0 d0 /Im0 Do")
    page.Resources.Font.T3 = Dictionary(
        Type=Name.Font,
        Subtype=Name.Type3,
        FontBBox=Array([0, 0, 1, 1]),
        FontMatrix=Array([1, 0, 0, 1, 0, 0]),
        CharProcs=Dictionary(a=pdf.make_indirect(glyph)),
        Encoding=Dictionary(Differences=Array([97, Name.a])),
        FirstChar=97,
        LastChar=97,
        Widths=Array([1]),
        Resources=Dictionary(XObject=Dictionary(Im0=huge_image(pdf))),
    )


def image_in_a_pattern(pdf: pikepdf.Pdf, page: pikepdf.Dictionary) -> None:
    tile = pikepdf.Stream(
        pdf,
        b"/Im0 Do",
        PatternType=1,
        PaintType=1,
        TilingType=1,
        BBox=Array([0, 0, 10, 10]),
        XStep=10,
        YStep=10,
        Resources=Dictionary(XObject=Dictionary(Im0=huge_image(pdf))),
    )
    page.Resources.Pattern = Dictionary(P0=pdf.make_indirect(tile))


@pytest.mark.parametrize(
    "hide",
    [image_in_a_soft_mask, image_in_a_type3_font, image_in_a_pattern],
    ids=["mask", "type3", "pattern"],
)
def test_a_huge_image_is_refused_by_its_declared_size_wherever_it_hides(hide) -> None:  # type: ignore[no-untyped-def]
    pdf = pikepdf.new()
    text_page(pdf, "FIRST")
    hide(pdf, text_page(pdf, "SECOND"))
    out = io.BytesIO()
    pdf.save(out)
    assert len(out.getvalue()) < 5_000
    with pytest.raises(NoteReadError) as caught:
        opened(out.getvalue(), "scan.pdf")
    assert str(caught.value) == (
        "note 'A note' (scan.pdf): page 2 holds an image of 20,000 × 20,000 pixels (400.0 "
        "million); at most 89.5 million are allowed, so it is refused as a possible "
        "decompression bomb"
    )


def test_the_same_problem_is_raised_each_time_and_a_note_is_opened_once() -> None:
    library = PdfNoteLibrary()
    with pytest.raises(NoteReadError) as first:
        library.open("bad", b"junk", "Bad", "bad.pdf")
    with pytest.raises(NoteReadError) as second:
        library.open("bad", b"junk", "Bad", "bad.pdf")
    assert first.value is second.value
    data = simple_pdf(1)
    note = library.open("good", data, "Good", "good.pdf")
    assert library.open("good", data, "Good", "good.pdf") is note
    assert note.path.is_file() and note.page_count == 1
    library.close()
    assert not note.path.exists()  # closing the library removes the notes' files


def test_the_note_keeps_its_own_bookmarks() -> None:
    pdf = pikepdf.Pdf.open(io.BytesIO(simple_pdf(3, "BOOK")))
    with pdf.open_outline() as outline:
        chapter = pikepdf.OutlineItem("Chapter  one", 0)
        chapter.children.append(pikepdf.OutlineItem("Section 1.1", 2))
        outline.root.append(chapter)
    out = io.BytesIO()
    pdf.save(out)
    note = opened(out.getvalue())
    assert [(n.title, n.page, [(c.title, c.page) for c in n.children]) for n in note.outline] == [
        ("Chapter one", 0, [("Section 1.1", 2)])
    ]


def test_a_full_disk_while_a_note_is_copied_is_said_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    from briefing.pack import pdf_notes

    def full(_pdf: pikepdf.Pdf, _path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_notes, "_write", full)
    with pytest.raises(NoteReadError) as caught:
        opened(simple_pdf(1), "report.pdf")
    assert str(caught.value) == (
        "note 'A note' (report.pdf): it cannot be copied to a temporary folder (No space "
        "left on device); free some disk space and build again"
    )
