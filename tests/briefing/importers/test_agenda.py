"""Agenda import from a concept note: the seed as text and DOCX, time formats, languages, bad input."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pypdf
import pytest

from briefing.errors import BriefingError
from briefing.importers import merge_into, read_concept_note
from briefing.importers.agenda_times import parse_time_range
from briefing.model import Meeting, RoleKind
from briefing.sample import RESOURCES, sample_meeting

SEED = RESOURCES / "sample" / "concept-note.txt"


def _people_view(meeting: Meeting) -> list[tuple[str, str, str, str]]:
    """Each appearance as (item start, person name, position, organisation) plus role kinds."""
    return [
        (f"{item.start:%H:%M}", p.role.kind.value, meeting.person(p.person_id).name,
         meeting.person(p.person_id).affiliation)
        for item in meeting.agenda
        for p in item.participants
    ]  # fmt: skip


def _assert_seed_agenda(meeting: Meeting) -> None:
    """The imported agenda equals the sample meeting's (times, titles, people, roles, segment)."""
    expected = sample_meeting()
    got = [(i.start, i.end, i.title) for i in meeting.agenda]
    assert got == [(i.start, i.end, i.title) for i in expected.agenda]
    assert _people_view(meeting) == _people_view(expected)
    assert len(_people_view(meeting)) == 8
    by_id = {p.id: (p.name, p.position, p.organisation) for p in meeting.people}
    assert by_id == {p.id: (p.name, p.position, p.organisation) for p in expected.people}
    segments = [(s.label, s.speaker) for s in meeting.agenda[0].running_order if not s.person_id]
    assert segments == [("Brief scene-setting", "A human rights defender (to be named)")]
    assert all(p.name != "HRD" for p in meeting.people)


def test_seed_text() -> None:
    result = read_concept_note(SEED.read_bytes(), "concept-note.txt")
    meeting = result.meeting
    _assert_seed_agenda(meeting)
    assert meeting.title == "Scaling Up Initiatives to Protect Human Rights Defenders"
    assert meeting.meeting_type == "Multistakeholder consultation"
    assert meeting.first_date == meeting.last_date == dt.date(2017, 11, 30)
    assert (meeting.start, meeting.end) == (dt.time(10), dt.time(13))
    place = (meeting.venue, meeting.room, meeting.city, meeting.country)
    assert place == ("Palais des Nations", "Room XXII", "Geneva", "Switzerland")
    assert [(c.email, c.cc) for c in meeting.contacts] == [
        ("wg-business@ohchr.org", False),
        ("forumbhr@ohchr.org", True),
    ]
    assert meeting.background.startswith("The closing of civic space")
    assert "(#)" not in meeting.background and "<ul" not in meeting.background
    assert all(f.unsure for f in result.findings)  # only guesses, each marked so


def _seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def _docx_bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _seed_docx(table: bool) -> bytes:
    """The seed as a Word file: agenda lines as paragraphs with bullets, or a 3-column table."""
    document = docx.Document()
    rows: list[tuple[str, str, list[str]]] = []
    for line in _seed_lines():
        if "\t" in line:
            times, _, rest = line.partition("\t")
            title, _, people = rest.partition("<ul")
            rows.append((times, title.strip(), people.split("•")[1:]))
            continue
        if rows and table:
            grid = document.add_table(rows=1, cols=3)
            for cell, text in zip(grid.rows[0].cells, ("Time", "Item", "Speakers"), strict=True):
                cell.text = text
            for times, title, people in rows:
                cells = grid.add_row().cells
                cells[0].text, cells[1].text = times, title
                cells[2].text = people[0].strip()
                for person in people[1:]:
                    cells[2].add_paragraph(person.strip())
            rows = []
        elif rows:
            for times, title, people in rows:
                document.add_paragraph(f"{times}\t{title}")
                for person in people:
                    document.add_paragraph(person.strip(), style="List Bullet")
            rows = []
        document.add_paragraph(line)
    return _docx_bytes(document)


