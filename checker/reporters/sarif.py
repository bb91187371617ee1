"""SARIF 2.1.0, for code-scanning dashboards.

One run whose driver lists every rule (id, summary, documentation, default level); one result
per finding, placed at the line of its first claim in the article file, with the article and
claims as logical locations. Waived findings carry a suppression with the editor's reason;
articles that are not valid data become tool execution notifications.
"""

from __future__ import annotations

import json
from typing import Any

from checker.findings import Finding, Severity, Status
from checker.registry import DOC_HEADINGS
from checker.report import tool_version
from checker.reporters.lines import claim_line
from checker.runner import ArticleResult, ArticleStatus, RunResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
ENGINE_RULES = {
    "internal-error": ("A rule crashed on an article; its verdict is unknown.", Severity.ERROR),
    "unused-waiver": ("A waiver matches no finding.", Severity.WARNING),
}


def _rule_descriptors(run: RunResult) -> list[dict[str, Any]]:
    descriptors = [
        {
            "id": r.id,
            "name": r.id.split(".", 1)[1].replace("-", " "),
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.sections.get("What it checks", r.summary)},
            "help": {"text": "\n\n".join(
                f"{h}:\n{r.sections[h]}" for h in DOC_HEADINGS if h in r.sections
            )},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"plugin": r.plugin},
        }
        for r in run.rules
    ]
    descriptors += [
        {"id": rule_id, "shortDescription": {"text": summary},
         "defaultConfiguration": {"level": LEVELS[severity]}}
        for rule_id, (summary, severity) in ENGINE_RULES.items()
    ]
    return descriptors


def sarif_dict(run: RunResult) -> dict[str, Any]:
    rules = _rule_descriptors(run)
    index = {descriptor["id"]: position for position, descriptor in enumerate(rules)}
    results = [
        _result(article, finding, index)
        for article in run.articles
        for finding in article.findings
    ]
    notifications = [
        {"level": "error", "message": {"text": problem.message},
         "locations": [_physical(problem.file, problem.line or 1)]}
        for article in run.articles if article.status is ArticleStatus.INVALID
        for problem in article.problems
    ] + [
        {"level": "error", "message": {"text": problem.message},
         "locations": [_physical(problem.file, 1)]}
        for problem in run.input_problems
    ] + [
        {"level": "error", "message": {"text": f"plugin {p.plugin}: {p.message}"}}
        for p in run.plugin_problems
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claimcheck",
                "version": tool_version(),
                "rules": rules,
            }},
            "invocations": [{
                "executionSuccessful": run.exit_code != 2,
                "exitCode": run.exit_code,
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def _physical(file: str, line: int) -> dict[str, Any]:
    return {"physicalLocation": {
        "artifactLocation": {"uri": file.replace("\\", "/")},
        "region": {"startLine": max(line, 1)},
    }}


def _result(article: ArticleResult, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    first = finding.claims[0] if finding.claims else None
    location = _physical(article.file, claim_line(article.file, article.line, first))
    location["logicalLocations"] = [
        {"fullyQualifiedName": f"{article.label}/{claim}", "kind": "member"}
        for claim in finding.claims
    ] or [{"fullyQualifiedName": article.label, "kind": "module"}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {
            "claimcheck/v1": f"{article.label}|{finding.rule}|{','.join(finding.claims)}"
            f"|{','.join(finding.events)}",
        },
        "properties": {
            "article": article.label,
            "claims": list(finding.claims),
            "events": list(finding.events),
            "confidence": finding.confidence.value,
            "evidence": [
                {k: v for k, v in (("claim", e.claim), ("written", e.written),
                                   ("normalised", e.normalised), ("tolerance", e.tolerance),
                                   ("note", e.note)) if v is not None}
                for e in finding.evidence
            ],
        },
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.status is Status.WAIVED and finding.waiver is not None:
        result["suppressions"] = [{
            "kind": "external",
            "status": "accepted",
            "justification": (
                f"{finding.waiver.reason} ({finding.waiver.by}, {finding.waiver.date})"
            ),
        }]
    return result


def render(run: RunResult) -> str:
    return json.dumps(sarif_dict(run), ensure_ascii=False, indent=2) + "\n"
