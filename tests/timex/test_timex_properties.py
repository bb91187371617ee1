"""Properties of the time finder on generated text, in both languages."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.days import DaySpan
from checker.timex import find_times, resolve
from checker.timex.tables import load_table

MONTHS = {
    lang: {number: word for word, number in load_table(lang)["months"].items() if "." not in word}
    for lang in ("it", "en")
}
WEEKDAYS = {
    lang: {number: word for word, number in load_table(lang)["weekdays"].items()}
    for lang in ("it", "en")
}
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
publication_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def written(day: date, language: str, style: int) -> str:
    month = MONTHS[language][day.month]
    if language == "it":
        return [f"{day.day} {month} {day.year}", f"{day.day} {month} del {day.year}"][style % 2]
    month = month.capitalize()
    return [f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}"][style % 2]


@settings(max_examples=150)
@given(day=days, published=publication_days, language=st.sampled_from(["it", "en"]),
       style=st.integers(0, 1))
def test_a_written_date_is_found_with_exactly_its_day(day, published, language, style) -> None:
    words = written(day, language, style)
    text = f"Secondo fonti locali, {words} è il giorno." if language == "it" else \
        f"Officials said {words} was chosen."
    (mention,) = find_times(text, language, published)
    assert mention.expression == words
    assert text[mention.start:mention.end] == words
    assert mention.span == DaySpan(day, day)
    assert mention.value == day.isoformat()


@settings(max_examples=100)
@given(day=days, published=publication_days, language=st.sampled_from(["it", "en"]))
def test_a_month_and_year_is_the_whole_month(day, published, language) -> None:
    month = MONTHS[language][day.month]
    words = f"{month} {day.year}" if language == "it" else f"{month.capitalize()} {day.year}"
    found = resolve(words, language, published)
    assert found is not None
    assert (found.first.day, found.first.month, found.first.year) == (1, day.month, day.year)
    assert (found.last + timedelta(days=1)).day == 1 and found.last.month == day.month


@settings(max_examples=100)
@given(published=publication_days, weekday=st.integers(0, 6),
       language=st.sampled_from(["it", "en"]))
def test_a_bare_weekday_is_the_latest_such_day_up_to_publication(published, weekday, language):
    word = WEEKDAYS[language][weekday]
    text = f"ha affermato {word} il ministro" if language == "it" else \
        f"the minister said on {word.capitalize()}"
    (mention,) = find_times(text, language, published)
    assert mention.span is not None and mention.span.first == mention.span.last
    when = mention.span.first
    assert when.weekday() == weekday
    assert published - timedelta(days=6) <= when <= published


@settings(max_examples=100)
@given(day=days, published=publication_days, part=st.sampled_from(["inizio", "metà", "fine"]))
def test_a_part_of_a_month_stays_inside_it_and_in_its_third(day, published, part) -> None:
    found = resolve(f"a {part} {MONTHS['it'][day.month]} {day.year}", "it", published)
    assert found is not None
    assert (found.first.year, found.first.month) == (day.year, day.month)
    assert (found.last.year, found.last.month) == (day.year, day.month)
    expected_first = {"inizio": 1, "metà": 11, "fine": 21}[part]
    assert found.first.day == expected_first


@settings(max_examples=100)
@given(published=publication_days, count=st.integers(1, 12),
       unit=st.sampled_from([("giorni", "days"), ("settimane", "weeks"), ("mesi", "months"),
                             ("anni", "years")]),
       language=st.sampled_from(["it", "en"]))
def test_some_time_ago_ends_before_publication(published, count, unit, language) -> None:
    words = f"{count} {unit[0]} fa" if language == "it" else f"{count} {unit[1]} ago"
    found = resolve(words, language, published)
    assert found is not None
    assert found.last < published


VOCABULARY = st.sampled_from(
    ["il", "nel", "nell'", "di", "metà", "inizio", "fine", "scorso", "prossimo", "fa", "dopo",
     "prima", "poco", "un", "una", "due", "mese", "anni", "giorni", "settimana", "giovedì",
     "ottobre", "2024", "27", "10.000", "1,5", "alle", "18.30", "'90", "the", "last", "next",
     "ago", "later", "early", "mid-", "March", "May", "Thursday", "a", "year", "weeks", "of",
     "12:00", "p.m.", "UTC", "ogni", "quest'", "anno", ",", ".", "\n", "10,000", "9999",
     "years", "centuries", "secoli", "1.500"]
)


@settings(max_examples=200)
@given(words=st.lists(VOCABULARY, max_size=30), published=publication_days,
       language=st.sampled_from(["it", "en"]))
def test_any_mix_of_time_words_gives_consistent_mentions(words, published, language) -> None:
    text = " ".join(words)
    previous_end = 0
    for mention in find_times(text, language, published):
        assert text[mention.start:mention.end] == mention.expression
        assert previous_end <= mention.phrase_start <= mention.start < mention.end
        previous_end = mention.end
        assert mention.kind in ("date", "duration", "set", "time")
        if mention.duration is not None and mention.duration.max_days is not None:
            assert mention.duration.min_days <= mention.duration.max_days


@settings(max_examples=200)
@given(text=st.text(max_size=200), published=publication_days,
       language=st.sampled_from(["it", "en"]))
def test_any_text_is_searched_without_error(text, published, language) -> None:
    for mention in find_times(text, language, published):
        assert text[mention.start:mention.end] == mention.expression


UNITS = {"it": {"Y": "anni", "M": "mesi", "W": "settimane", "D": "giorni"},
         "en": {"Y": "years", "M": "months", "W": "weeks", "D": "days"}}


@settings(max_examples=100)
@given(count=st.integers(2, 400), unit=st.sampled_from("YMWD"),
       language=st.sampled_from(["it", "en"]), published=publication_days)
def test_a_stated_duration_spans_what_iso_8601_allows(count, unit, language, published) -> None:
    from checker.days import parse_duration

    (mention,) = find_times(f"per {count} {UNITS[language][unit]}" if language == "it"
                            else f"for {count} {UNITS[language][unit]}", language, published)
    assert mention.kind == "duration"
    assert mention.iso_duration == f"P{count}{unit}"
    assert mention.duration == parse_duration(f"P{count}{unit}")
