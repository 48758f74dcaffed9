"""The app's version: one number, from pyproject.toml, in the PDF packs and the About box."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from pypdf import PdfReader

from briefing import APP_NAME, app_version
from briefing.build import BuildRequest, build_packs
from briefing.progress import Monitor
from briefing.sample import sample_meeting

ROOT = Path(__file__).parents[2]


def test_the_version_is_the_projects() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert app_version() == project["version"]


def test_a_pdf_pack_names_the_app_and_its_version(tmp_path: Path) -> None:
    meeting = sample_meeting()
    request = BuildRequest(meeting.pack_definitions()[0], tmp_path, build_date=dt.date(2026, 1, 1))
    (built,) = build_packs(meeting, request, Monitor()).files
    info = PdfReader(built.path).metadata
    assert info is not None
    assert info.producer == f"{APP_NAME} {app_version()}"
    assert info.creator == f"{APP_NAME} {app_version()}"


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {app_version()}" in changelog
