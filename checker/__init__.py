"""claimcheck: checks a news article's claims against each other.

The public API for rule authors and for programs that embed the checker. Rule authors need
:func:`rule`, :class:`RuleContext`, :class:`Problem` and :class:`Evidence`; programs need
:func:`check_paths` and the result types.
"""

from checker.api import check_paths, selected_rules
from checker.config import ConfigError, Settings, load_settings
from checker.context import RuleContext
from checker.days import DayRange, DaySpan
from checker.findings import Confidence, Evidence, Finding, Problem, Severity, Status
from checker.intervals import Interval
from checker.loading import LoadedArticle, load_document, load_file
from checker.model import (
    Article,
    Claim,
    Event,
    Qualifier,
    Quantity,
    Relation,
    RelationType,
    Section,
    Source,
    Stance,
    Tense,
    TimeRef,
)
from checker.registry import Registry, Rule, load_registry, rule
from checker.runner import ArticleResult, ArticleStatus, RuleOutcome, RunResult

__all__ = [
    "Article",
    "ArticleResult",
    "ArticleStatus",
    "Claim",
    "ConfigError",
    "Confidence",
    "DayRange",
    "DaySpan",
    "Event",
    "Evidence",
    "Finding",
    "Interval",
    "LoadedArticle",
    "Problem",
    "Qualifier",
    "Quantity",
    "Registry",
    "Relation",
    "RelationType",
    "Rule",
    "RuleContext",
    "RuleOutcome",
    "RunResult",
    "Section",
    "Settings",
    "Severity",
    "Source",
    "Stance",
    "Status",
    "Tense",
    "TimeRef",
    "check_paths",
    "load_document",
    "load_file",
    "load_registry",
    "load_settings",
    "rule",
    "selected_rules",
]
