from __future__ import annotations

from collections.abc import Iterator

from checker import Problem, RuleContext, Severity, rule
from checker.figures import (
    figure_pairs,
    has_figures,
    involves_related,
    shared_sources,
    vague_and_precise,
)


@rule("numbers.conflicting-values", severity="warning", applies=has_figures)
def conflicting_values(ctx: RuleContext) -> Iterator[Problem]:
    """Two figures for the same count that cannot both be true.

    What it checks:
        Claims with the same measure and subject (and place, when given) whose intervals do
        not overlap, when their times are unstated or overlap. Each figure is read with its
        qualifier: "circa 1.100" allows 990-1,210 at the default ±10%, "più di 10.000" anything
        above 10,000, "migliaia" 2,000-9,999. A magnitude word against a precise figure is left
        to numbers.vague-vs-precise.

    Why it matters:
        Readers notice when an article gives two counts of one thing that cannot both hold.
        When one source gives both it is an error in the article (severity error); when two
        sources disagree the article may be right to report both, but should say they differ
        (warning); a related-link headline is another article's claim (info). Two figures with
        no source are both the article's own word, as if from one source (error).

    Example:
        "Più di 10.000 soldati sono stati inviati" and, from the same agency, "sono stati
        inviati 3.000 soldati": more than 10,000 and 3,000 troops deployed cannot both be true.

    Consistent version:
        "Più di 10.000 soldati" and "tra 10.000 e 12.000 soldati": the intervals overlap.

    Known limitations:
        Figures without a subject are compared only with other figures without a subject.
        Figures at different times are never compared: a count that grew is not a conflict,
        and neither is an earlier count the article says was replaced ("Earlier, the ministry
        put the toll at 98": superseded), which numbers.cumulative-decrease checks instead.
    """
    for a, b in figure_pairs(ctx.article):
        assert a.quantity is not None and b.quantity is not None
        if a.quantity.interval.overlaps(b.quantity.interval) or vague_and_precise(a, b):
            continue
        common = shared_sources(a, b)
        if involves_related(a, b):
            severity, why = Severity.INFO, "one of them is a related link's headline"
        elif common:
            names = ", ".join(ctx.article.source_by_id[s].name for s in common)
            severity, why = Severity.ERROR, f"{names} cannot give both"
        elif not a.sources and not b.sources:
            severity, why = Severity.ERROR, "the article states both in its own voice"
        else:
            severity, why = Severity.WARNING, "the sources disagree and the text does not say so"
        measure = a.quantity.measure.replace("_", " ")
        yield Problem(
            message=(
                f"{ctx.describe(a)} cannot be true together with {ctx.describe(b)}: the two "
                f"figures for {measure} do not overlap, and {why}."
            ),
            claims=(a.id, b.id),
            evidence=(ctx.evidence(a), ctx.evidence(b)),
            severity=severity,
        )
