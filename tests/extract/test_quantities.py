"""Figures as the extractor reads them, one table of cases per language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract.quantities import find_quantities
from checker.extract.tables import load_table

# (text, expected fields of the one quantity found)
ITALIAN = [
    # "sei" is also "you are": a number when a plural or "nuovi" follows
    ("riceverà sei nuovi aerei A330", {"value": 6}),
    ("un equipaggio di sei persone", {"value": 6}),
    # the letter of a model's code read as a word is no part of the number
    ("e da otto A330 a lungo raggio", {"value": 8}),
    ("più di 10.000 soldati nordcoreani sono stati inviati in Russia",
     {"qualifier": "more_than", "value": 10000, "unit": "soldier", "measure": "troops_deployed",
      "subject": "north-korean-soldiers", "scope": {"place": "Russia"}}),
    ("Pyongyang ha schierato tra 10.000 e 12.000 soldati sul territorio russo",
     {"qualifier": "between", "low": 10000, "high": 12000, "measure": "troops_deployed",
      "subject": "north-korean-soldiers"}),
    ("Migliaia di soldati nordcoreani massacrati in Ucraina",
     {"qualifier": "magnitude", "magnitude": "thousands", "measure": "killed",
      "subject": "north-korean-soldiers"}),
    ("l'elevato numero di vittime nordcoreane in Ucraina, stimate intorno a 1.100",
     {"qualifier": "approximately", "value": 1100, "measure": "casualties"}),
    ("almeno 7mila persone sono state uccise", {"qualifier": "at_least", "value": 7000,
                                                "measure": "killed", "unit": "person"}),
    ("un contratto da 1,5 milioni di euro", {"value": 1500000, "unit": "EUR"}),
    ("circa diecimila feriti", {"qualifier": "approximately", "value": 10000,
                                "measure": "wounded"}),
    ("fino a 30 chilometri dal confine", {"qualifier": "at_most", "value": 30, "unit": "km"}),
    ("quasi il 40 per cento degli elettori", {"value": 40, "unit": "percent"}),
    ("oltre 200 prigionieri", {"qualifier": "more_than", "value": 200, "measure": "captured"}),
    ("decine di migliaia di profughi", {"magnitude": "tens_of_thousands"}),
    # a noun that names a round number
    ("cercano ancora una trentina di persone", {"qualifier": "approximately", "value": 30}),
    ("una decina di feriti", {"qualifier": "approximately", "value": 10, "measure": "wounded"}),
    ("circa un centinaio di morti", {"qualifier": "approximately", "value": 100,
                                     "measure": "killed"}),
    ("le forze russe hanno perso circa 1.500 soldati", {"value": 1500, "measure": "casualties"}),
    # "persone" is no form of "perso"
    ("può ospitare fino a 150 persone", {"value": 150, "measure": "count_of_people"}),
    ("oltre 1.000 kmq", {"value": 1000, "unit": "km**2"}),
    ("il bilancio reale potrebbe arrivare a 200", {"qualifier": "at_most", "value": 200}),
    # a month name before a figure that can be no day or year of it
    ("il debito ha raggiunto a fine settembre 2.960 miliardi di euro",
     {"value": 2_960_000_000_000, "unit": "EUR"}),
]

ENGLISH = [
    # a model's number between a count and its noun
    ("Ryanair will purchase five new 737 aircraft", {"value": 5, "measure": "count_of_aircraft"}),
    ("built with four Rolls-Royce Trent 900 engines", {"value": 4,
                                                       "measure": "count_of_engines"}),
    ("more than 10,000 North Korean troops were sent to Russia",
     {"qualifier": "more_than", "value": 10000, "measure": "troops_deployed",
      "subject": "north-korean-soldiers"}),
    ("between 10,000 and 12,000 soldiers", {"qualifier": "between", "low": 10000, "high": 12000}),
    ("Moscow has deployed 3,000 troops", {"subject": "russian-soldiers",
                                          "measure": "troops_deployed"}),
    ("at least 1,100 casualties", {"qualifier": "at_least", "value": 1100,
                                   "measure": "casualties"}),
    ("about twelve thousand people were killed", {"qualifier": "approximately", "value": 12000,
                                                  "measure": "killed"}),
    ("a US$ 40 billion contract", {"value": 40_000_000_000, "unit": "USD"}),
    # the verb right before a figure tells what it counts; with no noun, a killing counts people
    ("Floods kill 23 in northern Italy", {"value": 23, "measure": "killed",
                                          "subject": "people"}),
    ("Earthquake kills at least 120 in eastern Turkey",
     {"qualifier": "at_least", "value": 120, "measure": "killed", "subject": "people",
      "unit": "person"}),
    ("the health ministry put the death toll at 98", {"value": 98, "measure": "killed",
                                                      "subject": "people"}),
    ("the real figure could be as high as 200", {"qualifier": "at_most", "value": 200}),
    ("a dozen people were arrested", {"qualifier": "exact", "value": 12, "measure": "arrested"}),
    ("Russian forces lost about 1,500 troops", {"value": 1500, "measure": "casualties"}),
    ("the company lost 1,500 jobs", {"value": 1500, "measure": "count_of_jobs"}),
    ("about 200 sq km", {"value": 200, "unit": "km**2"}),
    ("about a dozen soldiers", {"qualifier": "approximately", "value": 12}),
    ("nearly 60% of the parts", {"qualifier": "approximately", "value": 60, "unit": "percent"}),
    ("up to 30 miles away", {"qualifier": "at_most", "value": 30, "unit": "mile"}),
    ("thousands of troops", {"qualifier": "magnitude", "magnitude": "thousands"}),
    ("dozens of wounded", {"magnitude": "dozens", "measure": "wounded"}),
    ("1,500 to 2,000 jobs", {"qualifier": "between", "low": 1500, "high": 2000}),
    ("15-20% of the workforce", {"qualifier": "between", "low": 15, "high": 20,
                                 "unit": "percent"}),
]

# Numbers that are not figures: dates, durations, names.
NOT_FIGURES = [
    ("it", "nell'ottobre 2024 Pyongyang ha schierato truppe"),
    ("it", "il 27 febbraio 2025 l'agenzia ha detto"),
    ("it", "dopo una pausa di 3 mesi"),
    ("it", "un funzionario ha parlato per un'ora"),
    ("en", "the Boeing 747 flew again on March 3"),
    ("en", "the A330 MRTT tanker"),
    ("en", "at 10:30 the meeting began"),
    ("en", "for five years"),
    ("en", "Apple unveils iPhone 4 at the conference"),
    ("en", "Chrysler filed for Chapter 11 protection"),
    ("it", "il nuovo Terminal 3 di Changi"),
    ("it", "Steve Jobs ha presentato l'iPhone 4 alla conferenza"),
    ("it", "con il nuovo sistema operativo iOS 4 per i dispositivi mobili"),
    ("it", "Strutturalmente, iPhone 4 dispone di un nuovo telaio"),
    ("it", "se sei stato in Russia"),
    ("it", "un valore record"),
    # a person's age
    ("en", "Jobs, aged 55, said on Monday that he would take leave"),
    ("en", "Police said Mary Jones, 34, and her son, 12, were injured"),
    ("en", "John Smith (40) told reporters"),
    ("en", "Smith, who is 40 years old, spoke"),
    ("it", "Luigi Bianchi (40) ha detto"),
    ("it", "Il 55enne Steve Jobs ha detto"),
]

# Near misses of an age: the same shapes stating a figure.
AGE_NEAR_MISSES = [
    ("en", "the toll rose to 40, officials said", 40),
    ("en", "Of the wounded, 40 soldiers were flown out", 40),
    ("en", "In 2009, 12, and in 2010, 14", 12),
    ("en", "Smith said 300, not 40, were killed", 300),
    ("it", "Le vittime sono salite a 40, ha detto la polizia", 40),
]


def test_the_nearest_verb_before_each_figure_gives_its_measure() -> None:
    found = find_quantities("killing at least 120 people and injuring more than 1,000",
                            0, load_table("en"))
    assert [f.quantity["measure"] for f in found] == ["killed", "wounded"]
    found = find_quantities("il sisma ha ucciso almeno 120 persone, ferendone oltre 1.000",
                            0, load_table("it"))
    assert [f.quantity["measure"] for f in found][0] == "killed"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "the two crashes, which killed 102 and 21 people respectively"),
    ("it", "i due incidenti, che hanno ucciso rispettivamente 102 e 21 persone"),
])
def test_figures_listed_side_by_side_count_sets_of_their_own(language, text) -> None:
    found = find_quantities(text, 0, load_table(language))
    people = [f.quantity["subject"] for f in found if f.quantity["subject"].startswith("people")]
    assert len(people) == 2 and people[0] != people[1]


@pytest.mark.parametrize(("language", "other", "story"), [
    ("en", "Turkey was hit by a similar quake in 2011, when 600 people died.",
     "The ministry said 98 people died."),
    ("en", "The previous floods, on May 2 and 3, killed two people.",
     "The floods killed two people, officials said."),
    ("it", "Un altro sisma nel 2011 uccise 600 persone.", "Il ministero ha detto che 98 persone "
     "sono morte."),
])
def test_another_event_counts_a_set_of_its_own(language, other, story) -> None:
    table = load_table(language)
    assert find_quantities(story, 0, table)[0].quantity["subject"] == "people"
    assert find_quantities(other, 0, table)[0].quantity["subject"] != "people"


def test_the_previous_day_is_no_other_event() -> None:
    found = find_quantities("The previous day, officials said 98 people had died.", 0,
                            load_table("en"))
    assert found[0].quantity["subject"] == "people"


def test_two_counts_joined_by_and_stay_two_counts() -> None:
    found = find_quantities("Spain will see 1,600 and 400 jobs cut", 0, load_table("en"))
    assert [f.quantity["value"] for f in found] == [1600, 400]


def _one(text: str, language: str) -> dict:
    found = find_quantities(text, 0, load_table(language))
    assert len(found) == 1, [f.quantity for f in found]
    return found[0].quantity


@pytest.mark.parametrize(("text", "expected"), ITALIAN, ids=[t for t, _ in ITALIAN])
def test_italian_figures(text: str, expected: dict) -> None:
    quantity = _one(text, "it")
    assert {k: quantity.get(k) for k in expected} == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t for t, _ in ENGLISH])
def test_english_figures(text: str, expected: dict) -> None:
    quantity = _one(text, "en")
    assert {k: quantity.get(k) for k in expected} == expected


@pytest.mark.parametrize(("language", "text"), NOT_FIGURES, ids=[t for _, t in NOT_FIGURES])
def test_dates_durations_and_names_are_not_figures(language: str, text: str) -> None:
    assert find_quantities(text, 0, load_table(language)) == []


@pytest.mark.parametrize(("language", "text", "value"), AGE_NEAR_MISSES,
                         ids=[t for _, t, _ in AGE_NEAR_MISSES])
def test_a_figure_set_between_commas_is_no_age(language: str, text: str, value: int) -> None:
    found = find_quantities(text, 0, load_table(language))
    assert found and found[0].quantity.get("value") == value


def test_counts_without_a_measure_get_a_subject_of_their_own() -> None:
    found = find_quantities("179 new tankers, and later 100 tankers", 0, load_table("en"))
    subjects = [f.quantity["subject"] for f in found]
    assert len(subjects) == 2 and subjects[0] != subjects[1]


def test_locale_decides_the_separators() -> None:
    assert _one("10.000 soldati", "it")["value"] == 10000
    assert _one("10,000 soldiers", "en")["value"] == 10000
    assert _one("1,5 milioni di persone", "it")["value"] == 1_500_000
    assert _one("1.5 million people", "en")["value"] == 1_500_000


def test_stated_conversion_points_back() -> None:
    found = find_quantities("a front of 30 km (19 miles) near Kursk", 0, load_table("en"))
    assert [f.quantity["unit"] for f in found] == ["km", "mile"]
    assert [f.conversion_of_previous for f in found] == [False, True]


def test_offsets_point_at_the_figure() -> None:
    text = "Secondo Kiev, più di 10.000 soldati sono morti."
    found = find_quantities(text, 100, load_table("it"))
    assert text[found[0].start - 100:found[0].end - 100] == "più di 10.000 soldati"


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=11, max_value=99_999_999),
       language=st.sampled_from(["it", "en"]),
       qualifier=st.sampled_from(["more_than", "at_least", "approximately", "exact"]))
def test_any_written_figure_reads_back(n: int, language: str, qualifier: str) -> None:
    words = {
        "it": {"more_than": "più di ", "at_least": "almeno ", "approximately": "circa ",
               "exact": ""},
        "en": {"more_than": "more than ", "at_least": "at least ",
               "approximately": "about ", "exact": ""},
    }[language]
    noun = {"it": "soldati", "en": "soldiers"}[language]
    text = f"{words[qualifier]}{_grouped(n, '.' if language == 'it' else ',')} {noun}"
    quantity = _one(text, language)
    assert (quantity["value"], quantity["qualifier"]) == (n, qualifier)


def test_a_short_aside_between_a_figure_and_its_noun() -> None:
    text = "it will take delivery of six new A350 XWB (Extra Wide Body) aircraft"
    assert _one(text, "en")["value"] == 6


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Ryanair acquisterà cinque nuovi 737 dalla Boeing"),
    ("en", "Ryanair bought five new 737s from Boeing"),
])
def test_a_model_named_by_its_number_after_a_count_is_not_counted(language, text) -> None:
    values = [f.quantity["value"] for f in find_quantities(text, 0, load_table(language))]
    assert 737 not in values
