"""The built-in sample meeting: the 2017 consultation on human rights defenders in Geneva.

It is built from the real concept note (see ``resources/sample/``) and is what the app and the
CLI open when no meeting file is given. The concept note has no bios: each person has a bio
marked as a placeholder, to be replaced, never invented facts.
"""

from __future__ import annotations

from pathlib import Path

from briefing.jsonio import read_meeting_json
from briefing.model import Meeting

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_JSON = RESOURCES / "sample" / "hrd-consultation-2017-11-30.json"


def sample_meeting() -> Meeting:
    """The sample meeting, read from the JSON shipped in ``resources/sample``."""
    return read_meeting_json(SAMPLE_JSON)
