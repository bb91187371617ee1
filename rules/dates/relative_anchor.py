from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from checker import DaySpan, Evidence, Problem, RuleContext, rule, weekdays
from checker.model import Article, Claim
from checker.temporal import stated_times
from checker.timex import available_languages, times_of

# Moving the anchor by 53 weeks keeps the weekday and changes the year: an expression whose
# reading does not move with it ("ottobre 2024") is absolute, not relative.
_ANOTHER_ANCHOR = timedelta(weeks=53)


def _has_relative_words(article: Article) -> bool:
    return article.language_base in available_languages() and any(
        time.expression for _, _, time in stated_times(article)
    )


def reading(expression: str, words: str | None, language: str, published: date) -> DaySpan | None:
    """The days the expression denotes counted from ``published``; read inside the words it
    stands in (its sentence, or its claim), so "si terrà giovedì" is read as the coming
    Thursday. None when the words count from another date the text names ("the following
    year", "two days later", a clock time): publication is not their anchor, so this rule
    cannot judge them."""
    mentions = list(times_of(expression, language, published))
    at = words.lower().find(expression.lower()) if words else -1
    if words and at >= 0:
        inside = [
            m for m in times_of(words, language, published)
            if m.span is not None and m.start < at + len(expression) and at < m.end
        ]
        mentions = inside or mentions
    mentions = [m for m in mentions if m.span is not None]
    if not mentions:
        return None
    longest = max(mentions, key=lambda m: m.end - m.start)
    return None if longest.narrative or longest.anchor is not None else longest.span


def _words_around(ctx: RuleContext, claim: Claim | None, expression: str) -> str | None:
    if claim is None:
        return None
    sentence = ctx.sentence(claim)
    if sentence and expression.lower() in sentence.lower():
        return sentence
    return claim.text


@rule("dates.relative-anchor", severity="warning", applies=_has_relative_words)
def relative_anchor(ctx: RuleContext) -> Iterator[Problem]:
    """A relative date ("giovedì", "last week") that, counted from publication, misses its date.

    What it checks:
        Each stated time whose expression depends on when the article was published
        ("all'inizio di questo mese", "last week", "giovedì", "metà gennaio" without a
        year) is read against the publication date with the time-expression tables of
        checker.timex; the rule reports when that reading shares no day with the date stored
        with the expression. Absolute expressions ("nell'ottobre 2024") are not this rule's
        business.

    Why it matters:
        Relative words go stale: a wire story written on Monday and published on Thursday
        still says "ieri", and "this month" in a piece run in the next month points readers to
        the wrong days. The stored date and the words cannot both be right for this article.

    Example:
        Published Thursday 2025-02-27: "all'inizio di questo mese l'agenzia ha dichiarato",
        stored as January 1-10, 2025; "this month" is February.

    Consistent version:
        The same words stored as February 1-10, 2025, or "all'inizio di gennaio".

    Known limitations:
        A weekday named beside a date that is not that weekday is reported by
        dates.weekday-mismatch instead. Expressions are read inside their claim's sentence
        (or its words, without a location), so a future cue in another sentence is not seen.
        Languages without a table in checker/timex/tables are not checked.
    """
    article = ctx.article
    language = article.language_base
    published = article.published
    for claim, event, time in stated_times(article):
        expression = time.expression
        if not expression or weekdays.weekday_mismatch(expression, time.span, language):
            continue
        words = _words_around(ctx, claim, expression)
        here = reading(expression, words, language, published)
        if here is None or here.overlaps(time.span):
            continue
        elsewhere = reading(expression, words, language, published + _ANOTHER_ANCHOR)
        if elsewhere == here:
            continue  # an absolute date: the anchor does not move it
        who = ctx.describe(claim) if claim is not None else "the article"
        what = f" for '{event.label}'" if event is not None else ""
        yield Problem(
            message=(
                f"{who} says '{expression}'{what}: counted from the publication date "
                f"({weekdays.english_name(published.weekday())} {published.isoformat()}) that "
                f"is {here.describe()}, but the date stored with it is {time.span.describe()}; "
                "the two share no day, so the relative words or the date are wrong for this "
                "article."
            ),
            claims=(claim.id,) if claim is not None else (),
            events=(event.id,) if event is not None else (),
            evidence=(
                Evidence(
                    claim=claim.id,
                    written=expression,
                    normalised=time.span.describe(),
                    note=f"read against {published.isoformat()} as {here.describe()}",
                ),
            ) if claim is not None else (),
        )

