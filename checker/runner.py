"""Running the selected rules over loaded articles, and judging each article.

Each rule on each article ends passed, failed, not applicable or error; each article ends
passed, failed, invalid or error. A rule that raises becomes an ``internal-error`` finding for
that article; the other rules still run. Waivers mark findings as accepted; expectations
(fixtures' ``expect``) turn an article into a test of the rules.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from checker.config import Settings
from checker.context import RuleContext
from checker.findings import Finding, Severity, Status
from checker.loading import LoadedArticle
from checker.model import Article, Expectation, Waiver
from checker.registry import PluginProblem, Rule, matches_any
from checker.validation import InputProblem


class RuleOutcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


class ArticleStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    INVALID = "invalid"
    ERROR = "error"


@dataclass(frozen=True)
class ExpectationReport:
    """How an article's findings compare with its ``expect`` list."""

    missing: tuple[Expectation, ...] = ()
    unexpected: tuple[Finding, ...] = ()

    @property
    def met(self) -> bool:
        return not self.missing and not self.unexpected


@dataclass(frozen=True)
class ArticleResult:
    file: str
    line: int | None
    label: str
    status: ArticleStatus
    article: Article | None = None
    findings: tuple[Finding, ...] = ()
    outcomes: Mapping[str, RuleOutcome] = field(default_factory=dict)
    problems: tuple[InputProblem, ...] = ()
    expectation: ExpectationReport | None = None

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def counts(self) -> Counter[str]:
        return Counter(f.severity.value for f in self.findings if f.status is Status.OPEN)


@dataclass(frozen=True)
class RunResult:
    articles: tuple[ArticleResult, ...]
    rules: tuple[Rule, ...]
    settings: Settings
    plugin_problems: tuple[PluginProblem, ...] = ()
    input_problems: tuple[InputProblem, ...] = ()

    @property
    def exit_code(self) -> int:
        """0 all clear, 1 findings at or above fail_on (or a rule crashed), 2 bad input."""
        statuses = {a.status for a in self.articles}
        if self.input_problems or self.plugin_problems or ArticleStatus.INVALID in statuses:
            return 2
        if statuses & {ArticleStatus.FAILED, ArticleStatus.ERROR}:
            return 1
        return 0

    def counts(self) -> Counter[str]:
        return Counter(a.status.value for a in self.articles)


@dataclass(frozen=True)
class RuleRun:
    """What running the rules on one article gave: findings, and each rule's outcome."""

    findings: tuple[Finding, ...]
    outcomes: Mapping[str, RuleOutcome]


def run_rules(article: Article, rules: Sequence[Rule], settings: Settings) -> RuleRun:
    """Every selected rule on one article, with the article's waivers applied."""
    findings: list[Finding] = []
    outcomes: dict[str, RuleOutcome] = {}
    for definition in rules:
        if article.select is not None and not matches_any(definition.id, article.select):
            continue
        outcome, produced = _run_one(definition, article, settings)
        outcomes[definition.id] = outcome
        findings.extend(produced)
    findings, unused = apply_waivers(findings, article.waivers, outcomes)
    findings += unused
    for rule_id, outcome in outcomes.items():
        if outcome is RuleOutcome.FAILED and all(
            f.status is Status.WAIVED for f in findings if f.rule == rule_id
        ):
            outcomes[rule_id] = RuleOutcome.PASSED
    findings.sort(key=lambda f: f.sort_key)
    return RuleRun(tuple(findings), outcomes)


def _run_one(
    definition: Rule, article: Article, settings: Settings
) -> tuple[RuleOutcome, list[Finding]]:
    options = {**definition.options, **settings.options.get(definition.id, {})}
    try:
        if definition.applies is not None and not definition.applies(article):
            return RuleOutcome.NOT_APPLICABLE, []
        produced = [
            Finding(
                rule=definition.id,
                severity=_severity(definition, problem.severity, settings),
                message=problem.message,
                claims=tuple(problem.claims),
                events=tuple(problem.events),
                evidence=tuple(problem.evidence),
                confidence=problem.confidence,
            )
            for problem in definition.check(RuleContext(article, settings, options))
        ]
    except Exception as exc:  # a crashing rule is reported, never a dead run
        return RuleOutcome.ERROR, [_internal_error(definition, exc)]
    return (RuleOutcome.FAILED if produced else RuleOutcome.PASSED), produced


def _severity(definition: Rule, stated: Severity | None, settings: Settings) -> Severity:
    for pattern, level in settings.severity.items():
        if matches_any(definition.id, [pattern]):
            return level
    return stated or definition.severity


def _internal_error(definition: Rule, exc: BaseException) -> Finding:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return Finding(
        rule="internal-error",
        severity=Severity.ERROR,
        message=(
            f"rule {definition.id} crashed on this article ({type(exc).__name__}: {exc}{where}); "
            "its verdict is unknown. This is a fault in the rule, not in the article: report it "
            f"to the maintainers of {definition.plugin}."
        ),
        trace="".join(traceback.format_exception(exc)),
        crashed_rule=definition.id,
    )


