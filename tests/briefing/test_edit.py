"""Edits of a meeting: pure functions that return a new meeting and keep references whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.edit import (
    following_items,
    insert_entry,
    move_entry,
    moved,
    position,
    remove_entry,
    replace_entry,
    shift_following,
    toggle_id,
    with_fields,
    with_packs_defined,
)
from briefing.errors import ValidationError
from briefing.model import (
    AgendaItem,
    ItemKind,
    Meeting,
    Note,
    PackDefinition,
    PackOptions,
    Participant,
    Person,
    Role,
    RoleKind,
)


def _meeting() -> Meeting:
    people = (Person("a", "Ana"), Person("b", "Ben"), Person("c", "Chen"))
    agenda = tuple(
        AgendaItem(
            f"i{n}",
            f"Item {n}",
            dt.time(9 + n, 0),
            dt.time(9 + n, 45),
            participants=(Participant("a", Role(RoleKind.MODERATOR)),) if n == 1 else (),
        )
        for n in range(1, 4)
    )
    notes = (Note("n1", "Concept", "Text", session_ids=("i1", "i2")),)
    return Meeting(title="M", people=people, agenda=agenda, notes=notes)


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [(0, 2, "bca"), (2, 0, "cab"), (1, 1, "abc"), (0, 99, "bca"), (2, -5, "cab")],
)
def test_moved(source: int, target: int, expected: str) -> None:
    assert "".join(moved("abc", source, target)) == expected


def test_moved_refuses_a_missing_source() -> None:
    with pytest.raises(IndexError):
        moved("abc", 3, 0)


def test_move_entry_keeps_the_argument_unchanged() -> None:
    before = _meeting()
    after = move_entry(before, "agenda", "i3", 0)
    assert [i.id for i in after.agenda] == ["i3", "i1", "i2"]
    assert [i.id for i in before.agenda] == ["i1", "i2", "i3"]
    assert after.people is before.people  # untouched parts are shared, not copied


def test_insert_replace_and_position() -> None:
    meeting = insert_entry(_meeting(), "people", Person("d", "Dee"), 1)
    assert [p.id for p in meeting.people] == ["a", "d", "b", "c"]
    assert position(meeting, "people", "d") == 1
    renamed = replace_entry(meeting, "people", Person("d", "Dee Dee"))
    assert renamed.people[1].name == "Dee Dee"
    appended = insert_entry(renamed, "people", Person("e", "Eve"))
    assert appended.people[-1].id == "e"


def test_an_id_used_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="used twice"):
        insert_entry(_meeting(), "people", Person("a", "Another Ana"))


def test_unknown_ids_and_parts_are_refused() -> None:
    with pytest.raises(KeyError):
        replace_entry(_meeting(), "people", Person("zz", "Nobody"))
    with pytest.raises(KeyError):
        remove_entry(_meeting(), "notes", "zz")
    with pytest.raises(ValueError, match="not a part"):
        position(_meeting(), "contacts", "x")  # type: ignore[arg-type]


def test_removing_cascades_to_references() -> None:
    meeting = with_packs_defined(_meeting())
    without_ana = remove_entry(meeting, "people", "a")
    assert without_ana.agenda[0].participants == ()
    assert "a" not in without_ana.packs[0].bio_ids
    without_item = remove_entry(meeting, "agenda", "i1")
    assert without_item.notes[0].session_ids == ("i2",)
    assert "i1" not in without_item.packs[0].item_ids
    without_note = remove_entry(meeting, "notes", "n1")
    assert without_note.packs[0].note_ids == ()
    assert remove_entry(meeting, "packs", "default").packs == ()


def test_with_packs_defined_writes_out_the_default_pack_once() -> None:
    meeting = with_packs_defined(_meeting())
    assert [p.name for p in meeting.packs] == ["Full pack"]
    assert meeting.packs[0].item_ids == ("i1", "i2", "i3")
    assert with_packs_defined(meeting) is meeting


def test_with_fields_checks_the_models_rules() -> None:
    assert with_fields(_meeting(), venue="Palais").venue == "Palais"
    with pytest.raises(ValidationError, match="title"):
        with_fields(_meeting(), title="  ")


@pytest.mark.parametrize(
    ("ids", "ident", "included", "expected"),
    [
        (("i1", "i3"), "i2", True, ("i1", "i2", "i3")),
        (("i3",), "i1", True, ("i1", "i3")),
        (("i1",), "i3", True, ("i1", "i3")),
        (("i1", "i2"), "i2", False, ("i1",)),
        (("i3", "i1"), "i2", True, ("i3", "i1", "i2")),  # a chosen order is kept
        (("i1",), "i1", True, ("i1",)),
    ],
)
def test_toggle_id_puts_an_entry_back_in_order(
    ids: tuple[str, ...], ident: str, included: bool, expected: tuple[str, ...]
) -> None:
    assert toggle_id(ids, ident, included, ("i1", "i2", "i3")) == expected


def test_pack_formats_are_checked_and_kept_in_a_fixed_order() -> None:
    assert PackOptions().formats == ("pdf", "docx")
    assert PackOptions(formats=("docx", "pdf")).formats == ("pdf", "docx")
    with pytest.raises(ValidationError, match="at least one format"):
        PackOptions(formats=())
    with pytest.raises(ValidationError, match="odt"):
        PackOptions(formats=("odt",))
    pack = PackDefinition("k", "K", options=PackOptions(formats=("docx",)))
    assert dataclasses.replace(pack, name="L").options.formats == ("docx",)


def test_a_full_pack_stays_full_when_entries_are_added() -> None:
    from briefing.edit import keep_full_packs_full

    before = with_packs_defined(_meeting())
    chosen = dataclasses.replace(
        before.packs[0], id="chosen", name="Chosen", item_ids=("i1",), note_ids=()
    )
    before = dataclasses.replace(before, packs=(*before.packs, chosen))
    new_item = AgendaItem("i0", "Early", dt.time(8, 0), dt.time(8, 30))
    added = insert_entry(insert_entry(before, "agenda", new_item, 0), "people", Person("d", "Dee"))
    added = insert_entry(added, "notes", Note("n2", "Annex"))
    after = keep_full_packs_full(before, added)
    full, kept = after.packs
    assert full.item_ids == ("i0", "i1", "i2", "i3")  # in its place in the agenda
    assert full.bio_ids[-1] == "d" and full.note_ids == ("n1", "n2")
    assert kept.item_ids == ("i1",)  # chosen by hand: left alone
    assert kept.note_ids == ()  # held no notes: not a sign of "every note"
    assert kept.bio_ids[-1] == "d"  # but it held every bio, so it keeps doing so
    assert keep_full_packs_full(after, after) is after


# --------------------------------------------------------------------------- re-timing


def _at(hour: int, minute: int = 0) -> dt.time:
    return dt.time(hour, minute)


def _two_days() -> Meeting:
    """Day one: two rooms in parallel at 10:00, a break, a session; day two: one session."""
    day_one, day_two = dt.date(2017, 11, 30), dt.date(2017, 12, 1)
    agenda = (
        AgendaItem("open", "Opening", _at(9), _at(9, 30)),
        AgendaItem("a", "Room A", _at(10), _at(11, 30), room="Room XXII"),
        AgendaItem("b", "Room B", _at(10), _at(11), room="Room XXIII"),
        AgendaItem("brk", "Coffee break", _at(11, 30), _at(11, 45), kind=ItemKind.BREAK),
        AgendaItem("wrap", "Wrap-up", _at(11, 45), _at(13)),
        AgendaItem("next", "Day two", _at(9), _at(10), date=day_two),
    )
    return Meeting(title="M", first_date=day_one, last_date=day_two, agenda=agenda)


def _slots(meeting: Meeting) -> dict[str, str]:
    return {i.id: f"{i.start:%H:%M}-{i.end:%H:%M}" for i in meeting.agenda}


def test_shift_moves_the_item_and_the_rest_of_its_day_keeping_lengths() -> None:
    before = _two_days()
    after, moves = shift_following(before, "a", 5)
    assert _slots(after) == {
        "open": "09:00-09:30",  # earlier the same day: stays
        "a": "10:05-11:35",
        "b": "10:05-11:05",  # the same slot in the other room moves with it
        "brk": "11:35-11:50",
        "wrap": "11:50-13:05",
        "next": "09:00-10:00",  # another day: stays
    }
    assert [m.item_id for m in moves] == ["a", "b", "brk", "wrap"]
    assert (moves[0].start, moves[0].end, moves[0].new_start, moves[0].new_end) == (
        _at(10),
        _at(11, 30),
        _at(10, 5),
        _at(11, 35),
    )
    assert moves[0].title == "Room A"
    assert [i.room for i in after.agenda] == [i.room for i in before.agenda]
    assert _slots(before)["a"] == "10:00-11:30"  # the argument is unchanged


def test_shift_without_the_item_moves_only_what_starts_later() -> None:
    after, moves = shift_following(_two_days(), "a", -10, include_item=False)
    assert [m.item_id for m in moves] == ["brk", "wrap"]
    assert _slots(after)["a"] == "10:00-11:30"
    assert _slots(after)["b"] == "10:00-11:00"  # parallel, not later: stays
    assert _slots(after)["brk"] == "11:20-11:35"
    assert following_items(_two_days(), "a", include_item=False) == ["brk", "wrap"]


def test_shift_on_the_second_day_leaves_the_first_alone() -> None:
    after, moves = shift_following(_two_days(), "next", 30)
    assert [m.item_id for m in moves] == ["next"]
    assert _slots(after)["next"] == "09:30-10:30"
    assert _slots(after)["open"] == "09:00-09:30"


def test_shift_by_nothing_changes_nothing() -> None:
    before = _two_days()
    assert shift_following(before, "a", 0) == (before, [])


@pytest.mark.parametrize(("item_id", "minutes"), [("wrap", 11 * 60), ("open", -9 * 60 - 1)])
def test_shift_refuses_to_cross_midnight(item_id: str, minutes: int) -> None:
    with pytest.raises(ValidationError, match="would cross midnight") as caught:
        shift_following(_two_days(), item_id, minutes)
    assert caught.value.field == "start"
    assert "Wrap-up" in caught.value.problem or "Opening" in caught.value.problem


def test_shift_may_end_a_minute_before_midnight() -> None:
    after, _moves = shift_following(_two_days(), "wrap", 10 * 60 + 59)
    assert _slots(after)["wrap"] == "22:44-23:59"


def test_shift_of_an_unknown_item_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        shift_following(_two_days(), "nope", 5)
