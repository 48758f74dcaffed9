"""Opening meetings for the desktop app: meeting files, meeting JSON and the built-in sample."""

from __future__ import annotations

from pathlib import Path

from briefing.jsonio import read_meeting_json
from briefing.model import Meeting
from briefing.store import load_meeting

OPEN_FILTERS = ";;".join(
    (
        "Meeting files and JSON (*.meeting *.json)",
        "Meeting files (*.meeting)",
        "Meeting JSON (*.json)",
    )
)


def read_meeting_file(path: Path) -> Meeting:
    """Read a ``.json`` meeting JSON or a meeting file; raises a ``BriefingError`` naming it."""
    if path.suffix.lower() == ".json":
        return read_meeting_json(path)
    return load_meeting(path)


def sample_meeting() -> Meeting:
    """The built-in sample meeting (imported on first use)."""
    from briefing.sample import sample_meeting as build_sample

    return build_sample()
