from __future__ import annotations

from collections.abc import Iterator

from checker import Problem, RuleContext, rule
from checker.temporal import (
    ConflictKind,
    has_timeline,
    statement_evidence,
    statement_words,
)


@rule("dates.sequence-conflict", severity="error", applies=has_timeline)
def sequence_conflict(ctx: RuleContext) -> Iterator[Problem]:
    """The stated dates and the stated order of events cannot all hold.

    What it checks:
        The article's events as a timeline: each event's stated date, every "before", "after",
        "during", "at the same time" and "shortly before/after" the text states between them,
        and the publication date (past events happened by then, future ones have not). When no
        placing of the events on the calendar satisfies all of these, the finding quotes the
        smallest set of statements that conflict: drop any one of them and the rest can hold.
        "Before" allows the same day, so two events on one day never conflict; "shortly" means
        at most `shortly_days` days (45 by default).

    Why it matters:
        A reader who puts the dates side by side sees that the story cannot have happened as
        told: one of the dates, or the order the text gives, is wrong. The quoted statements
        are where to look.

    Example:
        "Nel giugno 2024 è stato firmato il trattato", "nell'ottobre 2024 Pyongyang ha
        schierato le truppe" and "il trattato è stato firmato dopo lo spiegamento": a treaty
        signed in June cannot follow a deployment in October.

    Consistent version:
        "Nel giugno 2024 è stato firmato il trattato ... nell'ottobre 2024 Pyongyang ha
        schierato le truppe" with the signing before the deployment.

    Known limitations:
        Only dates and relations recorded in the article data are checked. After one conflict
        is found its statements are set aside, so a second conflict sharing a statement with
        it is reported only once that one is fixed. Conflicts that involve a stated duration
        are reported by dates.duration-mismatch, and a past event dated after publication by
        dates.future-event.
    """
    article, settings = ctx.article, ctx.settings
    for conflict in ctx.temporal_conflicts():
        if conflict.kind is not ConflictKind.SEQUENCE:
            continue
        said = "; ".join(statement_words(article, s, settings) for s in conflict.statements)
        yield Problem(
            message=(
                f"These statements about when things happened cannot all hold: {said}. No "
                "placing of these events on the calendar satisfies all of them, so one of the "
                "dates or the stated order is wrong."
            ),
            claims=conflict.claims,
            events=conflict.events,
            evidence=statement_evidence(article, conflict, settings),
        )
