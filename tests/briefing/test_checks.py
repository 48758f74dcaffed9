"""The pre-build checks: each rule trips on a meeting made to trip it and stays quiet otherwise."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter
from reportlab.pdfgen.canvas import Canvas

from briefing import checks
from briefing.build import BuildRequest, build_packs
from briefing.checks import RULES, Finding, Severity, check_meeting, has_errors
from briefing.cli import main
from briefing.errors import BuildError
from briefing.jsonio import meeting_to_dict
from briefing.model import (
    AgendaItem,
    Attachment,
    Meeting,
    Note,
    PackDefinition,
    PackKind,
    Participant,
    Person,
    Role,
    RoleKind,
    Segment,
)
from briefing.render.fonts import font_coverage
from briefing.sample import sample_meeting
from briefing.store import save_meeting
from briefing.validation import MAX_NOTE_LINES
from tests.briefing.render.test_pdf_limits import image_bomb_pdf, nested_bomb_pdf, zeros_deflated

DAY = dt.date(2024, 10, 1)


# =========================================================================== builders


def t(text: str) -> dt.time:
    """``"10:15"`` as a time."""
    return dt.time.fromisoformat(text)


def role(person_id: str, kind: RoleKind = RoleKind.SPEAKER) -> Participant:
    return Participant(person_id, Role(kind))


def item(ident: str, start: str, end: str, *people: Participant, **kw: object) -> AgendaItem:
    kw.setdefault("title", f"Item {ident}")
    return AgendaItem(ident, start=t(start), end=t(end), participants=people, **kw)  # type: ignore[arg-type]


def person(ident: str, name: str = "", **kw: object) -> Person:
    kw.setdefault("bio", f"Bio of {ident}.")
    return Person(ident, name or f"Person {ident}", **kw)  # type: ignore[arg-type]


def a_meeting(**kw: object) -> Meeting:
    """A one-day meeting, 09:00–17:00, with whatever the test adds."""
    fields: dict[str, object] = {
        "title": "Consultation",
        "first_date": DAY,
        "start": t("09:00"),
        "end": t("17:00"),
    }
    fields.update(kw)
    return Meeting(**fields)  # type: ignore[arg-type]


def run(
    rule: Callable[..., object], m: Meeting, pack: PackDefinition | None = None
) -> list[Finding]:
    return checks.run_rule(rule, m, pack or m.pack_definitions()[0])  # type: ignore[arg-type]


def pdf_bytes(text: str = "NOTE") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 700, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes("SECRET")))
    writer.encrypt("secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def note_with(filename: str, data: bytes, ident: str = "n1") -> Note:
    return Note(ident, f"Note {filename}", "", Attachment(filename, data), ("s1",))


def one_session(*notes: Note) -> Meeting:
    return a_meeting(
        people=(person("p1"),),
        agenda=(item("s1", "10:00", "11:00", role("p1", RoleKind.MODERATOR)),),
        notes=notes,
    )


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


# =========================================================================== the sample


def test_the_sample_reports_the_gap_and_the_placeholder_bios_and_nothing_else() -> None:
    findings = check_meeting(sample_meeting())
    gap = [f for f in findings if f.rule == "gap-in-programme"]
    bios = [f for f in findings if f.rule == "bio-placeholder"]
    assert len(findings) == 8
    assert len(gap) == 1 and len(bios) == 7
    assert gap[0].severity is Severity.WARNING
    assert (gap[0].kind, gap[0].target_id) == ("item", "scaling-up")
    assert "gap of 30 min" in gap[0].message
    assert "(ends 11:45)" in gap[0].message and "(starts 12:15)" in gap[0].message
    assert "pillar II" in gap[0].message  # the item before the gap can be told apart
    assert bios[0].target_id == "anita-ramasastry"
    assert all(f.kind == "person" and "still a placeholder" in f.message for f in bios)
    assert not has_errors(findings)


def test_the_sample_welcome_and_wrap_up_need_no_moderator() -> None:
    assert run(checks.moderator_missing, sample_meeting()) == []


# =========================================================================== people


def test_a_person_in_the_pack_without_a_bio_is_reported() -> None:
    m = a_meeting(
        people=(person("p1", "Ann Lee", bio=""), person("p2")),
        agenda=(item("s1", "10:00", "11:00", role("p1"), role("p2")),),
    )
    [finding] = run(checks.bio_missing, m)
    assert (finding.severity, finding.kind, finding.target_id) == (
        Severity.WARNING,
        "person",
        "p1",
    )
    assert "Ann Lee has no bio" in finding.message


def test_people_with_bios_or_outside_the_pack_are_not_reported_for_bios() -> None:
    m = a_meeting(
        people=(person("p1"), person("p2", bio="")),
        agenda=(item("s1", "10:00", "11:00", role("p1")), item("s2", "11:00", "12:00")),
        packs=(PackDefinition("full", "Full", item_ids=("s1",), bio_ids=("p1",)),),
    )
    assert run(checks.bio_missing, m) == []


def test_a_placeholder_bio_is_reported_and_a_real_one_is_not() -> None:
    m = a_meeting(
        people=(person("p1", bio="PLACEHOLDER: to come"), person("p2")),
        agenda=(item("s1", "10:00", "11:00", role("p1"), role("p2")),),
    )
    [finding] = run(checks.bio_placeholder, m)
    assert finding.target_id == "p1"
    assert "the bio is still a placeholder" in finding.message.replace("of Person p1 ", "")


def test_a_per_session_pack_checks_the_bios_of_its_sessions_people() -> None:
    m = a_meeting(
        people=(person("p1", bio=""), person("p2", bio="")),
        agenda=(item("s1", "10:00", "11:00", role("p1")), item("s2", "11:00", "12:00", role("p2"))),
    )
    pack = PackDefinition("briefs", "Briefs", PackKind.PER_SESSION, item_ids=("s2",))
    assert [f.target_id for f in run(checks.bio_missing, m, pack)] == ["p2"]


def test_same_email_in_another_case_is_a_duplicate() -> None:
    m = a_meeting(
        people=(
            person("p1", "Ann Lee", email="ann@example.org"),
            person("p2", "A. Lee", email="ANN@Example.org"),
        )
    )
    [finding] = run(checks.duplicate_people, m)
    assert (finding.rule, finding.severity, finding.target_id) == (
        "duplicate-person",
        Severity.WARNING,
        "p2",
    )
    assert "same email" in finding.message


def test_names_that_differ_only_in_case_or_accents_are_duplicates() -> None:
    m = a_meeting(people=(person("p1", "Michel Forst"), person("p2", "michel  FÖRST")))
    [finding] = run(checks.duplicate_people, m)
    assert finding.target_id == "p2" and "same name" in finding.message


def test_different_people_are_not_duplicates() -> None:
    m = a_meeting(
        people=(
            person("p1", "Ann Lee", email="ann@example.org"),
            person("p2", "Anne Lee", email="anne@example.org"),
            person("p3", "Bo Kim"),
            person("p4", "Bo Kimura"),
        )
    )
    assert run(checks.duplicate_people, m) == []


# =========================================================================== agenda


def test_a_session_without_a_moderator_is_reported_when_others_have_one() -> None:
    m = a_meeting(
        people=(person("p1"), person("p2"), person("p3")),
        agenda=(
            item("w", "09:00", "09:15", role("p1", RoleKind.WELCOME)),
            item("s1", "09:15", "10:00", role("p2", RoleKind.MODERATOR), role("p3")),
            item("s2", "10:00", "11:00", role("p3", RoleKind.PANELLIST)),
            item("c", "11:00", "11:15", role("p1", RoleKind.CLOSING)),
        ),
    )
    [finding] = run(checks.moderator_missing, m)
    assert (finding.severity, finding.kind, finding.target_id) == (
        Severity.WARNING,
        "item",
        "s2",
    )
    assert "Item s2" in finding.message and "no moderator" in finding.message


def test_no_moderator_is_asked_for_when_no_session_has_one_or_a_chair_leads() -> None:
    unmoderated = a_meeting(
        people=(person("p1"),),
        agenda=(item("s1", "09:00", "10:00", role("p1")), item("s2", "10:00", "11:00", role("p1"))),
    )
    chaired = a_meeting(
        people=(person("p1"), person("p2")),
        agenda=(
            item("s1", "09:00", "10:00", role("p1", RoleKind.MODERATOR)),
            item("s2", "10:00", "11:00", role("p2", RoleKind.CHAIR), role("p1")),
            item("break", "11:00", "11:30"),
        ),
    )
    assert run(checks.moderator_missing, unmoderated) == []
    assert run(checks.moderator_missing, chaired) == []


def test_overlapping_items_on_the_same_day_are_an_error() -> None:
    m = a_meeting(agenda=(item("a", "10:00", "11:00"), item("b", "10:30", "11:30")))
    [finding] = run(checks.overlapping_items, m)
    assert (finding.severity, finding.target_id) == (Severity.ERROR, "b")
    assert "10:30–11:30" in finding.message and "10:00–11:00" in finding.message


def test_touching_items_or_items_on_different_days_do_not_overlap() -> None:
    m = a_meeting(
        last_date=DAY + dt.timedelta(days=1),
        agenda=(
            item("a", "10:00", "11:00"),
            item("b", "11:00", "12:00"),
            item("c", "10:00", "11:00", date=DAY + dt.timedelta(days=1)),
        ),
    )
    assert run(checks.overlapping_items, m) == []


def test_a_gap_between_consecutive_items_is_reported_once() -> None:
    m = a_meeting(
        agenda=(
            item("a", "10:00", "11:45", title="How models work"),
            item("inner", "10:30", "11:00"),  # inside a: no gap after it
            item("b", "12:15", "13:00", title="Scaling up"),
        )
    )
    [finding] = run(checks.gap_in_programme, m)
    assert finding.message == (
        "gap of 30 min between 'How models work' (ends 11:45) and 'Scaling up' (starts 12:15)"
    )
    assert (finding.severity, finding.target_id) == (Severity.WARNING, "b")


def test_a_programme_without_gaps_reports_none() -> None:
    m = a_meeting(
        last_date=DAY + dt.timedelta(days=1),
        agenda=(
            item("a", "10:00", "11:00"),
            item("b", "11:00", "12:00"),
            item("c", "14:00", "15:00", date=DAY + dt.timedelta(days=1)),  # another day
        ),
    )
    assert run(checks.gap_in_programme, m) == []


def test_items_outside_the_meetings_hours_are_reported() -> None:
    m = a_meeting(agenda=(item("early", "08:30", "09:30"), item("ok", "10:00", "17:00")))
    [finding] = run(checks.outside_meeting_hours, m)
    assert (finding.severity, finding.target_id) == (Severity.WARNING, "early")
    assert "09:00–17:00" in finding.message


def test_items_within_the_hours_or_without_meeting_hours_are_not_reported() -> None:
    within = a_meeting(agenda=(item("a", "09:00", "17:00"),))
    no_hours = a_meeting(start=None, end=None, agenda=(item("a", "07:00", "23:00"),))
    assert run(checks.outside_meeting_hours, within) == []
    assert run(checks.outside_meeting_hours, no_hours) == []


def test_items_dated_outside_the_meeting_are_reported() -> None:
    m = a_meeting(
        agenda=(
            item("a", "10:00", "11:00", date=DAY),
            item("b", "10:00", "11:00", date=DAY + dt.timedelta(days=2)),
        )
    )
    [finding] = run(checks.outside_meeting_dates, m)
    assert finding.target_id == "b" and "2024-10-03" in finding.message
    assert run(checks.outside_meeting_dates, a_meeting(agenda=(item("a", "10:00", "11:00"),))) == []


def test_one_person_in_two_overlapping_items_is_an_error() -> None:
    m = a_meeting(
        people=(person("p1", "Ann Lee"), person("p2")),
        agenda=(
            item("a", "10:00", "11:00", role("p1", RoleKind.MODERATOR)),
            item("b", "10:45", "11:30", role("p2"), running_order=(Segment("Talk", "p1"),)),
        ),
    )
    [finding] = run(checks.double_booked_person, m)
    assert (finding.severity, finding.target_id) == (Severity.ERROR, "b")
    assert finding.message.startswith("Ann Lee is in 'Item a'")


def test_one_person_in_two_consecutive_items_is_fine() -> None:
    m = a_meeting(
        people=(person("p1"),),
        agenda=(item("a", "10:00", "11:00", role("p1")), item("b", "11:00", "12:00", role("p1"))),
    )
    assert run(checks.double_booked_person, m) == []


def test_running_order_minutes_that_do_not_fill_the_slot_are_reported() -> None:
    steps = (Segment("Opening", minutes=10), Segment("Debate", minutes=25))
    m = a_meeting(agenda=(item("a", "10:15", "11:00", running_order=steps),))
    [finding] = run(checks.running_order_minutes, m)
    assert finding.severity is Severity.WARNING and finding.target_id == "a"
    assert "35 min" in finding.message and "45 min" in finding.message


def test_running_orders_that_add_up_or_lack_minutes_are_not_reported() -> None:
    exact = (Segment("Opening", minutes=15), Segment("Debate", minutes=30))
    partial = (Segment("Opening", minutes=5), Segment("Debate"))
    m = a_meeting(
        agenda=(
            item("a", "10:15", "11:00", running_order=exact),
            item("b", "11:00", "12:00", running_order=partial),
            item("c", "12:00", "13:00"),
        )
    )
    assert run(checks.running_order_minutes, m) == []


# =========================================================================== notes


@pytest.mark.parametrize(
    ("filename", "data", "expected"),
    [
        ("locked.pdf", encrypted_pdf(), "password"),
        ("broken.pdf", b"%PDF-1.4\nnot really", "damaged"),
        ("fake.docx", b"\x00\x01binary, not a zip" * 20, "fake.docx"),
        ("empty.docx", b"", "empty"),
        ("empty.md", b"", "empty"),
        ("blank.txt", b"  \n\n ", "no text"),
        ("blank.docx", docx_bytes(), "no text"),
    ],
)
def test_a_note_that_cannot_be_read_or_is_empty_is_an_error(
    filename: str, data: bytes, expected: str
) -> None:
    [finding] = run(checks.note_unreadable, one_session(note_with(filename, data)))
    assert (finding.severity, finding.kind, finding.target_id) == (Severity.ERROR, "note", "n1")
    assert expected in finding.message
    assert "\n" not in finding.message


def test_a_note_with_neither_text_nor_file_is_empty() -> None:
    [finding] = run(checks.note_unreadable, one_session(Note("n1", "Talking points")))
    assert "has no text and no file" in finding.message


def test_readable_notes_are_not_reported() -> None:
    m = one_session(
        note_with("paper.pdf", pdf_bytes(), "n1"),
        note_with("points.docx", docx_bytes("Point one"), "n2"),
        note_with("points.md", b"# Points\n\n- one\n", "n3"),
        note_with("points.txt", "Caf\u00e9 notes".encode("cp1252"), "n4"),
        Note("n5", "Inline", "Its own text.", None, ("s1",)),
    )
    assert run(checks.note_unreadable, m) == []


def test_a_note_in_no_session_and_no_pack_is_reported() -> None:
    m = one_session(Note("n1", "Internal memo", "text", internal=True))
    [finding] = run(checks.note_unused, m)
    assert (finding.severity, finding.target_id) == (Severity.INFO, "n1")


def test_notes_in_a_session_or_a_pack_are_used() -> None:
    m = one_session(
        Note("n1", "Session note", "text", None, ("s1",), internal=True),
        Note("n2", "Pack note", "text"),  # the default pack takes every note not internal
    )
    assert run(checks.note_unused, m) == []


# =========================================================================== fonts


def test_characters_the_fonts_cannot_draw_are_an_error() -> None:
    # Noto Sans draws Latin, Cyrillic, Greek and Devanagari, the fallbacks Arabic and Chinese:
    # Thai and emoji are drawn by none of them.
    m = a_meeting(
        people=(person("p1", "ลีลา 😀 ليلى 王", organisation="UNWG"),),
        agenda=(item("s1", "10:00", "11:00", role("p1")),),
    )
    [finding] = run(checks.undrawable_characters, m)
    assert (finding.severity, finding.kind, finding.target_id) == (
        Severity.ERROR,
        "person",
        "p1",
    )
    assert "(name)" in finding.message
    assert "ล (U+0E25)" in finding.message and "😀 (U+1F600)" in finding.message
    listed = finding.message.split("(name): ")[1]
    assert "ل" not in listed and "王" not in listed
    assert "--allow-missing-glyphs" in finding.advice
    assert has_errors([finding])


def test_titles_in_other_kinds_point_at_what_to_fix() -> None:
    m = a_meeting(
        title="Forum ไทย",
        agenda=(item("s1", "10:00", "11:00", title="Panel ไทย"),),
        notes=(Note("n1", "Paper ไทย", "text"),),
    )
    findings = run(checks.undrawable_characters, m)
    assert {(f.kind, f.target_id) for f in findings} == {
        ("meeting", ""),
        ("item", "s1"),
        ("note", "n1"),
    }
    assert {f.severity for f in findings} == {Severity.ERROR}
    meeting_finding = next(f for f in findings if f.kind == "meeting")
    assert "'Forum ไทย' (title)" in meeting_finding.message


def test_format_characters_are_not_reported() -> None:
    # Tag characters (in flag emoji), like bidi marks, draw nothing: no font has them, and a
    # PDF loses nothing without them.
    m = a_meeting(title="\u200fليلى\u200e Forum \U000e0067\U000e0062\U000e007f")
    assert font_coverage().missing(m.title)  # no font has them...
    assert run(checks.undrawable_characters, m) == []  # ...and that is no finding


def _markdown_note(text: str) -> Note:
    return Note("n1", "Talking points", "", Attachment("points.md", text.encode()), ("s1",))


def test_text_inside_a_markdown_note_is_checked() -> None:
    m = one_session(
        _markdown_note("# Points\n\n- greet the *ผู้แทน* first\n\n| a | b |\n|---|---|\n| 😀 | x |\n")
    )
    [finding] = run(checks.undrawable_characters, m)
    assert (finding.severity, finding.kind, finding.target_id) == (Severity.ERROR, "note", "n1")
    assert "(points.md)" in finding.message
    assert "ผ (U+0E1C)" in finding.message and "😀 (U+1F600)" in finding.message


def test_text_inside_a_word_and_a_text_note_is_checked() -> None:
    word = note_with("brief.docx", docx_bytes("Intro", "สวัสดี delegates"), "n1")
    text = note_with("notes.txt", "line 1\nשלום\n".encode(), "n2")
    m = one_session(word, text)
    findings = {f.target_id: f for f in run(checks.undrawable_characters, m)}
    assert set(findings) == {"n1", "n2"}
    assert "(brief.docx)" in findings["n1"].message and "ส (U+0E2A)" in findings["n1"].message
    assert "(notes.txt)" in findings["n2"].message and "ש (U+05E9)" in findings["n2"].message


def test_a_note_file_the_fonts_can_draw_or_the_readers_refuse_is_not_an_undrawable_finding() -> (
    None
):
    drawable = note_with("brief.docx", docx_bytes("Право 人权 حقوق"), "n1")
    damaged = note_with("broken.docx", b"PK\x03\x04 not really a zip " + "ไทย".encode(), "n2")
    pdf = note_with("paper.pdf", pdf_bytes(), "n3")
    m = one_session(drawable, damaged, pdf)
    assert run(checks.undrawable_characters, m) == []
    assert rules_of(run(checks.note_unreadable, m)) == ["note-unreadable"]  # said once, there


def test_briefing_check_reports_undrawable_note_text_as_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.meeting"
    save_meeting(one_session(_markdown_note("Bonjour ไทย\n")), path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert any(
        line.startswith("error") and "ไ (U+0E44)" in line and "points.md" in line
        for line in out.splitlines()
    )


def test_text_the_fonts_can_draw_is_not_reported() -> None:
    m = a_meeting(
        title="Consultation: “pillar II” – Genève & <Кузнецов>",
        people=(person("p1", "Zoë Ñúñez-Øberg", organisation="Кузнецов & Partners"),),
        agenda=(item("s1", "10:00", "11:00", role("p1")),),
    )
    assert run(checks.undrawable_characters, m) == []


def test_people_outside_the_pack_are_not_checked_for_fonts() -> None:
    m = a_meeting(
        people=(person("p1"), person("p2", "王小明")),
        agenda=(item("s1", "10:00", "11:00", role("p1")),),
        packs=(PackDefinition("full", "Full", item_ids=("s1",), bio_ids=("p1",)),),
    )
    assert run(checks.undrawable_characters, m) == []


# =========================================================================== packs


def test_an_empty_pack_is_an_error() -> None:
    [finding] = run(checks.empty_pack, a_meeting())
    assert (finding.severity, finding.kind, finding.target_id) == (
        Severity.ERROR,
        "pack",
        "default",
    )


def test_a_per_session_pack_without_sessions_with_people_is_empty() -> None:
    m = a_meeting(agenda=(item("break", "10:00", "10:30"),))
    pack = PackDefinition("briefs", "Briefs", PackKind.PER_SESSION)
    assert rules_of(run(checks.empty_pack, m, pack)) == ["empty-pack"]


def test_a_pack_with_something_in_it_is_not_empty() -> None:
    m = one_session()
    assert run(checks.empty_pack, m) == []
    briefs = PackDefinition("briefs", "Briefs", PackKind.PER_SESSION)
    assert run(checks.empty_pack, m, briefs) == []


def test_a_per_session_pack_listing_an_item_with_nobody_is_reported() -> None:
    m = a_meeting(
        people=(person("p1"),),
        agenda=(item("s1", "10:00", "11:00", role("p1")), item("break", "11:00", "11:30")),
    )
    pack = PackDefinition("briefs", "Briefs", PackKind.PER_SESSION, item_ids=("s1", "break"))
    [finding] = run(checks.session_without_people, m, pack)
    assert (finding.severity, finding.kind, finding.target_id) == (
        Severity.WARNING,
        "pack",
        "briefs",
    )
    assert "Item break" in finding.message


def test_per_session_packs_of_sessions_with_people_and_full_packs_are_fine() -> None:
    m = a_meeting(
        people=(person("p1"),),
        agenda=(item("s1", "10:00", "11:00", role("p1")), item("break", "11:00", "11:30")),
    )
    every_item = PackDefinition("briefs", "Briefs", PackKind.PER_SESSION)  # skips the break
    assert run(checks.session_without_people, m, every_item) == []
    assert run(checks.session_without_people, m) == []


# =========================================================================== running them all


def test_findings_are_sorted_errors_first_then_in_meeting_order() -> None:
    m = a_meeting(
        people=(person("p1", bio=""), person("p2", bio="")),
        agenda=(
            item("a", "10:00", "11:00", role("p2")),
            item("b", "10:30", "11:30", role("p1")),
            item("c", "12:00", "13:00"),
        ),
    )
    findings = check_meeting(m)
    ranks = [list(Severity).index(f.severity) for f in findings]
    assert ranks == sorted(ranks)
    assert findings[0].rule == "overlapping-items"
    bios = [f.target_id for f in findings if f.rule == "bio-missing"]
    assert bios == ["p2", "p1"]  # order of appearance
    assert has_errors(findings)


def test_check_meeting_uses_the_given_pack() -> None:
    m = one_session()
    empty = PackDefinition("other", "Other")
    assert rules_of(check_meeting(m, empty)) == ["empty-pack"]
    assert check_meeting(m) == []


def test_a_failing_rule_becomes_one_error_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(meeting: Meeting, pack: PackDefinition) -> list[Finding]:
        raise RuntimeError("boom")

    monkeypatch.setattr(checks, "RULES", (broken, *RULES))
    findings = check_meeting(a_meeting())
    failed = [f for f in findings if f.rule == "check-failed"]
    assert len(failed) == 1 and "broken" in failed[0].message and "boom" in failed[0].message
    assert "empty-pack" in rules_of(findings)


def test_every_rule_is_a_named_function_and_findings_are_frozen() -> None:
    assert len({rule.__name__ for rule in RULES}) == len(RULES)
    finding = check_meeting(a_meeting())[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.message = "changed"  # type: ignore[misc]


def test_a_rich_meeting_is_checked_without_raising(meeting: Meeting) -> None:
    for pack in meeting.pack_definitions():
        findings = check_meeting(meeting, pack)
        assert all(f.rule != "check-failed" for f in findings)
        assert all("\n" not in f.message for f in findings)


def test_an_item_listed_after_a_later_one_is_out_of_time_order() -> None:
    m = a_meeting(
        agenda=(
            item("a", "10:00", "10:15", title="Welcome"),
            item("wrap", "12:55", "13:00", title="Wrap-up"),
            item("b", "10:15", "11:00", title="Panel"),
            item("c", "11:00", "12:00", title="Debate"),
        )
    )
    [finding] = run(checks.out_of_time_order, m)
    assert (finding.severity, finding.kind, finding.target_id) == (Severity.WARNING, "item", "b")
    assert finding.message == (
        "'Panel' (10:15–11:00) is listed after 'Wrap-up' (12:55–13:00) but starts earlier"
    )
    in_order = a_meeting(agenda=tuple(sorted(m.agenda, key=lambda i: i.start)))
    assert list(run(checks.out_of_time_order, in_order)) == []


def test_a_later_day_may_list_earlier_hours() -> None:
    day_two = dt.date(2017, 11, 28)
    m = a_meeting(
        first_date=dt.date(2017, 11, 27),
        last_date=day_two,
        agenda=(item("a", "15:00", "16:00"), item("b", "09:00", "10:00", date=day_two)),
    )
    assert list(run(checks.out_of_time_order, m)) == []
    swapped = a_meeting(
        first_date=dt.date(2017, 11, 27),
        last_date=day_two,
        agenda=(item("b", "09:00", "10:00", date=day_two), item("a", "15:00", "16:00")),
    )
    assert [f.target_id for f in run(checks.out_of_time_order, swapped)] == ["a"]


# =========================================================================== what the build refuses


def png_bomb(width: int = 10_000, height: int = 10_000) -> bytes:
    """A real grey PNG of ``width`` × ``height`` zeros: a few hundred KB, 100 MB decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zeros_deflated(height * (width + 1))  # each row: filter byte 0, then its pixels
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def build_problems(meeting: Meeting, out: Path) -> list[str]:
    """The lines of the BuildError a PDF build of the meeting's first pack ends with."""
    request = BuildRequest(meeting.pack_definitions()[0], out, formats=("pdf",), build_date=DAY)
    with pytest.raises(BuildError) as caught:
        build_packs(meeting, request)
    return caught.value.problems


