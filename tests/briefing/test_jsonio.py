"""Meeting JSON: lossless round trip, and a clear message for every kind of bad input."""

from __future__ import annotations

import base64
import copy
import dataclasses
import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing import jsonio
from briefing.errors import BriefingError, JsonFormatError
from briefing.jsonio import (
    meeting_from_dict,
    meeting_to_dict,
    read_meeting_json,
    write_meeting_json,
)
from briefing.model import Meeting, RoleKind
from briefing.sample import sample_meeting
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


def test_stamping_merged_pages_without_shrinking_survives_json(meeting: Meeting) -> None:
    full = meeting.packs[0]
    stamped = dataclasses.replace(
        full, options=dataclasses.replace(full.options, shrink_merged_pages=False)
    )
    doc = _doc(dataclasses.replace(meeting, packs=(stamped, *meeting.packs[1:])))
    assert doc["packs"][0]["shrink_merged_pages"] is False
    assert "shrink_merged_pages" not in doc["packs"][1]  # the default is left out
    read = meeting_from_dict(doc)
    assert [p.options.shrink_merged_pages for p in read.packs] == [False, True]


def test_a_json_without_the_shrink_choice_shrinks_merged_pages(meeting: Meeting) -> None:
    doc = _doc(meeting)
    for pack in doc["packs"]:
        pack.pop("shrink_merged_pages", None)  # as every JSON written before the choice
    assert all(p.options.shrink_merged_pages for p in meeting_from_dict(doc).packs)
    doc["packs"][0]["shrink_merged_pages"] = "no"
    assert _error(doc) == (
        "meeting.json: packs[0].shrink_merged_pages: must be true or false, not a string"
    )


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


# --------------------------------------------------------------------------- files a JSON names


def _json_naming(folder: Path, meeting: Meeting, path: str, where: str = "note") -> Path:
    """A meeting JSON in ``folder`` whose note file (or logo, or photo) is given by ``path``."""
    doc = _doc(meeting)
    ref = {"note": doc["notes"][1]["file"], "logo": doc["logo"], "photo": doc["people"][0]["photo"]}
    ref[where].pop("base64")
    ref[where]["path"] = path
    target = folder / "meeting.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    return target


_FIELDS = {"note": "notes[1].file.path", "logo": "logo.path", "photo": "people[0].photo.path"}


@pytest.mark.parametrize("where", ["note", "logo", "photo"])
@pytest.mark.parametrize(
    "hostile",
    [
        "/etc/passwd",
        "../../../../../../etc/hosts",
        "/proc/self/environ",
        "../x.txt",
        "//server/share/paper.pdf",  # a network share: refused before anything is looked up
        "\\\\server\\share\\paper.pdf",
        "C:\\Windows\\win.ini",
        "files\\..\\..\\x.txt",
    ],
)
def test_a_path_outside_the_json_folder_is_refused(
    tmp_path: Path, meeting: Meeting, hostile: str, where: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "x.txt").write_text("a file beside the folder, not in it", encoding="utf-8")
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(_json_naming(folder, meeting, hostile, where))
    assert str(info.value) == (
        f"meeting.json: {_FIELDS[where]}: '{hostile}' is outside the folder of the JSON"
    )


def test_a_link_inside_the_folder_to_a_file_outside_is_refused(
    tmp_path: Path, meeting: Meeting
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "files").mkdir(parents=True)
    (folder / "files" / "paper.pdf").symlink_to(secret)
    (folder / "linked").symlink_to(tmp_path)  # a linked folder leads outside too
    for path in ("files/paper.pdf", "linked/secret.txt"):
        with pytest.raises(JsonFormatError, match="is outside the folder of the JSON$"):
            read_meeting_json(_json_naming(folder, meeting, path))


def test_a_link_that_stays_inside_the_folder_is_followed(tmp_path: Path, meeting: Meeting) -> None:
    data = meeting.notes[1].attachment.data
    (tmp_path / "real.pdf").write_bytes(data)
    (tmp_path / "alias.pdf").symlink_to(tmp_path / "real.pdf")
    read = read_meeting_json(_json_naming(tmp_path, meeting, "alias.pdf"))
    assert read.notes[1].attachment.data == data


def test_a_device_or_fifo_in_the_folder_is_refused_without_reading_it(
    tmp_path: Path, meeting: Meeting, fifo: Callable[[str], Path]
) -> None:
    fifo("pipe.pdf")
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(_json_naming(tmp_path, meeting, "pipe.pdf"))
    assert str(info.value) == (
        "meeting.json: notes[1].file.path: 'pipe.pdf' is not a regular file (a FIFO)"
    )
    if Path("/dev/zero").exists():
        (tmp_path / "zero.pdf").symlink_to("/dev/zero")  # outside, whatever it is
        with pytest.raises(JsonFormatError, match="'zero.pdf' is outside the folder"):
            read_meeting_json(_json_naming(tmp_path, meeting, "zero.pdf"))


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefing.jsonio.MAX_NOTE_BYTES", 1024 * 1024)
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 1024 * 1024)
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(_json_naming(tmp_path, meeting, "big.pdf"))
    assert str(info.value) == "meeting.json: notes[1].file.path: 'big.pdf' is larger than 1 MB"


def test_a_folder_as_a_file_is_refused(tmp_path: Path, meeting: Meeting) -> None:
    (tmp_path / "sub").mkdir()
    for path in ("sub", "."):
        with pytest.raises(JsonFormatError, match=f"^meeting.json: notes.1..file.path: '{path}'"):
            read_meeting_json(_json_naming(tmp_path, meeting, path))


