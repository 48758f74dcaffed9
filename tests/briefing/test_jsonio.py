"""Meeting JSON: lossless round trip, and a clear message for every kind of bad input."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import JsonFormatError
from briefing.jsonio import (
    meeting_from_dict,
    meeting_to_dict,
    read_meeting_json,
    write_meeting_json,
)
from briefing.model import Meeting, RoleKind
from briefing.store import load_meeting, save_meeting


@pytest.mark.parametrize("inline", [False, True])
def test_json_to_meeting_file_to_json_is_lossless(
    tmp_path: Path, meeting: Meeting, inline: bool
) -> None:
    first = tmp_path / "first.json"
    write_meeting_json(meeting, first, inline_files=inline)
    original = json.loads(first.read_text(encoding="utf-8"))

    meeting_file = tmp_path / "copy.meeting"
    save_meeting(read_meeting_json(first), meeting_file)
    second = tmp_path / "second.json"
    write_meeting_json(load_meeting(meeting_file), second, inline_files=inline)
    again = json.loads(second.read_text(encoding="utf-8"))

    if not inline:  # the paths name each export's own folder; the files must be the same
        for doc, json_path in ((original, first), (again, second)):
            for ref in _file_refs(doc):
                ref["content"] = (json_path.parent / ref.pop("path")).read_bytes().hex()
    assert again == original
    assert load_meeting(meeting_file) == meeting


def _file_refs(doc: dict[str, Any]) -> list[dict[str, Any]]:
    refs = [doc["logo"]]
    refs += [p["photo"] for p in doc["people"] if "photo" in p]
    refs += [n["file"] for n in doc["notes"] if "file" in n]
    return refs


def test_attachments_are_written_beside_the_json(tmp_path: Path, meeting: Meeting) -> None:
    written = write_meeting_json(meeting, tmp_path / "forum.json")
    doc = json.loads((tmp_path / "forum.json").read_text(encoding="utf-8"))
    note = doc["notes"][1]["file"]
    assert note["filename"] == "paper.pdf"
    assert note["path"] == "forum-files/n2/paper.pdf"
    assert (tmp_path / note["path"]).read_bytes() == meeting.notes[1].attachment.data
    assert len(written) == 1 + 6  # the JSON, a logo, two photos, three note files


def test_inline_base64_is_read(meeting: Meeting) -> None:
    doc = meeting_to_dict(meeting)
    assert base64.b64decode(doc["notes"][1]["file"]["base64"]) == meeting.notes[1].attachment.data
    assert meeting_from_dict(doc) == meeting


def test_the_documented_example_is_a_valid_meeting() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "meeting-json.md"
    text = docs.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    meeting = meeting_from_dict(json.loads(example))
    assert meeting.agenda and meeting.people and meeting.notes and meeting.packs


def _doc(meeting: Meeting) -> dict[str, Any]:
    return copy.deepcopy(meeting_to_dict(meeting))


def _error(doc: Any) -> str:
    with pytest.raises(JsonFormatError) as info:
        meeting_from_dict(doc, Path("/somewhere/meeting.json"))
    return str(info.value)


def test_missing_field(meeting: Meeting) -> None:
    doc = _doc(meeting)
    del doc["agenda"][1]["start"]
    assert _error(doc) == "meeting.json: agenda[1].start: is missing"


def test_wrong_type(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["agenda"][0]["end"] = 930
    assert _error(doc) == "meeting.json: agenda[0].end: must be a string, not a number"
    doc = _doc(meeting)
    doc["notes"][0]["internal"] = "yes"
    assert _error(doc) == "meeting.json: notes[0].internal: must be true or false, not a string"


def test_end_before_start(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["agenda"][2]["end"] = "15:00"
    assert _error(doc).startswith("meeting.json: agenda[2].end: the item ends at 15:00")


def test_bad_time_and_email(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["agenda"][0]["start"] = "9h30"
    assert "agenda[0].start: '9h30' is not a time" in _error(doc)
    doc = _doc(meeting)
    doc["people"][1]["email"] = "smith at co"
    assert (
        _error(doc) == "meeting.json: people[1].email: 'smith at co' is not a valid email address"
    )


def test_unknown_role_is_free_text(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["agenda"][1]["participants"][0]["role"] = "Respondent-in-chief"
    role = meeting_from_dict(doc).agenda[1].participants[0].role
    assert (role.kind, role.label) == (RoleKind.OTHER, "Respondent-in-chief")


def test_unknown_field_and_enum(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["people"][0]["titel"] = "Prof."
    assert _error(doc) == "meeting.json: people[0].titel: is not a field of this format (misspelt?)"
    doc = _doc(meeting)
    doc["packs"][0]["paper"] = "A3"
    assert _error(doc) == "meeting.json: packs[0].paper: 'A3' is not one of 'A4', 'Letter'"


def test_dangling_reference(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["notes"][0]["sessions"] = ["no-such-session"]
    assert "notes[0].session_ids: refers to 'no-such-session'" in _error(doc)


def test_not_a_meeting_json_and_newer_version(meeting: Meeting) -> None:
    assert "must be an object" in _error([1, 2])
    doc = _doc(meeting)
    doc["format_version"] = 99
    assert "format_version: is 99" in _error(doc) and "update the app" in _error(doc)


def test_unreadable_attached_file_names_the_field_and_file(
    tmp_path: Path, meeting: Meeting
) -> None:
    path = tmp_path / "forum.json"
    write_meeting_json(meeting, path)
    (tmp_path / "forum-files" / "n2" / "paper.pdf").unlink()
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(path)
    assert str(info.value) == (
        "forum.json: notes[1].file.path: the file 'forum-files/n2/paper.pdf' was not found "
        "next to the JSON"
    )


def test_bad_base64(meeting: Meeting) -> None:
    doc = _doc(meeting)
    doc["notes"][1]["file"]["base64"] = "%%%"
    assert _error(doc) == "meeting.json: notes[1].file.base64: is not valid base64"


def test_broken_json_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "briefing-meeting",\n "title": }', encoding="utf-8")
    with pytest.raises(JsonFormatError, match=r"^broken.json: not valid JSON at line 2, column 11"):
        read_meeting_json(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(JsonFormatError, match="not UTF-8 text"):
        read_meeting_json(path)


def test_json_that_is_not_a_meeting_says_so(tmp_path: Path) -> None:
    from briefing.errors import JsonFormatError
    from briefing.jsonio import read_meeting_json

    other = tmp_path / "settings.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(JsonFormatError) as raised:
        read_meeting_json(other)
    assert str(raised.value) == (
        'settings.json: this is not a meeting JSON: it has no "format" (a meeting JSON starts '
        'with "format": "briefing-meeting")'
    )
