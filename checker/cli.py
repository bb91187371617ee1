"""The ``claimcheck`` command: check, validate, and read the rules' documentation.

Exit codes: 0 nothing at or above ``fail_on``; 1 findings at or above it (or a rule crashed);
2 bad input or usage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import click

from checker.api import check_paths, load_paths
from checker.config import ConfigError, Settings, load_settings, parse_fail_on
from checker.extract import command as extract_command
from checker.loading import discover
from checker.registry import load_registry
from checker.reporters import github, json_report, junit, sarif, text
from checker.runner import RunResult

FORMATS: dict[str, Callable[[RunResult], str]] = {
    "text": text.render,
    "json": json_report.render,
    "junit": junit.render,
    "sarif": sarif.render,
    "github": github.render,
}
HTML_OUTPUT = Path("reports")


def _patterns(values: tuple[str, ...]) -> tuple[str, ...] | None:
    found = tuple(p.strip() for value in values for p in value.split(",") if p.strip())
    return found or None


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    return settings.with_overrides(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
def main() -> None:
    """Check a news article's claims against each other: figures, dates, sources."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted([*FORMATS, "html"])), default="text",
              show_default=True, help="How to print the report.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write the report to this file instead of standard output "
              "(for html: a folder, default reports/).")
@click.option("--select", multiple=True, help="Rule ids or globs to run (comma-separated).")
@click.option("--ignore", multiple=True, help="Rule ids or globs to skip (comma-separated).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Lowest severity that fails the run (default: error).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML file with the settings (else the nearest pyproject.toml).")
@click.option("--verbose", "-v", is_flag=True, help="List passing articles too.")
@click.option("--published", help="Publication date of article texts (.txt), YYYY-MM-DD.")
@click.option("--lang", "language", type=click.Choice(extract_command.LANGUAGES), default="auto",
              help="Language of article texts and pages (default: auto).")
def check(paths: tuple[str, ...], fmt: str, output: Path | None, select: tuple[str, ...],
          ignore: tuple[str, ...], fail_on: str | None, config: Path | None,
          verbose: bool, published: str | None, language: str) -> None:
    """Check the articles in PATHS (files, folders or globs) and report the findings."""
    settings = _settings(config, select=_patterns(select), ignore=_patterns(ignore))
    if fail_on is not None:
        settings = replace(settings, fail_on=parse_fail_on(fail_on))
    try:
        if any(map(extract_command.is_article_text, paths)):
            run = extract_command.check_with_extraction(paths, settings, published, language)
        else:
            run = check_paths(paths, settings)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt == "html":
        from checker.reporters import html  # Jinja2 is loaded only for HTML reports

        index = html.write(run, output or HTML_OUTPUT)
        click.echo(f"HTML report written to {index}", err=True)
        sys.exit(run.exit_code)
    rendered = text.render(run, verbose) if fmt == "text" else FORMATS[fmt](run)
    _emit(rendered, output)
    sys.exit(run.exit_code)


def _emit(rendered: str, output: Path | None) -> None:
    if output is None:
        click.echo(rendered, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(rendered, encoding="utf-8")
    click.echo(f"report written to {output}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(paths: tuple[str, ...], config: Path | None) -> None:
    """Check that PATHS hold valid article data, without running any rule."""
    settings = _settings(config)
    files, problems = discover(paths)
    bad = len(problems)
    for problem in problems:
        click.echo(problem.describe())
    count = 0
    for loaded in load_paths(files, settings):
        count += 1
        if loaded.article is None:
            bad += 1
            for problem in loaded.problems:
                click.echo(problem.describe())
    click.echo(f"{count} article(s) read, {count - bad + len(problems)} valid, "
               f"{bad - len(problems)} invalid.")
    sys.exit(2 if bad else 0)


@main.command()
@click.argument("rule_id", required=False)
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def rules(rule_id: str | None, config: Path | None) -> None:
    """List the rules, or print the documentation of RULE_ID."""
    settings = _settings(config)
    registry = load_registry(settings.plugins, settings.root)
    for problem in registry.problems:
        click.echo(f"plugin {problem.plugin}: {problem.message}", err=True)
    if rule_id is None:
        width = max((len(r) for r in registry.rules), default=0)
        for definition in registry.rules.values():
            click.echo(f"{definition.id:<{width}}  {definition.severity.value:<7}  "
                       f"{definition.summary}")
        sys.exit(2 if registry.problems else 0)
    chosen = registry.get(rule_id)
    if chosen is None:
        raise click.UsageError(f"no rule {rule_id!r}; `claimcheck rules` lists them")
    click.echo(chosen.documentation(), nl=False)
main.add_command(extract_command.extract)

if __name__ == "__main__":
    main()
