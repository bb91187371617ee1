from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from checker import Article, Problem, RuleContext, rule
from checker.attribution import cited_source_ids, credit_names_source, wire_credits


def _agencies(options: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """The ``wire_agencies`` option: each entry a name or a list of names for one agency."""
    extra: Iterable[Any] = options.get("wire_agencies", ())
    if isinstance(extra, str):
        extra = [extra]
    return [(e,) if isinstance(e, str) else tuple(str(n) for n in e) for e in extra]


def _has_sources_or_credits(article: Article) -> bool:
    return bool(article.sources or article.credits)


@rule(
    "sources.unknown-source",
    severity="info",
    applies=_has_sources_or_credits,
    options={"wire_agencies": []},
)
def unknown_source(ctx: RuleContext) -> Iterator[Problem]:
    """A source listed that no claim cites, or a wire credit no claim is attributed to.

    What it checks:
        Every listed source must be the source of at least one claim. Every credit line that
        names a wire agency (AFP, Reuters, ANSA... or a listed source of kind ``wire`` or
        ``agency``) must match, by name or alias and ignoring case, a source some claim is
        attributed to (a claim in ``section: credit`` counts). Other credit lines, such as an
        editor's initials, are bylines and are left alone.

    Why it matters:
        A source the article names without attributing anything to it, or an agency credited
        for material the article never attributes, means either the credit is stale (copied
        from an earlier version) or the attribution of some claims was lost in editing.

    Example:
        Credits "Reuters" on an article whose claims cite only "AFP" and Seoul's intelligence.

    Consistent version:
        Credits "AFP" and the closing line "Con informazioni dall'AFP." attributed to the AFP
        source, as in the seed article; the initials "ORP" are a byline, not a wire credit.

    Options:
        wire_agencies: extra agencies to recognise in credit lines, each a name or a list of
        the names one agency goes by. In pyproject.toml:
        [tool.claimcheck.options."sources.unknown-source"]
        wire_agencies = ["Dire", ["Agenzia Nova", "Nova"]]

    Known limitations:
        A wire agency missing from the built-in list and from ``wire_agencies``, and not
        listed as a source, is not recognised in a credit line.
    """
    article = ctx.article
    cited = cited_source_ids(article)
    for source in article.sources:
        if source.id in cited:
            continue
        credits = [c for c in article.credits if credit_names_source(c, source)]
        credited = f", although the credit line '{credits[0]}' names it" if credits else ""
        yield Problem(
            message=(
                f"The source '{source.name}' is listed but no claim is attributed to it"
                f"{credited}: attribute to it the claims it supports, or drop it."
            ),
        )
    for credit in wire_credits(article, _agencies(ctx.options)):
        if credit.sources:
            continue  # cited, or reported above as a listed source no claim cites
        yield Problem(
            message=(
                f"The credit line '{credit.credit}' names the wire agency {credit.agency[0]}, "
                "but no claim is attributed to it: the credit may be stale, or the agency's "
                "claims lost their attribution."
            ),
        )
