"""How long the HTML report of a large corpus takes to write, and how big its index is.

Generates a corpus from the seed article (each copy with its own id and, for one in three, a
figure changed so that findings appear), checks it, renders it, and prints the figures.
Target: 1,000 articles render in under 10 s on a 2-core machine. Then an index of
``--index-rows`` articles (10,000 by default, rows repeated from the corpus) is written and, when
Chromium is installed, opened headless to time how long the page takes to load and show its
first page of rows.

    python benchmarks/html_report.py [--articles 1000] [--index-rows 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import replace
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
    parser.add_argument("--index-rows", type=int, default=10_000)
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
        big_index(run, args.index_rows, folder / "big")


def big_index(run, rows: int, folder: Path) -> None:
    """An index of ``rows`` articles, and how a headless browser copes with it."""
    results = [replace(run.articles[n % len(run.articles)], label=f"article-{n:06d}")
               for n in range(rows)]
    folder.mkdir()
    started = time.perf_counter()
    index = html.write_index(
        replace(run, articles=tuple(results)),
        [html.index_row(r, f"articles/{n}.html") for n, r in enumerate(results)],
        folder,
    )
    print(f"index of {rows:,}:     {time.perf_counter() - started:6.2f} s to write, "
          f"{index.stat().st_size / 2**20:,.1f} MiB")
    chromium = shutil.which("chromium")
    if chromium is None:
        print("browser:             no chromium installed; page load not measured")
        return
    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        started = time.perf_counter()
        dom = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", f"--user-data-dir={profile}", "--dump-dom", index.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout
        elapsed = time.perf_counter() - started
    shown = len(re.findall(r"<tr>", dom.split('id="cc-rows"', 1)[-1].split("</tbody>", 1)[0]))
    print(f"browser:             {elapsed:6.2f} s to start Chromium, load the index and show "
          f"{shown} rows of {rows:,}")


if __name__ == "__main__":
    main()
