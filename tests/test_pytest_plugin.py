"""The pytest plugin as a CI user meets it: collected items, verdicts, failure reports, options."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from checker.testing import article, figure

pytest_plugins = ["pytester"]

RULE = "numbers.conflicting-values"
BODY = "Seul: più di 10.000 soldati inviati. Lo stesso giorno Seul parla di 3.000 soldati inviati."


def conflicting(**fields: Any) -> dict[str, Any]:
    """An article where one source gives two figures that cannot both hold (an error)."""
    first, second = "più di 10.000 soldati", "3.000 soldati"
    start_a, start_b = BODY.index(first), BODY.index(second)
    document = article(
        id=fields.pop("id", "conflict"),
        body=BODY,
        sources=[{"id": "nis", "name": "agenzia di spionaggio della Corea del Sud"}],
        claims=[
            figure("a", first, "more_than", 10000, sources=["nis"],
                   location={"field": "body", "start": start_a, "end": start_a + len(first)}),
            figure("b", second, "exact", 3000, sources=["nis"],
                   location={"field": "body", "start": start_b, "end": start_b + len(second)}),
        ],
        select=[RULE],
    )
    document.update(fields)
    return document


def write(pytester: pytest.Pytester, name: str, document: Any) -> None:
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    pytester.path.joinpath(name).write_text(text, encoding="utf-8")


def test_an_article_meeting_its_expect_list_passes_with_one_item_per_rule(pytester):
    write(pytester, "case.article.json", conflicting(expect=[{"rule": RULE, "claims": ["a", "b"]}]))
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines([
        "case.article.json::claimcheck PASSED*",
        f"case.article.json::{RULE} PASSED*",
    ])


def test_an_unexpected_finding_fails_with_a_readable_diff_and_no_traceback(pytester):
    write(pytester, "case.article.json", conflicting(expect=[]))
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        f"expect list not met for {RULE}: 1 unexpected, 0 missing finding(s)",
        "  rule: Two figures for the same count that cannot both be true.*",
        f"+ unexpected: {RULE} on a, b is not in the expect list",
        "*a (body 6-27): 'più di 10.000 soldati' (agenzia di spionaggio della Corea del Sud*",
        "*a: written 'più di 10.000 soldati'; read as*",
    ])
    assert "Traceback" not in result.stdout.str()
    assert "def runtest" not in result.stdout.str()


def test_a_missing_expected_finding_fails(pytester):
    document = conflicting(expect=[{"rule": RULE, "claims": ["a", "b"]}])
    document["claims"][1]["quantity"]["value"] = 12000  # now the two figures agree
    write(pytester, "quiet.article.json", document)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([f"- missing: expected {RULE} on a, b, which did not occur"])


def test_without_expect_the_fail_on_threshold_decides(pytester):
    write(pytester, "case.article.json", conflicting())
    failed = pytester.runpytest("-rf")
    failed.assert_outcomes(passed=1, failed=1)
    failed.stdout.fnmatch_lines([f"FAILED case.article.json::{RULE} - error*"])
    pytester.runpytest("--claimcheck-fail-on=never").assert_outcomes(passed=2)
    pytester.makeini("[pytest]\nclaimcheck_fail_on = never\n")
    pytester.runpytest().assert_outcomes(passed=2)


def test_a_waived_finding_does_not_fail(pytester):
    waiver = {"rule": RULE, "claims": ["a", "b"], "reason": "the agency revised its figure",
              "by": "desk editor", "date": "2025-02-28"}
    write(pytester, "case.article.json", conflicting(waivers=[waiver]))
    pytester.runpytest().assert_outcomes(passed=2)


def test_an_unused_waiver_is_reported_by_the_article_item(pytester):
    waiver = {"rule": RULE, "claims": ["a", "b"], "reason": "checked", "by": "desk",
              "date": "2025-02-28"}
    document = conflicting(id="fine", waivers=[waiver])
    document["claims"][1]["quantity"]["value"] = 12000  # the figures agree: nothing to waive
    write(pytester, "fine.article.json", document)
    result = pytester.runpytest("--claimcheck-fail-on=warning", "-v")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(["fine.article.json::claimcheck FAILED*", "*unused-waiver*"])


def test_an_invalid_file_is_one_failing_item_and_the_others_still_run(pytester):
    write(pytester, "good.article.json", conflicting(expect=[{"rule": RULE, "claims": ["a", "b"]}]))
    broken = conflicting(id="broken")
    del broken["title"]
    write(pytester, "broken.article.json", broken)
    write(pytester, "garbled.article.json", "{not json")
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines([
        "broken.article.json::claimcheck FAILED*",
        "garbled.article.json::claimcheck FAILED*",
    ])
    result.stdout.fnmatch_lines(["*missing required field 'title'*", "*is not valid JSON*"])
    assert "error" not in result.parseoutcomes()


def test_minus_k_selects_items_by_rule_id(pytester):
    write(pytester, "case.article.json", conflicting(expect=[]))
    result = pytester.runpytest("-k", "conflicting", "-v")
    result.assert_outcomes(failed=1, deselected=1)


def test_junitxml_names_each_article_and_rule(pytester):
    write(pytester, "case.article.json", conflicting(expect=[]))
    pytester.runpytest("--junitxml=out.xml")
    root = ET.parse(pytester.path / "out.xml").getroot()
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"claimcheck", RULE}
    assert cases[RULE].find("failure") is not None
    assert cases["claimcheck"].find("failure") is None


def test_a_crashing_rule_shows_its_traceback(pytester):
    pytester.makepyfile(crashing_rule='''
        from checker import rule

        @rule("local.always-crashes", severity="error")
        def always_crashes(ctx):
            """A rule with a bug.

            What it checks:
                Nothing.

            Why it matters:
                It shows how a crash is reported.

            Example:
                Any article.
            """
            return [1 / 0]

        def get_rules():
            return [always_crashes]
    ''')
    pytester.makepyprojecttoml('[tool.claimcheck]\nplugins = ["crashing_rule.py"]\n')
    write(pytester, "case.article.json", article(id="any", select=["local.*"]))
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "case.article.json::local.always-crashes FAILED*",
        "*local.always-crashes crashed on any*",
        "Traceback (most recent call last):",
        "*ZeroDivisionError: division by zero",
    ])


def test_json_lines_give_items_per_article_line(pytester):
    lines = [conflicting(id="one", expect=[{"rule": RULE, "claims": ["a", "b"]}]),
             conflicting(id="two", expect=[])]
    write(pytester, "corpus.jsonl", "\n".join(json.dumps(d) for d in lines) + "\n{oops\n")
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines([
        "corpus.jsonl::one::claimcheck PASSED*",
        f"corpus.jsonl::one::{RULE} PASSED*",
        f"corpus.jsonl::two::{RULE} FAILED*",
        "corpus.jsonl::line-3::claimcheck FAILED*",
    ])


def test_json_lines_that_are_not_article_data_are_left_alone(pytester):
    write(pytester, "gold.jsonl", '{"text": "metà gennaio", "value": "2025-01-XX"}\n')
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_a_rule_with_nothing_to_check_is_skipped_with_the_reason(pytester):
    write(pytester, "plain.article.json", article(id="plain", select=[RULE]))
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines([f"*{RULE} is not applicable: nothing in plain to check*"])


def test_select_and_ignore_options_choose_the_rules(pytester):
    document = conflicting(expect=[])
    del document["select"]
    write(pytester, "case.article.json", document)
    selected = pytester.runpytest("--claimcheck-select", RULE)
    selected.assert_outcomes(passed=1, failed=1)
    ignored = pytester.runpytest("--claimcheck-select=numbers.*", "--claimcheck-ignore", RULE, "-v")
    assert f"::{RULE}" not in ignored.stdout.str()
    assert ignored.ret == pytest.ExitCode.OK
    typo = pytester.runpytest("--claimcheck-select", "numbers.no-such-rule")
    assert typo.ret == pytest.ExitCode.USAGE_ERROR
    typo.stderr.fnmatch_lines(["*no rule matches 'numbers.no-such-rule'*"])


def test_the_html_option_writes_the_report(pytester):
    write(pytester, "case.article.json", conflicting(expect=[]))
    result = pytester.runpytest("--claimcheck-html=html")
    result.stdout.fnmatch_lines(["claimcheck HTML report: html*index.html"])
    pages = list((pytester.path / "html" / "articles").glob("*.html"))
    assert len(pages) == 1
    assert 'data-claims="a"' in pages[0].read_text(encoding="utf-8")


def test_items_run_in_parallel_with_xdist(pytester):
    for n in range(4):
        write(pytester, f"case{n}.article.json",
              conflicting(id=f"case{n}", expect=[{"rule": RULE, "claims": ["a", "b"]}]))
    result = pytester.runpytest_subprocess("-n", "2", "--claimcheck-html=html")
    result.assert_outcomes(passed=8)
    index = (pytester.path / "html" / "index.html").read_text(encoding="utf-8")
    assert all(f'"case{n}"' in index for n in range(4))


def test_an_article_id_used_twice_in_a_session_is_invalid_the_second_time(pytester):
    write(pytester, "a.article.json", conflicting(id="same", expect=[{"rule": RULE,
                                                                     "claims": ["a", "b"]}]))
    write(pytester, "b.article.json", conflicting(id="same", expect=[{"rule": RULE,
                                                                     "claims": ["a", "b"]}]))
    result = pytester.runpytest("-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["b.article.json::claimcheck FAILED*"])
    result.stdout.fnmatch_lines(["*article id 'same' is already used by *a.article.json*"])
