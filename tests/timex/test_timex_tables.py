"""Tables of (text, publication day) -> what the time finder must report, in both languages."""

from datetime import date

import pytest

from checker.days import DayRange, DaySpan
from checker.timex import available_languages, find_times, resolve

THU = date(2025, 2, 27)  # a Thursday


def span(first: str, last: str | None = None) -> DaySpan:
    return DaySpan(date.fromisoformat(first), date.fromisoformat(last or first))


# (language, text, published, expression, value, span)
DATES = [
    ("it", "27 febbraio 2025", THU, "27 febbraio 2025", "2025-02-27", span("2025-02-27")),
    ("it", "il 1° marzo", THU, "1° marzo", "2025-03-01", span("2025-03-01")),
    ("it", "ottobre 2024", THU, "ottobre 2024", "2024-10", span("2024-10-01", "2024-10-31")),
    ("it", "nel 2023", THU, "2023", "2023", span("2023-01-01", "2023-12-31")),
    ("it", "a fine gennaio", THU, "fine gennaio", "2025-01", span("2025-01-21", "2025-01-31")),
    ("it", "all'inizio del 2024", THU, "inizio del 2024", "2024", span("2024-01-01", "2024-04-30")),
    ("it", "a dicembre", THU, "dicembre", "2024-12", span("2024-12-01", "2024-12-31")),
    ("it", "ieri", THU, "ieri", "2025-02-26", span("2025-02-26")),
    ("it", "oggi", THU, "oggi", "2025-02-27", span("2025-02-27")),
    ("it", "lunedì", THU, "lunedì", "2025-02-24", span("2025-02-24")),
    ("it", "venerdì", THU, "venerdì", "2025-02-21", span("2025-02-21")),
    ("it", "giovedì scorso", THU, "giovedì scorso", "2025-02-20", span("2025-02-20")),
    ("it", "lunedì prossimo", THU, "lunedì prossimo", "2025-03-03", span("2025-03-03")),
    ("it", "la settimana scorsa", THU, "settimana scorsa", "2025-W08",
     span("2025-02-17", "2025-02-23")),
    ("it", "il mese scorso", THU, "mese scorso", "2025-01", span("2025-01-01", "2025-01-31")),
    ("it", "l'anno scorso", THU, "anno scorso", "2024", span("2024-01-01", "2024-12-31")),
    ("it", "quest'anno", THU, "quest'anno", "2025", span("2025-01-01", "2025-12-31")),
    ("it", "un mese fa", THU, "un mese fa", "2025-01", span("2025-01-27", "2025-01-30")),
    ("it", "due settimane fa", THU, "due settimane fa", "2025-W07", span("2025-02-13")),
    ("it", "alla fine del mese scorso", THU, "fine del mese scorso", "2025-01",
     span("2025-01-21", "2025-01-31")),
    ("it", "negli anni '90", THU, "anni '90", "199", span("1990-01-01", "1999-12-31")),
    ("it", "nell'estate 2023", THU, "estate 2023", "2023-SU", span("2023-06-01", "2023-09-23")),
    ("it", "ha detto ora", THU, "ora", "PRESENT_REF", span("2025-02-27")),
    ("en", "February 27, 2025", THU, "February 27, 2025", "2025-02-27", span("2025-02-27")),
    ("en", "on 3 March 2024", THU, "3 March 2024", "2024-03-03", span("2024-03-03")),
    ("en", "in October 2024", THU, "October 2024", "2024-10", span("2024-10-01", "2024-10-31")),
    ("en", "in mid-January", THU, "mid-January", "2025-01", span("2025-01-11", "2025-01-20")),
    ("en", "earlier this month", THU, "earlier this month", "2025-02",
     span("2025-02-01", "2025-02-27")),
    ("en", "late last year", THU, "late last year", "2024", span("2024-09-01", "2024-12-31")),
    ("en", "on Thursday", THU, "Thursday", "2025-02-27", span("2025-02-27")),
    ("en", "last Thursday", THU, "last Thursday", "2025-02-20", span("2025-02-20")),
    ("en", "last week", THU, "last week", "2025-W08", span("2025-02-17", "2025-02-23")),
    ("en", "this weekend", THU, "this weekend", "2025-W09-WE", span("2025-03-01", "2025-03-02")),
    ("en", "yesterday", THU, "yesterday", "2025-02-26", span("2025-02-26")),
    ("en", "a month ago", THU, "a month ago", "2025-01", span("2025-01-27", "2025-01-30")),
    ("en", "the third quarter of 2024", THU, "the third quarter of 2024", "2024-Q3",
     span("2024-07-01", "2024-09-30")),
    ("en", "in the 1990s", THU, "the 1990s", "199", span("1990-01-01", "1999-12-31")),
    ("en", "Christmas", THU, "Christmas", "2024-12-25", span("2024-12-25")),
    ("en", "the vote will be held on Monday", THU, "Monday", "2025-03-03", span("2025-03-03")),
    ("it", "Il vertice si terrà lunedì.", THU, "lunedì", "2025-03-03", span("2025-03-03")),
    ("it", "nel fine settimana", THU, "fine settimana", "2025-W08-WE",
     span("2025-02-22", "2025-02-23")),
    ("en", "a decade ago", THU, "a decade ago", "201", span("2015-02-27", "2015-02-28")),
    ("en", "the last quarter", THU, "the last quarter", "2024-Q4",
     span("2024-10-01", "2024-12-31")),
    ("en", "the 20th century", THU, "the 20th century", "19", span("1900-01-01", "2000-12-31")),
    ("it", "nel XX secolo", THU, "XX secolo", "19", span("1900-01-01", "2000-12-31")),
    ("it", "ai primi anni'90", THU, "primi anni'90", "199", span("1990-01-01", "1993-12-31")),
    ("en", "in the late 1980s", THU, "late 1980s", "198", span("1987-01-01", "1989-12-31")),
    ("en", "the first half of 2024", THU, "the first half of 2024", "2024-H1",
     span("2024-01-01", "2024-06-30")),
]


