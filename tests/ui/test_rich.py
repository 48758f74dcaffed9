"""The rich-text panes show every user text literally, whatever markup it looks like."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QTextDocument

from briefing.model import Meeting, default_pack
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
            ["10:15–11:00  Pillar <I> & III gaps", TRICKY, "Concept note"],
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
