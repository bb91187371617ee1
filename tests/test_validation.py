"""Bad input gets a clear error with its place, and never stops the other articles."""

import json
from pathlib import Path

import pytest

from checker import Settings, check_paths
from checker.loading import load_file
from checker.testing import article, figure


def problems_of(document) -> list[tuple[str | None, str]]:
    from checker.loading import load_document

    loaded = load_document(document, "doc.article.json", None, Settings())
    assert loaded.article is None, "expected the document to be invalid"
    return [(p.path, p.message) for p in loaded.problems]


def test_the_seed_fixture_is_valid():
    [loaded] = load_file(Path("fixtures/seed.article.json"), Settings())
    assert loaded.problems == ()
    assert loaded.article is not None and len(loaded.article.claims) > 20


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"schema": "claimcheck/article/0"}, "$.schema", "must be 'claimcheck/article/1'"),
        ({"language": "italiano!"}, "$.language", "does not have the expected form"),
        ({"published": "27/02/2025"}, "$.published", "does not have the expected form"),
        ({"published": "2025-02-30"}, "$.published", "not a real calendar date"),
        ({"id": "has spaces"}, "$.id", "letters, digits"),
        ({"titel": "typo"}, "$", "unknown field 'titel'"),
        ({"claims": [{"id": "c1"}]}, "$.claims[0]", "missing required field 'text'"),
        ({"claims": [{"id": "c1", "text": "x", "stance": "sure"}]}, "$.claims[0].stance",
         "'sure' is not one of the allowed values"),
        ({"claims": [{"id": "c1", "text": "x", "time": {"date": "2024-10", "start": "2024"}}]},
         "$.claims[0].time", "either 'date', or both 'start' and 'end'"),
    ],
)
def test_schema_violations_name_the_field(change, path, words):
    found = problems_of(article(**change))
    assert any(p == path and words in m for p, m in found), found


def test_missing_required_fields_are_named():
    document = article()
    del document["title"]
    assert ("$", "missing required field 'title'") in problems_of(document)


@pytest.mark.parametrize(
    ("claims", "extra", "path", "words"),
    [
        ([figure("a", "10 furlongs", "exact", 10, unit="furlongs per soldato")], {},
         "$.claims[0].quantity.unit", "unknown unit 'furlongs per soldato'"),
        ([{"id": "a", "text": "x", "sources": ["nobody"]}], {},
         "$.claims[0].sources[0]", "refers to source 'nobody', which is not defined"),
        ([{"id": "a", "text": "x"}, {"id": "a", "text": "y"}], {},
         "$.claims[1].id", "claim id 'a' is used twice"),
        ([{"id": "a", "text": "Titolo", "location": {"field": "title", "start": 0, "end": 5}}], {},
         "$.claims[0].text", "differs from the title at 0..5, which reads 'Titol'"),
        ([{"id": "a", "text": "x", "location": {"field": "body", "start": 0, "end": 1}}], {},
         "$.claims[0].location", "the article has no body"),
        ([figure("a", "tra 12 e 10", "between", low=12, high=10)], {},
         "$.claims[0].quantity", "low 12 is above high 10"),
        ([figure("a", "circa", "approximately")], {},
         "$.claims[0].quantity", "needs a 'value'"),
        ([{"id": "a", "text": "x", "time": {"date": "2025-02-29"}}], {},
         "$.claims[0].time.date", "2025-02 has 28 days"),
        ([{"id": "a", "text": "x"}], {"relations": [{"type": "before", "from": "e1", "to": "e2"}]},
         "$.relations[0].from", "refers to event 'e1', which is not defined"),
        ([{"id": "a", "text": "x"}], {"expect": [{"rule": "numbers.x", "claims": ["zz"]}]},
         "$.expect[0].claims[0]", "refers to claim 'zz'"),
    ],
)
def test_semantic_problems_name_the_place_and_the_reason(claims, extra, path, words):
    found = problems_of(article(claims=claims, **extra))
    assert any(p == path and words in m for p, m in found), found


def test_a_folder_with_broken_files_still_checks_the_good_ones(tmp_path):
    good = article(
        id="good",
        sources=[{"id": "nis", "name": "agenzia di spionaggio"}],
        claims=[figure("a", "più di 10.000", "more_than", 10000, sources=["nis"]),
                figure("b", "3.000", "exact", 3000, sources=["nis"])],
    )
    (tmp_path / "good.article.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "broken.article.json").write_text('{"schema": "claimcheck/article/1",\n  "id": }',
                                                  encoding="utf-8")
    (tmp_path / "binary.article.json").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "corpus.jsonl").write_text(
        json.dumps(article(id="line-1")) + "\n" + "not json\n" + json.dumps(article(id="line-3"))
        + "\n",
        encoding="utf-8",
    )
    run = check_paths([tmp_path])
    by_label = {a.label: a for a in run.articles}
    assert by_label["good"].status == "failed"
    assert by_label["line-1"].status == by_label["line-3"].status == "passed"
    broken = by_label[str(tmp_path / "broken.article.json")]
    assert broken.status == "invalid"
    assert (broken.problems[0].line, broken.problems[0].column) == (2, 9)
    assert "is not valid JSON" in broken.problems[0].message
    assert "not UTF-8" in by_label[str(tmp_path / "binary.article.json")].problems[0].message
    bad_line = by_label[f"{tmp_path / 'corpus.jsonl'}:2"]
    assert bad_line.status == "invalid" and bad_line.problems[0].line == 2
    assert len(run.articles) == 6
    assert run.exit_code == 2


def test_duplicate_article_ids_in_a_run_are_reported(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.article.json").write_text(json.dumps(article(id="same")))
    run = check_paths([tmp_path])
    statuses = sorted(a.status.value for a in run.articles)
    assert statuses == ["invalid", "passed"]
    invalid = next(a for a in run.articles if a.status == "invalid")
    assert "already used by" in invalid.problems[0].message


def test_missing_paths_and_empty_folders_are_reported(tmp_path):
    run = check_paths([tmp_path / "nope.article.json", tmp_path])
    messages = [p.message for p in run.input_problems]
    assert "no such file or folder" in messages
    assert any("holds no *.article.json" in m for m in messages)
    assert run.exit_code == 2


def test_an_unreadable_file_is_reported_not_raised(tmp_path):
    (tmp_path / "gone.article.json").symlink_to(tmp_path / "moved-away.article.json")
    run = check_paths([tmp_path])
    [result] = run.articles
    assert result.status == "invalid" and "cannot be read" in result.problems[0].message


def test_the_fast_and_the_wording_validators_agree():
    """Valid articles skip jsonschema through jsonschema-rs: both must judge alike."""
    from checker.validation import _is_valid, _validator

    documents = [json.loads(p.read_text(encoding="utf-8"))
                 for p in sorted(Path("fixtures").rglob("*.article.json"))]
    bad = [
        article(language="??"), article(published="2025-13-01"), article(titel="x"),
        article(claims=[{"id": "c1", "text": "x", "time": {"date": "2024", "start": "2024"}}]),
        article(claims=[{"id": "c1", "text": "x", "stance": "sure"}]),
        article(waivers=[{"rule": "r.x", "reason": "r", "by": "b", "date": "2025-02-30"}]),
        article(relations=[{"type": "before", "from": "a", "to": "b", "gap": {"min": "1M"}}]),
    ]
    for document in documents + bad:
        assert _is_valid()(document) == _validator().is_valid(document), document.get("id")
    assert all(_is_valid()(d) for d in documents)
