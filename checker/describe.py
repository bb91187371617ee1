"""Plain words for claims and figures, shared by every rule's messages and by the reporters.

A message an editor can act on quotes the claim as written, names who said it, and gives the
figure as the engine read it: "'più di 10.000 soldati' (Seoul intelligence: more than 10,000
troops deployed)".
"""

from __future__ import annotations

import math

from checker.findings import Evidence
from checker.intervals import Interval, format_number
from checker.model import Article, Claim, Quantity, Section
from checker.units import symbol

HEADCOUNT = "[headcount]"
_SECTION_WORDS = {
    Section.TITLE: "headline",
    Section.LEAD: "lead",
    Section.RELATED: "related link",
    Section.CAPTION: "caption",
    Section.CREDIT: "credit line",
}


def quote(claim: Claim, limit: int = 100) -> str:
    """The claim's words in quotes, shortened in the middle when long."""
    text = " ".join(claim.text.split())
    if len(text) > limit:
        head = limit * 2 // 3
        text = f"{text[:head].rstrip()} ... {text[-(limit - head - 5):].lstrip()}"
    return f"'{text}'"


def attribution(article: Article, claim: Claim) -> str:
    """Who says it, and where it stands when that matters: 'Casa Bianca, related link'."""
    names = [source.name for source in article.sources_of(claim)]
    parts = [" and ".join(names) if names else "no source"]
    if claim.section in _SECTION_WORDS:
        parts.append(_SECTION_WORDS[claim.section])
    return ", ".join(parts)


def interval_words(interval: Interval) -> str:
    """'990-1,210', 'more than 10,000', 'at most 50', '1,100'."""
    low, high = interval.low, interval.high
    if interval.is_point:
        return format_number(low)
    if math.isinf(high):
        return f"{'more than' if interval.low_open else 'at least'} {format_number(low)}"
    if low <= 0 and not math.isinf(low) and interval.high_open:
        return f"less than {format_number(high)}"
    return f"{format_number(low)}-{format_number(high)}"


# Measures that only repeat what the unit says: '100 km', not '100 km distance'.
_GENERIC_MEASURES = frozenset({
    "count", "amount", "money", "percentage", "distance", "length", "mass", "weight",
    "height", "area", "volume", "speed",
})
_PLAIN_UNITS = frozenset({"count", "dimensionless"})


def figure(quantity: Quantity) -> str:
    """The figure as the engine read it: '990-1,210 casualties', '100 km', '2,000 jobs'."""
    words = [interval_words(quantity.stated)]
    if quantity.dimension != HEADCOUNT and quantity.unit not in _PLAIN_UNITS:
        words.append(quantity.unit)
    measure = quantity.measure
    if measure.startswith("count_of_"):  # a count the extractor named by its noun
        words.append(measure.removeprefix("count_of_").replace("_", " "))
    elif measure not in _GENERIC_MEASURES:
        words.append(measure.replace("_", " "))
    return " ".join(words)


def describe(article: Article, claim: Claim) -> str:
    """A claim for a message: its quote, who says it, and its figure when it has one."""
    said = attribution(article, claim)
    if claim.quantity is not None:
        said = f"{said}: {figure(claim.quantity)}"
    return f"{quote(claim)} ({said})"


def quantity_evidence(claim: Claim, note: str | None = None) -> Evidence:
    """The evidence a figure rule shows: written value, normalised interval, tolerance."""
    assert claim.quantity is not None, f"claim {claim.id} has no quantity"
    quantity = claim.quantity
    return Evidence(
        claim=claim.id,
        written=claim.text,
        normalised=quantity.interval.describe(symbol(quantity.base_unit)),
        tolerance=quantity.tolerance,
        note=note,
    )
