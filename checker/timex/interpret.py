"""From the words a template matched to what they denote: TIMEX3 value, day span, duration.

Language-neutral: the words are looked up in the language table, and each kind of template
("calendar", "weekday", "ago", ...) has one reading function here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from checker.days import DayRange, DaySpan
from checker.timex import spans
from checker.timex.mention import Anchor, TimeKind

# Days one unit may last, (fewest, most): what makes "un mese" 28 to 31 days.
_UNIT_DAYS = {
    "Y": (365, 366), "M": (28, 31), "W": (7, 7), "D": (1, 1), "H": (0, 1 / 24),
    "MIN": (0, 1 / 1440), "S": (0, 1 / 86400), "DE": (3652, 3653), "CE": (36524, 36525),
    "Q": (89, 92), "FN": (14, 14), "WE": (2, 2),
}
_MODS = {
    "start": "START", "mid": "MID", "end": "END", "earlier": "EARLIER", "later": "LATER",
    "first-half": "FIRST_HALF", "second-half": "SECOND_HALF",
}
# "latest" is "ultimo": the last quarter or Monday, but of years or months a stretch of time
# ("nell'ultimo anno" is the past twelve months, "l'anno scorso" the calendar year before).
# "following" and "preceding" count from the date last named, not from publication: "In 2005
# ... the following year" is 2006.
_STEP = {"last": -1, "latest": -1, "this": 0, "next": 1, "following": 1, "preceding": -1}
_HALVES = {"first-half": 1, "second-half": 2}
# A month in the middle of each season, to place a season named without a year.
_SEASON_MONTHS = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}

Groups = Mapping[str, str]
Table = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Context:
    published: date
    future: bool = False
    anchor_day: date | None = None
    anchor_index: int | None = None
    # The TIMEX3 value of the last calendar date mentioned ("2005", "2005-05-05"): what "that
    # year" and "the same month" take their year and month from.
    last_value: str | None = None
    past: bool = False  # the sentence is told in the past, with no future cue


@dataclass(frozen=True, slots=True)
class Reading:
    kind: TimeKind
    value: str | None
    span: DaySpan | None = None
    duration: DayRange | None = None
    iso_duration: str | None = None
    anchor: Anchor | None = None
    mod: str | None = None
    narrative: bool = False  # counted from the date last named, not from publication


def normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def lookup(table: Mapping[str, Any], key: str, text: str) -> Any:
    entries = table.get(key) or {}
    return entries.get(normal(text)) if isinstance(entries, Mapping) else None


def number_value(table: Mapping[str, Any], text: str) -> float | None:
    word = normal(text)
    separator = table.get("decimal_separator", ".")
    if word[0].isdigit():
        thousands = table.get("thousands_separator", ",")
        return float(word.replace(thousands, "").replace(separator, "."))
    numbers = table["numbers"]
    if word in numbers:
        return float(numbers[word])
    joiners = (table.get("number_compound") or {}).get("joiner") or []
    for joiner in [joiners] if isinstance(joiners, str) else joiners:
        if joiner and joiner in word:
            tens, units = word.split(joiner, 1)
            if tens in numbers and units in numbers:
                return float(numbers[tens] + numbers[units])
    return None


def _format_count(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# A fraction of a unit, told in the next smaller one: "2 1/2 years" is P2Y6M, "a minute and a
# half" PT1M30S. Months have no whole number of days, so "1.5 months" stays as it is.
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_TIME_LETTERS = {"H": "H", "MIN": "M", "S": "S"}


def iso_duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P2Y, PT30M, P10Y for a decade; PXY when the count is vague."""
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "FN": ("W", 2), "WE": ("D", 2)}
    letter, factor = scale.get(unit, (unit, 1))
    if n is None:
        parts = [("X", letter)]
    else:
        whole, fraction = divmod(n * factor, 1)
        smaller, per = _SMALLER.get(letter, (letter, 0))
        if fraction and per and (fraction * per).is_integer():
            parts = [(_format_count(whole), letter), (_format_count(fraction * per), smaller)]
            parts = [(count, unit) for count, unit in parts if count != "0"]
        else:
            parts = [(_format_count(n * factor), letter)]
    dates = "".join(count + unit for count, unit in parts if unit not in _TIME_LETTERS)
    times = "".join(count + _TIME_LETTERS[unit] for count, unit in parts if unit in _TIME_LETTERS)
    return f"P{dates}" + (f"T{times}" if times else "")


