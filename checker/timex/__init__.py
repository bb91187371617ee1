"""Time expressions in Italian and English text: found, and resolved to windows of days.

Used by the extractor to date claims and events, and by the date rules to read what a time
expression allows. ``find_times`` returns every :class:`TimeMention` of a text (``times_of``
the same, remembered for a text asked about again); ``resolve`` reads one expression. The
words live in language tables (``tables/<lang>.json``): adding a language is adding a table.

Resolution never invents a day: "ottobre 2024" is October 1-31, "metà gennaio" January
11-20, "all'inizio di questo mese" days 1-10 of the publication month, a bare weekday the
latest such day on or before publication ("giovedì" on a Thursday is that day; the next one
when the sentence speaks of the future before it), "last week" the previous Monday-Sunday,
"un mese fa" 28-31 days before publication. A month or day named without a year is in the
publication year unless that puts it over six months ahead (then the year before; with a
future cue, the mirror rule; three or more months ahead in a sentence told in the past, the
year before). "That year", "the year before", "the following year" count from the date last
named; "fiscal 2008" is FY2008 and "the first half of 2008" 2008-H1. Expressions stated
against another time ("two days later",
"poco prima") carry an :class:`Anchor` (relation and gap) and no span: what they are
anchored to is the caller's reading of the sentence.
"""

from checker.timex.finder import find_times, resolve, times_of
from checker.timex.mention import Anchor, TimeKind, TimeMention
from checker.timex.tables import available_languages

__all__ = [
    "Anchor", "TimeKind", "TimeMention", "available_languages", "find_times", "resolve",
    "times_of",
]
