"""How fast the extractor is: articles per second on one core, and start-up time.

Run: python benchmarks/extraction_speed.py

Targets: at least 100 articles per second per core for 3-5 KB articles; start-up (a fresh
process importing the extractor and extracting one article) under 1 s. Also prints what a
sentence splitter from the registry (pysbd) would cost, if installed, for comparison.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract import RawArticle, extract, read_text, times  # noqa: E402

SEED = Path("/work/shared/seeds/000_e792c4df2d7ce011.txt")
MEANTIME = Path("/work/shared/eval/meantime/meantime_en_it.jsonl")


def articles() -> list[tuple[RawArticle, str, str]]:
    """3-5 KB articles: the seed, and MEANTIME texts of that size in both languages."""
    found = []
    if SEED.exists():
        found.append((read_text(SEED.read_text("utf-8")), "2025-02-27", "it"))
    if MEANTIME.exists():
        for line in MEANTIME.read_text("utf-8").splitlines():
            doc = json.loads(line)
            for lang in ("en", "it"):
                text = doc[f"text_{lang}"]
                if 3000 <= len(text.encode("utf-8")) <= 5000:
                    found.append((RawArticle(doc[f"title_{lang}"], text),
                                  doc["publication_date"], lang))
    return [a for a in found if a[1][4:5] == "-"]


def throughput(sample: list[tuple[RawArticle, str, str]], rounds: int = 5) -> list[float]:
    for raw, published, lang in sample:  # warm-up: tables compiled, caches filled
        extract(raw, published, lang)
    rates = []
    for _ in range(rounds):
        started = time.process_time()
        for raw, published, lang in sample:
            extract(raw, published, lang)
        rates.append(len(sample) / (time.process_time() - started))
    return rates


def split_costs(sample: list[tuple[RawArticle, str, str]]) -> tuple[list[float], list[float]]:
    """Articles per second of the time finder alone, and of the rest of the extractor fed the
    time finder's own answers (recorded once, then replayed), so the two are measured apart
    on exactly the work the whole extraction does."""
    finder = times._find_times
    if finder is None:
        return [], []
    recorded: dict[tuple[str, str, object], list[object]] = {}

    def record(text: str, language: str, published: object) -> list[object]:
        found = recorded[(text, language, published)] = list(finder(text, language, published))
        return found

    times._find_times = record
    try:
        for raw, published, lang in sample:
            extract(raw, published, lang)
        alone = []
        for _ in range(5):
            started = time.process_time()
            for key in recorded:
                finder(*key)
            alone.append(len(sample) / (time.process_time() - started))
        times._find_times = lambda text, language, published: recorded[(text, language,
                                                                          published)]
        rest = throughput(sample)
    finally:
        times._find_times = finder
    return alone, rest


def import_cost(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
                    + statement], check=True)
    return time.perf_counter() - started


def start_up() -> float:
    code = (f"import sys; from pathlib import Path; sys.path.insert(0, {str(ROOT)!r}); "
            "from checker.extract import extract_file; "
            f"extract_file(Path({str(SEED)!r}), '2025-02-27')")
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        runs.append(time.perf_counter() - started)
    return min(runs)


def pysbd_cost(raw: RawArticle) -> float | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="it", clean=False, char_span=True)
    started = time.perf_counter()
    for _ in range(5):
        segmenter.segment(raw.body)
    return (time.perf_counter() - started) / 5


def main() -> None:
    sample = articles()
    sizes = [len(raw.body.encode("utf-8")) for raw, _, _ in sample]
    print(f"{len(sample)} articles of 3-5 KB (mean {statistics.mean(sizes) / 1000:.1f} KB)")
    rates = throughput(sample)
    print(f"extraction: {statistics.median(rates):.0f} articles per second per core, "
          f"best round {max(rates):.0f} (median of {len(rates)} rounds, CPU time; "
          f"target >= 100); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finder, rest = split_costs(sample)
    if finder:
        print(f"  the time finder alone: {statistics.median(finder):.0f} articles per second; "
              f"the rest of the extractor (time expressions replayed): "
              f"{statistics.median(rest):.0f} articles per second, best round {max(rest):.0f}")
    if SEED.exists():
        print(f"start-up, fresh process extracting the seed: {start_up():.2f} s (target < 1 s)")
        print(f"  of which: python itself {import_cost('pass'):.2f} s, importing the checker "
              f"package (pint, jsonschema) {import_cost('import checker'):.2f} s")
        cost = pysbd_cost(sample[0][0])
        if cost is not None:
            print(f"for comparison, pysbd sentence splitting alone: {cost * 1000:.0f} ms "
                  "per article")


if __name__ == "__main__":
    main()
