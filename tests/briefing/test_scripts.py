"""Direction and script detection."""

from __future__ import annotations

import pytest

from briefing.scripts import (
    first_strong_direction,
    has_cjk,
    has_rtl,
    is_language_tag,
    is_rtl_language,
    primary_language,
)


@pytest.mark.parametrize(
    ("tag", "rtl"),
    [("ar", True), ("ar-SA", True), ("AR_eg", True), ("en", False), ("zh-CN", False)],
)
def test_arabic_packs_read_right_to_left(tag: str, rtl: bool) -> None:
    assert is_rtl_language(tag) is rtl


def test_primary_language_is_the_first_subtag() -> None:
    assert [primary_language(t) for t in ("zh_Hans", "fr-CH", " ES ")] == ["zh", "fr", "es"]


def test_scripts_are_found_inside_other_text() -> None:
    assert has_rtl("Panellist: مريم العلي") and not has_rtl("Мария, Zoë, 李娜")
    assert has_rtl("\ufefb")  # a presentation form (lam-alef)
    assert has_cjk("Moderator: 李娜") and has_cjk("（") and not has_cjk("Zoë «Ñ»")


@pytest.mark.parametrize(
    ("text", "direction"),
    [("A/HRC/47/39 بيان", "L"), ("2011 بيان UN", "R"), ("(42) – 7", None), ("", None)],
)
def test_first_strong_letter_gives_the_direction(text: str, direction: str | None) -> None:
    assert first_strong_direction(text) == direction


@pytest.mark.parametrize(
    ("tag", "ok"),
    [
        ("en", True),
        ("zh-Hans", True),
        ("pt_BR", True),
        ("ast", True),
        ("e", False),
        ("../ar", False),
        ("ar-" + "x" * 40, False),
        ("fr CH", False),
        ("", False),
    ],
)
def test_what_is_a_language_tag(tag: str, ok: bool) -> None:
    assert is_language_tag(tag) is ok
