"""News time expressions beyond plain dates: business calendars, ranges, references back to
a date already named, recurrences, and which way a bare weekday points."""

from datetime import date

import pytest

from checker.days import DaySpan
from checker.timex import find_times, resolve, spans

THU = date(2025, 2, 27)  # a Thursday
WED = date(2008, 10, 15)  # a Wednesday


def span(first: str, last: str | None = None) -> DaySpan:
    return DaySpan(date.fromisoformat(first), date.fromisoformat(last or first))


def values(text: str, language: str, published: date = WED) -> list[tuple[str, str | None]]:
    return [(m.expression, m.value) for m in find_times(text, language, published)]


# (language, text, expression, value, span) on a Wednesday, 15 October 2008
CALENDAR = [
    # quarters written as codes, half-years
    ("en", "sales in Q3 2007", "Q3 2007", "2007-Q3", span("2007-07-01", "2007-09-30")),
    ("en", "sales fell in Q2", "Q2", "2008-Q2", span("2008-04-01", "2008-06-30")),
    ("it", "le vendite del Q3 2007", "Q3 2007", "2007-Q3", span("2007-07-01", "2007-09-30")),
    ("en", "first-half profit", "first-half", "2008-H1", span("2008-01-01", "2008-06-30")),
    ("en", "in the second half of next year", "the second half of next year", "2009-H2",
     span("2009-07-01", "2009-12-31")),
    ("it", "nel primo semestre 2007", "primo semestre 2007", "2007-H1",
     span("2007-01-01", "2007-06-30")),
    ("it", "nella prima metà del 2007", "prima metà del 2007", "2007-H1",
     span("2007-01-01", "2007-06-30")),
    # fiscal years: whichever twelve months a company counts, they bear the year's name
    ("en", "revenue for fiscal 2009", "fiscal 2009", "FY2009", span("2008-02-01", "2010-01-31")),
    ("en", "in the 2007 fiscal year", "the 2007 fiscal year", "FY2007",
     span("2006-02-01", "2008-01-31")),
    ("en", "this financial year", "this financial year", "FY2008",
     span("2007-02-01", "2009-01-31")),
    ("it", "nell'esercizio 2009", "esercizio 2009", "FY2009", span("2008-02-01", "2010-01-31")),
    ("it", "l'anno fiscale precedente", "anno fiscale precedente", "FY2007",
     span("2006-02-01", "2008-01-31")),
    ("it", "nell'esercizio in corso", "esercizio in corso", "FY2008",
     span("2007-02-01", "2009-01-31")),
    # a month-first range is one mention: the value names the first day, the span all days
    ("en", "the March 15-16, 2007 summit", "March 15-16, 2007", "2007-03-15",
     span("2007-03-15", "2007-03-16")),
    # seasons without a year: the nearest, as for a month named alone
    ("en", "in the summer", "the summer", "2008-SU", span("2008-06-01", "2008-09-23")),
    ("it", "in estate", "estate", "2008-SU", span("2008-06-01", "2008-09-23")),
    # "the 1800s" is a century, "the mid-1990s" a part of a decade
    ("en", "in the 1800s", "the 1800s", "18", span("1800-01-01", "1900-12-31")),
    ("en", "in the mid-1990s", "the mid-1990s", "199", span("1994-01-01", "1996-12-31")),
    # decades written short, holidays that move with the calendar
    ("en", "in the 90s", "the 90s", "199", span("1990-01-01", "1999-12-31")),
    ("en", "in the 1990's", "the 1990's", "199", span("1990-01-01", "1999-12-31")),
    ("en", "in the mid-80s", "the mid-80s", "198", span("1984-01-01", "1986-12-31")),
    ("it", "negli anni 80", "anni 80", "198", span("1980-01-01", "1989-12-31")),
    ("en", "at Easter", "Easter", "2008-03-23", span("2008-03-23")),
    ("en", "on Thanksgiving", "Thanksgiving", "2008-11-27", span("2008-11-27")),
    ("it", "a Pasquetta", "Pasquetta", "2008-03-24", span("2008-03-24")),
    ("it", "il venerdì santo del 2009", "venerdì santo del 2009", "2009-04-10",
     span("2009-04-10")),
    # the first or last days, weeks or months of a period
    ("it", "nei primi mesi del 2007", "primi mesi del 2007", "2007",
     span("2007-01-01", "2007-04-30")),
    ("it", "negli ultimi giorni di settembre", "ultimi giorni di settembre", "2008-09",
     span("2008-09-21", "2008-09-30")),
    ("en", "in the first days of October", "the first days of October", "2008-10",
     span("2008-10-01", "2008-10-10")),
    ("en", "a year and a half ago", "a year and a half ago", "2007-04",
     span("2007-04-15", "2007-04-17")),
    ("it", "un anno e mezzo fa", "un anno e mezzo fa", "2007-04",
     span("2007-04-15", "2007-04-17")),
    # a month or day named with "last" or "scorso": the latest one before publication
    ("en", "last December", "last December", "2007-12", span("2007-12-01", "2007-12-31")),
    ("en", "last September", "last September", "2008-09", span("2008-09-01", "2008-09-30")),
    ("en", "next March", "next March", "2009-03", span("2009-03-01", "2009-03-31")),
    ("it", "a dicembre scorso", "dicembre scorso", "2007-12", span("2007-12-01", "2007-12-31")),
    ("it", "lo scorso 3 settembre", "scorso 3 settembre", "2008-09-03", span("2008-09-03")),
    ("it", "il 20 ottobre scorso", "20 ottobre scorso", "2007-10-20", span("2007-10-20")),
    ("it", "il prossimo 3 febbraio", "prossimo 3 febbraio", "2009-02-03", span("2009-02-03")),
    ("en", "from last year's fourth quarter", "last year's fourth quarter", "2007-Q4",
     span("2007-10-01", "2007-12-31")),
    ("en", "in 2007's first quarter", "2007's first quarter", "2007-Q1",
     span("2007-01-01", "2007-03-31")),
    ("en", "twenty five years ago", "twenty five years ago", "1983",
     span("1983-09-27", "1983-10-22")),
    # written dates
    ("it", "martedì 14 il ministro ha parlato", "martedì 14", "2008-10-14", span("2008-10-14")),
    ("it", "lunedì 20 si terrà il vertice", "lunedì 20", "2008-10-20", span("2008-10-20")),
    ("en", "on Tuesday the 14th", "Tuesday the 14th", "2008-10-14", span("2008-10-14")),
    ("en", "on the 1st of May 2008", "the 1st of May 2008", "2008-05-01", span("2008-05-01")),
    ("en", "on 15 Jan 2009", "15 Jan 2009", "2009-01-15", span("2009-01-15")),
    ("en", "on 15/01/2009", "15/01/2009", "2009-01-15", span("2009-01-15")),
    ("en", "in January of 2008", "January of 2008", "2008-01", span("2008-01-01", "2008-01-31")),
    ("it", "nel mese di aprile 2007", "mese di aprile 2007", "2007-04",
     span("2007-04-01", "2007-04-30")),
    # the previous period, counted from publication
    ("en", "from the previous year", "the previous year", "2007",
     span("2007-01-01", "2007-12-31")),
    ("en", "in the prior month", "the prior month", "2008-09", span("2008-09-01", "2008-09-30")),
    ("it", "nel mese in corso", "mese in corso", "2008-10", span("2008-10-01", "2008-10-31")),
    ("it", "il trimestre precedente", "trimestre precedente", "2008-Q3",
     span("2008-07-01", "2008-09-30")),
    ("it", "l'ultimo trimestre", "ultimo trimestre", "2008-Q3", span("2008-07-01", "2008-09-30")),
    ("en", "in the last financial quarter", "last financial quarter", "2008-Q3",
     span("2008-07-01", "2008-09-30")),
    ("it", "nel trimestre fiscale in corso", "trimestre fiscale in corso", "2008-Q4",
     span("2008-10-01", "2008-12-31")),
    # centuries counted from publication
    ("en", "since last century", "last century", "19", span("1900-01-01", "2000-12-31")),
    ("it", "nel secolo scorso", "secolo scorso", "19", span("1900-01-01", "2000-12-31")),
]


