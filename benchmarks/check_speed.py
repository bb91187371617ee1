"""How fast claimcheck loads, validates and checks articles: prints figures, asserts nothing.

    python benchmarks/check_speed.py [COUNT]

Builds COUNT copies of the seed article (distinct ids) as one JSON Lines corpus in a temporary
folder, then times the phases separately: JSON Schema and semantic validation, building the
model (figures normalised through pint once per quantity), running every installed rule on the
built articles, and the whole check from the file (loading included).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from worst_cases import TEXTS  # beside this script

from checker import Settings, check_paths, load_registry
from checker.api import selected_rules
from checker.loading import build_article
from checker.runner import run_rules
from checker.validation import schema_errors, semantic_errors

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed.article.json"


def main(count: int) -> None:
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    seed.pop("expect", None)
    documents = [{**seed, "id": f"seed-{i}"} for i in range(count)]
    settings = Settings()
    size = len(json.dumps(seed, ensure_ascii=False).encode())
    print(f"{count} articles of {size / 1024:.1f} KB of article data each")

    start = time.perf_counter()
    build_article(documents[0], settings)
    first = time.perf_counter() - start
    print(f"first article built (pint registry, schema compiled): {first:.3f} s")

    start = time.perf_counter()
    for document in documents:
        assert not schema_errors(document) and not semantic_errors(document)
    validation = time.perf_counter() - start
    start = time.perf_counter()
    articles = [build_article(document, settings) for document in documents]
    building = time.perf_counter() - start
    print(f"validation: {validation / count * 1000:.2f} ms per article")
    print(f"model building: {building / count * 1000:.2f} ms per article")

    rules = selected_rules(load_registry(), settings)
    run_rules(build_article(documents[0], settings), rules, settings)  # warm-up: lazy tables
    start = time.perf_counter()
    for article in articles:
        run_rules(article, rules, settings)
    checking = time.perf_counter() - start
    print(f"rules on built articles: {checking / count * 1000:.2f} ms per article")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        corpus.write_text(
            "\n".join(json.dumps(d, ensure_ascii=False) for d in documents) + "\n",
            encoding="utf-8",
        )
        start = time.perf_counter()
        run = check_paths([corpus], settings)
        total = time.perf_counter() - start
    findings = sum(len(a.findings) for a in run.articles)
    print(f"full check with {len(rules)} rules: {total:.2f} s, "
          f"{count / total:.0f} articles/s, {findings} findings")
    worst_cases(rules, settings)


def worst_cases(rules: list, settings: Settings) -> None:
    """Long articles drafted by the extractor: a timeline of many dated figures, and many
    stated sequences. Each should take about as long as its size, not its size squared."""
    from checker.extract import RawArticle, extract
    from checker.loading import load_document

    for name in ("1,120 dated figures in one paragraph", "1,000 stated sequences"):
        body = TEXTS[name]
        document = extract(RawArticle("Title", body), "2025-02-27", "en")
        article = load_document(document, name, None, settings).article
        assert article is not None
        start = time.process_time()
        run_rules(article, rules, settings)
        print(f"worst case, {name} ({len(document['claims'])} claims, "
              f"{len(document['events'])} events): rules {time.process_time() - start:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
