"""Finds the time expressions of a text and resolves them against the publication day.

Compiled regular expressions from the language tables, and no date-parsing library:
dateparser costs 15 ms per article even with the language given, and misreads the cases that
matter here ("giovedì" a week early, "metà gennaio" on an invented day, "nell'ottobre 2024"
as just 2024, "12.000 secondo Kiev" as a date). This finder takes about 0.9 ms on the 3 KB
reference article and 0.8-1.3 ms per 1,000 characters of MEANTIME news (numbers-heavy English;
``benchmarks/timex_eval.py``, CPU time on a shared 2-core machine).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from checker.days import DayRange, DaySpan
from checker.timex import spans
from checker.timex.grammar import DIGIT, TOKEN, Grammar, grammar_for
from checker.timex.interpret import READERS, Context, Reading
from checker.timex.mention import TimeMention
from checker.timex.spans import month_span
from checker.timex.tables import load_table

# Where a clause ends: a future cue before it no longer governs what follows ("the vote will
# be on Sunday, officials said Monday").
# Not the ":" of "15:00", nor the full stop of an initial ("Daniel P. Davison", "U.S.").
_CLAUSE_END = re.compile(r"[!?\n;\"“”«»()]|[.:,](?!\d)(?<!\b[A-Z]\.)")
_LOOKBACK = 30
_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_HYPHENS = frozenset("-‐‑")
# "from $4 million a year earlier", "the year-ago quarter": a quarter named for comparison;
# the quarter the story is about stays the reference for what follows.
_COMPARISONS = frozenset({"year_earlier", "year_quarter", "ago", "anchored"})
# How many words after a common first word ("the", "un") a telling one must come: "the third
# quarter of 2024", "all'inizio di questo mese".
_REACH = 5


_CLAUSE_REACH = 200


def _clause_start(text: str, position: int) -> int:
    window_start = max(0, position - _CLAUSE_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, window_start, position)]
    return ends[-1] if ends else window_start


_SENTENCE_END = re.compile(r"[.!?\n](?<!\b[A-Z]\.)\s")


def _speaks_of_past(grammar: Grammar, text: str, position: int) -> bool:
    """The sentence around ``position`` is told in the past and holds no future cue: a month
    named without a year that has not come yet this year is then last year's ("In November,
    sales fell", in an October article)."""
    window_start = max(0, position - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, position)]
    start = ends[-1] if ends else window_start
    following = _SENTENCE_END.search(text, position, position + 200)
    end = following.start() if following else min(len(text), position + 200)
    if grammar.future_cues.search(text, start, end):
        return False
    return grammar.past_tense.search(text, start, end) is not None


def _speaks_of_future(grammar: Grammar, text: str, position: int) -> bool:
    """A future cue between the clause's start and the expression ("will", "si terrà"), with no
    past one after it: in "the company will report next week and said Monday" the reporting
    verb, not the "will" before it, governs "Monday"."""
    start = _clause_start(text, position)
    cues = list(grammar.future_cues.finditer(text, start, position))
    if not cues:
        return _future_follows(grammar, text, start, position)
    if grammar.past_plans.search(text, start, cues[-1].start()):
        return False  # "it had been due to expire Friday": the plan, not the day, is told
    return grammar.past_cues.search(text, cues[-1].end(), position) is None


def _future_follows(grammar: Grammar, text: str, start: int, position: int) -> bool:
    """A future cue after the expression in its clause, and no past verb in the clause before
    the cue: "A settembre è prevista la visita"; not "announced Friday that it will give"."""
    if grammar.past_tense.search(text, start, position):
        return False
    # as far ahead as _clause_start looks back: a text without stops is not read to its end
    # for every time it names
    following = _CLAUSE_END.search(text, position, position + _CLAUSE_REACH)
    end = following.start() if following else min(len(text), position + _CLAUSE_REACH)
    cue = grammar.future_cues.search(text, position, end)
    return cue is not None and grammar.past_tense.search(text, position, cue.start()) is None \
        and grammar.past_plans.search(text, start, cue.start()) is None


def _preposition(
    grammar: Grammar, text: str, start: int, floor: int
) -> tuple[int, str | None]:
    """The preposition or article just before ``start``, never reaching back past ``floor``
    (the end of the previous mention)."""
    window_start = max(floor, start - _LOOKBACK)
    match = grammar.prepositions.search(text, window_start, start)
    if match is None:
        return start, None
    return match.start(1), match.group(1)