@pytest.mark.parametrize(("language", "text", "expression", "value", "days"), CALENDAR)
def test_calendar_periods_of_news(language, text, expression, value, days) -> None:
    (mention,) = find_times(text, language, WED)
    assert (mention.expression, mention.kind, mention.value, mention.span) == (
        expression, "date", value, days
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "talks on 12-13 March", [("12", "2008-03-12"), ("13 March", "2008-03-13")]),
        ("en", "between 12 and 13 March 2006",
         [("12", "2006-03-12"), ("13 March 2006", "2006-03-13")]),
        ("it", "i colloqui del 12-13 marzo 2007",
         [("12", "2007-03-12"), ("13 marzo 2007", "2007-03-13")]),
        ("it", "dal 12 al 15 marzo", [("12", "2008-03-12"), ("15 marzo", "2008-03-15")]),
        ("it", "il 12 e 13 marzo", [("12", "2008-03-12"), ("13 marzo", "2008-03-13")]),
        ("it", "il 15 e il 16 ottobre", [("15", "2008-10-15"), ("16 ottobre", "2008-10-16")]),
    ],
)
def test_a_day_before_a_range_takes_the_month_and_year_that_follow(
    language, text, expected
) -> None:
    assert values(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In 2005 it failed. That year, shares fell; the same year they rose.",
         [("2005", "2005"), ("That year", "2005"), ("same year", "2005")]),
        ("en", "In 2005 it failed. The year before, it had grown.",
         [("2005", "2005"), ("The year before", "2004")]),
        ("en", "On 5 May 2005 it failed. That day, prices fell. The week after, they rose.",
         [("5 May 2005", "2005-05-05"), ("That day", "2005-05-05"),
          ("The week after", "2005-W19")]),
        ("en", "In 2005 it failed. Two years later it rose.",
         [("2005", "2005"), ("Two years later", "2007")]),
        ("it", "Nel 2005 fallì. Quell'anno la società crollò; lo stesso anno risalì.",
         [("2005", "2005"), ("Quell'anno", "2005"), ("stesso anno", "2005")]),
        ("it", "Nel 2005 fallì. L'anno prima era cresciuta.",
         [("2005", "2005"), ("anno prima", "2004")]),
        ("it", "Il 5 maggio 2005 fallì. Quel giorno i prezzi scesero.",
         [("5 maggio 2005", "2005-05-05"), ("Quel giorno", "2005-05-05")]),
        ("it", "Nel 2005 fallì. Due anni dopo risalì.",
         [("2005", "2005"), ("Due anni dopo", "2007")]),
        ("en", "In 2005 it failed. The following year it rose.",
         [("2005", "2005"), ("The following year", "2006")]),
        ("it", "Nel 2005 fallì. L'anno successivo risalì.",
         [("2005", "2005"), ("anno successivo", "2006")]),
        ("it", "L'utile è salito rispetto all'anno precedente.", [("anno precedente", "2007")]),
    ],
)
def test_that_year_and_the_year_before_count_from_the_date_last_named(
    language, text, expected
) -> None:
    assert values(text, language) == expected


