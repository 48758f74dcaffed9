"""Edits of a meeting: pure functions that return a new meeting and keep references whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefing.edit import (
    insert_entry,
    move_entry,
    moved,
    position,
    remove_entry,
    replace_entry,
    toggle_id,
    with_fields,
    with_packs_defined,
)
from briefing.errors import ValidationError
from briefing.model import (
    AgendaItem,
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
