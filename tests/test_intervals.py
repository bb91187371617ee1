"""Interval normalisation and comparison: the arithmetic every figure rule relies on."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import Settings
from checker.intervals import INF, Interval
from checker.normalise import quantity_from, stated_interval
from checker.units import UnitError, convert

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw, bounds=finite):
    a, b = sorted((draw(bounds), draw(bounds)))
    low_open, high_open = draw(st.booleans()), draw(st.booleans())
    if a == b:
        low_open = high_open = False
    return Interval(a, b, low_open, high_open)


@given(intervals(), intervals())
def test_overlap_is_symmetric(a, b):
    assert a.overlaps(b) == b.overlaps(a)


@given(intervals(), finite)
def test_a_shared_point_means_overlap(a, x):
    if a.contains(x):
        assert a.overlaps(Interval.point(x))


@given(intervals(), intervals())
def test_containment_implies_overlap(a, b):
    if a.within(b) and not a.is_empty:
        assert a.overlaps(b)


whole = st.integers(-10**6, 10**6).map(float)  # sums of floats would round open ends away


@given(intervals(whole), intervals(whole))
def test_sum_contains_sums_of_members(a, b):
    total = a + b
    assert total.contains(a.low + b.low) or a.low_open or b.low_open
    assert total.low == a.low + b.low and total.high == a.high + b.high


@given(positive, positive, st.sampled_from([("km", "mile"), ("m", "ft"), ("kg", "t")]))
@settings(max_examples=200)
def test_overlap_does_not_depend_on_the_unit(x, y, units):
    """Whether two distances overlap is the same in kilometres and in miles."""
    first, second = units
    a = quantity_from({"measure": "d", "unit": first, "qualifier": "approximately", "value": x},
                      Settings())
    b = quantity_from({"measure": "d", "unit": first, "qualifier": "exact", "value": y},
                      Settings())
    b_other = quantity_from(
        {"measure": "d", "unit": second, "qualifier": "exact", "value": convert(y, first, second)},
        Settings(),
    )
    near_edge = any(
        math.isclose(b.interval.low, edge, rel_tol=1e-9)
        for edge in (a.interval.low, a.interval.high)
    )
    if not near_edge:
        assert a.interval.overlaps(b.interval) == a.interval.overlaps(b_other.interval)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"qualifier": "exact", "value": 1100}, Interval(1100, 1100)),
        ({"qualifier": "approximately", "value": 1100}, Interval(990, 1210)),
        ({"qualifier": "more_than", "value": 10000}, Interval(10000, INF, low_open=True)),
        ({"qualifier": "at_least", "value": 10000}, Interval(10000, INF)),
        ({"qualifier": "less_than", "value": 50}, Interval(0, 50, high_open=True)),
        ({"qualifier": "at_most", "value": 50}, Interval(0, 50)),
        ({"qualifier": "between", "low": 10000, "high": 12000}, Interval(10000, 12000)),
        ({"qualifier": "magnitude", "magnitude": "thousands"}, Interval(2000, 9999)),
        ({"qualifier": "magnitude", "magnitude": "dozens"}, Interval(24, 99)),
    ],
)
def test_qualifiers_normalise_to_the_documented_intervals(raw, expected):
    interval, _ = stated_interval({"measure": "x", "unit": "person", **raw}, Settings())
    assert interval.low == pytest.approx(expected.low)
    assert interval.high == pytest.approx(expected.high)
    assert (interval.low_open, interval.high_open) == (expected.low_open, expected.high_open)


def test_tolerance_and_magnitudes_come_from_settings():
    custom = Settings(approximately=0.05, magnitudes={"thousands": (1000, 9999)})
    about, tolerance = stated_interval(
        {"unit": "person", "qualifier": "approximately", "value": 1000}, custom
    )
    assert (about.low, about.high, tolerance) == (950, 1050, "±5%")
    many, _ = stated_interval({"unit": "person", "qualifier": "magnitude",
                               "magnitude": "thousands"}, custom)
    assert (many.low, many.high) == (1000, 9999)


def test_more_than_touching_an_exact_figure_does_not_overlap():
    assert not Interval(10000, INF, low_open=True).overlaps(Interval.point(10000))
    assert Interval(10000, INF).overlaps(Interval.point(10000))


def test_figures_compare_across_units_of_one_dimension():
    km = quantity_from({"measure": "distance", "unit": "km", "qualifier": "exact", "value": 100},
                       Settings())
    miles = quantity_from({"measure": "distance", "unit": "miles", "qualifier": "approximately",
                           "value": 62}, Settings())
    assert km.dimension == miles.dimension
    assert km.interval.overlaps(miles.interval)


def test_headcounts_share_a_dimension_apart_from_length():
    soldiers = quantity_from({"measure": "m", "unit": "soldier", "qualifier": "exact", "value": 3},
                             Settings())
    troops = quantity_from({"measure": "m", "unit": "troops", "qualifier": "exact", "value": 3},
                           Settings())
    km = quantity_from({"measure": "m", "unit": "km", "qualifier": "exact", "value": 3}, Settings())
    assert soldiers.dimension == troops.dimension != km.dimension
    with pytest.raises(UnitError, match="cannot convert"):
        convert(3, "soldier", "km")


def test_an_unknown_unit_is_a_clear_error():
    with pytest.raises(UnitError, match="unknown unit 'furlongs per soldato'"):
        quantity_from({"measure": "x", "unit": "furlongs per soldato", "qualifier": "exact",
                       "value": 1}, Settings())


def test_describe_reads_like_interval_notation():
    assert Interval(990, 1210).describe("person") == "[990, 1,210] person"
    assert Interval(10000, INF, low_open=True).describe() == "(10,000, ∞)"
    assert Interval.point(1100).describe("person") == "1,100 person"
