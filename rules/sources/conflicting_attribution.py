from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Problem, RuleContext, Stance, rule
from checker.attribution import StanceClash, source_names, stance_clashes


def said_both(clash: StanceClash) -> bool:
    """Every source credited with the assertion is also credited with the denial."""
    return clash.rejecting.stance is Stance.DENIED and clash.same_credit


def _has_denial(article: Article) -> bool:
    return any(c.stance is Stance.DENIED and c.about for c in article.claims)


@rule("sources.conflicting-attribution", severity="warning", applies=_has_denial)
def conflicting_attribution(ctx: RuleContext) -> Iterator[Problem]:
    """The same source reported asserting a proposition in one place and denying it in another.

    What it checks:
        Pairs of claims on the same proposition (same ``about``), one asserted or hedged and
        one denied, where every source credited with the assertion is also credited with the
        denial. Claims whose stated times cannot overlap are not paired: a source may change
        its position, and saying when is enough.

    Why it matters:
        Readers cannot tell what the source actually holds. Either one of the attributions is
        wrong, or the source changed its position and the article must say so (and when).

    Example:
        "Il Cremlino ha confermato la presenza di soldati nordcoreani" and, later, "Il
        Cremlino ha smentito la presenza di soldati nordcoreani", both credited to the
        Kremlin.

    Consistent version:
        "L'agenzia di spionaggio della Corea del Sud ha affermato che soldati nordcoreani
        sono schierati a Kursk" and "Il Cremlino ha smentito la presenza di soldati
        nordcoreani": two sources disagreeing is reporting, not a contradiction.

    Known limitations:
        When the assertion is also credited to sources that do not deny it, the denying
        source was most likely added to the wrong list; ``sources.contradicts-stance``
        reports that case (and a source that only declines to confirm) instead.
    """
    for clash in stance_clashes(ctx.article):
        if not said_both(clash):
            continue
        names = source_names(ctx.article, clash.sources)
        be = "are" if len(clash.sources) > 1 else "is"
        yield Problem(
            message=(
                f"{names} {be} reported both asserting {ctx.describe(clash.asserting)} and "
                f"denying it in {ctx.quote(clash.rejecting)}: both cannot stand unless the "
                f"article says which statement holds or when {names} changed position."
            ),
            claims=(clash.asserting.id, clash.rejecting.id),
            evidence=(ctx.evidence(clash.asserting), ctx.evidence(clash.rejecting)),
        )
