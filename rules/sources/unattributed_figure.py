from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from checker import Article, Claim, Problem, RuleContext, rule
from checker.attribution import CONTESTED_MEASURES, is_own_statement
from checker.figures import asserted_figures, comparable
from checker.model import Section, Stance


def _has_own_figure(article: Article) -> bool:
    return any(is_own_statement(c) for c in article.quantified_claims)


def _unsourced(claim: Claim) -> bool:
    return not claim.sources and claim.conversion_of is None and is_own_statement(claim)


def _measures(options: Mapping[str, Any]) -> frozenset[str]:
    """The ``measures`` option: the measures whose figures need a source ("*": every one)."""
    chosen = options.get("measures", CONTESTED_MEASURES)
    return frozenset([chosen] if isinstance(chosen, str) else chosen)


def needs_source(claim: Claim, measures: frozenset[str]) -> bool:
    """A disputed count, a figure told as hearsay ("reportedly", "avrebbe"), or any figure
    when the newsroom asks for every one."""
    assert claim.quantity is not None
    return ("*" in measures or claim.quantity.measure in measures
            or claim.stance is Stance.HEDGED)


# A headline summarises the lead and the body, a lead the body.
_SUMMARY_RANK = {Section.TITLE: 0, Section.LEAD: 1}


def backed_in_body(article: Article, summary: Claim) -> bool:
    """A headline or lead figure the article states further down (a headline's in the lead
    too), with a source, compatibly."""
    assert summary.quantity is not None
    rank = _SUMMARY_RANK.get(summary.section)
    return rank is not None and any(
        other.sources
        and _SUMMARY_RANK.get(other.section, 2) > rank
        and is_own_statement(other)
        and other.quantity is not None
        and other.quantity.measure == summary.quantity.measure
        and comparable(summary, other)
        and other.quantity.interval.overlaps(summary.quantity.interval)
        for other in asserted_figures(article)
    )


@rule("sources.unattributed-figure", severity="warning", applies=_has_own_figure,
      options={"measures": sorted(CONTESTED_MEASURES)})
def unattributed_figure(ctx: RuleContext) -> Iterator[Problem]:
    """A disputed figure that nobody in the article stands behind.

    What it checks:
        Claims carrying a count that sides dispute (casualties, killed, wounded, captured,
        troops deployed, displaced, arrested, crowd sizes: the ``measures`` option), or any
        figure told as hearsay ("reportedly", "avrebbe"), that name no source. A figure the
        text converts from another ("100 km (62 miles)") shares the original's attribution
        and is not checked on its own; related-link headlines and credit lines are not the
        article's own claims. A headline or lead figure is taken as sourced when the text
        further down (for a headline, the lead too) gives a figure for the same count, with a
        source, that agrees with it: headlines summarise the lead, and leads the body.

    Why it matters:
        A toll or a troop count without a source reads as the newsroom's own finding.
        Readers weigh such an estimate by who made it; an editor should name the source or
        say the figure is the outlet's own estimate. Sales, prices and fleet sizes are left
        alone by default: wire copy states them in its own voice, and flagging every one
        would bury the figures that matter.

    Example:
        "Nonostante l'elevato numero di vittime nordcoreane in Ucraina, stimate intorno a
        1.100": estimated by whom?

    Consistent version:
        "vittime nordcoreane in Ucraina, stimate intorno a 1.100 dall'intelligence di Seul",
        with the claim attributed to that source.

    Options:
        measures: the measures whose figures need a named source; ``["*"]`` asks it of
        every figure. In pyproject.toml:
        [tool.claimcheck.options."sources.unattributed-figure"]
        measures = ["casualties", "killed", "troops_deployed", "sales"]

    Known limitations:
        The rule trusts the extracted ``sources`` list: a source named in a neighbouring
        sentence but not attached to the claim still counts as missing.
    """
    measures = _measures(ctx.options)
    for claim in ctx.article.quantified_claims:
        if not _unsourced(claim) or not needs_source(claim, measures) \
                or backed_in_body(ctx.article, claim):
            continue
        yield Problem(
            message=(
                f"{ctx.describe(claim)} gives a figure without saying who stands behind it: "
                "a reader cannot weigh a figure whose source is not named."
            ),
            claims=(claim.id,),
            evidence=(ctx.evidence(claim),),
        )