@pytest.mark.parametrize(("language", "text", "published", "expression", "value", "days"), DATES)
def test_dates(language, text, published, expression, value, days) -> None:
    (mention,) = find_times(text, language, published)
    assert (mention.expression, mention.kind, mention.value, mention.span) == (
        expression, "date", value, days
    )


# (language, text, expression, iso duration, day range)
DURATIONS = [
    ("it", "una pausa di un mese", "un mese", "P1M", DayRange(28, 31)),
    ("it", "per due anni", "due anni", "P2Y", DayRange(730, 732)),
    ("it", "da 18 mesi", "18 mesi", "P18M", DayRange(504, 558)),
    ("it", "un anno e mezzo", "un anno e mezzo", "P1Y6M", DayRange(547, 549)),
    ("it", "per diversi anni", "diversi anni", None, DayRange(730, None)),
    ("it", "negli ultimi dieci anni", "ultimi dieci anni", "P10Y", DayRange(3650, 3660)),
    ("en", "for two years", "two years", "P2Y", DayRange(730, 732)),
    ("en", "a fifty-year service life", "fifty-year", "P50Y", DayRange(18250, 18300)),
    ("en", "thirty minutes", "thirty minutes", "PT30M", DayRange(0, 1)),
    ("en", "almost two and a half years", "two and a half years", "P2Y6M", DayRange(912, 915)),
    ("en", "the past decade", "the past decade", "P10Y", DayRange(3652, 3653)),
    ("en", "for several years", "several years", None, DayRange(730, None)),
    ("en", "a 12-hour shift", "12-hour", "PT12H", DayRange(0, 1)),
    ("en", "after a month-long pause", "a month-long", "P1M", DayRange(28, 31)),
]


@pytest.mark.parametrize(("language", "text", "expression", "iso", "days"), DURATIONS)
def test_durations(language, text, expression, iso, days) -> None:
    (mention,) = find_times(text, language, THU)
    assert (mention.expression, mention.kind, mention.iso_duration, mention.duration) == (
        expression, "duration", iso, days
    )
    assert mention.span is None


# (language, text, relation, gap)
ANCHORED = [
    ("it", "due giorni dopo", "after", DayRange(2, 2)),
    ("it", "una settimana prima", "before", DayRange(7, 7)),
    ("it", "il giorno dopo", "after", DayRange(1, 1)),
    ("it", "l'indomani", "after", DayRange(1, 1)),
    ("it", "poco dopo", "shortly_after", None),
    ("en", "two days later", "after", DayRange(2, 2)),
    ("en", "a month earlier", "before", DayRange(28, 31)),
    ("en", "the next day", "after", DayRange(1, 1)),
    ("en", "shortly before", "shortly_before", None),
    ("en", "days later", "after", DayRange(2, None)),
    ("en", "on the same day", "same_time", DayRange(0, 0)),
    ("it", "nello stesso anno", "same_time", DayRange(0, 0)),
]


@pytest.mark.parametrize(("language", "text", "relation", "gap"), ANCHORED)
def test_anchored_times_carry_a_relation_and_no_span(language, text, relation, gap) -> None:
    (mention,) = find_times(text, language, THU)
    assert mention.anchor is not None
    assert (mention.anchor.relation, mention.anchor.gap, mention.span) == (relation, gap, None)


def test_an_anchored_time_is_valued_from_the_last_day_mentioned_but_has_no_span() -> None:
    text = "Il 3 marzo si sono incontrati; due giorni dopo hanno firmato."
    first, later = find_times(text, "it", THU)
    assert later.anchor is not None and later.anchor.to == 0
    assert (later.value, later.span) == ("2025-03-05", None)
    (alone,) = find_times("Sales rose from a year earlier.", "en", THU)
    assert alone.anchor is not None and alone.anchor.to is None
    assert (alone.value, alone.span) == ("2024", None)


