from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Claim, Problem, RuleContext, rule
from checker.attribution import is_anonymous, is_key, source_names


def rests_on_anonymous(article: Article, claim: Claim) -> bool:
    sources = article.sources_of(claim)
    return is_key(claim) and bool(sources) and all(is_anonymous(s) for s in sources)


def _has_sourced_key_claim(article: Article) -> bool:
    return any(is_key(c) and c.sources for c in article.claims)


@rule("sources.anonymous-only", severity="info", applies=_has_sourced_key_claim)
def anonymous_only(ctx: RuleContext) -> Iterator[Problem]:
    """A key claim whose only sources are anonymous.

    What it checks:
        Key claims (any claim with a figure, and every claim in the title or lead) all of
        whose sources are anonymous: kind ``anonymous`` or ``unspecified``, or ``named:
        false`` ("un funzionario", "fonti militari"). Claims with no source at all are left
        to ``sources.unattributed-figure``; related links and credit lines are not key claims.

    Why it matters:
        Anonymous sourcing is sometimes necessary, but a headline, lead or figure resting on
        it alone should be a decision the desk made knowingly, with the reason given to
        readers when possible.

    Example:
        "Sono stati inviati altri 3.000 soldati", attributed only to "un funzionario
        dell'agenzia".

    Consistent version:
        The same figure attributed to the official and to "l'agenzia di spionaggio della
        Corea del Sud", a named source.

    Known limitations:
        Whether a source is anonymous comes from the extracted ``kind`` and ``named``; a
        source listed as ``unspecified`` only because the extractor could not classify it
        is reported too.
    """
    for claim in ctx.article.claims:
        if not rests_on_anonymous(ctx.article, claim):
            continue
        names = source_names(ctx.article, claim.sources)
        yield Problem(
            message=(
                f"{ctx.describe(claim)} is a key claim resting only on anonymous sourcing "
                f"({names}): name the source, add a named one, or tell readers why it cannot "
                "be named."
            ),
            claims=(claim.id,),
            evidence=(ctx.evidence(claim),),
        )
