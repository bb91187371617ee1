"""Rule pack ``sources``: sources against the claims attributed to them."""

from checker import Rule
from rules.sources.anonymous_only import anonymous_only
from rules.sources.conflicting_attribution import conflicting_attribution
from rules.sources.contradicts_stance import contradicts_stance
from rules.sources.headline_overstates import headline_overstates
from rules.sources.related_content import related_content
from rules.sources.unattributed_figure import unattributed_figure
from rules.sources.unknown_source import unknown_source


def get_rules() -> list[Rule]:
    return [
        unattributed_figure,
        contradicts_stance,
        conflicting_attribution,
        headline_overstates,
        anonymous_only,
        unknown_source,
        related_content,
    ]