def test_json_nested_deeply_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "briefing-meeting", "title": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(path)
    assert str(info.value) == (
        "deep.json: the JSON is nested too deeply (lists or objects inside each other)"
    )


def test_a_json_file_over_its_limit_or_not_a_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fifo: Callable[[str], Path]
) -> None:
    monkeypatch.setattr("briefing.jsonio.MAX_JSON_BYTES", 1024)
    path = tmp_path / "big.json"
    path.write_text('{"format": "briefing-meeting", "title": "' + "x" * 1024 + '"}')
    with pytest.raises(JsonFormatError, match="^big.json: the file is larger than 1 KB$"):
        read_meeting_json(path)
    with pytest.raises(
        JsonFormatError, match=r"^m.json: the file is not a regular file \(a FIFO\)"
    ):
        read_meeting_json(fifo("m.json"))


# --------------------------------------------------------------------------- export all or nothing


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_second_export_replaces_the_files_folder_whole(tmp_path: Path, meeting: Meeting) -> None:
    write_meeting_json(meeting, tmp_path / "forum.json")
    assert "forum-files/logo/logo.png" in _tree(tmp_path)
    fewer = dataclasses.replace(meeting, logo=None)
    write_meeting_json(fewer, tmp_path / "forum.json")
    files = sorted(_tree(tmp_path))
    assert "forum-files/logo/logo.png" not in files  # no stale file of the first export
    assert [f for f in files if not f.startswith("forum-files/")] == ["forum.json"]
    assert read_meeting_json(tmp_path / "forum.json") == fewer


@pytest.mark.parametrize("fail_at", [1, 3, 7])
def test_a_full_disk_changes_nothing_and_names_the_real_files(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    write_meeting_json(dataclasses.replace(meeting, title="Before"), tmp_path / "forum.json")
    before = _tree(tmp_path)
    real_write = jsonio._write_synced
    calls = []

    def write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == fail_at:  # the 7th write is the JSON itself, after six attachments
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write(path, data)

    monkeypatch.setattr(jsonio, "_write_synced", write)
    with pytest.raises(BriefingError) as info:
        write_meeting_json(meeting, tmp_path / "forum.json")
    assert str(info.value) == (
        "forum.json and forum-files: the meeting could not be exported (the disk is full); "
        "nothing was changed"
    )
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forum-files", "forum.json"]


def test_a_failure_while_swapping_folders_puts_the_old_one_back(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_meeting_json(dataclasses.replace(meeting, title="Before"), tmp_path / "forum.json")
    before = _tree(tmp_path)
    real_rename = os.rename

    def rename(source: Any, target: Any) -> None:
        if Path(source).name.startswith(".forum-files."):  # the new folder taking its name
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(source))
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(BriefingError, match="could not be exported .*nothing was changed$"):
        write_meeting_json(meeting, tmp_path / "forum.json")
    monkeypatch.undo()
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forum-files", "forum.json"]


def test_a_first_export_that_fails_leaves_nothing(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(jsonio, "_write_synced", full)
    with pytest.raises(BriefingError, match=r"^forum.json and forum-files: .*\(the disk is full\)"):
        write_meeting_json(meeting, tmp_path / "forum.json")
    assert list(tmp_path.iterdir()) == []


def test_export_makes_the_folder_it_is_given(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "m.json"
    written = write_meeting_json(sample_meeting(), target)
    assert target in written and target.is_file()


def test_a_failed_export_removes_the_folders_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(jsonio, "_write_synced", fail)
    with pytest.raises(BriefingError, match="the disk is full"):
        write_meeting_json(sample_meeting(), tmp_path / "new" / "m.json")
    assert list(tmp_path.iterdir()) == []


def test_the_files_a_json_names_are_read_once_and_within_one_budget(
    tmp_path: Path, meeting: Meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = meeting.notes[1].attachment.data
    (tmp_path / "paper.pdf").write_bytes(data)
    doc = _doc(meeting)
    ref = doc["notes"][1]["file"]
    ref.pop("base64")
    ref["path"] = "paper.pdf"
    doc["notes"] += [{"id": f"copy{i}", "title": f"Copy {i}", "file": dict(ref)} for i in range(5)]
    target = tmp_path / "meeting.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    read = read_meeting_json(target)  # one file named six times is read, and counted, once
    assert [n.attachment.data for n in read.notes[-5:]] == [data] * 5
    (tmp_path / "other.pdf").write_bytes(data + b"\n%")
    doc["notes"][-1]["file"] = {"filename": "other.pdf", "path": "other.pdf"}
    target.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(jsonio, "MAX_FILES_BYTES", len(data) + 10)
    with pytest.raises(JsonFormatError) as info:
        read_meeting_json(target)
    last = len(doc["notes"]) - 1
    assert str(info.value).startswith(
        f"meeting.json: notes[{last}].file.path: 'other.pdf' brings the files the JSON names past"
    )


@pytest.mark.parametrize("tag", ["../../etc", "en<script>", "x" * 400, "fr CH", "e"])
def test_a_language_that_is_no_language_code_is_refused(meeting: Meeting, tag: str) -> None:
    # it names the pack's catalog, its direction and the files' language tags
    doc = _doc(meeting)
    doc["language"] = tag
    error = _error(doc)
    assert error.startswith("meeting.json:") and "language" in error
    assert "not a language code" in error and "\n" not in error


@pytest.mark.parametrize("tag", ["en", "fr-CH", "zh-Hans", "pt_BR", "ar-SA"])
def test_language_tags_are_accepted(meeting: Meeting, tag: str) -> None:
    assert dataclasses.replace(meeting, language=tag).language == tag