def test_a_period_named_against_another_carries_an_anchor_and_no_span() -> None:
    for text, language in (("The year before, it had grown.", "en"),
                           ("Quell'anno la società crollò.", "it")):
        (mention,) = find_times(text, language, WED)
        assert mention.anchor is not None and mention.span is None


@pytest.mark.parametrize(
    ("language", "text", "kind", "value"),
    [
        ("en", "every Monday", "set", "XXXX-WXX-1"),
        ("en", "each summer", "set", "XXXX-SU"),
        ("it", "ogni lunedì", "set", "XXXX-WXX-1"),
        ("it", "tutti i venerdì", "set", "XXXX-WXX-5"),
        ("it", "ogni estate", "set", "XXXX-SU"),
        ("it", "ogni trimestre", "set", "P3M"),
        ("en", "half an hour", "duration", "PT30M"),
        # a written half, and a fraction told in the next smaller unit as the schema's
        # durations have whole numbers only
        ("en", "for 2 1/2 years", "duration", "P2Y6M"),
        ("en", "for 2½ years", "duration", "P2Y6M"),
        ("en", "a minute and a half", "duration", "PT1M30S"),
        ("it", "due anni e mezzo", "duration", "P2Y6M"),
        ("en", "a week or so ago", "date", "2008-W41"),
        # counted forward from publication
        ("en", "he will be 40 eight years from now", "date", "2016"),
        ("en", "two weeks from today", "date", "2008-W44"),
        ("it", "il vertice si terrà tra due settimane", "date", "2008-W44"),
        ("it", "fra tre giorni", "date", "2008-10-18"),
        ("it", "mezz'ora", "duration", "PT30M"),
        ("en", "for three consecutive years", "duration", "P3Y"),
        ("en", "a months-long strike", "duration", "PXM"),
        ("en", "in the past 24 hours", "duration", "PT24H"),
        ("it", "nelle ultime 24 ore", "duration", "PT24H"),
        ("it", "nell'ultimo anno", "duration", "P1Y"),  # the past twelve months
        ("it", "nell'ultimo decennio", "duration", "P10Y"),
        ("it", "da decine di anni", "duration", "PXY"),
        ("en", "hundreds of years ago", "date", "PAST_REF"),
        ("it", "alle 22 ora italiana", "time", "2008-10-15T22:00"),
        ("en", "at 1400 UTC", "time", "2008-10-15T14:00Z"),
        ("en", "at 10.30am", "time", "2008-10-15T10:30"),
        ("en", "at 9 o'clock pm", "time", "2008-10-15T21:00"),
        ("en", "in the morning", "time", "2008-10-15TMO"),
        ("it", "di sera", "time", "2008-10-15TEV"),
        ("en", "its largest single-day drop", "duration", "P1D"),
        ("it", "il peggior calo in un solo giorno", "duration", "P1D"),
        ("it", "nel corso dell'anno le vendite sono calate", "date", "2008"),
        ("en", "in mid-morning trading", "time", "2008-10-15TMO"),
        ("en", "in late afternoon trading", "time", "2008-10-15TAF"),
        ("it", "in tarda mattinata", "time", "2008-10-15TMO"),
        ("it", "a fine giornata", "date", "2008-10-15"),
        ("it", "una giornata di sciopero", "duration", "P1D"),
        ("it", "dalla fine del trimestre finanziario in corso", "date", "2008-Q4"),
        ("en", "in the near future", "date", "FUTURE_REF"),
        ("it", "in questi giorni", "date", "PRESENT_REF"),
        ("it", "negli ultimi tempi", "date", "PAST_REF"),
        ("it", "nel prossimo futuro", "date", "FUTURE_REF"),
        ("en", "sales will weaken in the near term", "date", "FUTURE_REF"),
        ("it", "nel breve termine i prezzi saliranno", "date", "FUTURE_REF"),
    ],
)
def test_recurrences_durations_times_and_references(language, text, kind, value) -> None:
    (mention,) = find_times(text, language, WED)
    assert (mention.kind, mention.value) == (kind, value)


