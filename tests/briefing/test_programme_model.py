"""Programme entries that are not sessions, rooms, links, participant categories and
countries: the model's rules, the checks that know them, and the files that keep them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from briefing import checks
from briefing.countries import country_name, find_country
from briefing.errors import ValidationError
from briefing.jsonio import meeting_to_dict, read_meeting_json, write_meeting_json
from briefing.model import (
    AgendaItem,
    ItemKind,
    LinkedEvent,
    Meeting,
    PackDefinition,
    PackOptions,
    ParticipantCategory,
    Person,
    item_kind_of,
)
from briefing.pack.assemble import assemble_full
from briefing.pack.document import ListBlock
from briefing.store import create_schema, load_meeting, save_meeting
from tests.briefing.test_checks import a_meeting, item, person, role, run

# =========================================================================== kinds of entry


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Coffee break", ItemKind.BREAK),
        ("Coffee Break (hosted by Norway)", ItemKind.BREAK),
        ("Pause-café", ItemKind.BREAK),
        ("Receso", ItemKind.BREAK),
        ("Перерыв на кофе", ItemKind.BREAK),
        ("استراحة", ItemKind.BREAK),
        ("茶歇", ItemKind.BREAK),
        ("Lunch", ItemKind.MEAL),
        ("Pause déjeuner", ItemKind.MEAL),
        ("Almuerzo", ItemKind.MEAL),
        ("午餐（由中国主办）", ItemKind.MEAL),
        ("Welcome reception", ItemKind.RECEPTION),
        ("Registration", ItemKind.REGISTRATION),
        ("Accueil et inscription des participants", ItemKind.REGISTRATION),
        ("Side event: voices from the regions", ItemKind.SIDE_EVENT),
        ("Breaking barriers to justice", ItemKind.SESSION),
        ("Reception of the report", ItemKind.SESSION),
        ("Lunch discussion on financing", ItemKind.SESSION),
        ("Session 1: Opening", ItemKind.SESSION),
    ],
)
def test_a_title_says_what_kind_of_entry_it_is(title: str, kind: ItemKind) -> None:
    assert item_kind_of(title) is kind


def test_sessions_are_numbered_among_themselves() -> None:
    t = dt.time.fromisoformat
    agenda = (
        AgendaItem("a", "Opening", t("09:00"), t("10:00")),
        AgendaItem("b", "Coffee break", t("10:00"), t("10:30"), kind=ItemKind.BREAK),
        AgendaItem("c", "Panel", t("10:30"), t("12:00")),
    )
    meeting = Meeting("m", agenda=agenda)
    assert [meeting.session_number(i) for i in agenda] == [1, None, 2]
    assert meeting.sessions == (agenda[0], agenda[2])


@pytest.mark.parametrize("link", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a"])
def test_a_link_must_be_a_web_address(link: str) -> None:
    with pytest.raises(ValidationError, match="not a web address"):
        AgendaItem("a", "A", dt.time(9), dt.time(10), link=link)


def test_a_country_is_a_two_letter_code() -> None:
    assert Person("p", "P", country="ch").country == "CH"
    with pytest.raises(ValidationError, match="country code"):
        Person("p", "P", country="Switzerland")
    assert find_country("Suisse") == "CH" and find_country("switzerland") == "CH"
    assert country_name("CH", "fr") == "Suisse"
    assert find_country("Atlantis") is None


# =========================================================================== checks


def test_a_break_fills_a_gap_and_needs_no_moderator_or_people() -> None:
    m = a_meeting(
        people=(person("p1"), person("p2")),
        agenda=(
            item("s1", "09:00", "10:30", role("p1", checks.RoleKind.MODERATOR)),
            item("b1", "10:30", "11:00", title="Coffee break", kind=ItemKind.BREAK),
            item("s2", "11:00", "12:00", role("p2", checks.RoleKind.MODERATOR)),
            item("r1", "18:00", "20:00", title="Reception", kind=ItemKind.RECEPTION),
        ),
    )
    findings = checks.check_meeting(m)
    rules = {f.rule for f in findings}
    assert "gap-in-programme" in rules  # 12:00–18:00 is still a gap
    gaps = [f for f in findings if f.rule == "gap-in-programme"]
    assert len(gaps) == 1 and "Reception" in gaps[0].message
    assert "moderator-missing" not in rules
    assert "outside-meeting-hours" not in rules  # a reception in the evening is fine


def test_sessions_in_different_rooms_may_overlap_but_not_in_one_room() -> None:
    people = (person("p1"), person("p2"))
    parallel = a_meeting(
        people=people,
        agenda=(
            item("a", "10:00", "11:30", role("p1"), room="Room XX"),
            item("b", "10:00", "11:30", role("p2"), room="Room XXI"),
        ),
    )
    assert not run(checks.overlapping_items, parallel)
    same = a_meeting(
        people=people,
        agenda=(
            item("a", "10:00", "11:30", role("p1"), room="Room XX"),
            item("b", "11:00", "12:00", role("p2"), room="Room XX"),
        ),
    )
    (finding,) = run(checks.overlapping_items, same)
    assert "Room XX" in finding.message
    in_the_meetings_room = a_meeting(
        room="Room XX",
        people=people,
        agenda=(
            item("a", "10:00", "11:30", role("p1")),
            item("b", "11:00", "12:00", role("p2"), room="Room XX"),
        ),
    )
    assert run(checks.overlapping_items, in_the_meetings_room)


def test_one_person_cannot_be_in_two_rooms_at_once() -> None:
    m = a_meeting(
        people=(person("p1"),),
        agenda=(
            item("a", "10:00", "11:30", role("p1"), room="Room XX"),
            item("b", "11:00", "12:00", role("p1"), room="Room XXI"),
        ),
    )
    (finding,) = run(checks.double_booked_person, m)
    assert "Room XX" in finding.message and "Room XXI" in finding.message


def test_a_side_events_speaker_needs_no_bio() -> None:
    m = a_meeting(
        people=(person("p1", bio=""), person("p2", bio="")),
        agenda=(
            item("s1", "10:00", "11:00", role("p1")),
            item("e1", "13:00", "14:00", role("p2"), kind=ItemKind.SIDE_EVENT),
        ),
    )
    pack = PackDefinition("k", "Pack", item_ids=("s1", "e1"), bio_ids=("p1",))
    missing = run(checks.bio_missing, m, pack)
    assert [f.target_id for f in missing] == ["p1"]  # p2 speaks only at the side event


# =========================================================================== files


def programme_meeting() -> Meeting:
    t = dt.time.fromisoformat
    agenda = (
        AgendaItem("a", "Panel", t("10:00"), t("11:00"), room="Salle XVII",
                   link="https://webtv.un.org/live"),
        AgendaItem("b", "Pause-café", t("11:00"), t("11:15"), kind=ItemKind.BREAK),
    )  # fmt: skip
    people = (
        Person("p", "Ana García", category=ParticipantCategory.MEMBER_STATE, country="ES"),
        Person("q", "Sam Doe"),
    )
    options = PackOptions(participants_list=True, participants_emails=False)
    forum = LinkedEvent("UN Forum on Business and Human Rights", url="https://www.ohchr.org/forum")
    return Meeting(
        "m",
        agenda=agenda,
        people=people,
        packs=(PackDefinition("k", "P", options=options),),
        linked_events=(forum,),
    )


def test_a_linked_events_page_is_a_link_on_its_title() -> None:
    meeting = programme_meeting()
    doc = assemble_full(meeting, meeting.packs[0], {}, dt.date(2026, 1, 1))
    (events,) = [b for b in doc.blocks if isinstance(b, ListBlock)][:1]
    title = events.items[0][0]
    assert (title.text, title.link) == (
        "UN Forum on Business and Human Rights",
        "https://www.ohchr.org/forum",
    )
    with pytest.raises(ValidationError, match="not a web address"):
        LinkedEvent("Forum", url="file:///etc/passwd")


def test_the_meeting_file_keeps_kinds_rooms_links_categories_and_countries(
    tmp_path: Path,
) -> None:
    meeting = programme_meeting()
    save_meeting(meeting, tmp_path / "m.meeting")
    assert load_meeting(tmp_path / "m.meeting") == meeting


def test_the_meeting_json_keeps_them_too(tmp_path: Path) -> None:
    meeting = programme_meeting()
    write_meeting_json(meeting, tmp_path / "m.json")
    assert read_meeting_json(tmp_path / "m.json") == meeting
    data = meeting_to_dict(meeting)
    assert data["agenda"][1]["kind"] == "break" and "kind" not in data["agenda"][0]
    assert data["people"][0]["category"] == "member-state"
    assert data["packs"][0]["participants_list"] is True


def test_a_json_with_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    data = meeting_to_dict(programme_meeting())
    data["agenda"][1]["kind"] = "siesta"
    (tmp_path / "m.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match="siesta"):
        read_meeting_json(tmp_path / "m.json")


def test_a_version_4_file_is_migrated_to_sessions_without_rooms(tmp_path: Path) -> None:
    path = tmp_path / "v4.meeting"
    conn = sqlite3.connect(path)
    create_schema(conn, version=4)
    with conn:
        conn.execute("INSERT INTO meeting (id, title) VALUES (1, 'Before rooms')")
        conn.execute(
            "INSERT INTO agenda_item (id, pos, title, start_time, end_time) "
            "VALUES ('i1', 0, 'Coffee break', '10:00', '10:30')"
        )
        conn.execute("INSERT INTO person (id, pos, name) VALUES ('p1', 0, 'Ana')")
    conn.close()
    meeting = load_meeting(path)
    (entry,) = meeting.agenda
    assert (entry.kind, entry.room, entry.link) == (ItemKind.SESSION, "", "")
    assert (meeting.people[0].category, meeting.people[0].country) == (None, "")
    save_meeting(meeting, path)  # a file is brought to the new version when it is saved
    conn = sqlite3.connect(path)
    assert "url" in {row[1] for row in conn.execute("PRAGMA table_info(linked_event)")}
    conn.close()
    assert not meeting.pack_definitions()[0].options.participants_list
