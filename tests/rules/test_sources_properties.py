"""The sources pack against generated articles.

Articles are built consistent: every claim has a named source; no source both asserts a
proposition and rejects it (it may hint at what it declines to confirm); every figure is an
honest reading of one true count; the headline is backed by an asserted body claim and repeats
a body figure as written; every listed source is cited and every wire credit matches a cited
source. On such articles the pack must stay quiet; each deliberate break must make its rule
fire on the claims involved.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.testing import article, check_document, fired
from rules.sources import get_rules

RULES = get_rules()
NK = "north-korean-soldiers"
NAMED_KINDS = ["government", "military", "intelligence", "official", "expert", "ngo", "media"]
Doc = dict[str, Any]


def check(document: Doc, rule_id: str | None = None) -> set[tuple[str, tuple[str, ...]]]:
    rules = [r for r in RULES if rule_id is None or r.id == rule_id]
    result = check_document(document, rules)
    assert result.status != "invalid", result.problems
    assert result.status != "error", result.findings
    return fired(result)


@st.composite
def honest_quantity(draw: st.DrawFn, measure: str, truth: int) -> dict[str, Any]:
    """A figure whose interval contains the true count, read as the engine reads it."""
    qualifier = draw(st.sampled_from(
        ["exact", "approximately", "more_than", "at_least", "less_than", "at_most", "between"]
    ))
    quantity: dict[str, Any] = {"measure": measure, "subject": NK, "unit": "soldier",
                                "qualifier": qualifier}
    if qualifier == "exact":
        quantity["value"] = truth
    elif qualifier == "approximately":  # truth within ±10% of the stated value
        quantity["value"] = round(truth * draw(st.floats(0.92, 1.08)))
    elif qualifier in ("more_than", "at_least"):
        quantity["value"] = draw(st.integers(max(1, truth // 2), truth - 1))
    elif qualifier in ("less_than", "at_most"):
        quantity["value"] = draw(st.integers(truth + 1, truth * 2))
    else:
        quantity["low"] = draw(st.integers(max(1, truth // 2), truth))
        quantity["high"] = draw(st.integers(truth, truth * 2))
    return quantity


@st.composite
def consistent_articles(draw: st.DrawFn) -> Doc:
    n_sources = draw(st.integers(2, 5))
    sources = [
        {"id": f"s{i}", "name": f"Fonte {i}", "kind": draw(st.sampled_from(NAMED_KINDS))}
        for i in range(n_sources)
    ]
    ids = [s["id"] for s in sources]
    claims: list[Doc] = []

    def some(pool: list[str]) -> list[str]:
        return draw(st.lists(st.sampled_from(pool), min_size=1, max_size=len(pool), unique=True))

    # Propositions: who puts each forward and who rejects it are disjoint groups.
    first_forward: list[str] = []
    for p in range(draw(st.integers(1, 3))):
        forward = some(ids)
        first_forward = first_forward or forward
        others = [i for i in ids if i not in forward]
        for k in range(draw(st.integers(1, 3))):
            claims.append({
                "id": f"p{p}-a{k}", "text": f"affermazione {k} sulla questione {p}",
                "sources": some(forward), "about": f"q{p}",
                "stance": "asserted" if k == 0 else draw(st.sampled_from(["asserted", "hedged"])),
                "section": draw(st.sampled_from(["body", "lead", "quote"])),
            })
        rejection = draw(st.sampled_from(["denied", "unconfirmed"]))  # a hint clashes with denial
        for k in range(draw(st.integers(0, 2)) if others else 0):
            rejecting = {
                "id": f"p{p}-r{k}", "text": f"smentita {k} sulla questione {p}",
                "sources": some(others), "about": f"q{p}", "stance": rejection,
            }
            claims.append(rejecting)
            if rejecting["stance"] == "unconfirmed" and draw(st.booleans()):
                # Hinting at what one will not confirm is consistent.
                claims.append({"id": f"p{p}-h{k}", "text": f"lascia intendere {k}",
                               "sources": rejecting["sources"], "about": f"q{p}",
                               "stance": "hedged"})
    claims.append({"id": "title", "text": "titolo sulla questione 0", "section": "title",
                   "sources": some(first_forward), "about": "q0"})

    # Figures: honest readings of one world where killed <= casualties <= deployed.
    deployed = draw(st.integers(5_000, 50_000))
    casualties = draw(st.integers(100, deployed))
    truth = {"troops_deployed": deployed, "casualties": casualties,
             "killed": draw(st.integers(100, casualties))}  # rounding stays honest
    for f in range(draw(st.integers(1, 4))):
        measure = draw(st.sampled_from(sorted(truth)))
        claims.append({
            "id": f"fig{f}", "text": f"cifra {f}", "sources": some(ids),
            "section": draw(st.sampled_from(["body", "lead", "quote", "related"])),
            "quantity": draw(honest_quantity(measure, truth[measure])),
        })
    body_figures = [c for c in claims if "quantity" in c and c["section"] != "related"]
    if body_figures and draw(st.booleans()):
        repeated = draw(st.sampled_from(body_figures))
        claims.append({"id": "title-figure", "text": "cifra nel titolo", "section": "title",
                       "sources": repeated["sources"],
                       "quantity": copy.deepcopy(repeated["quantity"])})

    credits = []
    if draw(st.booleans()):
        sources.append({"id": "afp", "name": "AFP", "kind": "wire"})
        claims.append({"id": "credit", "text": "Con informazioni dall'AFP.",
                       "section": "credit", "sources": ["afp"]})
        credits = draw(st.sampled_from([["AFP"], ["AFP", "ORP"], ["afp"]]))
    cited = {s for c in claims for s in c["sources"]}
    for source in sources:
        if source["id"] not in cited:
            claims.append({"id": f"said-{source['id']}", "text": f"dichiara {source['name']}",
                           "sources": [source["id"]]})
    return article(sources=sources, claims=claims, credits=credits)


def claim(document: Doc, claim_id: str) -> Doc:
    return next(c for c in document["claims"] if c["id"] == claim_id)


def body_figures(document: Doc) -> list[Doc]:
    return [c for c in document["claims"]
            if "quantity" in c and c.get("section") not in ("related", "title")]


@settings(max_examples=200)
@given(consistent_articles())
def test_consistent_articles_give_no_findings(document):
    assert check(document) == set()


@settings(max_examples=30)
@given(consistent_articles(), st.data())
def test_a_figure_losing_its_source_is_unattributed(document, data):
    figures = body_figures(document) or [claim(document, "fig0")]
    target = data.draw(st.sampled_from(figures))
    target["sources"], target["section"] = [], "body"
    assert check(document, "sources.unattributed-figure") == {
        ("sources.unattributed-figure", (target["id"],))
    }


@settings(max_examples=30)
@given(consistent_articles(), st.data(), st.sampled_from(["denied", "unconfirmed"]))
def test_a_source_rejecting_what_it_is_credited_with_contradicts_its_stance(
    document, data, stance
):
    asserting = claim(document, "p0-a0")
    credited = data.draw(st.sampled_from(asserting["sources"]))
    rejecting = [credited]
    if stance == "denied":
        # Credited beside a source that does not deny it: misattribution, not a change of mind.
        document["sources"].append({"id": "beside", "name": "Fonte accanto", "kind": "media"})
        asserting["sources"] = [*asserting["sources"], "beside"]
    document["claims"].append({"id": "break", "text": "non conferma", "about": "q0",
                               "stance": stance, "sources": rejecting})
    found = check(document, "sources.contradicts-stance")
    assert ("sources.contradicts-stance", tuple(sorted(["p0-a0", "break"]))) in found
    assert all("break" in claims for _, claims in found)


@settings(max_examples=30)
@given(consistent_articles())
def test_a_source_denying_what_it_asserted_is_a_conflicting_attribution(document):
    asserting = claim(document, "p0-a0")
    document["claims"].append({"id": "break", "text": "smentisce", "about": "q0",
                               "stance": "denied", "sources": list(asserting["sources"])})
    found = check(document, "sources.conflicting-attribution")
    assert ("sources.conflicting-attribution", tuple(sorted(["p0-a0", "break"]))) in found
    assert all("break" in claims for _, claims in found)
    # One pair, one finding: the sister rule leaves a source that said both to this one.
    pair = tuple(sorted(["p0-a0", "break"]))
    assert ("sources.contradicts-stance", pair) not in check(document, "sources.contradicts-stance")


@settings(max_examples=30)
@given(consistent_articles())
def test_a_headline_over_hedged_support_overstates(document):
    support = [c for c in document["claims"]
               if c.get("about") == "q0" and c["id"].startswith(("p0-a", "p0-h"))]
    for c in support:
        c["stance"] = "hedged"
    found = check(document, "sources.headline-overstates")
    assert found == {
        ("sources.headline-overstates", tuple(sorted(["title", *(c["id"] for c in support)])))
    }


@settings(max_examples=30)
@given(consistent_articles(), st.data())
def test_a_key_figure_from_anonymous_sources_only_is_reported(document, data):
    document["sources"].append({"id": "anon", "name": "fonti", "kind": "anonymous"})
    document["claims"].append({"id": "said-anon", "text": "dicono fonti", "sources": ["anon"]})
    figures = body_figures(document)
    target = data.draw(st.sampled_from(figures)) if figures else claim(document, "title")
    target["sources"] = ["anon"]
    assert check(document, "sources.anonymous-only") == {
        ("sources.anonymous-only", (target["id"],))
    }


@settings(max_examples=30)
@given(consistent_articles(), st.booleans())
def test_an_uncited_source_or_stale_credit_is_unknown(document, by_credit):
    if by_credit:
        document["credits"] = [*document.get("credits", []), "Reuters"]
    else:
        document["sources"].append({"id": "idle", "name": "Ministero", "kind": "government"})
    result = check_document(document, [r for r in RULES if r.id == "sources.unknown-source"])
    [finding] = result.findings
    assert ("Reuters" if by_credit else "Ministero") in finding.message


@settings(max_examples=30)
@given(consistent_articles(), st.data())
def test_a_related_link_against_a_body_figure_is_reported(document, data):
    figures = body_figures(document)
    if not figures:
        return
    target = data.draw(st.sampled_from(figures))
    quantity = copy.deepcopy(target["quantity"])
    bound = quantity.get("high", quantity.get("value"))
    if quantity["qualifier"] in ("more_than", "at_least"):  # open above: go below it
        outside = {"qualifier": "exact", "value": max(1, quantity["value"] // 2 - 1)}
    elif quantity["qualifier"] == "between":
        outside = {"qualifier": "more_than", "value": quantity["high"] * 2}
    else:
        outside = {"qualifier": "more_than", "value": bound * 2}
    for key in ("value", "low", "high"):
        quantity.pop(key, None)
    quantity.update(outside)
    document["claims"].append({"id": "link", "text": "Ti consigliamo: altra cifra",
                               "section": "related", "sources": target["sources"],
                               "quantity": quantity})
    found = check(document, "sources.related-content")
    assert ("sources.related-content", tuple(sorted(["link", target["id"]]))) in found
    assert all("link" in claims for _, claims in found)


BUSINESS_MEASURES = ["sales", "revenue", "count_of_dealers", "money", "percentage", "distance"]
UNITS = {"money": "USD", "percentage": "percent", "distance": "km"}


@settings(max_examples=50)
@given(st.lists(st.tuples(st.sampled_from(BUSINESS_MEASURES), st.integers(1, 10**9),
                          st.sampled_from(["body", "lead", "title"])), min_size=1, max_size=5),
       st.data())
def test_figures_in_the_outlets_own_voice_stay_quiet_until_told_as_hearsay(figures, data):
    claims = [{"id": f"f{i}", "text": f"cifra {i}", "section": section,
               "quantity": {"measure": measure, "unit": UNITS.get(measure, "dimensionless"),
                            "qualifier": "exact", "value": value}}
              for i, (measure, value, section) in enumerate(figures)]
    document = article(claims=claims)
    assert check(document, "sources.unattributed-figure") == set()
    target = data.draw(st.sampled_from(claims))
    target["stance"] = "hedged"
    assert check(document, "sources.unattributed-figure") == {
        ("sources.unattributed-figure", (target["id"],))
    }