def test_a_reference_word_before_a_duration_is_kept_apart_from_it() -> None:
    assert values("Airbus is currently two years late.", "en") == [
        ("currently", "PRESENT_REF"), ("two years", "P2Y")
    ]
    assert values("In the past 24 hours it rained.", "en") == [("the past 24 hours", "PT24H")]


def test_a_clock_time_is_on_the_day_named_right_after_it() -> None:
    assert values("At 6 a.m. on Tuesday the plane landed.", "en") == [
        ("6 a.m.", "2008-10-14T06:00"), ("Tuesday", "2008-10-14")
    ]
    assert values("Alle 6 di martedì l'aereo è atterrato.", "it") == [
        ("6", "2008-10-14T06:00"), ("martedì", "2008-10-14")
    ]


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales will rise in the last half of 1989.", "the last half of 1989", "1989-H2"),
    ("By year's end sales will rise.", "year's end", "2008"),
    ("Sales will rise over the next couple of years.", "the next couple of years", "P2Y"),
    ("It took eight trading days.", "eight trading days", "P8D"),
])
def test_more_ways_to_write_halves_ends_and_counts(text, expression, value) -> None:
    assert values(text, "en")[0] == (expression, value)


def test_working_days_are_a_length_of_days_in_italian_too() -> None:
    assert values("Servono tre giorni lavorativi.", "it") == [("tre giorni lavorativi", "P3D")]


def test_two_days_of_a_month_joined_by_and_are_one_stretch() -> None:
    assert values("The previous floods, on May 2 and 3, killed two people.", "en") == [
        ("May 2 and 3", "2008-05-02")]
    # the near miss: a count follows the day
    assert values("On May 2 and 30 people died.", "en") == [("May 2", "2008-05-02")]


def test_a_part_of_the_day_is_on_the_day_named_right_after_it() -> None:
    assert values("The stock fell in mid-afternoon yesterday.", "en")[0] == (
        "mid-afternoon", "2008-10-14TAF")
    # the near miss: a part of the day already placed keeps its day
    assert values("Stocks fell this morning, Monday.", "en")[0] == ("this morning",
                                                                   "2008-10-15TMO")


