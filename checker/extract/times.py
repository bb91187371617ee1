"""The seam to :mod:`checker.timex`, which finds and resolves time expressions.

The extractor never parses times itself: when the time package is not installed it simply
writes no times, and everything else still works.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

_find_times: Callable[[str, str, date], Any] | None
try:  # the time finder is optional at run time
    from checker.timex import find_times as _find_times
except ImportError:  # pragma: no cover - depends on the installation
    _find_times = None


def available() -> bool:
    return _find_times is not None


def find_times(text: str, language: str, published: date) -> list[Any]:
    """The time mentions of ``text`` (objects with ``start``, ``end``, ``expression``, ``kind``,
    ``span``, ``iso_duration``, ``phrase_start``), or none without the time package."""
    if _find_times is None or not text:
        return []
    return list(_find_times(text, language, published))


def told_in_past(text: str, language: str) -> bool | None:
    """Whether ``text`` holds a past-tense verb ("closed", "ha chiuso"), by the time tables'
    reading of tense; None without the time package."""
    if _find_times is None:
        return None
    return _past_tense_in(text, language)


@lru_cache(maxsize=64)
def _past_tense_in(text: str, language: str) -> bool:
    # cached: every dated figure of one long clause asks about the same words
    from checker.timex.grammar import grammar_for

    return grammar_for(language).past_tense.search(text) is not None


def time_object(mention: Any, text: str) -> dict[str, str] | None:
    """A schema ``time`` for a dated mention: {date} for a day, month or year, else {start, end}.
    A stretch of years ("from 2009 to 2011") is a duration that also fixes its days."""
    span = getattr(mention, "span", None)
    if span is None or getattr(mention, "kind", "date") not in ("date", "time", "duration"):
        return None
    start = getattr(mention, "phrase_start", mention.start)
    expression = text[start:mention.end]
    return {**_window(span.first, span.last), "expression": expression}


def _window(first: date, last: date) -> dict[str, str]:
    if first == last:
        return {"date": first.isoformat()}
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) \
            and last.day == calendar.monthrange(last.year, last.month)[1]:
        return {"date": f"{first.year:04d}-{first.month:02d}"}
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return {"date": f"{first.year:04d}"}
    return {"start": first.isoformat(), "end": last.isoformat()}
