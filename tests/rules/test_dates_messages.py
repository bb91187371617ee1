"""What an editor reads in a dates finding: the claims quoted as written, and the evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import Settings, check_paths, describe

CASES = Path(__file__).resolve().parents[2] / "fixtures" / "rules"
FIRES = sorted(CASES.glob("dates.*/fires-*.article.json"))


@pytest.mark.parametrize("path", FIRES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_dates_finding_quotes_its_claims_and_shows_their_evidence(path):
    [result] = check_paths([path], Settings()).articles
    assert result.findings, "a fires- case produces a finding"
    for finding in result.findings:
        assert finding.claims, "a finding names the claims it rests on"
        for claim_id in finding.claims:
            claim = result.article.claim_by_id[claim_id]
            assert describe.quote(claim) in finding.message
        assert {e.claim for e in finding.evidence} == set(finding.claims)


def test_a_duration_mismatch_says_how_many_days_the_dates_allow():
    path = CASES / "dates.duration-mismatch" / "fires-three-day-pause.article.json"
    [result] = check_paths([path], Settings()).articles
    [finding] = result.findings
    assert "between 31 and 40 days" in finding.message  # mid-January to February 20


def test_the_shortly_window_is_configurable():
    path = CASES / "dates.sequence-conflict" / "near-miss-shortly-before-within-window.article.json"
    [quiet] = check_paths([path], Settings()).articles
    [strict] = check_paths([path], Settings(shortly_days=5)).articles
    assert quiet.findings == ()
    assert [f.rule for f in strict.findings] == ["dates.sequence-conflict"]
