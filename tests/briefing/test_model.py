"""The domain model's rules: validation at the border, roles, default pack, cascades."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.errors import JsonFormatError, MeetingFileError, ValidationError
from briefing.jsonio import meeting_to_dict, read_meeting_json
from briefing.model import (
    AgendaItem,
    Attachment,
    Contact,
    Meeting,
    Note,
    PackDefinition,
    Participant,
    Person,
    Role,
    RoleKind,
    default_pack,
)
from briefing.store import load_meeting, save_meeting
from briefing.validation import (
    MAX_AGENDA_ITEMS,
    MAX_BIO_CHARS,
    MAX_DESCRIPTION_CHARS,
    MAX_LINE_CHARS,
    MAX_NAME_CHARS,
    MAX_NOTES,
    MAX_PEOPLE,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    check_email,
    parse_date,
    parse_time,
)


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


# --------------------------------------------------------------------------- limits


def _item(n: int, **fields: object) -> AgendaItem:
    values: dict[str, object] = {"title": f"Item {n}", **fields}
    start = dt.time(n // 60 % 24, n % 60)
    return AgendaItem(f"i{n}", start=start, end=dt.time(23, 59), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "field", "limit"),
    [
        (lambda text: Meeting(title=text), "title", MAX_TITLE_CHARS),
        (lambda text: _item(1, title=text), "title", MAX_TITLE_CHARS),
        (lambda text: Note("n1", text), "title", MAX_TITLE_CHARS),
        (lambda text: PackDefinition("k1", text), "name", MAX_TITLE_CHARS),
        (lambda text: Person("p1", text), "name", MAX_NAME_CHARS),
        (lambda text: Person("p1", "Ana", position=text), "position", MAX_NAME_CHARS),
        (lambda text: Person("p1", "Ana", organisation=text), "organisation", MAX_NAME_CHARS),
        (lambda text: Person("p1", "Ana", bio=text), "bio", MAX_BIO_CHARS),
        (lambda text: _item(1, description=text), "description", MAX_DESCRIPTION_CHARS),
        (lambda text: Note("n1", "Note", body=text), "body", MAX_TEXT_CHARS),
        (lambda text: Meeting(title="M", background=text), "background", MAX_TEXT_CHARS),
        (lambda text: Contact(text), "name", MAX_LINE_CHARS),
    ],
)
def test_text_fields_have_a_length_limit(make, field: str, limit: int) -> None:  # type: ignore[no-untyped-def]
    make("x" * limit)  # the limit itself is fine
    with pytest.raises(ValidationError) as caught:
        make("x" * (limit + 1))
    assert caught.value.field == field
    assert f"{limit + 1:,} characters long; at most {limit:,} are allowed" in str(caught.value)


def test_a_ten_megabyte_bio_is_refused_at_once_naming_the_person() -> None:
    with pytest.raises(ValidationError) as caught:
        Person("p1", "Jane Doe", bio="word " * 2_000_000)
    assert str(caught.value) == (
        "bio: the bio of person 'Jane Doe' is 10,000,000 characters long; "
        "at most 50,000 are allowed"
    )


@pytest.mark.parametrize(
    ("field", "limit", "entries"),
    [
        ("agenda", MAX_AGENDA_ITEMS, lambda n: tuple(_item(i) for i in range(n))),
        ("people", MAX_PEOPLE, lambda n: tuple(Person(f"p{i}", f"P {i}") for i in range(n))),
        ("notes", MAX_NOTES, lambda n: tuple(Note(f"n{i}", f"N {i}") for i in range(n))),
    ],
)
def test_a_meeting_has_a_limit_on_each_list(field: str, limit: int, entries) -> None:  # type: ignore[no-untyped-def]
    many = entries(limit + 1)
    Meeting(title="M", **{field: many[:limit]})
    with pytest.raises(ValidationError) as caught:
        Meeting(title="M", **{field: many})
    assert caught.value.field == field
    assert f"{limit + 1:,}" in caught.value.problem


def test_limits_leave_room_for_the_largest_real_meetings() -> None:
    # A Human Rights Council session: some 300 agenda items and 1,000 people.
    assert MAX_AGENDA_ITEMS >= 300 and MAX_PEOPLE >= 1_000
    assert MAX_BIO_CHARS >= 20_000 and MAX_TITLE_CHARS >= 500


def test_an_over_limit_json_is_one_line_naming_the_field(tmp_path: Path) -> None:
    data = meeting_to_dict(Meeting(title="M", people=(Person("p1", "Jane Doe"),)))
    data["people"][0]["bio"] = "x" * 10_000_000
    path = tmp_path / "big.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(JsonFormatError) as caught:
        read_meeting_json(path)
    assert caught.value.field == "people[0].bio"
    assert "\n" not in str(caught.value) and "at most 50,000" in str(caught.value)


def test_an_over_limit_meeting_file_is_refused_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.meeting"
    save_meeting(Meeting(title="M", agenda=(_item(600),)), path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE agenda_item SET title = ?", ("T" * 10_000_000,))
    with pytest.raises(MeetingFileError) as caught:
        load_meeting(path)
    assert "title of agenda item 'TTT" in str(caught.value)
    assert "10,000,000 characters long; at most 500 are allowed" in str(caught.value)
    assert main(["show", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "big.meeting" in err and "at most 500" in err