@pytest.mark.parametrize("table", [False, True], ids=["paragraphs", "table"])
def test_seed_docx(table: bool) -> None:
    result = read_concept_note(_seed_docx(table), "concept-note.docx")
    _assert_seed_agenda(result.meeting)
    assert result.meeting.first_date == dt.date(2017, 11, 30)
    assert result.meeting.room == "Room XXII"
    assert [c.cc for c in result.meeting.contacts] == [False, True]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10:00-10:15 Welcome", "10:00", "10:15"),
        ("10:00–10:15 Welcome", "10:00", "10:15"),
        ("10.00 – 10.15 Welcome", "10:00", "10:15"),
        ("10h00-10h15 Accueil", "10:00", "10:15"),
        ("13 h 00 – 14 h 00 Déjeuner", "13:00", "14:00"),
        ("10:00 a.m. – 10:15 a.m. Welcome", "10:00", "10:15"),
        ("8:00am Registration", "08:00", None),
        ("1400-1410GMT Opening", "14:00", "14:10"),
        ("09:30 Coffee", "09:30", None),
        ("11:00-1:00 pm Lunch", "11:00", "13:00"),
    ],
)
def test_time_formats(text: str, start: str, end: str | None) -> None:
    times = parse_time_range(text)
    assert times is not None
    assert f"{times.start:%H:%M}" == start
    assert (f"{times.end:%H:%M}" if times.end else None) == end
    assert times.rest and times.rest[0].isalpha()


@pytest.mark.parametrize(
    "text", ["2017 report", "30 November 2017", "1. Introduction", "25:00-26:00"]
)
def test_not_times(text: str) -> None:
    assert parse_time_range(text) is None


def _import(text: str, name: str = "note.txt") -> tuple[Meeting, list[str]]:
    result = read_concept_note(text.encode("utf-8"), name)
    return result.meeting, [str(f) for f in result.findings]  # "line 4: what was found"


FRENCH = """Consultation régionale sur les défenseurs
Mardi 1er octobre 2019
Programme
9h30 - 10h00 Mot de bienvenue
Président : H.E. M. Jean Dupont, Ambassadeur, Mission permanente de la France
10h00 – 11h30 Table ronde
Modératrice : Mme Claire Martin, OHCHR
Intervenants :
- Paul Durand, Amnesty International
- Aïcha Benali, FIDH
"""

SPANISH = """Consulta regional
Programa
09:00-09:30 Palabras de apertura
Palabras de apertura: Sra. Ana García, Ministra de Justicia, Gobierno de Chile
09:30-11:00 Panel
Moderadora: Lucía Pérez, CEPAL
"""


def test_french_programme() -> None:
    meeting, findings = _import(FRENCH)
    assert findings == []
    first, second = meeting.agenda
    assert (first.start, first.end, first.date) == (
        dt.time(9, 30),
        dt.time(10),
        dt.date(2019, 10, 1),
    )
    chair = meeting.person(first.people_in(RoleKind.CHAIR)[0])
    assert (chair.honorific, chair.name, chair.position) == (
        "H.E. M.",
        "Jean Dupont",
        "Ambassadeur",
    )
    assert chair.organisation == "Mission permanente de la France"
    moderator = meeting.person(second.people_in(RoleKind.MODERATOR)[0])
    assert (moderator.honorific, moderator.name) == ("Mme", "Claire Martin")
    speakers = [meeting.person(p).name for p in second.people_in(RoleKind.SPEAKER)]
    assert speakers == ["Paul Durand", "Aïcha Benali"]


def test_spanish_programme() -> None:
    meeting, _ = _import(SPANISH)
    opening = meeting.person(meeting.agenda[0].people_in(RoleKind.OPENING)[0])
    assert (opening.honorific, opening.name, opening.position) == (
        "Sra.",
        "Ana García",
        "Ministra de Justicia",
    )
    moderator = meeting.person(meeting.agenda[1].people_in(RoleKind.MODERATOR)[0])
    assert (moderator.name, moderator.organisation) == ("Lucía Pérez", "CEPAL")


def test_day_headings_date_items() -> None:
    text = """Workshop on remedies
Tuesday, 28 November 2017
09:00-10:00 Opening
Day 2
09:00-10:00 Second day
Chair:
H.E. Mr. John Smith
Permanent Representative of Chile
"""
    meeting, _ = _import(text)
    assert [i.date for i in meeting.agenda] == [dt.date(2017, 11, 28), dt.date(2017, 11, 29)]
    assert (meeting.first_date, meeting.last_date) == (dt.date(2017, 11, 28), dt.date(2017, 11, 29))
    chair = meeting.person(meeting.agenda[1].people_in(RoleKind.CHAIR)[0])
    assert (chair.honorific, chair.name, chair.position) == (
        "H.E. Mr.",
        "John Smith",
        "Permanent Representative of Chile",
    )


