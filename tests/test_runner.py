"""The runner's verdicts: outcomes per rule, status per article, waivers and expectations."""

import pytest

from checker import Problem, Settings, Severity, rule
from checker.api import selected_rules
from checker.config import ConfigError
from checker.registry import Registry, RuleDefinitionError, load_registry
from checker.testing import article, check_document, figure, fired

SOURCES = [{"id": "nis", "name": "agenzia di spionaggio"}]
CONFLICT = [
    figure("a", "più di 10.000 soldati", "more_than", 10000, sources=["nis"]),
    figure("b", "3.000 soldati", "exact", 3000, sources=["nis"]),
]


@rule("test.always-crashes", severity="error")
def always_crashes(ctx):
    """A rule with a bug.

    What it checks:
        Nothing.
    Why it matters:
        It shows that one broken rule does not stop the others.
    Example:
        Any article.
    """
    raise ZeroDivisionError("division by zero in the rule")
    yield  # pragma: no cover


@rule("test.one-per-claim", severity="info", applies=lambda a: bool(a.claims))
def one_per_claim(ctx):
    """One finding per claim.

    What it checks:
        Every claim.
    Why it matters:
        It makes runner behaviour easy to see.
    Example:
        Two claims give two findings.
    """
    for claim in ctx.article.claims:
        yield Problem(f"claim {claim.id}", claims=(claim.id,))


def test_a_crashing_rule_becomes_an_internal_error_and_the_others_still_run():
    result = check_document(article(claims=[{"id": "a", "text": "x"}]),
                            [always_crashes, one_per_claim])
    assert result.status == "error"
    assert result.outcomes == {"test.always-crashes": "error", "test.one-per-claim": "failed"}
    crash = next(f for f in result.findings if f.rule == "internal-error")
    assert "test.always-crashes crashed" in crash.message and "ZeroDivisionError" in crash.message
    assert "Traceback" in crash.trace
    assert ("test.one-per-claim", ("a",)) in fired(result)


def test_a_rule_with_nothing_to_check_is_not_applicable():
    result = check_document(article(), [one_per_claim])
    assert result.outcomes == {"test.one-per-claim": "not_applicable"}
    assert result.status == "passed"


def test_same_source_conflict_is_an_error_and_fails_the_article():
    result = check_document(article(sources=SOURCES, claims=CONFLICT), "numbers.*")
    [finding] = result.findings
    assert (finding.rule, finding.claims, finding.severity) == (
        "numbers.conflicting-values", ("a", "b"), Severity.ERROR)
    assert "'più di 10.000 soldati' (agenzia di spionaggio: more than 10,000" in finding.message
    assert [e.normalised for e in finding.evidence] == ["(10,000, ∞) person", "3,000 person"]
    assert result.status == "failed"


def test_severity_overrides_and_fail_on_come_from_settings():
    settings = Settings(severity={"numbers.conflicting-values": Severity.INFO})
    result = check_document(article(sources=SOURCES, claims=CONFLICT), "numbers.*", settings)
    assert result.findings[0].severity == Severity.INFO and result.status == "passed"
    strict = Settings(fail_on=Severity.INFO, severity=settings.severity)
    assert check_document(article(sources=SOURCES, claims=CONFLICT), "numbers.*",
                          strict).status == "failed"


def test_a_waived_finding_is_reported_but_does_not_fail():
    waiver = {"rule": "numbers.conflicting-values", "claims": ["a"], "reason": "two phases",
              "by": "desk editor", "date": "2025-02-27"}
    result = check_document(article(sources=SOURCES, claims=CONFLICT, waivers=[waiver]),
                            "numbers.*")
    [finding] = result.findings
    assert finding.status == "waived" and finding.waiver.by == "desk editor"
    assert result.status == "passed"
    assert result.outcomes["numbers.conflicting-values"] == "passed"


def test_a_waiver_that_matches_nothing_is_reported():
    waiver = {"rule": "numbers.conflicting-values", "reason": "old", "by": "desk",
              "date": "2025-01-01"}
    result = check_document(article(claims=[{"id": "a", "text": "x"}], waivers=[waiver]),
                            "numbers.*")
    [finding] = result.findings
    assert finding.rule == "unused-waiver" and "matches no finding" in finding.message


def test_expectations_pass_on_an_exact_match_and_list_the_difference_otherwise():
    exact = [{"rule": "numbers.conflicting-values", "claims": ["b", "a"]}]
    assert check_document(article(sources=SOURCES, claims=CONFLICT, expect=exact),
                          "numbers.*").status == "passed"
    wrong = [{"rule": "numbers.conflicting-values", "claims": ["a", "c"]}]
    claims = [*CONFLICT, {"id": "c", "text": "x"}]
    result = check_document(article(sources=SOURCES, claims=claims, expect=wrong), "numbers.*")
    assert result.status == "failed"
    assert [e.claims for e in result.expectation.missing] == [("a", "c")]
    assert [f.claims for f in result.expectation.unexpected] == [("a", "b")]


def test_an_article_select_limits_its_rules():
    doc = article(claims=[{"id": "a", "text": "x"}], select=["test.one-*"])
    result = check_document(doc, [always_crashes, one_per_claim])
    assert set(result.outcomes) == {"test.one-per-claim"}


def test_a_select_pattern_that_names_no_rule_is_an_error():
    registry = load_registry()
    with pytest.raises(ConfigError, match="no rule matches 'numbers.conflicting-value'"):
        selected_rules(registry, Settings(select=("numbers.conflicting-value",)))
    assert selected_rules(registry, Settings(select=("numbers.*",)))


@pytest.mark.parametrize(
    ("rule_id", "doc", "words"),
    [
        ("Numbers.Bad", "Summary.\n\nWhat it checks:\n  x\nWhy it matters:\n  x\nExample:\n  x",
         "'pack.rule-name'"),
        ("numbers.no-doc", "Summary only.", "lacks the section(s) What it checks"),
    ],
)
def test_the_registry_refuses_badly_declared_rules(rule_id, doc, words):
    def check(ctx):
        return []

    check.__doc__ = doc
    with pytest.raises(RuleDefinitionError, match=words.replace("(", r"\(").replace(")", r"\)")):
        rule(rule_id, severity="info")(check)


def test_an_unknown_severity_names_the_rule():
    with pytest.raises(RuleDefinitionError, match="numbers.x: severity 'fatal'"):
        rule("numbers.x", severity="fatal")(lambda ctx: [])


def test_a_broken_local_plugin_is_reported_and_the_others_load(tmp_path):
    (tmp_path / "broken.py").write_text("raise ImportError('missing dependency foo')\n")
    registry: Registry = load_registry(["broken.py"], tmp_path)
    assert "numbers.conflicting-values" in registry.rules
    [problem] = registry.problems
    assert problem.plugin == "broken.py" and "missing dependency foo" in problem.message
