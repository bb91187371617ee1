"""Every rule is documented and tested by its case table: enforced here, not hoped for.

Each registered built-in rule needs its manual (summary and headed sections, in order) and a
folder ``fixtures/rules/<rule-id>/`` with cases that fire (``fires-*.article.json``) and near
misses that must stay quiet (``near-miss-*.article.json``), every one meeting its ``expect``.
"""

import json
from pathlib import Path

import pytest

from checker import Settings, check_paths, load_registry
from checker.registry import DOC_HEADINGS

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "fixtures" / "rules"
BUILT_IN = {"numbers", "dates", "sources"}
RULES = [r for r in load_registry().rules.values() if r.pack in BUILT_IN]
REQUIRED = ("What it checks", "Why it matters", "Example", "Consistent version")


def test_the_built_in_packs_provide_rules():
    assert {r.pack for r in RULES} >= {"numbers"}


@pytest.mark.parametrize("definition", RULES, ids=lambda r: r.id)
def test_rule_documents_itself(definition):
    assert definition.summary.endswith("."), "the summary is one sentence"
    missing = [h for h in REQUIRED if h not in definition.sections]
    assert not missing, f"{definition.id} lacks {missing}"
    order = [h for h in DOC_HEADINGS if h in definition.sections]
    assert list(definition.sections) == order, "sections follow the documented order"


@pytest.mark.parametrize("definition", RULES, ids=lambda r: r.id)
def test_rule_has_cases_that_fire_and_near_misses_that_stay_quiet(definition):
    folder = CASES / definition.id
    fires = sorted(folder.glob("fires-*.article.json"))
    quiet = sorted(folder.glob("near-miss-*.article.json"))
    assert fires, f"{folder} needs at least one fires-*.article.json"
    assert quiet, f"{folder} needs at least one near-miss-*.article.json"
    for path in fires + quiet:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert definition.id in document.get("select", []), f"{path.name} selects its rule"
        expected = [e["rule"] for e in document.get("expect", [])]
        if path in fires:
            assert definition.id in expected, f"{path.name} expects its rule to fire"
        else:
            assert definition.id not in expected, f"{path.name} is a near miss"
    run = check_paths([folder], Settings())
    failures = {a.label: a.expectation for a in run.articles if a.status != "passed"}
    assert not failures, failures


def test_the_seed_article_meets_its_expectations():
    run = check_paths([ROOT / "fixtures" / "seed.article.json"], Settings())
    [result] = run.articles
    assert result.status == "passed", result.expectation
