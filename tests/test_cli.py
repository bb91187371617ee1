"""The claimcheck command as a user runs it: output, exit codes, and plugins."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.testing import article, figure

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def write(folder: Path, name: str, document: dict) -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


CONFLICTING = article(
    id="conflict",
    sources=[{"id": "nis", "name": "agenzia di spionaggio"}],
    claims=[figure("a", "più di 10.000 soldati", "more_than", 10000, sources=["nis"]),
            figure("b", "3.000 soldati", "exact", 3000, sources=["nis"])],
)


def test_check_on_the_fixtures_reports_the_seed_article():
    code, output = run("check", str(ROOT / "fixtures"), "--verbose")
    assert "seed-000-e792c4df2d7ce011" in output
    assert "La Corea del Nord invia truppe aggiuntive in Russia" in output
    assert code == 0, output


def test_findings_exit_1_and_quote_the_claims(tmp_path):
    write(tmp_path, "a.article.json", CONFLICTING)
    code, output = run("check", str(tmp_path))
    assert code == 1
    assert "numbers.conflicting-values [a, b]" in output
    assert "'più di 10.000 soldati' (agenzia di spionaggio" in output
    assert run("check", str(tmp_path), "--fail-on", "never")[0] == 0


def test_a_broken_file_is_reported_beside_the_good_ones_and_exits_2(tmp_path):
    write(tmp_path, "a.article.json", CONFLICTING)
    (tmp_path / "b.article.json").write_text("{", encoding="utf-8")
    code, output = run("check", str(tmp_path))
    assert code == 2
    assert "numbers.conflicting-values" in output
    assert "b.article.json: " in output and "INVALID" in output
    assert "is not valid JSON" in output


def test_json_output_is_deterministic_and_complete(tmp_path):
    write(tmp_path, "a.article.json", CONFLICTING)
    write(tmp_path, "ok.article.json", article(id="ok"))
    args = ("check", str(tmp_path), "--format", "json", "--select", "numbers.conflicting-values")
    first = run(*args)[1]
    assert first == run(*args)[1]
    report = json.loads(first)
    assert report["format"] == "claimcheck/report/1"
    assert {a["id"]: a["status"] for a in report["articles"]} == {"conflict": "failed",
                                                                   "ok": "passed"}
    [finding] = report["articles"][0]["findings"]
    assert set(finding) >= {"rule", "severity", "message", "claims", "events", "evidence"}
    assert finding["evidence"][0]["normalised"] == "(10,000, ∞) person"
    assert report["summary"]["exit_code"] == 1


def test_select_and_ignore_choose_rules_and_typos_are_usage_errors(tmp_path):
    write(tmp_path, "a.article.json", CONFLICTING)
    assert run("check", str(tmp_path), "--ignore", "numbers.*")[0] == 0
    code, output = run("check", str(tmp_path), "--select", "numbers.conflicting-valu")
    assert code == 2 and "no rule matches 'numbers.conflicting-valu'" in output


def test_validate_reports_each_invalid_document(tmp_path):
    write(tmp_path, "a.article.json", article(id="a", language="??"))
    write(tmp_path, "b.article.json", article(id="b"))
    code, output = run("validate", str(tmp_path))
    assert code == 2
    assert "a.article.json at $.language" in output
    assert "2 article(s) read, 1 valid, 1 invalid." in output


def test_rules_lists_the_rules_and_prints_one_rules_documentation():
    code, output = run("rules")
    assert code == 0 and "numbers.conflicting-values" in output
    code, output = run("rules", "numbers.conflicting-values")
    assert code == 0
    for heading in ("What it checks:", "Why it matters:", "Example:"):
        assert heading in output
    assert run("rules", "numbers.nope")[0] == 2


def test_settings_come_from_pyproject(tmp_path, monkeypatch):
    write(tmp_path, "a.article.json", CONFLICTING)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\nseverity = {"numbers.conflicting-values" = "info"}\n'
    )
    monkeypatch.chdir(tmp_path)
    assert run("check", "a.article.json")[0] == 0
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\nfail_on = 'sometimes'\n")
    code, output = run("check", "a.article.json")
    assert code == 2 and "'sometimes' is not a severity" in output


def test_a_local_plugin_named_in_settings_is_loaded(tmp_path, monkeypatch):
    (tmp_path / "house_rules.py").write_text(
        (ROOT / "tests/plugin_package/claimcheck_headlines/__init__.py").read_text()
    )
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nplugins = ["house_rules.py"]\n')
    write(tmp_path, "a.article.json", article(title="MIGLIAIA DI SOLDATI IN RUSSIA"))
    monkeypatch.chdir(tmp_path)
    code, output = run("check", "a.article.json", "--fail-on", "warning")
    assert code == 1 and "headlines.shouting-headline" in output


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory) -> Path:
    """The example pack, pip-installed into a folder of its own, as a user would install it."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(ROOT / "tests/plugin_package")],
        check=True,
    )
    return target


