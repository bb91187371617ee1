"""Sentences and clauses with their offsets.

A small splitter of our own: pysbd gives the same splits on news text but costs about 165 ms for
a 3 KB article, which alone would break the 100 articles per second target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.extract.tables import LanguageTable

# A sentence ends at its stop before a capital; a list item at its bullet ("• ", " * ").
_END = re.compile(r"[.!?…]+[\"”»’')\]]*\s+(?=[\"“«'(\[]?[A-ZÀ-Ý0-9])"
                  r"|(?P<bullet>\s+[*•·]\s+)(?=[\"“«]?[A-ZÀ-Ý])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_QUOTE = re.compile(r"[\"“«](?P<inner>[^\"”»“«]{12,}?)[\"”»]")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text and where it stands in its field."""

    start: int
    end: int
    text: str
    quoted: bool = False
    # Cut off by a contrast ("..., ma hanno firmato"): the sentence's speaker may not say it.
    detached: bool = False
    # What a speaker is reported to have said: "ha dichiarato che <this>".
    reported: bool = False


def sentences(text: str, offset: int, table: LanguageTable) -> list[Span]:
    """The sentences of ``text``, which starts at ``offset`` in its field."""
    found: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        before = _WORD_BEFORE.search(text[start:match.start()])
        word = before.group(1).lower().rstrip(".") if before else ""
        if word in table.abbreviations or (len(word) == 1 and word.isalpha()):
            continue
        _add(found, text, start, match.start() if match.group("bullet") else match.end(), offset)
        start = match.end()
    _add(found, text, start, len(text), offset)
    return found


def _add(found: list[Span], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.rstrip()
    lead = len(piece) - len(piece.lstrip())
    if stripped.strip():
        found.append(Span(offset + start + lead, offset + start + len(stripped),
                          stripped[lead:]))


def clauses(sentence: Span, table: LanguageTable) -> list[Span]:
    """A sentence cut at contrasts and semicolons, and quoted speech apart from its frame."""
    pieces: list[Span] = []
    text, base = sentence.text, sentence.start
    cursor = 0
    for quote in _QUOTE.finditer(text):
        if not _speech(text, quote, table):
            continue
        if quote.start() > cursor:
            pieces.extend(_cut(text, cursor, quote.start(), base, table))
        inner_start, inner_end = quote.start("inner"), quote.end("inner")
        inner = text[inner_start:inner_end].rstrip(" ,.")
        pieces.append(Span(base + inner_start, base + inner_start + len(inner), inner, True))
        cursor = quote.end()
    pieces.extend(_cut(text, cursor, len(text), base, table))
    pieces = [part for piece in pieces for part in _reported(piece, table)]
    return [p for p in pieces if len(p.text.split()) >= 2] or [sentence]


def _speech(text: str, quote: re.Match[str], table: LanguageTable) -> bool:
    """Quoted speech opens the sentence, follows a colon, or is followed by a speech verb;
    a quoted name ("Trattato di partenariato...") is not speech."""
    before = text[:quote.start()].rstrip()
    if not before or before.endswith(":"):
        return True
    return bool(table.attribution_verbs.match(text[quote.end():].lstrip(" ,")))


def _reported(span: Span, table: LanguageTable) -> list[Span]:
    """"X ha dichiarato che Y": the frame and the reported content Y as separate clauses."""
    if span.quoted:
        return [span]
    for verb in table.attribution_verbs.finditer(span.text):
        match = table.reported_that_pattern.match(span.text, verb.end()) \
            or _bare_report(span.text, verb, table)
        if match:
            cut, said = match.end(), match.end("when") if match.group("when") else verb.end()
            frame = Span(span.start, span.start + said, span.text[:said])
            content = Span(span.start + cut, span.end, span.text[cut:], reported=True)
            if len(content.text.split()) >= 3:
                return [frame, content]
    return [span]


def _bare_report(text: str, verb: re.Match[str], table: LanguageTable) -> re.Match[str] | None:
    """"the agency said there had been no sign": reported speech without "that", after a verb
    that takes no object, once its subject stands before it (not "..., said the agency")."""
    if verb.group(0).lower() not in table.word_set("bare_reporting_verbs"):
        return None
    if not text[:verb.start()].strip() or text[:verb.start()].rstrip()[-1] in ",\"“”«»'":
        return None
    return table.bare_report_opener.match(text, verb.end())


def _cut(text: str, start: int, end: int, base: int, table: LanguageTable) -> list[Span]:
    breaks = table.get("clause_breaks", [])
    detaching = table.word_set("detaching_breaks")
    spans, cursor, detached = [], start, False
    points = sorted({(at, b) for b in breaks for at in _all(text, b, start, end)})
    for at, mark in points:
        if at < cursor:
            continue
        spans.append(_trim(text, cursor, at, base, detached))
        cursor, detached = at + len(mark), mark in detaching
    spans.append(_trim(text, cursor, end, base, detached))
    return [s for s in spans if s.text]


def _all(text: str, needle: str, start: int, end: int) -> Iterator[int]:
    at = text.find(needle, start, end)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1, end)


def _trim(text: str, start: int, end: int, base: int, detached: bool = False) -> Span:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(" ,;:\"”»"))
    right = len(piece.rstrip(" ,;:\"“«"))
    if right <= left:
        return Span(base + start, base + start, "", detached=detached)
    return Span(base + start + left, base + start + right, piece[left:right], detached=detached)
