"""GitHub Actions workflow commands: one annotation line per open finding.

``::error file=F,line=L,title=T::message`` puts the finding beside the claim's line in the
article file in the pull request's diff view (see GitHub's "Workflow commands" documentation).
Waived findings are not annotated; invalid articles are errors at their file and line.
"""

from __future__ import annotations

from checker.findings import Finding, Severity, Status
from checker.reporters.lines import claim_line
from checker.reporters.text import summary_line
from checker.runner import ArticleResult, RunResult

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, file: str | None = None, line: int | None = None,
            title: str | None = None) -> str:
    """One workflow command line, with its properties and message escaped."""
    props = []
    if file:
        props.append(f"file={_property(file)}")
    if line:
        props.append(f"line={line}")
    if title:
        props.append(f"title={_property(title)}")
    head = f"::{level} {','.join(props)}" if props else f"::{level}"
    return f"{head}::{_data(message)}"


def render(run: RunResult) -> str:
    lines: list[str] = []
    for problem in run.input_problems:
        lines.append(command("error", problem.message, problem.file, problem.line,
                             "claimcheck: bad input"))
    for plugin in run.plugin_problems:
        lines.append(command("error", plugin.message, title=f"claimcheck plugin {plugin.plugin}"))
    for result in run.articles:
        lines.extend(_article(result))
    lines.append(summary_line(run))
    return "\n".join(lines) + "\n"


def _article(result: ArticleResult) -> list[str]:
    lines = [
        command("error", problem.message, problem.file, problem.line or 1,
                f"claimcheck: invalid article {result.label}" + (f" at {problem.path}"
                                                                 if problem.path else ""))
        for problem in result.problems
    ]
    expectation = result.expectation
    # A fixture's expected findings are the point of it: only its differences need attention.
    shown = result.findings if expectation is None else expectation.unexpected
    lines += [_finding(result, f) for f in shown if f.status is Status.OPEN]
    if expectation is not None and not expectation.met:
        for missing in expectation.missing:
            lines.append(command(
                "error",
                f"expected {missing.rule} on {', '.join(missing.claims or ()) or 'any claims'}, "
                "which did not occur",
                result.file, result.line or 1, f"claimcheck: {result.label} expect list not met",
            ))
    return lines


def _finding(result: ArticleResult, finding: Finding) -> str:
    first = finding.claims[0] if finding.claims else None
    line = claim_line(result.file, result.line, first)
    return command(LEVELS[finding.severity], finding.message, result.file, line,
                   f"{finding.rule} ({result.label})")
