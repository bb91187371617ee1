"""From the figures and dates an article states to the intervals rules compare.

"circa 1.100" is [990, 1210] person at the default ±10%; "più di 10.000" is (10000, ∞);
"migliaia" is [2000, 9999]; "ottobre 2024" is October 1 to 31. Each conversion is done once,
at load, with the tolerances of the run's settings.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from checker.config import Settings
from checker.days import DaySpan, parse_partial_date
from checker.intervals import INF, Interval, format_number
from checker.model import Qualifier, Quantity, TimeRef
from checker.units import base_unit


def stated_interval(raw: Mapping[str, Any], settings: Settings) -> tuple[Interval, str | None]:
    """The interval a quantity allows in its own unit, and the tolerance applied, if any."""
    qualifier = Qualifier(raw["qualifier"])
    # Validation guarantees each qualifier the fields it needs; the NaNs are never read.
    value: float = raw.get("value", math.nan)
    low: float = raw.get("low", math.nan)
    high: float = raw.get("high", math.nan)
    share = settings.approximately
    floor = 0.0 if math.isnan(value) or value >= 0 else -INF
    match qualifier:
        case Qualifier.MAGNITUDE:
            lo, hi = settings.magnitudes[raw["magnitude"]]
            reading = f"'{raw['magnitude']}' read as {format_number(lo)}-{format_number(hi)}"
            return Interval(lo, hi), reading
        case Qualifier.BETWEEN:
            return Interval(low, high), None
        case Qualifier.APPROXIMATELY if "low" in raw:
            return Interval(low - abs(low) * share, high + abs(high) * share), _percent(share)
        case Qualifier.APPROXIMATELY:
            spread = abs(value) * share
            return Interval(value - spread, value + spread), _percent(share)
        case Qualifier.EXACT:
            return Interval.point(value), None
        case Qualifier.MORE_THAN:
            return Interval(value, INF, low_open=True), None
        case Qualifier.AT_LEAST:
            return Interval(value, INF), None
        case Qualifier.LESS_THAN:
            return Interval(min(floor, value), value, high_open=True), None
        case Qualifier.AT_MOST:
            return Interval(min(floor, value), value), None
    raise AssertionError(qualifier)


def _percent(share: float) -> str:
    return f"±{format_number(round(share * 100, 6))}%"


def quantity_from(raw: Mapping[str, Any], settings: Settings) -> Quantity:
    """A validated quantity object as the model's :class:`Quantity`, in base units."""
    stated, tolerance = stated_interval(raw, settings)
    converted = base_unit(raw["unit"])
    interval = Interval(
        _to_base(stated.low, converted.factor, converted.offset),
        _to_base(stated.high, converted.factor, converted.offset),
        stated.low_open,
        stated.high_open,
    )
    return Quantity(
        measure=raw["measure"],
        unit=raw["unit"],
        qualifier=Qualifier(raw["qualifier"]),
        stated=stated,
        interval=interval,
        base_unit=converted.base,
        dimension=converted.dimension,
        subject=raw.get("subject"),
        value=raw.get("value"),
        low=raw.get("low"),
        high=raw.get("high"),
        magnitude=raw.get("magnitude"),
        place=(raw.get("scope") or {}).get("place"),
        tolerance=tolerance,
    )


def _to_base(value: float, factor: float, offset: float) -> float:
    return value if math.isinf(value) else value * factor + offset


def time_from(raw: Mapping[str, Any]) -> TimeRef:
    """A validated time object as a window of days."""
    if "date" in raw:
        span = parse_partial_date(raw["date"])
        written = raw["date"]
    else:
        first, last = parse_partial_date(raw["start"]), parse_partial_date(raw["end"])
        span = DaySpan(first.first, last.last)
        written = f"{raw['start']}/{raw['end']}"
    return TimeRef(span=span, expression=raw.get("expression"), written=written)
