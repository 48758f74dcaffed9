"""A character no pack font can draw stops a PDF build, unless the user allows it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.build import BuildRequest, build_packs
from briefing.build_process import build_in_process
from briefing.cli import main
from briefing.errors import BuildError, UndrawableCharacters
from briefing.model import Meeting
from briefing.sample import sample_meeting
from briefing.store import save_meeting

THAI = "สมชาย"  # Thai: a script none of the pack's fonts draws
DATE = dt.date(2017, 11, 28)


def _meeting(name: str = f"{THAI} Kittikun") -> Meeting:
    """The sample, with its first speaker's name partly in Thai."""
    meeting = sample_meeting()
    first = meeting.agenda[0].participants[0].person_id
    people = tuple(
        dataclasses.replace(p, name=name) if p.id == first else p for p in meeting.people
    )
    return dataclasses.replace(meeting, people=people)


def _request(out: Path, **changes: object) -> BuildRequest:
    request = BuildRequest(sample_meeting().pack_definitions()[0], out, ("pdf",), build_date=DATE)
    return dataclasses.replace(request, **changes)


def test_the_build_stops_with_one_line_naming_the_place_and_the_characters(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    with pytest.raises(UndrawableCharacters) as info:
        build_packs(_meeting(), _request(out))
    [line] = info.value.problems
    stem = "2017-11-30 Scaling Up Initiatives to Protect HRDs - Full pack"
    assert line.startswith(
        f"{stem}.pdf, section 'Programme', section 'Session 1: Welcome and introduction' and 2 more places: "
        "no pack font can draw ช (U+0E0A), ม (U+0E21), ย (U+0E22), ส (U+0E2A), า (U+0E32); "
    )
    assert line.endswith(
        "remove them, or build even if some characters cannot be drawn (--allow-missing-glyphs)"
    )
    assert info.value.file == f"{stem}.pdf"
    # the programme, the sessions the speaker is in, the bio
    assert len(info.value.places) == 4 and "section 'สมชาย Kittikun'" in info.value.places
    assert set().union(*info.value.places.values()) == set(THAI)
    assert not out.exists() or not any(out.iterdir())  # nothing was written


def test_allowed_the_build_goes_on_and_warns(tmp_path: Path) -> None:
    report = build_packs(_meeting(), _request(tmp_path, allow_missing_glyphs=True))
    warnings = [w for w in report.warnings if "no font can draw ช ม ย ส า" in w]
    assert len(warnings) == 4 and all("left out of the PDF" in w for w in warnings)
    text = "".join(page.extract_text() for page in PdfReader(report.files[0].path).pages)
    assert "Kittikun" in text and "ส" not in text


def test_text_every_font_draws_and_format_characters_never_stop_a_build(tmp_path: Path) -> None:
    # Tag characters (flag emoji) are in no font, but draw nothing anyway.
    meeting = _meeting("ليلى 王小明 Ли Zoë \U000e0067\U000e007f")
    report = build_packs(meeting, _request(tmp_path))
    assert report.files


def test_a_docx_only_build_is_not_stopped(tmp_path: Path) -> None:
    # Word draws the text with the reader's fonts: nothing is left out of a DOCX.
    report = build_packs(_meeting(), _request(tmp_path, formats=("docx",)))
    assert [f.format for f in report.files] == ["docx"]


def test_the_stop_crosses_the_build_process(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as info:
        build_in_process(_meeting(), _request(tmp_path / "out"))
    [line] = info.value.problems  # one line, as the app shows it
    assert "no pack font can draw" in line and "ส (U+0E2A)" in line


def test_briefing_build_stops_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = tmp_path / "m.meeting"
    save_meeting(_meeting(), meeting)
    out = tmp_path / "packs"
    assert main(["build", str(meeting), "-o", str(out), "--build-date", "2017-11-28"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "Full pack.pdf, section 'Programme'" in err[0]
    assert "--allow-missing-glyphs" in err[0]
    assert not out.exists() or not any(out.iterdir())
    code = main(["build", str(meeting), "-o", str(out), "--allow-missing-glyphs"])
    captured = capsys.readouterr()
    assert code == 0
    assert "Full pack, section 'สมชาย Kittikun': no font can draw" in captured.err
    assert [p.suffix for p in out.iterdir()] == [".pdf"]