@lru_cache(maxsize=128)
def times_of(text: str, language: str, published: date) -> tuple[TimeMention, ...]:
    """:func:`find_times`, kept for callers that ask about the same text again: a date rule
    reads each stated time inside its sentence, and a long sentence with many dates would
    otherwise be read once per date."""
    return tuple(find_times(text, language, published))


def find_times(text: str, language: str, published: date) -> list[TimeMention]:
    """Every time expression in ``text``, in order, resolved against ``published``."""
    grammar = grammar_for(language)
    table = load_table(language)
    mentions: list[TimeMention] = []
    last_day: date | None = None
    last_day_index: int | None = None
    last_value: str | None = None
    position = 0
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two; keep offsets exact
        lowered = text
    words = TOKEN.findall(lowered)
    starts = [m.start() for m in TOKEN.finditer(lowered)]
    keys = [DIGIT if w[0].isdigit() else w for w in words]
    strong = [key in grammar.strong for key in keys]
    for index, key in enumerate(keys):
        candidates = grammar.starts.get(key)
        if candidates is None:
            continue
        start = starts[index]
        if start < position:
            continue
        if key == DIGIT and start > 1 and text[start - 1] in ".,:/" and text[start - 2].isdigit():
            continue  # the "000" of "10,000", the "30" of "18:30": inside a number
        if not strong[index] and not any(strong[index + 1:index + 1 + _REACH]):
            continue
        matches = [(t, m) for t in candidates if (m := t.pattern.match(text, start))]
        if not matches:
            continue
        future = _speaks_of_future(grammar, text, start)
        ctx = Context(
            published, future, last_day, last_day_index, last_value,
            not future and _speaks_of_past(grammar, text, start),
        )
        best: tuple[int, Reading, str] | None = None
        for template, match in sorted(matches, key=lambda tm: -tm[1].end()):
            if best is not None and match.end() <= best[0]:
                break
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            reading = READERS[template.kind](groups, table, ctx)
            if reading is not None:
                best = (match.end(), reading, template.kind)
        if best is None:
            continue
        end, reading, kind = best
        if reading.value in _REFS and text[end:end + 1] in _HYPHENS:
            continue  # "the now-cancelled deal": part of an adjective, not a time
        phrase_start, preposition = _preposition(grammar, text, start, position)
        mentions.append(
            TimeMention(
                start=start,
                end=end,
                expression=text[start:end],
                kind=reading.kind,
                value=reading.value,
                span=reading.span,
                duration=reading.duration,
                iso_duration=reading.iso_duration,
                anchor=reading.anchor,
                mod=reading.mod,
                narrative=reading.narrative,
                preposition=preposition,
                phrase_start=phrase_start,
            )
        )
        if reading.span is not None and reading.span.first == reading.span.last:
            last_day, last_day_index = reading.span.first, len(mentions) - 1
        if reading.kind == "date" and reading.value is not None and reading.value[:4].isdigit() \
                and not (kind in _COMPARISONS and "-Q" in reading.value):
            last_value = reading.value
        position = end
    mentions = _months_of_named_years(text, _year_ranges(text, mentions, grammar), grammar)
    mentions = _weeks_ending_on_a_day(text, mentions, grammar)
    return _clock_times_on_the_day_that_follows(text, mentions)


_WEEK_VALUE = re.compile(r"\d{4}-W\d{2}")


def _weeks_ending_on_a_day(text: str, mentions: list[TimeMention],
                           grammar: Grammar) -> list[TimeMention]:
    """"in the week ended Friday", "nella settimana terminata venerdì": the seven days up to
    that day, not the week of publication beside a separate Friday."""
    merged: list[TimeMention] = []
    for mention in mentions:
        week = merged[-1] if merged else None
        if week is not None and _WEEK_VALUE.fullmatch(week.value or "") and week.narrative \
                and mention.span is not None and mention.span.first == mention.span.last \
                and mention.anchor is None \
                and (grammar.week_ending.fullmatch(text, week.end, mention.phrase_start)
                     or grammar.week_ending.fullmatch(text, week.end, mention.start)):
            day = mention.span.first
            merged[-1] = replace(
                week, end=mention.end, expression=text[week.start:mention.end],
                value=spans.week_value(day), span=DaySpan(day - timedelta(days=6), day),
                narrative=mention.narrative,
            )
            continue
        merged.append(mention)
    return merged