def test_a_count_before_after_or_before_is_a_duration_with_an_anchor() -> None:
    # TimeML marks "three years" as the duration and "after" as its signal.
    for text, language in (("three years after the war", "en"),
                           ("cinque anni dopo l'invasione", "it")):
        (mention,) = find_times(text, language, THU)
        assert mention.kind == "duration" and mention.anchor is not None
        assert mention.anchor.relation == "after"
    (mention,) = find_times("un anno dopo, tornò", "it", THU)  # adverb: a date a year later
    assert (mention.kind, mention.span, mention.anchor.gap) == ("date", None, DayRange(365, 366))


@pytest.mark.parametrize(
    ("language", "text", "kind", "value"),
    [
        ("en", "at a rate of 15 a year", "set", "P1Y"),
        ("en", "an annual report", "set", "P1Y"),
        ("it", "ogni anno", "set", "P1Y"),
        ("it", "due volte a settimana", "set", "P1W"),
        ("en", "at 18:00 UTC", "time", "2025-02-27T18:00Z"),
        ("en", "at 6:40 p.m.", "time", "2025-02-27T18:40"),
        ("en", "Friday morning", "time", "2025-02-21TMO"),
        ("it", "alle 18.30", "time", "2025-02-27T18:30"),
        ("it", "ieri sera", "time", "2025-02-26TEV"),
        ("it", "in serata il ministro ha detto", "time", "2025-02-27TEV"),
        ("it", "nei giorni scorsi", "duration", "PXD"),
    ],
)
def test_sets_and_times(language, text, kind, value) -> None:
    (mention,) = find_times(text, language, THU)
    assert (mention.kind, mention.value) == (kind, value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "più di 12.000 secondo Kiev"),  # "secondo" is "according to", not seconds
        ("it", "tra 10.000 e 12.000 soldati"),
        ("it", "stimate intorno a 1.100"),
        ("en", "10,000 soldiers and 2,000 tanks"),
        ("en", "they may leave and march on"),  # lower-case "may" and "march" are verbs
        ("it", "un secondo soldato"),
        ("en", "the year-ago period"),
    ],
)
def test_no_time_where_there_is_none(language: str, text: str) -> None:
    assert [m for m in find_times(text, language, THU) if m.kind != "date"] == []
    assert [m.expression for m in find_times(text, language, THU) if m.span is None] == []


def test_the_first_years_of_something_are_no_calendar_period() -> None:
    assert [m.span for m in find_times("i primi anni di vita", "it", THU)] == [None]


def test_hours_before_a_clock_time_are_no_duration() -> None:
    assert [m.expression for m in find_times("alle ore 10:30", "it", THU)] == ["10:30"]


def test_a_number_with_thousands_is_read_whole() -> None:
    (mention,) = find_times("2.000 giorni", "it", THU)
    assert mention.iso_duration == "P2000D"
    (mention,) = find_times("10,000 years ago", "en", THU)
    assert (mention.expression, mention.value, mention.span) == (
        "10,000 years ago", "PAST_REF", None
    )


def test_numbers_are_not_years_or_clock_times() -> None:
    assert find_times("più di 10.000 soldati, tra 10.000 e 12.000", "it", THU) == []
    assert find_times("10,000 troops; 1.100 tanks", "en", THU) == []


def test_a_future_cue_governs_only_its_own_clause() -> None:
    text = "The vote will be held on Sunday, officials said Monday."
    assert [m.value for m in find_times(text, "en", THU)] == ["2025-03-02", "2025-02-24"]


def test_a_day_month_without_year_falls_near_publication() -> None:
    assert resolve("11 December", "en", date(2010, 1, 25)) == span("2009-12-11")
    assert resolve("October 25", "en", date(2007, 10, 15)) == span("2007-10-25")
    assert resolve("gennaio", "it", date(2005, 9, 7)) == span("2005-01-01", "2005-01-31")


def test_an_impossible_date_is_not_reported_as_a_day() -> None:
    (mention,) = find_times("il 30 febbraio 2025", "it", THU)
    assert mention.expression == "febbraio 2025"  # the month stands; the day cannot
    assert mention.span == span("2025-02-01", "2025-02-28")


def test_prepositions_are_kept_apart_from_the_expression() -> None:
    (mention,) = find_times("Lo ha detto nell'ottobre 2024.", "it", THU)
    assert (mention.preposition, mention.expression) == ("nell'", "ottobre 2024")
    (mention,) = find_times("It happened in mid-January.", "en", THU)
    assert (mention.preposition, mention.expression) == ("in", "mid-January")


def test_both_languages_have_tables() -> None:
    assert {"it", "en"} <= set(available_languages())


def test_an_unknown_language_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known: en, it"):
        find_times("mañana", "es", THU)
