"""``claimcheck extract``, and ``claimcheck check`` on an article's text or HTML page."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from checker.api import load_paths, selected_rules
from checker.config import Settings
from checker.extract.document import HTML_SUFFIXES, ExtractError
from checker.extract.pipeline import extract_file
from checker.extract.tables import UnknownLanguage, available_languages
from checker.loading import LoadedArticle, discover, load_document
from checker.registry import load_registry
from checker.runner import RunResult, check_loaded
from checker.validation import InputProblem

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
LANGUAGES = ("auto", *available_languages())


def is_article_text(path: str) -> bool:
    return path.lower().endswith(TEXT_SUFFIXES)


@click.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date, YYYY-MM-DD (an HTML page may give it).")
@click.option("--lang", "language", type=click.Choice(LANGUAGES), default="auto",
              show_default=True, help="The article's language.")
@click.option("--title", help="The title, when the file holds only the body.")
@click.option("--id", "article_id", help="The article id (default: from the file name).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the article data to this file instead of standard output.")
def extract(article: Path, published: str | None, language: str, title: str | None,
            article_id: str | None, output: Path | None) -> None:
    """Draft article data from an article's text or HTML page (check and correct it)."""
    try:
        document = extract_file(article, published, language, title, article_id)
    except (ExtractError, UnknownLanguage) as exc:
        raise click.UsageError(str(exc)) from None
    rendered = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(rendered, nl=False)
    else:
        output.write_text(rendered, encoding="utf-8")
        click.echo(f"article data written to {output}", err=True)
    sys.exit(0)


def check_with_extraction(paths: Sequence[str], settings: Settings, published: str | None,
                          language: str = "auto") -> RunResult:
    """Like :func:`checker.check_paths`, with article texts and HTML pages extracted first."""
    texts = [p for p in paths if is_article_text(p) and Path(p).is_file()]
    others = [p for p in paths if p not in texts]
    # Without --published, each text must give its own date (an HTML page's metadata, a
    # "Published:" stamp); one that does not is reported as invalid, the others are checked.
    registry = load_registry(settings.plugins, settings.root)
    rules = selected_rules(registry, settings)
    files, problems = discover(others) if others else ([], [])
    documents = _extracted(texts, settings, published, language)
    loaded = _chain(documents, load_paths(files, settings))
    return check_loaded(loaded, rules, settings, registry.problems, problems)


def _extracted(texts: Sequence[str], settings: Settings, published: str | None,
               language: str) -> Iterator[LoadedArticle]:
    for name in texts:
        try:
            document = extract_file(Path(name), published, language)
        except (ExtractError, UnknownLanguage) as exc:
            yield LoadedArticle(name, None, name, None, (InputProblem(name, str(exc)),))
            continue
        yield load_document(document, name, None, settings)


def _chain(*parts: Iterator[LoadedArticle]) -> Iterator[LoadedArticle]:
    for part in parts:
        yield from part
