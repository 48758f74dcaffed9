"""Standard fonts that PDF notes name without carrying are embedded; text and layout stay."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from fontTools.agl import toUnicode
from fontTools.ttLib import TTFont
from pikepdf import Array, Dictionary, Name
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase._fontdata import encodings
from reportlab.pdfgen import canvas

from briefing.pack.pdf_fonts import embed_standard_fonts

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdftoppm", "qpdf")),
    reason="needs poppler-utils and qpdf",
)

FONT_DIR = Path(__file__).parents[3] / "briefing" / "pack" / "note_fonts"
LINE = "Café über Straße – 5 € “quoted” ‘single’ naïve"
REPORTLAB_FONTS = (
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Courier",
    "Courier-BoldOblique",
)


# --- inputs ----------------------------------------------------------------------------------


def reportlab_note(fonts: tuple[str, ...] = (*REPORTLAB_FONTS, "Symbol", "ZapfDingbats")) -> bytes:
    """Two pages of text in reportlab's standard fonts (not embedded, WinAnsi)."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    for page in range(2):
        y = 800
        for font in fonts:
            pdf.setFont(font, 12)
            pdf.drawString(40, y, f"{LINE} {font} p{page + 1}")
            y -= 24
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def content(pdf: pikepdf.Pdf, text: bytes) -> pikepdf.Stream:
    """A content stream of pdf."""
    return pikepdf.Stream(pdf, text)


def simple_font(base: str, **entries: object) -> Dictionary:
    """A Type1 font dictionary without a font file."""
    return Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), **entries)


def one_page(resources: Dictionary, text: bytes, pdf: pikepdf.Pdf | None = None) -> pikepdf.Pdf:
    """A one-page PDF drawing text with resources."""
    pdf = pdf or pikepdf.new()
    page = Dictionary(
        Type=Name.Page,
        MediaBox=Array([0, 0, 400, 200]),
        Resources=resources,
        Contents=content(pdf, text),
    )
    pdf.pages.append(pikepdf.Page(page))
    return pdf


def handmade_note() -> pikepdf.Pdf:
    """Fonts as other programs write them: a Type1 font with no /Encoding (StandardEncoding),
    one with /Differences, a Word-style TrueType Arial, one inside a form, one in an annotation."""
    pdf = pikepdf.new()
    form_font = simple_font("Courier-Bold", Encoding=Name.WinAnsiEncoding)
    form = pikepdf.Stream(pdf, b"BT /F9 10 Tf 0 0 Td (Form text) Tj ET")
    form.Type, form.Subtype, form.BBox = Name.XObject, Name.Form, Array([0, 0, 200, 30])
    form.Resources = Dictionary(Font=Dictionary(F9=form_font))
    appearance = pikepdf.Stream(pdf, b"BT /Fa 9 Tf 2 2 Td (Stamped) Tj ET")
    appearance.Type, appearance.Subtype = Name.XObject, Name.Form
    appearance.BBox = Array([0, 0, 100, 20])
    appearance.Resources = Dictionary(Font=Dictionary(Fa=simple_font("Helvetica-Oblique")))
    fonts = Dictionary(
        F1=simple_font("Helvetica"),  # no /Encoding: the font's own, StandardEncoding
        F2=simple_font(
            "Times-Roman",
            Encoding=Dictionary(
                Type=Name.Encoding,
                BaseEncoding=Name.WinAnsiEncoding,
                Differences=Array([65, Name.eacute, Name.udieresis, 200, Name.Euro]),
            ),
        ),
        F3=Dictionary(
            Type=Name.Font,
            Subtype=Name.TrueType,
            BaseFont=Name("/Arial,BoldItalic"),
            Encoding=Name.WinAnsiEncoding,
        ),
    )
    text = (
        b"BT /F1 12 Tf 10 170 Td (Don't `quote' \xb1 \xfb \xae) Tj ET "
        b"BT /F2 12 Tf 10 140 Td (Caf\x41 \x42ber \xc8 5) Tj ET "
        b"BT /F3 12 Tf 10 110 Td (Stra\xdfe \x93x\x94) Tj ET "
        b"q 1 0 0 1 10 70 cm /Fm Do Q"
    )
    resources = Dictionary(Font=fonts, XObject=Dictionary(Fm=form))
    one_page(resources, text, pdf)
    annot = Dictionary(
        Type=Name.Annot,
        Subtype=Name.Stamp,
        Rect=Array([10, 20, 110, 40]),
        AP=Dictionary(N=appearance),
    )
    pdf.pages[0].obj.Annots = Array([pdf.make_indirect(annot)])
    return pdf


