from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from checker import Problem, RuleContext, rule
from checker.figures import (
    asserted_figures,
    has_figures,
    measure_words,
    quantity_of,
    severity_beside_related,
)

DIMENSIONLESS = "dimensionless"


@rule("numbers.incompatible-units", severity="warning", applies=has_figures)
def incompatible_units(ctx: RuleContext) -> Iterator[Problem]:
    """One measure stated in units of different dimensions.

    What it checks:
        Two figures on the same measure and subject whose units measure different things: a
        distance in km and in soldiers, casualties in people and in tonnes. Times, places and
        conversions do not matter: a measure has one dimension.

    Why it matters:
        No figure rule can hold such figures against each other, so a wrong unit hides every
        other check on them; and a reader cannot tell what "the distance" was. Usually the
        unit or the measure was written or extracted wrongly.

    Example:
        "La colonna si trova a 30 km dal fronte" and "a 30 soldati dal fronte", both as the
        distance to the front of the same column.

    Consistent version:
        "a 30 km dal fronte" and "a circa 19 miglia dal fronte": both are distances.

    Known limitations:
        A percentage beside a count (casualties as 1,100 soldiers and as 10%) is taken as a
        share of the same measure, not a unit error, and is not reported.
    """
    figures = asserted_figures(ctx.article)
    for a, b in combinations(figures, 2):
        qa, qb = quantity_of(a), quantity_of(b)
        if qa.measure != qb.measure or qa.subject != qb.subject:
            continue
        if qa.dimension == qb.dimension or DIMENSIONLESS in (qa.dimension, qb.dimension):
            continue
        yield Problem(
            message=(
                f"{ctx.describe(a)} and {ctx.describe(b)} state the "
                f"{measure_words(qa.measure)} in {qa.unit} and in {qb.unit}, which measure "
                f"different things ({qa.dimension} and {qb.dimension}), so one of the units "
                "is wrong."
            ),
            claims=(a.id, b.id),
            evidence=(ctx.evidence(a), ctx.evidence(b)),
            severity=severity_beside_related((a, b)),
        )
