"""Which stated figures can be held against each other: shared by every figure rule.

Two figures are comparable when they count the same subject, at the same place, over times that
can overlap, in one dimension, and neither is the text's own conversion of the other. Denied or
unconfirmed figures are not asserted by anyone, so no rule holds them against others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from checker.findings import Severity
from checker.model import Article, Claim, Qualifier, Quantity, Section, Stance

ASSERTING = frozenset({Stance.ASSERTED, Stance.HEDGED})


def asserted_figures(article: Article) -> list[Claim]:
    """Claims that put a figure forward (asserted or hedged), in article order."""
    return [c for c in article.quantified_claims if c.stance in ASSERTING]


def same_circumstances(a: Claim, b: Claim) -> bool:
    """Same subject and place, and times that can overlap: the figures may describe one fact.
    An earlier count the article says was replaced (``superseded``) is of another time than the
    current figures, whatever its date."""
    if a.superseded != b.superseded:
        return False
    if a.time and b.time and not a.time.span.overlaps(b.time.span):
        return False
    return same_count(a, b)


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


# Qualifiers that pin a figure down; a magnitude word ("migliaia") or an open bound does not.
PRECISE = frozenset({Qualifier.EXACT, Qualifier.APPROXIMATELY, Qualifier.BETWEEN})


def same_count(a: Claim, b: Claim) -> bool:
    """Same subject and place, whatever the times, and neither is the other's conversion:
    the figures count one thing, possibly at different moments."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.subject != qb.subject:
        return False
    if qa.place and qb.place and qa.place.casefold() != qb.place.casefold():
        return False
    return not (a.conversion_of == b.id or b.conversion_of == a.id)


def measure_pairs(article: Article, first: str, second: str) -> Iterator[tuple[Claim, Claim]]:
    """Every comparable pair of asserted figures, one on measure ``first``, one on ``second``.

    For figures of different measures that bound each other (a part and its whole, the two
    sides of a ratio): same subject, place and overlapping times, one dimension.
    """
    figures = asserted_figures(article)
    for a in figures:
        assert a.quantity is not None
        if a.quantity.measure != first:
            continue
        for b in figures:
            assert b.quantity is not None
            if b is not a and b.quantity.measure == second and comparable(a, b):
                yield a, b


def vague_and_precise(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """(the magnitude-word figure, the precise figure) when the pair is one of each."""
    assert a.quantity is not None and b.quantity is not None
    qa, qb = a.quantity.qualifier, b.quantity.qualifier
    if qa is Qualifier.MAGNITUDE and qb in PRECISE:
        return a, b
    if qb is Qualifier.MAGNITUDE and qa in PRECISE:
        return b, a
    return None


def dated_before(a: Claim, b: Claim) -> bool:
    """True when ``a``'s stated time ends before ``b``'s begins (both must be dated)."""
    return a.time is not None and b.time is not None and a.time.span.last < b.time.span.first


def counted_before(a: Claim, b: Claim) -> bool:
    """``a`` counts up to an earlier moment than ``b``: the article gives ``a`` as the earlier
    count that ``b`` replaced, or, when neither or both are, ``a``'s date ends before ``b``'s.
    A related link's headline is another article's, of its own time: no earlier count of this
    one is earlier than it."""
    if a.superseded != b.superseded:
        return a.superseded and not involves_related(a, b)
    return dated_before(a, b)


def when_counted(claim: Claim) -> str:
    """How a message places a figure in time: "dated 2024-12", "given as an earlier count"."""
    if claim.superseded:
        return "given as an earlier count"
    return f"dated {claim.time.span.describe()}" if claim.time else "undated"


def severity_beside_related(
    claims: Iterable[Claim], default: Severity | None = None
) -> Severity | None:
    """A related-link headline is another article's claim: a finding involving one is info.
    Otherwise ``default`` (None leaves the rule's declared severity)."""
    return Severity.INFO if involves_related(*claims) else default


def measure_words(measure: str) -> str:
    """A measure name as a message prints it: 'troops deployed'."""
    return measure.replace("_", " ")


def quantity_of(claim: Claim) -> Quantity:
    """The figure of a claim known to state one (all claims the helpers here return do)."""
    assert claim.quantity is not None, f"claim {claim.id} states no figure"
    return claim.quantity


def shares_of_one_whole(a: Claim, b: Claim) -> bool:
    """Shares of one whole for different subjects: same place, times that can overlap, and
    neither the other's conversion (the subjects split the whole between them)."""
    qa, qb = quantity_of(a), quantity_of(b)
    if qa.subject == qb.subject or qa.dimension != qb.dimension:
        return False
    if qa.place and qb.place and qa.place.casefold() != qb.place.casefold():
        return False
    if a.time and b.time and not a.time.span.overlaps(b.time.span):
        return False
    return not (a.conversion_of == b.id or b.conversion_of == a.id)
