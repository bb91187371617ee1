from __future__ import annotations

from collections.abc import Iterator

from checker import Problem, RuleContext, rule
from checker.bounds import bounds_of
from checker.figures import has_figures, measure_pairs, measure_words, severity_beside_related


@rule("numbers.part-exceeds-whole", severity="error", applies=has_figures)
def part_exceeds_whole(ctx: RuleContext) -> Iterator[Problem]:
    """A part counted larger than the whole it belongs to.

    What it checks:
        Pairs of figures for the same subject (and place, over times that can overlap) where
        one measure is part of the other in the bounds table, and every value the part allows
        is above every value the whole allows. The default table says killed, wounded, captured
        and missing are part of the casualties, and the casualties part of the troops deployed
        (so the killed are part of the troops deployed too).

    Why it matters:
        The killed cannot outnumber the casualties: one of the figures is wrong, or they count
        different things and the text must say so. Severity error; info when one side is a
        related link's headline, which is another article's claim shown beside this one.

    Example:
        "Migliaia di soldati nordcoreani massacrati" (thousands killed) beside "vittime
        nordcoreane ... stimate intorno a 1.100" (about 1,100 casualties): the killed alone
        would be more than all the casualties.

    Consistent version:
        "Circa 300 soldati uccisi" beside "vittime stimate intorno a 1.100".

    Options:
        The table is data: add a newsroom's own parts and wholes in pyproject.toml,
        [[tool.claimcheck.bounds]] whole = "cases", parts = ["deaths"]. A pair that also has a
        ratio bound of at most 100% in [[tool.claimcheck.ratios]] (by default casualties /
        troops_deployed) is left to numbers.implausible-ratio, so it is reported once.

    Known limitations:
        Only figures with the same subject are compared; "vittime" of one army and "soldati"
        of another are different subjects.
    """
    bounds = bounds_of(ctx.settings)
    for part in sorted({p for entry in bounds.part_wholes for p in entry.parts}):
        for whole in sorted(bounds.wholes_of(part)):
            limit = bounds.ratio_for(part, whole)
            if limit is not None and limit.high <= 1.0:
                continue
            for a, b in measure_pairs(ctx.article, part, whole):
                assert a.quantity is not None and b.quantity is not None
                if not a.quantity.interval.exceeds(b.quantity.interval):
                    continue
                yield Problem(
                    message=(
                        f"{ctx.describe(a)} cannot be true together with {ctx.describe(b)}: "
                        f"the {measure_words(part)} are part of the {measure_words(whole)}."
                    ),
                    claims=(a.id, b.id),
                    evidence=(ctx.evidence(a), ctx.evidence(b)),
                    severity=severity_beside_related((a, b)),
                )
