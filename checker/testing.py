"""A small kit for testing rules: build article documents in a line, check them, read the verdict.

Rule authors use it the way they would use pytest's own helpers::

    doc = article(claims=[figure("a", "più di 10.000 soldati", "more_than", 10000),
                          figure("b", "3.000 soldati", "exact", 3000)])
    assert fired(check_document(doc, "numbers.conflicting-values")) == {
        ("numbers.conflicting-values", ("a", "b"))}
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from checker.config import Settings
from checker.loading import load_document
from checker.registry import Rule, load_registry
from checker.runner import ArticleResult, judge


def article(**fields: Any) -> dict[str, Any]:
    """A valid article document; any field can be given or overridden."""
    document: dict[str, Any] = {
        "schema": "claimcheck/article/1",
        "id": "test-article",
        "language": "it",
        "published": "2025-02-27",
        "title": "Titolo di prova",
    }
    document.update(fields)
    return document


def figure(
    claim_id: str,
    text: str,
    qualifier: str = "exact",
    value: float | None = None,
    *,
    measure: str = "troops_deployed",
    subject: str | None = "north-korean-soldiers",
    unit: str = "soldier",
    **claim_fields: Any,
) -> dict[str, Any]:
    """A claim carrying a quantity; ``low``/``high``/``magnitude`` may go in ``claim_fields``."""
    quantity: dict[str, Any] = {"measure": measure, "unit": unit, "qualifier": qualifier}
    if subject is not None:
        quantity["subject"] = subject
    if value is not None:
        quantity["value"] = value
    for key in ("low", "high", "magnitude", "scope"):
        if key in claim_fields:
            quantity[key] = claim_fields.pop(key)
    return {"id": claim_id, "text": text, "quantity": quantity, **claim_fields}


def check_document(
    document: dict[str, Any],
    rules: str | Iterable[str] | Iterable[Rule] = "*",
    settings: Settings | None = None,
) -> ArticleResult:
    """Validate and check one document with the named rules (ids or globs) or rule objects."""
    settings = settings or Settings()
    loaded = load_document(document, "<test>", None, settings)
    named = [rules] if isinstance(rules, str) else list(rules)
    chosen = [r for r in named if isinstance(r, Rule)]
    patterns = [r for r in named if isinstance(r, str)]
    if patterns:
        chosen += load_registry(settings.plugins, settings.root).select(patterns, ())
    return judge(loaded, chosen, settings)


def fired(result: ArticleResult) -> set[tuple[str, tuple[str, ...]]]:
    """The (rule, claims) pairs of a result's findings: what a rule test compares."""
    return {(f.rule, tuple(sorted(f.claims))) for f in result.findings}