def test_unparseable_time_is_a_finding() -> None:
    text = "Meeting\nAgenda\n10:00-10:30 Opening\n10:7x-11:00 Broken\n11:00-12:00 Close\n"
    meeting, findings = _import(text)
    assert [i.title for i in meeting.agenda] == ["Opening", "Close"]
    assert any(f.startswith("line 4: time range not understood") for f in findings)


def test_a_finding_says_where_it_is_in_a_field_not_in_its_text() -> None:
    text = "Meeting\nAgenda\n10:00-10:30 Opening\n10:7x-11:00 Broken\n11:00-12:00 Close\n"
    result = read_concept_note(text.encode("utf-8"), "note.txt")
    [finding] = [f for f in result.findings if "time range" in f.message]
    assert (finding.line, finding.unit, finding.where) == (4, "line", "line 4")
    assert finding.message.startswith("time range not understood")
    assert str(finding) == f"line 4: {finding.message}"


def test_start_time_alone_ends_at_next_item() -> None:
    meeting, findings = _import("Meeting\nAgenda\n09:00 Registration\n09:30-10:00 Opening\n")
    assert meeting.agenda[0].end == dt.time(9, 30)
    assert any("no end time" in f for f in findings)


def test_empty_file() -> None:
    with pytest.raises(BriefingError, match=r"empty\.txt: .*empty"):
        read_concept_note(b"", "empty.txt")


def test_binary_renamed_docx() -> None:
    with pytest.raises(BriefingError, match=r"fake\.docx"):
        read_concept_note(b"\x89PNG\r\n\x1a\n" + bytes(200), "fake.docx")


def test_textless_pdf_is_a_finding() -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    result = read_concept_note(out.getvalue(), "scan.pdf")
    assert any("no text found (a scanned document?)" in f.message for f in result.findings)
    assert result.meeting.agenda == ()


def test_encodings() -> None:
    text = "Réunion\nAgenda\n10:00-11:00 Ouverture\n"
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        meeting, _ = _import_bytes(text.encode(encoding))
        assert meeting.title == "Réunion"


def _import_bytes(data: bytes) -> tuple[Meeting, list[str]]:
    result = read_concept_note(data, "note.txt")
    return result.meeting, [f.message for f in result.findings]


def test_merge_reuses_people(tmp_path: Path) -> None:
    existing = sample_meeting()
    imported = read_concept_note(SEED.read_bytes(), "concept-note.txt").meeting
    merged = merge_into(existing, imported)
    assert len(merged.people) == len(existing.people)
    assert len(merged.agenda) == 10
    assert len({i.id for i in merged.agenda}) == 10
    assert len(merged.contacts) == 2


def test_damaged_utf16_concept_note_is_a_clear_error() -> None:
    import codecs

    from briefing.errors import BriefingError
    from briefing.importers import read_concept_note

    with pytest.raises(BriefingError, match=r"^note.txt: the text file is damaged \(bad UTF-16\)"):
        read_concept_note(codecs.BOM_UTF16_LE + b"a\x00b", "note.txt")


def test_web_page_tags_go_but_text_that_looks_like_a_tag_stays() -> None:
    from briefing.importers.agenda_source import clean_line

    assert clean_line("<li>Opening <b>remarks</b></li>").split() == ["Opening", "remarks"]
    assert clean_line("Pillar <I> & III gaps") == "Pillar <I> & III gaps"


KINDS_AND_ROOMS = """Expert meeting on water
Tuesday, 3 March 2020
Programme
08:30-09:00 Registration of participants
Salle XVII
09:00-09:30 (Room A) Opening session
Chair: Jane Doe, OHCHR
09:30-10:00 Coffee break offered by the Mission of Chile
10:00-11:30 Panel 1 – Conference Room 2
Moderator: John Smith, ILO
Ana Gil, Luis Paz, Water Network
11:30-13:00 Interactive dialogue (Plenary: Hotel Lago, level 2)
13:00-14:30 Lunch at the restaurant
Venue: Palais Wilson
14:30-15:00 Side event on wells, sponsored by Mr Carl Berg (Norway)
15:00-16:00 Keynote address by Dr Ahmed Luqman, Director-General
18:00-20:00 Reception hosted by the Director-General
"""


