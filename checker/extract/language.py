"""Which table to use for ``--lang auto``: the language whose stopwords the text uses most."""

from __future__ import annotations

import re

from checker.extract.tables import available_languages, load_table

_WORD = re.compile(r"\w+", re.UNICODE)


def detect_language(text: str, default: str = "en") -> str:
    """A cheap, deterministic guess from stopword counts over the first few thousand words."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    best, best_score = default, 0
    for code in available_languages():
        stopwords = load_table(code).stopwords
        score = sum(1 for w in words if w in stopwords)
        if score > best_score:
            best, best_score = code, score
    return best
