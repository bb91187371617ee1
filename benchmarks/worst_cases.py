"""Texts no newsroom writes on purpose but a pasted table or a run-on list comes close to.

Each should take about as long as its length, not its length squared: the extraction and the
check speed benchmarks both time them, so they are written once, here.
"""

TEXTS = {
    "a table of 5,000 figures": " ".join(str(i) for i in range(5000)),
    "3,000 dated clauses run together": "In 2008, " * 3000 + "sales fell.",
    "6,000 'and's in one sentence": "They signed " + "the deal and " * 6000 + "left.",
    "1,120 dated figures in one paragraph": "; ".join(
        f"on {d} March 2024 sales rose 5%" for d in range(1, 29)) * 40,
    "1,000 stated sequences": " ".join(
        f"On March {d % 28 + 1}, 2024 the army attacked town {d}. Two days later, the "
        f"army left town {d}." for d in range(1000)),
}
