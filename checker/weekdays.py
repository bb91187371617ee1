"""Weekday words in a time expression, read from the language tables of :mod:`checker.timex`.

"giovedì 26 febbraio 2025" names a Thursday; whether the stated day window holds one is a
calendar fact every dates rule must read the same way.
"""

from __future__ import annotations

import calendar
import re
from datetime import timedelta
from functools import cache

from checker.days import DaySpan
from checker.timex.tables import available_languages, load_table


@cache
def _pattern(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    if language not in available_languages():
        return None
    words = {word.lower(): day for word, day in load_table(language)["weekdays"].items()}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternation})(?!\w)", re.IGNORECASE), words


def knows_language(language: str) -> bool:
    return _pattern(language) is not None


def named_weekdays(expression: str, language: str) -> dict[int, str]:
    """The weekdays (0 is Monday) an expression names, each with the word that names it."""
    compiled = _pattern(language)
    if compiled is None or not expression:
        return {}
    regex, words = compiled
    found: dict[int, str] = {}
    for match in regex.finditer(expression):
        found.setdefault(words[match.group(1).lower()], match.group(1))
    return found


def weekdays_in(span: DaySpan) -> frozenset[int]:
    """The weekdays that occur in a window of days."""
    length = (span.last - span.first).days + 1
    return frozenset((span.first + timedelta(days=i)).weekday() for i in range(min(length, 7)))


def weekday_mismatch(expression: str | None, span: DaySpan, language: str) -> dict[int, str]:
    """The weekdays named by ``expression`` when none of them falls in ``span``, else {}."""
    named = named_weekdays(expression or "", language)
    if not named or set(named) & weekdays_in(span):
        return {}
    return named


def english_name(weekday: int) -> str:
    return calendar.day_name[weekday]