def test_a_plugin_installed_from_its_own_package_is_found_through_the_entry_point(
    installed_plugin, tmp_path
):
    write(tmp_path, "a.article.json", article(title="MIGLIAIA DI SOLDATI IN RUSSIA"))
    env = {**os.environ, "PYTHONPATH": str(installed_plugin)}
    listing = subprocess.run([sys.executable, "-m", "checker.cli", "rules"], env=env,
                             capture_output=True, text=True, check=True)
    assert "headlines.shouting-headline" in listing.stdout
    checked = subprocess.run(
        [sys.executable, "-m", "checker.cli", "check", str(tmp_path), "--format", "json"],
        env=env, capture_output=True, text=True,
    )
    report = json.loads(checked.stdout)
    assert [f["rule"] for f in report["articles"][0]["findings"]] == [
        "headlines.shouting-headline"]
    assert report["articles"][0]["findings"][0]["severity"] == "warning"


def test_a_malformed_bounds_table_is_a_usage_error(tmp_path, monkeypatch):
    write(tmp_path, "a.article.json", CONFLICTING)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.claimcheck]\n[[tool.claimcheck.bounds]]\nparts = ["deaths"]\n'
    )
    monkeypatch.chdir(tmp_path)
    code, output = run("check", "a.article.json")
    assert code == 2 and "bounds[0]" in output


# --- start-up: what is imported only when asked for ---------------------------------------------

def imported_after(*args: str) -> set[str]:
    """The extractor and reporter modules a fresh ``claimcheck ARGS`` process has imported."""
    script = (
        "import sys\nfrom checker.cli import main\n"
        "try:\n    main(sys.argv[1:], prog_name='claimcheck')\nexcept SystemExit:\n    pass\n"
        "print('imported:', *(m for m in sys.modules\n"
        "                     if m.startswith(('checker.extract', 'checker.reporters.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    last = done.stdout.splitlines()[-1]
    assert last.startswith("imported:")
    return set(last.split()[1:])


def test_help_and_checking_article_data_load_neither_the_extractor_nor_other_reporters():
    seed = str(ROOT / "fixtures" / "seed.article.json")
    assert imported_after("--help") == set()
    assert imported_after("check", seed) == {"checker.reporters.text"}
    sarif = imported_after("check", str(ROOT / "fixtures" / "rules"), "--format", "sarif")
    assert "checker.reporters.sarif" in sarif and "checker.reporters.junit" not in sarif
    assert not any(m.startswith("checker.extract") for m in sarif)


def test_the_extract_command_is_listed_with_its_own_summary_and_runs_on_demand():
    from checker.extract.command import extract

    listed = main.commands["extract"]
    for width in (45, 66, 200):
        assert listed.get_short_help_str(width) == extract.get_short_help_str(width)
    code, output = run("--help")
    assert code == 0 and "extract" in output
    code, output = run("extract", "--help")
    assert code == 0 and "--published" in output and "Draft article data" in output


def test_the_text_languages_are_listed_and_checked_when_asked_for():
    from checker.extract.command import LANGUAGES

    code, output = run("check", "--help")
    assert code == 0 and f"[{'|'.join(LANGUAGES)}]" in output
    code, output = run("check", str(ROOT / "fixtures" / "seed.article.json"), "--lang", "xx")
    assert code == 2 and "'xx' is not one of" in output
