from __future__ import annotations

from collections.abc import Iterator

from checker import Claim, Problem, RuleContext, rule
from checker.bounds import bounds_of
from checker.describe import interval_words
from checker.figures import (
    asserted_figures,
    comparable,
    has_figures,
    measure_words,
    quantity_of,
    severity_beside_related,
    shares_of_one_whole,
)
from checker.intervals import Interval, total

WHOLE = Interval.point(1.0)  # 100%, in the dimensionless base unit


@rule("numbers.components-sum", severity="error", applies=has_figures)
def components_sum(ctx: RuleContext) -> Iterator[Problem]:
    """Stated components that add up to more than their stated total.

    What it checks:
        Two or more disjoint parts of one whole (the bounds table's entries marked disjoint:
        by default killed, wounded, captured and missing within the casualties) for the same
        subject, whose sum cannot fit the whole's figure, or the figure of a measure that
        contains the whole (the troops deployed contain the casualties); and shares of one
        whole in percent (measures listed as shares: by default vote_share and seat_share) for
        different subjects that together exceed 100%. The sum is taken with interval
        arithmetic: "circa 300" plus "migliaia" is 2,270-10,329, and it only fires when even
        the smallest possible sum is above the largest possible whole.

    Why it matters:
        Each figure may look plausible alone while the set of them cannot hold: 800 killed and
        600 wounded are not "about 1,100 casualties". An editor needs to see all of them side
        by side. Info when one of them is a related link's headline.

    Example:
        "800 morti", "600 feriti" and "vittime stimate intorno a 1.100": 1,400 killed and
        wounded is more than 990-1,210 casualties.

    Consistent version:
        "circa 300 morti", "circa 800 feriti" and "vittime intorno a 1.100": 990-1,210 fits.

    Options:
        Disjoint parts are data: [[tool.claimcheck.bounds]] whole = "cases",
        parts = ["recovered", "deaths", "active"], disjoint = true. Shares:
        [[tool.claimcheck.bounds]] shares = "market_share".

    Known limitations:
        A part that alone exceeds its whole is reported by numbers.part-exceeds-whole, not
        here. Components below their total are never flagged: the text may not list them all.
        When one part has several figures, the smallest is used, so the finding is certain.
    """
    bounds = bounds_of(ctx.settings)
    for entry in bounds.part_wholes:
        if not entry.disjoint:
            continue
        # The stated whole first, then the wholes that contain it (casualties, then troops
        # deployed); a set of parts is reported against the first whole it cannot fit.
        reported: set[tuple[str, ...]] = set()
        for measure in (entry.whole, *sorted(bounds.wholes_of(entry.whole))):
            for whole in asserted_figures(ctx.article):
                if quantity_of(whole).measure != measure:
                    continue
                limit = quantity_of(whole).interval
                parts = [_smallest(ctx, part, whole) for part in entry.parts]
                chosen = [p for p in parts if p is not None]
                key = tuple(p.id for p in chosen)
                if len(chosen) < 2 or key in reported or not _mutually_comparable(chosen):
                    continue
                if any(quantity_of(p).interval.exceeds(limit) for p in chosen):
                    continue  # numbers.part-exceeds-whole reports it
                summed = total(quantity_of(p).interval for p in chosen)
                if summed.exceeds(limit):
                    reported.add(key)
                    yield _problem(ctx, chosen, whole, summed, measure)
    for measure in sorted(bounds.share_measures()):
        yield from _shares_over_whole(ctx, measure)


def _smallest(ctx: RuleContext, part: str, whole: Claim) -> Claim | None:
    """The part's figure with the lowest low end among those comparable with the whole."""
    found = [
        c for c in asserted_figures(ctx.article)
        if quantity_of(c).measure == part and comparable(c, whole)
    ]
    return min(found, key=_low, default=None)


def _low(claim: Claim) -> float:
    return quantity_of(claim).interval.low


def _mutually_comparable(claims: list[Claim]) -> bool:
    return all(comparable(a, b) for i, a in enumerate(claims) for b in claims[i + 1:])


def _problem(
    ctx: RuleContext, parts: list[Claim], whole: Claim, summed: Interval, measure: str
) -> Problem:
    listed = "; ".join(ctx.describe(p) for p in parts)
    names = " and ".join(measure_words(quantity_of(p).measure) for p in parts)
    return Problem(
        message=(
            f"{listed} cannot be true together with {ctx.describe(whole)}: the {names} "
            f"add up to {interval_words(summed)}, more than the {measure_words(measure)} "
            "they are part of."
        ),
        claims=(*(p.id for p in parts), whole.id),
        evidence=(*(ctx.evidence(p) for p in parts), ctx.evidence(whole)),
        severity=severity_beside_related((*parts, whole)),
    )


def _shares_over_whole(ctx: RuleContext, measure: str) -> Iterator[Problem]:
    """Shares of one whole for different subjects: their smallest sum above 100%."""
    shares = [
        c for c in asserted_figures(ctx.article)
        if quantity_of(c).measure == measure and quantity_of(c).dimension == "dimensionless"
        and quantity_of(c).subject is not None
    ]
    for anchor in shares:
        by_subject = {quantity_of(anchor).subject: anchor}
        for claim in shares:
            if not shares_of_one_whole(anchor, claim):
                continue
            held = by_subject.get(quantity_of(claim).subject)
            if held is None or _low(claim) < _low(held):
                by_subject[quantity_of(claim).subject] = claim
        chosen = sorted(by_subject.values(), key=ctx.article.claims.index)
        # Report each group once: from its first claim in article order.
        if len(chosen) < 2 or chosen[0] is not anchor or not all(
            shares_of_one_whole(a, b) for i, a in enumerate(chosen) for b in chosen[i + 1:]
        ):
            continue
        summed = total(quantity_of(c).interval for c in chosen)
        if summed.exceeds(WHOLE):
            listed = "; ".join(ctx.describe(c) for c in chosen)
            yield Problem(
                message=(
                    f"{listed}: these shares of one whole add up to "
                    f"{interval_words(summed.scaled(100))}%, and shares cannot exceed 100%."
                ),
                claims=tuple(c.id for c in chosen),
                evidence=tuple(ctx.evidence(c) for c in chosen),
                severity=severity_beside_related(chosen),
            )
