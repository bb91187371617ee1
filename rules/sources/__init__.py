"""Rule pack ``sources``: sources against the claims attributed to them."""

from checker import Rule


def get_rules() -> list[Rule]:
    return []
