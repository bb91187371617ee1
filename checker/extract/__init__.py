"""A draft extractor: from an article's text to article data (``claimcheck/article/1``).

Rule-based and table-driven (``tables/<language>.json``): every item it writes carries its
``location`` offsets, ``origin: "extracted"`` and a ``confidence``, so a person can correct the
draft and reports can tell a misread article from an inconsistent one. Time expressions come
from :mod:`checker.timex` when it is installed.
"""

from checker.extract.document import ExtractError, RawArticle, read_article, read_html, read_text
from checker.extract.language import detect_language
from checker.extract.pipeline import extract, extract_file

__all__ = [
    "ExtractError",
    "RawArticle",
    "detect_language",
    "extract",
    "extract_file",
    "read_article",
    "read_html",
    "read_text",
]
