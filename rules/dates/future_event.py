from __future__ import annotations

from collections.abc import Iterator

from checker import Confidence, Problem, RuleContext, Severity, Tense, rule
from checker.model import Article
from checker.temporal import ConflictKind, statement_evidence
from checker.timex import available_languages
from checker.timex.grammar import grammar_for


def _dates_anything(article: Article) -> bool:
    return any(e.time is not None for e in article.events) or any(
        c.time is not None for c in article.claims
    )


@rule(
    "dates.future-event",
    severity="error",
    applies=_dates_anything,
    options={"unattached_claims": True},
)
def future_event(ctx: RuleContext) -> Iterator[Problem]:
    """Something told as already happened is dated after the article was published.

    What it checks:
        Each event in the past tense (or under way) whose whole stated date lies after the
        publication date, and each claim whose time lies wholly after it while the claim
        belongs to no event told as still to come. A date that reaches past publication only
        in part ("febbraio 2025" in an article of February 27) is not reported.

    Why it matters:
        An article cannot report as done what has not happened yet when it went out: the date
        is wrong (often the year), or the event is a plan told in the wrong tense.

    Example:
        Published 2025-02-27: "nell'ottobre 2025 Pyongyang ha schierato tra 10.000 e 12.000
        soldati", a deployment told as done, dated eight months after publication.

    Consistent version:
        "nell'ottobre 2024 Pyongyang ha schierato ...", or "è previsto un aumento dello
        spiegamento" recorded as a future event.

    Options:
        unattached_claims (true): also check claims that belong to no event. Their tense is
        read only from their own words (a claim that says "si terrà", "will" is left alone),
        so such findings are warnings with heuristic confidence.

    Known limitations:
        The tense is the one recorded on the event; a claim outside every event is assumed to
        report something that already happened.
    """
    article, settings = ctx.article, ctx.settings
    published = article.published
    reported: set[str] = set()
    for conflict in ctx.temporal_conflicts():
        if conflict.kind is not ConflictKind.FUTURE:
            continue
        date_statement = conflict.statements[0]
        event = article.event_by_id[conflict.events[0]]
        assert date_statement.time is not None
        late = [
            c for c in (article.claim_by_id.get(i) for i in event.claims)
            if c is not None and c.time is not None and c.time.span.first > published
        ]
        claims = tuple(dict.fromkeys([*conflict.claims, *(c.id for c in late)]))
        reported.update(claims)
        where = "; ".join(ctx.describe(article.claim_by_id[c]) for c in claims) or "no claim"
        yield Problem(
            message=(
                f"'{event.label}' is told as {_telling(event.tense)} but dated "
                f"'{date_statement.time.expression or date_statement.time.written}' "
                f"({date_statement.time.span.describe()}), after the article was published on "
                f"{published.isoformat()} ({where}): it cannot have "
                f"{'begun' if event.tense is Tense.ONGOING else 'happened'} yet."
            ),
            claims=claims,
            events=(event.id,),
            evidence=statement_evidence(article, conflict, settings),
        )
    owners: dict[str, list[Tense]] = {}
    for event in article.events:
        for claim_id in event.claims:
            owners.setdefault(claim_id, []).append(event.tense)
    for claim in article.claims:
        if claim.id in reported or claim.time is None or claim.time.span.first <= published:
            continue
        tenses = owners.get(claim.id)
        if tenses is not None and Tense.FUTURE in tenses:
            continue
        if tenses is None and (
            not ctx.options.get("unattached_claims", True)
            or _speaks_of_future(claim.text, article.language_base)
        ):
            continue
        unattached = tenses is None
        yield Problem(
            message=(
                f"{ctx.describe(claim)} is dated "
                f"'{claim.time.expression or claim.time.written}' ({claim.time.span.describe()}), "
                f"after the article was published on {published.isoformat()}, yet "
                + ("nothing marks it as still to come."
                   if unattached else "it reports something told as already happened.")
            ),
            claims=(claim.id,),
            evidence=(ctx.evidence(claim),),
            severity=Severity.WARNING if unattached else None,
            confidence=Confidence.HEURISTIC if unattached else Confidence.CERTAIN,
        )


def _speaks_of_future(text: str, language: str) -> bool:
    """The claim's own words say it is still to come ("si terrà", "will"): not a late past."""
    if language not in available_languages():
        return False
    return grammar_for(language).future_cues.search(text) is not None


def _telling(tense: Tense) -> str:
    return "under way" if tense is Tense.ONGOING else "already happened"