def test_a_reporting_verb_after_a_future_cue_points_a_weekday_back() -> None:
    text = "The company will report next Tuesday and said Monday it would cut jobs by Friday."
    assert values(text, "en") == [
        ("next Tuesday", "2008-10-21"), ("Monday", "2008-10-13"), ("Friday", "2008-10-17")
    ]
    text = "Il vertice si terrà venerdì, ha detto lunedì il ministro."
    assert values(text, "it") == [("venerdì", "2008-10-17"), ("lunedì", "2008-10-13")]


@pytest.mark.parametrize(
    ("language", "text", "published", "value"),
    [
        ("en", "In September, sales fell 20%.", date(2009, 3, 10), "2008-09"),
        ("en", "Deliveries will resume in September.", date(2009, 3, 10), "2009-09"),
        ("en", "The launch was delayed until September.", date(2009, 3, 10), "2009-09"),
        ("it", "A settembre le vendite hanno registrato un calo.", date(2009, 3, 10), "2008-09"),
        ("it", "A settembre si terrà il vertice.", date(2009, 3, 10), "2009-09"),
        # a date just after publication told in the past stays put: that is for the date
        # rules to flag, not for the finder to explain away
        ("en", "Sales fell in April.", date(2009, 3, 10), "2009-04"),
    ],
)
def test_a_month_ahead_told_in_the_past_is_last_years(language, text, published, value):
    (mention,) = find_times(text, language, published)
    assert mention.value == value


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The trial begins on Monday.", "2008-10-20"),
        ("en", "The vote took place on Monday.", "2008-10-13"),
        ("it", "Il vertice si svolgerà lunedì.", "2008-10-20"),  # future tense by its ending
        ("it", "I ministri partiranno lunedì.", "2008-10-20"),
        ("it", "La città ha votato lunedì.", "2008-10-13"),  # "città" is no future tense
        ("en", "The peace process, set to resume Monday, was halted.", "2008-10-20"),
        # a comparison with a plan is no plan
        ("en", "Shares fell after lower-than-expected earnings on Monday.", "2008-10-13"),
        ("en", "Sales rose more than expected on Monday.", "2008-10-13"),
        ("en", "The launch went ahead as planned on Monday.", "2008-10-13"),
        # a plan made in the past: its day may be gone
        ("en", "The offer had been due to expire Monday.", "2008-10-13"),
        ("en", "The offer had been scheduled to expire at midnight Monday.", "2008-10-13"),
        ("it", "L'incontro, inizialmente previsto per lunedì, è stato rinviato.", "2008-10-13"),
        # the near miss: a plan told now still points ahead
        ("it", "L'incontro è previsto per lunedì.", "2008-10-20"),
        # the full stop of an initial ends no clause: "will" still governs the day
        ("en", "Mr. Schwarz will succeed Daniel P. Davison on Monday.", "2008-10-20"),
    ],
)
def test_a_bare_weekday_follows_the_tense_of_its_clause(language, text, value) -> None:
    mention = find_times(text, language, WED)[-1]  # "midnight Monday": the weekday is last
    assert mention.value == value


@pytest.mark.parametrize(
    ("language", "text", "not_a_time"),
    [
        ("en", "He said that years of war had passed.", "that years"),
        ("en", "They spring into action.", "spring"),  # a season only after "the", "in", ...
        ("en", "The first half ended 1-0.", "first half"),  # a match's half, not a half-year
        ("en", "a time of war, not a months-long peace", "a months"),
        ("it", "alla vigilia del vertice", "vigilia"),  # the eve of anything, not Christmas
        ("it", "ha 80 anni", "anni 80"),
        ("it", "lunedì 2 anni fa", "lunedì 2"),
        ("en", "the morning of 5 May", "the morning"),
        ("en", "against the now-cancelled deal", "now"),
        ("en", "the stock fell in after-hours trading", "hours"),
    ],
)
def test_no_time_where_the_words_mean_something_else(language, text, not_a_time) -> None:
    assert not_a_time not in [m.expression for m in find_times(text, language, WED)]


def test_resolve_reads_the_new_periods() -> None:
    assert resolve("fiscal 2009", "en", WED) == span("2008-02-01", "2010-01-31")
    assert resolve("Q4 2024", "en", THU) == span("2024-10-01", "2024-12-31")
    assert resolve("il primo semestre", "it", THU) == span("2025-01-01", "2025-06-30")


