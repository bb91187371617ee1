from __future__ import annotations

from collections.abc import Iterator

from checker import Claim, Problem, Qualifier, Quantity, RuleContext, rule
from checker.figures import asserted_figures, has_figures, quantity_of, severity_beside_related
from checker.intervals import format_number
from checker.units import (
    ConversionCheck,
    check_conversion,
    is_plain_count,
    namesake_that_agrees,
)


@rule("numbers.unit-conversion", severity="error", applies=has_figures)
def unit_conversion(ctx: RuleContext) -> Iterator[Problem]:
    """A figure the text gives as the conversion of another, converted wrongly.

    What it checks:
        A claim whose figure is marked as the conversion of another claim's figure
        (conversion_of), such as "100 km (62 miglia)", held against pint's conversion of the
        original. The converted figure may be rounded as far as its own last significant digit
        shows: "62" allows ±0.5 (61.5-62.5 miles; 100 km is 62.14), "60" allows ±5, "62,1"
        ±0.05. A range is checked end by end; magnitude words are not checked.

    Why it matters:
        A wrong conversion gives readers two different figures for one fact, and usually
        comes from a slip (a factor inverted, kilometres taken as miles) that an editor can
        fix in a second once it is pointed out.

    Example:
        "100 km (26 miglia)": 100 km is 62.1 miles.

    Consistent version:
        "100 km (62 miglia)", "10 m (33 ft)", "2 t (2.000 kg)".

    Known limitations:
        The original figure is taken as exact; only the converted figure's rounding is allowed
        for, and whole numbers ending in zeros are read as rounded to the last non-zero digit,
        which gives the writer the benefit of the doubt. Only units pint can convert are
        judged: currencies (no exchange rate in the text), bare counts, and two figures in the
        same unit (often two currencies the data does not tell apart, such as Australian and
        US dollars) are left alone; units of different dimensions for the same measure are
        reported by numbers.incompatible-units. When "miles" only fit as nautical miles (or
        "tons" as long tons), the message says so.
    """
    for converted in asserted_figures(ctx.article):
        original = ctx.article.claim_by_id.get(converted.conversion_of or "")
        if original is None or original.quantity is None:
            continue
        source, target = quantity_of(original), quantity_of(converted)
        if not _checkable(source, target):
            continue
        checks = [
            (value, check_conversion(value, source.unit, stated, target.unit))
            for value, stated in _paired_values(source, target)
        ]
        wrong = [(value, check) for value, check in checks if not check.agrees]
        if wrong:
            yield _wrong_conversion(ctx, original, converted, wrong)


def _checkable(source: Quantity, target: Quantity) -> bool:
    """Two different units of one dimension, neither a bare count: pint can judge them."""
    return (
        source.unit != target.unit
        and source.dimension == target.dimension
        and not is_plain_count(source.unit)
        and not is_plain_count(target.unit)
    )


def _paired_values(source: Quantity, target: Quantity) -> list[tuple[float, float]]:
    """The nominal figures as written, end by end for ranges; none for magnitude words."""
    if Qualifier.MAGNITUDE in (source.qualifier, target.qualifier):
        return []
    if source.value is not None and target.value is not None:
        return [(source.value, target.value)]
    pairs = [(source.low, target.low), (source.high, target.high)]
    return [(a, b) for a, b in pairs if a is not None and b is not None]


def _wrong_conversion(
    ctx: RuleContext,
    original: Claim,
    converted: Claim,
    wrong: list[tuple[float, ConversionCheck]],
) -> Problem:
    source, target = quantity_of(original), quantity_of(converted)
    parts = "; ".join(
        f"{format_number(value)} {source.unit} is {format_number(round(check.expected, 2))} "
        f"{target.unit}, not {format_number(check.stated)} {target.unit} "
        f"(±{format_number(check.tolerance)} allowed for the rounding written)"
        for value, check in wrong
    )
    value, check = wrong[0]
    namesake = namesake_that_agrees(value, source.unit, check.stated, target.unit)
    hint = f" It would hold for {namesake.replace('_', ' ')}s." if namesake else ""
    return Problem(
        message=(
            f"{ctx.describe(converted)} is given as the conversion of {ctx.describe(original)}, "
            f"but {parts}.{hint}"
        ),
        claims=(original.id, converted.id),
        evidence=(ctx.evidence(original), ctx.evidence(converted)),
        severity=severity_beside_related((original, converted)),
    )
