"""The rich-text panes show every user text literally, whatever markup it looks like."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtGui import QTextDocument

from briefing.model import (
    AgendaItem,
    ItemKind,
    Meeting,
    ParticipantCategory,
    default_pack,
)
from ui import rich

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]

TRICKY = 'Smith & <Co> "R&D"'  # a name in the meeting of conftest.py


def plain(markup: str) -> str:
    """What a reader sees of the rich text."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def test_esc_escapes_markup_and_quotes() -> None:
    assert rich.esc(TRICKY) == "Smith &amp; &lt;Co&gt; &quot;R&amp;D&quot;"


def test_overview_shows_every_part_literally(meeting: Meeting) -> None:
    shown = plain(rich.overview_html(meeting))
    for expected in (
        "Consultation on <HRDs> & business",
        f"Organiser\n{TRICKY}",
        "Thursday 30 November 2017 · 10:00–13:00",
        "Palais des Nations, Room XXII, Geneva, Switzerland",
        "First paragraph.\na point & <another>",  # the paragraph, then the bullet
        "2017 UN Forum (27–29 November 2017)",
        "https://example.org/ungps",
        "Coffee from 09:45.",
        "Thanks to DLA Piper.",
        f"{TRICKY} · Queries · wg-business@ohchr.org",
        "forumbhr@ohchr.org · In copy (cc)",
    ):
        assert expected in shown
    assert "<Co>" not in rich.overview_html(meeting)
    assert "<li>" in rich.overview_html(meeting)  # "- a point" is a bullet, as in the packs


def test_empty_sections_are_left_out() -> None:
    shown = plain(rich.overview_html(Meeting(title="Bare")))
    assert shown.strip() == "Bare"


@pytest.mark.parametrize(
    ("describe", "expected"),
    [
        (
            lambda m: rich.person_html(m, m.people[1]),
            ["Bio <b>not bold</b>.", "Kick-off remarks — Pillar <I> & III gaps (10:15–11:00)"],
        ),
        (
            lambda m: rich.item_html(m, m.agenda[1]),
            [
                "Pillar <I> & III gaps",
                f"Kick-off remarks\n{TRICKY} · Adviser, Кузнецов & Partners",
                "Guiding questions:\nWhat works?",
                "Concept note",
            ],
        ),
        (
            lambda m: rich.item_html(m, m.agenda[0]),
            ["Running order", "5 min\nWelcome\nProf. Anita Ramasastry"],
        ),
        (
            lambda m: rich.note_html(m, m.notes[0]),
            ["Plain <text> body.", "Welcome and introduction; Pillar <I> & III gaps"],
        ),
        (lambda m: rich.note_html(m, m.notes[1]), ["paper.pdf", "Internal"]),
        (
            lambda m: rich.pack_html(m, default_pack(m)),
            ["10:15–11:00  S2 · Pillar <I> & III gaps", TRICKY, "Concept note"],
        ),
    ],
)
def test_detail_panes_show_user_text_literally(
    meeting: Meeting, describe: Callable[[Meeting], str], expected: list[str]
) -> None:
    shown = plain(describe(meeting))
    for part in expected:
        assert part in shown


def test_a_person_without_bio_says_so(meeting: Meeting) -> None:
    assert "No bio yet." in plain(rich.person_html(meeting, meeting.people[2]))


def _with_break(meeting: Meeting) -> Meeting:
    first, second = meeting.agenda
    pause = AgendaItem(
        "brk",
        "Coffee <break>",
        dt.time(10, 15),
        dt.time(10, 30),
        kind=ItemKind.BREAK,
        room="Serpent <bar>",
    )
    second = dataclasses.replace(second, room="Room & XX", link="https://webtv.un.org/?a=1&b=2")
    return dataclasses.replace(meeting, agenda=(first, pause, second))


def test_item_summary_shows_kind_number_room_and_link(meeting: Meeting) -> None:
    changed = _with_break(meeting)
    session = plain(rich.item_html(changed, changed.agenda[2]))
    assert session.startswith("S2 · Pillar <I> & III gaps")
    for expected in ("Kind\nSession 2", "Room\nRoom & XX", "Link\nhttps://webtv.un.org/?a=1&b=2"):
        assert expected in session
    pause = plain(rich.item_html(changed, changed.agenda[1]))
    assert pause.startswith("Coffee <break>")  # no number
    assert "Kind\nBreak" in pause
    assert "Room\nSerpent <bar>" in pause
    assert "Nobody has a role" not in pause  # nobody is expected in a break
    assert "Link" not in pause
    empty = dataclasses.replace(changed.agenda[2], participants=())
    assert "Nobody has a role in this item yet." in plain(rich.item_html(changed, empty))


def test_pack_summary_numbers_sessions_not_entries(meeting: Meeting) -> None:
    changed = _with_break(meeting)
    shown = plain(rich.pack_html(changed, default_pack(changed)))
    assert "10:15–10:30  Coffee <break>" in shown
    assert "10:15–11:00  S2 · Pillar <I> & III gaps" in shown
    agenda = rich.pack_html(changed, default_pack(changed)).split("<h3>Bios")[0]
    assert "<ol>" not in agenda  # no number by place in the pack: a break would take one


def test_person_summary_shows_category_and_country(meeting: Meeting) -> None:
    person = dataclasses.replace(meeting.people[1], category=ParticipantCategory.NGO, country="CH")
    shown = plain(rich.person_html(meeting, person))
    assert "Category\nNon-governmental organization" in shown
    assert "Country\nSwitzerland" in shown
    assert "Category" not in plain(rich.person_html(meeting, meeting.people[0]))


def test_a_role_typed_by_the_user_is_shown_as_typed_in_any_language(meeting: Meeting) -> None:
    """The window translates its own headings, never the user's words: a role typed as "Room"
    (also one of the window's headings, "Salle" in French) stays "Room"."""
    from briefing.model import Role, RoleKind
    from ui.i18n import use_language

    item = meeting.agenda[1]
    typed = dataclasses.replace(item.participants[0], role=Role(RoleKind.OTHER, "Room"))
    changed = dataclasses.replace(item, participants=(typed, *item.participants[1:]), room="")
    use_language("fr")
    shown = plain(rich.item_html(meeting, changed))
    assert "Room\n" in shown and "Salle" not in shown
