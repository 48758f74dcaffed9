"""Builds in a child process: the same packs, progress relayed, cancel and failures reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import queue
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.build import BuildRequest, build_packs
from briefing.build_process import _relay, build_in_process
from briefing.errors import BuildCancelled, BuildError
from briefing.model import Attachment, Note
from briefing.output_swap import MOVE_PAUSE_VARIABLE
from briefing.progress import Monitor
from briefing.sample import sample_meeting


def _request(tmp_path: Path, **changes: object) -> BuildRequest:
    meeting = sample_meeting()
    request = BuildRequest(meeting.pack_definitions()[0], tmp_path, ("pdf",))
    return dataclasses.replace(request, **changes)


def test_a_build_in_a_child_process_writes_the_pack_and_reports_each_step(
    tmp_path: Path,
) -> None:
    steps: list[tuple[str, int, int]] = []
    report = build_in_process(
        sample_meeting(), _request(tmp_path), Monitor(on_step=lambda *s: steps.append(s))
    )
    [built] = report.files
    assert built.path.parent == tmp_path and built.pages == len(PdfReader(built.path).pages)
    assert steps and steps[-1][1] == steps[-1][2]  # the last step says all are done
    assert [done for _text, done, _total in steps] == sorted(done for _t, done, _n in steps)


def test_cancel_stops_the_child_and_writes_nothing(tmp_path: Path) -> None:
    cancelled = threading.Event()

    def on_step(text: str, done: int, total: int) -> None:
        cancelled.set()  # cancel once the child has started its first step

    monitor = Monitor(on_step=on_step, is_cancelled=cancelled.is_set)
    with pytest.raises(BuildCancelled):
        build_in_process(sample_meeting(), _request(tmp_path, per_session=True), monitor)
    assert list(tmp_path.iterdir()) == []


def test_the_childs_problems_come_back_one_per_line(tmp_path: Path) -> None:
    bad = Note("n", "Bad <paper>", attachment=Attachment("bad.pdf", b"%PDF-1.4 junk"))
    meeting = dataclasses.replace(sample_meeting(), notes=(bad,))
    request = BuildRequest(meeting.pack_definitions()[0], tmp_path, ("pdf",))
    with pytest.raises(BuildError) as caught:
        build_in_process(meeting, request)
    assert any("bad.pdf" in problem for problem in caught.value.problems)
    assert not any(p.suffix == ".pdf" for p in tmp_path.iterdir())


class _DeadChild:
    exitcode = -9

    def is_alive(self) -> bool:
        return False


def test_a_child_that_dies_without_an_outcome_is_a_build_error() -> None:
    messages: queue.Queue[object] = queue.Queue()
    messages.put(("step", "Laying out the pack", 0, 3))
    steps: list[object] = []
    with pytest.raises(BuildError, match="stopped unexpectedly.*-9"):
        _relay(
            _DeadChild(), messages, threading.Event(), Monitor(on_step=lambda *s: steps.append(s))
        )
    assert steps == [("Laying out the pack", 0, 3)]


def test_a_first_build_says_it_is_preparing_the_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.build

    monkeypatch.setattr(briefing.build, "fonts_to_make", lambda: True)
    steps: list[str] = []
    briefing.build.build_packs(
        sample_meeting(), _request(tmp_path), Monitor(on_step=lambda text, *_: steps.append(text))
    )
    assert steps[0] == "Preparing fonts, first build only…"


def test_a_cancelled_build_leaves_no_folder_it_made(tmp_path: Path) -> None:
    import briefing.build

    target = tmp_path / "new" / "packs"
    cancel = Monitor(is_cancelled=lambda: True)
    with pytest.raises(BuildCancelled):
        briefing.build.build_packs(sample_meeting(), _request(target), cancel)
    assert list(tmp_path.iterdir()) == []  # neither "new" nor "new/packs" is left behind


def test_an_abandoned_build_ends_at_once_and_leaves_nothing(tmp_path: Path) -> None:
    """The app is closing: the child is ended mid-step and its half-written files go."""
    started = threading.Event()
    monitor = Monitor(on_step=lambda *_: started.set())
    with pytest.raises(BuildCancelled):
        build_in_process(
            sample_meeting(),
            _request(tmp_path, per_session=True, formats=("pdf", "docx")),
            monitor,
            abandoned=started.is_set,  # as soon as the first step has begun
        )
    assert list(tmp_path.iterdir()) == []  # no pack and no hidden staging folder


def _files(folder: Path) -> dict[str, bytes]:
    """The files in ``folder`` by name (a staging folder is not one)."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _per_session(folder: Path, day: int) -> BuildRequest:
    return _request(folder, per_session=True, build_date=dt.date(2017, 11, day))


def test_an_abandoned_build_leaves_the_previous_set_whole(tmp_path: Path) -> None:
    build_packs(sample_meeting(), _per_session(tmp_path, 20))
    before = _files(tmp_path)
    started = threading.Event()
    with pytest.raises(BuildCancelled):
        build_in_process(
            sample_meeting(),
            _per_session(tmp_path, 21),
            Monitor(on_step=lambda *_: started.set()),
            abandoned=started.is_set,
        )
    assert _files(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before)


def test_an_abandoned_build_during_its_moves_leaves_the_whole_new_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app closes while the build moves its files: never a mix of old and new packs."""
    new, folder = tmp_path / "new", tmp_path / "packs"
    build_packs(sample_meeting(), _per_session(new, 21))
    build_packs(sample_meeting(), _per_session(folder, 20))
    expected = _files(new)
    monkeypatch.setenv(MOVE_PAUSE_VARIABLE, "0.2")  # the child inherits it

    def some_moved() -> bool:  # abandon once a mix is on disk
        return any(data in expected.values() for data in _files(folder).values())

    with pytest.raises(BuildCancelled):
        build_in_process(sample_meeting(), _per_session(folder, 21), abandoned=some_moved)
    assert _files(folder) == expected  # its moves were finished
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)  # and nothing else
