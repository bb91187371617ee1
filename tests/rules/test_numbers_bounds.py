"""The newsroom's tables (bounds, ratios, cumulative measures) and the interval arithmetic
the numbers pack sums and divides with."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import ConfigError
from checker.bounds import bounds_of
from checker.config import settings_from_table
from checker.intervals import Interval, ratio, total
from checker.testing import article, check_document, figure, fired


def _settings(**table):
    return settings_from_table(table, "pyproject.toml", None)


def test_defaults_cover_war_reporting():
    bounds = bounds_of(_settings())
    assert bounds.wholes_of("killed") == {"casualties", "troops_deployed"}
    assert bounds.wholes_of("casualties") == {"troops_deployed"}
    assert bounds.wholes_of("troops_deployed") == frozenset()
    assert bounds.ratio_for("casualties", "troops_deployed").high == 1.0
    assert "displaced" in bounds.cumulative


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ({"bounds": {"whole": "cases"}}, "bounds"),
        ({"bounds": [{"whole": "cases"}]}, "bounds[0]: parts"),
        ({"bounds": [{"parts": ["deaths"]}]}, "bounds[0]: whole"),
        ({"bounds": [{"whole": "cases", "parts": ["deaths"], "disjoint": "yes"}]}, "disjoint"),
        ({"bounds": [{"whole": "cases", "parts": ["cases"]}]}, "bounds[0]"),
        ({"bounds": [{"whole": "cases", "part": ["deaths"]}]}, "unknown key(s) part"),
        ({"ratios": [{"numerator": "deaths", "denominator": "cases"}]}, "ratios[0]: give min"),
        ({"ratios": [{"numerator": "deaths", "denominator": "cases", "max": "20%"}]}, "max"),
        ({"ratios": [{"numerator": "a", "denominator": "b", "min": 2, "max": 1}]}, "min 2"),
        ({"ratios": [{"numerator": "a", "denominator": "b", "max": 1, "severity": "fatal"}]},
         "severity"),
        ({"cumulative_measures": "casualties"}, "cumulative_measures"),
    ],
)
def test_a_bad_table_is_a_config_error_naming_the_key(table, named):
    with pytest.raises(ConfigError, match=None) as caught:
        bounds_of(_settings(**table))
    assert named in str(caught.value)
    assert "pyproject.toml" in str(caught.value)


def test_a_newsroom_adds_deaths_within_cases():
    settings = _settings(bounds=[{"whole": "cases", "parts": ["deaths"]}])
    doc = article(claims=[
        figure("d", "1.200 morti", "exact", 1200, measure="deaths", unit="person", subject="flu"),
        figure("c", "circa 1.000 casi", "approximately", 1000, measure="cases", unit="person",
               subject="flu"),
    ])
    assert fired(check_document(doc, "numbers.part-exceeds-whole")) == set()
    assert fired(check_document(doc, "numbers.part-exceeds-whole", settings)) == {
        ("numbers.part-exceeds-whole", ("c", "d"))}


def test_a_newsroom_ratio_bound_fires_below_the_whole():
    settings = _settings(ratios=[{"numerator": "deaths", "denominator": "cases", "max": 0.2,
                                  "severity": "warning"}])
    doc = article(claims=[
        figure("d", "500 morti", "exact", 500, measure="deaths", unit="person", subject="flu"),
        figure("c", "1.000 casi", "exact", 1000, measure="cases", unit="person", subject="flu"),
    ])
    result = check_document(doc, "numbers.implausible-ratio", settings)
    assert [(f.claims, f.severity.value) for f in result.findings] == [(("d", "c"), "warning")]


def test_a_stricter_ratio_replaces_the_default_and_keeps_part_exceeds_whole_quiet():
    settings = _settings(ratios=[{"numerator": "casualties", "denominator": "troops_deployed",
                                  "max": 0.5}])
    doc = article(claims=[
        figure("d", "1.000 soldati schierati", "exact", 1000),
        figure("c", "600 vittime", "exact", 600, measure="casualties"),
    ])
    assert fired(check_document(doc, "numbers.*", settings)) == {
        ("numbers.implausible-ratio", ("c", "d"))}
    assert fired(check_document(doc, "numbers.*")) == set()


def test_cumulative_measures_replace_the_default_list():
    doc = article(claims=[
        figure("a", "a dicembre 1.100 vittime", "exact", 1100, measure="casualties",
               time={"date": "2024-12"}),
        figure("b", "a febbraio 800 vittime", "exact", 800, measure="casualties",
               time={"date": "2025-02"}),
    ])
    rule = "numbers.cumulative-decrease"
    assert fired(check_document(doc, rule)) == {(rule, ("a", "b"))}
    assert fired(check_document(doc, rule, _settings(cumulative_measures=["cases"]))) == set()


finite = st.floats(min_value=0, max_value=1e9, allow_nan=False)


@st.composite
def counts(draw):
    low, high = sorted((draw(finite), draw(finite)))
    open_ = draw(st.booleans()) and low < high
    return Interval(low, high, open_, False)


@settings(max_examples=100)
@given(st.lists(st.tuples(counts(), finite), min_size=1, max_size=5))
def test_a_sum_of_values_lies_in_the_total_of_their_intervals(terms):
    chosen = [(i, i.low + (i.high - i.low) * (f / 1e9)) for i, f in terms]
    chosen = [(i, v) for i, v in chosen if i.contains(v)]
    if not chosen:
        return
    summed = total(i for i, _ in chosen)
    value = sum(v for _, v in chosen)
    assert summed.low <= value * (1 + 1e-9) + 1e-6 and value <= summed.high * (1 + 1e-9) + 1e-6


@settings(max_examples=100)
@given(counts(), counts(), st.floats(0, 1), st.floats(0, 1))
def test_a_ratio_of_values_lies_in_the_ratio_of_their_intervals(n, d, f, g):
    if d.high == 0:
        return
    num = n.low + (n.high - n.low) * f
    den = d.low + (d.high - d.low) * g
    if den == 0:
        return
    possible = ratio(n, d)
    value = num / den
    assert possible.low <= value * (1 + 1e-9) + 1e-12
    assert value <= possible.high * (1 + 1e-9) or math.isinf(possible.high)


def test_total_and_ratio_on_the_seed_figures():
    about_1100 = Interval(990, 1210)
    thousands = Interval(2000, 9999)
    assert total([about_1100, thousands]) == Interval(2990, 11209)
    share = ratio(about_1100, Interval(10000, 12000))
    assert share.low == pytest.approx(0.0825) and share.high == pytest.approx(0.121)
    assert ratio(Interval(1, 2), Interval(0, 4)).high == math.inf


def test_tables_read_from_pyproject(tmp_path):
    from checker import load_settings

    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.claimcheck]\ncumulative_measures = ["cases"]\n'
        '[[tool.claimcheck.bounds]]\nwhole = "cases"\nparts = ["deaths", "recovered"]\n'
        'disjoint = true\n'
        '[[tool.claimcheck.bounds]]\nshares = "market_share"\n'
        '[[tool.claimcheck.ratios]]\nnumerator = "deaths"\ndenominator = "cases"\nmax = 0.3\n',
        encoding="utf-8",
    )
    bounds = bounds_of(load_settings(path))
    assert bounds.wholes_of("recovered") == {"cases"}
    assert "market_share" in bounds.share_measures()
    assert bounds.ratio_for("deaths", "cases").high == 0.3
    assert bounds.cumulative == {"cases"}


def test_a_newsroom_share_measure_sums_to_at_most_100_percent():
    settings = _settings(bounds=[{"shares": "market_share"}])
    claims = [
        figure(party, f"{party} 55% del mercato", "exact", 55, measure="market_share",
               unit="percent", subject=party)
        for party in ("north", "south")
    ]
    rule = "numbers.components-sum"
    assert fired(check_document(article(claims=claims), rule)) == set()
    assert fired(check_document(article(claims=claims), rule, settings)) == {
        (rule, ("north", "south"))}
