"""How well the draft extractor reads articles: precision and recall per kind.

Run: python benchmarks/extraction_eval.py [--details]

1. The seed article against its hand-made article data (fixtures/seed.article.json):
   quantities (value and qualifier), times (normalised window), sources (name or alias),
   claim-source links; and, for information, dated events and stated sequences.
2. MEANTIME (../shared/eval/meantime/, CC BY 4.0): the first 60 articles in file order are the
   development set, the last 60 the held-out set, reported separately. English: gold quantity
   spans found with their value, gold time expressions found in claims with their value (the
   claim's day window equals the window the gold TIMEX3 value names: "2006-Q4" is October to
   December 2006, PRESENT_REF the publication day; values that fix no window never match).
   A part of a period ("early 2009", "earlier this year") keeps its TIMEX3 value, 2009, and
   says START in a mod attribute the gold file leaves out: a window inside the value's, for an
   expression naming such a part, is right.
   Italian translations: how many English gold quantities and times have a counterpart.
   Every article in both languages must extract to valid article data, and checking it must
   raise no internal error; the findings raised are listed (real articles: most should be quiet).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import Settings  # noqa: E402
from checker.days import DaySpan, parse_partial_date  # noqa: E402
from checker.extract import RawArticle, extract, read_text  # noqa: E402
from checker.extract.numbers import find_numbers  # noqa: E402
from checker.extract.tables import load_table  # noqa: E402
from checker.loading import load_document  # noqa: E402
from checker.registry import load_registry  # noqa: E402
from checker.runner import judge  # noqa: E402
from checker.timex import spans  # noqa: E402

SEED_TEXT = Path("/work/shared/seeds/000_e792c4df2d7ce011.txt")
SEED_DATA = ROOT / "fixtures" / "seed.article.json"
MEANTIME = Path("/work/shared/eval/meantime/meantime_en_it.jsonl")
ARTICLES = {"il", "lo", "la", "i", "gli", "le", "the", "l'"}


def ratio(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100 * hit / total:5.1f}%" if total else "n/a"


def overlaps(a: dict, b: dict) -> bool:
    return a["field"] == b["field"] and a["start"] < b["end"] and b["start"] < a["end"]


def norm_name(name: str) -> str:
    name = name.casefold().strip(" .")
    for article in sorted(ARTICLES, key=len, reverse=True):
        joiner = "" if article.endswith("'") else " "
        if name.startswith(article + joiner):
            return name[len(article) + len(joiner):]
    return name


def same_quantity(a: dict, b: dict) -> bool:
    keys = ("qualifier", "value", "low", "high", "magnitude")
    return all(a.get(k) == b.get(k) for k in keys)


def same_time(a: dict, b: dict) -> bool:
    return all(a.get(k) == b.get(k) for k in ("date", "start", "end"))


def score_seed() -> dict[str, tuple[int, int, int, int]]:
    gold = json.loads(SEED_DATA.read_text("utf-8"))
    got = extract(read_text(SEED_TEXT.read_text("utf-8")), gold["published"], "auto", "seed")
    scores = {}
    for kind, key, same in (("quantities", "quantity", same_quantity),
                            ("times", "time", same_time)):
        gold_items = [c for c in gold["claims"] if key in c]
        got_items = [c for c in got["claims"] if key in c]
        found = sum(any(overlaps(g["location"], c["location"]) and same(g[key], c[key])
                        for c in got_items) for g in gold_items)
        right = sum(any(overlaps(g["location"], c["location"]) and same(g[key], c[key])
                        for g in gold_items) for c in got_items)
        scores[kind] = (found, len(gold_items), right, len(got_items))
    names = {s["id"]: {norm_name(s["name"]), *map(norm_name, s.get("aliases", []))}
             for s in gold["sources"]}
    got_names = {s["id"]: norm_name(s["name"]) for s in got["sources"]}
    found = sum(any(n in names[g] for n in got_names.values()) for g in names)
    right = sum(any(n in aliases for aliases in names.values()) for n in got_names.values())
    scores["sources"] = (found, len(names), right, len(got_names))
    gold_links = [(c, s) for c in gold["claims"] for s in c.get("sources", [])]
    found = sum(any(overlaps(c["location"], e["location"])
                    and any(got_names[s2] in names[s] for s2 in e.get("sources", []))
                    for e in got["claims"]) for c, s in gold_links)
    got_links = [(e, s) for e in got["claims"] for s in e.get("sources", [])
                 if any(overlaps(e["location"], c["location"]) for c in gold["claims"])]
    right = sum(any(overlaps(e["location"], c["location"])
                    and any(got_names[s] in names[g] for g in c.get("sources", []))
                    for c in gold["claims"]) for e, s in got_links)
    scores["claim-source links"] = (found, len(gold_links), right, len(got_links))
    scores["dated events"], scores["relations"] = score_sequence(gold, got)
    return scores


def _event_places(document: dict) -> dict[str, list[dict]]:
    claims = {c["id"]: c["location"] for c in document["claims"]}
    return {e["id"]: [claims[c] for c in e.get("claims", [])] for e in document["events"]}


def _ordered(relation: dict) -> tuple[str, str, str]:
    """A relation read one way: "B after A" is "A before B"."""
    kind = relation["type"]
    flipped = {"after": "before", "shortly_after": "shortly_before"}
    if kind in flipped:
        return flipped[kind], relation["to"], relation["from"]
    return kind, relation["from"], relation["to"]


def score_sequence(gold: dict, got: dict) -> tuple[tuple[int, int, int, int], ...]:
    """Dated events (same window, overlapping claims) and relations (same order and kind,
    between events whose claims overlap), on the seed."""
    gold_at, got_at = _event_places(gold), _event_places(got)

    def same_place(g: str, e: str) -> bool:
        return any(overlaps(a, b) for a in gold_at[g] for b in got_at[e])

    gold_dated = [e for e in gold["events"] if "time" in e]
    got_dated = [e for e in got["events"] if "time" in e]
    pairs = [(g, e) for g in gold_dated for e in got_dated
             if same_time(g["time"], e["time"]) and same_place(g["id"], e["id"])]
    events = (len({g["id"] for g, _ in pairs}), len(gold_dated),
              len({e["id"] for _, e in pairs}), len(got_dated))

    def matches(g: dict, e: dict) -> bool:
        gk, ga, gb = _ordered(g)
        ek, ea, eb = _ordered(e)
        return gk == ek and same_place(ga, ea) and same_place(gb, eb)

    found = sum(any(matches(g, e) for e in got["relations"]) for g in gold["relations"])
    right = sum(any(matches(g, e) for g in gold["relations"]) for e in got["relations"])
    return events, (found, len(gold["relations"]), right, len(got["relations"]))


def gold_values(text: str) -> set[float]:
    return {round(n.value, 6) for n in find_numbers(text.replace("#", ""), load_table("en"))}


def claim_values(claim: dict) -> set[float]:
    q = claim["quantity"]
    return {round(float(q[k]), 6) for k in ("value", "low", "high") if k in q}


def occurrences(doc: dict, fields: dict[str, str]) -> list[tuple[dict, dict]]:
    """Each gold quantity with the place it stands (body first, then title)."""
    used: set[tuple[str, int]] = set()
    out = []
    for value in doc["values_en"]:
        needle = value["text"]
        for field in ("body", "title"):
            start = fields[field].find(needle)
            while start >= 0 and (field, start) in used:
                start = fields[field].find(needle, start + 1)
            if start >= 0:
                used.add((field, start))
                out.append((value, {"field": field, "start": start, "end": start + len(needle)}))
                break
    return out


def claim_span(time: dict) -> DaySpan:
    if "date" in time:
        return parse_partial_date(time["date"])
    return DaySpan(parse_partial_date(time["start"]).first, parse_partial_date(time["end"]).last)


_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_PERIOD = re.compile(r"(\d{4})-(Q|H)(\d)|(\d{4})-(SP|SU|FA|WI)")


def gold_span(value: str, published: str) -> DaySpan | None:
    """The days a TIMEX3 date value names, or None when it names no window of days."""
    if value == "PRESENT_REF":
        try:
            return parse_partial_date(published)
        except ValueError:  # doc 120578's malformed creation time
            return None
    value = value.split("T")[0]
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return parse_partial_date(value)
    week = _WEEK.fullmatch(value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        span = spans.week_span(monday)
        return DaySpan(span.first + timedelta(days=5), span.last) if week.group(3) else span
    period = _PERIOD.fullmatch(value)
    if period and period.group(2) == "Q":
        return spans.quarter_span(int(period.group(1)), int(period.group(3)))
    if period and period.group(2) == "H":
        half = int(period.group(3))
        return DaySpan(spans.month_span(int(period.group(1)), 6 * half - 5).first,
                       spans.month_span(int(period.group(1)), 6 * half).last)
    if period:
        return spans.season_span(int(period.group(4)), period.group(5))
    return None


_PART = re.compile(r"\b(?:early|earlier|mid|middle|late|later|beginning|start|end|half|"
                   r"inizio|inizi|primi|metà|fine|prima|seconda)\b", re.IGNORECASE)


def right_window(time: dict, wanted: DaySpan) -> bool:
    """The claim's days are the gold value's, or a part of them its expression names."""
    found = claim_span(time)
    if found == wanted:
        return True
    return bool(_PART.search(time["expression"])) and \
        wanted.first <= found.first and found.last <= wanted.last


class Meantime:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.findings: Counter[str] = Counter()
        self.examples: list[str] = []
        self.errors: list[str] = []

    def run(self, docs: list[dict], rules, settings: Settings) -> None:
        for doc in docs:
            published = doc["publication_date"]
            if re.fullmatch(r"\d\d-\d\d-\d{4}", published):  # doc 120578's malformed date
                published = f"{published[6:]}-{published[3:5]}-{published[:2]}"
            for lang in ("en", "it"):
                title, text = doc[f"title_{lang}"], doc[f"text_{lang}"]
                if lang == "en":  # the English files write "£" as "#" (see the README)
                    title, text = title.replace("#", "£"), text.replace("#", "£")
                raw = RawArticle(title, text)
                try:
                    data = extract(raw, published, lang, f"{doc['doc_id']}-{lang}")
                except Exception as exc:  # the benchmark reports every failure, it never stops
                    self.errors.append(f"{doc['doc_id']} {lang}: extraction failed: {exc!r}")
                    continue
                loaded = load_document(data, doc["doc_id"], None, settings)
                if loaded.article is None:
                    self.errors.append(f"{doc['doc_id']} {lang}: invalid: "
                                       f"{[p.describe() for p in loaded.problems][:2]}")
                    continue
                self.counts[f"valid {lang}"] += 1
                result = judge(loaded, rules, settings)
                rules_fired = {f.rule for f in result.findings}
                self.counts[f"quiet {lang}"] += not rules_fired
                self.counts[f"quiet but for unattributed figures {lang}"] += not (
                    rules_fired - {"sources.unattributed-figure"})
                for finding in result.findings:
                    self.findings[f"{lang} {finding.rule}"] += 1
                    if finding.rule == "internal-error":
                        self.errors.append(f"{doc['doc_id']} {lang}: {finding.message}")
                    elif len(self.examples) < 400:
                        self.examples.append(f"{doc['doc_id']} {lang} {finding.rule}: "
                                             f"{finding.message[:300]}")
                if lang == "en":
                    self._score_en(doc, data)
                else:
                    self._score_it(doc, data)

    def _score_en(self, doc: dict, data: dict) -> None:
        fields = {"title": data["title"].replace("£", "#"), "body": data["body"].replace("£", "#")}
        quantities = [c for c in data["claims"] if "quantity" in c]
        self.counts["en quantities extracted"] += len(quantities)
        for value, where in occurrences(doc, fields):
            self.counts["en gold quantities"] += 1
            wanted = gold_values(value["text"])
            if any(overlaps(where, c["location"]) and (claim_values(c) & wanted or not wanted)
                   for c in quantities):
                self.counts["en gold quantities found"] += 1
        times = [c["time"] for c in data["claims"] if "time" in c]
        for timex in doc["timex3_en"]:
            if timex["function"] == "CREATION_TIME" or timex["type"] not in ("DATE", "TIME"):
                continue
            self.counts["en gold dates"] += 1
            text = timex["text"].casefold()
            hits = [t for t in times if text in t["expression"].casefold()
                    or t["expression"].casefold() in text]
            if hits:
                self.counts["en gold dates found in claims"] += 1
                wanted = gold_span(timex["value"], doc["publication_date"])
                if wanted is not None and any(right_window(t, wanted) for t in hits):
                    self.counts["en gold dates with right value"] += 1

    def _score_it(self, doc: dict, data: dict) -> None:
        unused = [c["time"] for c in data["claims"] if "time" in c]
        for timex in doc["timex3_en"]:
            if timex["function"] == "CREATION_TIME" or timex["type"] not in ("DATE", "TIME"):
                continue
            self.counts["it: en gold dates"] += 1
            wanted = gold_span(timex["value"], doc["publication_date"])
            hit = next((t for t in unused if wanted is not None and right_window(t, wanted)),
                       None)
            if hit is not None:
                unused.remove(hit)
                self.counts["it: date counterpart found"] += 1
        values: Counter[float] = Counter()
        magnitudes = 0
        for claim in data["claims"]:
            if "quantity" in claim:
                values.update(claim_values(claim))
                magnitudes += "magnitude" in claim["quantity"]
        for value in doc["values_en"]:
            self.counts["it: en gold quantities"] += 1
            wanted = gold_values(value["text"])
            if not wanted and magnitudes:  # "thousands of" -> "migliaia di"
                magnitudes -= 1
                self.counts["it: counterpart found"] += 1
            elif any(values[v] > 0 for v in wanted):
                self.counts["it: counterpart found"] += 1
                for v in wanted:
                    if values[v]:
                        values[v] -= 1
                        break


def report_meantime(name: str, stats: Meantime, details: bool) -> None:
    c = stats.counts
    print(f"\nMEANTIME {name}")
    print(f"  valid article data: en {c['valid en']}, it {c['valid it']}; "
          f"failures and internal errors: {len(stats.errors)}")
    for error in stats.errors[:10]:
        print(f"    ! {error}")
    print(f"  en quantities found with their value: "
          f"{ratio(c['en gold quantities found'], c['en gold quantities'])} "
          f"({c['en quantities extracted']} extracted; the gold marks only some figures)")
    dates = c["en gold dates"]
    print(f"  en dates found in claims: {ratio(c['en gold dates found in claims'], dates)}; "
          f"with the right value: {ratio(c['en gold dates with right value'], dates)}")
    print(f"  it counterparts of en gold quantities: "
          f"{ratio(c['it: counterpart found'], c['it: en gold quantities'])}; of en gold dates "
          f"(same value in an Italian claim): "
          f"{ratio(c['it: date counterpart found'], c['it: en gold dates'])}")
    print(f"  articles with no finding: en {c['quiet en']}, it {c['quiet it']}; with none but "
          f"sources.unattributed-figure: en {c['quiet but for unattributed figures en']}, "
          f"it {c['quiet but for unattributed figures it']}")
    print("  findings: " + (", ".join(f"{k} {v}" for k, v in sorted(stats.findings.items()))
                            or "none"))
    if details:
        for example in stats.examples:
            print(f"    - {example}")


def main() -> None:
    details = "--details" in sys.argv
    started = time.perf_counter()
    print("Seed article (fixtures/seed.article.json): recall and precision per kind")
    for kind, (found, gold, right, got) in score_seed().items():
        print(f"  {kind:<20} recall {ratio(found, gold):<18} precision {ratio(right, got)}")
    if not MEANTIME.exists():
        print(f"\n{MEANTIME} not found: MEANTIME skipped")
        return
    docs = [json.loads(line) for line in MEANTIME.read_text("utf-8").splitlines() if line]
    settings = Settings()
    registry = load_registry(settings.plugins, settings.root)
    rules = list(registry.rules.values())
    for name, part in (("development set (first 60)", docs[:60]),
                       ("held-out set (last 60, not tuned on)", docs[60:])):
        stats = Meantime()
        stats.run(part, rules, settings)
        report_meantime(name, stats, details)
    print(f"\n({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
