"""Every kind of DOCX pack opens in a real word processor (LibreOffice) and shows its sections."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing.build import BuildRequest, build_packs
from briefing.model import (
    AgendaItem,
    Attachment,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    PaperSize,
    Participant,
    Person,
    Role,
    RoleKind,
)
from briefing.sample import sample_meeting
from tests.briefing.conftest import rich_meeting, tiny_png
from tests.conftest import libreoffice_pdfs

DATE = dt.date(2017, 11, 28)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
]


def _word_note() -> bytes:
    document = docx.Document()
    document.add_heading("Guidance outline", 1)
    document.add_paragraph("First step", style="List Number")
    document.add_picture(io.BytesIO(tiny_png()))
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "Remedy"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _awkward() -> Meeting:
    person = Person(
        "p", "Long Bio", bio=" ".join(["word"] * 5000), photo=Attachment("me.png", tiny_png())
    )
    return Meeting(
        title="T" * 300,
        people=(person,),
        agenda=(
            AgendaItem(
                "a",
                "A long title " * 20,
                dt.time(9),
                dt.time(10),
                participants=(Participant("p", Role(RoleKind.SPEAKER)),),
            ),
            AgendaItem("b", "Nobody here", dt.time(10), dt.time(11)),
        ),
    )


def _packs(tmp: Path) -> dict[Path, list[str]]:
    """Build the kinds of DOCX pack the suite exercises; each with the titles it must show."""
    sample = sample_meeting()
    noted = dataclasses.replace(
        sample,
        notes=(
            Note(
                "w",
                "Draft guidance",
                attachment=Attachment("outline.docx", _word_note()),
                session_ids=("pillar-2",),
            ),
            Note("m", "Talking points", attachment=Attachment("points.md", b"# Points\n\n- one\n")),
        ),
    )
    rich = rich_meeting()
    rich = dataclasses.replace(
        rich, notes=tuple(n for n in rich.notes if n.format != "pdf"), packs=()
    )
    letter = dataclasses.replace(
        sample.pack_definitions()[0],
        options=dataclasses.replace(
            sample.pack_definitions()[0].options,
            paper=PaperSize.LETTER,
            distribution_mark="Restricted",
        ),
    )
    builds = {
        "sample": (sample, sample.pack_definitions()[0], True, ["Overview", "Programme"]),
        "noted": (noted, noted.pack_definitions()[0], False, ["Guidance outline", "Remedy"]),
        # the rich meeting is in French: its pack's headings are
        "rich": (rich, rich.pack_definitions()[0], False, ["Programme", "Notices biographiques"]),
        "letter": (sample, letter, False, ["Contacts and logistics"]),
        "awkward": (
            _awkward(),
            PackDefinition("x", "Pack", PackKind.FULL, ("a", "b"), ("p",)),
            True,
            ["Speaker bios"],
        ),
        "empty": (
            Meeting(title="Nothing yet"),
            Meeting(title="x").pack_definitions()[0],
            False,
            ["Programme"],
        ),
    }
    expected: dict[Path, list[str]] = {}
    for name, (meeting, pack, per_session, titles) in builds.items():
        request = BuildRequest(
            pack, tmp / name, formats=("docx",), per_session=per_session, build_date=DATE
        )
        for built in build_packs(meeting, request).files:
            session = "moderator brief" in built.path.name
            expected[built.path] = ["Programme"] if session else titles
    return expected


def test_every_kind_of_docx_pack_opens_in_libreoffice(tmp_path: Path) -> None:
    built = _packs(tmp_path / "packs")
    inputs = tmp_path / "inputs"  # packs of different meetings share names: number them
    inputs.mkdir()
    expected = {}
    for number, (path, titles) in enumerate(built.items()):
        copy = inputs / f"{number:02d} {path.name}"
        shutil.copy(path, copy)
        expected[copy] = titles
    out = tmp_path / "converted"
    pdfs = libreoffice_pdfs(list(expected), out)
    assert len(expected) >= 10
    for path, titles in expected.items():
        pdf = pdfs[path]
        assert pdf.exists(), f"LibreOffice could not open {path.name}"  # it exits 0 even then
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        for title in titles:
            assert title in text, (path.name, title)
