"""Real programmes in the packs: breaks, days, parallel rooms, a brief's room, read back from
the PDF (pypdf, with where each line is drawn) and the DOCX (python-docx)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing.build import BuildRequest, build_packs
from briefing.model import (
    AgendaItem,
    ItemKind,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    Participant,
    Person,
    Role,
    RoleKind,
)
from briefing.pack.assemble import assemble_full, assemble_session, session_items
from briefing.pack.document import Heading, Table
from briefing.progress import Monitor
from briefing.render.docx import QUIET_FILL

DATE = dt.date(2017, 11, 28)
FIRST_DAY = dt.date(2026, 3, 2)

# One day of the programme: (start, end, title, room, kind, people as (person, role)).
DAY = (
    ("08:30", "09:00", "Registration", "", ItemKind.REGISTRATION, ()),
    ("09:00", "10:30", "Plenary {n}: the state of play", "Room XX", ItemKind.SESSION,
     (("chair", RoleKind.CHAIR), ("keynote", RoleKind.KEYNOTE))),
    ("10:30", "11:00", "Coffee break", "", ItemKind.BREAK, ()),
    ("11:00", "12:30", "Workshop {n}A: data and evidence", "Room XX", ItemKind.SESSION,
     (("mod-a", RoleKind.MODERATOR), ("panel-a", RoleKind.PANELLIST))),
    ("11:00", "12:30", "Workshop {n}B: protection in practice", "Room XXI", ItemKind.SESSION,
     (("mod-b", RoleKind.MODERATOR), ("panel-b", RoleKind.PANELLIST))),
    ("12:30", "14:00", "Lunch", "", ItemKind.MEAL, ()),
    ("14:00", "15:30", "Closing of day {n}", "Room XX", ItemKind.SESSION,
     (("chair", RoleKind.CHAIR),)),
)  # fmt: skip
NAMES = {
    "chair": "Amina Diallo",
    "keynote": "Jun Wang",
    "mod-a": "Sarah Brooks",
    "panel-a": "Bennett Freeman",
    "mod-b": "Mauricio Lazala",
    "panel-b": "Annabel Hogg",
}


def three_day_meeting(language: str = "en") -> Meeting:
    """Three days, each with registration, a plenary, a coffee break, two workshops in
    parallel rooms, lunch and a closing session; a note for a workshop."""
    people = tuple(Person(pid, name, bio=f"{name} works here.") for pid, name in NAMES.items())
    agenda = []
    for day in range(3):
        for start, end, title, room, kind, who in DAY:
            agenda.append(
                AgendaItem(
                    f"d{day + 1}-{len(agenda)}",
                    title.format(n=day + 1),
                    dt.time.fromisoformat(start),
                    dt.time.fromisoformat(end),
                    FIRST_DAY + dt.timedelta(days=day),
                    participants=tuple(Participant(p, Role(r)) for p, r in who),
                    kind=kind,
                    room=room,
                    link="https://webtv.example.org/live" if room == "Room XX" else "",
                )
            )
    workshop = next(i for i in agenda if "2B" in i.title)
    return Meeting(
        title="Regional consultation on protection",
        first_date=FIRST_DAY,
        last_date=FIRST_DAY + dt.timedelta(days=2),
        venue="Palais des Nations",
        room="Room XX",
        city="Geneva",
        language=language,
        people=people,
        agenda=tuple(agenda),
        notes=(Note("n1", "Workshop note", "Questions.", session_ids=(workshop.id,)),),
    )


def full_pack(meeting: Meeting) -> PackDefinition:
    return meeting.pack_definitions()[0]


def line_positions(pdf: Path, page_number: int) -> list[tuple[float, float, str]]:
    """Each line of text on a page with where it starts: (x, y, text)."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text.strip()))

    PdfReader(pdf).pages[page_number].extract_text(visitor_text=visit)
    return found


def where(lines: list[tuple[float, float, str]], text: str) -> tuple[float, float]:
    for x, y, line in lines:
        if line == text:
            return x, y
    raise AssertionError(f"{text!r} is not a line of the page: {[t for *_, t in lines]}")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three-day meeting's full pack (PDF and DOCX) and its moderator briefs."""
    out = tmp_path_factory.mktemp("programme")
    meeting = three_day_meeting()
    request = BuildRequest(
        full_pack(meeting), out, ("pdf", "docx"), per_session=True, build_date=DATE
    )
    report = build_packs(meeting, request, Monitor())
    files = {f.path.name: f.path for f in report.files}
    return files


def pdf_of(built: dict[str, Path], ending: str) -> Path:
    return next(p for name, p in built.items() if name.endswith(ending))


# =========================================================================== breaks


