"""Numeric intervals with open or closed ends, the common currency of every figure rule.

A quantity in an article is rarely a point: "more than 10,000" is (10000, inf), "about 1,100" is
[990, 1210]. Rules compare these intervals as plain floats in a dimension's base unit; pint is
consulted once, at load (see :mod:`checker.units`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals between ``low`` and ``high``; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def __post_init__(self) -> None:
        if math.isnan(self.low) or math.isnan(self.high):
            raise ValueError("an interval bound cannot be NaN")
        if self.low > self.high:
            raise ValueError(f"interval low {self.low} is above high {self.high}")

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def is_empty(self) -> bool:
        return self.low == self.high and (self.low_open or self.high_open)

    @property
    def is_point(self) -> bool:
        return self.low == self.high and not self.is_empty

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both intervals."""
        if self.is_empty or other.is_empty:
            return False
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    def contains(self, value: float) -> bool:
        above_low = value > self.low or (value == self.low and not self.low_open)
        below_high = value < self.high or (value == self.high and not self.high_open)
        return above_low and below_high

    def within(self, other: Interval) -> bool:
        """True when every number of this interval also lies in ``other``."""
        if self.is_empty:
            return True
        low_ok = self.low > other.low or (
            self.low == other.low and (self.low_open or not other.low_open)
        )
        high_ok = self.high < other.high or (
            self.high == other.high and (self.high_open or not other.high_open)
        )
        return low_ok and high_ok

    def exceeds(self, other: Interval) -> bool:
        """True when every number of this interval is above every number of ``other``."""
        return not self.is_empty and not other.is_empty and not self.overlaps(other) and (
            self.low >= other.high
        )

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            self.low + other.low,
            self.high + other.high,
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def scaled(self, factor: float) -> Interval:
        """This interval multiplied by a positive factor (a unit conversion)."""
        if factor <= 0:
            raise ValueError("scale factor must be positive")
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def describe(self, unit: str = "") -> str:
        """Interval notation an editor can read: [990, 1,210] person, (10,000, ∞) person."""
        left = "(" if self.low_open or math.isinf(self.low) else "["
        right = ")" if self.high_open or math.isinf(self.high) else "]"
        text = f"{left}{format_number(self.low)}, {format_number(self.high)}{right}"
        if self.is_point:
            text = format_number(self.low)
        return f"{text} {unit}".rstrip()


def format_number(value: float) -> str:
    """A figure as an English-language report prints it: 10,000; 1.5; ∞."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:.6g}"


def total(parts: Iterable[Interval]) -> Interval:
    """The interval a sum can take when each term lies in its own interval.

    "about 1,100" + "thousands" is [990 + 2,000, 1,210 + 9,999]: the honest range of the sum,
    with an end open when any term's end is open.
    """
    result = Interval.point(0.0)
    for part in parts:
        result = result + part
    return result


def ratio(numerator: Interval, denominator: Interval) -> Interval:
    """Every value ``n / d`` can take for non-negative ``n`` and positive-or-zero ``d``.

    The lowest ratio is the smallest numerator over the largest denominator; a denominator that
    can reach zero makes the ratio unbounded above.
    """
    if numerator.low < 0 or denominator.low < 0:
        raise ValueError("a ratio of counts needs non-negative intervals")
    if denominator.high == 0:
        raise ValueError("the denominator is zero")
    low = 0.0 if math.isinf(denominator.high) else numerator.low / denominator.high
    low_open = numerator.low_open or (denominator.high_open and numerator.low > 0)
    if denominator.low == 0:
        high, high_open = INF, False
    else:
        high = numerator.high / denominator.low
        high_open = numerator.high_open or denominator.low_open
    if math.isinf(high):
        high_open = False
    return Interval(low, high, low_open and low < high, high_open and low < high)
