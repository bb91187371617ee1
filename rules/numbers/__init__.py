"""Rule pack ``numbers``: figures against figures, with units."""

from checker import Rule
from rules.numbers.conflicting_values import conflicting_values


def get_rules() -> list[Rule]:
    return [conflicting_values]
