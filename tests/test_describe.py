"""How messages word a figure: what was counted, in the unit written, without repeating it."""

from __future__ import annotations

import pytest

from checker import Settings
from checker.describe import figure
from checker.loading import load_document
from checker.testing import article
from checker.testing import figure as figure_claim


@pytest.mark.parametrize(
    ("value", "measure", "unit", "words"),
    [
        (1100, "casualties", "soldier", "1,100 casualties"),
        (2000, "count_of_jobs", "dimensionless", "2,000 jobs"),
        (10400, "distance", "km", "10,400 km"),
        (13, "percentage", "percent", "13 percent"),
        (40_000_000_000, "money", "USD", "40,000,000,000 USD"),
        (300, "front_length", "km", "300 km front length"),
    ],
)
def test_a_figure_names_its_count_once(value, measure, unit, words) -> None:
    document = article(claims=[figure_claim("c", "figure", "exact", value, measure=measure,
                                            unit=unit, subject=None)])
    loaded = load_document(document, "<test>", None, Settings())
    assert loaded.article is not None, [p.describe() for p in loaded.problems]
    quantity = loaded.article.claims[0].quantity
    assert quantity is not None
    assert figure(quantity) == words


def test_evidence_shows_a_base_unit_by_the_symbol_readers_know() -> None:
    from checker.describe import quantity_evidence

    document = article(claims=[figure_claim("c", "$40 billion", "exact", 40e9, measure="money",
                                            unit="USD", subject=None),
                               figure_claim("d", "10.000 soldati", "more_than", 10000)])
    loaded = load_document(document, "<test>", None, Settings())
    assert loaded.article is not None
    money, troops = loaded.article.claims
    assert quantity_evidence(money).normalised == "40,000,000,000 USD"
    assert quantity_evidence(troops).normalised == "(10,000, ∞) person"
