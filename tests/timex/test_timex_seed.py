"""Every time expression of the reference article (published Thursday 2025-02-27)."""

from datetime import date
from pathlib import Path

import pytest

from checker.days import DayRange, DaySpan
from checker.timex import find_times, resolve

PUBLISHED = date(2025, 2, 27)
SEED = Path(__file__).resolve().parents[3] / "shared/seeds/000_e792c4df2d7ce011.txt"
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures/seed.article.json"


def _day(text: str) -> DaySpan:
    d = date.fromisoformat(text)
    return DaySpan(d, d)


def _days(first: str, last: str) -> DaySpan:
    return DaySpan(date.fromisoformat(first), date.fromisoformat(last))


# (phrase as written in the article, expression, kind, value, span)
SEED_TIMES = [
    ("giovedì", "giovedì", "date", "2025-02-27", _day("2025-02-27")),
    ("all'inizio di questo mese", "inizio di questo mese", "date", "2025-02",
     _days("2025-02-01", "2025-02-10")),
    ("da metà gennaio", "metà gennaio", "date", "2025-01", _days("2025-01-11", "2025-01-20")),
    ("di un mese", "un mese", "duration", "P1M", None),
    ("giovedì", "giovedì", "date", "2025-02-27", _day("2025-02-27")),
    ("poco prima", "poco prima", "date", None, None),
    ("nell'ottobre 2024", "ottobre 2024", "date", "2024-10", _days("2024-10-01", "2024-10-31")),
    ("Nel giugno 2024", "giugno 2024", "date", "2024-06", _days("2024-06-01", "2024-06-30")),
]


def _body() -> str:
    import json

    return json.loads(FIXTURE.read_text(encoding="utf-8"))["body"]


def test_every_seed_time_is_found_in_order_and_nothing_else() -> None:
    body = _body()
    mentions = find_times(body, "it", PUBLISHED)
    got = [(body[m.phrase_start:m.end], m.expression, m.kind, m.value, m.span) for m in mentions]
    assert got == SEED_TIMES


def test_offsets_point_at_the_words() -> None:
    body = _body()
    for mention in find_times(body, "it", PUBLISHED):
        assert body[mention.start:mention.end] == mention.expression


def test_the_pause_lasts_a_month() -> None:
    (pause,) = [m for m in find_times(_body(), "it", PUBLISHED) if m.kind == "duration"]
    assert pause.duration == DayRange(28, 31)
    assert pause.iso_duration == "P1M"
    assert "dopo una pausa di un mese" in _body()[pause.start - 20:pause.end]


def test_shortly_before_is_anchored_not_dated() -> None:
    (shortly,) = [m for m in find_times(_body(), "it", PUBLISHED) if m.anchor is not None]
    assert shortly.anchor is not None and shortly.anchor.relation == "shortly_before"
    assert shortly.span is None


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed text is not available")
def test_the_raw_seed_text_gives_the_same_times() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert [m.expression for m in find_times(text, "it", PUBLISHED)] == [
        row[1] for row in SEED_TIMES
    ]


@pytest.mark.parametrize(
    ("expression", "span"),
    [
        ("giovedì", _day("2025-02-27")),
        ("all'inizio di questo mese", _days("2025-02-01", "2025-02-10")),
        ("metà gennaio", _days("2025-01-11", "2025-01-20")),
        ("da metà gennaio", _days("2025-01-11", "2025-01-20")),
        ("nell'ottobre 2024", _days("2024-10-01", "2024-10-31")),
        ("Nel giugno 2024", _days("2024-06-01", "2024-06-30")),
        ("dopo una pausa di un mese", None),
        ("poco prima", None),
    ],
)
def test_resolve_matches_the_hand_made_seed_fixture(expression: str, span: DaySpan | None) -> None:
    assert resolve(expression, "it", PUBLISHED) == span
