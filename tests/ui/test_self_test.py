"""The app's self-test from source (``main.py --self-test``): what an IT service runs after an
install, and what the bundle's smoke test runs frozen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.sample import sample_meeting

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def self_test(tmp_path: Path, *args: str, home: Path | None = None) -> tuple[int, dict, str]:
    """Run the self-test in a fresh process; its exit status, its report, its standard output."""
    report = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    if home is not None:
        env = {k: v for k, v in env.items() if not k.startswith(("XDG_", "BRIEFING_"))}
        env["HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--report", str(report), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, json.loads(report.read_text(encoding="utf-8")), done.stdout


@pytest.mark.slow
def test_it_shows_the_sample_builds_its_pdf_and_previews_it(tmp_path: Path) -> None:
    status, report, out = self_test(tmp_path, "--keep", str(tmp_path / "kept"))

    assert status == 0, report["problems"]
    assert json.loads(out) == report
    assert report["ok"] and report["problems"] == []
    assert report["window"]["shown"] and report["window"]["seconds_since_start"] > 0
    assert report["window"]["meeting"] == sample_meeting().title
    assert report["build"]["pages"] == report["preview"]["pages"] > 5
    assert report["preview"]["page_shown"]
    assert report["accelerator"]["in_app"] and report["accelerator"]["in_child"]
    assert report["child_process"]["pid"] != os.getpid()
    assert report["manifest"] is None and not report["frozen"]  # from source
    (kept,) = (tmp_path / "kept").glob("*.pdf")
    assert kept.name == report["preview"]["file"]


@pytest.mark.slow
def test_it_shows_the_window_in_the_language_asked_for(tmp_path: Path) -> None:
    status, report, _out = self_test(tmp_path, "--language", "ar")

    assert status == 0, report["problems"]
    assert report["window"]["language"] == "ar" and report["window"]["right_to_left"]
    assert report["window"]["menus"] == ["ملف", "تحرير", "عرض", "تعليمات"]


def test_it_says_what_it_was_waiting_for_when_time_runs_out(tmp_path: Path) -> None:
    status, report, _out = self_test(tmp_path, "--timeout", "0")

    assert status == 1
    assert not report["ok"]
    assert report["problems"][0].startswith("timed out after 0 s waiting for: window")


@pytest.mark.slow
def test_it_writes_nothing_into_the_users_folders(tmp_path: Path) -> None:
    """Its settings, drafts, data and font cache are temporary folders, removed at the end."""
    home = tmp_path / "home"
    home.mkdir()
    status, report, _out = self_test(tmp_path, home=home)

    assert status == 0, report["problems"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "report.json"]
    written = [p for p in home.rglob("*") if "briefing" in p.name.lower()]
    assert written == []


@pytest.mark.slow
def test_a_pdf_that_cannot_be_kept_is_a_problem_and_the_test_still_ends(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    status, report, _out = self_test(tmp_path, "--keep", str(blocker / "packs"), "--timeout", "120")

    assert status == 1
    assert [p for p in report["problems"] if "could not be kept" in p], report["problems"]
    assert not [p for p in report["problems"] if "timed out" in p]
    assert report["build"]["pages"] > 5 and report["preview"]["loaded"]
