"""What the time finder reports for one time expression in a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from checker.days import DayRange, DaySpan

TimeKind = Literal["date", "duration", "set", "time"]
Relation = Literal["before", "after", "shortly_before", "shortly_after", "same_time"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A time stated only against another one: "two days later" is ``after`` with a gap of 2-2
    days, "poco prima" is ``shortly_before`` with no stated gap, "lo stesso giorno" is
    ``same_time`` with a gap of 0.

    What the expression is anchored to (the previous dated event, or the clause that follows
    "poco prima che ...") is the caller's reading of the sentence, so such mentions carry no
    day span of their own. For scoring in the TimeML manner their ``value`` is nevertheless
    counted from the nearest single day mentioned before them, whose index in the list
    ``find_times`` returns is ``to`` (from publication when ``to`` is ``None``).
    """

    relation: Relation
    gap: DayRange | None = None
    to: int | None = None


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression: where it stands, its words, and what it denotes.

    ``start``/``end`` are code-point offsets of ``expression`` in the searched text.
    ``phrase_start`` extends them leftwards over the preposition or article that introduces
    it ("nell'", "da", "in the"), given verbatim as ``preposition``; it equals ``start`` when
    there is none. ``value`` follows TIMEX3 (``2024-10``, ``2025-W08``, ``P1M``,
    ``PRESENT_REF``) and ``mod`` its START/MID/END for parts of a period; ``span`` is the
    window of days a date or time allows (``None`` when the text does not fix one), and
    ``duration``/``iso_duration`` the length a duration states (``iso_duration`` is ``None``
    for a vague count such as "diversi anni", whose TIMEX3 value is ``PXY``). ``narrative``
    marks a date counted from the date last named ("the following year", "l'anno
    precedente", a clock time "at 18:00") or read as the period the story is about ("the
    month", "nel corso dell'anno") rather than from publication; ``anchor`` does the same
    for spans and gaps.
    """

    start: int
    end: int
    expression: str
    kind: TimeKind
    value: str | None
    span: DaySpan | None = None
    duration: DayRange | None = None
    iso_duration: str | None = None
    anchor: Anchor | None = None
    mod: str | None = None
    preposition: str | None = None
    phrase_start: int = -1
    narrative: bool = False

    def __post_init__(self) -> None:
        if self.phrase_start < 0:
            object.__setattr__(self, "phrase_start", self.start)
