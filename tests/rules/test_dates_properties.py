"""The dates pack on generated articles: quiet on one true timeline, loud on a deliberate break."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.testing import article, check_document, fired

PUBLISHED = date(2025, 2, 27)
DAY0 = PUBLISHED - timedelta(days=300)
DATES = "dates.*"


def iso(offset: int) -> str:
    return (DAY0 + timedelta(days=offset)).isoformat()


@st.composite
def articles(draw: st.DrawFn) -> dict[str, Any]:
    """An English article whose every date, weekday, order and gap is read off one timeline.

    Each event has a claim stating its date; single days carry their weekday in the
    expression ("on Tuesday, ..."), as a reporter would write them.
    """
    count = draw(st.integers(2, 8))
    truth = [draw(st.integers(0, 300)) for _ in range(count)]
    claims, events, relations = [], [], []
    for i, day in enumerate(truth):
        slack = draw(st.sampled_from([0, 0, 3, 10]))
        when: dict[str, Any] = {"start": iso(day - slack), "end": iso(min(day + slack, 300))}
        if slack == 0:
            name = calendar.day_name[(DAY0 + timedelta(days=day)).weekday()]
            when = {"date": iso(day), "expression": f"on {name}, {iso(day)}"}
        claims.append({"id": f"c{i}", "text": f"event {i} happened", "time": when})
        events.append({"id": f"e{i}", "label": f"event {i}", "time": when, "claims": [f"c{i}"]})
    for _ in range(draw(st.integers(1, 2 * count))):
        a, b = draw(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)))
        if truth[a] >= truth[b]:
            continue
        claim_id = f"r{len(relations)}"
        claims.append({"id": claim_id, "text": f"event {a} came before event {b}"})
        rel: dict[str, Any] = {"type": "before", "from": f"e{a}", "to": f"e{b}", "claim": claim_id}
        if draw(st.booleans()):
            gap = truth[b] - truth[a]
            rel["gap"] = {"min": f"P{max(gap - 2, 0)}D", "max": f"P{gap + 2}D"}
        relations.append(rel)
    return {"truth": truth, "doc": article(
        language="en", claims=claims, events=events, relations=relations
    )}


@settings(max_examples=60, deadline=None)
@given(articles())
def test_an_article_read_off_one_timeline_gets_no_dates_finding(generated):
    assert fired(check_document(generated["doc"], DATES)) == set()


@settings(max_examples=60, deadline=None)
@given(articles(), st.data())
def test_moving_a_date_against_the_stated_order_is_reported_with_its_claim(generated, data):
    doc = generated["doc"]
    if not doc["relations"]:
        return
    rel = data.draw(st.sampled_from(doc["relations"]))
    earlier = int(rel["from"][1:])
    later_end = date.fromisoformat(_window(doc["events"][int(rel["to"][1:])])[1])
    moved = min(later_end + timedelta(days=data.draw(st.integers(1, 20))), PUBLISHED)
    if moved <= later_end:
        return
    for item in (doc["events"][earlier], doc["claims"][earlier]):
        item["time"] = {"start": moved.isoformat(), "end": moved.isoformat()}
    found = fired(check_document(doc, DATES))
    assert found
    assert {rule for rule, _ in found} <= {"dates.sequence-conflict", "dates.duration-mismatch"}
    assert all(f"c{earlier}" in claims for _, claims in found)


@settings(max_examples=40, deadline=None)
@given(articles(), st.data())
def test_a_past_event_dated_after_publication_is_reported_alone(generated, data):
    doc = generated["doc"]
    victim = data.draw(st.integers(0, len(generated["truth"]) - 1))
    later = (PUBLISHED + timedelta(days=data.draw(st.integers(1, 60)))).isoformat()
    for item in (doc["events"][victim], doc["claims"][victim]):
        item["time"] = {"date": later}
    assert fired(check_document(doc, DATES)) == {("dates.future-event", (f"c{victim}",))}


@settings(max_examples=40, deadline=None)
@given(articles(), st.data(), st.integers(1, 6))
def test_a_wrong_weekday_is_reported_on_its_claim(generated, data, shift):
    doc = generated["doc"]
    single = [c for c in doc["claims"] if "expression" in c.get("time", {})]
    if not single:
        return
    claim = data.draw(st.sampled_from(single))
    day = date.fromisoformat(claim["time"]["date"])
    wrong = calendar.day_name[(day.weekday() + shift) % 7]
    claim["time"] = {"date": claim["time"]["date"], "expression": f"on {wrong}"}
    assert fired(check_document(doc, DATES)) == {("dates.weekday-mismatch", (claim["id"],))}


def _window(event: dict[str, Any]) -> tuple[str, str]:
    time = event["time"]
    return (time["date"], time["date"]) if "date" in time else (time["start"], time["end"])


RELATIVE = [  # (language, words, days before publication the words allow)
    ("en", "yesterday", (1, 1)),
    ("it", "ieri", (1, 1)),
    ("en", "two days ago", (2, 2)),
    ("it", "l'altro ieri", (2, 2)),
]


@settings(max_examples=60, deadline=None)
@given(
    st.dates(date(2010, 1, 1), date(2030, 12, 31)),
    st.sampled_from(RELATIVE),
    st.integers(-40, 40).filter(lambda n: n != 0),
)
def test_relative_words_hold_at_their_anchor_and_are_reported_when_moved(published, case, shift):
    language, words, (low, high) = case
    stored = published - timedelta(days=low)

    def doc(day: date) -> dict[str, Any]:
        claim = {"id": "c", "text": f"{words} it happened",
                 "time": {"date": day.isoformat(), "expression": words}}
        return article(language=language, published=published.isoformat(), claims=[claim])

    assert fired(check_document(doc(stored), "dates.relative-anchor")) == set()
    moved = fired(check_document(doc(stored + timedelta(days=shift)), "dates.relative-anchor"))
    assert moved == {("dates.relative-anchor", ("c",))}
