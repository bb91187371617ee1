from __future__ import annotations

import math
from collections.abc import Iterator

from checker import Claim, Interval, Problem, RuleContext, rule
from checker.bounds import RatioBound, bounds_of
from checker.describe import interval_words
from checker.figures import (
    has_figures,
    measure_pairs,
    measure_words,
    quantity_of,
    severity_beside_related,
)
from checker.intervals import ratio


@rule("numbers.implausible-ratio", severity="error", applies=has_figures)
def implausible_ratio(ctx: RuleContext) -> Iterator[Problem]:
    """Two figures of one subject whose ratio falls outside the configured bounds.

    What it checks:
        For each bound in the ratios table (by default casualties / troops_deployed at most
        100%), pairs of figures for the same subject and place, over times that can overlap,
        whose ratio cannot lie inside the bound whatever values their qualifiers allow: the
        smallest numerator over the largest denominator is still above the maximum, or the
        largest over the smallest is below the minimum.

    Why it matters:
        More casualties than soldiers sent means one of the figures is wrong, or they count
        different people (all rotations against one contingent) and the text must say so.
        A newsroom adds its own limits, e.g. deaths / cases. Severity comes from the bound
        (error by default); info when one side is a related link's headline.

    Example:
        "Pyongyang ha schierato circa 1.000 soldati" beside "le vittime sono 3.000": the
        casualties would be 272% or more of the troops deployed.

    Consistent version:
        "tra 10.000 e 12.000 soldati" beside "vittime stimate intorno a 1.100" (8-12%).

    Options:
        [[tool.claimcheck.ratios]] numerator = "deaths", denominator = "cases", max = 0.2,
        severity = "warning" (min and max are fractions: 1.0 is 100%). An entry for the same
        numerator and denominator replaces the default.

    Known limitations:
        Both figures must be in one dimension (two headcounts, two sums of money). A bound of
        at most 100% between a part and its whole makes this rule, not
        numbers.part-exceeds-whole, report that pair.
    """
    for bound in bounds_of(ctx.settings).ratios:
        allowed = Interval(bound.low, bound.high)
        for num, den in measure_pairs(ctx.article, bound.numerator, bound.denominator):
            numerator, denominator = quantity_of(num).interval, quantity_of(den).interval
            if numerator.low < 0 or denominator.low < 0 or denominator.high == 0:
                continue
            possible = ratio(numerator, denominator)
            if possible.exceeds(allowed) or allowed.exceeds(possible):
                yield _problem(ctx, bound, num, den, possible)


def _problem(
    ctx: RuleContext, bound: RatioBound, num: Claim, den: Claim, possible: Interval
) -> Problem:
    above = possible.low >= bound.high
    limit = _percent(bound.high if above else bound.low)
    reach = _percent(possible.low) if above else _percent(possible.high)
    side = f"{reach} or more" if above else f"at most {reach}"
    allowed = "above the maximum" if above else "below the minimum"
    words = measure_words(bound.numerator), measure_words(bound.denominator)
    return Problem(
        message=(
            f"{ctx.describe(num)} cannot be true together with {ctx.describe(den)}: the "
            f"{words[0]} would be {side} of the {words[1]}, {allowed} of {limit} "
            "the ratios table allows."
        ),
        claims=(num.id, den.id),
        evidence=(
            ctx.evidence(num, note=f"ratio {interval_words(possible.scaled(100))}%"),
            ctx.evidence(den),
        ),
        severity=severity_beside_related((num, den), bound.severity),
    )


def _percent(fraction: float) -> str:
    if math.isinf(fraction):
        return "∞"
    return f"{fraction * 100:.0f}%" if fraction * 100 >= 10 else f"{fraction * 100:.2g}%"
