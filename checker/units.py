"""The one pint registry of the process, and conversion of stated figures to base units.

pint is the unit authority but costs about 130 ms to build and tens of microseconds per
operation, so a quantity is converted once, at load, to a float in its dimension's base unit;
rules then compare floats (see :mod:`checker.intervals`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pint is imported when a unit is first converted: 0.2 s of start-up
    import pint

# Headcounts get a dimension of their own so "10,000 soldiers" never compares with "10 km".
# Currencies are separate dimensions: the article gives no exchange rate to check against.
_DEFINITIONS = (
    "person = [headcount] = people = persons",
    "soldier = person",
    "troop = person",
    "casualty = person = casualties",
    "euro = [currency_eur] = EUR",
    "us_dollar = [currency_usd] = USD = dollar",
    "pound_sterling = [currency_gbp] = GBP",
)


class UnitError(ValueError):
    """A unit pint cannot parse, or a comparison across dimensions."""


@dataclass(frozen=True, slots=True)
class BaseUnit:
    """Where a unit lands after conversion: the factor to its dimension's base unit."""

    factor: float
    offset: float
    base: str
    dimension: str


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for definition in _DEFINITIONS:
        ureg.define(definition)
    return ureg


@lru_cache(maxsize=512)
def base_unit(unit: str) -> BaseUnit:
    """The linear map from ``unit`` to its base unit; raises :class:`UnitError` if unknown."""
    if not unit or not unit.strip():
        raise UnitError("the unit is empty")
    ureg = registry()
    import pint

    try:
        parsed = ureg.parse_units(unit.strip())
        zero = ureg.Quantity(0, parsed).to_base_units()
        one = ureg.Quantity(1, parsed).to_base_units()
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, SyntaxError) as exc:
        raise UnitError(f"unknown unit {unit!r}") from exc
    dimension = str(one.dimensionality) or "dimensionless"
    return BaseUnit(
        factor=float(one.magnitude) - float(zero.magnitude),
        offset=float(zero.magnitude),
        base=str(one.units),
        dimension=dimension,
    )


_OUR_NAMES = frozenset(d.split("=")[0].strip() for d in _DEFINITIONS)


@lru_cache(maxsize=128)
def symbol(unit: str) -> str:
    """The short name a reader knows ("USD", "km", "%") for a unit name such as "us_dollar";
    headcounts keep their name ("person", not pint's symbol "people")."""
    try:
        short = format(registry().Unit(unit), "~")
    except Exception:  # an unknown name is shown as written  # noqa: BLE001
        return unit
    return short if short and (unit not in _OUR_NAMES or short.isupper()) else unit


def convert(value: float, source: str, target: str) -> float:
    """``value`` from one unit to another of the same dimension."""
    a, b = base_unit(source), base_unit(target)
    if a.dimension != b.dimension:
        raise UnitError(
            f"cannot convert {source!r} ({a.dimension}) to {target!r} ({b.dimension})"
        )
    return (value * a.factor + a.offset - b.offset) / b.factor


def same_dimension(first: str, second: str) -> bool:
    return base_unit(first).dimension == base_unit(second).dimension


def last_place(value: float) -> float:
    """The place of the last significant digit of a figure as written: 62 -> 1, 60 -> 10,
    62.1 -> 0.1, 1,500 -> 100.

    Trailing zeros of a whole number are read as rounding ("100 km (60 miles)" is a figure
    rounded to the ten), which gives the writer the benefit of the doubt.
    """
    if value == 0 or not math.isfinite(value):
        return 1.0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return float(Decimal(1).scaleb(exponent))


@dataclass(frozen=True, slots=True)
class ConversionCheck:
    """A stated conversion held against pint's: the exact value and the rounding allowed."""

    stated: float
    expected: float
    tolerance: float

    @property
    def agrees(self) -> bool:
        # A relative epsilon absorbs float noise in the conversion factor itself.
        slack = self.tolerance + 1e-9 * max(abs(self.expected), 1.0)
        return abs(self.stated - self.expected) <= slack


def check_conversion(value: float, unit: str, converted: float, target: str) -> ConversionCheck:
    """Does ``converted`` ``target`` state ``value`` ``unit`` within the rounding the text used?

    The tolerance is half a unit in the last significant place of the converted figure as
    written: "100 km (62 miles)" allows 61.5-62.5 miles, and 100 km is 62.14 miles.
    """
    return ConversionCheck(
        stated=converted,
        expected=convert(value, unit, target),
        tolerance=last_place(converted) / 2,
    )


def is_plain_count(unit: str) -> bool:
    """A bare number of things ("count"): there is no unit to convert it from or to."""
    return base_unit(unit).base == "count"


# Units that share a name in everyday writing: "miles" at sea are nautical miles.
_NAMESAKES = {
    "mile": ("nautical_mile",),
    "ton": ("metric_ton", "long_ton"),
    "metric_ton": ("short_ton", "long_ton"),
    "gallon": ("imperial_gallon",),
    "ounce": ("troy_ounce",),
}


def namesake_that_agrees(value: float, unit: str, converted: float, target: str) -> str | None:
    """A unit of the same name the writer may have meant, for which the conversion holds."""
    ureg = registry()
    for side in (unit, target):
        name = str(ureg.parse_units(side))
        for namesake in _NAMESAKES.get(name, ()):
            if side == unit:
                check = check_conversion(value, namesake, converted, target)
            else:
                check = check_conversion(value, unit, converted, namesake)
            if check.agrees:
                return namesake
    return None
