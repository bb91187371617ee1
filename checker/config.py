"""Settings from ``[tool.claimcheck]`` in pyproject.toml (or a file named with ``--config``)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from checker.findings import Severity

DEFAULT_MAGNITUDES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "dozens": (24, 99),
        "hundreds": (200, 999),
        "thousands": (2_000, 9_999),
        "tens_of_thousands": (20_000, 99_999),
        "hundreds_of_thousands": (200_000, 999_999),
        "millions": (2_000_000, 999_999_999),
    }
)

# Keys a pack reads from the table itself, besides per-rule [tool.claimcheck.options."rule-id"].
PACK_KEYS = frozenset({"bounds", "ratios", "cumulative_measures"})
ENGINE_KEYS = frozenset(
    {"select", "ignore", "severity", "fail_on", "plugins", "approximately", "magnitudes",
     "shortly_days", "options"}
)


class ConfigError(ValueError):
    """A setting that cannot be used, with the place it came from."""


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ("*",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.ERROR
    plugins: tuple[str, ...] = ()
    approximately: float = 0.10
    magnitudes: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: DEFAULT_MAGNITUDES
    )
    shortly_days: int = 45
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    tables: Mapping[str, Any] = field(default_factory=dict)
    root: Path | None = None
    origin: str = "defaults"

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def table(self, key: str, default: Any = None) -> Any:
        """A pack's own table (``bounds``, ``ratios``...), or ``default`` when not configured."""
        return self.tables.get(key, default)


def parse_severity(text: str, where: str) -> Severity:
    try:
        return Severity(text)
    except ValueError:
        raise ConfigError(
            f"{where}: {text!r} is not a severity; use error, warning or info"
        ) from None


def parse_fail_on(text: str, where: str = "fail_on") -> Severity | None:
    if text == "never":
        return None
    return parse_severity(text, where)


def settings_from_table(table: Mapping[str, Any], origin: str, root: Path | None) -> Settings:
    unknown = set(table) - ENGINE_KEYS - PACK_KEYS
    if unknown:
        known = ", ".join(sorted(ENGINE_KEYS | PACK_KEYS))
        raise ConfigError(
            f"{origin}: unknown setting(s) {', '.join(sorted(unknown))}; known: {known}"
        )
    settings = Settings(origin=origin, root=root)
    changes: dict[str, Any] = {}
    for key in ("select", "ignore", "plugins"):
        if key in table:
            value = table[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: {key} must be a list of strings")
            changes[key] = tuple(value)
    if "severity" in table:
        changes["severity"] = {
            rule: parse_severity(level, f"{origin}: severity.{rule}")
            for rule, level in table["severity"].items()
        }
    if "fail_on" in table:
        changes["fail_on"] = parse_fail_on(table["fail_on"], f"{origin}: fail_on")
    if "approximately" in table:
        value = table["approximately"]
        if not isinstance(value, int | float) or not 0 <= value < 1:
            raise ConfigError(f"{origin}: approximately must be a fraction such as 0.1")
        changes["approximately"] = float(value)
    if "magnitudes" in table:
        merged = dict(DEFAULT_MAGNITUDES)
        for word, bounds in table["magnitudes"].items():
            if word not in DEFAULT_MAGNITUDES:
                raise ConfigError(f"{origin}: magnitudes.{word} is not a magnitude word")
            if not (isinstance(bounds, list) and len(bounds) == 2 and bounds[0] <= bounds[1]):
                raise ConfigError(f"{origin}: magnitudes.{word} must be [low, high]")
            merged[word] = (float(bounds[0]), float(bounds[1]))
        changes["magnitudes"] = MappingProxyType(merged)
    if "shortly_days" in table:
        value = table["shortly_days"]
        if not isinstance(value, int) or value < 0:
            raise ConfigError(f"{origin}: shortly_days must be a whole number of days")
        changes["shortly_days"] = value
    if "options" in table:
        changes["options"] = {rule: dict(opts) for rule, opts in table["options"].items()}
    changes["tables"] = {key: table[key] for key in PACK_KEYS if key in table}
    settings = replace(settings, **changes)
    from checker.bounds import validate  # the tables' parser reads Settings: import late

    validate(settings)  # a malformed table is a usage error now, not a crash in a rule later
    return settings


def load_settings(config: Path | None = None, start: Path | None = None) -> Settings:
    """Settings from ``config``, else from the nearest pyproject.toml with a claimcheck table."""
    if config is not None:
        return _read(config, required=True) or Settings()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            found = _read(candidate, required=False)
            if found is not None:
                return found
    return Settings()


def _read(path: Path, required: bool) -> Settings | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    table = data.get("tool", {}).get("claimcheck")
    if table is None and path.name != "pyproject.toml":
        table = data
    if table is None:
        if required:
            raise ConfigError(f"{path}: has no [tool.claimcheck] table")
        return None
    return settings_from_table(table, str(path), path.parent)
