"""Partial dates as day windows, durations as day ranges."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.days import DaySpan, parse_duration, parse_partial_date, parse_published


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-10", date(2024, 10, 1), date(2024, 10, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-02", date(2025, 2, 1), date(2025, 2, 28)),
        ("2025-02-27", date(2025, 2, 27), date(2025, 2, 27)),
    ],
)
def test_partial_dates_are_whole_windows(text, first, last):
    assert parse_partial_date(text) == DaySpan(first, last)


@pytest.mark.parametrize("text", ["2025-02-30", "2024-13", "2023-02-29", "24-10", "ottobre"])
def test_impossible_dates_are_refused_with_a_reason(text):
    with pytest.raises(ValueError, match=repr(text)):
        parse_partial_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_month_window_contains_each_of_its_days(day):
    span = parse_partial_date(f"{day.year:04d}-{day.month:02d}")
    assert span.first <= day <= span.last
    assert parse_partial_date(day.isoformat()) == DaySpan(day, day)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("P1M", 28, 31), ("P30D", 30, 30), ("P2W", 14, 14), ("P1Y", 365, 366), ("P1M15D", 43, 46)],
)
def test_durations_cover_every_calendar_length(text, low, high):
    span = parse_duration(text)
    assert (span.min_days, span.max_days) == (low, high)


def test_a_malformed_duration_names_the_expected_form():
    with pytest.raises(ValueError, match="P1M"):
        parse_duration("one month")


def test_publication_date_with_an_offset_gives_its_calendar_day():
    assert parse_published("2025-02-27T23:30:00+01:00") == date(2025, 2, 27)
    assert parse_published("2025-02-27") == date(2025, 2, 27)
