"""Rule pack ``dates``: dates against the sequence the text states."""

from checker import Rule
from rules.dates.duration_mismatch import duration_mismatch
from rules.dates.future_event import future_event
from rules.dates.relative_anchor import relative_anchor
from rules.dates.sequence_conflict import sequence_conflict
from rules.dates.weekday_mismatch import weekday_mismatch


def get_rules() -> list[Rule]:
    return [sequence_conflict, future_event, duration_mismatch, weekday_mismatch,
            relative_anchor]
