"""The temporal network: what counts as a conflict, and what never does."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import Settings, temporal
from checker.loading import build_article
from checker.temporal import (
    ConflictKind,
    StatementKind,
    build_network,
    find_conflicts,
    irreducible,
    solve,
)
from checker.testing import article

PUBLISHED = date(2025, 2, 27)


def event(event_id: str, when: str | tuple[str, str] | None = None, **fields: Any) -> dict:
    raw: dict[str, Any] = {"id": event_id, "label": f"event {event_id}", **fields}
    if isinstance(when, tuple):
        raw["time"] = {"start": when[0], "end": when[1]}
    elif when is not None:
        raw["time"] = {"date": when}
    return raw


def relation(kind: str, source: str, target: str, gap: tuple[str, str] | None = None) -> dict:
    raw: dict[str, Any] = {"type": kind, "from": source, "to": target}
    if gap is not None:
        raw["gap"] = {"min": gap[0], "max": gap[1]}
    return raw


def conflicts(events: list[dict], relations: list[dict] = (), **config: Any):
    doc = article(events=events, relations=list(relations))
    return find_conflicts(build_article(doc, Settings()), Settings(**config))


def kinds(found) -> list[ConflictKind]:
    return [c.kind for c in found]


# --- the day arithmetic ---------------------------------------------------------------------

def test_before_allows_the_same_day():
    """Two things on one day can be in either order: no false alarm at day granularity."""
    assert conflicts(
        [event("a", "2025-02-26"), event("b", "2025-02-26")], [relation("before", "a", "b")]
    ) == ()


def test_before_against_a_reversed_pair_of_days_conflicts():
    found = conflicts(
        [event("a", "2025-02-26"), event("b", "2025-02-25")], [relation("before", "a", "b")]
    )
    assert kinds(found) == [ConflictKind.SEQUENCE]
    assert set(found[0].events) == {"a", "b"}


def test_month_windows_that_touch_leave_room():
    """'October' before 'October 1' holds: the signing can be on October 1 itself."""
    assert conflicts(
        [event("a", "2024-10"), event("b", "2024-10-01")], [relation("before", "a", "b")]
    ) == ()


def test_after_reads_from_before_to():
    found = conflicts(
        [event("signed", "2024-06"), event("deployed", "2024-10")],
        [relation("after", "signed", "deployed")],
    )
    assert kinds(found) == [ConflictKind.SEQUENCE]


@pytest.mark.parametrize(
    ("first", "second", "gap", "holds"),
    [
        ("2025-01-15", "2025-02-15", ("P1M", "P1M"), True),  # 31 days
        ("2023-01-31", "2023-02-28", ("P1M", "P1M"), True),  # 28 days
        ("2025-01-15", "2025-02-20", ("P1M", "P1M"), False),  # 36 days
        ("2025-02-17", "2025-02-20", ("P3D", "P3D"), True),
        ("2025-02-17", "2025-02-21", ("P3D", "P3D"), False),
        ("2025-02-17", "2025-02-19", ("P3D", "P3D"), False),
    ],
)
def test_a_gap_counts_days_from_the_end_of_one_to_the_start_of_the_next(
    first, second, gap, holds
):
    found = conflicts([event("a", first), event("b", second)], [relation("before", "a", "b", gap)])
    assert (found == ()) is holds
    if not holds:
        assert kinds(found) == [ConflictKind.DURATION]


def test_shortly_uses_the_configured_window():
    events = [event("a", "2025-01-01"), event("b", "2025-01-21")]
    shortly = [relation("shortly_before", "a", "b")]
    assert conflicts(events, shortly) == ()
    assert kinds(conflicts(events, shortly, shortly_days=10)) == [ConflictKind.SEQUENCE]


def test_during_puts_one_span_inside_the_other():
    offensive = event("o", ("2024-08", "2025-03"))
    assert conflicts([event("a", "2024-11"), offensive], [relation("during", "a", "o")]) == ()
    found = conflicts([event("a", "2024-05"), offensive], [relation("during", "a", "o")])
    assert kinds(found) == [ConflictKind.SEQUENCE]


def test_same_time_needs_one_shared_day():
    assert conflicts(
        [event("a", ("2025-01-01", "2025-01-10")), event("b", ("2025-01-10", "2025-01-20"))],
        [relation("same_time", "a", "b")],
    ) == ()
    assert conflicts(
        [event("a", ("2025-01-01", "2025-01-09")), event("b", ("2025-01-10", "2025-01-20"))],
        [relation("same_time", "a", "b")],
    )


def test_tense_against_the_publication_date():
    assert conflicts([event("a", "2025-02-27")]) == ()  # the publication day itself
    assert conflicts([event("a", "2025-02")]) == ()  # a month reaching past publication
    assert kinds(conflicts([event("a", "2025-03")])) == [ConflictKind.FUTURE]
    assert kinds(conflicts([event("a", "2025-03", tense="ongoing")])) == [ConflictKind.FUTURE]
    assert conflicts([event("a", "2025-03", tense="future")]) == ()
    assert kinds(conflicts([event("a", "2024-03", tense="future")])) == [ConflictKind.SEQUENCE]


def test_an_undated_past_event_pushed_past_publication_conflicts():
    found = conflicts(
        [event("a", "2025-02-26"), event("b")],
        [relation("before", "a", "b", ("P3D", "P3D"))],
    )
    assert kinds(found) == [ConflictKind.DURATION]
    tense = [s for s in found[0].statements if s.kind is StatementKind.TENSE]
    assert [s.events for s in tense] == [("b",)]


def test_a_conflict_is_reported_once_under_its_plainest_reading():
    """An order broken by two dates is a sequence conflict, not also a duration mismatch."""
    found = conflicts(
        [event("a", "2025-01-20"), event("b", "2025-01-10")],
        [relation("before", "a", "b", ("P1M", "P1M"))],
    )
    assert kinds(found) == [ConflictKind.SEQUENCE]


def test_independent_conflicts_are_all_reported():
    found = conflicts(
        [event("a", "2025-01-20"), event("b", "2025-01-10"),
         event("c", "2024-06"), event("d", "2024-03")],
        [relation("before", "a", "b"), relation("before", "c", "d")],
    )
    assert sorted(tuple(sorted(c.events)) for c in found) == [("a", "b"), ("c", "d")]


def test_the_seed_article_holds():
    import json
    from pathlib import Path

    seed = Path(__file__).parent.parent / "fixtures" / "seed.article.json"
    doc = json.loads(seed.read_text(encoding="utf-8"))
    assert find_conflicts(build_article(doc, Settings()), Settings()) == ()


# --- properties -----------------------------------------------------------------------------

DAY0 = PUBLISHED - timedelta(days=400)


@st.composite
def timelines(draw: st.DrawFn, max_events: int = 10) -> dict[str, Any]:
    """An article whose dates and relations are all read off one true timeline."""
    count = draw(st.integers(2, max_events))
    truth: list[tuple[int, int]] = []
    events: list[dict] = []
    for i in range(count):
        start = draw(st.integers(0, 420))
        end = start + draw(st.integers(0, 6))
        truth.append((start, end))
        last_day = 400  # the publication day
        if end <= last_day:
            tense = draw(st.sampled_from(["past", "past", "ongoing"]))
        elif start <= last_day:
            tense = "ongoing"
        else:
            tense = "future"
        raw: dict[str, Any] = {"id": f"e{i}", "label": f"event {i}", "tense": tense}
        if draw(st.booleans()) or i == 0:
            before, after = draw(st.integers(0, 20)), draw(st.integers(0, 20))
            first, last = DAY0 + timedelta(start - before), DAY0 + timedelta(end + after)
            raw["time"] = {"start": first.isoformat(), "end": last.isoformat()}
        events.append(raw)
    relations: list[dict] = []
    for _ in range(draw(st.integers(0, 2 * count))):
        a, b = draw(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)))
        if a == b:
            continue
        (sa, ea), (sb, eb) = truth[a], truth[b]
        if ea <= sb:
            gap = sb - ea
            kind = "shortly_before" if gap <= 45 and draw(st.booleans()) else "before"
            rel = relation(kind, f"e{a}", f"e{b}")
            if draw(st.booleans()):
                rel = relation("after", f"e{b}", f"e{a}")
            if draw(st.booleans()):
                low, high = max(0, gap - draw(st.integers(0, 3))), gap + draw(st.integers(0, 3))
                rel["gap"] = {"min": f"P{low}D", "max": f"P{high}D"}
            relations.append(rel)
        elif sb <= sa and ea <= eb:
            relations.append(relation("during", f"e{a}", f"e{b}"))
        elif sa <= eb and sb <= ea:
            relations.append(relation("same_time", f"e{a}", f"e{b}"))
    return {"events": events, "relations": relations, "truth": truth}


def load(timeline: dict[str, Any]):
    doc = article(events=timeline["events"], relations=timeline["relations"])
    return build_article(doc, Settings())


@settings(max_examples=150, deadline=None)
@given(timelines())
def test_a_network_read_off_one_true_timeline_never_conflicts(timeline):
    assert find_conflicts(load(timeline), Settings()) == ()


def shift_one_event(timeline: dict[str, Any], data: st.DataObject) -> str | None:
    """Move the earlier event of a stated order to after its successor's last possible day."""
    by_id = {e["id"]: e for e in timeline["events"]}
    pairs = [
        (r["to"], r["from"]) if r["type"] == "after" else (r["from"], r["to"])
        for r in timeline["relations"]
        if r["type"] in ("before", "shortly_before", "after")
    ]
    pairs = [(a, b) for a, b in pairs if "time" in by_id[b]]
    if not pairs:
        return None
    earlier, later = data.draw(st.sampled_from(pairs))
    bound = date.fromisoformat(by_id[later]["time"]["end"])
    shifted = bound + timedelta(days=data.draw(st.integers(1, 30)))
    by_id[earlier]["time"] = {"start": shifted.isoformat(), "end": shifted.isoformat()}
    return earlier


