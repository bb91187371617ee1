"""pytest plugin: every article file is a test, one item per article and rule.

``pytest fixtures/`` collects each ``*.article.json`` file and each article line of a
``*.jsonl`` file (a JSON Lines file is collected when its first line is claimcheck article data,
so other JSON Lines data in a test tree is left alone). Items are named
``<file>::<rule-id>`` (``<file>::<article-id>::<rule-id>`` in JSON Lines), plus one
``::claimcheck`` item per article for what belongs to the article as a whole: validation
problems, unused waivers, and expectations naming rules that did not run.

Verdicts match ``claimcheck check``:

- with an ``expect`` list, a rule's item passes when exactly the expected findings of that rule
  occur; a missing or an unexpected one fails with the difference;
- without it, the item fails on open findings at or above ``fail_on``; waived findings never fail;
- a rule that crashed fails with its traceback;
- a rule with nothing to check in the article (not applicable) is skipped with that reason,
  unless the article expects findings from it, which then fail as missing.

The rules run once per article (the first of its items runs them; the others read their part).
Settings come from the nearest pyproject.toml's ``[tool.claimcheck]``, then the ini keys
``claimcheck_fail_on``, ``claimcheck_select`` and ``claimcheck_ignore``, then the command-line
options, each overriding the one before. Expectations naming a rule that is installed but left
out by select/ignore are not judged in that session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from checker import describe
from checker.api import selected_rules
from checker.config import ConfigError, Settings, load_settings, parse_fail_on
from checker.findings import Finding, Status
from checker.loading import LoadedArticle, load_file
from checker.model import Article, Expectation
from checker.registry import ENGINE_RULES, Registry, Rule, load_registry, matches_any
from checker.reporters.lines import expectation_line
from checker.runner import (
    ArticleResult,
    RuleOutcome,
    RunResult,
    check_loaded,
    compare_expectations,
    judge,
)
from checker.validation import InputProblem

ARTICLE_ITEM = "claimcheck"
_STATE = pytest.StashKey["_Session"]()
_SNIFF = re.compile(r'"schema"\s*:\s*"claimcheck/article/')


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck article checks")
    group.addoption("--claimcheck-html", metavar="DIR", default=None,
                    help="write the claimcheck HTML report of the collected articles to DIR")
    group.addoption("--claimcheck-select", metavar="IDS", action="append", default=[],
                    help="rule ids or globs to run (comma-separated; repeatable)")
    group.addoption("--claimcheck-ignore", metavar="IDS", action="append", default=[],
                    help="rule ids or globs to skip (comma-separated; repeatable)")
    group.addoption("--claimcheck-fail-on", choices=["error", "warning", "info", "never"],
                    default=None, help="lowest severity that fails an article without expect")
    parser.addini("claimcheck_fail_on", "lowest severity that fails (error, warning, info, never)",
                  default="")
    parser.addini("claimcheck_select", "rule ids or globs to run", type="args", default=[])
    parser.addini("claimcheck_ignore", "rule ids or globs to skip", type="args", default=[])


def pytest_configure(config: pytest.Config) -> None:
    # Read the settings and load the rules up front, so a bad setting or an unknown rule id
    # is a usage error before collection, not one collection error per article file.
    if not config.getoption("help", False):
        _session(config)


def _patterns(values: Iterable[str]) -> tuple[str, ...] | None:
    found = tuple(p.strip() for value in values for p in value.split(",") if p.strip())
    return found or None


@dataclass
class _Session:
    """What every article of the session shares: settings, rules, and the articles seen."""

    settings: Settings
    registry: Registry
    rules: tuple[Rule, ...]
    documents: list[_Document]
    ids: dict[str, str] = field(default_factory=dict)

    def add(self, loaded: LoadedArticle) -> _Document:
        """A document for ``loaded``; an article id already seen in the session is invalid,
        as in ``claimcheck check``."""
        article = loaded.article
        if article is not None:
            first = self.ids.setdefault(article.id, _where(loaded))
            if first != _where(loaded):
                problem = InputProblem(
                    loaded.file, f"article id {article.id!r} is already used by {first}; ids "
                    "must be unique in a run", loaded.line, path="$.id")
                loaded = replace(loaded, article=None, problems=(problem,))
        document = _Document(loaded, self)
        self.documents.append(document)
        return document


def _where(loaded: LoadedArticle) -> str:
    return f"{loaded.file}:{loaded.line}" if loaded.line else loaded.file


def _session(config: pytest.Config) -> _Session:
    state = config.stash.get(_STATE, None)
    if state is None:
        state = _build_session(config)
        config.stash[_STATE] = state
    return state


def _build_session(config: pytest.Config) -> _Session:
    try:
        settings = load_settings(start=config.rootpath)
        fail_on = config.getoption("claimcheck_fail_on") or config.getini("claimcheck_fail_on")
        if fail_on:
            settings = replace(settings, fail_on=parse_fail_on(fail_on, "claimcheck fail_on"))
        settings = settings.with_overrides(
            select=_patterns(config.getoption("claimcheck_select"))
            or _patterns(config.getini("claimcheck_select")),
            ignore=_patterns(config.getoption("claimcheck_ignore"))
            or _patterns(config.getini("claimcheck_ignore")),
        )
        registry = load_registry(settings.plugins, settings.root)
        rules = tuple(selected_rules(registry, settings))
    except ConfigError as exc:
        raise pytest.UsageError(f"claimcheck: {exc}") from None
    return _Session(settings, registry, rules, [])


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    name = file_path.name
    if name.endswith(".article.json"):
        return ArticleFile.from_parent(parent, path=file_path)
    if name.endswith(".jsonl") and _is_article_lines(file_path):
        return ArticleLinesFile.from_parent(parent, path=file_path)
    return None


def _is_article_lines(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as stream:
            first = next((line for line in stream if line.strip()), "")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(_SNIFF.search(first))


class _Document:
    """One article of a file, judged on first use and then shared by its items."""

    def __init__(self, loaded: LoadedArticle, session: _Session) -> None:
        self.loaded = loaded
        self.session = session

    @cached_property
    def result(self) -> ArticleResult:
        return judge(self.loaded, self.session.rules, self.session.settings)

    def item_rules(self) -> list[Rule]:
        """The rules the runner applies to this article (an article's ``select`` narrows them)."""
        article = self.loaded.article
        if article is None:
            return []
        return [r for r in self.session.rules
                if article.select is None or matches_any(r.id, article.select)]


def _items(parent: pytest.Collector, document: _Document) -> Iterator[pytest.Item]:
    yield ArticleItem.from_parent(parent, name=ARTICLE_ITEM, document=document)
    for definition in document.item_rules():
        yield RuleItem.from_parent(parent, name=definition.id, document=document,
                                   definition=definition)


class ArticleFile(pytest.File):
    """A ``*.article.json`` file: one article."""

    def collect(self) -> Iterator[pytest.Item]:
        session = _session(self.config)
        for loaded in load_file(self.path, session.settings):
            yield from _items(self, session.add(loaded))


class ArticleLinesFile(pytest.File):
    """A ``*.jsonl`` corpus: one collector per article line, named by the article's id."""

    def collect(self) -> Iterator[pytest.Collector]:
        session = _session(self.config)
        used: set[str] = set()
        for loaded in load_file(self.path, session.settings):
            document = session.add(loaded)
            name = loaded.article.id if loaded.article is not None else f"line-{loaded.line}"
            if name in used:
                name = f"{name}@line-{loaded.line}"
            used.add(name)
            yield ArticleLine.from_parent(self, name=name, document=document)


class ArticleLine(pytest.Collector):
    def __init__(self, *, document: _Document, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document

    def collect(self) -> Iterator[pytest.Item]:
        yield from _items(self, self.document)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, (self.document.loaded.line or 1) - 1, self.name


class ClaimcheckFailure(Exception):
    """An article that does not meet its check; the text is the report a person reads."""


class _ArticleCheckItem(pytest.Item):
    def __init__(self, *, document: _Document, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> str | Any:
        if isinstance(excinfo.value, ClaimcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def _line(self) -> int:
        return self.document.loaded.line or 1


class RuleItem(_ArticleCheckItem):
    """One rule on one article."""

    def __init__(self, *, definition: Rule, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.definition = definition
        self.user_properties.append(("claimcheck_rule", definition.id))

    def runtest(self) -> None:
        result = self.document.result
        article = result.article
        assert article is not None
        rule_id = self.definition.id
        outcome = result.outcomes.get(rule_id)
        if outcome is RuleOutcome.ERROR:
            crash = next((f for f in result.findings if f.is_crash_of(rule_id)), None)
            raise ClaimcheckFailure(
                f"{rule_id} crashed on {article.id}; this is a fault in the rule "
                f"({self.definition.plugin}), not in the article.\n\n"
                + (crash.trace or crash.message if crash else "no traceback was kept")
            )
        findings = [f for f in result.findings if f.rule == rule_id]
        if article.expect is not None:
            expected = [e for e in article.expect if e.rule == rule_id]
            _judge_expectations(self.definition, article, expected, findings)
            if outcome is RuleOutcome.NOT_APPLICABLE:
                _skip_not_applicable(rule_id, article)
            return
        if outcome is RuleOutcome.NOT_APPLICABLE:
            _skip_not_applicable(rule_id, article)
        failing = _failing(findings, self.document.session.settings)
        if failing:
            raise ClaimcheckFailure(_failure_text(self.definition, article, failing))

    def reportinfo(self) -> tuple[Path, int, str]:
        loaded = self.document.loaded
        line = expectation_line(loaded.file, loaded.line, self.definition.id)
        return self.path, line - 1, f"{loaded.label}: {self.definition.id}"


def _skip_not_applicable(rule_id: str, article: Article) -> None:
    reason = f"{rule_id} is not applicable: nothing in {article.id} to check"
    try:
        # Report the skip at the article file, as skip markers do, not at this line.
        raise pytest.skip.Exception(reason, _use_item_location=True)
    except TypeError:  # a pytest without that (private) parameter
        pytest.skip(reason)


class ArticleItem(_ArticleCheckItem):
    """The article as a whole: valid data, engine findings, expectations of rules not run."""

    def runtest(self) -> None:
        loaded = self.document.loaded
        if loaded.article is None:
            raise ClaimcheckFailure(
                f"{loaded.label} is not valid article data:\n"
                + "\n".join(f"  {p.describe()}" for p in loaded.problems)
            )
        result = self.document.result
        article = loaded.article
        session = self.document.session
        # A crash belongs to its rule's item; what is left here is the engine's own findings.
        findings = [f for f in result.findings if f.rule in ENGINE_RULES - {"internal-error"}]
        if article.expect is not None:
            ran = {r.id for r in self.document.item_rules()}
            in_session = {r.id for r in session.rules}
            expected = [
                e for e in article.expect
                if e.rule in ENGINE_RULES
                or (e.rule not in ran
                    and (e.rule in in_session or session.registry.get(e.rule) is None))
            ]
            _judge_expectations(None, article, expected, findings)
            return
        failing = _failing(findings, session.settings)
        if failing:
            raise ClaimcheckFailure(_failure_text(None, article, failing))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self._line() - 1, f"{self.document.loaded.label}: article"


def _failing(findings: Sequence[Finding], settings: Settings) -> list[Finding]:
    threshold = settings.fail_on
    if threshold is None:
        return []
    return [f for f in findings
            if f.status is Status.OPEN and f.severity.rank >= threshold.rank]


def _judge_expectations(definition: Rule | None, article: Article,
                        expected: Sequence[Expectation], findings: Sequence[Finding]) -> None:
    report = compare_expectations(expected, findings)
    if report.met:
        return
    what = definition.id if definition else "the article as a whole"
    lines = [f"expect list not met for {what}: {len(report.unexpected)} unexpected, "
             f"{len(report.missing)} missing finding(s)"]
    if definition:
        lines.append(f"  rule: {_rule_line(definition)}")
    for missing in report.missing:
        claims = ", ".join(missing.claims or ()) or "any claims"
        lines.append(f"- missing: expected {missing.rule} on {claims}, which did not occur")
        if definition is None:
            lines.append("    (no rule with this id ran in this session)")
    for extra in report.unexpected:
        claims = ", ".join(extra.claims) or "no claims"
        lines.append(f"+ unexpected: {extra.rule} on {claims} is not in the expect list")
        lines.extend(_finding_lines(article, extra, indent="    "))
    raise ClaimcheckFailure("\n".join(lines))


def _rule_line(definition: Rule) -> str:
    return f"{definition.summary} ({definition.id}, {definition.severity.value} by default)"


def _failure_text(definition: Rule | None, article: Article, findings: Sequence[Finding]) -> str:
    """First line: the first finding in one line (pytest's short summary shows it)."""
    lines: list[str] = []
    for finding in findings:
        lines.append(f"{finding.severity.value} {finding.rule}: {finding.message}")
        if definition:
            lines.append(f"  rule: {_rule_line(definition)}")
        lines.extend(_finding_lines(article, finding, indent="  ", message=False))
    return "\n".join(lines)


def _finding_lines(article: Article, finding: Finding, indent: str,
                   message: bool = True) -> list[str]:
    lines = [f"{indent}{finding.message}"] if message else []
    if finding.claims:
        lines.append(f"{indent}claims:")
    for claim_id in finding.claims:
        claim = article.claim_by_id.get(claim_id)
        if claim is None:
            lines.append(f"{indent}  {claim_id}: not in the article")
            continue
        where = (f"{claim.location.field} {claim.location.start}-{claim.location.end}"
                 if claim.location else "no location in the text")
        lines.append(f"{indent}  {claim_id} ({where}): {describe.describe(article, claim)}")
    if finding.evidence:
        lines.append(f"{indent}evidence:")
    for evidence in finding.evidence:
        parts = [f"written {evidence.written!r}"]
        if evidence.normalised:
            parts.append(f"read as {evidence.normalised}")
        if evidence.tolerance:
            parts.append(f"tolerance {evidence.tolerance}")
        if evidence.note:
            parts.append(evidence.note)
        lines.append(f"{indent}  {evidence.claim}: {'; '.join(parts)}")
    return lines


def _run_result(session: _Session) -> RunResult:
    return RunResult(tuple(d.result for d in session.documents), session.rules, session.settings,
                     session.registry.problems)


def _is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    folder = config.getoption("claimcheck_html", None)
    if not folder or _is_xdist_worker(config):
        return
    state = _session(config)
    # Under pytest-xdist the controller collects nothing: it reads the same paths again.
    run = _run_result(state) if state.documents else _rerun_paths(config, state)
    if run is None:
        return
    from checker.reporters import html

    index = html.write(run, Path(folder))
    config.stash[_HTML_WRITTEN] = str(index)


_HTML_WRITTEN = pytest.StashKey[str]()


def _rerun_paths(config: pytest.Config, state: _Session) -> RunResult | None:
    from checker.loading import discover

    raw = [arg.split("::")[0] for arg in config.args] or [str(config.rootpath)]
    files, _ = discover(raw)
    wanted = [f for f in files if f.name.endswith(".article.json")
              or (f.name.endswith(".jsonl") and _is_article_lines(f))]
    if not wanted:
        return None
    documents = (loaded for path in wanted for loaded in load_file(path, state.settings))
    return check_loaded(documents, state.rules, state.settings, state.registry.problems)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    written = config.stash.get(_HTML_WRITTEN, None)
    if written:
        terminalreporter.write_line(f"claimcheck HTML report: {written}")
