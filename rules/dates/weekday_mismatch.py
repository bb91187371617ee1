from __future__ import annotations

from collections.abc import Iterator

from checker import Evidence, Problem, RuleContext, rule, weekdays
from checker.model import Article
from checker.temporal import stated_times


def _has_weekday_table(article: Article) -> bool:
    return weekdays.knows_language(article.language_base) and (
        any(c.time is not None and c.time.expression for c in article.claims)
        or any(e.time is not None and e.time.expression for e in article.events)
    )


@rule("dates.weekday-mismatch", severity="error", applies=_has_weekday_table)
def weekday_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """A weekday named with a date that does not fall on that weekday.

    What it checks:
        Every stated time whose expression names a weekday ("giovedì 26 febbraio 2025",
        "on Thursday", "lunedì scorso"), against the day window stored with it: at least one
        day of the window must be that weekday. The weekday words come from the language
        tables in checker/timex/tables (Italian and English; another language is another
        table). A window of a week or more always passes.

    Why it matters:
        A weekday and a date that disagree are a typo in one of them, and readers notice: one
        of the two is wrong, and any date worked out from it may be wrong too.

    Example:
        "ha affermato giovedì 26 febbraio 2025 l'agenzia": 26 February 2025 was a Wednesday.

    Consistent version:
        "ha affermato giovedì 27 febbraio 2025 l'agenzia".

    Known limitations:
        When an expression names several weekdays the rule reports only if none of them fits.
        Articles in a language without a table are not checked.
    """
    article = ctx.article
    language = article.language_base
    for claim, event, time in stated_times(article):
        named = weekdays.weekday_mismatch(time.expression, time.span, language)
        if not named:
            continue
        words = " or ".join(
            f"a {weekdays.english_name(n)} ('{word}')" for n, word in sorted(named.items())
        )
        if time.span.first == time.span.last:
            day = time.span.first
            actual = f"{day.isoformat()} is a {weekdays.english_name(day.weekday())}"
        else:
            actual = f"no day from {time.span.first} to {time.span.last} is"
        who = ctx.describe(claim) if claim is not None else "the article"
        what = f" for '{event.label}'" if event is not None else ""
        yield Problem(
            message=(
                f"{who} gives '{time.expression}'{what}, stored as {time.span.describe()}: it "
                f"names {words}, but {actual}, so the weekday or the date is wrong."
            ),
            claims=(claim.id,) if claim is not None else (),
            events=(event.id,) if event is not None else (),
            evidence=(
                Evidence(
                    claim=claim.id if claim is not None else "",
                    written=time.expression or time.written,
                    normalised=time.span.describe(),
                ),
            ) if claim is not None else (),
        )
