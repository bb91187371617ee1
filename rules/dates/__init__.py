"""Rule pack ``dates``: dates against the sequence the text states."""

from checker import Rule


def get_rules() -> list[Rule]:
    return []
