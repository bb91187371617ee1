"""The ``claimcheck`` command: check, validate, and read the rules' documentation.

Exit codes: 0 nothing at or above ``fail_on``; 1 findings at or above it (or a rule crashed);
2 bad input or usage.

Start-up is kept short: a reporter is imported when its format is chosen, and the extractor
(a third of the start-up time) only when an article's text or page is checked or extracted.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

import click

from checker.api import check_paths, load_paths
from checker.config import ConfigError, Settings, load_settings, parse_fail_on
from checker.loading import discover
from checker.registry import load_registry
from checker.runner import RunResult

FORMATS = ("text", "json", "junit", "sarif", "github", "html")
HTML_OUTPUT = Path("reports")
AUTO = "auto"
# Paths that name article data or a folder, never an article's text or page.
_DATA_SUFFIXES = (".json", ".jsonl")


class _LazyCommand(click.Command):
    """A command listed by its summary, imported (``module:attribute``) only when it runs or
    its own help is asked for."""

    def __init__(self, name: str, target: str, summary: str) -> None:
        super().__init__(name, help=summary, add_help_option=False)
        self.target = target

    def load(self) -> click.Command:
        module, _, attribute = self.target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command), self.target
        return command


class _Commands(click.Group):
    """The group of commands, some of them lazy: resolving one to run it imports it."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        if isinstance(command, _LazyCommand):
            command = command.load()
        return name, command, rest


class _TextLanguage(click.Choice):
    """``--lang``: auto, or a language the extractor has tables for. The extractor is imported
    to list or check another value, never for the default."""

    def __init__(self) -> None:  # the choices are read when first needed, not here
        self.case_sensitive = True

    @cached_property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        from checker.extract.command import LANGUAGES

        return LANGUAGES

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return value if value == AUTO else super().convert(value, param, ctx)


def _patterns(values: tuple[str, ...]) -> tuple[str, ...] | None:
    found = tuple(p.strip() for value in values for p in value.split(",") if p.strip())
    return found or None


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    return settings.with_overrides(**overrides)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
def main() -> None:
    """Check a news article's claims against each other: figures, dates, sources."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
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
@click.option("--lang", "language", type=_TextLanguage(), default=AUTO,
              help="Language of article texts and pages (default: auto).")
def check(paths: tuple[str, ...], fmt: str, output: Path | None, select: tuple[str, ...],
          ignore: tuple[str, ...], fail_on: str | None, config: Path | None,
          verbose: bool, published: str | None, language: str) -> None:
    """Check the articles in PATHS (files, folders or globs) and report the findings."""
    settings = _settings(config, select=_patterns(select), ignore=_patterns(ignore))
    if fail_on is not None:
        settings = replace(settings, fail_on=parse_fail_on(fail_on))
    try:
        run = _check_extracting(paths, settings, published, language)
        if run is None:
            run = check_paths(paths, settings)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    if fmt == "html":
        from checker.reporters import html  # Jinja2 is loaded only for HTML reports

        index = html.write(run, output or HTML_OUTPUT)
        click.echo(f"HTML report written to {index}", err=True)
        sys.exit(run.exit_code)
    _emit(_render(fmt, run, verbose), output)
    sys.exit(run.exit_code)


def _check_extracting(paths: Sequence[str], settings: Settings, published: str | None,
                      language: str) -> RunResult | None:
    """The run with article texts and pages extracted first; None when no path is one.
    Article data and folders never are, so checking them does not import the extractor."""
    if all(p.lower().endswith(_DATA_SUFFIXES) or Path(p).is_dir() for p in paths):
        return None
    from checker.extract import command

    if not any(map(command.is_article_text, paths)):
        return None
    return command.check_with_extraction(paths, settings, published, language)


def _render(fmt: str, run: RunResult, verbose: bool) -> str:
    """The report in ``fmt``; only the chosen format's reporter is imported."""
    match fmt:
        case "json":
            from checker.reporters import json_report

            return json_report.render(run)
        case "junit":
            from checker.reporters import junit

            return junit.render(run)
        case "sarif":
            from checker.reporters import sarif

            return sarif.render(run)
        case "github":
            from checker.reporters import github

            return github.render(run)
    from checker.reporters import text

    return text.render(run, verbose)


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


main.add_command(_LazyCommand(
    "extract", "checker.extract.command:extract",
    "Draft article data from an article's text or HTML page (check and correct it).",
))

if __name__ == "__main__":
    main()
