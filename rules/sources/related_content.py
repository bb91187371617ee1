from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Claim, Problem, RuleContext, Section, rule
from checker.bounds import Bounds, bounds_of
from checker.figures import figure_pairs


def _has_related_figure(article: Article) -> bool:
    return any(c.section is Section.RELATED for c in article.quantified_claims)


def why_incompatible(bounds: Bounds, a: Claim, b: Claim) -> str | None:
    """Why two comparable figures cannot both hold, in words; None when they can."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.measure == qb.measure:
        if qa.interval.overlaps(qb.interval):
            return None
        return f"the two figures for {qa.measure.replace('_', ' ')} do not overlap"
    for part, whole in ((qa, qb), (qb, qa)):
        if whole.measure in bounds.wholes_of(part.measure) and part.interval.exceeds(
            whole.interval
        ):
            return (
                f"the {part.measure.replace('_', ' ')} are part of the "
                f"{whole.measure.replace('_', ' ')} and cannot outnumber them"
            )
    return None


@rule("sources.related-content", severity="warning", applies=_has_related_figure)
def related_content(ctx: RuleContext) -> Iterator[Problem]:
    """A related link whose headline carries a figure the article's body contradicts.

    What it checks:
        Figures in related-link headlines (``section: related``, "Ti consigliamo: ...")
        against the body's figures for the same subject and place, over times that can
        overlap: the same measure with intervals that do not overlap, or a part (killed) above
        its whole (casualties) in the newsroom's bounds table
        (``[[tool.claimcheck.bounds]]``, defaults for war reporting).

    Why it matters:
        A reader sees the link beside the article and takes both as the outlet's word. The
        editor's action is on the link: drop it, or replace it with one that agrees with the
        article, or say in the body why the counts differ.

    Example:
        "Ti consigliamo: Migliaia di soldati nordcoreani massacrati in Ucraina: Casa Bianca"
        (thousands killed) under a body that estimates "vittime nordcoreane in Ucraina ...
        intorno a 1.100": the killed alone would outnumber all the casualties.

    Consistent version:
        "Ti consigliamo: Centinaia di soldati nordcoreani uccisi in Ucraina" beside the same
        estimate of about 1,100 casualties.

    Known limitations:
        The numbers rules (``numbers.conflicting-values``, ``numbers.part-exceeds-whole``)
        report the same pair at info level, as a question about the figures; this rule
        reports it as a question about the link, so both may appear and each can be waived
        on its own. Sums of several parts against a whole are left to
        ``numbers.components-sum``.
    """
    bounds = bounds_of(ctx.settings)
    for a, b in figure_pairs(ctx.article, same_measure=False):
        if (a.section is Section.RELATED) == (b.section is Section.RELATED):
            continue
        link, body = (a, b) if a.section is Section.RELATED else (b, a)
        why = why_incompatible(bounds, link, body)
        if why is None:
            continue
        yield Problem(
            message=(
                f"The related link {ctx.describe(link)} contradicts the article's "
                f"{ctx.describe(body)}: {why}. Drop or replace the link, or correct the figure."
            ),
            claims=(link.id, body.id),
            evidence=(ctx.evidence(link), ctx.evidence(body)),
        )
