"""The DOCX pack of each language's meeting, read back as XML, and opened by LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.scripts import first_strong_direction, has_cjk, has_rtl
from tests.languages.conftest import NAMES, Built
from tests.languages.readback import (
    Styles,
    docx_parts,
    docx_styles,
    is_on,
    paragraph_text,
    runs_with_text,
    w,
)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["ar", "en"])
def test_arabic_paragraphs_and_runs_are_right_to_left(built: dict[str, Built], name: str) -> None:
    """A paragraph that starts in Arabic is a right-to-left paragraph (``w:bidi``), one that
    starts in English is not; every run of Arabic is ``w:rtl`` with an Arabic ``w:lang w:bidi``,
    in the body, the headers and the footers."""
    path = built[name].docx
    styles = Styles(docx_styles(path))
    wrong: list[str] = []
    arabic_runs = 0
    for part, root in docx_parts(path):
        for paragraph in root.iter(w("p")):
            text = paragraph_text(paragraph)
            bidi = is_on(paragraph.find(w("pPr")), "bidi")
            direction = first_strong_direction(text)
            if direction == "R" and not bidi:
                wrong.append(f"{part}: paragraph without w:bidi: {text[:40]}")
            if direction == "L" and bidi and name == "en":
                wrong.append(f"{part}: English paragraph with w:bidi: {text[:40]}")
        for paragraph, run, text in runs_with_text(root):
            if not has_rtl(text):
                continue
            arabic_runs += 1
            if not styles.rtl(run, paragraph):
                wrong.append(f"{part}: run without w:rtl: {text[:40]}")
            if not (styles.lang(run, paragraph, "bidi") or "").startswith("ar"):
                wrong.append(f"{part}: run without w:lang w:bidi='ar-…': {text[:40]}")
    assert arabic_runs
    assert wrong == []


def test_every_table_of_the_arabic_pack_reads_right_to_left(built: dict[str, Built]) -> None:
    tables = [table for _, root in docx_parts(built["ar"].docx) for table in root.iter(w("tbl"))]
    assert tables
    assert [t for t in tables if not is_on(t.find(w("tblPr")), "bidiVisual")] == []


@pytest.mark.parametrize("name", ["zh", "en"])
def test_chinese_runs_are_tagged_chinese(built: dict[str, Built], name: str) -> None:
    path = built[name].docx
    styles = Styles(docx_styles(path))
    runs = [
        (paragraph, run, text)
        for _, root in docx_parts(path)
        for paragraph, run, text in runs_with_text(root)
        if has_cjk(text)
    ]
    assert runs
    wrong = [text[:30] for p, r, text in runs if styles.lang(r, p, "eastAsia") != "zh-CN"]
    assert wrong == []


def test_the_chinese_pack_names_an_east_asian_font(built: dict[str, Built]) -> None:
    root = docx_styles(built["zh"].docx)
    fonts = {f.get(w("eastAsia")) for f in root.iter(w("rFonts"))} - {None, ""}
    latin = {f.get(w("ascii")) for f in root.iter(w("rFonts"))} - {None, ""}
    assert fonts - latin, (fonts, latin)


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_converts_the_pack(
    built: dict[str, Built], converted: dict[str, Path], name: str
) -> None:
    pdf = converted[name]
    assert pdf.exists(), f"LibreOffice could not open the {name} DOCX pack"  # it exits 0 anyway
    assert len(PdfReader(pdf).pages) >= 4
