from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

from checker import Problem, RuleContext, rule
from checker.bounds import bounds_of
from checker.figures import (
    asserted_figures,
    counted_before,
    has_figures,
    measure_words,
    quantity_of,
    same_count,
    severity_beside_related,
    when_counted,
)


@rule("numbers.cumulative-decrease", severity="warning", applies=has_figures)
def cumulative_decrease(ctx: RuleContext) -> Iterator[Problem]:
    """A running total that is lower at a later date than at an earlier one.

    What it checks:
        Figures of a cumulative measure (by default casualties, killed, wounded, captured,
        troops_deployed, displaced) for the same subject and place, where the later figure is
        below the earlier one whatever values their qualifiers allow. A figure is earlier when
        its date ends before the other's begins, or when the article gives it as the earlier
        count the other replaced ("Earlier, the ministry put the toll at 98": superseded).

    Why it matters:
        A toll only grows: "1.100 vittime a dicembre" then "800 vittime a febbraio" tells the
        reader that 300 people came back to life. Either a figure is wrong, or the later one
        counts something narrower, or it revises the earlier one and the text should say so.
        Info when one of them is a related link's headline.

    Example:
        "A dicembre le vittime erano circa 1.100" and "a febbraio si contano 800 vittime":
        800 in February is below 990-1,210 in December.

    Consistent version:
        "A dicembre le vittime erano circa 1.100" and "a febbraio sono circa 4.000".

    Options:
        cumulative_measures = ["casualties", "deaths", "cases"] in [tool.claimcheck] replaces
        the default list of measures that only grow.

    Known limitations:
        Undated figures are never compared unless one is given as an earlier count, and figures
        whose dates can overlap are left to numbers.conflicting-values. A figure's date is taken
        to be the time it counts up to.
    """
    cumulative = bounds_of(ctx.settings).cumulative
    figures = [c for c in asserted_figures(ctx.article) if quantity_of(c).measure in cumulative]
    for earlier, later in permutations(figures, 2):
        first, second = quantity_of(earlier), quantity_of(later)
        if first.measure != second.measure or first.dimension != second.dimension:
            continue
        if not (same_count(earlier, later) and counted_before(earlier, later)):
            continue
        if not first.interval.exceeds(second.interval):
            continue
        yield Problem(
            message=(
                f"{ctx.describe(earlier)}, {when_counted(earlier)}, cannot be true together "
                f"with {ctx.describe(later)}, {when_counted(later)}: the "
                f"{measure_words(first.measure)} only grow, yet the later figure is lower."
            ),
            claims=(earlier.id, later.id),
            evidence=(ctx.evidence(earlier), ctx.evidence(later)),
            severity=severity_beside_related((earlier, later)),
        )