# --- readers ---------------------------------------------------------------------------------


def run(*args: str) -> str:
    """Output of a command that must succeed."""
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def saved(pdf: pikepdf.Pdf, path: Path) -> Path:
    """pdf written to path, the same bytes each time."""
    pdf.save(path, deterministic_id=True)
    return path


def pdffonts(path: Path) -> dict[str, bool]:
    """Each font pdffonts lists (subset tag removed) and whether it is embedded."""
    rows = run("pdffonts", str(path)).splitlines()[2:]
    fonts = {}
    for row in rows:
        match = re.match(r"(\S+)\s.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+(\d+\s+\d+|\[none\])$", row)
        assert match, row
        fonts[re.sub(r"^[A-Z]{6}\+", "", match[1])] = match[2] == "yes"
    return fonts


def pypdf_text(path: Path) -> list[str]:
    """Text of each page as pypdf reads it."""
    return [page.extract_text() for page in PdfReader(path).pages]


def word_boxes(path: Path) -> list[tuple[str, float, float, float, float]]:
    """Each word poppler finds, with its box (points, origin top left)."""
    html = run("pdftotext", "-bbox", str(path), "-")
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def page_image(path: Path, tmp_path: Path, dpi: int = 72) -> Image.Image:
    """The first page rendered in grey."""
    run("pdftoppm", "-r", str(dpi), "-gray", "-f", "1", "-l", "1", str(path), str(tmp_path / "p"))
    return Image.open(next(tmp_path.glob("p*.pgm")))


def font_dicts(pdf: pikepdf.Pdf) -> list[Dictionary]:
    """Every font dictionary of pdf."""
    return [o for o in pdf.objects if isinstance(o, Dictionary) and o.get("/Type") == Name.Font]


@pytest.fixture
def note_pair(tmp_path: Path) -> tuple[Path, Path, tuple, tuple]:
    """A reportlab note before and after embedding, and what the call returned."""
    before = tmp_path / "before.pdf"
    before.write_bytes(reportlab_note())
    pdf = pikepdf.open(before)
    done, left = embed_standard_fonts(pdf)
    return before, saved(pdf, tmp_path / "after.pdf"), done, left


# --- what is embedded ------------------------------------------------------------------------


def test_standard_fonts_are_embedded_symbol_and_dingbats_left(note_pair):
    before, after, done, left = note_pair
    assert done == tuple(sorted(REPORTLAB_FONTS))
    assert left == ("Symbol", "ZapfDingbats")
    assert not any(pdffonts(before).values())
    listed = pdffonts(after)
    assert {name for name, embedded in listed.items() if not embedded} == set(left)
    assert {name for name, embedded in listed.items() if embedded} == {
        f"BriefingNote{family}{style}"
        for family in ("Sans", "Serif", "Mono")
        for style in ("", "-Bold", "-Italic", "-BoldItalic")
        if f"{family}{style}" not in ("Mono-Bold", "Mono-Italic")
    }


