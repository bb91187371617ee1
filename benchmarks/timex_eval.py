"""Scores checker.timex.find_times against the MEANTIME gold time expressions.

    python benchmarks/timex_eval.py [--verbose] [--data PATH]

The 120 Wikinews articles of ../shared/eval/meantime (CC BY 4.0, see its README) are split
in file order: the first 60 are the development set, the last 60 are reported separately and
never tuned to. English: a gold expression is *found* when a mention overlaps it, and its
*value* is right when an overlapping mention carries the same TIMEX3 value; precision counts
the mentions that overlap some gold expression, among the mentions in the annotated part of
each article: MEANTIME annotates the title and the first sentences only (no gold time stands
past the fifth line of title plus text), so mentions further down are not counted either way.
The dateline's CREATION_TIME is not part of the text and is left out. Italian has no gold:
an English gold value *has a counterpart* when the Italian translation yields a mention with
the same value (each used once).
Prints figures only; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.days import parse_published
from checker.timex import TimeMention, find_times

ANNOTATED_LINES = 5
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/meantime/meantime_en_it.jsonl"


@dataclass
class Score:
    gold: int = 0
    located: int = 0
    found: int = 0
    right_value: int = 0
    predicted: int = 0
    matching: int = 0
    italian_counterparts: int = 0
    italian_mentions: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def published_day(doc: dict) -> date:
    try:
        return parse_published(doc["publication_date"])
    except ValueError:
        month, day, year = (int(x) for x in doc["publication_date"].split("-"))
        return date(year, month, day)


def annotated_end(text: str) -> int:
    end = -1
    for _ in range(ANNOTATED_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


Located = tuple[dict, int, int] | tuple[dict, None, None]


def gold_spans(text: str, gold: list[dict]) -> list[Located]:
    """Gold expressions located in the text, in order (the gold gives words, not offsets)."""
    located: list = []
    cursor = 0
    limit = annotated_end(text)
    for item in gold:
        at = text.find(item["text"], cursor, limit)
        if at < 0:
            at = text.find(item["text"], 0, limit)
        if at < 0:
            at = text.find(item["text"])
        if at < 0:
            located.append((item, None, None))
            continue
        located.append((item, at, at + len(item["text"])))
        cursor = at + len(item["text"])
    return located


def overlaps(mention: TimeMention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end


def values_at(mention: TimeMention, start: int, end: int) -> tuple[str | None, ...]:
    """The values ``mention`` gives the gold stretch start..end: its own, and for a stretch of
    years ("from 2009 to 2011", one mention spanning both years) the year at the end the gold
    stretch stands at, since TIMEX3 annotates each end as a DATE of its own (beginPoint,
    endPoint)."""
    span = mention.span
    if mention.kind != "duration" or span is None \
            or (span.first.month, span.first.day, span.last.month, span.last.day) != (1, 1, 12, 31):
        return (mention.value,)
    ends = []
    if start == mention.start:
        ends.append(str(span.first.year))
    if end == mention.end:
        ends.append(str(span.last.year))
    return (mention.value, *ends)


def score_doc(doc: dict, score: Score, timings: list[tuple[int, float]]) -> None:
    """Adds one article's counts to ``score`` and its (characters, seconds) to ``timings``."""
    published = published_day(doc)
    text = f"{doc['title_en']}\n{doc['text_en']}"
    gold = [g for g in doc["timex3_en"] if g.get("function") != "CREATION_TIME"]
    began = time.process_time()
    mentions = find_times(text, "en", published)
    timings.append((len(text), time.process_time() - began))
    spans = gold_spans(text, gold)
    score.gold += len(gold)
    limit = annotated_end(text)
    for item, start, end in spans:
        label = f"{doc['doc_id']} {published} {item['text']!r} {item['type']} {item['value']}"
        if start is None:
            score.misses.append(label + " (not in text)")
            continue
        score.located += 1
        hits = [m for m in mentions if overlaps(m, start, end)]
        if not hits:
            score.misses.append(label)
            continue
        score.found += 1
        if any(same_value(value, item["value"])
               for m in hits for value in values_at(m, start, end)):
            score.right_value += 1
        else:
            got = ", ".join(f"{m.expression!r}={m.value}" for m in hits)
            score.wrong.append(f"{label} -> {got}")
    for mention in mentions:
        if mention.start >= limit:
            continue
        score.predicted += 1
        if any(start is not None and overlaps(mention, start, end) for _, start, end in spans):
            score.matching += 1
        else:
            score.spurious.append(
                f"{doc['doc_id']} {published} {mention.expression!r} {mention.kind} {mention.value}"
            )

    italian_text = f"{doc['title_it']}\n{doc['text_it']}"
    began = time.process_time()
    italian = find_times(italian_text, "it", published)
    timings.append((len(italian_text), time.process_time() - began))
    score.italian_mentions += len(italian)
    available = Counter(canonical(value) for m in italian for value in values_at(m, m.start, m.end))
    for item in gold:
        if available[canonical(item["value"])] > 0:
            available[canonical(item["value"])] -= 1
            score.italian_counterparts += 1


