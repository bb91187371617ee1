"""The newsroom's tables of how measures bound each other: parts within wholes, ratio limits,
and which counts only grow. Read from ``[[tool.claimcheck.bounds]]``, ``[[tool.claimcheck.ratios]]``
and ``tool.claimcheck.cumulative_measures``, on top of defaults for war reporting.

The defaults say killed, wounded, captured and missing are disjoint parts of the casualties,
the casualties are part of the troops deployed, and casualties above 100% of the troops
deployed is an error. A newsroom adds its own, e.g. ``{whole = "cases", parts = ["deaths"]}``.
A table that cannot be used is a :class:`~checker.config.ConfigError` naming the key.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checker.config import ConfigError, Settings
from checker.findings import Severity


@dataclass(frozen=True, slots=True)
class PartWhole:
    """``parts`` are each counted within ``whole``; when ``disjoint``, their sum is too."""

    whole: str
    parts: tuple[str, ...]
    disjoint: bool = False


@dataclass(frozen=True, slots=True)
class Shares:
    """Figures of ``measure`` for different subjects are shares of one whole: at most 100%."""

    measure: str


@dataclass(frozen=True, slots=True)
class RatioBound:
    """``numerator / denominator`` for one subject must lie between ``low`` and ``high``."""

    numerator: str
    denominator: str
    low: float = 0.0
    high: float = math.inf
    severity: Severity = Severity.ERROR


@dataclass(frozen=True, slots=True)
class Bounds:
    """The parsed tables, as rules read them."""

    part_wholes: tuple[PartWhole, ...]
    shares: tuple[Shares, ...]
    ratios: tuple[RatioBound, ...]
    cumulative: frozenset[str]

    def wholes_of(self, part: str) -> frozenset[str]:
        """Every measure that contains ``part``, directly or through another whole."""
        found: set[str] = set()
        frontier = [part]
        while frontier:
            current = frontier.pop()
            for entry in self.part_wholes:
                if current in entry.parts and entry.whole not in found:
                    found.add(entry.whole)
                    frontier.append(entry.whole)
        found.discard(part)
        return frozenset(found)

    def ratio_for(self, numerator: str, denominator: str) -> RatioBound | None:
        return next(
            (r for r in self.ratios if (r.numerator, r.denominator) == (numerator, denominator)),
            None,
        )

    def share_measures(self) -> frozenset[str]:
        return frozenset(s.measure for s in self.shares)


DEFAULT_PART_WHOLES = (
    PartWhole("casualties", ("killed", "wounded", "captured", "missing"), disjoint=True),
    PartWhole("troops_deployed", ("casualties",)),
)
DEFAULT_SHARES = (Shares("vote_share"), Shares("seat_share"))
DEFAULT_RATIOS = (RatioBound("casualties", "troops_deployed", high=1.0),)
DEFAULT_CUMULATIVE = frozenset(
    {"casualties", "killed", "wounded", "captured", "troops_deployed", "displaced"}
)


def bounds_of(settings: Settings) -> Bounds:
    """The defaults with the settings' tables on top; raises ConfigError for an unusable table."""
    part_wholes, shares = _parse_bounds(settings.table("bounds", []), settings.origin)
    ratios = _parse_ratios(settings.table("ratios", []), settings.origin)
    overridden = {(r.numerator, r.denominator) for r in ratios}
    defaults = tuple(r for r in DEFAULT_RATIOS if (r.numerator, r.denominator) not in overridden)
    return Bounds(
        part_wholes=DEFAULT_PART_WHOLES + part_wholes,
        shares=DEFAULT_SHARES + shares,
        ratios=defaults + ratios,
        cumulative=_parse_cumulative(settings.table("cumulative_measures"), settings.origin),
    )


def validate(settings: Settings) -> None:
    """Raise ConfigError now if any table is unusable (for callers that load settings)."""
    bounds_of(settings)


def _entries(value: Any, key: str, origin: str) -> Sequence[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(e, Mapping) for e in value):
        raise ConfigError(f"{origin}: {key} must be an array of tables ([[tool.claimcheck.{key}]])")
    return value


def _name(entry: Mapping[str, Any], field: str, where: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {field} must be a measure name such as 'casualties'")
    return value


def _parse_bounds(value: Any, origin: str) -> tuple[tuple[PartWhole, ...], tuple[Shares, ...]]:
    part_wholes: list[PartWhole] = []
    shares: list[Shares] = []
    for index, entry in enumerate(_entries(value, "bounds", origin)):
        where = f"{origin}: bounds[{index}]"
        unknown = set(entry) - {"whole", "parts", "disjoint", "shares"}
        if unknown:
            raise ConfigError(
                f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                "use whole, parts and disjoint, or shares"
            )
        if "shares" in entry:
            if set(entry) != {"shares"}:
                raise ConfigError(f"{where}: a shares entry has only the key shares")
            shares.append(Shares(_name(entry, "shares", where)))
            continue
        whole = _name(entry, "whole", where)
        parts = entry.get("parts")
        if isinstance(parts, str):
            parts = [parts]
        if not isinstance(parts, list) or not parts or not all(
            isinstance(p, str) and p.strip() for p in parts
        ):
            raise ConfigError(f"{where}: parts must be a list of measure names, e.g. ['deaths']")
        if whole in parts:
            raise ConfigError(f"{where}: {whole!r} cannot be a part of itself")
        disjoint = entry.get("disjoint", False)
        if not isinstance(disjoint, bool):
            raise ConfigError(f"{where}: disjoint must be true or false")
        part_wholes.append(PartWhole(whole, tuple(parts), disjoint))
    return tuple(part_wholes), tuple(shares)


def _parse_ratios(value: Any, origin: str) -> tuple[RatioBound, ...]:
    ratios: list[RatioBound] = []
    for index, entry in enumerate(_entries(value, "ratios", origin)):
        where = f"{origin}: ratios[{index}]"
        unknown = set(entry) - {"numerator", "denominator", "min", "max", "severity"}
        if unknown:
            raise ConfigError(
                f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                "use numerator, denominator, min, max and severity"
            )
        numerator = _name(entry, "numerator", where)
        denominator = _name(entry, "denominator", where)
        if "min" not in entry and "max" not in entry:
            raise ConfigError(f"{where}: give min, max or both (a fraction: 1.0 is 100%)")
        low, high = entry.get("min", 0.0), entry.get("max", math.inf)
        for field, number in (("min", low), ("max", high)):
            if isinstance(number, bool) or not isinstance(number, int | float) or number < 0:
                raise ConfigError(f"{where}: {field} must be a non-negative fraction (1.0 is 100%)")
        if low > high:
            raise ConfigError(f"{where}: min {low} is above max {high}")
        try:
            severity = Severity(entry.get("severity", "error"))
        except ValueError:
            raise ConfigError(f"{where}: severity must be error, warning or info") from None
        ratios.append(RatioBound(numerator, denominator, float(low), float(high), severity))
    return tuple(ratios)


def _parse_cumulative(value: Any, origin: str) -> frozenset[str]:
    if value is None:
        return DEFAULT_CUMULATIVE
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(
            f"{origin}: cumulative_measures must be a list of measure names, e.g. ['casualties']"
        )
    return frozenset(value)
