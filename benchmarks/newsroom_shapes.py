"""Findings on articles written in the shapes news desks publish every day.

    python benchmarks/newsroom_shapes.py

``newsroom_shapes.json`` holds twelve short articles composed for claimcheck (not published
ones), in Italian and English: a quake toll updated during the day, a raid told beside the war's
running total, a strike at a carmaker, GDP data, a political crisis told in sequence, floods
with a correction note. Most findings on them would be false alarms; the last one,
"troops-told-twice", holds a real inconsistency (one agency gives 10,000 and then 3,000 troops)
that must keep firing. The script prints every finding at warning level or above, and the
totals per severity, so a change to the extractor or the rules reads as fewer or more of them.
Prints figures only; nothing here is asserted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from checker import load_registry
from checker.config import Settings
from checker.extract import extract, read_text
from checker.loading import load_document
from checker.runner import judge

ARTICLES = Path(__file__).with_name("newsroom_shapes.json")


def main() -> None:
    settings = Settings()
    rules = load_registry().select(["*"], [])
    totals: Counter[str] = Counter()
    for article in json.loads(ARTICLES.read_text("utf-8")):
        data = extract(read_text(article["text"]), article["published"], article["language"],
                       article["name"])
        loaded = load_document(data, article["name"], None, settings)
        if loaded.article is None:
            print(f"{article['name']}: invalid article data")
            continue
        findings = judge(loaded, rules, settings).findings
        counts = Counter(f.severity.value for f in findings)
        totals.update(counts)
        print(f"{article['name']} ({article['language']}): "
              + (", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no finding"))
        for finding in findings:
            if finding.severity.value != "info":
                print(f"  {finding.severity.value:8} {finding.rule} {', '.join(finding.claims)}")
    print("total: " + ", ".join(f"{n} {s}" for s, n in sorted(totals.items())))


if __name__ == "__main__":
    main()
