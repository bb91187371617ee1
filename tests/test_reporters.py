"""The reports CI systems and editors read: HTML, JUnit XML, SARIF 2.1.0, GitHub annotations."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import Settings, check_paths
from checker.cli import main
from checker.findings import Finding, Severity
from checker.model import Claim, Location
from checker.reporters import github, html, junit, sarif

RULE = "numbers.conflicting-values"
PAYLOAD = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>" onload="alert(2)'


def located(claim_id: str, body: str, text: str, **quantity: Any) -> dict[str, Any]:
    start = body.index(text)
    where = {"field": "body", "start": start, "end": start + len(text)}
    claim: dict[str, Any] = {"id": claim_id, "text": text, "sources": ["nis"], "location": where}
    if quantity:
        claim["quantity"] = {"measure": "troops_deployed", "subject": "nk", "unit": "soldier",
                             **quantity}
    return claim


def document(article_id: str, *, title: str = "Truppe in Russia", prefix: str = "",
             **fields: Any) -> dict[str, Any]:
    body = f"{prefix}Seul: più di 10.000 soldati inviati. Poi Seul parla di 3.000 soldati."
    doc = {
        "schema": "claimcheck/article/1", "id": article_id, "language": "it",
        "published": "2025-02-27", "title": title, "body": body,
        "sources": [{"id": "nis", "name": "agenzia di spionaggio della Corea del Sud"}],
        "claims": [
            located("a", body, "più di 10.000 soldati", qualifier="more_than", value=10000),
            located("b", body, "3.000 soldati", qualifier="exact", value=3000),
            {"id": "c", "text": "una frase senza posizione", "sources": ["nis"]},
        ],
        "select": [RULE],
    }
    doc.update(fields)
    return doc


WAIVER = {"rule": RULE, "claims": ["a", "b"], "reason": "la cifra è stata corretta",
          "by": "Maria Rossi", "date": "2025-02-28"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = {
        "hostile": document("hostile", title=f"Titolo {PAYLOAD}", prefix=f"{PAYLOAD} "),
        "waived": document("waived", waivers=[WAIVER]),
        "expected": document("expected", expect=[{"rule": RULE, "claims": ["a", "b"]}]),
    }
    for name, doc in articles.items():
        (folder / f"{name}.article.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    (folder / "broken.article.json").write_text('{"schema": "claimcheck/article/1"}', "utf-8")
    return folder


@pytest.fixture
def run(corpus: Path):
    return check_paths([corpus], Settings(select=(RULE,)))


@pytest.fixture
def report(run, tmp_path: Path) -> Path:
    return html.write(run, tmp_path / "html")


def page(report: Path, article_id: str) -> str:
    (found,) = report.parent.glob(f"articles/*-{article_id}.html")
    return found.read_text(encoding="utf-8")


# ---- HTML ----------------------------------------------------------------------------------


def test_article_text_is_escaped_everywhere(report: Path):
    text = page(report, "hostile")
    assert "<script>document" not in text and "<img" not in text
    assert '" onload="alert' not in text
    assert "&lt;script&gt;document.title=" in text
    assert text.count("<script>") == 1  # the report's own, hashed script


def test_an_earlier_count_is_shown_as_such(tmp_path: Path):
    doc = document("earlier")
    doc["claims"][1]["superseded"] = True
    (tmp_path / "earlier.article.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    checked = check_paths([tmp_path], Settings(select=(RULE,)))
    assert checked.articles[0].findings == ()  # replaced, not contradicted: no conflict
    text = page(html.write(checked, tmp_path / "html"), "earlier")
    assert text.count("(an earlier count, since replaced)") == 1


def test_the_index_data_cannot_close_its_script_block(report: Path):
    text = report.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="cc-index-data">(.*?)</script>', text,
                     re.S)
    assert data is not None
    rows = json.loads(data.group(1))
    assert {row["id"] for row in rows} >= {"hostile", "waived", "expected"}
    assert any(PAYLOAD in row["title"] for row in rows)


@pytest.mark.parametrize("which", ["index", "hostile"])
def test_each_page_allows_only_its_own_inline_script_and_style(report: Path, which: str):
    text = report.read_text("utf-8") if which == "index" else page(report, which)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert policy is not None
    content = html_lib.unescape(policy.group(1))
    directives = dict(d.strip().split(" ", 1) for d in content.split(";"))
    assert directives["default-src"] == "'none'"
    script = re.search(r"<script>(.*?)</script>", text, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", text, re.S).group(1)
    assert directives["script-src"] == f"'{sha256(script)}'"
    assert directives["style-src"] == f"'{sha256(style)}'"
    assert not re.search(r"\s(src|href)=\"(https?:)?//", text), "no request leaves the page"


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_every_located_claim_is_highlighted_once_and_the_others_are_listed(report: Path):
    text = page(report, "waived")
    anchors = re.findall(r'<mark class="claim [^"]*" data-claims="[^"]*" id="claim-([^"]+)"', text)
    assert sorted(anchors) == ["a", "b"]
    assert 'id="claim-c"' in text and "Claims without a place in the text" in text


def test_a_finding_links_to_its_claims_and_shows_evidence_and_documentation(report: Path):
    text = page(report, "expected")
    assert 'data-focus-claims="a b"' in text
    assert "Two figures for the same count that cannot both be true." in text
    assert "più di 10.000 soldati" in text and "(10,000, ∞) person" in text
    assert "What it checks" in text and 'class="claim sev-error"' in text


def test_a_waived_finding_shows_who_waived_it_and_why(report: Path):
    text = page(report, "waived")
    assert "Waived by <strong>Maria Rossi</strong> on 2025-02-28: la cifra è stata corretta" in text
    assert 'class="claim sev-waived"' in text


def test_an_invalid_article_gets_a_page_with_its_problems(report: Path, run):
    (broken,) = [a for a in run.articles if a.status.value == "invalid"]
    text = page(report, html.page_name(0, broken).split("-", 1)[1].removesuffix(".html"))
    assert "Why this is not valid article data" in text and "missing required field" in text


claim_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 20)), min_size=0, max_size=6
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\n", min_size=40, max_size=60), spans=claim_spans)
def test_highlighting_keeps_the_text_and_covers_exactly_each_claim(text, spans):
    claims = [Claim(id=f"c{i}", text=text[s:s + n],
                    location=Location("body", s, min(s + n, len(text))))
              for i, (s, n) in enumerate(spans) if s < len(text)]
    marked = str(html.highlight(text, claims, {}))
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", marked)) == text
    for claim in claims:
        pieces = re.findall(r'<mark [^>]*data-claims="([^"]*)"[^>]*>([^<]*)</mark>', marked)
        covered = "".join(html_lib.unescape(p) for ids, p in pieces if claim.id in ids.split())
        assert covered == text[claim.location.start:claim.location.end]
    assert marked.count('id="claim-') == len(claims)


def test_claim_colours_take_the_worst_open_finding():
    findings = [Finding(RULE, Severity.INFO, "m", ("a",)),
                Finding(RULE, Severity.ERROR, "m", ("a",)),
                Finding(RULE, Severity.WARNING, "m", ("b",))]
    assert html.claim_marks(findings) == {"a": "error", "b": "warning"}


def test_the_cli_writes_the_html_report_to_a_folder(corpus: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["check", str(corpus), "--select", RULE,
                                       "--format", "html", "--output", str(out)])
    assert result.exit_code == 2  # the broken article makes the run's input bad
    assert (out / "index.html").is_file() and len(list((out / "articles").iterdir())) == 4


# ---- JUnit ---------------------------------------------------------------------------------


def test_junit_has_one_case_per_article_and_rule_with_consistent_counts(run):
    root = ET.fromstring(junit.render(run).encode())
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) >= {"hostile", "waived", "expected"}
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        for kind, key in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
            assert int(suite.get(key)) == sum(c.find(kind) is not None for c in cases)
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in root.findall("testsuite"))
    verdicts = {(s.get("name"), c.get("name")): c for s in root for c in s}
    assert verdicts[("hostile", RULE)].find("failure") is not None
    assert verdicts[("waived", RULE)].find("failure") is None
    assert verdicts[("expected", RULE)].find("failure") is None
    invalid = [c for (name, case), c in verdicts.items() if case == "claimcheck"
               and c.find("failure") is not None]
    assert len(invalid) == 1 and "missing required field" in invalid[0].find("failure").text


# ---- SARIF ---------------------------------------------------------------------------------

# The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) a consumer relies on.
SARIF_SHAPE = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {
            "type": "object", "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {
                    "driver": {"type": "object", "required": ["name"], "properties": {
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"],
                            "properties": {"defaultConfiguration": {"properties": {
                                "level": {"enum": ["none", "note", "warning", "error"]}}}},
                        }}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message"],
                    "properties": {
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "message": {"type": "object", "required": ["text"]},
                        "ruleIndex": {"type": "integer", "minimum": 0},
                        "locations": {"type": "array", "items": {"properties": {
                            "physicalLocation": {"properties": {
                                "artifactLocation": {"required": ["uri"]},
                                "region": {"properties": {"startLine": {"minimum": 1}}}}}}}},
                        "suppressions": {"type": "array", "items": {
                            "required": ["kind"],
                            "properties": {"kind": {"enum": ["inSource", "external"]}}}},
                    }}},
            }}},
    },
}


def test_sarif_has_the_documented_shape_and_each_result_names_its_rule(run):
    log = json.loads(sarif.render(run))
    jsonschema.validate(log, SARIF_SHAPE)
    (only,) = log["runs"]
    rules = only["tool"]["driver"]["rules"]
    for result in only["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_article = {r["properties"]["article"]: r for r in only["results"]}
    assert by_article["hostile"]["level"] == "error"
    assert by_article["waived"]["suppressions"][0]["justification"].startswith("la cifra")
    assert "suppressions" not in by_article["hostile"]
    notes = only["invocations"][0]["toolExecutionNotifications"]
    assert any("missing required field" in n["message"]["text"] for n in notes)


# ---- GitHub annotations --------------------------------------------------------------------

ANNOTATION = re.compile(r"^::(error|warning|notice) file=[^,:]+,line=\d+,title=[^,:]+::[^\n]+$")


def test_github_annotations_are_well_formed_and_skip_waived_and_expected(run):
    lines = github.render(run).splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert all(ANNOTATION.match(line) for line in annotations), annotations
    titles = " ".join(annotations)
    assert "(hostile)" in titles and "(waived)" not in titles and "(expected)" not in titles
    assert any("invalid article" in line for line in annotations)


def test_github_commands_escape_what_would_break_the_line():
    line = github.command("error", "50%\nsecond line", "dir/a,b.article.json", 3, "x: y")
    assert line == "::error file=dir/a%2Cb.article.json,line=3,title=x%3A y::50%25%0Asecond line"


def test_rewriting_a_report_replaces_its_pages_and_keeps_other_files(run, tmp_path: Path):
    folder = tmp_path / "site"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "00099-old-article.html").write_text("stale", "utf-8")
    (folder / "articles" / "notes.txt").write_text("mine", "utf-8")
    html.write(run, folder)
    names = sorted(p.name for p in (folder / "articles").iterdir())
    assert "00099-old-article.html" not in names and "notes.txt" in names
    assert len(names) == len(run.articles) + 1
