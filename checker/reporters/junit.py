"""JUnit XML for CI systems that read test reports but do not run pytest.

The shape is the one Jenkins, GitLab and Azure read (``testsuites > testsuite > testcase``):
one test suite per article, one test case per rule that ran on it plus a ``claimcheck`` case for
the article as a whole. Cases fail like pytest items do: an expect list not met, or open findings
at or above ``fail_on``; a crashed rule is an ``<error>``; not applicable is ``<skipped>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from checker.findings import Finding, Status
from checker.registry import ENGINE_RULES
from checker.runner import (
    ArticleResult,
    ArticleStatus,
    RuleOutcome,
    RunResult,
    compare_expectations,
)

ARTICLE_CASE = "claimcheck"


def render(run: RunResult) -> str:
    root = ET.Element("testsuites", name="claimcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for result in run.articles:
        suite = _suite(result, run)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _suite(result: ArticleResult, run: RunResult) -> ET.Element:
    suite = ET.Element("testsuite", name=result.label, file=result.file)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def case(name: str, verdict: tuple[str, str, str] | None) -> None:
        element = ET.SubElement(suite, "testcase", classname=result.label, name=name,
                                file=result.file)
        if result.line:
            element.set("line", str(result.line))
        counts["tests"] += 1
        if verdict is not None:
            kind, message, text = verdict
            counts[{"failure": "failures", "error": "errors", "skipped": "skipped"}[kind]] += 1
            child = ET.SubElement(element, kind, message=message)
            if text:
                child.text = text

    if result.status is ArticleStatus.INVALID:
        text = "\n".join(p.describe() for p in result.problems)
        case(ARTICLE_CASE, ("failure", "not valid article data", text))
    else:
        case(ARTICLE_CASE, _article_verdict(result, run))
        for rule_id, outcome in sorted(result.outcomes.items()):
            case(rule_id, _rule_verdict(result, rule_id, outcome, run))
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite


def _failing(findings: Sequence[Finding], run: RunResult) -> list[Finding]:
    threshold = run.settings.fail_on
    if threshold is None:
        return []
    return [f for f in findings if f.status is Status.OPEN and f.severity.rank >= threshold.rank]


def _describe(findings: Sequence[Finding]) -> str:
    return "\n".join(
        f"{f.severity.value} {f.rule} [{', '.join(f.claims)}]: {f.message}" for f in findings
    )


def _rule_verdict(result: ArticleResult, rule_id: str, outcome: RuleOutcome,
                  run: RunResult) -> tuple[str, str, str] | None:
    if outcome is RuleOutcome.ERROR:
        crash = next((f for f in result.findings if f.is_crash_of(rule_id)), None)
        return ("error", f"{rule_id} crashed", (crash.trace or crash.message) if crash else "")
    findings = [f for f in result.findings if f.rule == rule_id]
    article = result.article
    if article is not None and article.expect is not None:
        expected = [e for e in article.expect if e.rule == rule_id]
        report = compare_expectations(expected, findings)
        if not report.met:
            lines = [f"missing: {e.rule} on {', '.join(e.claims or ()) or 'any claims'}"
                     for e in report.missing]
            lines += [f"unexpected: {f.rule} on {', '.join(f.claims)}: {f.message}"
                      for f in report.unexpected]
            return ("failure", "the expect list is not met", "\n".join(lines))
    elif failing := _failing(findings, run):
        return ("failure", failing[0].message, _describe(failing))
    if outcome is RuleOutcome.NOT_APPLICABLE:
        return ("skipped", "not applicable: nothing in the article for this rule to check", "")
    return None


def _article_verdict(result: ArticleResult, run: RunResult) -> tuple[str, str, str] | None:
    engine = [f for f in result.findings if f.rule in ENGINE_RULES - {"internal-error"}]
    article = result.article
    if article is not None and article.expect is not None:
        ran = set(result.outcomes)
        expected = [e for e in article.expect if e.rule in ENGINE_RULES or e.rule not in ran]
        report = compare_expectations(expected, engine)
        if not report.met:
            lines = [f"missing: {e.rule} on {', '.join(e.claims or ()) or 'any claims'}"
                     for e in report.missing]
            lines += [f"unexpected: {f.rule}: {f.message}" for f in report.unexpected]
            return ("failure", "the expect list is not met", "\n".join(lines))
        return None
    failing = _failing(engine, run)
    return ("failure", failing[0].message, _describe(failing)) if failing else None
