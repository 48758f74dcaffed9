"""The small editable tables of the editors: how a changed tuple is told to the views, and how a
typed date is read."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.editors.tables import parse_date, row_change


def test_row_change() -> None:
    assert row_change("abc", "abc") == ("same", 0, 0)
    assert row_change("abc", "abxc") == ("insert", 2, 2)
    assert row_change("abc", "ac") == ("remove", 1, 1)
    assert row_change("abcd", "bcad") == ("move", 0, 2)
    assert row_change("abcd", "adbc") == ("move", 3, 1)
    assert row_change("abcd", "abXd") == ("edit", 2, 2)
    assert row_change("abcd", "xy") == ("reset", 0, 0)


def test_parse_date() -> None:
    assert parse_date("2017-11-27") == dt.date(2017, 11, 27)
    assert parse_date(" 27 November 2017 ") == dt.date(2017, 11, 27)
    assert parse_date("27/11/2017") == dt.date(2017, 11, 27)
    assert parse_date("") is None
    for text in ("31 Feb 2017", "27 Novembre", "soon"):
        with pytest.raises(ValueError, match="not a date"):
            parse_date(text)