@pytest.mark.parametrize(
    "note",
    [
        note_with("scan.pdf", image_bomb_pdf()),
        note_with("nested.pdf", nested_bomb_pdf()),
        note_with("tiny.md", b"a\n" * MAX_NOTE_LINES),
        note_with("locked.pdf", encrypted_pdf()),
    ],
    ids=["image-bomb", "nested-image-bomb", "too-many-lines", "encrypted"],
)
def test_a_note_the_build_refuses_is_an_error_with_the_same_words(
    note: Note, tmp_path: Path
) -> None:
    meeting = one_session(note)
    refused = build_problems(meeting, tmp_path / "out")[0]
    errors = [f for f in check_meeting(meeting) if f.severity is Severity.ERROR]
    assert [(f.rule, f.message, f.kind, f.target_id) for f in errors] == [
        ("note-unreadable", refused, "note", "n1")
    ]


@pytest.mark.parametrize(
    ("filename", "data", "problem"),
    [
        ("ana.png", png_bomb(), "10,000 × 10,000 pixels; at most 89.5 million are allowed"),
        ("ana.jpg", b"\xff\xd8\xff\xe0" + b"JFIF" * 10, "cannot be read"),
    ],
    ids=["bomb", "damaged"],
)
def test_a_photo_the_build_refuses_is_an_error(
    filename: str, data: bytes, problem: str, tmp_path: Path
) -> None:
    ana = person("p1", "Ana Diaz", photo=Attachment(filename, data))
    meeting = dataclasses.replace(one_session(), people=(ana,))
    (refused,) = build_problems(meeting, tmp_path / "out")
    assert refused.startswith("the photo of Ana Diaz cannot go into the PDF: ")
    assert problem in refused
    (finding,) = [f for f in check_meeting(meeting) if f.severity is Severity.ERROR]
    assert (finding.rule, finding.kind, finding.target_id) == ("picture-unreadable", "person", "p1")
    assert finding.message.startswith(f"the photo of Ana Diaz ({filename}): ")
    assert problem in finding.message


def test_briefing_check_reports_an_image_bomb_note_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bomb.meeting"
    save_meeting(one_session(note_with("scan.pdf", image_bomb_pdf())), path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("error"))
    assert "note 'Note scan.pdf' (scan.pdf): page 2 holds an image of 10,000 × 10,000" in line
    assert "decompression bomb" in line


def test_briefing_check_refuses_an_over_limit_meeting_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    data = meeting_to_dict(one_session())
    data["agenda"][0]["title"] = "T" * 1_000_000
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("briefing: huge.json: agenda[0].title: the title of agenda item 'TTT")
    assert "1,000,000 characters long; at most 500 are allowed" in err
