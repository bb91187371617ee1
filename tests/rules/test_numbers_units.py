"""Units behind the numbers pack: conversions with the text's rounding, dimensions, bad units."""

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.cli import main
from checker.testing import article, check_document, figure, fired
from checker.units import UnitError, base_unit, check_conversion, last_place, same_dimension


@pytest.mark.parametrize(
    ("value", "unit", "stated", "target", "agrees"),
    [
        (100, "km", 62, "mile", True),
        (100, "km", 26, "mile", False),
        (100, "km", 60, "mile", True),  # rounded to the ten
        (100, "km", 63, "mile", False),
        (5, "km", 3.1, "mile", True),
        (5, "km", 3.2, "mile", False),
        (10, "m", 33, "ft", True),
        (10, "m", 3, "ft", False),
        (1000, "ft", 305, "m", True),
        (2, "t", 2000, "kg", True),
        (2, "t", 4000, "kg", False),
        (1500, "kg", 1.5, "t", True),
        (1500, "kg", 15, "t", False),
        (0.62, "dimensionless", 62, "percent", True),
        (0.62, "dimensionless", 6.2, "percent", False),
        (12000, "soldier", 12000, "person", True),
        (12000, "troop", 1200, "person", False),
    ],
)
def test_a_conversion_agrees_within_the_rounding_written(value, unit, stated, target, agrees):
    assert check_conversion(value, unit, stated, target).agrees is agrees


@pytest.mark.parametrize(
    ("written", "place"), [(62, 1), (60, 10), (62.1, 0.1), (1500, 100), (3.14, 0.01), (7, 1)]
)
def test_the_last_significant_place(written, place):
    assert last_place(written) == pytest.approx(place)


@settings(max_examples=60)
@given(st.floats(min_value=0.5, max_value=50_000), st.integers(min_value=0, max_value=2))
def test_pint_conversion_rounded_as_a_writer_rounds_it_always_agrees(km, decimals):
    miles = round(km / 1.609344, decimals)
    if miles == 0:
        return
    assert check_conversion(km, "km", miles, "mile").agrees


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [("km", "mile", True), ("m", "ft", True), ("kg", "t", True), ("percent", "dimensionless", True),
     ("soldier", "person", True), ("troop", "casualty", True), ("soldier", "km", False),
     ("t", "person", False), ("percent", "person", False), ("EUR", "USD", False)],
)
def test_dimensions(first, second, same):
    assert same_dimension(first, second) is same


def test_headcounts_share_one_base_unit():
    assert base_unit("soldier").factor == base_unit("person").factor == 1
    assert base_unit("soldier").dimension == "[headcount]"


def test_an_unknown_unit_is_a_unit_error():
    with pytest.raises(UnitError):
        base_unit("soldati nordcoreani")


def _bad_unit_article():
    return article(
        id="bad-unit", select=["numbers.*"], expect=[],
        claims=[figure("a", "10.000 soldati", "exact", 10000, unit="soldati"),
                figure("b", "3.000 soldati", "exact", 3000)],
    )


def test_an_unknown_unit_makes_the_article_invalid_not_a_crash():
    result = check_document(_bad_unit_article(), "numbers.*")
    assert result.status.value == "invalid"
    assert any("soldati" in p.message and p.path and "unit" in p.path for p in result.problems)


def test_the_command_exits_2_on_an_unknown_unit(tmp_path):
    path = tmp_path / "bad.article.json"
    path.write_text(json.dumps(_bad_unit_article()), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "soldati" in result.output


def test_a_conversion_between_dimensions_is_reported_once():
    doc = article(claims=[
        figure("a", "30 km", "exact", 30, measure="distance", unit="km", subject="column"),
        figure("b", "30 soldati", "exact", 30, measure="distance", subject="column",
               conversion_of="a"),
    ])
    assert fired(check_document(doc, "numbers.*")) == {("numbers.incompatible-units", ("a", "b"))}


def test_miles_that_only_fit_as_nautical_miles_are_named():
    from checker.units import namesake_that_agrees

    assert namesake_that_agrees(5600, "mile", 10400, "km") == "nautical_mile"
    assert namesake_that_agrees(100, "km", 26, "mile") is None


def test_a_bare_count_is_not_a_unit_to_convert():
    from checker.units import is_plain_count

    assert is_plain_count("count")
    assert not is_plain_count("percent")
    assert not is_plain_count("soldier")
