"""The numbers pack's case tables and the seed article, run as a user runs them."""

from pathlib import Path

import pytest

from checker import Severity, check_paths, load_registry
from checker.runner import ArticleStatus

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "fixtures" / "rules"
NUMBERS = sorted(r.id for r in load_registry().rules.values() if r.pack == "numbers")


def test_the_pack_has_every_rule_of_its_issue():
    assert set(NUMBERS) == {
        "numbers.conflicting-values", "numbers.part-exceeds-whole", "numbers.components-sum",
        "numbers.cumulative-decrease", "numbers.unit-conversion", "numbers.incompatible-units",
        "numbers.implausible-ratio", "numbers.vague-vs-precise",
    }


@pytest.mark.parametrize("rule_id", NUMBERS)
def test_every_case_meets_its_expectations(rule_id):
    folder = CASES / rule_id
    fires = sorted(folder.glob("fires-*.article.json"))
    near = sorted(folder.glob("near-miss-*.article.json"))
    assert fires and near, f"{rule_id} needs cases that fire and near misses"
    run = check_paths([folder])
    assert run.exit_code == 0
    for result in run.articles:
        assert result.status is ArticleStatus.PASSED, (result.file, result.expectation)
        is_fire = Path(result.file).name.startswith("fires-")
        assert bool(result.findings) == is_fire, result.file


def _findings(folder: str, case: str):
    run = check_paths([CASES / folder / f"{case}.article.json"])
    return {f.claims: f.severity for f in run.articles[0].findings}


def test_conflicting_values_severity_follows_who_gives_the_figures():
    rule = "numbers.conflicting-values"
    assert set(_findings(rule, "fires-same-source").values()) == {Severity.ERROR}
    assert set(_findings(rule, "fires-unsourced-both").values()) == {Severity.ERROR}
    assert set(_findings(rule, "fires-sources-disagree").values()) == {Severity.WARNING}


def test_a_related_link_is_reported_at_info_level():
    found = _findings("numbers.part-exceeds-whole", "fires-related-link-killed-above-casualties")
    assert found == {("c-related", "c-casualties"): Severity.INFO}


def test_the_seed_gets_the_related_link_against_the_casualty_estimate_and_nothing_else():
    from checker import Settings

    run = check_paths([ROOT / "fixtures" / "seed.article.json"], Settings(select=("numbers.*",)))
    findings = run.articles[0].findings
    assert [(f.rule, f.claims, f.severity) for f in findings] == [(
        "numbers.part-exceeds-whole",
        ("c-related-thousands-killed", "c-casualties-1100"),
        Severity.INFO,
    )]
    message = findings[0].message
    for words in ("Migliaia di soldati nordcoreani massacrati", "Casa Bianca", "related link",
                  "2,000-9,999 killed", "1.100", "990-1,210 casualties", "part of the casualties"):
        assert words in message
