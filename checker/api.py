"""One call from paths to a judged run: discovery, loading, rule selection, checking."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from checker.config import ConfigError, Settings
from checker.loading import LoadedArticle, discover, load_file
from checker.registry import Registry, Rule, load_registry
from checker.runner import RunResult, check_loaded


def selected_rules(registry: Registry, settings: Settings) -> list[Rule]:
    """The rules a run uses; a select or ignore pattern that names no rule is an error."""
    unknown = registry.unknown_patterns([*settings.select, *settings.ignore])
    if unknown:
        raise ConfigError(
            f"no rule matches {', '.join(repr(p) for p in unknown)}; "
            "`claimcheck rules` lists the rule ids"
        )
    return registry.select(settings.select, settings.ignore)


def load_paths(files: Sequence[Path], settings: Settings) -> Iterator[LoadedArticle]:
    for path in files:
        yield from load_file(path, settings)


def check_paths(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    registry: Registry | None = None,
) -> RunResult:
    """Check every article under ``paths`` with the rules the settings select."""
    settings = settings or Settings()
    registry = registry or load_registry(settings.plugins, settings.root)
    rules = selected_rules(registry, settings)
    files, problems = discover(paths)
    return check_loaded(
        load_paths(files, settings), rules, settings, registry.problems, problems
    )
