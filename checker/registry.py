"""Rules, their documentation, and where they come from.

A rule is a function of one :class:`~checker.context.RuleContext` that yields
:class:`~checker.findings.Problem` values, declared with :func:`rule`. Packs list their rules in
a ``get_rules()`` function registered under the ``claimcheck.rules`` entry-point group, the
built-in packs exactly like third-party ones; local plugin files or modules can be named in
``plugins`` in the settings. One broken plugin never hides the others: it is recorded as a
:class:`PluginProblem` and reported.
"""

from __future__ import annotations

import fnmatch
import importlib
import importlib.util
import inspect
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from checker.findings import Problem, Severity

if TYPE_CHECKING:
    from checker.context import RuleContext
    from checker.model import Article

ENTRY_POINT_GROUP = "claimcheck.rules"
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$")
DOC_HEADINGS = (
    "What it checks",
    "Why it matters",
    "Example",
    "Consistent version",
    "Options",
    "Known limitations",
)
REQUIRED_HEADINGS = DOC_HEADINGS[:3]
# Findings the engine itself reports; no plugin may claim these ids.
ENGINE_RULES = frozenset({"internal-error", "unused-waiver"})

Check = Callable[["RuleContext"], Iterable[Problem]]


class RuleDefinitionError(ValueError):
    """A rule whose declaration is unusable: bad id, missing documentation, unknown severity."""


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    sections: Mapping[str, str]
    check: Check
    applies: Callable[[Article], bool] | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    plugin: str = ""

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def documentation(self) -> str:
        """The rule's manual page, as ``claimcheck rules ID`` prints it."""
        lines = [f"{self.id} ({self.severity})", "", self.summary, ""]
        for heading in DOC_HEADINGS:
            if heading in self.sections:
                lines += [f"{heading}:", _indent(self.sections[heading]), ""]
        if self.options:
            lines += ["Defaults:"]
            lines += [f"    {name} = {value!r}" for name, value in self.options.items()]
            lines += [""]
        return "\n".join(lines).rstrip() + "\n"


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line else "" for line in text.splitlines())


def parse_doc(doc: str | None) -> tuple[str, dict[str, str]]:
    """Split a rule docstring into its one-line summary and its headed sections."""
    text = inspect.cleandoc(doc or "")
    if not text:
        return "", {}
    summary, _, rest = text.partition("\n")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in rest.splitlines():
        heading = line.rstrip().removesuffix(":")
        if line.endswith(":") and heading in DOC_HEADINGS and not line.startswith(" "):
            current = sections.setdefault(heading, [])
        elif current is not None:
            current.append(line)
    return summary.strip(), {
        name: inspect.cleandoc("\n".join(body)) for name, body in sections.items()
    }


def rule(
    id: str,
    *,
    severity: str,
    applies: Callable[[Article], bool] | None = None,
    options: Mapping[str, Any] | None = None,
) -> Callable[[Check], Rule]:
    """Declare a rule; its docstring is its documentation (see :data:`DOC_HEADINGS`)."""

    def declare(check: Check) -> Rule:
        summary, sections = parse_doc(check.__doc__)
        definition = Rule(
            id=id,
            severity=_severity(id, severity),
            summary=summary,
            sections=MappingProxyType(sections),
            check=check,
            applies=applies,
            options=MappingProxyType(dict(options or {})),
            plugin=check.__module__,
        )
        validate_rule(definition)
        return definition

    return declare


