from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Claim, Problem, RuleContext, rule
from checker.attribution import is_own_statement


def _has_unsourced_figure(article: Article) -> bool:
    return any(_unsourced(c) for c in article.quantified_claims)


def _unsourced(claim: Claim) -> bool:
    return not claim.sources and claim.conversion_of is None and is_own_statement(claim)


@rule("sources.unattributed-figure", severity="warning", applies=_has_unsourced_figure)
def unattributed_figure(ctx: RuleContext) -> Iterator[Problem]:
    """A figure that nobody in the article stands behind.

    What it checks:
        Claims carrying a quantity that name no source. A figure the text converts from
        another ("100 km (62 miles)") shares the original's attribution and is not checked
        on its own; related-link headlines and credit lines are not the article's own claims.

    Why it matters:
        A count without a source reads as the newsroom's own finding. Readers weigh an
        estimate by who made it; an editor should name the source or say the figure is the
        outlet's own estimate.

    Example:
        "Nonostante l'elevato numero di vittime nordcoreane in Ucraina, stimate intorno a
        1.100": estimated by whom?

    Consistent version:
        "vittime nordcoreane in Ucraina, stimate intorno a 1.100 dall'intelligence di Seul",
        with the claim attributed to that source.

    Known limitations:
        The rule trusts the extracted ``sources`` list: a source named in a neighbouring
        sentence but not attached to the claim still counts as missing.
    """
    for claim in ctx.article.quantified_claims:
        if not _unsourced(claim):
            continue
        yield Problem(
            message=(
                f"{ctx.describe(claim)} gives a figure without saying who stands behind it: "
                "a reader cannot weigh a figure whose source is not named."
            ),
            claims=(claim.id,),
            evidence=(ctx.evidence(claim),),
        )
