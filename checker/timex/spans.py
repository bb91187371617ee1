"""Calendar arithmetic on day windows: months, weeks, parts of periods, weekdays.

Everything returns a :class:`~checker.days.DaySpan` covering exactly what the words allow:
"metà gennaio" is January 11-20, never a single invented day.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from checker.days import DaySpan

# Month parts by day of month: early 1-10, mid 11-20, late 21 to the end.
_MONTH_THIRDS = {"start": (1, 10), "mid": (11, 20)}
# Seasons as the union of the meteorological and astronomical readings, since articles use both.
_SEASONS = {"SP": ((3, 1), (6, 21)), "SU": ((6, 1), (9, 23)), "FA": ((9, 1), (12, 21))}


def day(d: date) -> DaySpan:
    return DaySpan(d, d)


def month_span(year: int, month: int) -> DaySpan:
    return DaySpan(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def year_span(year: int) -> DaySpan:
    return DaySpan(date(year, 1, 1), date(year, 12, 31))


def quarter_span(year: int, quarter: int) -> DaySpan:
    first = month_span(year, 3 * quarter - 2)
    last = month_span(year, 3 * quarter)
    return DaySpan(first.first, last.last)


def decade_span(first_year: int) -> DaySpan:
    return DaySpan(date(first_year, 1, 1), date(first_year + 9, 12, 31))


def season_span(year: int, season: str) -> DaySpan:
    if season == "WI":
        # "inverno 2024" may be the winter that ends in 2024 or the one that starts in it.
        return DaySpan(date(year - 1, 12, 1), date(year + 1, 3, 21))
    (m1, d1), (m2, d2) = _SEASONS[season]
    return DaySpan(date(year, m1, d1), date(year, m2, d2))


def week_span(any_day: date) -> DaySpan:
    monday = any_day - timedelta(days=any_day.weekday())
    return DaySpan(monday, monday + timedelta(days=6))


def week_value(any_day: date) -> str:
    year, week, _ = any_day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def part_of(span: DaySpan, part: str, granularity: str, published: date) -> DaySpan:
    """The part of a period that "inizio", "metà", "fine", "early", "earlier" ... denote."""
    if part == "earlier":
        return DaySpan(span.first, max(span.first, min(published, span.last)))
    if part == "later":
        return DaySpan(min(span.last, max(published, span.first)), span.last)
    if granularity == "month":
        if part in _MONTH_THIRDS:
            low, high = _MONTH_THIRDS[part]
            return DaySpan(span.first.replace(day=low), span.first.replace(day=high))
        if part == "end":
            return DaySpan(span.first.replace(day=21), span.last)
    if granularity == "year" and part in ("start", "mid", "end", "first-half", "second-half"):
        months = {
            "start": (1, 4), "mid": (5, 8), "end": (9, 12), "first-half": (1, 6),
            "second-half": (7, 12),
        }[part]
        year = span.first.year
        return DaySpan(month_span(year, months[0]).first, month_span(year, months[1]).last)
    if granularity == "decade" and part in ("start", "mid", "end"):
        first, last = {"start": (0, 3), "mid": (4, 6), "end": (7, 9)}[part]
        decade = span.first.year
        return DaySpan(date(decade + first, 1, 1), date(decade + last, 12, 31))
    length = (span.last - span.first).days + 1
    if part in ("first-half", "second-half"):
        half = length // 2
        if part == "first-half":
            return DaySpan(span.first, span.first + timedelta(days=half - 1))
        return DaySpan(span.first + timedelta(days=half), span.last)
    third = max(1, length // 3)
    if part == "start":
        return DaySpan(span.first, span.first + timedelta(days=third - 1))
    if part == "mid":
        return DaySpan(span.first + timedelta(days=third), span.last - timedelta(days=third))
    if part == "end":
        return DaySpan(span.last - timedelta(days=third - 1), span.last)
    return span


def weekday_on_or_before(weekday: int, published: date, strictly: bool = False) -> date:
    """The latest such weekday up to publication: "giovedì" on a Thursday is that day."""
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - timedelta(days=back)


def weekday_on_or_after(weekday: int, published: date, strictly: bool = False) -> date:
    ahead = (weekday - published.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return published + timedelta(days=ahead)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th such weekday of a month (n = -1: the last): Thanksgiving is (11, 3, 4)."""
    if n > 0:
        first = weekday_on_or_after(weekday, date(year, month, 1))
        return first + timedelta(days=7 * (n - 1))
    return weekday_on_or_before(weekday, month_span(year, month).last)


def infer_year(month: int, published: date, future: bool = False) -> int:
    """The year of a month named without one: the publication year, unless that puts it more
    than six months ahead ("11 December" in a January article is last December); when the
    sentence speaks of the future, unless that puts it more than six months back."""
    delta = month - published.month
    if not future and delta > 6:
        return published.year - 1
    if future and delta < -6:
        return published.year + 1
    return published.year
