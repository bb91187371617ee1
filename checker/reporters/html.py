"""The HTML report editors read: an index of every article and one page per article.

Each article page shows the title and body with every located claim highlighted, coloured by
the worst open finding naming it; a finding links to its claims (a click scrolls to them and
highlights them), shows its rule's summary and documentation, its evidence and any waiver.

The pages need no server and make no network request. All article text goes through Jinja2's
autoescaping (or :func:`markupsafe.escape` for the highlighted text), and each page carries a
Content-Security-Policy that allows only its own inline stylesheet and script, by hash. The index
holds its rows as JSON data and shows them a page at a time, so 10,000 articles stay light.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from checker import describe
from checker.findings import Finding, Severity, Status
from checker.model import Article, Claim
from checker.registry import DOC_HEADINGS, Rule
from checker.report import tool_version
from checker.runner import ArticleResult, ArticleStatus, RunResult

ARTICLES_FOLDER = "articles"
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
_PAGE = re.compile(r"^\d{5}-[A-Za-z0-9._-]+\.html$")
# Engine findings have no Rule object; these lines stand in for its documentation.
_ENGINE_SUMMARIES = {
    "internal-error": "A rule crashed on this article; its verdict is unknown.",
    "unused-waiver": "A waiver in the article matches no finding.",
}


@dataclass
class Assets:
    """The stylesheet and script every page inlines, with their CSP hashes."""

    css: str
    js: str

    @cached_property
    def policy(self) -> str:
        return (
            "default-src 'none'; "
            f"style-src '{_sha256(self.css)}'; script-src '{_sha256(self.js)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


@lru_cache(maxsize=1)
def assets() -> Assets:
    folder = resources.files("checker.reporters").joinpath("templates")
    return Assets(
        css=folder.joinpath("report.css").read_text("utf-8"),
        js=folder.joinpath("report.js").read_text("utf-8"),
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("checker.reporters", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(version=tool_version(), headings=DOC_HEADINGS)
    return env


def page_name(position: int, result: ArticleResult) -> str:
    """A file name per article that is unique in the run and safe in any URL."""
    slug = _SLUG.sub("_", result.label).strip("_.")[:80] or "article"
    return f"{position:05d}-{slug}.html"


def write(run: RunResult, folder: Path) -> Path:
    """Write the report into ``folder`` (emptying its earlier pages) and return the index."""
    pages = folder / ARTICLES_FOLDER
    pages.mkdir(parents=True, exist_ok=True)
    # Remove only the pages an earlier report wrote: the folder may hold other files.
    for stale in pages.glob("*.html"):
        if _PAGE.match(stale.name):
            stale.unlink()
    env = _environment()
    article_template = env.get_template("article.html.j2")
    rules = {r.id: r for r in run.rules}
    rows: list[dict[str, Any]] = []
    for position, result in enumerate(run.articles, start=1):
        name = page_name(position, result)
        html = article_template.render(page=article_view(result, rules), assets=assets())
        (pages / name).write_text(html, encoding="utf-8")
        rows.append(index_row(result, f"{ARTICLES_FOLDER}/{name}"))
    return write_index(run, rows, folder)


def write_index(run: RunResult, rows: Sequence[Mapping[str, Any]], folder: Path) -> Path:
    """The index page alone: the run's summary and one row per article (see index_row)."""
    index = folder / "index.html"
    index.write_text(
        _environment().get_template("index.html.j2").render(
            run=run, rows=rows, summary=_summary(run), assets=assets()
        ),
        encoding="utf-8",
    )
    return index


def index_row(result: ArticleResult, href: str) -> dict[str, Any]:
    counts = result.counts()
    return {
        "id": result.label,
        "title": result.article.title if result.article else "",
        "file": result.location,
        "status": result.status.value,
        "error": counts.get("error", 0),
        "warning": counts.get("warning", 0),
        "info": counts.get("info", 0),
        "waived": sum(f.status is Status.WAIVED for f in result.findings),
        "href": href,
    }


def _summary(run: RunResult) -> dict[str, Any]:
    open_findings = [f for a in run.articles for f in a.findings if f.status is Status.OPEN]
    return {
        "statuses": {s.value: run.counts().get(s.value, 0) for s in ArticleStatus},
        "findings": {level.value: sum(f.severity is level for f in open_findings)
                     for level in reversed(Severity)},
        "fail_on": run.settings.fail_on.value if run.settings.fail_on else "never",
        "rules": len(run.rules),
    }


# ---- one article ---------------------------------------------------------------------------


def claim_marks(findings: Iterable[Finding]) -> dict[str, str]:
    """Each claim's colour: the worst open finding naming it, else 'waived' if only waived."""
    marks: dict[str, str] = {}
    rank = {"waived": -1, **{level.value: level.rank for level in Severity}}
    for finding in findings:
        mark = finding.severity.value if finding.status is Status.OPEN else "waived"
        for claim_id in finding.claims:
            if claim_id not in marks or rank[mark] > rank[marks[claim_id]]:
                marks[claim_id] = mark
    return marks