@settings(max_examples=150, deadline=None)
@given(timelines(), st.data())
def test_shifting_an_event_past_its_bound_always_conflicts_and_names_it(timeline, data):
    shifted = shift_one_event(timeline, data)
    if shifted is None:
        return
    found = find_conflicts(load(timeline), Settings())
    assert found
    for conflict in found:  # without the moved date the timeline holds, so each conflict has it
        assert any(shifted in s.events for s in conflict.statements)


@settings(max_examples=100, deadline=None)
@given(timelines(), st.data())
def test_reported_conflicts_are_irreducible(timeline, data):
    if shift_one_event(timeline, data) is None:
        return
    loaded = load(timeline)
    network = build_network(loaded, Settings())
    for conflict in find_conflicts(loaded, Settings()):
        numbers = tuple(sorted(network.statements.index(s) for s in conflict.statements))
        assert irreducible(network, numbers) == numbers


# --- one solve per article, shared -------------------------------------------------------------

def test_the_shared_solve_is_the_fresh_one_and_is_kept_per_article_and_window():
    loaded = build_article(article(
        events=[event("a", "2025-02-10"), event("b", "2025-01-01")],
        relations=[relation("shortly_before", "b", "a")],
    ), Settings())
    wide, narrow = Settings(), Settings(shortly_days=10)
    assert solve(loaded, wide).conflicts == find_conflicts(loaded, wide) == ()
    assert solve(loaded, narrow).conflicts == find_conflicts(loaded, narrow) != ()
    assert solve(loaded, wide) is solve(loaded, Settings(fail_on=None))


def test_a_shared_solve_goes_with_its_article():
    loaded = build_article(article(events=[event("a", "2025-02-10")]), Settings())
    temporal.solve(loaded, Settings())
    key = id(loaded)
    assert key in temporal._SOLVED
    del loaded
    gc.collect()
    assert key not in temporal._SOLVED
