"""What rules report: severities, the evidence behind a verdict, and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from checker.model import Waiver


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Confidence(StrEnum):
    """How sure the rule is: certain logic on the stated data, or a heuristic reading of it."""

    CERTAIN = "certain"
    HEURISTIC = "heuristic"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim's part in a verdict: the value as written and what it was taken to mean."""

    claim: str
    written: str
    normalised: str | None = None
    tolerance: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule yields. The runner adds the rule id and settles the severity."""

    message: str
    claims: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    severity: Severity | None = None
    confidence: Confidence = Confidence.CERTAIN


class Status(StrEnum):
    OPEN = "open"
    WAIVED = "waived"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    claims: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: Confidence = Confidence.CERTAIN
    status: Status = Status.OPEN
    waiver: Waiver | None = field(default=None)
    trace: str | None = field(default=None, compare=False)
    crashed_rule: str | None = None  # on an internal-error finding: the rule that raised

    def is_crash_of(self, rule_id: str) -> bool:
        return self.rule == "internal-error" and self.crashed_rule == rule_id

    @property
    def sort_key(self) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
        return (self.rule, self.claims, self.events, self.message)
