"""Dates, times and lengths as each pack language writes them (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.formatting import (
    format_date,
    format_date_range,
    format_duration,
    format_short_date,
    format_slot,
    month_number,
)

DAY = dt.date(2017, 11, 30)
MONTH_NAMES_EN = ("January", "November", "December", "Thursday")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "30 November 2017"),
        ("fr", "30 novembre 2017"),
        ("es", "30 de noviembre de 2017"),
        ("ru", "30 ноября 2017\u202fг."),
        ("zh", "2017年11月30日"),
        ("ar", "30 نوفمبر 2017"),
        ("fr-CH", "30 novembre 2017"),
        ("zh_Hans", "2017年11月30日"),
        ("ar-SA", "30 نوفمبر 2017"),
        ("de", "30 November 2017"),  # no pack words in German: the pack is English
    ],
)
def test_dates(language: str, expected: str) -> None:
    assert format_date(DAY, language=language) == expected


def test_english_is_unchanged_and_the_default() -> None:
    assert format_date(DAY) == "30 November 2017"
    assert format_date(DAY, weekday=True) == "Thursday 30 November 2017"
    assert format_date_range(dt.date(2017, 11, 27), dt.date(2017, 11, 29)) == "27–29 November 2017"
    assert format_date_range(DAY, dt.date(2017, 12, 2)) == "30 November – 2 December 2017"
    assert format_date_range(dt.date(2017, 12, 30), dt.date(2018, 1, 2)) == (
        "30 December 2017 – 2 January 2018"
    )
    assert format_date_range(DAY, None) == format_date_range(None, DAY) == "30 November 2017"
    assert format_date_range(None, None) == ""
    assert format_slot(dt.time(10), dt.time(10, 15)) == "10:00–10:15"
    assert format_slot(dt.time(10), None) == "10:00"
    assert format_slot(None, None) == ""
    assert [format_duration(m) for m in (45, 60, 90)] == ["45 min", "1 h", "1 h 30 min"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Jeudi 30 novembre 2017"),
        ("es", "Jueves, 30 de noviembre de 2017"),
        ("ru", "Четверг, 30 ноября 2017\u202fг."),
        ("zh", "2017年11月30日星期四"),
        ("ar", "الخميس، 30 نوفمبر 2017"),
    ],
)
def test_dates_with_the_weekday_start_a_line(language: str, expected: str) -> None:
    assert format_date(DAY, weekday=True, language=language) == expected


@pytest.mark.parametrize(
    ("language", "same_month", "two_months", "two_years"),
    [
        (
            "fr",
            "27–29 novembre 2017",
            "30 novembre – 2 décembre 2017",
            "30 décembre 2017 – 2 janvier 2018",
        ),
        (
            "es",
            "27–29 de noviembre de 2017",
            "30 de noviembre – 2 de diciembre de 2017",
            "30 de diciembre de 2017 – 2 de enero de 2018",
        ),
        (
            "ru",
            "27—29 ноября 2017\u202fг.",
            "30 ноября — 2 декабря 2017\u202fг.",
            "30 декабря 2017\u202fг. — 2 января 2018\u202fг.",
        ),
        (
            "zh",
            "2017年11月27日 – 29日",
            "2017年11月30日 – 12月2日",
            "2017年12月30日 – 2018年1月2日",
        ),
        ("ar", "27–29 نوفمبر 2017", "30 نوفمبر – 2 ديسمبر 2017", "30 ديسمبر 2017 – 2 يناير 2018"),
    ],
)
def test_ranges(language: str, same_month: str, two_months: str, two_years: str) -> None:
    def span(first: dt.date, last: dt.date) -> str:
        return format_date_range(first, last, language)

    assert span(dt.date(2017, 11, 27), dt.date(2017, 11, 29)) == same_month
    assert span(DAY, dt.date(2017, 12, 2)) == two_months
    assert span(dt.date(2017, 12, 30), dt.date(2018, 1, 2)) == two_years


def test_arabic_dates_use_latin_digits() -> None:
    text = format_date_range(dt.date(2017, 11, 27), dt.date(2017, 12, 2), "ar")
    text += format_slot(dt.time(9), dt.time(13, 30), "ar")
    assert not any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in text)


@pytest.mark.parametrize(
    ("language", "slot"),
    [
        ("fr", "09:00 – 13:30"),
        ("es", "9:00–13:30"),
        ("ru", "09:00—13:30"),
        ("zh", "09:00–13:30"),
        ("ar", "09:00–13:30"),
    ],
)
def test_slots(language: str, slot: str) -> None:
    assert format_slot(dt.time(9), dt.time(13, 30), language) == slot


@pytest.mark.parametrize(
    ("language", "durations"),
    [
        ("fr", ("45 min", "1 h", "1 h 30 min")),
        ("es", ("45 min", "1 h", "1 h 30 min")),
        ("ru", ("45 мин", "1 ч", "1 ч 30 мин")),
        ("zh", ("45分钟", "1小时", "1小时30分钟")),
        ("ar", ("45 دقيقة", "ساعة واحدة", "ساعة واحدة و30 دقيقة")),
    ],
)
def test_durations(language: str, durations: tuple[str, str, str]) -> None:
    assert tuple(format_duration(m, language) for m in (45, 60, 90)) == durations


def test_arabic_durations_agree_with_their_number() -> None:
    assert [format_duration(m, "ar") for m in (1, 2, 5, 120)] == [
        "دقيقة واحدة",
        "دقيقتان",
        "5 دقائق",
        "ساعتان",
    ]


def test_no_english_month_in_other_languages() -> None:
    for language in ("fr", "es", "ru", "zh", "ar"):
        texts = [
            format_date(dt.date(2017, month, 1), weekday=True, language=language)
            for month in range(1, 13)
        ]
        assert not any(name in text for text in texts for name in MONTH_NAMES_EN), language


def test_short_dates_and_month_names_read_back() -> None:
    assert format_short_date(dt.date(2017, 11, 27)) == "27 Nov 2017"
    assert format_short_date(DAY, "fr") == "30 nov. 2017"
    for name, number in (
        ("November", 11),
        ("nov.", 11),
        ("févr.", 2),
        ("FEVRIER", 2),
        ("setiembre", 9),
        ("ноября", 11),
        ("Ноябрь", 11),
        ("نوفمبر", 11),
        ("Brumaire", 0),
    ):
        assert month_number(name) == number, name
