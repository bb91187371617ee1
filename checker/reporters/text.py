"""The terminal report: one block per article, findings an editor can read top to bottom."""

from __future__ import annotations

import textwrap

from checker.findings import Finding, Severity, Status
from checker.runner import ArticleResult, ArticleStatus, RunResult

_WIDTH = 100


def render(run: RunResult, verbose: bool = False) -> str:
    lines = [problem.describe() for problem in run.input_problems]
    lines += [f"plugin {p.plugin}: {p.message}" for p in run.plugin_problems]
    if lines:
        lines.append("")
    for result in run.articles:
        if verbose or result.status is not ArticleStatus.PASSED or result.findings:
            lines.extend(article_block(result))
            lines.append("")
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"


def article_block(result: ArticleResult) -> list[str]:
    title = f" {result.article.title!r}" if result.article else ""
    # an input without an article is known by its file alone: "a.txt: INVALID", not twice
    label = "" if result.label == result.location and not title else f" {result.label}{title}:"
    lines = [f"{result.location}:{label} {result.status.value.upper()}"]
    for problem in result.problems:
        where = problem.path or ""
        if problem.line is not None:
            column = f", column {problem.column}" if problem.column else ""
            where = f"line {problem.line}{column}"
            where += f" {problem.path}" if problem.path else ""
        lines.append(f"  invalid  {where}: {problem.message}" if where
                     else f"  invalid  {problem.message}")
    for finding in result.findings:
        lines.extend(finding_lines(finding))
    if result.expectation is not None and not result.expectation.met:
        for expected in result.expectation.missing:
            claims = ", ".join(expected.claims or ()) or "any claims"
            lines.append(f"  missing  expected {expected.rule} on {claims}, which did not occur")
        for extra in result.expectation.unexpected:
            claims = ", ".join(extra.claims) or "no claims"
            lines.append(f"  extra    {extra.rule} on {claims} is not in the expect list")
    return lines


def finding_lines(finding: Finding) -> list[str]:
    label = finding.severity.value
    if finding.status is Status.WAIVED:
        label = "waived"
    head = f"  {label:<8} {finding.rule}"
    if finding.claims:
        head += f" [{', '.join(finding.claims)}]"
    if finding.events:
        head += f" events [{', '.join(finding.events)}]"
    body = textwrap.wrap(finding.message, _WIDTH - 11)
    lines = [head] + [f"           {line}" for line in body]
    if finding.waiver is not None:
        lines.append(
            f"           waived by {finding.waiver.by} on {finding.waiver.date}: "
            f"{finding.waiver.reason}"
        )
    return lines


def summary_line(run: RunResult) -> str:
    counts = run.counts()
    statuses = ", ".join(
        f"{counts[s.value]} {s.value}" for s in ArticleStatus if counts.get(s.value)
    ) or "nothing checked"
    findings = [f for a in run.articles for f in a.findings if f.status is Status.OPEN]
    by_level = ", ".join(
        f"{n} {level.value}{'s' if n != 1 else ''}"
        for level in reversed(Severity)
        if (n := sum(f.severity is level for f in findings))
    ) or "no findings"
    expected = sum(
        len(a.findings) for a in run.articles if a.expectation is not None and a.expectation.met
    )
    if expected:
        by_level += f" ({expected} of them expected by their fixtures)"
    return f"{len(run.articles)} article(s): {statuses}; {by_level}."
