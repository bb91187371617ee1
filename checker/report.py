"""The canonical report: a versioned, deterministic JSON-ready dict built from a run.

Every other format (text, HTML, JUnit, SARIF, GitHub annotations) renders the same
:class:`~checker.runner.RunResult`; this module fixes the JSON shape they all agree with.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from checker.findings import Evidence, Finding, Severity
from checker.model import Expectation
from checker.runner import ArticleResult, RunResult
from checker.validation import InputProblem

REPORT_FORMAT = "claimcheck/report/1"


def tool_version() -> str:
    try:
        return version("claimcheck")
    except PackageNotFoundError:
        return "0+unknown"


def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value is not None}


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return _drop_none({
        "claim": evidence.claim,
        "written": evidence.written,
        "normalised": evidence.normalised,
        "tolerance": evidence.tolerance,
        "note": evidence.note,
    })


def finding_dict(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "claims": list(finding.claims),
        "events": list(finding.events),
        "evidence": [evidence_dict(e) for e in finding.evidence],
        "confidence": finding.confidence.value,
        "status": finding.status.value,
    }
    if finding.waiver is not None:
        data["waiver"] = _drop_none({
            "by": finding.waiver.by,
            "date": finding.waiver.date,
            "reason": finding.waiver.reason,
        })
    if finding.crashed_rule:
        data["crashed_rule"] = finding.crashed_rule
    if finding.trace:
        data["trace"] = finding.trace
    return data


def problem_dict(problem: InputProblem) -> dict[str, Any]:
    return _drop_none({
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "path": problem.path,
        "message": problem.message,
    })


def expectation_dict(expectation: Expectation) -> dict[str, Any]:
    return _drop_none({
        "rule": expectation.rule,
        "claims": list(expectation.claims) if expectation.claims is not None else None,
        "events": list(expectation.events) if expectation.events is not None else None,
    })


def article_dict(result: ArticleResult) -> dict[str, Any]:
    counts = result.counts()
    data: dict[str, Any] = {
        "id": result.label,
        "file": result.file,
        "line": result.line,
        "status": result.status.value,
        "counts": {level.value: counts.get(level.value, 0) for level in reversed(Severity)},
        "findings": [finding_dict(f) for f in result.findings],
        "rules": {rule: outcome.value for rule, outcome in sorted(result.outcomes.items())},
        "errors": [problem_dict(p) for p in result.problems],
    }
    if result.article is not None:
        data["title"] = result.article.title
        data["language"] = result.article.language
        data["published"] = result.article.published_written
    if result.expectation is not None:
        data["expectation"] = {
            "met": result.expectation.met,
            "missing": [expectation_dict(e) for e in result.expectation.missing],
            "unexpected": [finding_dict(f) for f in result.expectation.unexpected],
        }
    return _drop_none(data)


def run_dict(run: RunResult) -> dict[str, Any]:
    findings = [f for a in run.articles for f in a.findings]
    return {
        "format": REPORT_FORMAT,
        "tool": {"name": "claimcheck", "version": tool_version()},
        "settings": {
            "fail_on": run.settings.fail_on.value if run.settings.fail_on else "never",
            "select": list(run.settings.select),
            "ignore": list(run.settings.ignore),
        },
        "summary": {
            "articles": len(run.articles),
            "statuses": {status: run.counts().get(status, 0)
                         for status in ("passed", "failed", "invalid", "error")},
            "findings": {level.value: sum(f.severity is level for f in findings)
                         for level in reversed(Severity)},
            "exit_code": run.exit_code,
        },
        "rules": [
            {"id": r.id, "severity": r.severity.value, "summary": r.summary, "plugin": r.plugin}
            for r in run.rules
        ],
        "problems": [problem_dict(p) for p in run.input_problems]
        + [{"plugin": p.plugin, "message": p.message} for p in run.plugin_problems],
        "articles": [article_dict(a) for a in run.articles],
    }
