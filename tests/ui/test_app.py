"""Starting the app: the meeting named on the command line, the sample, and the error box."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing.jsonio import write_meeting_json
from briefing.model import Meeting
from briefing.sample import sample_meeting
from briefing.store import save_meeting
from ui import app
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box shown, as (kind, title, text); none really opens."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return record

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


def run_main(args: list[str]) -> dict[str, Any]:
    """Run ``ui.app.main`` until its event loop starts, note what the window shows, then quit."""
    seen: dict[str, Any] = {}

    def look_and_quit() -> None:
        try:
            shown = QApplication.topLevelWidgets()
            [window] = [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]
            seen["title"] = window.windowTitle()
            seen["path"] = window.path_label.full_text()
            seen["counts"] = window.counts_label.text()
            seen["hook"] = sys.excepthook
            window.close()
        finally:
            QApplication.quit()  # even if the look failed: a test must never hang

    QTimer.singleShot(0, look_and_quit)
    seen["exit"] = app.main(args)
    return seen


def test_main_opens_a_meeting_json(
    meeting: Meeting, tmp_path: Path, dialogs: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "hrd.json"
    write_meeting_json(meeting, path)
    seen = run_main([str(path)])
    assert seen["exit"] == 0
    assert seen["title"] == "HRD consultation — Briefing Pack Assembler"
    assert seen["path"] == str(path)
    assert seen["counts"] == "2 agenda items · 3 people · 2 notes"
    assert dialogs == []


def test_main_opens_a_meeting_file(
    meeting: Meeting, tmp_path: Path, dialogs: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "hrd.meeting"
    save_meeting(meeting, path)
    seen = run_main([str(path)])
    assert seen["title"] == "HRD consultation — Briefing Pack Assembler"
    assert seen["path"] == str(path)
    assert dialogs == []


def test_main_without_a_file_shows_the_sample(dialogs: list[tuple[str, str, str]]) -> None:
    sample = sample_meeting()
    seen = run_main([])
    assert seen["title"] == f"{sample.short_title or sample.title} — Briefing Pack Assembler"
    assert seen["path"] == "Sample meeting"
    assert dialogs == []
    assert QApplication.applicationName() == "Briefing Pack Assembler"
    assert QApplication.organizationName() == "Briefing Pack Assembler"


def test_main_with_a_bad_file_warns_and_falls_back_to_the_sample(
    tmp_path: Path, dialogs: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "notes.meeting"
    path.write_text("just some notes, not a meeting", encoding="utf-8")
    seen = run_main([str(path)])
    [(kind, _title, text)] = dialogs
    assert kind == "warning"
    assert "notes.meeting" in text
    assert "is not a meeting file" in text
    assert seen["path"] == "Sample meeting"
    assert seen["exit"] == 0


def test_main_installs_the_error_box_only_while_it_runs(
    dialogs: list[tuple[str, str, str]],
) -> None:
    before = sys.excepthook
    seen = run_main([])
    assert seen["hook"] is app.show_unexpected_error
    assert sys.excepthook is before


def test_unexpected_errors_are_logged_and_shown(
    dialogs: list[tuple[str, str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    error = ValueError("bad <value> & more")
    with caplog.at_level(logging.ERROR, logger="ui.app"):
        app.show_unexpected_error(ValueError, error, error.__traceback__)
    [(kind, title, text)] = dialogs
    assert (kind, title) == ("critical", "Unexpected error")
    assert "ValueError" in text
    assert "bad &lt;value&gt; &amp; more" in text
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[1] is error


def test_keyboard_interrupt_goes_to_the_default_hook(
    monkeypatch: pytest.MonkeyPatch, dialogs: list[tuple[str, str, str]]
) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, error, trace: passed.append(kind))
    app.show_unexpected_error(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert dialogs == []


def test_meeting_path_is_the_first_argument_that_is_not_an_option() -> None:
    assert app.meeting_path([]) is None
    assert app.meeting_path(["--verbose", "a.meeting", "b.json"]) == Path("a.meeting")


def test_an_unexpected_error_is_written_to_the_log_file_and_the_box_says_where(
    dialogs: list[tuple[str, str, str]], private_settings: Path
) -> None:
    log_file = app.log_path()
    assert log_file.parent == private_settings / "data"
    app.log_to_file(log_file)
    root = logging.getLogger()
    try:
        try:
            raise RuntimeError("the model refused a value")
        except RuntimeError as error:
            app.show_unexpected_error(RuntimeError, error, error.__traceback__)
        for handler in root.handlers:
            handler.flush()
        logged = log_file.read_text(encoding="utf-8")
        assert "RuntimeError: the model refused a value" in logged
        assert "Traceback" in logged
        [(_kind, _title, text)] = dialogs
        assert str(log_file) in text and "meeting file was not changed" in text
    finally:
        for handler in [
            h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file)
        ]:
            root.removeHandler(handler)
            handler.close()


def test_starting_the_app_loads_no_renderer() -> None:
    """Start-up stays quick: reportlab, pypdf, python-docx and fontTools load with a build."""
    import subprocess

    code = (
        "import sys, ui.app; "
        "print(sorted(m for m in ('reportlab', 'pypdf', 'docx', 'fontTools', 'briefing.build') "
        "if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_qt_signals_do_not_leak_references_to_true() -> None:
    """PySide6 6.12.0 dropped a reference to True at every signal delivered to a Python slot;
    after a few thousand (minutes of typing) Python aborts. This guards the pinned version."""
    import gc

    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        fired = Signal(int, str)

    sender = Sender()
    received: list[int] = []
    sender.fired.connect(lambda number, _text: received.append(number))
    gc.collect()
    before = sys.getrefcount(True)
    for number in range(500):
        sender.fired.emit(number, "x")
    gc.collect()
    assert len(received) == 500
    assert sys.getrefcount(True) > before - 100  # 6.12.0: exactly 500 fewer


def test_a_file_the_system_asks_to_open_opens_in_the_window(
    qtbot: Any, meeting: Meeting, tmp_path: Path
) -> None:
    """macOS Finder's double-click on a .meeting file reaches the running app as an event."""
    from PySide6.QtGui import QFileOpenEvent

    path = tmp_path / "hrd.meeting"
    save_meeting(meeting, path)
    window = MainWindow(drafts=tmp_path / "drafts")
    qtbot.addWidget(window)
    opener = app.FileOpener(window)
    QApplication.instance().installEventFilter(opener)
    try:
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    finally:
        QApplication.instance().removeEventFilter(opener)
    assert window.document.path == path
    window.document.flush()