def _iso_8601(value: str) -> str | None:
    """TIMEX3's vague "PXY" is no ISO 8601 duration: such a mention has only its day range."""
    return None if "X" in value else value


def day_range(n: float | None, unit: str) -> DayRange:
    fewest, most = _UNIT_DAYS[unit]
    if n is None:  # "diversi anni": at least two
        return DayRange(math.floor(2 * fewest), None)
    return DayRange(math.floor(n * fewest), math.ceil(n * most))


def _count(table: Mapping[str, Any], groups: Mapping[str, str]) -> tuple[float | None, bool]:
    """The stated count, and whether one was stated at all (vague words count as stated)."""
    if "number" in groups:
        n = number_value(table, groups["number"])
        if n is not None and "half" in groups:
            n += 0.5
        return n, True
    return None, "vague" in groups


def _year(groups: Mapping[str, str], published: date) -> int | None:
    if "year" in groups:
        return int(groups["year"])
    if "year_any" in groups:
        text = groups["year_any"]
        if len(text) == 4:
            return int(text)
        two = int(text)
        return 2000 + two if 2000 + two <= published.year + 10 else 1900 + two
    return None


def _day_of_month(table: Mapping[str, Any], groups: Mapping[str, str]) -> int | None:
    if "day_number" in groups:
        return int(groups["day_number"])
    if "day" in groups:
        text = normal(groups["day"])
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            return int(digits)
        return (table.get("day_words") or {}).get(text)
    return None


def _with_part(reading: Reading, groups: Mapping[str, str], table: Mapping[str, Any],
               granularity: str, ctx: Context) -> Reading:
    if "part" not in groups or reading.span is None:
        return reading
    part = lookup(table, "parts", groups["part"])
    span = spans.part_of(reading.span, part, granularity, ctx.published)
    value = reading.value
    if granularity == "year" and part in _HALVES and value is not None:
        value = f"{value}-H{_HALVES[part]}"  # TIMEX3 names half-years: "2008-H1"
        return Reading(reading.kind, value, span)
    return Reading(reading.kind, value, span, mod=_MODS.get(part))