@pytest.mark.parametrize(
    ("text", "language", "narrative"),
    [
        ("The following year it doubled its output", "en", True),
        ("L'anno precedente erano cresciute", "it", True),
        ("Last year it doubled its output", "en", False),
        ("L'anno scorso erano cresciute", "it", False),
    ],
)
def test_dates_counted_from_the_date_last_named_are_marked_narrative(text, language, narrative):
    [mention] = [m for m in find_times(text, language, date(2025, 2, 27)) if m.span is not None]
    assert mention.narrative is narrative


def test_a_clock_time_after_a_named_day_counts_from_that_day() -> None:
    text = "The 787 made its first test flight Tuesday in Everett at 18:00 UTC."
    tuesday, clock = find_times(text, "en", date(2009, 12, 16))
    assert (clock.value, clock.narrative) == ("2009-12-15T18:00Z", True)
    assert tuesday.narrative is False


@pytest.mark.parametrize(
    ("language", "text", "expression", "value", "days"),
    [
        ("en", "by 2010-11 production moves", "2010-11", "P1Y", span("2010-01-01", "2011-12-31")),
        ("it", "la stagione 2010/11", "2010/11", "P1Y", span("2010-01-01", "2011-12-31")),
        ("en", "during 1939-1945", "1939-1945", "P6Y", span("1939-01-01", "1945-12-31")),
        ("en", "deliveries from 2009 to 2011", "2009 to 2011", "P2Y",
         span("2009-01-01", "2011-12-31")),
        ("en", "between 2014 and 2016", "2014 and 2016", "P2Y", span("2014-01-01", "2016-12-31")),
        ("it", "consegne dal 2009 al 2011", "2009 al 2011", "P2Y",
         span("2009-01-01", "2011-12-31")),
        ("it", "tra il 2014 e il 2016", "2014 e il 2016", "P2Y",
         span("2014-01-01", "2016-12-31")),
    ],
)
def test_two_years_joined_as_a_range_are_one_stretch(language, text, expression, value, days):
    (mention,) = find_times(text, language, WED)
    assert (mention.expression, mention.kind, mention.value, mention.span) == (
        expression, "duration", value, days)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Sales fell in 2009 and 2011."),  # two years, not a stretch
        ("en", "In 2011-2009 it fell."),  # backwards: no range
        ("it", "Nel 2009 e nel 2011 le vendite sono calate."),
    ],
)
def test_two_years_not_joined_as_a_range_stay_apart(language, text) -> None:
    assert all(m.kind == "date" for m in find_times(text, language, WED))


@pytest.mark.parametrize(
    ("language", "text", "published", "expression", "value"),
    [
        ("it", "Il terminal aprirà a gennaio del prossimo anno.", date(2007, 10, 17),
         "gennaio del prossimo anno", "2008-01"),
        ("en", "The terminal opened in January last year.", date(2007, 10, 17),
         "January last year", "2006-01"),
        ("en", "Sales peaked in March of last year.", date(2007, 10, 17),
         "March of last year", "2006-03"),
        ("it", "Le vendite sono calate a marzo dell'anno scorso.", date(2007, 10, 17),
         "marzo dell'anno scorso", "2006-03"),
    ],
)
def test_a_month_takes_the_year_named_right_after_it(language, text, published, expression,
                                                     value) -> None:
    (mention,) = find_times(text, language, published)
    assert (mention.expression, mention.value) == (expression, value)


