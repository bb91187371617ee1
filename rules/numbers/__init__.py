"""Rule pack ``numbers``: figures against figures, with units."""

from checker import Rule
from rules.numbers.components_sum import components_sum
from rules.numbers.conflicting_values import conflicting_values
from rules.numbers.cumulative_decrease import cumulative_decrease
from rules.numbers.implausible_ratio import implausible_ratio
from rules.numbers.incompatible_units import incompatible_units
from rules.numbers.part_exceeds_whole import part_exceeds_whole
from rules.numbers.unit_conversion import unit_conversion
from rules.numbers.vague_vs_precise import vague_vs_precise


def get_rules() -> list[Rule]:
    return [
        conflicting_values,
        part_exceeds_whole,
        components_sum,
        cumulative_decrease,
        unit_conversion,
        incompatible_units,
        implausible_ratio,
        vague_vs_precise,
    ]