_DURATION = re.compile(
    r"P(?:([\d.]+)L)?(?:([\d.]+)C)?(?:([\d.]+)E)?(?:([\d.]+)Y)?(?:([\d.]+)Q)?(?:([\d.]+)M)?"
    r"(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?"
)
_MONTHS = (12000, 1200, 120, 12, 3, 1)  # TIMEX3's millennia, centuries, decades, years, quarters
_SECONDS = (7 * 86400, 86400, 3600, 60, 1)


def canonical(value: str | None) -> str | None:
    """One spelling per length of time: corpora write "two and a half years" as P2.5Y or as
    P2Y6M, and ISO 8601 allows both; TimeML writes a decade as P1E, two quarters as P2Q."""
    match = _DURATION.fullmatch(value or "")
    if match is None or not any(match.groups()):
        return value
    counts = [float(part) if part else 0.0 for part in match.groups()]
    months = sum(count * unit for count, unit in zip(counts[:6], _MONTHS, strict=True))
    seconds = sum(count * unit for count, unit in zip(counts[6:], _SECONDS, strict=True))
    return f"P{months:g}M{seconds:g}S"


def same_value(found: str | None, gold: str | None) -> bool:
    return canonical(found) == canonical(gold)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(name: str, score: Score) -> None:
    print(f"\n== {name}")
    print(f"  English gold time expressions  {score.gold} ({score.located} located in the text)")
    print(f"  found (recall)                 {score.found:4d}  {percent(score.found, score.gold)}")
    print(f"  correct value (of all gold)    {score.right_value:4d}  "
          f"{percent(score.right_value, score.gold)}")
    print(f"  correct value (of found)       {percent(score.right_value, score.found)}")
    print(f"  mentions in annotated parts    {score.predicted:4d}")
    print(f"  precision (overlap gold)       {score.matching:4d}  "
          f"{percent(score.matching, score.predicted)}")
    print(f"  Italian: gold values with a counterpart in the translation  "
          f"{score.italian_counterparts}/{score.gold}  "
          f"{percent(score.italian_counterparts, score.gold)}  "
          f"({score.italian_mentions} Italian mentions)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="list misses (development set)")
    parser.add_argument("--development-only", action="store_true",
                        help="score the development set only")
    args = parser.parse_args()
    docs = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    timings: list[tuple[int, float]] = []
    find_times("warm-up on 3 March 2025", "en", date(2025, 3, 3))
    find_times("riscaldamento il 3 marzo 2025", "it", date(2025, 3, 3))
    splits = {"development (first 60)": docs[:60], "held out (last 60)": docs[60:]}
    if args.development_only:
        del splits["held out (last 60)"]
    for name, part in splits.items():
        score = Score()
        for doc in part:
            score_doc(doc, score, timings)
        report(name, score)
        development = name.startswith("development")
        # The held-out articles are reported as totals only: listing them would invite tuning.
        if args.verbose and development:
            for title, lines in (("missed", score.misses), ("wrong value", score.wrong),
                                 ("not in gold", score.spurious)):
                print(f"  -- {title} ({len(lines)})")
                for line in lines:
                    print("    " + line)
    seconds = [t for _, t in timings]
    characters = sum(n for n, _ in timings)
    print(f"\nspeed (CPU time): {statistics.mean(seconds) * 1000:.2f} ms mean, "
          f"{statistics.median(seconds) * 1000:.2f} ms median per text "
          f"({len(seconds)} texts, mean {characters / len(seconds):.0f} characters); "
          f"{sum(seconds) / characters * 1e6:.2f} ms per 1,000 characters")
    mid_sized = [t for n, t in timings if 3000 <= n <= 5000]
    if mid_sized:
        print(f"texts of 3-5 KB: {statistics.mean(mid_sized) * 1000:.2f} ms mean "
              f"({len(mid_sized)} texts)")


if __name__ == "__main__":
    main()