_MONTH_VALUE = re.compile(r"\d{4}-(\d{2})")


def _months_of_named_years(text: str, mentions: list[TimeMention],
                           grammar: Grammar) -> list[TimeMention]:
    """"a gennaio del prossimo anno", "in March last year": one month, in the year the words
    after it name, not a month guessed from publication beside a separate year."""
    merged: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        index += 1
        following = mentions[index] if index < len(mentions) else None
        month = _MONTH_VALUE.fullmatch(mention.value or "")
        if month is None or following is None or following.kind != "date" \
                or not (following.value or "").isdigit() or len(following.value or "") != 4 \
                or _bare_year(text, following) is not None or following.narrative \
                or following.anchor is not None \
                or not grammar.month_year_join.fullmatch(text, mention.end, following.start):
            merged.append(mention)
            continue
        year, number = int(following.value or ""), int(month.group(1))
        index += 1
        merged.append(replace(
            mention, end=following.end, expression=text[mention.start:following.end],
            value=f"{year}-{number:02d}", span=month_span(year, number),
        ))
    return merged


# "2010-11", "2009–2011", "2010/11": a second year written right after the first.
_YEAR_SUFFIX = re.compile(r"[-–/](\d{4}|\d{2})(?![\w%-–/])")


def _bare_year(text: str, mention: TimeMention) -> int | None:
    if mention.kind == "date" and mention.value is not None and mention.value.isdigit() \
            and text[mention.start:mention.end] == mention.value:
        return int(mention.value)
    return None


def _year_ranges(text: str, mentions: list[TimeMention], grammar: Grammar) -> list[TimeMention]:
    """"by 2010-11", "from 2009 to 2011", "tra il 2014 e il 2016": one stretch of years (TIMEX3
    writes its length, P2Y; its span runs from the first year's start to the last one's end),
    not a date in the first year and another in the last."""
    merged: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        index += 1
        first = _bare_year(text, mention)
        if first is None:
            merged.append(mention)
            continue
        last, end = None, mention.end
        suffix = _YEAR_SUFFIX.match(text, mention.end)
        following = mentions[index] if index < len(mentions) else None
        if suffix is not None:
            digits = suffix.group(1)
            last = int(digits) if len(digits) == 4 else first // 100 * 100 + int(digits)
            end = suffix.end()
        elif following is not None and _bare_year(text, following) is not None \
                and grammar.range_between.match(text[mention.end:following.start]) \
                and grammar.range_before.search(text, max(0, mention.start - 30), mention.start):
            last, end = _bare_year(text, following), following.end
        if last is None or not first < last <= first + 100:
            merged.append(mention)
            continue
        while index < len(mentions) and mentions[index].start < end:
            index += 1  # the second year is part of this stretch
        years = last - first
        merged.append(replace(
            mention, end=end, expression=text[mention.start:end], kind="duration",
            value=f"P{years}Y", iso_duration=f"P{years}Y",
            duration=DayRange(365 * years, 366 * (years + 1)),
            span=DaySpan(date(first, 1, 1), date(last, 12, 31)),
        ))
    return merged


_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T[\dA-Z]")  # a clock time or a part of the day


def _clock_times_on_the_day_that_follows(
    text: str, mentions: list[TimeMention]
) -> list[TimeMention]:
    """"at 6 a.m. on Tuesday", "mid-afternoon yesterday": a clock time or a part of the day is
    on the day named right after it (only a preposition or comma between), not on the day
    mentioned before it."""
    for i, (mention, after) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if mention.value is None or not _CLOCK_VALUE.match(mention.value):
            continue
        if after.kind != "date" or after.span is None or after.span.first != after.span.last:
            continue
        between = text[mention.end:after.phrase_start]
        if between.strip(" ,") or after.anchor is not None:
            continue
        if mention.value[11:12].isalpha() and "," in between:
            continue  # "this morning, Monday": a part of the day already placed, then a day
        day = after.span.first
        mentions[i] = replace(
            mention, value=day.isoformat() + mention.value[10:], span=after.span
        )
    return mentions


def resolve(expression: str, language: str, published: date) -> DaySpan | None:
    """The days one time expression denotes ("metà gennaio" -> January 11-20), or ``None``
    when it fixes no window of days (durations, "poco prima", "recently")."""
    dated = [m for m in find_times(expression, language, published) if m.span is not None]
    if not dated:
        return None
    return max(dated, key=lambda m: m.end - m.start).span