def apply_waivers(
    findings: Iterable[Finding], waivers: Sequence[Waiver], outcomes: Mapping[str, RuleOutcome]
) -> tuple[list[Finding], list[Finding]]:
    """Findings with matched ones marked waived, and an ``unused-waiver`` for each idle waiver."""
    used: set[int] = set()
    marked: list[Finding] = []
    for finding in findings:
        match = next(
            (i for i, waiver in enumerate(waivers) if _waives(waiver, finding)), None
        )
        if match is None:
            marked.append(finding)
        else:
            used.add(match)
            marked.append(replace(finding, status=Status.WAIVED, waiver=waivers[match]))
    unused = [
        Finding(
            rule="unused-waiver",
            severity=Severity.WARNING,
            message=(
                f"the waiver of {waiver.rule}"
                + (f" for claims {', '.join(waiver.claims)}" if waiver.claims else "")
                + f" (by {waiver.by}, {waiver.date}: {waiver.reason!r}) matches no finding; "
                "the problem may have been fixed, so remove the waiver or correct it"
            ),
            claims=waiver.claims or (),
        )
        for index, waiver in enumerate(waivers)
        if index not in used and any(matches_any(r, [waiver.rule]) for r in outcomes)
    ]
    return marked, unused


def _waives(waiver: Waiver, finding: Finding) -> bool:
    if finding.rule in {"internal-error", "unused-waiver"}:
        return False
    if not matches_any(finding.rule, [waiver.rule]):
        return False
    return waiver.claims is None or set(waiver.claims) <= set(finding.claims)


def compare_expectations(
    expected: Sequence[Expectation], findings: Sequence[Finding]
) -> ExpectationReport:
    """Pair each expectation with one finding; the leftovers on either side are the diff."""
    remaining = list(findings)
    missing: list[Expectation] = []
    for expectation in expected:
        match = next((f for f in remaining if _fulfils(f, expectation)), None)
        if match is None:
            missing.append(expectation)
        else:
            remaining.remove(match)
    return ExpectationReport(tuple(missing), tuple(remaining))


def _fulfils(finding: Finding, expectation: Expectation) -> bool:
    return (
        finding.rule == expectation.rule
        and (expectation.claims is None or set(expectation.claims) == set(finding.claims))
        and (expectation.events is None or set(expectation.events) == set(finding.events))
    )


def judge(
    loaded: LoadedArticle, rules: Sequence[Rule], settings: Settings
) -> ArticleResult:
    """Check one loaded article and give its verdict."""
    if loaded.article is None:
        return ArticleResult(
            loaded.file, loaded.line, loaded.label, ArticleStatus.INVALID,
            problems=loaded.problems,
        )
    article = loaded.article
    parts = run_rules(article, rules, settings)
    expectation = None
    if any(f.rule == "internal-error" for f in parts.findings):
        status = ArticleStatus.ERROR
    elif article.expect is not None:
        expectation = compare_expectations(article.expect, parts.findings)
        status = ArticleStatus.PASSED if expectation.met else ArticleStatus.FAILED
    else:
        threshold = settings.fail_on
        failing = threshold is not None and any(
            f.status is Status.OPEN and f.severity.rank >= threshold.rank for f in parts.findings
        )
        status = ArticleStatus.FAILED if failing else ArticleStatus.PASSED
    return ArticleResult(
        loaded.file, loaded.line, loaded.label, status, article,
        parts.findings, parts.outcomes, expectation=expectation,
    )


def check_loaded(
    documents: Iterable[LoadedArticle],
    rules: Sequence[Rule],
    settings: Settings,
    plugin_problems: Sequence[PluginProblem] = (),
    input_problems: Sequence[InputProblem] = (),
) -> RunResult:
    """Judge every document; a second article with an id already seen is invalid."""
    results: list[ArticleResult] = []
    seen: dict[str, str] = {}
    for loaded in documents:
        if loaded.article is not None and loaded.article.id in seen:
            first = seen[loaded.article.id]
            problem = InputProblem(
                loaded.file,
                f"article id {loaded.article.id!r} is already used by {first}; ids must be "
                "unique in a run",
                loaded.line,
                path="$.id",
            )
            results.append(ArticleResult(
                loaded.file, loaded.line, f"{loaded.label} ({loaded.file})",
                ArticleStatus.INVALID, problems=(problem,),
            ))
            continue
        if loaded.article is not None:
            seen[loaded.article.id] = f"{loaded.file}:{loaded.line}" if loaded.line else loaded.file
        results.append(judge(loaded, rules, settings))
    return RunResult(
        tuple(results), tuple(rules), settings, tuple(plugin_problems), tuple(input_problems)
    )
