"""How long the HTML report of a large corpus takes to write, and how big its index is.

Generates a corpus from the seed article (each copy with its own id and, for one in three, a
figure changed so that findings appear), checks it, renders it, and prints the figures.
Target: 1,000 articles render in under 10 s on a 2-core machine.

    python benchmarks/html_report.py [--articles 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from checker import Settings, check_paths
from checker.reporters import html

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed.article.json"


def corpus(count: int, folder: Path) -> Path:
    """``count`` articles in one JSON Lines file; every third has a clashing figure."""
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    seed.pop("expect", None)
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            article = dict(seed, id=f"article-{n:05d}", title=f"{seed['title']} ({n})")
            if n % 3 == 0:
                claims = [dict(c) for c in seed["claims"]]
                for claim in claims:
                    if claim.get("quantity", {}).get("measure") == "troops_deployed":
                        claim["quantity"] = dict(claim["quantity"], value=2000 + n)
                        break
                article["claims"] = claims
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the report here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as temp:
        folder = Path(temp)
        started = time.perf_counter()
        path = corpus(args.articles, folder)
        generated = time.perf_counter()
        run = check_paths([path], Settings())
        checked = time.perf_counter()
        cpu = time.process_time()
        index = html.write(run, args.keep or folder / "html")
        rendered = time.perf_counter()
        cpu = time.process_time() - cpu
        pages = list(index.parent.joinpath(html.ARTICLES_FOLDER).glob("*.html"))
        page_bytes = sum(p.stat().st_size for p in pages)
        findings = sum(len(a.findings) for a in run.articles)
        print(f"articles:            {len(run.articles):,} ({findings:,} findings)")
        print(f"generate corpus:     {generated - started:6.2f} s")
        print(f"load and check:      {checked - generated:6.2f} s")
        print(f"render HTML:         {rendered - checked:6.2f} s wall, {cpu:.2f} s CPU "
              "(target < 10 s for 1,000)")
        print(f"index page:          {index.stat().st_size / 1024:,.0f} KiB")
        print(f"article pages:       {len(pages):,}, {page_bytes / len(pages) / 1024:,.1f} KiB "
              f"each on average, {page_bytes / 2**20:,.1f} MiB in all")
        # Wall time on a shared machine includes waiting for the CPU: the load says how much.
        print(f"load average:        {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