@pytest.mark.parametrize(
    ("language", "text", "published", "value"),
    [
        # results told in January are last year's fourth quarter
        ("en", "GM lost $1.5 billion in the fourth quarter.", date(2006, 1, 27), "2005-Q4"),
        ("it", "GM ha perso 1,5 miliardi nel quarto trimestre.", date(2006, 1, 27), "2005-Q4"),
        ("en", "Ford will close ten plants in the fourth quarter.", date(2006, 8, 19), "2006-Q4"),
        ("en", "Sales will rise in the third quarter.", date(2007, 3, 1), "2007-Q3"),
        # a headline's present tells what is done: a quarter months away is no news yet
        ("en", "GM reports loss in third quarter", date(2025, 2, 27), "2024-Q3"),
        ("it", "GM annuncia perdite nel terzo trimestre", date(2025, 2, 27), "2024-Q3"),
        ("en", "GM expects a loss in the third quarter.", date(2025, 2, 27), "2025-Q3"),
        ("it", "GM prevede perdite nel terzo trimestre.", date(2025, 2, 27), "2025-Q3"),
        # the coming quarter may be told of in the present
        ("en", "GM sees sales rising in the fourth quarter.", date(2025, 9, 20), "2025-Q4"),
        # the same quarter named again takes the year it was named with
        ("en", "A loss in the second quarter of 2005; in the second quarter, sales fell.",
         date(2006, 9, 1), "2005-Q2"),
        # unless it was history: this year's results are this year's quarter
        ("en", "It stopped paying a dividend in the third quarter of 1984. CMS reported "
               "third-quarter net of $68.2 million.", date(1989, 10, 27), "1989-Q3"),
    ],
)
def test_a_quarter_without_a_year_follows_tense_and_the_quarter_last_named(
        language, text, published, value) -> None:
    assert find_times(text, language, published)[-1].value == value


def test_a_clock_time_alone_names_no_day_of_its_own() -> None:
    (clock,) = find_times("The plane landed at 18:00 UTC.", "en", date(2009, 12, 16))
    assert (clock.value, clock.narrative) == ("2009-12-16T18:00Z", True)


def test_the_colon_of_a_clock_time_does_not_end_the_clause_of_a_future_cue() -> None:
    text = "The qualifier has been postponed until 15:00 GMT Saturday due to heavy snow."
    assert values(text, "en", date(2013, 3, 22)) == [
        ("15:00 GMT", "2013-03-23T15:00Z"), ("Saturday", "2013-03-23")
    ]


def test_years_on_is_a_length_of_time_not_a_date_ahead_of_publication() -> None:
    assert values("60 years on from Everest his deeds deserve recognition.", "en") == [
        ("60 years", "P60Y")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # results for a quarter are compared with the same quarter a year before
        ("Third-quarter profit rose to $5 million from $4 million a year earlier.", "1988-Q3"),
        ("In the third quarter, profit rose to $5 million from $4 million a year ago.",
         "1988-Q3"),
        ("Profit rose to $5 million from $4 million a year earlier.", "1988"),
        # a period named in the year before is already the comparison
        ("Last year catastrophe losses totaled $5 million. The year-earlier results have been "
         "restated.", "1988"),
        ("Net was $306 million, against a loss in the 1988 period. The year-ago results "
         "included a charge.", "1988"),
        # a year naming its quarter in results: the quarter the story reports
        ("Third-quarter net rose from the 1988 quarter.", "1988-Q3"),
    ],
)
def test_a_year_from_a_quarter_just_named_is_that_quarter_a_year_before(text, value) -> None:
    mention = find_times(text, "en", date(1989, 11, 2))[-1]
    assert mention.value == value
    if "-Q" in value:  # a calendar quarter, so the figure told with it is dated by it
        year, quarter = value.split("-Q")
        assert mention.span == spans.quarter_span(int(year), int(quarter))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell 5% in the third quarter. The quarter was hurt by a strike.", "1989-Q3"),
        ("Profit fell in the quarter, the company said.", "1989-Q3"),  # just ended
        ("This quarter looks better.", "1989-Q4"),
    ],
)
def test_the_quarter_is_the_one_last_named_or_just_ended(text, value) -> None:
    assert find_times(text, "en", date(1989, 11, 2))[-1].value == value


def test_the_month_is_the_month_last_named() -> None:
    text = "GM's sales in October fell 45 percent. Sales for the month were the lowest since 1983."
    assert values(text, "en", date(2008, 11, 4))[:2] == [("October", "2008-10"),
                                                        ("the month", "2008-10")]
    assert values("Sales for the month fell.", "en", date(2008, 11, 4)) == [
        ("the month", "2008-11")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose in the third quarter from the year-earlier quarter.",
         "the year-earlier quarter", "1988-Q3"),
        ("Net income fell from the comparable year-ago quarter.",
         "the comparable year-ago quarter", "1988-Q3"),
        ("Year-earlier sales were higher.", "Year-earlier", "1988"),
        ("It posted a year-earlier loss of $5 million.", "year-earlier", "1988"),
        ("Profit fell in the 1988 third quarter.", "the 1988 third quarter", "1988-Q3"),
        ("Profit fell in the latest quarter.", "the latest quarter", "1989-Q3"),
        ("Profit fell in the past quarter.", "the past quarter", "1989-Q3"),
    ],
)
def test_reporting_periods_of_financial_news(text, expression, value) -> None:
    assert (expression, value) in values(text, "en", date(1989, 11, 2))


