from __future__ import annotations

from collections.abc import Iterator

from checker import Article, Claim, Problem, RuleContext, Section, Stance, rule
from checker.attribution import is_own_statement, propositions, puts_forward
from checker.describe import interval_words
from checker.figures import asserted_figures, comparable


def _title_claims(article: Article) -> list[Claim]:
    return [c for c in article.claims if c.section is Section.TITLE and puts_forward(c)]


def only_hedged_support(article: Article, title: Claim) -> tuple[Claim, ...]:
    """The body claims on the title's proposition, when every one of them only hedges it."""
    if title.about is None or title.stance is not Stance.ASSERTED:
        return ()
    support = tuple(
        c for c in propositions(article)[title.about]
        if c.section is not Section.TITLE and is_own_statement(c) and puts_forward(c)
    )
    return support if support and all(c.stance is Stance.HEDGED for c in support) else ()


def wider_body_figures(article: Article, title: Claim) -> tuple[Claim, ...]:
    """The body's figures for the title's count, when every one is vaguer than the title's."""
    if title.quantity is None:
        return ()
    stated = title.quantity.interval
    body = []
    for other in asserted_figures(article):
        assert other.quantity is not None
        if (
            other.section is Section.TITLE
            or not is_own_statement(other)
            or other.quantity.measure != title.quantity.measure
            or not comparable(title, other)
            or not stated.overlaps(other.quantity.interval)
        ):
            continue  # a figure that cannot hold with the title's is numbers' business
        body.append(other)
    vaguer = all(
        o.quantity is not None and stated.within(o.quantity.interval)
        and stated != o.quantity.interval
        for o in body
    )
    return tuple(body) if body and vaguer else ()


def _has_title_claim(article: Article) -> bool:
    return bool(_title_claims(article))


@rule("sources.headline-overstates", severity="warning", applies=_has_title_claim)
def headline_overstates(ctx: RuleContext) -> Iterator[Problem]:
    """The headline states firmly what the body only hedges, or more precisely than it does.

    What it checks:
        A title claim asserted outright while every body claim on the same proposition (same
        ``about``) is only hedged ("sembra", "reportedly"); and a title figure narrower than
        every body figure for the same count that it agrees with ("11.000 soldati" in the
        title, "tra 10.000 e 12.000" in the body). Related links and credit lines are not
        body claims.

    Why it matters:
        Many readers see only the headline. A headline that drops the body's caution, or
        sharpens its figure, tells them more than the reporting supports.

    Example:
        Title "La Corea del Nord invia altre truppe in Russia" while the only body claim on it
        is the official's "sembra che siano stati inviati ulteriori soldati".

    Consistent version:
        The seed article: its title's claim is also asserted in the lead ("La Corea del Nord
        ha inviato più truppe in Russia ... ha affermato l'agenzia"), so the body's hedged
        quote is not the only support.

    Known limitations:
        A title figure is checked against body figures it overlaps; a title figure the body
        contradicts is reported by ``numbers.conflicting-values``. A title with no body claim
        on its proposition is not reported.
    """
    article = ctx.article
    for title in _title_claims(article):
        hedged = only_hedged_support(article, title)
        if hedged:
            quoted = "; ".join(ctx.describe(c) for c in hedged)
            yield Problem(
                message=(
                    f"The headline {ctx.describe(title)} states as fact what the body only "
                    f"hedges: {quoted}. The headline claims more certainty than the reporting."
                ),
                claims=(title.id, *(c.id for c in hedged)),
                evidence=tuple(ctx.evidence(c) for c in (title, *hedged)),
            )
        wider = wider_body_figures(article, title)
        if wider:
            assert title.quantity is not None
            quoted = "; ".join(ctx.describe(c) for c in wider)
            yield Problem(
                message=(
                    f"The headline {ctx.describe(title)} gives "
                    f"{interval_words(title.quantity.stated)} where the body says only "
                    f"{quoted}: the headline is more precise than the reporting."
                ),
                claims=(title.id, *(c.id for c in wider)),
                evidence=tuple(ctx.evidence(c) for c in (title, *wider)),
            )
