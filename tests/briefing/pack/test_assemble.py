"""Assembly decides what goes into a pack and in which order (no rendering involved)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.model import BioOrder, Meeting, PackKind
from briefing.pack import document as d
from briefing.pack.assemble import (
    assemble_full,
    assemble_session,
    session_file_stem,
    session_items,
    short_title,
)
from briefing.sample import sample_meeting

DATE = dt.date(2017, 11, 28)


def _texts(doc: d.PackDocument) -> str:
    """Every text of a document, to search in."""
    parts: list[str] = []
    for block in doc.blocks:
        parts += _block_texts(block)
    return "\n".join(parts)


def _block_texts(block: d.Block) -> list[str]:
    if isinstance(block, d.Heading):
        return [block.text]
    if isinstance(block, d.Paragraph):
        return [d.spans_text(block.spans)]
    if isinstance(block, d.ListBlock):
        return [d.spans_text(i) for i in block.items]
    if isinstance(block, d.Table):
        return [
            *block.header,
            *(d.spans_text(line) for row in block.rows for cell in row for line in cell),
        ]
    if isinstance(block, d.Bio):
        return [
            block.name,
            block.affiliation,
            *block.roles,
            *(t for b in block.body for t in _block_texts(b)),
        ]
    if isinstance(block, d.Cover):
        return [
            block.title,
            block.subtitle,
            block.when,
            block.where,
            block.pack_name,
            *(c.email for c in block.contacts),
            *(v for _, v in block.facts),
        ]
    return []


@pytest.fixture(scope="module")
def sample() -> Meeting:
    return sample_meeting()


def test_full_pack_has_every_section_in_order(sample: Meeting) -> None:
    doc = assemble_full(sample, sample.pack_definitions()[0], {}, DATE)
    assert isinstance(doc.blocks[0], d.Cover) and isinstance(doc.blocks[1], d.Contents)
    level1 = [h.text for h in doc.headings() if h.level == 1]
    assert level1 == ["Overview", "Programme", "Sessions", "Speaker bios", "Contacts and logistics"]
    assert doc.file_stem == "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack"
    text = _texts(doc)
    for item in sample.agenda:
        assert item.title in text
    for person in sample.people:
        assert person.name in text
    assert "wg-business@ohchr.org" in text and "forumbhr@ohchr.org" in text
    assert "A human rights defender (to be named)" in text


def test_programme_lists_people_by_role_and_links_to_bios(sample: Meeting) -> None:
    doc = assemble_full(sample, sample.pack_definitions()[0], {}, DATE)
    programme = next(b for b in doc.blocks if isinstance(b, d.Table) and b.kind == "programme")
    assert programme.header == ("Time", "Item", "People")
    times = [d.spans_text(row[0][0]) for row in programme.rows]
    assert times == ["10:00–10:15", "10:15–11:00", "11:00–11:45", "12:15–12:55", "12:55–13:00"]
    people = programme.rows[2][2]
    assert [d.spans_text(line) for line in people] == [
        "Kick-off remarks: Bennett Freeman",
        "Moderator: Mauricio Lazala",
    ]
    anchors = {h.anchor for h in doc.headings()}
    links = [s.link for line in people for s in line if s.link]
    assert links and all(link[1:] in anchors for link in links)


def test_bio_order_alphabetical_by_surname(sample: Meeting) -> None:
    pack = dataclasses.replace(sample.pack_definitions()[0], bio_order=BioOrder.ALPHABETICAL)
    doc = assemble_full(sample, pack, {}, DATE)
    names = [b.name for b in doc.blocks if isinstance(b, d.Bio)]
    assert names == [
        "Sarah Brooks",
        "Michel Forst",
        "Bennett Freeman",
        "Annabel Lee Hogg",
        "Mauricio Lazala",
        "Amol Mehra",
        "Anita Ramasastry",
    ]


def test_session_pack_has_only_its_people_and_marks_its_slot(sample: Meeting) -> None:
    pack = sample.pack_definitions()[0]
    item = sample.agenda[2]
    doc = assemble_session(sample, pack, item, {}, DATE)
    cover = doc.blocks[0]
    assert isinstance(cover, d.Cover) and cover.title == item.title
    assert cover.facts == (("Moderator", "Mauricio Lazala"),)
    bios = [b.name for b in doc.blocks if isinstance(b, d.Bio)]
    assert bios == ["Bennett Freeman", "Mauricio Lazala"]
    programme = next(b for b in doc.blocks if isinstance(b, d.Table) and b.kind == "programme")
    assert programme.marked == frozenset({2})
    assert doc.file_stem == "2017-11-30 S3 Pillar II implementation gaps - moderator brief"


def test_session_file_names_sort_in_agenda_order_and_are_safe(sample: Meeting) -> None:
    pack = sample.pack_definitions()[0]
    stems = [session_file_stem(sample, i) for i in session_items(sample, pack)]
    assert stems == sorted(stems)
    assert stems[3] == "2017-11-30 S4 Scaling up protection of HRDs - moderator brief"
    assert all(not set(s) & set('<>:"/\\|?*') for s in stems)


def test_short_titles() -> None:
    assert short_title("Wrap-up and next steps") == "Wrap-up and next steps"
    assert short_title("How models for “pillar I & III implementation gaps” work") == (
        "Pillar I & III implementation gaps"
    )
    assert len(short_title("word " * 100)) <= 48


def test_internal_notes_stay_out_unless_the_pack_asks(meeting: Meeting) -> None:
    content = {n.id: (d.Paragraph(d.plain(f"content of {n.id}")),) for n in meeting.notes}
    mods = meeting.packs[1]  # per-session, include_internal, notes ("n3",)
    doc = assemble_session(meeting, mods, meeting.agenda[1], content, DATE)
    assert "content of n3" not in _texts(doc)  # n3 is not for session i2
    full = dataclasses.replace(meeting.packs[0], kind=PackKind.FULL)
    assert "content of n3" not in _texts(assemble_full(meeting, full, content, DATE))


@pytest.mark.parametrize("shrink", [True, False])
def test_every_document_of_a_pack_says_whether_merged_pages_shrink(
    meeting: Meeting, shrink: bool
) -> None:
    for pack in meeting.packs:
        options = dataclasses.replace(pack.options, shrink_merged_pages=shrink)
        pack = dataclasses.replace(pack, options=options)
        docs = [assemble_full(meeting, pack, {}, DATE)]
        docs += [assemble_session(meeting, pack, i, {}, DATE) for i in meeting.agenda]
        assert {doc.shrink_merged_pages for doc in docs} == {shrink}


def test_unreadable_notes_are_left_out(meeting: Meeting) -> None:
    content = {"n1": (d.Paragraph(d.plain("first note")),)}  # n2 could not be read
    doc = assemble_full(meeting, meeting.packs[0], content, DATE)
    headings = [h.text for h in doc.headings() if h.level == 2]
    assert "Concept note" in headings and "Background paper" not in headings


def test_meeting_without_sessions_and_session_without_people() -> None:
    bare = Meeting(title="Bare meeting")
    doc = assemble_full(bare, bare.pack_definitions()[0], {}, DATE)
    assert "The programme has no items yet." in _texts(doc)
    assert session_items(bare, bare.pack_definitions()[0]) == ()


def test_every_internal_link_has_a_target(meeting: Meeting) -> None:
    content = {n.id: () for n in meeting.notes}
    for pack in meeting.packs:
        docs = [assemble_full(meeting, pack, content, DATE)] + [
            assemble_session(meeting, pack, i, content, DATE) for i in session_items(meeting, pack)
        ]
        for doc in docs:
            anchors = {h.anchor for h in doc.headings()}
            for link in _links(doc):
                if link.startswith("#"):
                    assert link[1:] in anchors, (doc.file_stem, link)


def _links(doc: d.PackDocument) -> list[str]:
    found = []
    for block in doc.blocks:
        runs: list[d.Spans] = []
        if isinstance(block, d.Paragraph):
            runs = [block.spans]
        elif isinstance(block, d.ListBlock):
            runs = list(block.items)
        elif isinstance(block, d.Table):
            runs = [line for row in block.rows for cell in row for line in cell]
        found += [s.link for spans in runs for s in spans if s.link]
    return found


def test_session_pack_shows_the_programme_of_its_day(meeting: Meeting) -> None:
    pack = meeting.packs[0]
    doc = assemble_session(meeting, pack, meeting.agenda[1], {}, DATE)  # i2 is on day two
    programme = [b for b in doc.blocks if isinstance(b, d.Table) and b.kind == "programme"]
    assert len(programme) == 1
    titles = [d.spans_text(row[1][0]) for row in programme[0].rows]
    assert titles == ["Panel: <scaling up>"] and programme[0].marked == frozenset({0})
    day_one = assemble_session(meeting, pack, meeting.agenda[0], {}, DATE)
    rows = next(b for b in day_one.blocks if isinstance(b, d.Table) and b.kind == "programme").rows
    assert [d.spans_text(r[1][0]) for r in rows] == ["Opening & welcome", "Closing"]


def test_a_meeting_with_nothing_to_say_in_its_overview_gets_no_overview_page() -> None:
    bare = Meeting(title="New meeting")
    doc = assemble_full(bare, bare.pack_definitions()[0], {}, DATE)
    titles = [b.text for b in doc.blocks if isinstance(b, d.Heading)]
    assert "Overview" not in titles
    with_aims = Meeting(title="New meeting", aims="Agree the next steps.")
    doc = assemble_full(with_aims, with_aims.pack_definitions()[0], {}, DATE)
    assert "Overview" in [b.text for b in doc.blocks if isinstance(b, d.Heading)]
