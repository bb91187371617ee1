"""The HTML report in a real browser: Debian's headless Chromium, driven over the DevTools
protocol through a pipe (``--remote-debugging-pipe``: messages on file descriptors 3 and 4, so no
websocket library and no network port are needed).

Checks what an editor relies on: every claim is highlighted, clicking a finding highlights its
claims, the page's own script runs under its Content-Security-Policy while an article's script
payload does not, and the page fits a phone's width. Screenshots go to ``reports/``.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from checker import Settings, check_paths
from checker.reporters import html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed.article.json"
REPORTS = ROOT / "reports"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--remote-debugging-pipe", "--hide-scrollbars", "--mute-audio"]
PAYLOAD = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">" onload="x'

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on this machine (Debian: apt-get install chromium; .ci/run installs it)",
)


class Browser:
    """A headless Chromium and one page in it, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_pipes() -> None:  # in the child: fd 3 reads commands, fd 4 writes replies
            # Move both ends above 4 first: a pipe end may itself be fd 3 or 4.
            high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
            high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.process = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            # Python's pipes are close-on-exec; the dup2 copies on 3 and 4 are not, and
            # close_fds=False keeps them open across exec.
            close_fds=False, preexec_fn=wire_pipes,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=True)

    def send(self, method: str, session: bool = False, timeout: float = 30,
             **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._from_browser], [], [], remaining)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def open(self, url: str, width: int = 1280, height: int = 900) -> None:
        self.send("Emulation.setDeviceMetricsOverride", session=True, width=width,
                  height=height, deviceScaleFactor=1, mobile=width < 600)
        self.events.clear()
        self.send("Page.navigate", session=True, url=url)
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._receive(deadline))

    def evaluate(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", session=True, expression=expression,
                          returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", session=True, format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def console_problems(self) -> list[str]:
        return [e["params"]["entry"]["text"] for e in self.events
                if e.get("method") == "Log.entryAdded"
                and e["params"]["entry"]["level"] in {"error", "warning"}]

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        instance = Browser(Path(profile))
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    hostile = json.loads(SEED.read_text(encoding="utf-8"))
    hostile.update(id="hostile", title=f"{PAYLOAD} {hostile['title']}")
    hostile.pop("expect", None)
    shift = len(PAYLOAD) + 1
    hostile["body"] = f"{PAYLOAD} {hostile['body']}"
    for claim in hostile["claims"]:
        location = claim.get("location")
        if location:
            location["start"] += shift
            location["end"] += shift
    path = folder / "hostile.article.json"
    path.write_text(json.dumps(hostile, ensure_ascii=False), encoding="utf-8")
    run = check_paths([SEED, path], Settings())
    return html.write(run, folder / "html")


def article_url(report: Path, article_id: str) -> str:
    (page,) = report.parent.glob(f"articles/*-{article_id}.html")
    return page.as_uri()


def seed_claims() -> dict[str, Any]:
    return {c["id"]: c for c in json.loads(SEED.read_text(encoding="utf-8"))["claims"]}


def test_every_claim_of_the_seed_is_highlighted(browser: Browser, report: Path):
    browser.open(article_url(report, "seed-000-e792c4df2d7ce011"))
    assert browser.evaluate("document.documentElement.dataset.ready") == "1", "script ran"
    highlighted = browser.evaluate(
        "[...new Set([...document.querySelectorAll('mark.claim[data-claims]')]"
        ".flatMap(m => m.dataset.claims.split(' ')))].sort()")
    located = sorted(cid for cid, c in seed_claims().items() if "location" in c)
    assert highlighted == located
    anchors = browser.evaluate(
        "document.querySelectorAll('[id^=\"claim-\"]').length")
    assert anchors == len(seed_claims())
    assert not browser.console_problems()
    browser.screenshot(REPORTS / "seed-report.png")


def test_clicking_a_finding_highlights_its_claims(browser: Browser, report: Path):
    browser.open(article_url(report, "seed-000-e792c4df2d7ce011"))
    wanted = browser.evaluate(
        "document.querySelector('.finding [data-focus-claims]').dataset.focusClaims.split(' ')")
    assert wanted, "the seed has findings with claims"
    assert browser.evaluate("document.querySelectorAll('mark.is-focused').length") == 0
    browser.evaluate("document.querySelector('.finding [data-focus-claims]').click()")
    focused = browser.evaluate(
        "[...new Set([...document.querySelectorAll('mark.is-focused')]"
        ".flatMap(m => m.dataset.claims.split(' ')))]")
    assert set(wanted) <= set(focused)
    assert browser.evaluate("document.querySelectorAll('.finding.is-current').length") == 1
    located = {cid for cid, c in seed_claims().items() if "location" in c}
    expected_marks = browser.evaluate(
        f"[...document.querySelectorAll('mark[data-claims]')].filter(m => "
        f"m.dataset.claims.split(' ').some(c => {json.dumps(wanted)}.includes(c))).length")
    assert browser.evaluate("document.querySelectorAll('mark.is-focused').length") \
        == expected_marks
    assert set(wanted) & located
    browser.screenshot(REPORTS / "seed-report-finding-clicked.png")


def test_an_article_script_payload_does_not_run(browser: Browser, report: Path):
    browser.open(article_url(report, "hostile"))
    assert browser.evaluate("document.documentElement.dataset.ready") == "1"
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    title = browser.evaluate("document.querySelector('h1').textContent")
    assert title.startswith("<script>window.pwned = 1</script>")
    assert PAYLOAD in browser.evaluate("document.querySelector('.text .body').textContent")
    assert not browser.console_problems()


def test_the_index_lists_sorts_and_filters_the_articles(browser: Browser, report: Path):
    browser.open(report.as_uri())
    rows = "document.querySelectorAll('#cc-rows tr').length"
    assert browser.evaluate(rows) == 2
    browser.evaluate("const q = document.getElementById('cc-query'); q.value = 'hostile';"
                     "q.dispatchEvent(new Event('input'))")
    assert browser.evaluate(rows) == 1
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert not browser.console_problems()


def test_the_article_page_fits_a_phone(browser: Browser, report: Path):
    browser.open(article_url(report, "seed-000-e792c4df2d7ce011"), width=390, height=844)
    assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    browser.screenshot(REPORTS / "seed-report-phone.png")


def test_an_index_of_ten_thousand_articles_shows_one_page_of_rows(
        browser: Browser, report: Path, tmp_path: Path):
    run = check_paths([SEED], Settings())
    results = [replace(run.articles[0], label=f"article-{n:05d}") for n in range(10_000)]
    index = html.write_index(
        replace(run, articles=tuple(results)),
        [html.index_row(r, f"articles/{n}.html") for n, r in enumerate(results)], tmp_path)
    browser.open(index.as_uri())
    assert browser.evaluate("document.querySelectorAll('#cc-rows tr').length") == 100
    assert "of 10000" in browser.evaluate("document.getElementById('cc-page-info').textContent")
    browser.evaluate("document.getElementById('cc-next').click()")
    first = browser.evaluate("document.querySelector('#cc-rows tr .mono').textContent")
    assert first == "article-00100"
    assert not browser.console_problems()


def test_clicking_a_passage_outlines_the_findings_about_it(browser: Browser, report: Path):
    browser.open(article_url(report, "seed-000-e792c4df2d7ce011"))
    claim = browser.evaluate(
        "document.querySelector('.finding[data-claims]').dataset.claims.split(' ')[0]")
    browser.evaluate(f"document.getElementById('claim-{claim}').click()")
    outlined = browser.evaluate(
        "[...document.querySelectorAll('.finding.is-current')].map(f => f.dataset.claims)")
    assert outlined and all(claim in claims.split(" ") for claims in outlined)
