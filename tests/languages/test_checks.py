"""``briefing check`` knows the roles as each language types them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.model import Meeting
from briefing.store import save_meeting
from tests.languages.conftest import NAMES, run_cli
from tests.languages.meetings import make_meeting

NO_MODERATOR = "has no moderator"


def _check(meeting: Meeting, path: Path) -> str:
    save_meeting(meeting, path)
    code, out, err = run_cli("check", str(path))
    assert code == 0, err
    return out


def _without_moderator(meeting: Meeting, item_id: str) -> Meeting:
    """The meeting with the moderator of one session taken out (the last person of the first
    panel, the typed moderator of the others: see ``meetings._items``)."""
    item = meeting.item(item_id)
    kept = tuple(p for p in item.participants if p is not item.participants[-1])
    agenda = tuple(
        dataclasses.replace(i, participants=kept) if i.id == item_id else i for i in meeting.agenda
    )
    return dataclasses.replace(meeting, agenda=agenda)


@pytest.mark.parametrize("name", NAMES)
def test_no_session_lacks_a_moderator(name: str, tmp_path: Path) -> None:
    out = _check(make_meeting(name), tmp_path / f"{name}.meeting")
    assert NO_MODERATOR not in out


@pytest.mark.parametrize("name", NAMES)
def test_the_one_session_without_its_moderator_is_named(name: str, tmp_path: Path) -> None:
    """The check sees the typed moderators: take one away and it names that session alone."""
    meeting = _without_moderator(make_meeting(name), "panel-1")
    out = _check(meeting, tmp_path / f"{name}.meeting")
    flagged = [line for line in out.splitlines() if NO_MODERATOR in line]
    assert len(flagged) == 1, out
    assert meeting.item("panel-1").title[:20] in flagged[0]