def test_kinds_and_rooms() -> None:
    meeting, _ = _import(KINDS_AND_ROOMS)
    got = [(i.title, i.kind.value, i.room) for i in meeting.agenda]
    assert got == [
        ("Registration of participants", "registration", "Salle XVII"),
        ("Opening session", "session", "Room A"),
        ("Coffee break offered by the Mission of Chile", "break", ""),
        ("Panel 1", "session", "Conference Room 2"),
        ("Interactive dialogue", "session", "Hotel Lago, level 2"),
        ("Lunch at the restaurant", "meal", "Palais Wilson"),
        ("Side event on wells", "side-event", ""),
        ("Keynote address", "session", ""),
        ("Reception hosted by the Director-General", "reception", ""),
    ]
    panel = meeting.agenda[3]
    people = [(meeting.person(p.person_id).name, p.role.kind.value) for p in panel.participants]
    assert people == [
        ("John Smith", "moderator"),
        ("Ana Gil", "panellist"),
        ("Luis Paz", "panellist"),
    ]
    sponsor = meeting.person(meeting.agenda[6].participants[0].person_id)
    assert (sponsor.honorific, sponsor.name) == ("Mr", "Carl Berg")
    keynote = meeting.agenda[7].participants[0]
    assert (meeting.person(keynote.person_id).name, keynote.role.kind) == (
        "Ahmed Luqman",
        RoleKind.KEYNOTE,
    )


def test_room_column_of_a_table() -> None:
    document = docx.Document()
    document.add_paragraph("Workshop on data")
    document.add_paragraph("5 May 2021")
    grid = document.add_table(rows=1, cols=3)
    for cell, text in zip(grid.rows[0].cells, ("Time", "Session", "Room"), strict=True):
        cell.text = text
    for row in (("09:00-10:00", "Opening", "Sala 3"), ("10:00-10:30", "Pausa café", "Hall B")):
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    result = read_concept_note(_docx_bytes(document), "programme.docx")
    got = [(i.title, i.kind.value, i.room) for i in result.meeting.agenda]
    assert got == [("Opening", "session", "Sala 3"), ("Pausa café", "break", "Hall B")]


WRAPPED = """Human Rights Council
Friday, 17 March 2016
MORNING
9.00 – 12.00
48th meeting
Panel discussion on democracy
Opening statements: Ms. Kate Gilmore, United Nations Deputy High Commissioner for
Human Rights
Panellists:
•
Mr. Jerome Jamin, Professor at the Law Faculty of Liège University, Belgium, and Member of
the Board
"""


def test_wrapped_lines_and_a_meeting_number() -> None:
    meeting, _ = _import(WRAPPED)
    (item,) = meeting.agenda
    assert (item.title, item.date) == ("Panel discussion on democracy", dt.date(2016, 3, 17))
    people = [(meeting.person(p.person_id), p.role.kind) for p in item.participants]
    assert [(p.name, kind) for p, kind in people] == [
        ("Kate Gilmore", RoleKind.OPENING),
        ("Jerome Jamin", RoleKind.PANELLIST),
    ]
    assert people[0][0].affiliation.endswith("High Commissioner for Human Rights")


def test_times_after_titles_and_on_lines_of_their_own() -> None:
    text = "Summer school\nProgramme\nOpening session (09.00-10.30)\nMr Jean Weber\n11.00\n12.30\nLunch\n"
    meeting, _ = _import(text)
    got = [(f"{i.start:%H:%M}", f"{i.end:%H:%M}", i.title) for i in meeting.agenda]
    assert got == [("09:00", "10:30", "Opening session"), ("11:00", "12:30", "Lunch")]


def test_a_very_long_affiliation_is_cut_not_refused() -> None:
    office = "Department of Water and Sanitation of the Ministry " * 8
    text = f"Meeting\nAgenda\n10:00-11:00 Opening\nModerator: Jane Doe, Head, {office}\n"
    meeting, _ = _import(text)
    person = meeting.person(meeting.agenda[0].participants[0].person_id)
    assert len(person.organisation) == 300 and person.organisation.endswith("…")
