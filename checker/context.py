"""The one object a rule receives: the article, the run's settings and the rule's options."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checker import describe, temporal
from checker.config import Settings
from checker.findings import Evidence
from checker.model import Article, Claim

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(frozen=True)
class RuleContext:
    article: Article
    settings: Settings
    options: Mapping[str, Any]

    def claim(self, claim_id: str) -> Claim:
        return self.article.claim_by_id[claim_id]

    def sentence(self, claim: Claim) -> str | None:
        """The sentence of the title or body the claim stands in (None without a location):
        its tense and cues tell what a short claim ('US$ 19.7 billion') does not."""
        where = claim.location
        text = (self.article.body if where.field == "body" else self.article.title) \
            if where else None
        if where is None or not text:
            return None
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, where.start)), default=0)
        following = _SENTENCE_END.search(text, where.end)
        return text[start:following.start() + 1 if following else len(text)]

    def temporal_network(self) -> temporal.Network:
        """The article's events, dates and stated order as a temporal network (see
        :mod:`checker.temporal`), built once per article and shared by every rule."""
        return temporal.solve(self.article, self.settings).network

    def temporal_conflicts(self) -> tuple[temporal.Conflict, ...]:
        """Every conflict among the article's statements about time, solved once per article
        and shared by every rule that asks: filter them by ``kind``, never solve again."""
        return temporal.solve(self.article, self.settings).conflicts

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