def test_breaks_take_no_number_no_page_and_no_brief(built: dict[str, Path]) -> None:
    meeting = three_day_meeting()
    sessions = [i for i in meeting.agenda if i.is_session]
    assert [meeting.session_number(i) for i in sessions] == list(range(1, 13))
    assert meeting.session_number(meeting.agenda[2]) is None  # the first coffee break
    text = "\n".join(p.extract_text() for p in PdfReader(pdf_of(built, "Full pack.pdf")).pages)
    assert "Session 12: Closing of day 3" in text
    assert "Session 13" not in text
    assert "Coffee break" in text and "Session 2: Coffee break" not in text
    assert "No one has been assigned" not in text  # no page for a break
    briefs = sorted(name for name in built if name.endswith("moderator brief.pdf"))
    assert len(briefs) == 12
    assert not any("Coffee" in n or "Lunch" in n or "Registration" in n for n in briefs)
    assert briefs[1].startswith("2026-03-02 S02 Workshop 1A")


def test_a_break_is_in_the_programme_and_in_a_briefs_programme() -> None:
    meeting = three_day_meeting()
    pack = full_pack(meeting)
    doc = assemble_full(meeting, pack, {}, DATE)
    tables = [b for b in doc.blocks if isinstance(b, Table) and b.kind == "programme"]
    assert len(tables) == 3  # one per day
    first = tables[0]
    titles = [" ".join(s.text for line in row[1] for s in line) for row in first.rows]
    assert titles[0] == "Registration" and titles[2] == "Coffee break"
    assert first.quiet == frozenset({0, 2, 4})  # registration, coffee, lunch (the workshops: 3)
    break_title = first.rows[2][1][0][0]
    assert break_title.italic and not break_title.link and not break_title.bold
    workshop = next(i for i in meeting.agenda if i.title == "Workshop 1B: protection in practice")
    brief = assemble_session(meeting, pack, workshop, {}, DATE)
    brief_table = next(b for b in brief.blocks if isinstance(b, Table) and b.kind == "programme")
    text = str(brief_table.rows)
    assert "Coffee break" in text and "Lunch" in text and "Workshop 2A" not in text
    assert session_items(meeting, pack) == tuple(i for i in meeting.agenda if i.is_session)


def test_a_notes_sessions_line_names_a_side_event_by_its_title() -> None:
    meeting = three_day_meeting()
    side = dataclasses.replace(
        meeting.agenda[2], title="Side event: voices", kind=ItemKind.SIDE_EVENT
    )
    meeting = dataclasses.replace(
        meeting,
        agenda=(*meeting.agenda[:2], side, *meeting.agenda[3:]),
        notes=(Note("n1", "Voices", "Text.", session_ids=(side.id, meeting.agenda[3].id)),),
    )
    doc = assemble_full(meeting, full_pack(meeting), {"n1": ()}, DATE)
    lines = [b for b in doc.blocks if getattr(b, "style", "") == "muted"]
    assert any("For Side event: voices; Session 2" in str(b.spans) for b in lines)


# =========================================================================== days and rooms


def test_each_day_is_a_heading_in_the_contents_and_outline(built: dict[str, Path]) -> None:
    reader = PdfReader(pdf_of(built, "Full pack.pdf"))
    top = reader.outline
    at = next(n for n, e in enumerate(top) if not isinstance(e, list) and e.title == "Programme")
    assert [e.title for e in top[at + 1]] == [
        "Monday 2 March 2026",
        "Tuesday 3 March 2026",
        "Wednesday 4 March 2026",
    ]
    contents = reader.pages[1].extract_text()
    assert "Tuesday 3 March 2026" in contents


def test_parallel_sessions_stand_side_by_side_in_the_pdf(built: dict[str, Path]) -> None:
    pdf = pdf_of(built, "Full pack.pdf")
    reader = PdfReader(pdf)
    page = next(n for n, p in enumerate(reader.pages) if "Room XXI" in p.extract_text())
    lines = line_positions(pdf, page)
    a_x, a_y = where(lines, "Workshop 1A: data and evidence")
    b_x, b_y = where(lines, "Workshop 1B: protection in practice")
    assert a_y == pytest.approx(b_y, abs=0.5) and b_x > a_x + 100  # one row, two columns
    assert where(lines, "Room XX")[0] == pytest.approx(a_x, abs=1)  # the columns' heads
    assert where(lines, "Room XXI")[0] == pytest.approx(b_x, abs=1)
    time_x, time_y = where(lines, "11:00–12:30")
    assert time_y == pytest.approx(a_y, abs=0.5) and time_x < a_x
    coffee_x, coffee_y = where(lines, "Coffee break")
    assert coffee_x == pytest.approx(a_x, abs=1) and coffee_y > a_y  # above, across


