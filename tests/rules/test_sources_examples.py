"""The sources pack on the seed article and on the cases its design turns on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import Settings, load_file
from checker.attribution import credit_names_source, is_anonymous, wire_credits
from checker.model import Source
from checker.runner import judge
from checker.testing import article, check_document, fired
from rules.sources import get_rules

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.article.json"
VARIANT = (ROOT / "fixtures" / "rules" / "sources.contradicts-stance"
           / "fires-seed-deployment-credited-to-pyongyang.article.json")
RULES = get_rules()


def run(path: Path):
    [loaded] = load_file(path, Settings())
    return judge(loaded, RULES, Settings())


def test_the_seed_gets_the_unsourced_estimate_and_the_contradicted_related_link():
    result = run(SEED)
    assert fired(result) == {
        ("sources.unattributed-figure", ("c-casualties-1100",)),
        ("sources.related-content", ("c-casualties-1100", "c-related-thousands-killed")),
    }


def test_crediting_the_seed_deployment_to_pyongyang_is_an_error_naming_both_texts():
    [finding] = run(VARIANT).findings
    assert finding.rule == "sources.contradicts-stance"
    assert finding.severity == "error"
    assert "Pyongyang ha schierato tra 10.000 e 12.000 soldati" in finding.message
    assert "Né Mosca né Pyongyang hanno confermato lo spiegamento" in finding.message


def test_the_seed_credit_lines_are_the_afp_wire_and_a_byline():
    document = json.loads(SEED.read_text(encoding="utf-8"))
    [loaded] = load_file(SEED, Settings())
    credits = list(wire_credits(loaded.article))
    assert [c.credit for c in credits] == ["AFP"]
    assert [s.id for s in credits[0].sources] == ["afp"]
    assert "ORP" in document["credits"]


@pytest.mark.parametrize(
    ("credit", "source", "matches"),
    [
        ("Con informazioni dall'AFP.", Source("afp", "AFP", "wire"), True),
        ("afp", Source("afp", "AFP", "wire"), True),
        ("Reuters", Source("afp", "AFP", "wire", aliases=("Agence France-Presse",)), False),
        ("ANSA", Source("ansa", "Agenzia ANSA", "agency"), True),
        ("AP", Source("apa", "APA", "wire"), False),  # whole words only
    ],
)
def test_credit_lines_match_sources_by_whole_names_ignoring_case(credit, source, matches):
    assert credit_names_source(credit, source) is matches


@pytest.mark.parametrize(
    ("source", "anonymous"),
    [
        (Source("a", "fonti militari", "anonymous"), True),
        (Source("b", "secondo quanto riferito"), True),  # kind defaults to unspecified
        (Source("c", "un funzionario dell'agenzia", "official", named=False), True),
        (Source("d", "Casa Bianca", "government"), False),
    ],
)
def test_which_sources_are_anonymous(source, anonymous):
    assert is_anonymous(source) is anonymous


def credited(credits: list[str]) -> dict:
    return article(
        credits=credits,
        sources=[{"id": "nis", "name": "agenzia di spionaggio della Corea del Sud",
                  "kind": "intelligence"}],
        claims=[{"id": "c", "text": "più truppe in Russia", "sources": ["nis"]}],
    )


def test_a_newsroom_can_teach_the_rule_its_own_wire_agencies():
    rule = [r for r in RULES if r.id == "sources.unknown-source"]
    assert fired(check_document(credited(["Agenzia Nova"]), rule)) == set()
    settings = Settings(options={"sources.unknown-source": {"wire_agencies": [["Agenzia Nova"]]}})
    assert fired(check_document(credited(["Agenzia Nova"]), rule, settings)) == {
        ("sources.unknown-source", ())
    }


def test_a_credited_agency_that_is_listed_but_uncited_is_reported_once():
    document = credited(["Reuters"])
    document["sources"].append({"id": "reuters", "name": "Reuters", "kind": "wire"})
    rule = [r for r in RULES if r.id == "sources.unknown-source"]
    [finding] = check_document(document, rule).findings
    assert "Reuters" in finding.message


def test_a_related_link_contradiction_is_also_a_numbers_finding_at_info():
    """Both packs report the seed's related link: one asks to fix the figure, one the link."""
    pair = ("c-casualties-1100", "c-related-thousands-killed")
    result = check_document(json.loads(SEED.read_text(encoding="utf-8")),
                            ["numbers.*", "sources.related-content"])
    on_pair = {(f.rule.split(".")[0], f.severity) for f in result.findings
               if tuple(sorted(f.claims)) == pair}
    assert on_pair == {("numbers", "info"), ("sources", "warning")}


def test_a_newsroom_can_ask_a_source_for_every_figure_or_for_its_own_measures():
    document = json.loads((ROOT / "fixtures/rules/sources.unattributed-figure/"
                           "near-miss-routine-business-figures.article.json").read_text("utf-8"))
    rule = [r for r in RULES if r.id == "sources.unattributed-figure"]
    assert fired(check_document(document, rule)) == set()
    every = Settings(options={"sources.unattributed-figure": {"measures": ["*"]}})
    assert fired(check_document(document, rule, every)) == {
        ("sources.unattributed-figure", ("dealers-cut",)),
        ("sources.unattributed-figure", ("sales",)),
    }
    sales = Settings(options={"sources.unattributed-figure": {"measures": ["sales_growth"]}})
    assert fired(check_document(document, rule, sales)) == {
        ("sources.unattributed-figure", ("sales",))
    }