def test_a_quarter_named_for_comparison_does_not_become_the_reference() -> None:
    text = ("Third-quarter profit rose to $5 million from $4 million in the year-ago period. "
            "Third-quarter sales rose 3%.")
    assert [v for _, v in values(text, "en", date(1989, 10, 26))] == [
        "1989-Q3", "1988-Q3", "1989-Q3"]


def test_a_forecast_quarter_is_no_reference_for_a_quarter_told_as_done() -> None:
    text = ("He expects losses through the third quarter of 1990. "
            "Third-quarter sales dropped 11%.")
    assert values(text, "en", date(1989, 10, 26))[-1] == ("Third-quarter", "1989-Q3")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose 10% in the first half.", "2006-H1"),  # told as done in March
        ("Sales will rise in the second half.", "2007-H2"),
    ],
)
def test_a_half_year_after_a_preposition(text, value) -> None:
    assert values(text, "en", date(2007, 3, 1))[-1][1] == value


def test_the_week_is_the_week_of_the_day_last_named() -> None:
    text = "The Dow closed at 10,365.45 on Friday, down 1.5 percent for the week."
    assert values(text, "en", date(2007, 3, 1)) == [("Friday", "2007-02-23"),
                                                   ("the week", "2007-W08")]


def test_a_month_compared_with_a_year_earlier_stays_apart_from_it() -> None:
    text = "Sales dropped 45 percent in January from a year earlier."
    assert values(text, "en", date(2009, 2, 3)) == [("January", "2009-01"),
                                                   ("a year earlier", "2008")]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("it", "Le vendite sono calate nel terzo trimestre.", "2024-Q3"),  # told as done
        ("it", "I soldati sono arrivati a novembre.", "2024-11"),
        ("it", "A settembre è prevista la visita.", "2025-09"),  # the cue follows the month
        ("it", "Lunedì il ministro dovrebbe parlare al Parlamento.", "2025-03-03"),
        ("en", "Apple announced Friday that it will give owners a free case.", "2025-02-21"),
        ("en", "The offer expires Oct. 31.", "2025-10-31"),
    ],
)
def test_the_tense_of_the_whole_clause_places_a_bare_month_or_weekday(language, text, value):
    assert find_times(text, language, THU)[0].value == value


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The glitch only became public this weekend.", "2010-W03-WE"),
        ("it", "Il guasto è emerso solo in questo fine settimana.", "2010-W03-WE"),
        ("en", "The summit will be held this weekend.", "2010-W04-WE"),
        # "due to" gives a reason, not a time ahead
        ("en", "The weekend was busy due to heavy snow.", "2010-W03-WE"),
    ],
)
def test_this_weekend_told_as_done_on_a_weekday_is_the_one_just_past(language, text, value):
    (mention,) = find_times(text, language, date(2010, 1, 25))
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The plant will close by year-end.", "year-end", "1989"),
        ("Sales rose at year end.", "year end", "1989"),
        ("Debt stood at $5 billion at end-March.", "end-March", "1989-03"),
    ],
)
def test_the_end_of_a_period_written_short(text, expression, value) -> None:
    (mention,) = find_times(text, "en", date(1989, 11, 2))
    assert (mention.expression, mention.value, mention.mod) == (expression, value, "END")


def test_this_and_a_month_is_the_publication_years_month() -> None:
    assert values("It happened this September.", "en", date(1998, 2, 5)) == [
        ("this September", "1998-09")]


@pytest.mark.parametrize(
    ("language", "text", "expression"),
    [
        ("en", "In the week ended Friday, the index fell 5%.", "the week ended Friday"),
        ("en", "Sales rose in the week to Friday.", "the week to Friday"),
        ("it", "Nella settimana terminata venerdì l'indice ha perso il 5%.",
         "settimana terminata venerdì"),
    ],
)
def test_a_week_ended_on_a_day_is_the_seven_days_up_to_it(language, text, expression) -> None:
    (week,) = find_times(text, language, date(2008, 11, 4))
    assert (week.expression, week.value, week.span) == (
        expression, "2008-W44", span("2008-10-25", "2008-10-31"))
