"""Line numbers inside article files, so CI annotations and pytest point at real places.

A claim's finding is shown at the line of the claim's ``"id"`` in its ``*.article.json`` file;
in JSON Lines every article is one line, so that line is the place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=256)
def _lines(file: str) -> tuple[str, ...]:
    try:
        return tuple(Path(file).read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        return ()


def first_line_matching(file: str, pattern: str, default: int = 1) -> int:
    """The 1-based line of the first match of ``pattern`` in ``file``, else ``default``."""
    compiled = re.compile(pattern)
    for number, text in enumerate(_lines(file), start=1):
        if compiled.search(text):
            return number
    return default


def claim_line(file: str, article_line: int | None, claim_id: str | None) -> int:
    """Where a claim is written: its article's line in JSON Lines, its ``id`` line otherwise."""
    if article_line is not None:
        return article_line
    if claim_id is None:
        return 1
    return first_line_matching(file, rf'"id"\s*:\s*{re.escape(_json_string(claim_id))}')


def expectation_line(file: str, article_line: int | None, rule_id: str) -> int:
    """Where an article expects a rule's findings, else its first line."""
    if article_line is not None:
        return article_line
    return first_line_matching(file, rf'"rule"\s*:\s*{re.escape(_json_string(rule_id))}')


def _json_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
