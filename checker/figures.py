"""Which stated figures can be held against each other: shared by every figure rule.

Two figures are comparable when they count the same subject, at the same place, over times that
can overlap, in one dimension, and neither is the text's own conversion of the other. Denied or
unconfirmed figures are not asserted by anyone, so no rule holds them against others.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from checker.model import Article, Claim, Section, Stance

ASSERTING = frozenset({Stance.ASSERTED, Stance.HEDGED})


def asserted_figures(article: Article) -> list[Claim]:
    """Claims that put a figure forward (asserted or hedged), in article order."""
    return [c for c in article.quantified_claims if c.stance in ASSERTING]


def same_circumstances(a: Claim, b: Claim) -> bool:
    """Same subject and place, and times that can overlap: the figures may describe one fact."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.subject != qb.subject:
        return False
    if qa.place and qb.place and qa.place.casefold() != qb.place.casefold():
        return False
    if a.time and b.time and not a.time.span.overlaps(b.time.span):
        return False
    return not (a.conversion_of == b.id or b.conversion_of == a.id)


def comparable(a: Claim, b: Claim) -> bool:
    """Same circumstances and one dimension: the two intervals may be compared directly."""
    assert a.quantity is not None and b.quantity is not None
    return a.quantity.dimension == b.quantity.dimension and same_circumstances(a, b)


def figure_pairs(article: Article, same_measure: bool = True) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of asserted, comparable figures (on the same measure unless told otherwise)."""
    for a, b in combinations(asserted_figures(article), 2):
        assert a.quantity is not None and b.quantity is not None
        if same_measure and a.quantity.measure != b.quantity.measure:
            continue
        if comparable(a, b):
            yield a, b


def shared_sources(a: Claim, b: Claim) -> tuple[str, ...]:
    return tuple(s for s in a.sources if s in b.sources)


def involves_related(*claims: Claim) -> bool:
    """A related-link headline is another article's claim, shown beside this one."""
    return any(c.section is Section.RELATED for c in claims)


def has_figures(article: Article, minimum: int = 2) -> bool:
    """Applicability test for figure rules: enough asserted figures to compare."""
    return len(asserted_figures(article)) >= minimum
