"""The one object a rule receives: the article, the run's settings and the rule's options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checker import describe
from checker.config import Settings
from checker.findings import Evidence
from checker.model import Article, Claim


@dataclass(frozen=True)
class RuleContext:
    article: Article
    settings: Settings
    options: Mapping[str, Any]

    def claim(self, claim_id: str) -> Claim:
        return self.article.claim_by_id[claim_id]

    def quote(self, claim: Claim) -> str:
        return describe.quote(claim)

    def attribution(self, claim: Claim) -> str:
        return describe.attribution(self.article, claim)

    def describe(self, claim: Claim) -> str:
        return describe.describe(self.article, claim)

    def evidence(self, claim: Claim, note: str | None = None) -> Evidence:
        if claim.quantity is not None:
            return describe.quantity_evidence(claim, note)
        written = claim.time.expression or claim.time.written if claim.time else claim.text
        normalised = claim.time.span.describe() if claim.time else None
        return Evidence(
            claim=claim.id, written=written or claim.text, normalised=normalised, note=note
        )
