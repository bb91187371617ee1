from __future__ import annotations

from collections.abc import Iterator

from checker import Problem, RuleContext, rule
from checker.temporal import (
    ConflictKind,
    day_bounds,
    has_timeline,
    ordered,
    statement_evidence,
    statement_words,
)


@rule("dates.duration-mismatch", severity="error", applies=has_timeline)
def duration_mismatch(ctx: RuleContext) -> Iterator[Problem]:
    """A stated duration that the dates of its two events contradict.

    What it checks:
        A relation with a stated gap ("dopo una pausa di un mese", "three days later") sets
        how many days lie between the end of the earlier event and the start of the later one:
        "a month" is 28 to 31 days, "three days" exactly 3. The rule reports when the events'
        dates, together with the rest of the stated sequence and the publication date, leave
        no room for that many days, and says how many days they do allow.

    Why it matters:
        A duration is a figure readers check against the dates beside it; when "a month-long
        pause" sits between mid-January and February 6, either the pause or a date is wrong.

    Example:
        "Da metà gennaio" the troops left the front and "dopo una pausa di un mese" they
        returned, reported on "giovedì 6 febbraio": a month after mid-January is February 8
        at the earliest.

    Consistent version:
        The same statements reported on Thursday, February 27: the return fits between
        February 8 and February 20.

    Known limitations:
        Durations are whole days, taken from the ISO 8601 gap recorded in the article data;
        vague durations ("a few weeks") are only as precise as that record.
    """
    article, settings = ctx.article, ctx.settings
    for conflict in ctx.temporal_conflicts():
        if conflict.kind is not ConflictKind.DURATION:
            continue
        network = ctx.temporal_network()
        duration = next(s for s in conflict.statements if s.is_duration)
        assert duration.relation is not None
        pair = ordered(duration.relation)
        assert pair is not None
        others = [s for s in conflict.statements if not s.is_duration]
        low, high = day_bounds(network, others, network.end(pair[0]), network.start(pair[1]))
        said = "; ".join(statement_words(article, s, settings) for s in conflict.statements)
        yield Problem(
            message=(
                f"The stated duration does not fit the dates: {said}. Taken together, the "
                f"other statements leave {_days(low, high)} between the two events, which the "
                "stated duration rules out."
            ),
            claims=conflict.claims,
            events=conflict.events,
            evidence=statement_evidence(article, conflict, settings),
        )


def _days(low: int | None, high: int | None) -> str:
    """The room the other statements leave, in words; a negative bound means reversed order."""
    if high is not None and high < 0:
        return "no room at all (they put the later event first)"
    least = max(low or 0, 0)
    if high is None:
        return f"at least {least} days"
    if least == high:
        return f"exactly {least} days"
    return f"at most {high} days" if least == 0 else f"between {least} and {high} days"
