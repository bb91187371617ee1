from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Problem, RuleContext, Stance, rule
from checker.attribution import StanceClash, rejects, source_names, stance_clashes


def misattributed(clash: StanceClash) -> bool:
    """The article credits a source with a claim the source declines to confirm, or denies
    while others are credited alongside it. A source credited alone on both sides with an
    assertion and a denial said both: that is ``sources.conflicting-attribution``."""
    return clash.rejecting.stance is Stance.UNCONFIRMED or not clash.same_credit


def _has_rejection(article: Article) -> bool:
    return any(rejects(c) and c.about for c in article.claims)


@rule("sources.contradicts-stance", severity="error", applies=_has_rejection)
def contradicts_stance(ctx: RuleContext) -> Iterator[Problem]:
    """A claim credited to a source that elsewhere declines to confirm it or denies it.

    What it checks:
        Pairs of claims on the same proposition (same ``about``) where one asserts it on
        behalf of a source and the other says that source has not confirmed it
        (``unconfirmed``), or one asserts or hedges it and the other says the source denies it
        (``denied``). A source may hint at what it will not confirm ("Mosca lascia intendere
        ... ma non conferma"), so hedged against unconfirmed is not a clash. Claims whose
        stated times cannot overlap are not paired: a source may confirm later what it first
        would not.

    Why it matters:
        A source cannot be the authority for a claim the same article says it never
        confirmed. The attribution is wrong and must be fixed before publication: usually the
        source was added to a list of sources it does not belong to.

    Example:
        "Pyongyang ha schierato tra 10.000 e 12.000 soldati", credited to Pyongyang, and
        "Né Mosca né Pyongyang hanno confermato lo spiegamento".

    Consistent version:
        The same figure credited to "i rapporti di intelligence degli Stati Uniti, della Corea
        del Sud e dell'Ucraina", as the seed article does: Pyongyang is the subject of the
        sentence, not its source.

    Known limitations:
        When every source credited with an assertion also denies it, the sources said both
        things; ``sources.conflicting-attribution`` reports that case instead, so one pair
        gives one finding.
    """
    for clash in stance_clashes(ctx.article):
        if not misattributed(clash):
            continue
        names = source_names(ctx.article, clash.sources)
        several = len(clash.sources) > 1
        if clash.rejecting.stance is Stance.UNCONFIRMED:
            verb = "have not confirmed it" if several else "has not confirmed it"
        else:
            verb = "deny it" if several else "denies it"
        yield Problem(
            message=(
                f"{ctx.describe(clash.asserting)} is credited to {names}, but "
                f"{ctx.quote(clash.rejecting)} says {names} {verb}: the article cannot credit "
                "a source with a claim it says that source does not stand behind."
            ),
            claims=(clash.asserting.id, clash.rejecting.id),
            evidence=(ctx.evidence(clash.asserting), ctx.evidence(clash.rejecting)),
        )
