"""Plain-text summaries shown in the views (no Qt needed)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefing.model import Meeting, PackDefinition, PackKind, PackOptions, default_pack
from ui import text


def test_counts_use_singular_and_plural(meeting: Meeting) -> None:
    assert text.meeting_counts(meeting) == "2 agenda items · 3 people · 2 notes"
    one = dataclasses.replace(meeting, notes=meeting.notes[:1], people=meeting.people)
    assert text.meeting_counts(one).endswith("1 note")


def test_people_are_grouped_by_role_in_order(meeting: Meeting) -> None:
    item = meeting.agenda[1]
    assert text.people_text(meeting, item) == (
        'Kick-off remarks: Smith & <Co> "R&D"\nModerator: Sarah Brooks, Prof. Anita Ramasastry'
    )


def test_when_and_where(meeting: Meeting) -> None:
    assert text.meeting_when(meeting) == "Thursday 30 November 2017 · 10:00–13:00"
    assert text.meeting_where(meeting) == "Palais des Nations, Room XXII, Geneva, Switzerland"
    assert text.item_when(meeting, meeting.agenda[1]) == (
        "Thursday 30 November 2017 · 10:15–11:00 · 45 min"
    )


def test_item_time_has_the_day_only_when_the_agenda_spans_days(meeting: Meeting) -> None:
    assert text.item_time(meeting, meeting.agenda[0]) == "10:00–10:15"
    second_day = dataclasses.replace(meeting.agenda[1], date=dt.date(2017, 12, 1))
    multi = dataclasses.replace(meeting, agenda=(meeting.agenda[0], second_day))
    assert text.item_time(multi, multi.agenda[0]) == "Thu 30 Nov  10:00–10:15"
    assert text.item_time(multi, multi.agenda[1]) == "Fri 1 Dec  10:15–11:00"


def test_segments_and_notes(meeting: Meeting) -> None:
    welcome, scene = meeting.agenda[0].running_order
    assert (text.segment_speaker(meeting, welcome), text.segment_minutes(welcome)) == (
        "Prof. Anita Ramasastry",
        "5 min",
    )
    assert (text.segment_speaker(meeting, scene), text.segment_minutes(scene)) == (
        "A human rights defender (to be named)",
        "",
    )
    concept, paper = meeting.notes
    assert text.note_sessions(meeting, concept) == "Welcome and introduction; Pillar <I> & III gaps"
    assert (text.note_file_name(concept), text.note_file_name(paper)) == ("", "paper.pdf")


def test_pack_summaries(meeting: Meeting) -> None:
    assert text.pack_kind(default_pack(meeting)) == "Full"
    assert text.pack_options(default_pack(meeting)) == (
        "A4 · bios in order of appearance · internal notes left out"
    )
    marked = PackDefinition(
        "s",
        "Briefs",
        PackKind.PER_SESSION,
        options=PackOptions(distribution_mark="For participants only", version_line="Draft 3"),
    )
    assert text.pack_kind(marked) == "One per session"
    assert text.pack_options(marked).endswith("“For participants only” · Draft 3")
    listed = dataclasses.replace(
        marked, options=PackOptions(participants_list=True, participants_emails=False)
    )
    assert text.pack_options(listed).endswith(
        "internal notes left out · list of participants without emails"
    )


def test_dates_times_and_lengths_follow_the_window_s_language(meeting: Meeting) -> None:
    from ui.i18n import set_window_language

    second_day = dataclasses.replace(meeting.agenda[1], date=dt.date(2017, 12, 1))
    multi = dataclasses.replace(meeting, agenda=(meeting.agenda[0], second_day))
    set_window_language("fr")
    try:
        assert text.meeting_when(meeting) == "Jeudi 30 novembre 2017 · 10:00 – 13:00"
        assert text.item_when(meeting, meeting.agenda[1]).endswith("10:15 – 11:00 · 45 min")
        assert (
            text.item_time(multi, multi.agenda[1]) == "ven. 1 déc.  10:15\u00a0–\u2060\u00a011:00"
        )
        set_window_language("zh")
        assert text.meeting_when(meeting).startswith("2017年11月30日")
    finally:
        set_window_language("en")


def test_a_sentence_starts_with_a_capital_unless_it_starts_with_an_address() -> None:
    assert text.sentence("the bio of Ana is missing") == "The bio of Ana is missing"
    assert text.sentence("wg@ohchr.org taken as the organiser's address") == (
        "wg@ohchr.org taken as the organiser's address"
    )
    assert text.sentence("notes.docx cannot be read") == "notes.docx cannot be read"
    assert text.sentence("skipped: no name") == "Skipped: no name"
    assert text.sentence("") == ""
