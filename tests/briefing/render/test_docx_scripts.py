"""Right-to-left and East Asian markup in the DOCX packs, read back with python-docx/lxml and,
where LibreOffice is installed, from the PDF it makes of the pack (``pdftotext -bbox``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from briefing.formatting import format_date
from briefing.model import Meeting
from briefing.render.docx import MARGIN_MM, language_tags, script_pieces
from briefing.sample import sample_meeting
from briefing.scripts import has_rtl
from tests.briefing.render.test_docx import build_with, full_doc, render
from tests.briefing.render.test_pdf import meeting_with_notes
from tests.conftest import libreoffice_pdfs

MARYAM = "مريم العلي"
ARABIC_TITLE = "المنتدى المعني بالأعمال التجارية وحقوق الإنسان"
ARABIC_PARAGRAPH = (
    "تتناول هذه الدورة المبادئ التوجيهية (UNGPs 2011) والوثيقة A/HRC/47/39 بالتفصيل، "
    "وتبحث سبل تنفيذها على المستوى الوطني والإقليمي والدولي في السنوات القادمة."
)
ARABIC_BIO = f"{MARYAM} خبيرة في حقوق الإنسان منذ عام 2011، وعملت مع 17 منظمة."
CHINESE_NAME = "王小明"
CHINESE_BIO = "王小明是研究员。2011年6月16日在第17/4号决议中，人权理事会核可了《指导原则》。"


ARABIC_DATE = format_date(sample_meeting().first_date, language="ar")  # "30 نوفمبر 2017"


def arabic_meeting() -> Meeting:
    """The sample meeting as an Arabic pack: Arabic title, background with a list, a bio."""
    sample = sample_meeting()
    people = list(sample.people)
    people[0] = dataclasses.replace(people[0], name=MARYAM, bio=ARABIC_BIO, organisation="")
    return dataclasses.replace(
        sample,
        language="ar",
        title=ARABIC_TITLE,
        short_title="منتدى الأعمال 2017",
        background=f"{ARABIC_PARAGRAPH}\n\n- البند الأول\n- البند الثاني",
        people=tuple(people),
    )


def mixed_meeting() -> Meeting:
    """The English sample with an Arabic and a Chinese name, each with a bio in its script,
    over two days, under an Arabic short title (the running header's date follows it)."""
    sample = sample_meeting()
    people = list(sample.people)
    people[0] = dataclasses.replace(people[0], name=MARYAM, bio=ARABIC_BIO, organisation="")
    people[1] = dataclasses.replace(people[1], name=CHINESE_NAME, bio=CHINESE_BIO)
    first = dt.date(2025, 3, 10)
    agenda = tuple(dataclasses.replace(item, date=first) for item in sample.agenda)
    return dataclasses.replace(
        sample,
        people=tuple(people),
        agenda=agenda,
        short_title="منتدى الأعمال",
        first_date=first,
        last_date=first + dt.timedelta(days=1),
    )


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Arabic, mixed (English with Arabic and Chinese names) and English sample packs."""
    folder = tmp_path_factory.mktemp("scripts")
    made = {}
    for name, meeting in (
        ("arabic", arabic_meeting()),
        ("mixed", mixed_meeting()),
        ("english", sample_meeting()),
        ("chinese", dataclasses.replace(mixed_meeting(), language="zh")),
    ):
        made[name] = folder / f"{name}.docx"
        render(full_doc(meeting), made[name])
    return made


def opened(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def all_paragraphs(document: docx.document.Document) -> Iterator[etree._Element]:
    """Every paragraph of the body (tables too)."""
    yield from document.element.body.iter(qn("w:p"))


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def is_bidi(p: etree._Element) -> bool:
    mark = p.find(f"{qn('w:pPr')}/{qn('w:bidi')}")
    return mark is not None and mark.get(qn("w:val"), "1") not in ("0", "false")


def alignment(p: etree._Element) -> str | None:
    jc = p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    return None if jc is None else jc.get(qn("w:val"))


def runs_holding(document: docx.document.Document, text: str) -> list[etree._Element]:
    """Runs (anywhere in the body) whose text contains ``text``."""
    return [r for r in document.element.body.iter(qn("w:r")) if text in text_of(r)]


def run_lang(r: etree._Element, attribute: str) -> str | None:
    lang = r.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    return None if lang is None else lang.get(qn(f"w:{attribute}"))


def has_rtl_mark(r: etree._Element) -> bool:
    return r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None


# =========================================================================== cutting runs


def test_a_mixed_text_is_cut_where_its_script_changes() -> None:
    assert script_pieces(f"Panellist: {MARYAM}") == [("L", "Panellist: "), ("R", MARYAM)]
    assert script_pieces(f"{MARYAM} (UNWG).") == [("R", MARYAM), ("L", " (UNWG).")]
    # numbers and punctuation between Arabic words stay in the Arabic piece
    assert script_pieces("منذ عام 2011، وعملت") == [("R", "منذ عام 2011، وعملت")]
    assert script_pieces("Dr. 王小明 (CASS)") == [("L", "Dr. "), ("C", "王小明"), ("L", " (CASS)")]
    assert script_pieces("2011年6月16日") == [("L", "2011"), ("C", "年6月16日")]
    assert script_pieces("Plain text, 2011.") == [("L", "Plain text, 2011.")]


def test_language_tags_follow_the_pack_or_fall_back() -> None:
    assert language_tags("ar") == ("ar-SA", "zh-CN")
    assert language_tags("ar-EG") == ("ar-EG", "zh-CN")
    assert language_tags("zh") == ("ar-SA", "zh-CN")
    assert language_tags("zh_Hant") == ("ar-SA", "zh-TW")
    assert language_tags("en") == ("ar-SA", "zh-CN")


# =========================================================================== Arabic pack


def test_every_paragraph_of_an_arabic_pack_runs_right_to_left(packs: dict[str, Path]) -> None:
    document = opened(packs["arabic"])
    paragraphs = list(all_paragraphs(document))
    assert paragraphs and all(is_bidi(p) for p in paragraphs)
    # right-aligned: in a bidi paragraph Word and LibreOffice read jc left/right as start/end,
    # so the start (the right margin) is what no jc, "left" or "start" give
    assert {alignment(p) for p in paragraphs} <= {None, "left", "start", "both", "center"}
    arabic = next(p for p in paragraphs if text_of(p).startswith("تتناول"))
    assert alignment(arabic) is None


def test_an_arabic_pack_lists_tables_sections_and_defaults(packs: dict[str, Path]) -> None:
    document = opened(packs["arabic"])
    items = [p for p in document.paragraphs if p.text in ("البند الأول", "البند الثاني")]
    assert len(items) == 2 and all(p.style.name == "List Bullet" for p in items)
    assert all(is_bidi(p._p) for p in items)
    assert document.tables and all(t._tbl.bidiVisual_val for t in document.tables)
    for section in document.sections:
        assert section._sectPr.find(qn("w:bidi")) is not None
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    lang = defaults.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "en-US" and lang.get(qn("w:bidi")) == "ar-SA"


def test_an_arabic_packs_header_and_footer_are_mirrored(packs: dict[str, Path]) -> None:
    document = opened(packs["arabic"])
    body = document.sections[-1]
    for part in (body.header, body.footer):
        texts = [p for p in part.paragraphs if p.text.strip()]
        assert texts and all(is_bidi(p._p) for p in texts)
        assert all(alignment(p._p) is None for p in texts)
    # the tab stop stays at the end (left/right are start/end in a bidi paragraph): the title
    # stands at the right margin and "Page X of Y" at the left
    stops = document.styles["Footer"].paragraph_format.tab_stops
    assert [s.alignment.name for s in stops] == ["RIGHT"]
    # the date in Arabic, after the tab: read in the pack's direction, it needs no mark
    header = body.header.paragraphs[0]
    assert header.text.endswith("\t" + ARABIC_DATE)


def test_arabic_runs_are_rtl_and_tagged_arabic(packs: dict[str, Path]) -> None:
    document = opened(packs["arabic"])
    runs = runs_holding(document, "تتناول")
    assert runs and all(has_rtl_mark(r) and run_lang(r, "bidi") == "ar-SA" for r in runs)
    for latin in ("UNGPs 2011", "A/HRC/47/39"):  # Latin words inside stay out of the rtl run
        held = runs_holding(document, latin)
        assert held and not any(has_rtl_mark(r) for r in held)


# =========================================================================== mixed packs


def test_an_arabic_bio_in_an_english_pack_is_right_to_left(packs: dict[str, Path]) -> None:
    document = opened(packs["mixed"])
    bio = next(p for p in all_paragraphs(document) if text_of(p).startswith(MARYAM + " خبيرة"))
    assert is_bidi(bio) and alignment(bio) is None
    english = [p for p in all_paragraphs(document) if text_of(p).startswith("The closing")]
    assert english and not any(is_bidi(p) for p in english)


def test_a_mixed_run_is_cut_so_latin_text_is_not_rtl(packs: dict[str, Path]) -> None:
    document = opened(packs["mixed"])
    names = [r for r in runs_holding(document, MARYAM) if text_of(r) == MARYAM]
    assert names and all(has_rtl_mark(r) and run_lang(r, "bidi") == "ar-SA" for r in names)
    for r in document.element.body.iter(qn("w:r")):
        text = text_of(r)
        if has_rtl_mark(r):
            assert not any("a" <= c.lower() <= "z" for c in text), text
        if any("a" <= c.lower() <= "z" for c in text) and MARYAM in text:
            raise AssertionError(f"Latin and Arabic share a run: {text!r}")


def test_an_english_packs_header_keeps_its_direction_under_an_arabic_title(
    packs: dict[str, Path],
) -> None:
    header = opened(packs["mixed"]).sections[-1].header.paragraphs[0]
    assert not is_bidi(header._p)  # the pack's direction, not its first letter's
    assert header.text.startswith("منتدى الأعمال\t\u200e10–11 March 2025")


def test_chinese_runs_are_tagged_east_asian(packs: dict[str, Path]) -> None:
    document = opened(packs["mixed"])
    runs = runs_holding(document, CHINESE_NAME)
    assert runs and all(run_lang(r, "eastAsia") == "zh-CN" for r in runs)
    assert all(not has_rtl_mark(r) for r in runs)
    bio = next(p for p in all_paragraphs(document) if text_of(p).startswith("王小明是"))
    assert not is_bidi(bio)


def test_styles_name_east_asian_and_complex_script_fonts(packs: dict[str, Path]) -> None:
    for name in ("mixed", "english"):
        document = opened(packs[name])
        normal = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert normal.get(qn("w:ascii")) == "Noto Sans"  # the Latin font as before
        assert normal.get(qn("w:eastAsia")) == "Noto Sans SC"
        assert normal.get(qn("w:cs")) == "Noto Sans Arabic"
        styles = document.styles.element
        for fonts in styles.iter(qn("w:rFonts")):  # no theme font overrides them in a style
            assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:cstheme")) is None
        for properties in styles.iter(qn("w:rPr")):  # Arabic as large as the Latin beside it
            if properties.find(qn("w:sz")) is not None:
                size = properties.find(qn("w:sz")).get(qn("w:val"))
                assert properties.find(qn("w:szCs")).get(qn("w:val")) == size


def test_an_english_pack_in_latin_script_has_no_script_markup(packs: dict[str, Path]) -> None:
    document = opened(packs["english"])
    body = document.element.body
    assert not any(is_bidi(p) for p in body.iter(qn("w:p")))
    assert next(body.iter(qn("w:rtl")), None) is None
    assert all(not t._tbl.bidiVisual_val for t in document.tables)
    for r in body.iter(qn("w:r")):
        assert run_lang(r, "bidi") is None and run_lang(r, "eastAsia") is None
    for part in (document.sections[-1].header, document.sections[-1].footer):
        assert not any(is_bidi(p._p) for p in part.paragraphs)
        assert "\u200e" not in "".join(p.text for p in part.paragraphs)
    assert all(s._sectPr.find(qn("w:bidi")) is None for s in document.sections)


def test_a_chinese_pack_defaults_to_chinese_and_keeps_kinsoku(packs: dict[str, Path]) -> None:
    document = opened(packs["chinese"])
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}")
    lang = defaults.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    # Latin words are English, as Word tags them in a Chinese document: tagged Chinese,
    # LibreOffice breaks them anywhere
    assert lang.get(qn("w:eastAsia")) == "zh-CN" and lang.get(qn("w:val")) == "en-US"
    theme = document.settings.element.find(qn("w:themeFontLang"))
    assert theme.get(qn("w:eastAsia")) == "zh-CN"
    # Word keeps closing punctuation off a line's start (kinsoku) unless it is turned off
    for root in (document.element, document.styles.element, document.settings.element):
        for kinsoku in root.iter(qn("w:kinsoku")):
            assert kinsoku.get(qn("w:val"), "1") not in ("0", "false")
    assert not any(is_bidi(p) for p in all_paragraphs(document) if "王小明是" in text_of(p))


def test_the_font_table_declares_each_script_font_for_substitution(
    packs: dict[str, Path],
) -> None:
    with zipfile.ZipFile(packs["mixed"]) as archive:
        table = etree.fromstring(archive.read("word/fontTable.xml"))
    fonts = {f.get(qn("w:name")): f for f in table.iter(qn("w:font"))}
    for name, charset in (("Noto Sans Arabic", "B2"), ("Noto Sans SC", "86")):
        assert fonts[name].find(qn("w:charset")).get(qn("w:val")) == charset
        assert fonts[name].find(qn("w:family")).get(qn("w:val")) == "swiss"


def test_a_refreshed_contents_runs_right_to_left_in_an_arabic_pack(
    packs: dict[str, Path],
) -> None:
    for name, bidi in (("arabic", True), ("mixed", False)):
        styles = opened(packs[name]).styles
        for style in ("TOC 1", "TOC 2"):
            mark = styles[style].element.find(f"{qn('w:pPr')}/{qn('w:bidi')}")
            assert (mark is not None) is bidi, (name, style)


def test_a_chinese_pack_compresses_punctuation_as_chinese_word_does(
    packs: dict[str, Path],
) -> None:
    for name, value in (("chinese", "compressPunctuation"), ("mixed", "doNotCompress")):
        settings = opened(packs[name]).settings.element
        assert settings.find(qn("w:characterSpacingControl")).get(qn("w:val")) == value


def test_a_merged_word_note_keeps_its_own_direction_in_an_arabic_pack(tmp_path: Path) -> None:
    note = docx.Document()
    note.add_paragraph("An English note, left to right.")
    buffer = io.BytesIO()
    note.save(buffer)
    meeting = dataclasses.replace(
        meeting_with_notes(("english.docx", buffer.getvalue())), language="ar"
    )
    report = build_with(meeting, tmp_path, "docx")
    assert not [w for w in report.warnings if "merged as text" in w]
    document = opened(report.files[0].path)
    merged = next(p for p in all_paragraphs(document) if text_of(p).startswith("An English"))
    assert not is_bidi(merged)
    own = [p for p in all_paragraphs(document) if text_of(p) == "Opening & welcome"]
    assert own and all(is_bidi(p) for p in own)  # the pack's own paragraphs around it


# =========================================================================== LibreOffice


def font_folders() -> set[Path]:
    """The folders of the font files the PDF renderer draws with (the pack's own fonts)."""
    from reportlab.pdfbase import pdfmetrics

    from briefing.render.fonts import pack_fonts

    families = [family.loaded() for family in pack_fonts().families]
    faces = [name for family in families for name in (family.regular, family.bold)]
    return {Path(pdfmetrics.getFont(name).face.filename).parent for name in faces}


def convert(docx_paths: list[Path], out: Path) -> dict[Path, Path]:
    """Convert DOCX files to PDF with LibreOffice, with the pack's fonts made available to it
    (through a fontconfig file of its own), so it draws the fonts the styles name."""
    out.mkdir(parents=True, exist_ok=True)
    conf = out / "fonts.conf"
    dirs = "".join(f"<dir>{folder}</dir>" for folder in sorted(font_folders()))
    conf.write_text(
        '<?xml version="1.0"?><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"{dirs}<cachedir>{out / 'fc-cache'}</cachedir></fontconfig>"
    )
    pdfs = libreoffice_pdfs(docx_paths, out, env={"FONTCONFIG_FILE": str(conf)})
    for path, pdf in pdfs.items():
        assert pdf.exists(), f"LibreOffice could not convert {path.name}"  # it exits 0 even then
    return pdfs


@dataclasses.dataclass(frozen=True)
class Word:
    """A word of a PDF page: its text as drawn (left to right), its box and its line."""

    text: str
    page: int
    line: int
    x_min: float
    x_max: float
    height: float
    page_width: float

    @property
    def logical(self) -> str:
        """The word in reading order (an Arabic word is drawn from its last letter)."""
        return self.text[::-1] if has_rtl(self.text) else self.text


def words(pdf: Path) -> list[Word]:
    """Every word of the PDF, from ``pdftotext -bbox``'s pieces: it cuts Arabic words into
    pieces (their letters' boxes overlap or leave gaps), so pieces on one line closer than a
    sixth of the text's height are one word."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, timeout=120
    ).stdout
    root = etree.fromstring(html, etree.HTMLParser(encoding="utf-8"))
    found: list[Word] = []
    line = 0
    for number, page in enumerate(root.iter("page"), 1):
        width = float(page.get("width"))
        pieces = []
        for piece in page.iter("word"):
            x0, x1, y0, y1 = (float(piece.get(k)) for k in ("xmin", "xmax", "ymin", "ymax"))
            pieces.append((y0, x0, x1, y1 - y0, piece.text or ""))
        lines: list[list[tuple[float, float, float, float, str]]] = []
        for piece in sorted(pieces):
            if lines and abs(piece[0] - lines[-1][0][0]) < 0.35 * max(piece[3], lines[-1][0][3]):
                lines[-1].append(piece)
            else:
                lines.append([piece])
        for pieces_of_line in lines:
            line += 1
            merged: list[list] = []
            for _y, x0, x1, height, text in sorted(pieces_of_line, key=lambda p: p[1]):
                if merged and x0 - merged[-1][1] < height / 6:
                    merged[-1][1], merged[-1][2] = max(x1, merged[-1][1]), merged[-1][2] + text
                else:
                    merged.append([x0, x1, text, height])
            found += [Word(t, number, line, a, b, h, width) for a, b, t, h in merged]
    return found


def line_of(found: list[Word], word: Word) -> list[Word]:
    """The words on the same line as ``word``."""
    return [w for w in found if w.line == word.line]


def right_margin(word: Word) -> float:
    """Where the text of ``word``'s page ends on the right."""
    return word.page_width - MARGIN_MM / 25.4 * 72


@pytest.fixture(scope="module")
def converted(packs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or pdftotext is not installed")
    names = ("arabic", "mixed", "chinese")
    pdfs = convert([packs[name] for name in names], tmp_path_factory.mktemp("converted"))
    return {name: pdfs[packs[name]] for name in names}


@pytest.mark.slow
def test_libreoffice_sets_an_arabic_paragraph_against_the_right_margin(
    converted: dict[str, Path],
) -> None:
    found = words(converted["arabic"])
    first = next(w for w in found if w.logical == "تتناول")  # the background's first word
    line = line_of(found, first)
    assert first.x_max == pytest.approx(right_margin(first), abs=2)
    assert first.x_max == max(w.x_max for w in line)  # it starts the line, at the right
    assert min(w.x_min for w in line) < first.page_width / 2  # a full line, not a short one
    for latin in ("UNGPs", "2011"):  # Latin words inside it, on its first line
        assert latin in [w.text.strip("()") for w in line]
    for item in ("الأول", "الثاني"):  # the list's items, at the right, their bullets beside
        word = next(w for w in found if w.logical == item)
        assert word.x_min > word.page_width / 2


@pytest.mark.slow
def test_libreoffice_reads_an_arabic_name_right_to_left(converted: dict[str, Path]) -> None:
    first_word, second_word = MARYAM.split()
    for name in ("arabic", "mixed"):
        found = words(converted[name])
        pairs = [
            (a, b)
            for a in found
            if a.logical == first_word
            for b in line_of(found, a)
            if b.logical == second_word
        ]
        assert len(pairs) >= 2, name  # the bio's heading and its first line at least
        for a, b in pairs:  # the first word to the right of the second, on the same line
            assert a.x_min > b.x_max, (name, a, b)


@pytest.mark.slow
def test_libreoffice_mirrors_the_arabic_running_header(converted: dict[str, Path]) -> None:
    found = words(converted["arabic"])
    titles = [w for w in found if w.logical == "منتدى"]  # the short title, on each body page
    assert len(titles) > 3
    for title in titles:
        header = line_of(found, title)
        assert title.x_max == pytest.approx(right_margin(title), abs=2)  # the title at the right
        left = sorted((w for w in header if w.x_max < w.page_width / 2), key=lambda w: w.x_min)
        # the date, read from the right: its first word stands at the right
        assert [w.logical for w in left] == ARABIC_DATE.split()[::-1]
        assert left[0].x_min == pytest.approx(MARGIN_MM / 25.4 * 72, abs=2)
    for title in titles:  # "Page X of Y" at the left margin, read from the right
        page = next(w for w in found if w.page == title.page and w.logical == "الصفحة")
        footer = sorted(line_of(found, page), key=lambda w: w.x_min)
        total = footer[0].text
        assert [w.logical for w in footer] == [total, "من", str(title.page), "الصفحة"]
        assert total.isdigit() and int(total) >= title.page
        assert footer[0].x_min == pytest.approx(MARGIN_MM / 25.4 * 72, abs=2)


@pytest.mark.slow
def test_libreoffice_keeps_the_date_in_order_after_an_arabic_title(
    converted: dict[str, Path],
) -> None:
    found = words(converted["mixed"])
    titles = [w for w in found if w.logical == "منتدى"]  # the short title, on each body page
    assert len(titles) > 3
    for title in titles:
        header = sorted(line_of(found, title), key=lambda w: w.x_min)
        assert header[0].x_min == pytest.approx(MARGIN_MM / 25.4 * 72, abs=2)  # title at left
        assert header[0].logical == "الأعمال" and title.x_max < title.page_width / 2
        date = [w.text for w in header if w.x_min > w.page_width / 2]
        assert date == ["10–11", "March", "2025"]  # not "11–10"


@pytest.mark.slow
def test_libreoffice_draws_chinese_and_arabic_in_an_english_pack(
    converted: dict[str, Path],
) -> None:
    found = words(converted["mixed"])
    assert any(w.text == CHINESE_NAME for w in found)
    assert any(w.text.startswith("王小明是研究员。") for w in found)
    bio = next(w for w in found if w.logical == "خبيرة")  # the Arabic bio's second word
    line = line_of(found, bio)
    assert max(w.x_max for w in line) == pytest.approx(right_margin(bio), abs=2)
    english = next(w for w in found if w.text == "closing")  # an English paragraph: at the left
    assert min(w.x_min for w in line_of(found, english)) == pytest.approx(
        MARGIN_MM / 25.4 * 72, abs=2
    )


def latin_words(text: str) -> set[str]:
    """The words of Latin letters in ``text`` (and the parts of hyphenated ones)."""
    return set(re.findall(r"[A-Za-z]{2,}", text))


@pytest.mark.slow
def test_libreoffice_keeps_english_words_whole_in_a_chinese_pack(
    packs: dict[str, Path], converted: dict[str, Path]
) -> None:
    written = latin_words(" ".join(text_of(p) for p in all_paragraphs(opened(packs["chinese"]))))
    drawn = latin_words(" ".join(w.text for w in words(converted["chinese"])))
    assert len(drawn) > 200
    assert drawn <= written | {"Page", "of"}, sorted(drawn - written)  # no word cut in two
    assert any(w.text.startswith("王小明是研究员。") for w in words(converted["chinese"]))