def _severity(rule_id: str, value: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise RuleDefinitionError(
            f"rule {rule_id}: severity {value!r} is not one of error, warning, info"
        ) from None


def validate_rule(definition: Rule) -> None:
    where = f"rule {definition.id!r} ({definition.plugin})"
    if not RULE_ID.match(definition.id):
        raise RuleDefinitionError(
            f"{where}: an id is 'pack.rule-name' in lower case, like numbers.part-exceeds-whole"
        )
    if definition.id in ENGINE_RULES:
        raise RuleDefinitionError(f"{where}: this id is reserved for the engine")
    if not definition.summary:
        raise RuleDefinitionError(f"{where}: the docstring needs a one-line summary")
    missing = [h for h in REQUIRED_HEADINGS if h not in definition.sections]
    if missing:
        raise RuleDefinitionError(
            f"{where}: the docstring lacks the section(s) {', '.join(missing)}"
        )
    if not callable(definition.check):
        raise RuleDefinitionError(f"{where}: check is not callable")


@dataclass(frozen=True, slots=True)
class PluginProblem:
    """A plugin that could not be loaded, or declared an unusable rule."""

    plugin: str
    message: str


@dataclass(frozen=True)
class Registry:
    rules: Mapping[str, Rule]
    problems: tuple[PluginProblem, ...] = ()

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def select(self, select: Iterable[str], ignore: Iterable[str]) -> list[Rule]:
        """Rules matched by a glob of ``select`` and none of ``ignore``, in id order."""
        chosen = [
            r for r in self.rules.values()
            if matches_any(r.id, select) and not matches_any(r.id, ignore)
        ]
        return sorted(chosen, key=lambda r: r.id)

    def unknown_patterns(self, patterns: Iterable[str]) -> list[str]:
        """Patterns that name no rule: a typo in select or ignore is an error, not a no-op."""
        ids = [*self.rules, *ENGINE_RULES]
        return [p for p in patterns if not any(fnmatch.fnmatchcase(i, p) for i in ids)]


def matches_any(rule_id: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatchcase(rule_id, pattern) for pattern in patterns)


def load_registry(plugins: Iterable[str] = (), root: Path | None = None) -> Registry:
    """All rules from the entry-point group and from the local ``plugins`` named in settings."""
    rules: dict[str, Rule] = {}
    problems: list[PluginProblem] = []
    sources: list[tuple[str, Callable[[], Any]]] = [
        (f"{ep.name} ({ep.value})", ep.load) for ep in entry_points(group=ENTRY_POINT_GROUP)
    ]
    sources += [(spec, _local_loader(spec, root)) for spec in plugins]
    for name, load in sorted(sources, key=lambda item: item[0]):
        try:
            found = list(_rules_of(load()))
        except Exception as exc:  # a broken plugin must not hide the others
            problems.append(PluginProblem(name, f"cannot be loaded: {type(exc).__name__}: {exc}"))
            continue
        for definition in found:
            if definition.id in rules:
                other = rules[definition.id].plugin
                problems.append(
                    PluginProblem(name, f"rule {definition.id} is already defined by {other}")
                )
                continue
            rules[definition.id] = definition
    return Registry(MappingProxyType(dict(sorted(rules.items()))), tuple(problems))


def _rules_of(loaded: Any) -> Iterator[Rule]:
    """Rules from what a plugin exposes: get_rules(), a module with get_rules, a rule or a list."""
    if isinstance(loaded, Rule):
        yield loaded
        return
    if inspect.ismodule(loaded):
        if not hasattr(loaded, "get_rules"):
            raise RuleDefinitionError(f"module {loaded.__name__} has no get_rules() function")
        loaded = loaded.get_rules
    if callable(loaded):
        loaded = loaded()
    for item in loaded:
        if not isinstance(item, Rule):
            raise RuleDefinitionError(
                f"{item!r} is not a rule: declare it with @checker.rule(...)"
            )
        validate_rule(item)
        yield item


def _local_loader(spec: str, root: Path | None) -> Callable[[], Any]:
    """A loader for a plugin named by a .py path (relative to the settings file) or a module."""

    def load() -> Any:
        if spec.endswith(".py"):
            path = Path(spec) if Path(spec).is_absolute() else (root or Path.cwd()) / spec
            if not path.is_file():
                raise FileNotFoundError(f"no plugin file {path}")
            name = f"claimcheck_local_{re.sub(r'[^0-9A-Za-z_]', '_', str(path))}"
            module_spec = importlib.util.spec_from_file_location(name, path)
            assert module_spec and module_spec.loader
            module = importlib.util.module_from_spec(module_spec)
            sys.modules[name] = module
            module_spec.loader.exec_module(module)
            return module
        module_name, _, attribute = spec.partition(":")
        module = importlib.import_module(module_name)
        return getattr(module, attribute) if attribute else module

    return load
