"""Reading an article's text: plain text (first line the title) or an HTML page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class ExtractError(ValueError):
    """The input cannot be turned into article data; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as text: its title and body, and what the page itself said, if anything."""

    title: str
    body: str
    published: str | None = None
    url: str | None = None


def read_article(path: Path, title: str | None = None) -> RawArticle:
    """The article in ``path``: HTML by its suffix or content, plain text otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ExtractError(f"{path}: the file is empty, there is no article to extract")
    if b"\x00" in data[:4096]:
        raise ExtractError(f"{path}: holds binary data, not an article's text or HTML page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractError(
            f"{path}: is not UTF-8 text (byte {exc.start} cannot be decoded); "
            "save the article as UTF-8 text or HTML"
        ) from None
    looks_html = text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    if path.suffix.lower() in HTML_SUFFIXES or looks_html:
        return read_html(text, title, str(path))
    return read_text(text, title, str(path))


def read_text(text: str, title: str | None = None, name: str = "text") -> RawArticle:
    """Plain text: the first non-blank line is the title, unless ``title`` is given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if title is None:
        stripped = text.lstrip()
        first, _, rest = stripped.partition("\n")
        title, body = first.strip(), rest
    else:
        body = text
    body = unwrap(body.strip("\n").rstrip())
    if not title.strip():
        raise ExtractError(f"{name}: the article has no title")
    return RawArticle(title=title.strip(), body=body, published=stamped_date(body))


_STAMP_LINES = 5


def stamped_date(body: str) -> str | None:
    """The day a page's stamp near the top gives ("Published: 27 February 2025", "Pubblicato
    il 27 febbraio 2025"), written in full with its year; None when there is none."""
    from checker.extract import times
    from checker.extract.tables import available_languages, load_table

    lines = [line.strip() for line in body.split("\n") if line.strip()][:_STAMP_LINES]
    for language in available_languages():
        table = load_table(language)
        for line in lines:
            if not table.stamp.match(line):
                continue
            for mention in times.find_times(line, language, date.today()):
                value = mention.value or ""
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) and value[:4] in line:
                    return value[:10]
    return None


# A line that ends a sentence, a heading's colon or a quotation: the next line may start anew.
_LINE_END = re.compile(r"[.!?:;\"”»)]\s*$")
_WRAP_WIDTH = 100


def unwrap(body: str) -> str:
    """Text wrapped at a fixed width (wire copy, e-mail), with paragraphs between blank lines,
    as one line per paragraph: a sentence cut across lines is one sentence again. Text whose
    paragraphs are lines already is left as it is."""
    lines = body.split("\n")
    if max(map(len, lines), default=0) > _WRAP_WIDTH:
        return body
    soft = sum(1 for before, after in zip(lines, lines[1:], strict=False)
               if before.strip() and after.strip() and not _LINE_END.search(before)
               and after.lstrip()[:1].islower())
    if soft < 2:
        return body
    joined = [lines[0]]
    for before, line in zip(lines, lines[1:], strict=False):
        if before.strip() and line.strip():
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    return "\n".join(joined)


def read_html(html: str, title: str | None = None, name: str = "page") -> RawArticle:
    """An HTML page: main text, title and publication date, taken by trafilatura."""
    import trafilatura  # imported here: 0.4 s, and only HTML input needs it

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if extracted is None:
        raise ExtractError(f"{name}: no article text found in the HTML page")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = (data.get("text") or "").strip()
    if not body:
        raise ExtractError(f"{name}: no article text found in the HTML page")
    page_title = title or (data.get("title") or "").strip()
    first, _, rest = body.partition("\n")
    if not page_title or _same_words(first, page_title):
        # the page's headline, when the text repeats it, is the title and not the lead
        page_title, body = page_title or first.strip(), rest.strip("\n")
    return RawArticle(
        title=page_title, body=body, published=data.get("date") or None, url=data.get("url")
    )


def _same_words(line: str, title: str) -> bool:
    words = re.findall(r"\w+", line.casefold())
    return bool(words) and words == re.findall(r"\w+", title.casefold())[:len(words)] \
        and len(words) >= len(re.findall(r"\w+", title.casefold())) // 2