def test_qpdf_check_is_clean(note_pair):
    _before, after, _done, _left = note_pair
    result = subprocess.run(["qpdf", "--check", str(after)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_text_is_unchanged_for_poppler_and_pypdf(note_pair):
    before, after, _done, _left = note_pair
    text = run("pdftotext", str(after), "-")
    assert text == run("pdftotext", str(before), "-")
    assert pypdf_text(after) == pypdf_text(before)
    for font in REPORTLAB_FONTS:
        assert f"{LINE} {font} p2" in text
        assert f"{LINE} {font} p2" in pypdf_text(after)[1]


def test_words_keep_their_place_and_are_drawn(note_pair, tmp_path):
    before, after, _done, _left = note_pair
    boxes = word_boxes(after)
    assert len(boxes) > 100
    # Metric-compatible: every word starts and ends where the standard font put it.
    for (word_a, *box_a), (word_b, *box_b) in zip(word_boxes(before), boxes, strict=True):
        assert word_a == word_b
        assert box_a[0] == pytest.approx(box_b[0], abs=0.05)
        assert box_a[2] == pytest.approx(box_b[2], abs=0.05)
    image = page_image(after, tmp_path, dpi=144).convert("L")
    for word, *box in boxes[:60]:  # the first page's lines
        x0, y0, x1, y1 = (round(v * 2) for v in box)
        darkest, _ = image.crop((x0, y0, x1 + 1, y1 + 1)).getextrema()
        assert darkest < 128, f"nothing drawn for {word!r}"


def test_widths_are_the_embedded_fonts_advances(note_pair):
    _before, after, _done, _left = note_pair
    pdf = pikepdf.open(after)
    checked = 0
    for font in font_dicts(pdf):
        if font.Subtype != Name.TrueType:
            continue
        descriptor = font.FontDescriptor
        program = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
        assert len(descriptor.FontFile2.read_bytes()) == descriptor.FontFile2.Length1
        assert str(descriptor.FontName)[1:] == str(font.BaseFont)[1:]
        names = glyph_names(font.Encoding)
        first = int(font.FirstChar)
        assert len(font.Widths) == int(font.LastChar) - first + 1
        scale = 1000 / program["head"].unitsPerEm
        for code, width in enumerate(font.Widths, start=first):
            glyph = glyph_in(program, names[code])
            assert float(width) == pytest.approx(program["hmtx"][glyph][0] * scale, abs=0.5)
            checked += 1
    assert checked > 1000


def glyph_names(encoding: pikepdf.Object) -> list[str | None]:
    """The glyph name of each code under a TrueType font's encoding (base + differences)."""
    if isinstance(encoding, Name):
        return list(encodings[str(encoding)[1:]])
    names = list(encodings[str(encoding.BaseEncoding)[1:]])
    code = 0
    for item in encoding.Differences:
        if isinstance(item, Name):
            names[code] = str(item)[1:]
            code += 1
        else:
            code = int(item)
    return names


def glyph_in(program: TTFont, name: str | None) -> str:
    """The glyph a viewer draws for a glyph name in a TrueType font."""
    if name in program.getGlyphOrder():
        return name
    text = toUnicode(name or "")
    cmap = program["cmap"].getcmap(3, 1).cmap
    return cmap.get(ord(text), ".notdef") if len(text) == 1 else ".notdef"


def test_one_font_file_per_face_shared_by_pages_and_fonts(tmp_path):
    pdf = pikepdf.open(io.BytesIO(reportlab_note(("Helvetica", "Times-Roman"))))
    extra = simple_font("ArialMT", Encoding=Name.WinAnsiEncoding)  # also Liberation Sans
    pdf.pages[1].Resources.Font.F9 = pdf.make_indirect(extra)
    embed_standard_fonts(pdf)
    files = {
        font.FontDescriptor.FontFile2.objgen
        for font in font_dicts(pdf)
        if "/FontDescriptor" in font
    }
    assert len(files) == 2
    assert all(pdffonts(saved(pdf, tmp_path / "a.pdf")).values())


# --- fonts as other programs write them ------------------------------------------------------


def test_standard_encoding_differences_forms_and_annotations(tmp_path):
    before = saved(handmade_note(), tmp_path / "before.pdf")
    pdf = pikepdf.open(before)
    done, left = embed_standard_fonts(pdf)
    after = saved(pdf, tmp_path / "after.pdf")
    assert done == (
        "Arial,BoldItalic",
        "Courier-Bold",
        "Helvetica",
        "Helvetica-Oblique",
        "Times-Roman",
    )
    assert left == ()
    assert all(pdffonts(after).values())
    text = run("pdftotext", str(after), "-")
    assert text == run("pdftotext", str(before), "-")
    assert "Don’t ‘quote’ – ß" in text  # StandardEncoding codes 0x27, 0x60, 0xB1, 0xFB
    assert "Café über € 5" in text  # /Differences kept
    assert "Straße “x”" in text
    assert "Form text" in text
    assert pypdf_text(after) == pypdf_text(before)
    helvetica = pdf.pages[0].Resources.Font.F1
    assert helvetica.Encoding.BaseEncoding == Name.WinAnsiEncoding
    assert glyph_names(helvetica.Encoding)[0x60] == "quoteleft"
    assert glyph_names(helvetica.Encoding)[0xAE] == "fi"
    times = pdf.pages[0].Resources.Font.F2
    assert glyph_names(times.Encoding)[65:67] == ["eacute", "udieresis"]


def test_tounicode_is_kept(tmp_path):
    pdf = pikepdf.new()
    cmap = pikepdf.Stream(pdf, b"% a ToUnicode map")
    font = pdf.make_indirect(simple_font("Helvetica", ToUnicode=cmap))
    one_page(Dictionary(Font=Dictionary(F1=font)), b"BT /F1 9 Tf (a) Tj ET", pdf)
    embed_standard_fonts(pdf)
    assert font.ToUnicode.objgen == cmap.objgen


def test_unembedded_cid_font_is_left(tmp_path):
    pdf = pikepdf.new()
    cid = Dictionary(
        Type=Name.Font,
        Subtype=Name.CIDFontType2,
        BaseFont=Name("/ArialUnicodeMS"),
        CIDSystemInfo=Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=Dictionary(Type=Name.FontDescriptor, FontName=Name("/ArialUnicodeMS")),
    )
    type0 = Dictionary(
        Type=Name.Font,
        Subtype=Name.Type0,
        BaseFont=Name("/ArialUnicodeMS"),
        Encoding=Name("/Identity-H"),
        DescendantFonts=Array([cid]),
    )
    one_page(Dictionary(Font=Dictionary(F1=type0)), b"", pdf)
    before = type0.unparse()
    assert embed_standard_fonts(pdf) == ((), ("ArialUnicodeMS",))
    assert type0.unparse() == before


# --- what is left alone ----------------------------------------------------------------------


def test_embedded_fonts_are_untouched_same_bytes(note_pair, tmp_path):
    _before, after, _done, _left = note_pair
    unchanged = saved(pikepdf.open(after), tmp_path / "unchanged.pdf")
    pdf = pikepdf.open(after)
    assert embed_standard_fonts(pdf) == ((), ("Symbol", "ZapfDingbats"))
    assert saved(pdf, tmp_path / "again.pdf").read_bytes() == unchanged.read_bytes()


def test_a_pdf_with_only_embedded_fonts_is_untouched(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont

    font_file = FONT_DIR / "BriefingNoteSerif-Regular.ttf"
    pdfmetrics.registerFont(ReportlabTTFont("NoteSerif", str(font_file)))
    buf = io.BytesIO()
    drawing = canvas.Canvas(buf, invariant=1, initialFontName="NoteSerif")
    drawing.setFont("NoteSerif", 12)
    drawing.drawString(40, 700, LINE)
    drawing.showPage()
    drawing.save()
    unchanged = saved(pikepdf.open(io.BytesIO(buf.getvalue())), tmp_path / "unchanged.pdf")
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    assert embed_standard_fonts(pdf) == ((), ())
    assert saved(pdf, tmp_path / "again.pdf").read_bytes() == unchanged.read_bytes()


def malformed_fonts(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
    """Font resources that are wrong in the ways found in the wild."""
    widths = simple_font("Helvetica", FirstChar=32, LastChar=40, Widths=Array([500] * 3))
    return {
        "/Fa": Dictionary(Type=Name.Font, Subtype=Name.Type1),  # no /BaseFont
        "/Fb": widths,  # /Widths of the wrong length
        "/Fc": 42,  # not a dictionary
        "/Fd": pikepdf.Stream(pdf, b"not a font"),
        "/Fe": simple_font("Times-Roman", Encoding=Dictionary(Differences=Array([65, "x"]))),
        "/Ff": simple_font("Courier", Encoding=Name("/NoSuchEncoding")),
        "/Fg": simple_font("Helvetica", Encoding=Dictionary(Differences=Array([300, Name.a]))),
        "/Fh": simple_font("Helvetica", FirstChar=Name.x, LastChar=40, Widths=Array([1])),
        "/Fi": Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont="Helvetica"),  # a string
    }


def test_malformed_font_dictionaries_are_left_as_they_are(tmp_path):
    pdf = pikepdf.new()
    fonts = Dictionary({key: value for key, value in malformed_fonts(pdf).items()})
    fonts.Fz = simple_font("Helvetica-Bold")  # a good one beside them is still done
    one_page(Dictionary(Font=fonts), b"BT /Fz 9 Tf (ok) Tj ET", pdf)
    before = {key: repr(pdf.pages[0].Resources.Font[key]) for key in malformed_fonts(pdf)}
    done, left = embed_standard_fonts(pdf)
    assert done == ("Helvetica-Bold",)
    assert left == ("(unnamed font)", "Courier", "Helvetica", "Times-Roman")
    for key, text in before.items():
        assert repr(pdf.pages[0].Resources.Font[key]) == text, key
    after = saved(pdf, tmp_path / "after.pdf")
    assert subprocess.run(["qpdf", "--check", str(after)], capture_output=True).returncode == 0


def test_resource_loops_and_deep_nesting_end(tmp_path):
    pdf = pikepdf.new()
    font = pdf.make_indirect(simple_font("Times-Italic"))
    form = pikepdf.Stream(pdf, b"BT /F1 9 Tf (loop) Tj ET")
    form.Type, form.Subtype, form.BBox = Name.XObject, Name.Form, Array([0, 0, 50, 50])
    resources = pdf.make_indirect(Dictionary(Font=Dictionary(F1=font), XObject=Dictionary()))
    form.Resources = resources
    resources.XObject.Fm = form  # the form's resources hold the form itself
    deepest = form
    for _ in range(200):  # forms within forms, far deeper than anyone draws
        outer = pikepdf.Stream(pdf, b"/Fm Do")
        outer.Type, outer.Subtype, outer.BBox = Name.XObject, Name.Form, Array([0, 0, 50, 50])
        outer.Resources = Dictionary(XObject=Dictionary(Fm=deepest))
        deepest = outer
    one_page(Dictionary(XObject=Dictionary(Fm=form, Fd=deepest)), b"/Fm Do", pdf)
    page = pdf.pages[0].obj
    page.Resources.XObject.Fm.Resources.XObject.Fp = pikepdf.Stream(pdf, b"")
    assert embed_standard_fonts(pdf) == (("Times-Italic",), ())
    assert font.Subtype == Name.TrueType


def test_inherited_resources_are_followed():
    pdf = pikepdf.new()
    one_page(Dictionary(), b"BT /F1 9 Tf (a) Tj ET", pdf)
    page = pdf.pages[0].obj
    del page["/Resources"]
    pdf.Root.Pages.Resources = Dictionary(Font=Dictionary(F1=simple_font("Courier")))
    assert embed_standard_fonts(pdf) == (("Courier",), ())


@pytest.mark.parametrize(
    ("name", "face"),
    [
        ("Helvetica-BoldOblique", "BriefingNoteSans-BoldItalic"),
        ("Arial", "BriefingNoteSans"),
        ("ArialMT", "BriefingNoteSans"),
        ("Arial-BoldMT", "BriefingNoteSans-Bold"),
        ("Arial,Italic", "BriefingNoteSans-Italic"),
        ("Times-Roman", "BriefingNoteSerif"),
        ("TimesNewRoman,Bold", "BriefingNoteSerif-Bold"),
        ("TimesNewRomanPSMT", "BriefingNoteSerif"),
        ("TimesNewRomanPS-BoldItalicMT", "BriefingNoteSerif-BoldItalic"),
        ("Courier-Oblique", "BriefingNoteMono-Italic"),
        ("CourierNew", "BriefingNoteMono"),
        ("CourierNewPS-BoldMT", "BriefingNoteMono-Bold"),
    ],
)
def test_standard_names_and_their_aliases_get_the_matching_face(name, face):
    pdf = pikepdf.new()
    font = pdf.make_indirect(simple_font(name, Encoding=Name.WinAnsiEncoding))
    one_page(Dictionary(Font=Dictionary(F1=font)), b"BT /F1 9 Tf (a) Tj ET", pdf)
    assert embed_standard_fonts(pdf) == ((name,), ())
    assert re.fullmatch(r"/[A-Z]{6}\+" + face, str(font.BaseFont))


@pytest.mark.parametrize("name", ["Arial-Black", "Helvetica-Narrow", "Calibri", "Symbol"])
def test_other_fonts_without_their_file_are_left(name):
    pdf = pikepdf.new()
    font = pdf.make_indirect(simple_font(name))
    one_page(Dictionary(Font=Dictionary(F1=font)), b"", pdf)
    assert embed_standard_fonts(pdf) == ((), (name,))
    assert font.Subtype == Name.Type1 and "/FontDescriptor" not in font


@pytest.mark.parametrize("face", sorted(FONT_DIR.glob("*.ttf")), ids=lambda p: p.stem)
def test_each_face_draws_every_glyph_the_encodings_name(face):
    program = TTFont(face)
    for encoding in ("WinAnsiEncoding", "StandardEncoding", "MacRomanEncoding"):
        for name in encodings[encoding]:
            if name and name != "apple":  # Apple's logo: no font but Apple's has it
                assert glyph_in(program, name) != ".notdef", (encoding, name)
    for code in range(0xA0, 0x100):
        assert code in program["cmap"].getcmap(3, 1).cmap
