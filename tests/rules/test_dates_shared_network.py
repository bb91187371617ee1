"""The dates rules share one solved temporal network per article, and say exactly what they
would say each on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import Settings, load_registry
from checker import temporal as temporal_module
from checker.loading import build_article
from checker.runner import RuleOutcome, run_rules
from checker.testing import check_document

ROOT = Path(__file__).resolve().parents[2] / "fixtures"
SHARING = ("dates.sequence-conflict", "dates.duration-mismatch", "dates.future-event")
CASES = sorted(p for rule_id in SHARING for p in (ROOT / "rules" / rule_id).glob("*.article.json"))


def document(path: Path) -> dict:
    """A case's article with its own ``select`` and ``expect`` dropped: every rule runs on it."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.pop("select", None)
    raw.pop("expect", None)
    return raw


def said(findings) -> list[tuple]:
    return sorted((f.rule, f.severity, f.message, f.claims, f.events, f.evidence)
                  for f in findings)


@pytest.fixture(scope="module")
def dates_rules():
    return load_registry().select(["dates.*"], ())


@pytest.fixture
def solves(monkeypatch):
    """Counts the networks solved from here on."""
    calls: list[int] = []
    real = temporal_module.conflicts_in

    def counting(network):
        calls.append(network.size)
        return real(network)

    monkeypatch.setattr(temporal_module, "conflicts_in", counting)
    return calls


@pytest.mark.parametrize("path", [ROOT / "seed.article.json", *CASES],
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_findings_are_those_of_each_rule_on_its_own(path, dates_rules):
    """Checked together (one shared solve), the dates rules report word for word what each
    reports when it alone checks a fresh copy of the article."""
    settings = Settings()
    raw = document(path)
    together = run_rules(build_article(raw, settings), dates_rules, settings)
    alone = [f for definition in dates_rules
             for f in run_rules(build_article(raw, settings), [definition], settings).findings]
    assert said(together.findings) == said(alone)


def test_one_article_is_solved_once_for_all_the_dates_rules(solves):
    path = ROOT / "rules" / "dates.duration-mismatch" / "fires-three-day-pause.article.json"
    settings = Settings(options={"dates.future-event": {"unattached_claims": False}})
    result = check_document(document(path), "dates.*", settings)
    assert {f.rule for f in result.findings} == {"dates.duration-mismatch"}
    assert len(solves) == 1, "a rule's own options do not call for a network of its own"
    check_document(document(path), "dates.*", settings)
    assert len(solves) == 2, "another article (even with the same text) is solved anew"


def test_the_shortly_window_of_each_run_is_honoured_on_the_same_article(dates_rules):
    """The same article object checked under two settings is solved under each."""
    path = ROOT / "rules" / "dates.sequence-conflict" \
        / "near-miss-shortly-before-within-window.article.json"
    loaded = build_article(document(path), Settings())
    quiet = run_rules(loaded, dates_rules, Settings())
    strict = run_rules(loaded, dates_rules, Settings(shortly_days=5))
    again = run_rules(loaded, dates_rules, Settings())
    assert quiet.findings == again.findings == ()
    assert [f.rule for f in strict.findings] == ["dates.sequence-conflict"]


def test_a_crashing_solver_is_an_internal_error_of_each_rule_that_asked(monkeypatch):
    def broken(network):
        raise ZeroDivisionError("solver fault")

    monkeypatch.setattr(temporal_module, "conflicts_in", broken)
    path = ROOT / "rules" / "dates.sequence-conflict" / "fires-signed-after-deployment.article.json"
    result = check_document(document(path), "dates.*")
    crashed = {f.crashed_rule for f in result.findings if f.rule == "internal-error"}
    assert crashed == set(SHARING)
    assert all("ZeroDivisionError: solver fault" in f.message
               for f in result.findings if f.rule == "internal-error")
    assert {rule_id for rule_id, outcome in result.outcomes.items()
            if outcome is RuleOutcome.ERROR} == set(SHARING)
    assert result.outcomes["dates.weekday-mismatch"] is not RuleOutcome.ERROR
