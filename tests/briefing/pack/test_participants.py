"""The list of participants: grouped by category, States in the order of their names in the
pack's language, with or without emails; read back from the PDF and the DOCX."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
from pypdf import PdfReader

from briefing.build import BuildRequest, build_packs
from briefing.model import (
    Meeting,
    PackDefinition,
    PackOptions,
    ParticipantCategory,
    Person,
)
from briefing.pack.assemble import assemble_full
from briefing.pack.document import Heading, ListBlock, Paragraph
from briefing.progress import Monitor

DATE = dt.date(2026, 3, 1)
MS = ParticipantCategory.MEMBER_STATE

PEOPLE = (
    Person("p1", "Hans Meier", "Mr.", "Counsellor", "Permanent Mission of Switzerland",
           email="hans.meier@example.ch", category=MS, country="CH"),
    Person("p2", "Ana García", "Ms.", "Minister", "Permanent Mission of Spain",
           email="ana@example.es", category=MS, country="ES"),
    Person("p3", "Li Wei", "Mr.", "First Secretary", "Permanent Mission of China",
           category=MS, country="CN"),
    Person("p4", "Karl Weber", "Mr.", "Ambassador", "Permanent Mission of Germany",
           category=MS, country="DE"),
    Person("p5", "Aisha Bello", "Ms.", "Director", "Global Rights Network",
           email="aisha@example.org", category=ParticipantCategory.NGO),
    Person("p6", "Tom Reed", "Mr.", "Officer", "Amnesty Watch", category=ParticipantCategory.NGO),
    Person("p7", "Marie Dubois", "Ms.", "Human Rights Officer", "OHCHR",
           category=ParticipantCategory.UN_ENTITY),
    Person("p8", "Paolo Rossi", "Mgr.", "Counsellor", "Holy See Mission",
           category=ParticipantCategory.OBSERVER_STATE, country="VA"),
    Person("p9", "Sam Doe", position="Consultant"),
    Person("p10", "Lena Weber", "Ms.", "Attaché", "Permanent Mission of Germany",
           category=MS, country="DE"),
)  # fmt: skip


def meeting(language: str = "en", emails: bool = True) -> Meeting:
    options = PackOptions(participants_list=True, participants_emails=emails)
    pack = PackDefinition("full", "Full pack", options=options)
    return Meeting("Consultation", language=language, people=PEOPLE, packs=(pack,))


def section(m: Meeting) -> list[object]:
    blocks = list(assemble_full(m, m.packs[0], {}, DATE).blocks)
    start = next(n for n, b in enumerate(blocks) if getattr(b, "anchor", "") == "participants")
    end = next(
        (n for n, b in enumerate(blocks[start + 1 :], start + 1) if getattr(b, "level", 9) == 1),
        len(blocks),
    )
    return blocks[start:end]


def outline(blocks: list[object]) -> list[str]:
    """The section as lines: headings, group names, and each entry's first span."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            lines.append(f"# {block.text}")
        elif isinstance(block, Paragraph):
            lines.append(f"## {''.join(s.text for s in block.spans)}")
        elif isinstance(block, ListBlock):
            lines += [f"- {item[0].text}" for item in block.items]
    return lines


def test_groups_in_their_order_and_states_alphabetical_in_english() -> None:
    assert outline(section(meeting("en"))) == [
        "# List of participants",
        "# Member States",
        "## China",
        "- Mr. Li Wei",
        "## Germany",
        "- Mr. Karl Weber",
        "- Ms. Lena Weber",  # the meeting's order within a delegation
        "## Spain",
        "- Ms. Ana García",
        "## Switzerland",
        "- Mr. Hans Meier",
        "# Non-member observer States",
        "## Holy See",
        "- Mgr. Paolo Rossi",
        "# United Nations entities",
        "## OHCHR",
        "- Ms. Marie Dubois",
        "# Non-governmental organizations",
        "## Amnesty Watch",
        "- Mr. Tom Reed",
        "## Global Rights Network",
        "- Ms. Aisha Bello",
        "# Other participants",
        "- Sam Doe",
    ]


def test_french_orders_the_member_states_by_their_french_names() -> None:
    lines = outline(section(meeting("fr")))
    states = lines[lines.index("# États Membres") + 1 : lines.index("# États Membres") + 9]
    groups = [line[3:] for line in states if line.startswith("## ")]
    assert groups == ["Allemagne", "Chine", "Espagne", "Suisse"]
    assert "# Organisations non gouvernementales" in lines
    assert lines[0] == "# Liste des participants"


def test_emails_are_links_or_left_out() -> None:
    with_emails = section(meeting(emails=True))
    entries = [item for b in with_emails if isinstance(b, ListBlock) for item in b.items]
    hans = next(e for e in entries if e[0].text == "Mr. Hans Meier")
    assert [s.text for s in hans][-1] == "hans.meier@example.ch"
    assert hans[-1].link == "mailto:hans.meier@example.ch"
    assert "Counsellor" in hans[1].text and "Permanent Mission of Switzerland" in hans[1].text
    without = section(meeting(emails=False))
    text = str([item for b in without if isinstance(b, ListBlock) for item in b.items])
    assert "@" not in text


def test_no_list_unless_the_pack_asks_for_one() -> None:
    m = meeting()
    pack = dataclasses.replace(m.packs[0], options=PackOptions())
    blocks = assemble_full(m, pack, {}, DATE).blocks
    assert not any(getattr(b, "anchor", "") == "participants" for b in blocks)


def test_the_list_reads_back_from_the_pdf_and_the_docx(tmp_path: Path) -> None:
    m = meeting("fr")
    request = BuildRequest(m.packs[0], tmp_path, ("pdf", "docx"), build_date=DATE)
    files = {f.format: f.path for f in build_packs(m, request, Monitor()).files}
    reader = PdfReader(files["pdf"])
    text = "\n".join(p.extract_text() for p in reader.pages)
    order = [text.index(name) for name in ("Allemagne", "Chine", "Espagne", "Suisse")]
    assert order == sorted(order)
    assert "Liste des participants" in [e.title for e in reader.outline if hasattr(e, "title")]
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(files["docx"])).paragraphs]
    at = paragraphs.index(("Heading 1", "Liste des participants"))
    assert paragraphs[at + 1 : at + 4] == [
        ("Heading 2", "États Membres"),
        ("Label", "Allemagne"),
        ("List Bullet", "Mr. Karl Weber, Ambassador, Permanent Mission of Germany"),
    ]
    labels = [text for style, text in paragraphs[at:] if style == "Label"]
    assert labels[:4] == ["Allemagne", "Chine", "Espagne", "Suisse"]
