"""The built-in sample meeting holds every fact of the concept note it is built from."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from briefing.model import Meeting, RoleKind
from briefing.sample import RESOURCES, sample_meeting

CONCEPT_NOTE = RESOURCES / "sample" / "concept-note.txt"


@pytest.fixture(scope="module")
def sample() -> Meeting:
    return sample_meeting()


def test_meeting_facts(sample: Meeting) -> None:
    assert sample.title == "Scaling Up Initiatives to Protect Human Rights Defenders"
    assert sample.meeting_type == "Multistakeholder consultation"
    assert sample.organiser == "UN Working Group on Business and Human Rights"
    assert sample.first_date == sample.last_date == dt.date(2017, 11, 30)
    assert (sample.start, sample.end) == (dt.time(10, 0), dt.time(13, 0))
    assert (sample.venue, sample.room, sample.city, sample.country) == (
        "Palais des Nations",
        "Room XXII",
        "Geneva",
        "Switzerland",
    )


def test_agenda_times_match_the_concept_note(sample: Meeting) -> None:
    note = CONCEPT_NOTE.read_text(encoding="utf-8")
    in_note = re.findall(r"^(\d\d:\d\d)-(\d\d:\d\d)\t", note, flags=re.M)
    in_sample = [(f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in sample.agenda]
    assert (
        in_sample
        == in_note
        == [
            ("10:00", "10:15"),
            ("10:15", "11:00"),
            ("11:00", "11:45"),
            ("12:15", "12:55"),
            ("12:55", "13:00"),
        ]
    )
    for item in sample.agenda:
        assert item.title in note


def test_the_real_gap_is_kept(sample: Meeting) -> None:
    assert sample.agenda[2].end == dt.time(11, 45) and sample.agenda[3].start == dt.time(12, 15)


EXPECTED_PEOPLE = [  # (item, role, name, affiliation as the note writes it)
    (0, RoleKind.WELCOME, "Anita Ramasastry", "UNWG"),
    (1, RoleKind.KICK_OFF, "Michel Forst", "UN Special Rapporteur on HRDs"),
    (1, RoleKind.MODERATOR, "Sarah Brooks", "International Service for Human Rights"),
    (
        2,
        RoleKind.KICK_OFF,
        "Bennett Freeman",
        "Senior Advisor, Corporate Human Rights Benchmark and Know the Chain",
    ),
    (2, RoleKind.MODERATOR, "Mauricio Lazala", "Business & Human Rights Resource Centre"),
    (3, RoleKind.KICK_OFF, "Annabel Lee Hogg", "B Team"),
    (3, RoleKind.MODERATOR, "Amol Mehra", "International Corporate Accountability Roundtable"),
    (4, RoleKind.CLOSING, "Anita Ramasastry", "UNWG"),
]


def test_every_appearance_with_role_and_affiliation(sample: Meeting) -> None:
    note = CONCEPT_NOTE.read_text(encoding="utf-8")
    found = [
        (
            index,
            p.role.kind,
            sample.person(p.person_id).name,
            sample.person(p.person_id).affiliation,
        )
        for index, item in enumerate(sample.agenda)
        for p in item.participants
    ]
    assert found == EXPECTED_PEOPLE
    assert len(sample.people) == 7
    for _, _, name, affiliation in EXPECTED_PEOPLE:
        assert f"{name}, {affiliation}" in note


def test_scene_setting_is_a_segment_by_a_defender_to_be_named(sample: Meeting) -> None:
    (welcome, scene) = sample.agenda[0].running_order
    assert welcome.person_id == "anita-ramasastry"
    assert scene.label == "Brief scene-setting" and scene.person_id is None
    assert "human rights defender" in scene.speaker.lower()
    assert all(p.name != "HRD" for p in sample.people)


def test_bios_are_marked_placeholders(sample: Meeting) -> None:
    assert all(p.has_placeholder_bio and p.name in p.bio for p in sample.people)


def test_contacts_linked_events_and_logistics(sample: Meeting) -> None:
    assert [(c.email, c.cc) for c in sample.contacts] == [
        ("wg-business@ohchr.org", False),
        ("forumbhr@ohchr.org", True),
    ]
    forum, ngo_session = sample.linked_events
    assert forum.title == "2017 UN Forum on Business and Human Rights"
    assert (forum.first_date, forum.last_date) == (dt.date(2017, 11, 27), dt.date(2017, 11, 29))
    assert ngo_session.first_date == dt.date(2017, 11, 28) and "NGOs" in ngo_session.title
    assert "badge is valid for 30 November" in sample.logistics
    assert "09:45 to 10:00" in sample.logistics
    assert "DLA Piper" in sample.acknowledgements and "(ICAR)" in sample.acknowledgements
    assert any(
        "civic space – the business and human rights dimension" in r.title
        for r in sample.references
    )
    assert "quick response group for apparel industry emergencies" in sample.background
    assert "launch in 2018" in sample.aims


def test_sample_has_the_default_full_pack(sample: Meeting) -> None:
    (pack,) = sample.pack_definitions()
    assert len(pack.item_ids) == 5 and len(pack.bio_ids) == 7
