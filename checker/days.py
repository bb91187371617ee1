"""Calendar days: partial ISO dates as day intervals, and ISO 8601 durations as day ranges.

An article's "ottobre 2024" is not a day but a window of days; every date the engine handles is
therefore a closed interval of days, and every duration a range of day counts ("a month" is 28
to 31 days), so no rule ever works with an invented day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DURATION = re.compile(
    r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$"
)


@dataclass(frozen=True, slots=True, order=True)
class DaySpan:
    """The days from ``first`` to ``last``, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"{self.first} is after {self.last}")

    def overlaps(self, other: DaySpan) -> bool:
        return self.first <= other.last and other.first <= self.last

    def describe(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def parse_partial_date(text: str) -> DaySpan:
    """``2024`` -> the year, ``2024-10`` -> October, ``2024-10-15`` -> that day.

    A full date-time is accepted too and gives its calendar day. Raises ``ValueError`` with a
    reader-friendly message for impossible dates such as ``2025-02-30``.
    """
    match = _PARTIAL.match(text)
    if match is None:
        try:
            moment = datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(
                f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
            ) from None
        return DaySpan(moment, moment)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is None:
        return DaySpan(date(year, 1, 1), date(year, 12, 31))
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has month {month}, which does not exist")
    length = calendar.monthrange(year, month)[1]
    if day is None:
        return DaySpan(date(year, month, 1), date(year, month, length))
    if not 1 <= day <= length:
        raise ValueError(f"{text!r} is not a calendar date: {year}-{month:02d} has {length} days")
    return DaySpan(date(year, month, day), date(year, month, day))


def parse_published(text: str) -> date:
    """The publication day from an ISO date or a date-time with offset."""
    if _PARTIAL.match(text) and len(text) == 10:
        return parse_partial_date(text).first
    return datetime.fromisoformat(text).date()


@dataclass(frozen=True, slots=True)
class DayRange:
    """How many days a stated duration may span: "P1M" is 28 to 31 days; no max is unbounded."""

    min_days: int
    max_days: int | None


def parse_duration(text: str) -> DayRange:
    """An ISO 8601 duration as the range of whole days it can cover."""
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not an ISO 8601 duration such as P1M, P30D or P2W")
    years, months, weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    fixed = weeks * 7 + days
    sub_day = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    low = fixed + years * 365 + months * 28 + sub_day.days
    high = fixed + years * 366 + months * 31 + sub_day.days + (1 if sub_day.seconds else 0)
    return DayRange(low, high)