def test_parallel_sessions_stand_side_by_side_in_the_docx(built: dict[str, Path]) -> None:
    document = docx.Document(str(pdf_of(built, "Full pack.docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Time")
    header = [c.text for c in table.rows[0].cells]
    assert header == ["Time", "Room XX", "Room XXI"]
    rows = {r.cells[0].text: r for r in table.rows[1:]}
    workshops = rows["11:00–12:30"].cells
    assert workshops[1].paragraphs[0].text == "Workshop 1A: data and evidence"
    assert workshops[2].paragraphs[0].text == "Workshop 1B: protection in practice"
    assert "Moderator: Mauricio Lazala" in [p.text for p in workshops[2].paragraphs]
    coffee = rows["10:30–11:00"]
    tcs = coffee._tr.findall(qn("w:tc"))
    assert len(tcs) == 2  # the time, and one cell across both rooms
    span = tcs[1].find(qn("w:tcPr")).find(qn("w:gridSpan"))
    assert span is not None and span.get(qn("w:val")) == "2"
    fill = tcs[1].find(qn("w:tcPr")).find(qn("w:shd")).get(qn("w:fill"))
    assert fill == QUIET_FILL
    days = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Tuesday 3 March 2026" in days


def test_more_than_three_rooms_get_a_room_column() -> None:
    meeting = three_day_meeting()
    workshop = meeting.agenda[4]
    extra = tuple(
        dataclasses.replace(workshop, id=f"extra-{n}", title=f"Clinic {n}", room=f"Room {n}")
        for n in ("A", "B")
    )
    meeting = dataclasses.replace(
        meeting, agenda=(*meeting.agenda[:5], *extra, *meeting.agenda[5:])
    )
    doc = assemble_full(meeting, full_pack(meeting), {}, DATE)
    first = next(b for b in doc.blocks if isinstance(b, Table) and b.kind == "programme")
    assert first.header == ("Time", "Room", "Item", "People")
    rooms = [row[1][0][0].text for row in first.rows if row[1] and row[1][0]]
    assert rooms[:4] == ["Room XX", "Room XX", "Room XXI", "Room A"]


def test_a_single_room_day_keeps_the_three_columns() -> None:
    meeting = three_day_meeting()
    meeting = dataclasses.replace(
        meeting, agenda=tuple(i for i in meeting.agenda if "B:" not in i.title), notes=()
    )
    doc = assemble_full(meeting, full_pack(meeting), {}, DATE)
    first = next(b for b in doc.blocks if isinstance(b, Table) and b.kind == "programme")
    assert first.header == ("Time", "Item", "People")
    plenary = first.rows[1]
    assert [s.text for line in plenary[1] for s in line] == ["Plenary 1: the state of play"]


def test_a_brief_names_its_room_on_the_cover(built: dict[str, Path]) -> None:
    brief = next(p for name, p in built.items() if "S03 Workshop 1B" in name)
    cover = PdfReader(brief).pages[0].extract_text()
    assert "Room XXI" in cover
    assert "Palais des Nations, Room XXI, Geneva" in cover
    first = PdfReader(next(p for name, p in built.items() if "S02 Workshop 1A" in name))
    assert "https://webtv.example.org/live" in first.pages[0].extract_text()


def test_arabic_programme_puts_the_first_room_on_the_right(tmp_path: Path) -> None:
    meeting = three_day_meeting("ar")
    request = BuildRequest(full_pack(meeting), tmp_path, ("pdf",), build_date=DATE)
    pdf = build_packs(meeting, request, Monitor()).files[0].path
    reader = PdfReader(pdf)
    page = next(n for n, p in enumerate(reader.pages) if "Room XXI" in p.extract_text())
    lines = line_positions(pdf, page)
    a = next((x, y) for x, y, t in lines if "Workshop 1A" in t)
    b = next((x, y) for x, y, t in lines if "Workshop 1B" in t)
    assert a[1] == pytest.approx(b[1], abs=0.5) and a[0] > b[0]
    assert any(t == "Coffee break" for *_, t in lines)  # a row across both rooms keeps its text


def test_headings_of_the_programme_are_only_for_a_full_pack() -> None:
    meeting = three_day_meeting()
    item = meeting.agenda[3]
    brief = assemble_session(meeting, full_pack(meeting), item, {}, DATE)
    assert not [h for h in brief.headings() if h.anchor.startswith("programme-")]
    full = assemble_full(meeting, full_pack(meeting), {}, DATE)
    anchors = [h.anchor for h in full.headings() if isinstance(h, Heading)]
    assert "programme-2026-03-03" in anchors


def test_per_session_pack_kind_lists_no_break() -> None:
    meeting = three_day_meeting()
    pack = PackDefinition("b", "Briefs", PackKind.PER_SESSION, tuple(i.id for i in meeting.agenda))
    assert all(i.is_session for i in session_items(meeting, pack))
