"""The parts of an article: title, lead, body paragraphs, related links, captions, credits
(bylines, datelines, update stamps), sub-headings.

Offsets are into the field (``title`` or ``body``) the part comes from. Related links and credits
are told apart from the story by the table's prefixes; a sub-heading glued to the next paragraph
("Soldati nordcoreani in RussiaLa Corea...") is cut off so it never starts a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.tables import LanguageTable

# A short heading glued to a paragraph: a word of three or more letters straight before the
# capitalised function word that opens the paragraph ("in RussiaLa Corea"). Brand and name
# spellings ("iPod", "MacBook", "McCain", "PowerPoint") join words that are no function words.
_GLUED = re.compile(
    r"^(?P<head>[^\n.!?:;]{3,80}?[A-Za-zÀ-ÿ][a-zà-ÿ]{2})(?=(?P<opener>[A-ZÀ-Ý][a-zà-ÿ'’]*))"
)
_SIGNATURE = re.compile(r"^[\w'’&.-]+(?: [\w'’&.-]+){0,2}$")
# A wire dateline opening the first paragraph: "SEOUL, Feb 27 (Reuters) - ", "WASHINGTON (AP) —
# ", "(ANSA) - ROMA, 27 FEB - ". The place is in capitals; the date is when the story was
# filed, not when anything in it happened, so it starts no claim.
_DATELINE = re.compile(
    r"^(?:\((?P<wire_before>[^)\n]{2,25})\)\s*[-–—]+\s*)?"
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ /-][A-ZÀ-Ý][A-ZÀ-Ý'’.]+){0,3}"
    r"(?:,\s*[^()\n–—-]{1,25}?)?"
    r"\s*(?:\((?P<wire_after>[^)\n]{2,25})\))?\s*[-–—]+\s+(?=\S)"
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of one field that belongs to one section of the article."""

    field: str
    start: int
    end: int
    section: str
    text: str


@dataclass(frozen=True, slots=True)
class Layout:
    segments: tuple[Segment, ...]
    credits: tuple[str, ...]
    headings: tuple[Segment, ...]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        lead = len(line) - len(line.lstrip())
        trail = len(line.rstrip())
        if line.strip():
            spans.append((start + lead, start + trail))
        start = end + 1
    return spans


def layout(title: str, body: str, table: LanguageTable) -> Layout:
    segments = [Segment("title", 0, len(title), "title", title)]
    credits: list[str] = []
    headings: list[Segment] = []
    lines = _lines(body)
    # Trailing short lines without sentence punctuation are signatures (author, desk, outlet).
    last_text = len(lines)
    while last_text > 0:
        s, e = lines[last_text - 1]
        line = body[s:e]
        if _SIGNATURE.match(line) and not line.endswith((".", "!", "?")) and last_text > 1:
            last_text -= 1
        else:
            break
    for s, e in lines[last_text:]:
        credits.append(body[s:e])
    lead_done = False
    openers = table.word_set("articles") | table.word_set("leading_words") \
        | table.word_set("pronouns") | table.stopwords
    for s, e in lines[:last_text]:
        line = body[s:e]
        related = table.related.match(line)
        if related:
            segments.append(Segment("body", s + related.end(), e, "related", line[related.end():]))
            continue
        caption = table.caption.match(line)
        if caption:
            segments.append(Segment("body", s + caption.end(), e, "caption",
                                    line[caption.end():]))
            continue
        if table.stamp.match(line) or table.note.match(line):
            segments.append(Segment("body", s, e, "credit", line))
            continue
        credit = table.credit.match(line)
        if credit:
            credits[:0] = [w for w in _wires(credit.group("who"), table)] \
                or _credited(credit.group("who"), table)
            segments.append(Segment("body", s, e, "credit", line))
            continue
        byline = table.byline.match(line) if not lead_done else None
        if byline:
            credits.append(byline.group("who"))
            segments.append(Segment("body", s, e, "credit", line))
            continue
        dateline = _DATELINE.match(line) if not lead_done else None
        if dateline:
            wire = dateline.group("wire_before") or dateline.group("wire_after")
            if wire:
                credits[:0] = _wires(wire, table) or [wire]
            cut, told = dateline.end(), line[:dateline.end()].rstrip(" -–—")
            segments.append(Segment("body", s, s + len(told), "credit", told))
            s, line = s + cut, line[cut:]
        glued = _GLUED.match(line)
        if glued and 2 <= len(glued.group("head").split()) <= 8 \
                and glued.group("opener").lower() in openers:
            cut = glued.end("head")
            headings.append(Segment("body", s, s + cut, "heading", line[:cut]))
            s, line = s + cut, line[cut:]
        section = "body" if lead_done else "lead"
        lead_done = True
        segments.append(Segment("body", s, e, section, line))
    return Layout(tuple(segments), tuple(dict.fromkeys(credits)), tuple(headings))


def _wires(text: str, table: LanguageTable) -> list[str]:
    return [m.group(0) for m in table.wires.finditer(text)]


def _credited(text: str, table: LanguageTable) -> list[str]:
    """"Hyonhee Shin; Editing by Ed Davies": each person credited, without their role."""
    role = table.line_opening("credit_roles")
    return [role.sub("", part.strip(), count=1) for part in text.split(";") if part.strip()]
