"""The domain model's rules: validation at the border, roles, default pack, cascades."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.errors import ValidationError
from briefing.model import (
    AgendaItem,
    Attachment,
    Contact,
    Meeting,
    Note,
    Participant,
    Person,
    Role,
    RoleKind,
    default_pack,
)
from briefing.validation import check_email, parse_date, parse_time


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kick-off remarks", RoleKind.KICK_OFF),
        ("kick-off remarks:", RoleKind.KICK_OFF),
        ("Moderator", RoleKind.MODERATOR),
        ("Modératrice", RoleKind.MODERATOR),
        ("Moderadora", RoleKind.MODERATOR),
        ("Président", RoleKind.CHAIR),
        ("Palabras de apertura", RoleKind.OPENING),
        ("panelist", RoleKind.PANELLIST),
        ("Rapporteur", RoleKind.RAPPORTEUR),
        ("Closing remarks", RoleKind.CLOSING),
        ("discussant", RoleKind.DISCUSSANT),
        ("welcome", RoleKind.WELCOME),
    ],
)
def test_known_roles_are_recognised_in_any_usual_wording(text: str, kind: RoleKind) -> None:
    assert Role.parse(text).kind is kind


def test_unknown_role_becomes_free_text_not_an_error() -> None:
    role = Role.parse("  Guest of   honour ")
    assert role.kind is RoleKind.OTHER
    assert role.label == "Guest of honour"


def test_free_text_that_names_a_known_role_is_that_role() -> None:
    assert Role(RoleKind.OTHER, "Moderator") == Role(RoleKind.MODERATOR)


@pytest.mark.parametrize("text", ["9:30", "09:30", "23:59", "00:00"])
def test_times_are_hh_mm(text: str) -> None:
    assert parse_time(text).strftime("%H:%M") == text.zfill(5)


@pytest.mark.parametrize("text", ["24:00", "9.30", "09:60", "0930", "", "half past nine"])
def test_bad_times_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^start: .* HH:MM"):
        parse_time(text, "start")


def test_bad_date_is_refused() -> None:
    with pytest.raises(ValidationError, match="first_date"):
        parse_date("2017-02-30", "first_date")


def test_item_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"^end: the item ends at 10:00, which is not after"):
        AgendaItem("x", "Item", dt.time(10, 0), dt.time(10, 0))


@pytest.mark.parametrize("email", ["a@b.org", "first.last+tag@un.example.int", ""])
def test_good_emails_pass(email: str) -> None:
    assert check_email(email) == email


@pytest.mark.parametrize("email", ["a@b", "a b@c.org", "@c.org", "a@@c.org", "a@c..org"])
def test_bad_emails_are_refused(email: str) -> None:
    with pytest.raises(ValidationError, match="not a valid email"):
        Person("p", "Name", email=email)


def test_control_characters_are_cleaned_and_markup_kept_literally() -> None:
    person = Person("p", "Smith\x0b & <Co>\x00", bio='"R&D" <b>not bold</b>')
    assert person.name == "Smith & <Co>"
    assert person.bio == '"R&D" <b>not bold</b>'


def test_photo_must_be_an_image() -> None:
    with pytest.raises(ValidationError, match="photo: 'cv.pdf' is not a PNG, JPEG or GIF"):
        Person("p", "Name", photo=Attachment("cv.pdf", b"%PDF-1.7"))


def test_note_file_must_be_a_readable_kind() -> None:
    with pytest.raises(ValidationError, match=r"'budget.xlsx' is not a note file"):
        Note("n", "Budget", attachment=Attachment("budget.xlsx", b"PK"))


def test_contact_needs_a_name_or_an_email() -> None:
    with pytest.raises(ValidationError):
        Contact("", "role only")


def test_references_must_point_at_existing_entries(meeting: Meeting) -> None:
    item = dataclasses.replace(
        meeting.agenda[0], participants=(Participant("nobody", Role(RoleKind.MODERATOR)),)
    )
    with pytest.raises(
        ValidationError, match=r"agenda\[0\]\.participants\[0\]: refers to 'nobody'"
    ):
        dataclasses.replace(meeting, agenda=(item, *meeting.agenda[1:]))


def test_duplicate_ids_are_refused(meeting: Meeting) -> None:
    with pytest.raises(ValidationError, match="used twice"):
        dataclasses.replace(meeting, people=(*meeting.people, meeting.people[0]))


def test_default_pack_has_everything_but_internal_notes_in_agenda_order(meeting: Meeting) -> None:
    bare = dataclasses.replace(meeting, packs=())
    (pack,) = bare.pack_definitions()
    assert pack == default_pack(bare)
    assert pack.item_ids == ("i1", "i2", "i3")
    assert pack.bio_ids == ("p-ar", "p-co", "p-zh", "p-ar2")  # order of first appearance
    assert pack.note_ids == ("n1", "n2", "n4")  # n3 is internal


def test_defined_packs_replace_the_default(meeting: Meeting) -> None:
    assert [p.name for p in meeting.pack_definitions()] == ["Full pack", "Moderator briefs"]


def test_removing_a_person_removes_every_reference(meeting: Meeting) -> None:
    after = meeting.without_person("p-ar")
    assert all(p.id != "p-ar" for p in after.people)
    assert all(pt.person_id != "p-ar" for i in after.agenda for pt in i.participants)
    assert after.agenda[0].running_order[0].person_id is None
    assert "p-ar" not in after.packs[0].bio_ids


def test_removing_an_item_or_note_removes_every_reference(meeting: Meeting) -> None:
    after = meeting.without_item("i1").without_note("n2")
    assert [i.id for i in after.agenda] == ["i2", "i3"]
    assert after.notes[0].session_ids == ()
    assert after.packs[0].item_ids == ("i2", "i3")
    assert after.packs[0].note_ids == ("n1",)


def test_item_date_defaults_to_the_first_day(meeting: Meeting) -> None:
    assert meeting.item_date(meeting.agenda[2]) == dt.date(2024, 10, 1)
    assert meeting.item_date(meeting.agenda[1]) == dt.date(2024, 10, 2)
