"""The meetings the language tests build are what they claim to be."""

from __future__ import annotations

import re
import unicodedata

import pytest

from briefing.model import RoleKind
from briefing.scripts import has_cjk, has_rtl
from tests.languages.conftest import NAMES
from tests.languages.meetings import NBHY, NBSP, NNBSP, TEXTS, make_meeting

SCRIPT = {"ar": "ARABIC", "zh": "CJK", "ru": "CYRILLIC", "fr": "LATIN", "es": "LATIN"}


def _letters(text: str) -> set[str]:
    """The scripts of the letters of ``text``, by the first word of their Unicode names."""
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


@pytest.mark.parametrize("name", [n for n in NAMES if n != "en"])
def test_each_meeting_is_written_wholly_in_its_language(name: str) -> None:
    text = TEXTS[name]
    fields = [text.title, text.organiser, text.venue, text.background, text.note_title]
    fields += [*text.items, *(p for person in text.people for p in person[:3])]
    fields += [*(re.sub(r"\(UNGPs 2011\)|A/HRC/47/39|XXII|\bI+\b", "", f) for f in fields)]
    for field in fields[len(fields) // 2 :]:
        assert _letters(field) <= {SCRIPT[name]}, field


def test_french_text_has_the_spaces_and_hyphens_that_must_not_break() -> None:
    text = TEXTS["fr"].background
    for mark in "?;:!»":
        assert f"{NNBSP}{mark}" in text
    assert f"«{NNBSP}" in text and NBSP in text and NBHY in text
    assert f" {NNBSP}" not in text and " ?" not in text


def test_arabic_text_holds_latin_words_and_numbers() -> None:
    text = TEXTS["ar"].background
    assert "(UNGPs 2011)" in text and "A/HRC/47/39" in text and has_rtl(text)


def test_chinese_text_is_dense_with_punctuation() -> None:
    text = TEXTS["zh"].background
    for mark in "、。，）」：；！？（「":
        assert mark in text, mark


def test_the_english_meeting_names_people_in_other_scripts() -> None:
    people = make_meeting("en").people
    scripts = {script for p in people for script in _letters(p.name)}
    assert {"ARABIC", "CJK", "CYRILLIC", "LATIN"} <= scripts
    assert any(has_rtl(p.bio) for p in people) and any(has_cjk(p.name) for p in people)


@pytest.mark.parametrize("name", NAMES)
def test_every_meeting_has_the_samples_shape(name: str) -> None:
    meeting = make_meeting(name)
    assert meeting.language == name
    assert len(meeting.agenda) == 5 and len(meeting.people) == 6 and len(meeting.notes) == 1
    assert (
        len(meeting.background) > (200 if name == "zh" else 400)
        and len({i.date for i in meeting.agenda}) == 2
    )
    if name in ("fr", "es", "en"):  # roles the model already knows in these languages
        assert meeting.item("panel-1").people_in(RoleKind.MODERATOR)
