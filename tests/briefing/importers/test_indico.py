"""Indico timetable exports: the fixtures are shaped as Indico 3.3's ``TimetableSerializer``
writes them (``/export/timetable/<id>.json``); hostile files are made here."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import ConceptNoteError
from briefing.importers.agenda import AgendaImport, merge_into
from briefing.importers.html_text import html_to_text
from briefing.importers.indico import (
    MAX_FINDINGS,
    MAX_INDICO_BYTES,
    MAX_JSON_DEPTH,
    read_indico_file,
    read_indico_timetable,
)
from briefing.model import AgendaItem, ItemKind, Meeting, RoleKind
from briefing.sample import sample_meeting
from briefing.validation import MAX_AGENDA_ITEMS, MAX_DESCRIPTION_CHARS

FIXTURES = Path(__file__).parent / "fixtures" / "indico"
FORUM = FIXTURES / "forum-two-days.json"
ATELIER = FIXTURES / "atelier-fr.json"
EVENT_CONTRIBUTIONS = FIXTURES / "event-contributions.json"
EVENT_SESSIONS = FIXTURES / "event-sessions.json"


def read(path: Path) -> AgendaImport:
    return read_indico_timetable(path.read_bytes(), path.name)


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def dump(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def days_of(document: dict[str, Any]) -> dict[str, Any]:
    (event,) = document["results"].values()
    return event


def item(meeting: Meeting, title: str) -> AgendaItem:
    (found,) = [i for i in meeting.agenda if i.title == title]
    return found


def roles(meeting: Meeting, entry: AgendaItem) -> list[tuple[str, RoleKind]]:
    return [(meeting.person(p.person_id).name, p.role.kind) for p in entry.participants]


def messages(result: AgendaImport) -> str:
    return "\n".join(f.message for f in result.findings)


def refused(data: bytes, name: str = "export.json") -> str:
    with pytest.raises(ConceptNoteError) as caught:
        read_indico_timetable(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message and "Traceback" not in message
    return message


# --------------------------------------------------------------------------- the two-day forum


def test_forum_items_in_order_with_times_rooms_and_kinds() -> None:
    meeting = read(FORUM).meeting
    rows = [
        (i.date.isoformat() if i.date else "", f"{i.start:%H:%M}-{i.end:%H:%M}", i.room, i.kind,
         i.title)
        for i in meeting.agenda
    ]  # fmt: skip
    session = ItemKind.SESSION
    assert rows == [
        ("2026-11-25", "09:00-09:30", "Room XX", session, "Opening of the Forum"),
        ("2026-11-25", "09:30-11:00", "Room XX", session, "Pillar II: corporate due diligence"),
        ("2026-11-25", "09:30-11:00", "Room XXIII", session, "Access to remedy"),
        ("2026-11-25", "11:00-11:30", "Serpentine Bar", ItemKind.BREAK, "Coffee break"),
        ("2026-11-25", "11:30-13:00", "Room XX", session,
         "Human rights defenders – Protecting those who speak up"),
        ("2026-11-25", "13:00-15:00", "", ItemKind.MEAL, "Lunch break"),
        ("2026-11-26", "09:00-10:30", "Room XX", session, "Closing plenary – Conclusions"),
        ("2026-11-26", "10:30-11:00", "Room XX", session, "Closing remarks"),
    ]  # fmt: skip
    assert [i.id for i in meeting.agenda] == [f"item-{n}" for n in range(1, 9)]


def test_forum_meeting_takes_its_days_and_venue_from_the_timetable() -> None:
    result = read(FORUM)
    meeting = result.meeting
    assert (meeting.first_date, meeting.last_date) == (dt.date(2026, 11, 25), dt.date(2026, 11, 26))
    assert meeting.venue == "Palais des Nations"
    assert meeting.room == ""  # two rooms: each item keeps its own
    assert (meeting.start, meeting.end) == (None, None)  # two days: no single day's hours
    assert meeting.title == "Indico event 1234"
    assert "the export does not give the event's title; it is called 'Indico event 1234'" in (
        messages(result)
    )
    assert "Europe/Zurich" in messages(result)


def test_conveners_moderate_and_presenters_speak() -> None:
    meeting = read(FORUM).meeting
    pillar = item(meeting, "Pillar II: corporate due diligence")
    assert roles(meeting, pillar) == [
        ("Anita Ramasastry", RoleKind.MODERATOR),
        ("Michel Forst", RoleKind.SPEAKER),
        ("Wei Zhang", RoleKind.SPEAKER),
        ("Ana María Pérez-Núñez", RoleKind.SPEAKER),
    ]
    remedy = item(meeting, "Access to remedy")
    assert roles(meeting, remedy) == [
        ("Ólafur Ragnarsson", RoleKind.MODERATOR),
        ("Мария Иванова", RoleKind.SPEAKER),
        ("فاطمة الحسن", RoleKind.SPEAKER),
    ]
    opening = item(meeting, "Opening of the Forum")
    assert roles(meeting, opening) == [("Volker Türk", RoleKind.SPEAKER)]
    assert item(meeting, "Coffee break").participants == ()


def test_contributions_in_a_session_are_its_running_order_timed_as_in_indico() -> None:
    meeting = read(FORUM).meeting
    pillar = item(meeting, "Pillar II: corporate due diligence")
    forst = meeting.person(pillar.running_order[0].person_id or "")
    assert forst.name == "Michel Forst"
    steps = [(s.label, s.speaker, s.minutes) for s in pillar.running_order]
    assert steps == [
        ("Kick-off: what changed since 2011", "", 15),
        ("Panel: supply chains in Asia and Latin America", "Wei Zhang, Ana María Pérez-Núñez", 45),
        ("Questions and answers", "", 30),
    ]
    # 12:00-12:15 is free in Indico: the first talk's step lasts until the next one starts
    defenders = item(meeting, "Human rights defenders – Protecting those who speak up")
    assert [s.minutes for s in defenders.running_order] == [45, 45]
    # a break inside a session is a step of its own, with nobody named
    closing = item(meeting, "Closing plenary – Conclusions")
    assert [(s.label, s.person_id, s.minutes) for s in closing.running_order][1:] == [
        ("Short pause", None, 10),
        ("Discussion", None, 20),
    ]


def test_people_with_affiliations_deduplicated_by_email_then_name() -> None:
    meeting = read(FORUM).meeting
    names = [p.name for p in meeting.people]
    assert len(names) == len(set(names)) == 10
    turk = next(p for p in meeting.people if p.email == "vturk@ohchr.org")
    assert turk.name == "Volker Türk"  # "Volker Turk", VTurk@ohchr.org, is the same person
    assert turk.organisation == "OHCHR"
    anita = next(p for p in meeting.people if p.name == "Anita Ramasastry")
    assert anita.honorific == "Prof."  # from Indico's full name, "Prof. Anita Ramasastry"
    assert anita.email == "a.ramasastry@uw.edu"  # a later listing fills in the email
    assert anita.organisation == "UN Working Group on Business and Human Rights"
    jane = next(p for p in meeting.people if p.name == "Jane Doe")
    assert (jane.honorific, jane.organisation) == ("Dr", 'Smith & <Co> "R&D"')
    zhang = next(p for p in meeting.people if p.name == "Wei Zhang")
    assert zhang.organisation == "张伟律师事务所"
    assert all(p.position == "" for p in meeting.people)  # Indico gives no position
    assert "Peter Author" not in names  # authors who do not present are not in the programme


def test_descriptions_are_plain_text_without_markup_or_scripts() -> None:
    meeting = read(FORUM).meeting
    pillar = item(meeting, "Pillar II: corporate due diligence")
    assert pillar.description == (
        "Guiding questions:\n\n• What has worked since 2011?\n• Lessons from Smith & <Co>"
    )
    remedy = item(meeting, "Access to remedy")
    assert remedy.description == (
        "Judicial and **non-judicial** remedies; see the guidance."
    )  # Markdown stays readable; the link's target is dropped


def test_merging_into_the_sample_meeting_appends_the_timetable() -> None:
    sample = sample_meeting()
    imported = read(FORUM).meeting
    merged = merge_into(sample, imported)
    assert merged.title == sample.title
    assert merged.agenda[: len(sample.agenda)] == sample.agenda
    added = merged.agenda[len(sample.agenda) :]
    assert [i.title for i in added] == [i.title for i in imported.agenda]
    assert len({i.id for i in merged.agenda}) == len(merged.agenda)
    known = {p.id for p in merged.people}
    assert all(p.person_id in known for i in added for p in i.participants)
    assert [i.room for i in added] == [i.room for i in imported.agenda]
    rooms = {i.room for i in added if i.title in ("Pillar II: corporate due diligence",
                                                  "Access to remedy")}  # fmt: skip
    assert rooms == {"Room XX", "Room XXIII"}


# --------------------------------------------------------------------------- the French workshop


def test_french_workshop_breaks_meals_and_rooms() -> None:
    result = read(ATELIER)
    meeting = result.meeting
    rows = [(f"{i.start:%H:%M}", i.kind, i.room, i.title) for i in meeting.agenda]
    assert rows == [
        ("08:30", ItemKind.BREAK, "Hall", "Accueil et enregistrement"),
        ("09:00", ItemKind.SESSION, "Salle Kofi Annan", "Allocution d'ouverture"),
        ("09:20", ItemKind.SESSION, "Salle Kofi Annan", "Table ronde : protéger les défenseurs"),
        ("10:40", ItemKind.BREAK, "Hall", "Pause-café"),
        ("11:00", ItemKind.SESSION, "Salle 3, Annexe Varembé", "Atelier : outils numériques"),
        ("12:30", ItemKind.MEAL, "Restaurant", "Déjeuner"),
    ]
    assert meeting.venue == "Maison de la Paix"
    assert (meeting.first_date, meeting.last_date) == (dt.date(2026, 3, 12),) * 2
    assert (meeting.start, meeting.end) == (dt.time(8, 30), dt.time(14, 0))
    workshop = item(meeting, "Atelier : outils numériques")
    assert workshop.description == "Atelier pratique : sécurité numérique."
    assert roles(meeting, workshop) == [
        ("Élodie Lefèvre-Ngô", RoleKind.MODERATOR),
        ("Aïssatou Diallo", RoleKind.MODERATOR),
    ]
    elodie = meeting.person(workshop.participants[0].person_id)
    assert (elodie.honorific, elodie.email) == ("Mme", "")  # no email unless a manager exports
    assert all(f.severity == "info" for f in result.findings)


# --------------------------------------------------------------------------- the event export

EVENT_TITLE = "Consultation régionale sur les défenseurs & <la société civile>"


def test_an_event_export_gives_the_meeting_and_its_contributions() -> None:
    result = read(EVENT_CONTRIBUTIONS)
    meeting = result.meeting
    assert meeting.title == EVENT_TITLE
    assert meeting.organiser == "HCDH – Section des défenseurs"
    assert (meeting.venue, meeting.room) == ("Palais des Nations", "Salle XXI")
    assert meeting.first_date == meeting.last_date == dt.date(2026, 5, 4)
    # Indico wrote UTC; the event's own zone is Europe/Zurich, two hours ahead in May
    assert (meeting.start, meeting.end) == (dt.time(9, 0), dt.time(17, 0))
    assert meeting.background == "Une consultation d'une journée.\n\nOrganisée avec le HCDH."
    rows = [(f"{i.start:%H:%M}-{i.end:%H:%M}", i.title, roles(meeting, i)) for i in meeting.agenda]
    assert rows == [
        ("09:00-09:20", "Allocution d'ouverture", [("Jean-François Dubœuf", RoleKind.SPEAKER)]),
        ("09:20-10:00", "Témoignage : le travail de terrain",
         [("Aïssatou Diallo", RoleKind.SPEAKER)]),
        ("10:00-10:40", "Débat avec la salle", []),
    ]  # fmt: skip
    diallo = meeting.person(meeting.agenda[1].participants[0].person_id)
    assert (diallo.organisation, diallo.email) == (
        "Réseau ouest-africain des défenseurs",
        "a.diallo@example.org",
    )
    text = messages(result)
    assert "'Contribution non programmée' is not in the timetable (no start)" in text
    assert "an event export has no breaks" in text
    assert "does not give the event's title" not in text


def test_an_event_export_with_sessions_gives_blocks_with_conveners_and_running_order() -> None:
    result = read(EVENT_SESSIONS)
    meeting = result.meeting
    (table,) = meeting.agenda
    assert (table.title, f"{table.start:%H:%M}", f"{table.end:%H:%M}") == (
        "Table ronde – Matin",
        "09:20",
        "10:40",
    )
    assert roles(meeting, table) == [
        ("Élodie Lefèvre-Ngô", RoleKind.MODERATOR),
        ("Aïssatou Diallo", RoleKind.SPEAKER),
    ]
    assert meeting.person("elodie-lefevre-ngo").honorific == "Mme"
    assert [(s.label, s.minutes) for s in table.running_order] == [
        ("Témoignage : le travail de terrain", 40),
        ("Débat avec la salle", 40),
    ]
    assert table.description == "Questions directrices : *représailles*."
    assert "leaves out the contributions outside them" in messages(result)


def test_an_event_export_without_its_programme_gives_the_meeting_only() -> None:
    document = load(EVENT_CONTRIBUTIONS)
    del document["results"][0]["contributions"]
    result = read_indico_timetable(dump(document), "event.json")
    assert result.meeting.title == EVENT_TITLE and result.meeting.agenda == ()
    assert any(
        f.severity == "warning" and "export the timetable" in f.message for f in result.findings
    )


def test_an_event_export_with_wrong_types_does_not_crash() -> None:
    document = load(EVENT_SESSIONS)
    event = document["results"][0]
    event["title"] = {"en": "x"}
    event["timezone"] = 5
    event["startDate"] = "today"
    event["sessions"].append(7)
    event["sessions"][0]["contributions"].append("c")
    event["sessions"][0]["session"] = []
    result = read_indico_timetable(dump(document), "event.json")
    assert result.meeting.title == "Indico event 9012"
    (table,) = result.meeting.agenda
    assert table.title == "Table ronde: Matin – Matin"  # Indico's full block title, and its own


# --------------------------------------------------------------------------- time zones, findings


def test_an_entry_in_another_time_zone_is_converted_to_the_events() -> None:
    document = load(ATELIER)
    entry = days_of(document)["20260312"]["c601"]
    for key in ("startDate", "endDate"):
        entry[key]["tz"] = "UTC"
    entry["startDate"]["time"], entry["endDate"]["time"] = "08:00:00", "08:20:00"
    meeting = read_indico_timetable(dump(document), "atelier.json").meeting
    opening = item(meeting, "Allocution d'ouverture")
    assert (opening.start, opening.end) == (dt.time(9, 0), dt.time(9, 20))  # CET is UTC+1


@pytest.mark.parametrize("zone", ["Nowhere/City", "../../etc/passwd", "America", "x" * 5000])
def test_an_entry_in_a_time_zone_that_does_not_exist_is_left_out(zone: str) -> None:
    document = load(ATELIER)
    entry = days_of(document)["20260312"]["c601"]
    for key in ("startDate", "endDate"):
        entry[key]["tz"] = zone
    result = read_indico_timetable(dump(document), "atelier.json")
    assert "Allocution d'ouverture" not in [i.title for i in result.meeting.agenda]
    assert len(result.meeting.agenda) == 5
    assert "(c601) left out: its start or end" in messages(result)


def test_unusable_entries_are_left_out_with_a_finding() -> None:
    document = load(ATELIER)
    day = days_of(document)["20260312"]
    day["c601"]["startDate"] = "nine o'clock"
    day["b502"]["endDate"]["time"] = "10:00:00"  # ends before it starts
    day["x9"] = {"entryType": "Poster", "title": "Not a kind Indico writes"}
    day["b503"]["title"] = ""
    day["s701"]["conveners"][0]["email"] = "not-an-email"
    result = read_indico_timetable(dump(document), "atelier.json")
    titles = [i.title for i in result.meeting.agenda]
    assert titles == [
        "Accueil et enregistrement",
        "Table ronde : protéger les défenseurs",
        "Atelier : outils numériques",
    ]
    text = messages(result)
    assert "'Allocution d'ouverture' (c601) left out: its start or end" in text
    assert "'Pause-café' (b502) left out: it does not start and end on the same day" in text
    assert "(x9) left out: 'Poster' is not an entry type Indico writes" in text
    assert "(b503) left out: it has no title" in text
    assert "'not-an-email' is not an email address; 'Élodie Lefèvre-Ngô' is kept" in text
    assert result.meeting.person("elodie-lefevre-ngo").email == ""


def test_a_block_over_midnight_is_left_out_and_one_ending_at_midnight_kept() -> None:
    document = load(ATELIER)
    day = days_of(document)["20260312"]
    late = day["b503"]
    late["startDate"]["time"] = "22:00:00"
    late["endDate"] = {"date": "2026-03-13", "time": "00:00:00", "tz": "Europe/Paris"}
    over = day["b502"]
    over["endDate"] = {"date": "2026-03-13", "time": "01:00:00", "tz": "Europe/Paris"}
    result = read_indico_timetable(dump(document), "atelier.json")
    dinner = item(result.meeting, "Déjeuner")
    assert (dinner.start, dinner.end) == (dt.time(22, 0), dt.time(23, 59))
    assert "Pause-café" not in [i.title for i in result.meeting.agenda]
    assert "ends at midnight; taken as 23:59" in messages(result)


def test_a_block_listed_under_two_days_is_read_once() -> None:
    document = load(FORUM)
    days = days_of(document)
    days["20261126"]["s201"] = copy.deepcopy(days["20261125"]["s201"])
    meeting = read_indico_timetable(dump(document), "forum.json").meeting
    assert [i.title for i in meeting.agenda].count("Pillar II: corporate due diligence") == 1


def test_a_session_whose_first_talk_starts_late_says_so() -> None:
    document = load(FORUM)
    block = days_of(document)["20261125"]["s203"]
    del block["entries"]["c306"]
    result = read_indico_timetable(dump(document), "forum.json")
    defenders = item(result.meeting, "Human rights defenders – Protecting those who speak up")
    assert [s.label for s in defenders.running_order] == ["Voices from the field"]
    assert "its first contribution starts at 12:15, after the session" in messages(result)


def test_findings_are_counted_past_their_limit() -> None:
    document = load(ATELIER)
    day = days_of(document)["20260312"]
    for n in range(MAX_FINDINGS + 50):
        day[f"x{n}"] = {"entryType": "Nonsense"}
    result = read_indico_timetable(dump(document), "atelier.json")
    assert len(result.findings) == MAX_FINDINGS + 1
    assert "more findings" in result.findings[-1].message


def test_wrong_types_in_entries_do_not_crash() -> None:
    document = load(FORUM)
    day = days_of(document)["20261125"]
    day["s202"]["conveners"] = "Ólafur"
    day["s202"]["entries"] = ["c304"]
    day["s203"]["entries"]["c306"]["presenters"] = [None, 3, {"firstName": 7}]
    day["c101"]["title"] = ["Opening"]
    day["b401"]["room"] = {"name": "Bar"}
    day["b402"]["description"] = 42
    day["s201"] = "a session"
    result = read_indico_timetable(dump(document), "forum.json")
    meeting = result.meeting
    remedy = item(meeting, "Access to remedy")
    assert (remedy.participants, remedy.running_order) == ((), ())
    assert item(meeting, "Coffee break").room == ""
    assert "entry 's201' left out: it is not an object" in messages(result)
    assert "(c101) left out: it has no title" in messages(result)


def test_html_to_text_keeps_text_that_only_looks_like_markup() -> None:
    assert html_to_text("Smith & <Co> meet at 10 < 11") == "Smith & <Co> meet at 10 < 11"
    assert html_to_text("<p>A &amp; B</p><p>C<br>D</p><style>p{}</style>") == "A & B\n\nC\nD"
    assert html_to_text("<div onclick='x()'>Hi <a href='javascript:x'>there</a></div>") == (
        "Hi there"
    )


def test_a_huge_description_is_cut_with_a_finding() -> None:
    document = load(ATELIER)
    days_of(document)["20260312"]["s701"]["description"] = "<p>" + "mot " * 30_000 + "</p>"
    result = read_indico_timetable(dump(document), "atelier.json")
    table = item(result.meeting, "Table ronde : protéger les défenseurs")
    assert len(table.description) == MAX_DESCRIPTION_CHARS
    assert "description is cut" in messages(result)


# --------------------------------------------------------------------------- hostile files


def test_a_file_that_is_not_json_is_refused() -> None:
    assert "not valid JSON at line 1" in refused(b"<html>Indico</html>", "tt.json")
    assert "not UTF-8" in refused(b"\xff\xfe\x00{", "tt.json")
    assert "empty" in refused(b"  \n", "tt.json")


def test_json_that_is_not_a_timetable_is_refused() -> None:
    assert "not an Indico timetable export" in refused(b"[1, 2, 3]")
    assert "not an Indico timetable export" in refused(b'{"meeting": {"title": "x"}}')
    assert "holds no event" in refused(b'{"results": [1, "two"]}')
    two_events = {"results": [{"id": "1"}, {"id": "2"}]}
    assert "holds 2 events; export one event at a time" in refused(dump(two_events))
    assert "holds no timetable" in refused(b'{"results": {"1234": {}}}')
    assert "holds no timetable" in refused(b'{"results": {}}')
    not_a_day = {"results": {"1": {"Monday": {"c1": {}}}}}
    assert "'Monday' is not a day (YYYYMMDD)" in refused(dump(not_a_day))
    two = {"results": {"1": {"20260101": {}}, "2": {"20260102": {}}}}
    assert "2 events' timetables" in refused(dump(two))
    one_published = {"results": {"1": {}, "2": days_of(load(ATELIER))}}
    assert len(read_indico_timetable(dump(one_published), "x.json").meeting.agenda) == 6


def test_deeply_nested_json_is_refused_before_it_is_parsed() -> None:
    deep = b'{"results": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert f"nested more than {MAX_JSON_DEPTH} levels" in refused(deep)
    # brackets inside strings are text, not nesting
    document = load(ATELIER)
    days_of(document)["20260312"]["s701"]["title"] = "[[[[" * 40 + "{{{{" * 40
    assert read_indico_timetable(dump(document), "atelier.json").meeting.agenda


def test_a_string_left_open_is_refused_at_once() -> None:
    # a quote that is never closed once made the nesting scan backtrack without end
    assert "not valid JSON" in refused(b'{"results": "' + b"a" * 5_000_000)


def test_a_huge_file_is_refused() -> None:
    assert "larger than 20 MB" in refused(b" " * (MAX_INDICO_BYTES + 1))


def test_too_many_entries_are_refused() -> None:
    document = load(ATELIER)
    day = days_of(document)["20260312"]
    entry = day["b502"]
    for n in range(MAX_AGENDA_ITEMS + 1):
        day[f"b{9000 + n}"] = entry
    assert f"at most {MAX_AGENDA_ITEMS:,} agenda items" in refused(dump(document))
    nested = load(ATELIER)
    block = days_of(nested)["20260312"]["s701"]
    block["entries"] = {f"c{n}": {"entryType": "Break"} for n in range(25_000)}
    assert "more than 20,000 entries" in refused(dump(nested))


def test_a_file_on_disk_is_read_within_its_limit(tmp_path: Path) -> None:
    assert read_indico_file(ATELIER).meeting.agenda
    with pytest.raises(ConceptNoteError, match=r"^missing\.json: ") as caught:
        read_indico_file(tmp_path / "missing.json")
    assert "\n" not in str(caught.value)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_INDICO_BYTES + 10))
    with pytest.raises(ConceptNoteError, match=r"^big\.json: the file is larger"):
        read_indico_file(big)


# --------------------------------------------------------------------------- command line


def test_import_agenda_reads_a_json_file_as_an_indico_timetable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main
    from briefing.store import load_meeting

    target = tmp_path / "forum.meeting"
    assert main(["import-agenda", str(FORUM), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert "8 agenda items, 10 people" in out
    assert "briefing: info: forum-two-days.json: times are given in the time zone" in err
    assert [i.room for i in load_meeting(target).agenda][1:3] == ["Room XX", "Room XXIII"]
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    assert main(["import-agenda", str(bad), "--into", str(target)]) == 1
    _, err = capsys.readouterr()
    assert err == "briefing: bad.json: this is not an Indico timetable export (no 'results')\n"
