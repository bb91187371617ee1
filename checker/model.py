"""The article data model: what the rules see, built once from a validated document.

Everything here is a frozen dataclass; figures are already normalised to intervals in base units
and dates to day spans, so rules compare plain numbers (see :mod:`checker.normalise`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property

from checker.days import DayRange, DaySpan
from checker.intervals import Interval

SCHEMA_ID = "claimcheck/article/1"


class Section(StrEnum):
    TITLE = "title"
    LEAD = "lead"
    BODY = "body"
    QUOTE = "quote"
    RELATED = "related"
    CAPTION = "caption"
    CREDIT = "credit"


class Stance(StrEnum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    DENIED = "denied"
    UNCONFIRMED = "unconfirmed"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    BETWEEN = "between"
    MAGNITUDE = "magnitude"


class Tense(StrEnum):
    PAST = "past"
    ONGOING = "ongoing"
    FUTURE = "future"


class RelationType(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    SAME_TIME = "same_time"
    DURING = "during"
    SHORTLY_BEFORE = "shortly_before"
    SHORTLY_AFTER = "shortly_after"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a claim's text stands: code-point offsets into the title or the body."""

    field: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    name: str
    kind: str = "unspecified"
    named: bool = True
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated figure: as written, as the interval it allows in its own unit (``stated``) and
    in its dimension's base unit (``interval``), which is what rules compare."""

    measure: str
    unit: str
    qualifier: Qualifier
    stated: Interval
    interval: Interval
    base_unit: str
    dimension: str
    subject: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    magnitude: str | None = None
    place: str | None = None
    tolerance: str | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A stated time: the window of days it allows, and the words that stated it."""

    span: DaySpan
    expression: str | None = None
    written: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    section: Section = Section.BODY
    sources: tuple[str, ...] = ()
    stance: Stance = Stance.ASSERTED
    about: str | None = None
    quantity: Quantity | None = None
    time: TimeRef | None = None
    conversion_of: str | None = None
    superseded: bool = False  # an earlier count the article itself says was replaced
    location: Location | None = None
    origin: str = "manual"
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    time: TimeRef | None = None
    claims: tuple[str, ...] = ()
    tense: Tense = Tense.PAST


@dataclass(frozen=True, slots=True)
class Relation:
    """``source`` stands in ``type`` to ``target``: {type: before, from: A, to: B} is A before B."""

    type: RelationType
    source: str
    target: str
    gap: DayRange | None = None
    gap_written: tuple[str | None, str | None] = (None, None)
    claim: str | None = None


@dataclass(frozen=True, slots=True)
class Expectation:
    """A finding a fixture must produce: its rule, and the claims and events it names."""

    rule: str
    claims: tuple[str, ...] | None = None
    events: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Waiver:
    """An editor's decision to accept a finding, with who decided and why."""

    rule: str
    reason: str
    by: str
    date: str
    claims: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    published: date
    published_written: str
    title: str
    body: str | None = None
    url: str | None = None
    outlet: str | None = None
    credits: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    expect: tuple[Expectation, ...] | None = None
    waivers: tuple[Waiver, ...] = ()
    select: tuple[str, ...] | None = None
    extra: Mapping[str, object] = field(default_factory=dict)

    @cached_property
    def source_by_id(self) -> Mapping[str, Source]:
        return {source.id: source for source in self.sources}

    @cached_property
    def claim_by_id(self) -> Mapping[str, Claim]:
        return {claim.id: claim for claim in self.claims}

    @cached_property
    def event_by_id(self) -> Mapping[str, Event]:
        return {event.id: event for event in self.events}

    @property
    def quantified_claims(self) -> tuple[Claim, ...]:
        return tuple(claim for claim in self.claims if claim.quantity is not None)

    def sources_of(self, claim: Claim) -> tuple[Source, ...]:
        return tuple(self.source_by_id[s] for s in claim.sources if s in self.source_by_id)

    @property
    def language_base(self) -> str:
        """The primary language subtag: ``it`` for ``it-IT``."""
        return self.language.split("-")[0].lower()
