"""The checks run on a thread of their own; their findings come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from briefing.checks import Finding, Severity
from briefing.model import Meeting
from ui.checks_runner import ChecksRunner

pytestmark = pytest.mark.gui


def _finding(meeting: Meeting) -> tuple[Finding, ...]:
    return (Finding(Severity.INFO, "title", meeting.title, "", "meeting", ""),)


def test_findings_come_back_on_the_gui_thread_for_the_meeting_checked(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def check(meeting: Meeting) -> tuple[Finding, ...]:
        threads.append(threading.current_thread())
        return _finding(meeting)

    runner = ChecksRunner(check)
    received: list[tuple[Meeting, tuple[Finding, ...], threading.Thread]] = []
    runner.done.connect(lambda m, f: received.append((m, f, threading.current_thread())))
    meeting = Meeting(title="Consultation")
    runner.request(meeting)
    qtbot.waitUntil(lambda: bool(received))
    [(checked, findings, thread)] = received
    assert checked is meeting and findings[0].message == "Consultation"
    assert thread is threading.main_thread() and threads[0] is not threading.main_thread()
    assert runner.is_idle()


def test_a_newer_meeting_replaces_one_not_yet_checked(qtbot: QtBot) -> None:
    release, started = threading.Event(), threading.Event()
    checked: list[str] = []

    def slow_check(meeting: Meeting) -> tuple[Finding, ...]:
        started.set()
        release.wait(10)
        checked.append(meeting.title)
        return _finding(meeting)

    runner = ChecksRunner(slow_check)
    received: list[str] = []
    runner.done.connect(lambda m, _f: received.append(m.title))
    runner.request(Meeting(title="first"))
    assert started.wait(10)  # "first" is being checked
    for title in ("second", "third", "fourth"):
        runner.request(Meeting(title=title))
    release.set()
    qtbot.waitUntil(lambda: received == ["first", "fourth"])
    assert checked == ["first", "fourth"]  # the two in between were never checked


def test_checks_that_raise_give_no_findings_and_the_runner_goes_on(qtbot: QtBot) -> None:
    calls = []

    def broken(meeting: Meeting) -> tuple[Finding, ...]:
        calls.append(meeting.title)
        if meeting.title == "bad":
            raise ValueError("a rule broke")
        return _finding(meeting)

    runner = ChecksRunner(broken)
    received: list[tuple[str, int]] = []
    runner.done.connect(lambda m, f: received.append((m.title, len(f))))
    runner.request(Meeting(title="bad"))
    qtbot.waitUntil(lambda: len(received) == 1)
    runner.request(Meeting(title="good"))
    qtbot.waitUntil(lambda: len(received) == 2)
    assert received == [("bad", 0), ("good", 1)]
