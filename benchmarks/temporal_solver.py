"""How long the temporal network takes: an article with 200 events, and scaling with relations.

Run: python benchmarks/temporal_solver.py
Prints the median time of ``find_conflicts`` (build the network, check it, and for broken
articles extract every irreducible conflict) on synthetic articles read off one true timeline.
Target: a consistent 200-event article in under 50 ms.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta
from typing import Any

from checker import Settings
from checker.loading import build_article
from checker.temporal import build_network, find_conflicts, negative_cycle
from checker.testing import article

PUBLISHED = date(2025, 2, 27)


def synthetic(events: int, relations: int, seed: int = 1, broken: int = 0) -> dict[str, Any]:
    """Events on a true timeline, about half of them dated, with relations that hold;
    ``broken`` of the dated events are then moved a month past their latest successor."""
    rng = random.Random(seed)
    start0 = PUBLISHED - timedelta(days=2 * events + 30)
    truth = sorted((day, day + rng.randint(0, 3)) for day in rng.sample(range(2 * events), events))
    raw = []
    for i, (first, last) in enumerate(truth):
        item: dict[str, Any] = {"id": f"e{i}", "label": f"event {i}"}
        if i % 2 == 0:
            slack = rng.randint(0, 10)
            item["time"] = {
                "start": (start0 + timedelta(first - slack)).isoformat(),
                "end": (start0 + timedelta(last + slack)).isoformat(),
            }
        raw.append(item)
    links = []
    while len(links) < relations:
        a, b = sorted(rng.sample(range(events), 2))
        if truth[a][1] > truth[b][0]:
            continue
        link: dict[str, Any] = {"type": "before", "from": f"e{a}", "to": f"e{b}"}
        gap = truth[b][0] - truth[a][1]
        if rng.random() < 0.2:
            link["gap"] = {"min": f"P{max(0, gap - 2)}D", "max": f"P{gap + 2}D"}
        links.append(link)
    for i in rng.sample(range(0, events // 2, 2), broken):
        later = max((int(r["to"][1:]) for r in links if r["from"] == f"e{i}"), default=i + 2)
        day = start0 + timedelta(truth[later][1] + 40)
        raw[i]["time"] = {"date": min(day, PUBLISHED).isoformat()}
    return article(events=raw, relations=links)


def median_ms(doc: dict[str, Any], repeat: int = 15) -> tuple[float, int]:
    settings = Settings()
    loaded = build_article(doc, settings)
    find_conflicts(loaded, settings)  # warm-up
    times, found = [], 0
    for _ in range(repeat):
        began = time.perf_counter()
        found = len(find_conflicts(loaded, settings))
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), found


def check_only_ms(doc: dict[str, Any], repeat: int = 15) -> float:
    network = build_network(build_article(doc, Settings()), Settings())
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        negative_cycle(network.size, network.constraints)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    print("consistent article, 200 events (target < 50 ms):")
    for relations in (100, 200, 400, 800, 1600, 3200):
        doc = synthetic(200, relations)
        total, found = median_ms(doc)
        print(
            f"  {relations:5d} relations: find_conflicts {total:7.2f} ms "
            f"(negative-cycle check alone {check_only_ms(doc):6.2f} ms), conflicts {found}"
        )
    print("scaling with events (relations = 2 x events):")
    for events in (50, 100, 200, 400, 800):
        total, found = median_ms(synthetic(events, 2 * events))
        print(f"  {events:5d} events: {total:7.2f} ms, conflicts {found}")
    print("broken article, 200 events, 400 relations:")
    for broken in (1, 5, 20):
        total, found = median_ms(synthetic(200, 400, broken=broken), repeat=5)
        print(f"  {broken:3d} moved dates: {total:8.2f} ms, conflicts {found}")


if __name__ == "__main__":
    main()
