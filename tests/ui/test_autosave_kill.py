"""Autosave: an app killed with SIGKILL loses nothing that was on screen a second before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.sample import sample_meeting
from briefing.store import load_meeting, save_meeting
from ui.app import application, create_main_window

DRIVER = Path(__file__).with_name("autosave_driver.py")
ROOT = Path(__file__).resolve().parents[2]
NEW_TITLE = "Closing reception"


def _run_and_kill(settings: Path, data: Path, *meeting: Path) -> str:
    """Start the app, wait for its edit, give it one second, kill it; return the path it saved to."""
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFING_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, str(DRIVER), str(settings), NEW_TITLE, *map(str, meeting)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        lines = []
        for line in child.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if line.startswith("EDITED"):
                break
        assert lines and lines[-1].startswith("EDITED"), child.stderr.read()  # type: ignore[union-attr]
        time.sleep(1.0)  # "on screen a second before": no waiting for a save confirmation
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    return lines[-1].split(" ", 1)[1].strip()


@pytest.mark.slow
def test_a_killed_app_keeps_the_edit_in_the_meeting_file(
    qtbot: QtBot, tmp_path: Path, private_settings: Path
) -> None:
    path = tmp_path / "consultation.meeting"
    save_meeting(sample_meeting(), path)
    saved_to = _run_and_kill(tmp_path / "settings", tmp_path / "data", path)
    assert Path(saved_to) == path
    titles = [item.title for item in load_meeting(path).agenda]
    assert NEW_TITLE in titles
    assert len(titles) == len(sample_meeting().agenda) + 1


@pytest.mark.slow
def test_after_a_kill_the_next_start_opens_the_edited_sample_as_it_was(
    qtbot: QtBot, tmp_path: Path, private_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, data = tmp_path / "settings", tmp_path / "data"
    saved_to = Path(_run_and_kill(settings, data))  # no file: the sample, edited into a draft
    assert saved_to.parent == data / "Drafts"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    application([])  # the app's own names: the settings the killed app wrote
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(data))
    # a refusal to open would wait for a click for ever: fail with what it says instead
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(str(args[2])))
    window = create_main_window()  # no file named: what was open last
    qtbot.addWidget(window)
    assert window.document.path == saved_to
    assert NEW_TITLE in [item.title for item in window.meeting.agenda]