def read_calendar(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    if "month" in groups:
        word = normal(groups["month"])
        if word in table.get("capitalised_only", ()) and not groups["month"][0].isupper():
            return None
        month: int | None = lookup(table, "months", groups["month"])
    else:
        month = int(groups["month_number"]) if "month_number" in groups else None
    year = _year(groups, ctx.published)
    day_of_month = _day_of_month(table, groups)
    if month is not None and day_of_month is not None:
        year = year if year is not None else _infer_year(month, ctx)
        try:
            when = date(year, month, day_of_month)
            # "March 15-16, 2008": the value names the first day, the span the whole range
            last = date(year, month, int(groups["day_end"])) if "day_end" in groups else when
        except ValueError:
            return None
        if last < when:
            return None
        return Reading("date", when.isoformat(), DaySpan(when, last))
    if month is not None:
        year = year if year is not None else _infer_year(month, ctx)
        reading = Reading("date", f"{year}-{month:02d}", spans.month_span(year, month))
        return _with_part(reading, groups, table, "month", ctx)
    if "semester" in groups or "half" in groups or "quarter_code" in groups:  # "Q3 2008"
        if "semester" in groups or "half" in groups:  # "first-half", "in the second half"
            half = lookup(table, "semesters", groups["semester"]) if "semester" in groups \
                else lookup(table, "half_words", groups["half"])
            year = year if year is not None else _infer_year(6 * half, ctx)
            first = spans.month_span(year, 6 * half - 5).first
            return Reading("date", f"{year}-H{half}", DaySpan(first, spans.month_span(
                year, 6 * half).last))
        year = year if year is not None else ctx.published.year
        quarter = lookup(table, "quarter_codes", groups["quarter_code"])
        return Reading("date", f"{year}-Q{quarter}", spans.quarter_span(year, quarter))
    if year is None and "quarter" in groups:
        relative = lookup(table, "relative", groups["quarter"])
        if relative in _STEP:  # "the last quarter": the one before publication's
            return _quarter_from(ctx.published, _STEP[relative])
        year = _quarter_year(lookup(table, "quarters", groups["quarter"]), ctx)
    if year is None:
        return None
    if "season" in groups:
        season = lookup(table, "seasons", groups["season"])
        reading = Reading("date", f"{year}-{season}", spans.season_span(year, season))
        return _with_part(reading, groups, table, "season", ctx)
    if "quarter" in groups:
        quarter = lookup(table, "quarters", groups["quarter"])
        return Reading("date", f"{year}-Q{quarter}", spans.quarter_span(year, quarter))
    return _with_part(Reading("date", str(year), spans.year_span(year)), groups, table, "year", ctx)


def _infer_year(month: int, ctx: Context) -> int:
    """The year of a month named without one; a month three or more months ahead is last
    year's when its sentence is told in the past ("In September, sales fell" in a March
    article). A date just after publication told in the past stays where it is: that may be
    the very slip the date rules are there to flag."""
    if ctx.past and month - ctx.published.month >= 3:
        return ctx.published.year - 1
    return spans.infer_year(month, ctx.published, ctx.future)


def _quarter_year(quarter: int, ctx: Context) -> int:
    """The year of a quarter named without one: that of the same quarter named just before
    ("a loss in the fourth quarter of 2005 ... lost $1.5 billion in the fourth quarter"), else
    read as its first month would be ("the fourth quarter" told in the past in a January
    article is last year's); one that begins months after publication is last year's unless a
    future cue says otherwise. A quarter named years before publication is history, no
    reference for the quarters the story reports."""
    if ctx.last_value is not None and ctx.last_value[4:] == f"-Q{quarter}":
        year = int(ctx.last_value[:4])
        # a forecast ("losses through the third quarter of 1990") is no reference for what
        # the story tells as done, nor is history ("stopped paying a dividend in the third
        # quarter of 1984 ... reported third-quarter net" of this year)
        if not (ctx.past and spans.quarter_span(year, quarter).first > ctx.published) \
                and year >= ctx.published.year - 1:
            return year
    year = _infer_year(3 * quarter - 2, ctx)
    if not ctx.future and (spans.quarter_span(year, quarter).first - ctx.published).days > 90:
        # a quarter months away is no news yet: "GM reports loss in third quarter" in a
        # February article is last year's (the coming quarter may be told of in the present)
        year -= 1
    return year


def _quarter_from(published: date, step: int) -> Reading:
    index = (published.month - 1) // 3 + step
    year, quarter = published.year + index // 4, index % 4 + 1
    return Reading("date", f"{year}-Q{quarter}", spans.quarter_span(year, quarter))


def read_holiday(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """A fixed-date holiday: "Natale" is December 25 of the year named, or of the nearest."""
    when = _holiday(lookup(table, "holidays", groups["holiday"]), _year(groups, ctx.published),
                    ctx)
    return Reading("date", when.isoformat(), spans.day(when))


def _holiday(rule: str, year: int | None, ctx: Context) -> date:
    """A holiday's day from its table rule: "12-25" (fixed), "easter+1" (days from Easter
    Sunday), "11/3#4" (the fourth Thursday of November; #-1 is the last)."""
    def on(y: int) -> date:
        if rule.startswith("easter"):
            return spans.easter(y) + timedelta(days=int(rule[6:] or 0))
        if "/" in rule:
            month_text, rest = rule.split("/")
            weekday, n = rest.split("#")
            return spans.nth_weekday(y, int(month_text), int(weekday), int(n))
        month, day_of_month = (int(x) for x in rule.split("-"))
        return date(y, month, day_of_month)

    if year is None:
        year = _infer_year(on(ctx.published.year).month, ctx)
    return on(year)


def _century(two_digits: int, published: date) -> int:
    """'90 is 1990; '10 is 2010 when that is not in the future."""
    return 2000 + two_digits if 2000 + two_digits <= published.year else 1900 + two_digits


def read_decade(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    if "decade_year" in groups or "decade_tens" in groups:
        digits = "".join(ch for ch in groups.get("decade_year", groups.get("decade_tens", ""))
                         if ch.isdigit())
        first = int(digits) if len(digits) == 4 else _century(int(digits), ctx.published)
        if len(digits) == 4 and first % 100 == 0 and first < 2000:
            return read_century({"ordinal": str(first // 100 + 1)}, table, ctx)  # "the 1800s"
    else:
        tens = lookup(table, "decade_words", groups["decade_word"])
        first = _century(tens, ctx.published)
    reading = Reading("date", str(first // 10), spans.decade_span(first))
    return _with_part(reading, groups, table, "decade", ctx)


def read_relative_unit(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    relative = lookup(table, "relative", groups["relative"]) if "relative" in groups else "this"
    reading = _relative_unit(relative, groups, table, ctx)
    if reading is not None and relative in ("following", "preceding"):
        return replace(reading, narrative=True)
    if reading is not None and not {"relative", "part", "season", "weekend"} & set(groups):
        # "the month", "nel corso dell'anno": the period the story is about, which the text
        # may have named sentences before; publication is only the fallback.
        return replace(reading, narrative=True)
    return reading


def _relative_unit(relative: str, groups: Groups, table: Table, ctx: Context) -> Reading | None:
    if relative in ("last-n", "next-n"):
        return read_duration(groups, table, ctx)
    step = _STEP[relative]
    published = ctx.published
    if "season" in groups:
        season = lookup(table, "seasons", groups["season"])
        year = published.year
        if "relative" not in groups:  # "the summer": the nearest, as a month named alone
            year = _infer_year(_SEASON_MONTHS[season], ctx)
        if step < 0 and spans.season_span(year, season).last >= published:
            year -= 1
        if step > 0 and spans.season_span(year, season).first <= published:
            year += 1
        return Reading("date", f"{year}-{season}", spans.season_span(year, season))
    if "unit" in groups and _is_plural(table, groups["unit"]):
        return None  # "i primi anni" is no calendar period
    unit = "WE" if "weekend" in groups else lookup(table, "units", groups["unit"])
    if relative in ("following", "preceding"):
        published = _reference(unit, ctx)
    if relative == "latest" and unit in ("Y", "M", "W", "D", "DE", "CE") and "part" not in groups:
        return read_duration(groups, table, ctx)
    if unit == "CE":  # "the last century", "il secolo scorso"
        number = (published.year - 1) // 100 + 1 + step
        first = (number - 1) * 100
        return Reading("date", f"{number - 1:02d}", DaySpan(date(first, 1, 1),
                                                           date(first + 100, 12, 31)))
    if unit == "Y":
        year = published.year + step
        if "quarter" in groups:
            quarter = lookup(table, "quarters", groups["quarter"])
            return Reading("date", f"{year}-Q{quarter}", spans.quarter_span(year, quarter))
        reading = Reading("date", str(year), spans.year_span(year))
        return _with_part(reading, groups, table, "year", ctx)
    named_month = _named(_MONTH_VALUE, ctx)
    if unit == "M" and "relative" not in groups and "part" not in groups and named_month:
        # "Sales for the month fell": the month just named ("sales in October ...")
        return Reading("date", ctx.last_value, spans.month_span(*named_month), narrative=True)
    if unit == "M":
        year, month = spans.add_months(published.year, published.month, step)
        reading = Reading("date", f"{year}-{month:02d}", spans.month_span(year, month))
        return _with_part(reading, groups, table, "month", ctx)
    if unit == "W" and "relative" not in groups and "part" not in groups \
            and ctx.anchor_day is not None:
        # "down 1.5 percent for the week", after "on Friday": that Friday's week
        return Reading("date", spans.week_value(ctx.anchor_day), spans.week_span(ctx.anchor_day),
                       narrative=True)
    if unit in ("W", "WE"):
        anchor = published + timedelta(days=7 * step)
        week = spans.week_span(anchor)
        if unit == "WE":
            if relative == "this" and not ctx.future and published.weekday() < 5 \
                    and ("relative" not in groups or ctx.past):
                # "over the weekend", or "this weekend" told as done, in a weekday's article:
                # the weekend just past
                anchor = published - timedelta(days=7)
                week = spans.week_span(anchor)
            weekend = DaySpan(week.first + timedelta(days=5), week.last)
            return Reading("date", spans.week_value(anchor) + "-WE", weekend)
        reading = Reading("date", spans.week_value(anchor), week)
        return _with_part(reading, groups, table, "week", ctx)
    if unit == "Q":
        if "relative" not in groups:  # "the quarter": the one last named, or just ended
            named_quarter = _named(_QUARTER_VALUE, ctx)
            if named_quarter is not None:
                return Reading("date", ctx.last_value, spans.quarter_span(*named_quarter),
                               narrative=True)
            return _quarter_from(published, -1 if ctx.past else 0)
        return _quarter_from(published, step)
    if unit == "D":  # "the day": the publication day; "the previous day" is anchored
        return Reading("date", published.isoformat(), spans.day(published)) if step == 0 else None
    if unit == "DE":
        first = published.year // 10 * 10 + 10 * step
        reading = Reading("date", str(first // 10), spans.decade_span(first))
        return _with_part(reading, groups, table, "decade", ctx)
    return None


def read_weekday(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    weekday = lookup(table, "weekdays", groups["weekday"])
    relative = lookup(table, "relative", groups["relative"]) if "relative" in groups else None
    if relative in ("last", "latest", "last-n", "preceding"):
        when = spans.weekday_on_or_before(weekday, ctx.published, strictly=True)
    elif relative in ("next", "next-n", "following"):
        when = spans.weekday_on_or_after(weekday, ctx.published, strictly=True)
    elif relative == "this" or ctx.future:
        when = spans.weekday_on_or_after(weekday, ctx.published)
    else:
        when = spans.weekday_on_or_before(weekday, ctx.published)
    if "time_of_day" in groups:
        part = lookup(table, "times_of_day", groups["time_of_day"])
        return Reading("time", f"{when.isoformat()}T{part}", spans.day(when))
    return Reading("date", when.isoformat(), spans.day(when))


def read_weekday_day(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"martedì 14", "Tuesday the 14th": the 14th nearest publication that falls on a Tuesday
    (within two months either way; no such day, no reading)."""
    weekday = lookup(table, "weekdays", groups["weekday"])
    day_of_month = _day_of_month(table, groups)
    if day_of_month is None:
        return None
    published = ctx.published
    candidates = []
    for delta in range(-2, 3):
        year, month = spans.add_months(published.year, published.month, delta)
        try:
            when = date(year, month, day_of_month)
        except ValueError:
            continue
        if when.weekday() == weekday:
            ahead = when > published
            candidates.append((abs((when - published).days) + (40 if ahead != ctx.future else 0),
                               when))
    if not candidates:
        return None
    when = min(candidates)[1]
    return Reading("date", when.isoformat(), spans.day(when))


def read_relative_month(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"last December", "settembre scorso", "il 15 ottobre scorso", "il prossimo 3 novembre":
    the latest such month or day before publication, or the first one after it; "this
    September" is the publication year's."""
    relative = lookup(table, "relative", groups["relative"])
    step = {"last": -1, "latest": -1, "preceding": -1, "next": 1, "following": 1,
            "this": 0}.get(relative)
    month = lookup(table, "months", groups["month"])
    word = normal(groups["month"])
    if word in table.get("capitalised_only", ()) and not groups["month"][0].isupper():
        return None
    published = ctx.published
    day_of_month = _day_of_month(table, groups)
    if step is None:
        return None
    year = published.year
    try:
        if day_of_month is None:
            if step < 0 and month >= published.month:
                year -= 1
            elif step > 0 and month <= published.month:
                year += 1
            return Reading("date", f"{year}-{month:02d}", spans.month_span(year, month))
        when = date(year, month, day_of_month)
        if step < 0 and when >= published:
            when = date(year - 1, month, day_of_month)
        elif step > 0 and when <= published:
            when = date(year + 1, month, day_of_month)
    except ValueError:
        return None
    return Reading("date", when.isoformat(), spans.day(when))


def read_deictic(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    offset = lookup(table, "deictic_days", groups["deictic"])
    when = ctx.published + timedelta(days=offset)
    part = lookup(table, "deictic_times", groups["deictic"])
    if "time_of_day" in groups:
        part = lookup(table, "times_of_day", groups["time_of_day"])
    if part:
        return Reading("time", f"{when.isoformat()}T{part}", spans.day(when))
    return Reading("date", when.isoformat(), spans.day(when))


def read_ago(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"two years ago", "tre mesi fa"; and counted forward, "eight years from now"."""
    n, stated = _count(table, groups)
    unit = lookup(table, "units", groups["unit"])
    if not stated and not _is_plural(table, groups["unit"]):
        return None
    sign = 1 if "hence" in groups else -1
    vague = "FUTURE_REF" if sign > 0 else "PAST_REF"
    if n is None:
        return Reading("date", vague)
    length = day_range(n, unit)
    assert length.max_days is not None
    published = ctx.published
    try:
        ends = (published + timedelta(days=sign * length.max_days),
                published + timedelta(days=sign * length.min_days))
    except OverflowError:  # "10,000 years ago" lies before the calendar of dates
        return Reading("date", vague)
    span = DaySpan(min(ends), max(ends))
    whole = int(n) if n == int(n) else None
    if unit == "D" and whole is not None:
        value = (published + timedelta(days=sign * whole)).isoformat()
    elif unit == "W" and whole is not None:
        value = spans.week_value(published + timedelta(days=sign * 7 * whole))
    elif unit == "M" and whole is not None:
        year, month = spans.add_months(published.year, published.month, sign * whole)
        value = f"{year}-{month:02d}"
    elif unit == "Y" and whole is not None:  # "from $5 million a year ago": the same quarter
        year_value = f"{published.year + sign * whole:04d}"
        value = (_same_quarter(year_value, ctx) if sign < 0 else None) or year_value
        span = _quarter_days(value) or span
    elif unit == "Y" and (n * 12).is_integer():  # "un anno e mezzo fa": eighteen months back
        year, month = spans.add_months(published.year, published.month, sign * int(n * 12))
        value = f"{year}-{month:02d}"
    elif unit == "DE" and whole is not None:
        value = str((published.year + sign * 10 * whole) // 10)
    else:
        value = vague
    return Reading("date", value, span)


def read_year_earlier(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"the year-earlier quarter", "year-ago results": the period last named, a year before;
    a quarter when one was named (or the words say "quarter"), else the year. A period last
    named in the year before publication is already the comparison: "a loss of $195 million
    in the 1988 period ... the year-ago results" are 1988's."""
    quarter = _named(_QUARTER_VALUE, ctx)
    if quarter is not None:
        year = _year_before(quarter[0], ctx)
        return Reading("date", f"{year}-Q{quarter[1]}", spans.quarter_span(year, quarter[1]))
    if groups.get("period", "").lower() == "quarter":
        return _quarter_from(ctx.published, -5)
    month = _named(_MONTH_VALUE, ctx)
    if month is not None:
        year = _year_before(month[0], ctx)
        return Reading("date", f"{year}-{month[1]:02d}", spans.month_span(year, month[1]))
    last = ctx.last_value or ""
    year = _year_before(int(last[:4]) if last[:4].isdigit() else ctx.published.year, ctx)
    return Reading("date", str(year), spans.year_span(year))


def read_year_quarter(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"the 1988 quarter", "the 1989 period": in results, the quarter the story reports (the one
    last named, else the one just ended) in the year named."""
    year = int(groups["year"])
    named = _named(_QUARTER_VALUE, ctx)
    quarter = named[1] if named is not None else (ctx.published.month - 1) // 3 or 4
    return Reading("date", f"{year}-Q{quarter}", spans.quarter_span(year, quarter))


def _year_before(named: int, ctx: Context) -> int:
    return named if named == ctx.published.year - 1 else named - 1


def _is_plural(table: Table, word: str) -> bool:
    return normal(word) in (table.get("plural_units") or ())


def read_anchored(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"two days later" (a date two days after something), "three years after" (a duration
    that TimeML marks with "after" as its signal), "poco prima", "l'indomani"."""
    if "shortly" in groups:
        return Reading("date", None, anchor=Anchor(lookup(table, "shortly", groups["shortly"])))
    reference = ctx.anchor_day or ctx.published
    if "same" in groups:  # "the same day", "lo stesso anno"
        if _is_plural(table, groups["unit"]):
            return None
        unit = lookup(table, "units", groups["unit"])
        value = _shifted(_reference(unit, ctx), 0, unit)
        return Reading("date", value, anchor=Anchor("same_time", DayRange(0, 0), ctx.anchor_index))
    if "definite" in groups:  # "the year before", "l'anno dopo": one unit from the last date
        if _is_plural(table, groups["unit"]):
            return None
        unit = lookup(table, "units", groups["unit"])
        if "signal" in groups:
            relation = lookup(table, "signals", groups["signal"])
        else:
            relation = lookup(table, "directions", groups["direction"])
        sign = -1 if relation == "before" else 1
        value = _shifted(_reference(unit, ctx), sign, unit)
        return Reading("date", value, anchor=Anchor(relation, day_range(1, unit), ctx.anchor_index))
    if "signal" in groups:
        relation = lookup(table, "signals", groups["signal"])
    elif "direction" in groups:
        relation = lookup(table, "directions", groups["direction"])
    else:
        relation = "after"
    sign = -1 if relation == "before" else 1
    if "unit" not in groups:  # "il giorno dopo", "l'indomani", "the next day"
        value = _shifted(reference, sign, "D")
        return Reading("date", value, anchor=Anchor(relation, DayRange(1, 1), ctx.anchor_index))
    n, stated = _count(table, groups)
    unit = lookup(table, "units", groups["unit"])
    if not stated and not _is_plural(table, groups["unit"]):
        n = 1.0
    gap = day_range(n, unit)
    if "signal" in groups:
        iso = iso_duration(n, unit)
        anchor = Anchor(relation, gap)
        return Reading("duration", iso, duration=gap, iso_duration=_iso_8601(iso), anchor=anchor)
    whole = n if n is not None and n == int(n) else None
    value = _shifted(_reference(unit, ctx), sign * int(whole), unit) if whole is not None else None
    if unit == "Y" and whole is not None:  # "profit rose from $5 million a year earlier"
        value = _same_quarter(value, ctx) or value
    # A comparison quarter is a calendar quarter: its figure is dated by it, not by an event.
    return Reading("date", value, _quarter_days(value),
                   anchor=Anchor(relation, gap, ctx.anchor_index))


_QUARTER_VALUE = re.compile(r"(\d{4})-Q(\d)")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


def _named(pattern: re.Pattern[str], ctx: Context) -> tuple[int, int] | None:
    """(year, quarter or month) of the date last named, when it is a quarter or a month."""
    match = pattern.fullmatch(ctx.last_value or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def _same_quarter(year_value: str | None, ctx: Context) -> str | None:
    """Whole years from a quarter just named land on that quarter of the other year: results
    for "the third quarter" compared with "a year earlier" are 1988-Q3's, not all of 1988."""
    named = _named(_QUARTER_VALUE, ctx)
    if named is None or year_value is None or not year_value.isdigit():
        return None
    return f"{year_value}-Q{named[1]}"


def _quarter_days(value: str | None) -> DaySpan | None:
    quarter = _QUARTER_VALUE.fullmatch(value or "")
    return spans.quarter_span(int(quarter[1]), int(quarter[2])) if quarter else None


_VALUE_DAYS = {
    "Y": re.compile(r"(\d{4})(?:$|-)"),
    "M": re.compile(r"(\d{4})-(\d{2})(?:$|-)"),
    "D": re.compile(r"(\d{4})-(\d{2})-(\d{2})$"),
}


def _reference(unit: str, ctx: Context) -> date:
    """A day inside the last date mentioned, when that date is named at least as finely as
    ``unit`` ("In 2005 ... that year" is 2005); else the last single day, or publication."""
    pattern = _VALUE_DAYS.get("D" if unit in ("W", "FN") else unit)
    if ctx.last_value is not None and pattern is not None:
        match = pattern.match(ctx.last_value)
        if match is not None:
            parts = [int(x) for x in match.groups()] + [1, 1]
            try:
                return date(parts[0], parts[1] or 1, parts[2] or 1)
            except ValueError:
                pass
    return ctx.anchor_day or ctx.published


def _shifted(reference: date, count: int, unit: str) -> str | None:
    """TIMEX3 value of ``count`` units after ``reference``, at the unit's granularity."""
    try:
        if unit == "D":
            return (reference + timedelta(days=count)).isoformat()
        if unit in ("W", "FN"):
            weeks = count * (2 if unit == "FN" else 1)
            return spans.week_value(reference + timedelta(days=7 * weeks))
        if unit == "M":
            year, month = spans.add_months(reference.year, reference.month, count)
            return f"{year:04d}-{month:02d}"
        if unit == "Q":
            year, month = spans.add_months(reference.year, reference.month, 3 * count)
            return f"{year:04d}-Q{(month - 1) // 3 + 1}"
        if unit == "Y":
            return f"{reference.year + count:04d}"
        if unit == "DE":
            return str((reference.year + 10 * count) // 10)
        if unit in ("H", "MIN", "S"):
            return reference.isoformat()
    except (OverflowError, ValueError):
        return None
    return None


def read_duration(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    n, stated = _count(table, groups)
    if "adjective_unit" in groups:
        unit = lookup(table, "adjective_units", groups["adjective_unit"])
    elif "unit" in groups:
        unit = lookup(table, "units", groups["unit"])
    else:  # "over the years"
        return Reading("duration", "PXY", duration=DayRange(730, None))
    if unit == "WE":
        return None
    plural_unit = "unit" in groups and _is_plural(table, groups["unit"])
    if n == 1 and plural_unit and not groups["number"][0].isdigit():
        return None  # "a months-long strike": the article belongs to "months-long"
    if "unit" in groups and not plural_unit and groups.get("number", "").isdigit() \
            and len(groups["number"]) == 4 and n is not None and n > 1:
        return None  # "the 1988 quarter": a year naming its quarter, not 1,988 quarters
    if not stated:
        plural = "unit" in groups and _is_plural(table, groups["unit"])
        if plural:
            n = None  # "years", "the coming weeks": a vague count
        elif "relative" not in groups and "adjective_unit" not in groups:
            return None  # a bare "year" or "anno" is no duration
        elif lookup(table, "relative", groups.get("relative", "")) not in ("last-n", "next-n"):
            step = _STEP.get(lookup(table, "relative", groups["relative"]))
            if unit == "Q" and step is not None:
                # "the past quarter", "the latest quarter": a reporting period, the one before
                return _quarter_from(ctx.published, step)
            n = 1.0
    iso = iso_duration(n, unit)
    return Reading("duration", iso, duration=day_range(n, unit), iso_duration=_iso_8601(iso))


def read_set(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    if "set" in groups:
        return Reading("set", lookup(table, "sets", groups["set"]))
    if "weekday" in groups:  # "every Monday": XXXX-WXX-1
        return Reading("set", f"XXXX-WXX-{lookup(table, 'weekdays', groups['weekday']) + 1}")
    if "season" in groups:  # "every summer": XXXX-SU
        return Reading("set", f"XXXX-{lookup(table, 'seasons', groups['season'])}")
    unit = lookup(table, "units", groups["unit"])
    n, stated = _count(table, groups)
    return Reading("set", iso_duration(n if stated and n is not None else 1, unit))


# A clock time or part of a day names no day of its own: it is on the day the text last named
# (publication's only for want of one), so it is marked narrative, never read against
# publication alone.
def read_time(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    if "clock_word" in groups:
        return read_clock(groups, table, ctx)
    hour = int(groups["hour"] if "hour" in groups else groups["hour2"])  # "1400 UTC"
    minute = int(groups.get("minute", 0))
    meridiem = lookup(table, "meridiem", groups["meridiem"]) if "meridiem" in groups else None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    zone = lookup(table, "zones", groups["zone"]) if "zone" in groups else ""
    when = ctx.anchor_day or ctx.published
    value = f"{when.isoformat()}T{hour:02d}:{minute:02d}{zone or ''}"
    return Reading("time", value, spans.day(when), narrative=True)


def read_day_part(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"in the morning", "di sera": that part of the day last named, or of publication."""
    when = ctx.anchor_day or ctx.published
    part = lookup(table, "times_of_day", groups["time_of_day"])
    return Reading("time", f"{when.isoformat()}T{part}", spans.day(when),
                   narrative=True)


def read_clock(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    when = ctx.anchor_day or ctx.published
    value = f"{when.isoformat()}T{lookup(table, 'clock_words', groups['clock_word'])}"
    return Reading("time", value, spans.day(when), narrative=True)


def read_century(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"the 20th century", "XX secolo", "Novecento": value 19, the years 1900-2000 (both the
    popular and the strict reading)."""
    if "ordinal" in groups:
        number = int("".join(ch for ch in groups["ordinal"] if ch.isdigit()))
    elif "roman" in groups:
        number = lookup(table, "roman_centuries", groups["roman"])
    else:
        number = lookup(table, "century_words", groups["century_word"])
    first = (number - 1) * 100
    span = DaySpan(date(first, 1, 1), date(first + 100, 12, 31))
    return Reading("date", f"{number - 1:02d}", span)


def read_fiscal(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    """"fiscal 2008", "the 2008 financial year", "l'esercizio 2008": value FY2008. Fiscal years
    start in different months by country and company, so the span is every twelve-month year
    that could bear the name: from February of the year before to January of the year after."""
    year = _year(groups, ctx.published)
    if year is None:
        relative = lookup(table, "relative", groups["relative"]) if "relative" in groups else "this"
        if relative not in _STEP:
            return None
        year = ctx.published.year + _STEP[relative]
    part = lookup(table, "parts", groups["part"]) if "part" in groups else None
    span = DaySpan(date(year - 1, 2, 1), date(year + 1, 1, 31))
    return Reading("date", f"FY{year}", span, mod=_MODS.get(part or ""))


def read_ref(groups: Groups, table: Table, ctx: Context) -> Reading | None:
    value = lookup(table, "refs", groups["ref"])
    span = spans.day(ctx.published) if value == "PRESENT_REF" else None
    return Reading("date", value, span)


READERS: dict[str, Callable[[Mapping[str, str], Mapping[str, Any], Context], Reading | None]] = {
    "calendar": read_calendar,
    "holiday": read_holiday,
    "decade": read_decade,
    "relative_unit": read_relative_unit,
    "weekday": read_weekday,
    "deictic": read_deictic,
    "ago": read_ago,
    "anchored": read_anchored,
    "duration": read_duration,
    "set": read_set,
    "time": read_time,
    "clock": read_clock,
    "century": read_century,
    "ref": read_ref,
    "fiscal": read_fiscal,
    "day_part": read_day_part,
    "weekday_day": read_weekday_day,
    "relative_month": read_relative_month,
    "year_earlier": read_year_earlier,
    "year_quarter": read_year_quarter,
}