def highlight(text: str, claims: Sequence[Claim], marks: Mapping[str, str]) -> Markup:
    """``text`` escaped, with each claim's span wrapped in ``<mark>``; overlapping claims
    split the text at every boundary, each piece naming all claims that cover it."""
    spans = [(c.location.start, c.location.end, c.id) for c in claims
             if c.location is not None and 0 <= c.location.start < c.location.end <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    anchored: set[str] = set()
    order = {"waived": 0, "info": 1, "warning": 2, "error": 3}
    parts: list[str] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[start:end])
        covering = [cid for s, e, cid in spans if s <= start and end <= e]
        if not covering:
            parts.append(piece)
            continue
        worst = max((marks.get(cid, "none") for cid in covering),
                    key=lambda m: order.get(m, -1))
        fresh = [cid for cid in covering if cid not in anchored]
        anchored.update(fresh)
        # Every claim needs its own link target; claims starting together share the mark.
        parts.extend(f'<span class="anchor" id="claim-{escape(cid)}"></span>' for cid in fresh[1:])
        anchor = f' id="claim-{escape(fresh[0])}"' if fresh else ""
        ids = escape(" ".join(covering))
        parts.append(
            f'<mark class="claim sev-{worst}" data-claims="{ids}"{anchor} '
            f'title="{ids}" tabindex="-1">{piece}</mark>'
        )
    return Markup("".join(parts))


# Views are namespaces, not dicts: Jinja reads attributes first, and a failed attribute lookup
# on a dict costs an exception per access, which dominated rendering time.
View = SimpleNamespace


def article_view(result: ArticleResult, rules: Mapping[str, Rule]) -> View:
    """Everything the article template shows, in plain values."""
    view: dict[str, Any] = {
        "result": result,
        "status": result.status.value,
        "counts": {level.value: result.counts().get(level.value, 0)
                   for level in reversed(Severity)},
        "problems": result.problems,
        "outcomes": sorted(result.outcomes.items()),
    }
    article = result.article
    if article is None:
        return View(**view, article=None, findings=[])
    marks = claim_marks(result.findings)
    in_field: dict[str, list[Claim]] = {"title": [], "body": []}
    for claim in article.claims:
        if claim.location is not None:
            in_field.setdefault(claim.location.field, []).append(claim)
    view.update(
        article=article,
        url=article.url if article.url and article.url.startswith(("https://", "http://"))
        else None,
        title=highlight(article.title, in_field["title"], marks),
        body=highlight(article.body or "", in_field["body"], marks),
        unlocated=[_claim_view(article, c, marks) for c in article.claims if c.location is None],
        claims=[_claim_view(article, c, marks) for c in article.claims],
        located_count=len(in_field["title"]) + len(in_field["body"]),
        # Worst first: an editor reads errors before notes; waived ones go last.
        findings=[_finding_view(article, f, rules) for f in sorted(
            result.findings, key=lambda f: (f.status is not Status.OPEN, -f.severity.rank))],
        sources=[_source_view(article, s.id) for s in article.sources],
        events=[_event_view(article, e.id) for e in article.events],
        expectation=result.expectation,
    )
    return View(**view)


def _claim_view(article: Article, claim: Claim, marks: Mapping[str, str]) -> View:
    return View(
        claim=claim,
        mark=marks.get(claim.id, "none"),
        sources=describe.attribution(article, claim),
        figure=describe.figure(claim.quantity) if claim.quantity else None,
        time=claim.time.span.describe() if claim.time else None,
        where=(f"{claim.location.field} {claim.location.start}-{claim.location.end}"
               if claim.location else None),
    )


def _finding_view(article: Article, finding: Finding, rules: Mapping[str, Rule]) -> View:
    definition = rules.get(finding.rule)
    return View(
        finding=finding,
        mark=finding.severity.value if finding.status is Status.OPEN else "waived",
        summary=definition.summary if definition else _ENGINE_SUMMARIES.get(finding.rule, ""),
        sections=[(h, definition.sections[h]) for h in DOC_HEADINGS
                  if definition and h in definition.sections],
        claims=[
            (cid, describe.describe(article, article.claim_by_id[cid])
             if cid in article.claim_by_id else cid)
            for cid in finding.claims
        ],
        events=[article.event_by_id[e].label if e in article.event_by_id else e
                for e in finding.events],
    )


def _source_view(article: Article, source_id: str) -> View:
    return View(
        source=article.source_by_id[source_id],
        claims=[c for c in article.claims if source_id in c.sources],
    )


def _event_view(article: Article, event_id: str) -> View:
    event = article.event_by_id[event_id]
    return View(
        event=event,
        time=event.time.span.describe() if event.time else None,
        expression=event.time.expression if event.time else None,
    )
