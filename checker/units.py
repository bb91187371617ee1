"""The one pint registry of the process, and conversion of stated figures to base units.

pint is the unit authority but costs about 130 ms to build and tens of microseconds per
operation, so a quantity is converted once, at load, to a float in its dimension's base unit;
rules then compare floats (see :mod:`checker.intervals`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    for definition in _DEFINITIONS:
        ureg.define(definition)
    return ureg


@lru_cache(maxsize=512)
def base_unit(unit: str) -> BaseUnit:
    """The linear map from ``unit`` to its base unit; raises :class:`UnitError` if unknown."""
    if not unit or not unit.strip():
        raise UnitError("the unit is empty")
    ureg = registry()
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


def to_base(value: float, unit: str) -> float:
    """``value`` in ``unit`` expressed in the dimension's base unit."""
    converted = base_unit(unit)
    return value * converted.factor + converted.offset


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
