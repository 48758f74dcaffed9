"""Alphabetical bios in a Chinese pack follow pinyin, as Chinese readers look names up."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypinyin import lazy_pinyin

from briefing.model import BioOrder
from briefing.store import save_meeting
from tests.languages.conftest import run_cli
from tests.languages.meetings import BUILD_DATE, make_meeting
from tests.languages.readback import cjk_words_holding, pdf_lines

pytestmark = pytest.mark.slow


def test_chinese_bios_in_alphabetical_order_follow_pinyin(tmp_path: Path) -> None:
    meeting = make_meeting("zh")
    pack = dataclasses.replace(meeting.pack_definitions()[0], bio_order=BioOrder.ALPHABETICAL)
    meeting = dataclasses.replace(meeting, packs=(pack,))
    save_meeting(meeting, tmp_path / "zh.meeting")
    code, _, err = run_cli(
        "build", str(tmp_path / "zh.meeting"), "-o", str(tmp_path / "out"),
        "--build-date", BUILD_DATE.isoformat(),
    )  # fmt: skip
    assert code == 0, err
    lines = pdf_lines(next((tmp_path / "out").glob("*.pdf")))
    # Each name's last place in the pack is its bio (the notes after the bios name nobody).
    last = {}
    for index, line in enumerate(lines):
        for person in meeting.people:
            if cjk_words_holding(line, person.name):
                last[person.name] = index
    assert len(last) == len(meeting.people)
    printed = sorted(last, key=last.__getitem__)
    expected = sorted(last, key=lambda name: lazy_pinyin(name))
    assert printed == expected
