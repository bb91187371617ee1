from __future__ import annotations

from collections.abc import Iterator

from checker import Problem, RuleContext, rule
from checker.describe import interval_words
from checker.figures import (
    figure_pairs,
    has_figures,
    quantity_of,
    severity_beside_related,
    vague_and_precise,
)


@rule("numbers.vague-vs-precise", severity="warning", applies=has_figures)
def vague_vs_precise(ctx: RuleContext) -> Iterator[Problem]:
    """A magnitude word that does not fit a precise figure for the same count.

    What it checks:
        A figure given by a magnitude word ("migliaia", "centinaia", "thousands") and a
        precise figure (exact, approximate or a range) on the same measure and subject, at the
        same place and over times that can overlap, where the precise figure falls wholly
        outside the range the word allows (by default "thousands" is 2,000-9,999).

    Why it matters:
        "Migliaia di morti" beside "circa 1.100 morti" overstates the toll in the words a
        reader remembers; the headline or the summary usually needs the precise figure or a
        softer word. Info when one side is a related link's headline.

    Example:
        "Migliaia di soldati uccisi" and "i soldati uccisi sono circa 1.100": 990-1,210 is not
        thousands.

    Consistent version:
        "Migliaia di soldati uccisi" and "i soldati uccisi sono circa 3.000".

    Options:
        The ranges of the magnitude words are set in [tool.claimcheck.magnitudes], e.g.
        thousands = [1000, 9999] for a newsroom that calls 1,100 "thousands".

    Known limitations:
        A magnitude word against an open bound ("più di 10.000") is left to
        numbers.conflicting-values; different measures (killed against casualties) are left to
        numbers.part-exceeds-whole.
    """
    for a, b in figure_pairs(ctx.article):
        pair = vague_and_precise(a, b)
        if pair is None:
            continue
        vague, precise = pair
        word, figure = quantity_of(vague), quantity_of(precise)
        if word.interval.overlaps(figure.interval):
            continue
        relation = "below" if figure.interval.high < word.interval.low else "above"
        yield Problem(
            message=(
                f"{ctx.describe(vague)} cannot be true together with {ctx.describe(precise)}: "
                f"'{(word.magnitude or '').replace('_', ' ')}' means "
                f"{interval_words(word.stated)}, and {interval_words(figure.stated)} is "
                f"{relation} that."
            ),
            claims=(vague.id, precise.id),
            evidence=(ctx.evidence(vague), ctx.evidence(precise)),
            severity=severity_beside_related((vague, precise)),
        )
