"""The error tree: every error the core reports is documented, and keeps its data as fields."""

from __future__ import annotations

import inspect

import pytest

from briefing import errors
from briefing.errors import (
    BriefingError,
    ConceptNoteError,
    MeetingFileError,
    MeetingInUse,
    NoteReadError,
    UnknownPackError,
)


def _error_classes() -> list[type[BaseException]]:
    return [
        obj
        for _, obj in inspect.getmembers(errors, inspect.isclass)
        if issubclass(obj, BriefingError) and obj.__module__ == errors.__name__
    ]


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda c: c.__name__)
def test_every_error_is_in_the_documented_tree(cls: type[BaseException]) -> None:
    assert f" {cls.__name__} " in errors.__doc__ or f"\n{cls.__name__}\n" in errors.__doc__


def test_no_error_class_is_defined_outside_the_tree() -> None:
    import briefing.build
    import briefing.importers.agenda_source
    import briefing.jsonio

    for module in (briefing.build, briefing.importers.agenda_source, briefing.jsonio):
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BriefingError):
                assert obj.__module__ == errors.__name__, obj


def test_note_read_error_keeps_file_problem_and_note() -> None:
    error = NoteReadError("brief.docx", "the file is empty")
    assert str(error) == "brief.docx: the file is empty"
    named = error.for_note("Partner brief")
    assert (named.file, named.problem, named.note) == (
        "brief.docx",
        "the file is empty",
        "Partner brief",
    )
    assert str(named) == "note 'Partner brief' (brief.docx): the file is empty"


def test_concept_note_and_pack_errors_keep_their_data() -> None:
    error = ConceptNoteError("note.pdf", "the PDF is encrypted")
    assert (error.file, error.problem) == ("note.pdf", "the PDF is encrypted")
    pack = UnknownPackError("Briefs", ["Full pack", "Moderator briefs"])
    assert pack.name == "Briefs" and pack.known == ["Full pack", "Moderator briefs"]
    assert "'Full pack', 'Moderator briefs'" in str(pack)


def test_meeting_in_use_is_a_meeting_file_error_naming_the_holder() -> None:
    error = MeetingInUse("/tmp/x.meeting", "the command briefing add-note (process 12)")
    assert isinstance(error, MeetingFileError)
    assert error.holder.startswith("the command")
    assert str(error).startswith("x.meeting: the meeting is open in the command")
