"""A third-party rule pack: installed on its own, found through the claimcheck.rules entry point."""

from checker import Problem, RuleContext, rule


@rule("headlines.shouting-headline", severity="warning")
def shouting_headline(ctx: RuleContext):
    """A headline written in capital letters.

    What it checks:
        Titles whose letters are all upper case.

    Why it matters:
        Shouting headlines read as alarm, which a news desk avoids.

    Example:
        "MIGLIAIA DI SOLDATI IN RUSSIA".
    """
    letters = [ch for ch in ctx.article.title if ch.isalpha()]
    if len(letters) > 5 and all(ch.isupper() for ch in letters):
        yield Problem(f"the headline {ctx.article.title!r} is all in capitals")


def get_rules():
    return [shouting_headline]
