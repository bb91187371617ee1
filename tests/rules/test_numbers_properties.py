"""The numbers pack's guard against false alarms: articles generated from true values with
honest qualifiers never make it fire; moving one figure out of what is possible always does."""

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checker import Settings, load_registry
from checker.config import DEFAULT_MAGNITUDES
from checker.normalise import stated_interval
from checker.testing import article, check_document, figure, fired

RULES = load_registry().select(["numbers.*"], [])
DEFAULTS = Settings()
SOURCES = [{"id": s, "name": s} for s in ("seoul", "kyiv", "pentagon")]
QUALIFIERS = ["exact", "approximately", "more_than", "at_least", "less_than", "at_most",
              "between", "magnitude"]


def findings(claims):
    return fired(check_document(article(sources=SOURCES, claims=claims), RULES))


@st.composite
def honest(draw, claim_id, value, measure, **fields):
    """A figure for ``value`` as a careful writer might state it, with a random voice."""
    qualifier = draw(st.sampled_from(QUALIFIERS))
    numbers: dict = {}
    match qualifier:
        case "exact":
            numbers["value"] = value
        case "approximately":
            numbers["value"] = draw(st.integers(math.ceil(value / 1.1), math.floor(value / 0.9)))
        case "more_than":
            numbers["value"] = draw(st.integers(1, value - 1))
        case "at_least":
            numbers["value"] = draw(st.integers(1, value))
        case "less_than":
            numbers["value"] = draw(st.integers(value + 1, 2 * value))
        case "at_most":
            numbers["value"] = draw(st.integers(value, 2 * value))
        case "between":
            numbers["low"] = draw(st.integers(value // 2, value))
            numbers["high"] = draw(st.integers(value, 2 * value))
        case "magnitude":
            words = [w for w, (lo, hi) in DEFAULT_MAGNITUDES.items() if lo <= value <= hi]
            if not words:
                qualifier, numbers["value"] = "exact", value
            else:
                numbers["magnitude"] = draw(st.sampled_from(words))
    raw = {"qualifier": qualifier, **numbers}
    if not stated_interval(raw, DEFAULTS)[0].contains(value):  # float edge of ±10%
        qualifier, numbers = "exact", {"value": value}
    voice = {
        "sources": draw(st.lists(st.sampled_from(["seoul", "kyiv", "pentagon"]), max_size=2,
                                 unique=True)),
        "section": draw(st.sampled_from(["body", "title", "lead", "quote", "related"])),
        "stance": draw(st.sampled_from(["asserted", "hedged"])),
    }
    return figure(claim_id, f"{measure} {value}", qualifier, numbers.pop("value", None),
                  measure=measure, **numbers, **voice, **fields)


def interval_of(claim):
    return stated_interval(claim["quantity"], DEFAULTS)[0]


def exact(claim_id, value, measure, **fields):
    return figure(claim_id, f"{measure} {value}", "exact", value, measure=measure, **fields)


# --------------------------------------------------------------------------- one count


@st.composite
def one_count(draw, size):
    value = draw(st.integers(100, 200_000))
    return value, [draw(honest(f"c{i}", value, "troops_deployed")) for i in range(size)]


@settings(max_examples=80)
@given(one_count(4))
def test_honest_figures_for_one_count_never_fire(case):
    _, claims = case
    assert findings(claims) == set()


@settings(max_examples=80)
@given(one_count(1), st.integers(1, 5_000), st.booleans())
def test_a_figure_outside_another_always_fires(case, offset, above):
    _, (claim,) = case
    allowed = interval_of(claim)
    if above and math.isinf(allowed.high) or not above and allowed.low < 2:
        above = not above
    assume(not (above and math.isinf(allowed.high)))
    moved = math.floor(allowed.high) + offset if above else max(0, math.ceil(allowed.low) - offset)
    assume(not allowed.contains(moved))
    rule = ("numbers.vague-vs-precise" if claim["quantity"]["qualifier"] == "magnitude"
            else "numbers.conflicting-values")
    assert findings([claim, exact("x", moved, "troops_deployed")]) == {(rule, ("c0", "x"))}


# --------------------------------------------------------------------------- parts and wholes


@st.composite
def war_toll(draw):
    """True killed + wounded <= casualties <= troops deployed, each stated honestly."""
    killed = draw(st.integers(2, 20_000))
    wounded = draw(st.integers(2, 20_000))
    casualties = killed + wounded + draw(st.integers(0, 20_000))
    deployed = casualties + draw(st.integers(0, 50_000))
    return [
        draw(honest("k", killed, "killed")),
        draw(honest("w", wounded, "wounded")),
        draw(honest("c", casualties, "casualties")),
        draw(honest("d", deployed, "troops_deployed")),
    ]


@settings(max_examples=100)
@given(war_toll())
def test_an_honest_war_toll_never_fires(claims):
    assert findings(claims) == set()


@st.composite
def finite_casualties(draw):
    value = draw(st.integers(100, 20_000))
    claim = draw(honest("c", value, "casualties"))
    assume(not math.isinf(interval_of(claim).high))
    return claim


@settings(max_examples=60)
@given(finite_casualties(), st.integers(1, 5_000))
def test_killed_above_the_casualties_always_fires(casualties, offset):
    killed = math.floor(interval_of(casualties).high) + offset
    assert findings([exact("k", killed, "killed"), casualties]) == {
        ("numbers.part-exceeds-whole", ("c", "k"))}


@settings(max_examples=60)
@given(finite_casualties())
def test_components_above_the_casualties_always_fire(casualties):
    high = interval_of(casualties).high
    part = math.ceil(0.6 * high)
    assume(part < high)
    claims = [exact("k", part, "killed"), exact("w", part, "wounded"), casualties]
    assert findings(claims) == {("numbers.components-sum", ("c", "k", "w"))}


@settings(max_examples=60)
@given(st.integers(100, 50_000), st.data())
def test_casualties_above_the_troops_deployed_always_fire(deployed, data):
    troops = data.draw(honest("d", deployed, "troops_deployed"))
    high = interval_of(troops).high
    assume(not math.isinf(high))
    casualties = math.floor(high) + data.draw(st.integers(1, 5_000))
    assert findings([troops, exact("c", casualties, "casualties")]) == {
        ("numbers.implausible-ratio", ("c", "d"))}


# --------------------------------------------------------------------------- over time

MONTHS = ["2024-10", "2024-12", "2025-02"]


@settings(max_examples=80)
@given(st.lists(st.integers(100, 20_000), min_size=3, max_size=3).map(sorted), st.data())
def test_an_honest_growing_toll_never_fires(values, data):
    claims = [
        data.draw(honest(f"m{i}", value, "casualties", time={"date": month}))
        for i, (value, month) in enumerate(zip(values, MONTHS, strict=True))
    ]
    assert findings(claims) == set()


@settings(max_examples=60)
@given(st.integers(100, 20_000), st.integers(1, 5_000), st.data())
def test_a_toll_that_falls_below_an_earlier_figure_always_fires(value, drop, data):
    earlier = data.draw(honest("a", value, "casualties", time={"date": MONTHS[0]}))
    low = interval_of(earlier).low
    assume(low >= 2)
    later = exact("b", max(0, math.ceil(low) - drop), "casualties", time={"date": MONTHS[2]})
    assume(not interval_of(earlier).contains(later["quantity"]["value"]))
    assert findings([earlier, later]) == {("numbers.cumulative-decrease", ("a", "b"))}


@settings(max_examples=60)
@given(st.integers(100, 20_000), st.integers(0, 5_000), st.data())
def test_an_earlier_count_below_the_current_toll_never_fires(value, growth, data):
    # "Earlier, the ministry put the toll at 98": replaced by the current figure, whatever the
    # dates say (the same day, or none)
    earlier = {**exact("a", value, "casualties"), "superseded": True}
    current = data.draw(honest("b", value + growth, "casualties"))
    assert findings([earlier, current]) == set()


@settings(max_examples=60)
@given(st.integers(100, 20_000), st.integers(1, 5_000))
def test_an_earlier_count_above_the_current_toll_always_fires(value, drop):
    earlier = {**exact("a", value + drop, "casualties"), "superseded": True}
    current = exact("b", value, "casualties")
    assert findings([earlier, current]) == {("numbers.cumulative-decrease", ("a", "b"))}


# --------------------------------------------------------------------------- conversions

PAIRS = [("km", "mile"), ("mile", "km"), ("m", "ft"), ("ft", "m"), ("t", "kg"), ("kg", "t")]


@st.composite
def conversion(draw):
    unit, target = draw(st.sampled_from(PAIRS))
    value = draw(st.integers(1, 100_000))
    from checker.units import convert

    exact_value = convert(value, unit, target)
    decimals = draw(st.integers(0, 2))
    stated = round(exact_value, decimals)
    assume(stated > 0)
    return value, unit, stated, target


def conversion_claims(value, unit, stated, target):
    return [
        figure("a", f"{value} {unit}", "exact", value, measure="distance", unit=unit,
               subject="route"),
        figure("b", f"{stated} {target}", "exact", stated, measure="distance", unit=target,
               subject="route", conversion_of="a"),
    ]


@settings(max_examples=80)
@given(conversion())
def test_a_conversion_rounded_as_written_never_fires(case):
    assert findings(conversion_claims(*case)) == set()


@settings(max_examples=80)
@given(conversion(), st.sampled_from([0.5, 2.5, 10]))
def test_a_wrong_conversion_always_fires(case, factor):
    value, unit, stated, target = case
    wrong = round(stated * factor, 6)
    from checker.units import check_conversion

    assume(not check_conversion(value, unit, wrong, target).agrees)
    assert findings(conversion_claims(value, unit, wrong, target)) == {
        ("numbers.unit-conversion", ("a", "b"))}


# --------------------------------------------------------------------------- robustness

MEASURES = ["killed", "wounded", "casualties", "troops_deployed", "displaced", "distance",
            "vote_share"]
UNITS = ["soldier", "person", "km", "mile", "percent", "t", "kg", "EUR", "count"]


@st.composite
def any_figure(draw, claim_id, others):
    qualifier = draw(st.sampled_from(QUALIFIERS))
    value = draw(st.one_of(st.integers(-1000, 10**7), st.floats(-1e6, 1e9, allow_nan=False,
                                                                 allow_infinity=False)))
    numbers: dict = {}
    if qualifier == "magnitude":
        numbers["magnitude"] = draw(st.sampled_from(sorted(DEFAULT_MAGNITUDES)))
    elif qualifier == "between":
        other = draw(st.integers(0, 10**7))
        numbers["low"], numbers["high"] = sorted((value, other))
    else:
        numbers["value"] = value
    fields: dict = {}
    if draw(st.booleans()):
        fields["time"] = {"date": draw(st.sampled_from(["2024", "2024-10", "2025-02-27"]))}
    if others and draw(st.booleans()):
        fields["conversion_of"] = draw(st.sampled_from(others))
    return figure(claim_id, "cifra", qualifier, numbers.pop("value", None),
                  measure=draw(st.sampled_from(MEASURES)), unit=draw(st.sampled_from(UNITS)),
                  subject=draw(st.sampled_from([None, "a", "b"])),
                  section=draw(st.sampled_from(["body", "related"])), **numbers, **fields)


@st.composite
def any_article(draw):
    claims: list = []
    for i in range(draw(st.integers(0, 6))):
        claims.append(draw(any_figure(f"c{i}", [c["id"] for c in claims])))
    return claims


@settings(max_examples=150)
@given(any_article())
def test_no_numbers_rule_crashes_on_any_valid_article(claims):
    result = check_document(article(claims=claims), RULES)
    if result.article is None:  # the generator can make invalid data: that is not a crash
        return
    assert not [f for f in result.findings if f.rule == "internal-error"], [
        f.message for f in result.findings if f.rule == "internal-error"]
