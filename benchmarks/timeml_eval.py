"""Scores checker.timex.find_times against any TimeML corpus you have at hand.

    python benchmarks/timeml_eval.py DIR [DIR ...] [--verbose] [--language en]

Reads every ``*.tml`` file under the folders given: the publication date from the TIMEX3
whose ``functionInDocument`` is CREATION_TIME (or PUBLICATION_TIME), the text from the TEXT
element (other tags dropped, their words kept), and the gold TIMEX3 elements inside it with
their offsets. The
counts are those of ``benchmarks/timex_eval.py``: a gold expression is *found* when a
mention overlaps it and its *value* is right when an overlapping mention carries the same
TIMEX3 value; precision counts the mentions that overlap some gold expression.

No corpus ships with claimcheck: TimeML corpora (TimeBank, the TempEval-3 sets) come with
their own licences. Use this to develop on news other than MEANTIME's development half, so
that MEANTIME's held-out half stays a fair test. Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timex_eval import percent, same_value, values_at  # the same figures as the MEANTIME scorer

from checker.timex import find_times

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CREATION = re.compile(r"<TIMEX3[^>]*functionInDocument=\"(?:CREATION|PUBLICATION)_TIME\"[^>]*>")
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.DOTALL)
# TimeBank 1.2's own files have no <TEXT>: the story runs from the creation time to the links.
_LINKS = re.compile(r"<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b|</TimeML>")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass
class Document:
    name: str
    published: date
    text: str
    gold: list[Gold]


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    right_value: int = 0
    predicted: int = 0
    matching: int = 0
    lines: list[str] = field(default_factory=list)


def read_timeml(path: Path) -> Document | None:
    """The text and gold times of one TimeML file; None when it has no creation time or text."""
    raw = path.read_text(encoding="utf-8")
    creation, body = _CREATION.search(raw), _TEXT.search(raw)
    if creation is None:
        return None
    if body is not None:
        source = body.group(1)
    else:
        start = raw.find("</TIMEX3>", creation.end())
        links = _LINKS.search(raw, start)
        if start < 0 or links is None:
            return None
        source = raw[start + len("</TIMEX3>"):links.start()]
    value = dict(_ATTRIBUTE.findall(creation.group(0))).get("value", "")
    try:
        published = date.fromisoformat(value[:10])
    except ValueError:
        return None
    pieces: list[str] = []
    length = 0
    gold: list[Gold] = []
    opened: tuple[int, dict[str, str]] | None = None
    cursor = 0
    for tag in _TAG.finditer(source):
        words = html.unescape(source[cursor:tag.start()])
        pieces.append(words)
        length += len(words)
        cursor = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            opened = (length, dict(_ATTRIBUTE.findall(attributes)))
        elif opened is not None:
            start, attrs = opened
            text = "".join(pieces)[start:length]
            gold.append(Gold(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
            opened = None
    pieces.append(html.unescape(source[cursor:]))
    return Document(path.stem, published, "".join(pieces), gold)


def score(document: Document, language: str, total: Score) -> None:
    mentions = find_times(document.text, language, document.published)
    for item in document.gold:
        total.gold += 1
        label = f"{document.name} {document.published} {item.text!r} {item.kind} {item.value}"
        hits = [m for m in mentions if m.start < item.end and item.start < m.end]
        if not hits:
            total.lines.append("missed  " + label)
            continue
        total.found += 1
        if any(same_value(value, item.value)
               for m in hits for value in values_at(m, item.start, item.end)):
            total.right_value += 1
        else:
            got = ", ".join(f"{m.expression!r}={m.value}" for m in hits)
            total.lines.append(f"wrong   {label} -> {got}")
    for mention in mentions:
        total.predicted += 1
        if any(g.start < mention.end and mention.start < g.end for g in document.gold):
            total.matching += 1
        else:
            total.lines.append(f"extra   {document.name} {document.published} "
                               f"{mention.expression!r} {mention.kind} {mention.value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args()
    total = Score()
    files = sorted(p for folder in args.folders for p in folder.rglob("*.tml"))
    documents = [d for p in files if (d := read_timeml(p)) is not None]
    for document in documents:
        score(document, args.language, total)
    print(f"{len(documents)} TimeML documents ({len(files) - len(documents)} skipped: no "
          "creation time or text)")
    print(f"  gold time expressions          {total.gold}")
    print(f"  found (recall)                 {total.found:4d}  {percent(total.found, total.gold)}")
    print(f"  correct value (of all gold)    {total.right_value:4d}  "
          f"{percent(total.right_value, total.gold)}")
    print(f"  precision (overlap gold)       {total.matching:4d}  "
          f"{percent(total.matching, total.predicted)} of {total.predicted} mentions")
    if args.verbose:
        for line in total.lines:
            print("    " + line)


if __name__ == "__main__":
    main()
