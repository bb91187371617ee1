"""The article's events as a simple temporal network, and the stated facts that cannot all hold.

Each event is a span of whole days with a start point and an end point (both days included).
Every stated fact becomes one or more difference constraints ``x_head - x_tail <= weight``
between points, where a point's value is a day number:

- an event's date (``time``): the event lies in that window, ``first <= start`` and
  ``end <= last`` ("metà gennaio" is a moment somewhere in January 11-20);
- every event: ``start <= end``;
- the publication date: a ``past`` event ends no later than the publication day, an
  ``ongoing`` one has started by then, a ``future`` one starts no earlier than that day;
- ``A before B`` (and ``B after A``): ``end(A) <= start(B)``. Two events on the same day can be
  in either order, so a day's worth of ambiguity never makes a conflict;
- a ``gap {min, max}`` bounds ``start(later) - end(earlier)`` in whole days ("a month" is 28 to
  31 days). Measured between two moments, an elapsed time of ``t`` days puts them on days whose
  difference lies strictly within ``t - 1`` and ``t + 1``, so whole-day bounds hold as stated;
- ``shortly_before``/``shortly_after``: ``before`` with a gap of at most ``shortly_days``;
- ``A during B``: ``start(B) <= start(A)`` and ``end(A) <= end(B)``;
- ``A same_time B``: the two spans share a day.

The network is consistent exactly when its distance graph has no negative cycle. For an
inconsistent one, :func:`find_conflicts` returns irreducible sets of *statements* (a date, a
relation, a gap, the publication date) that conflict: drop any one of them and the rest can hold.
Conflicts are looked for in layers, so each is reported under the plainest reading: first an
event's date against the publication date, then dates against the stated order, then with the
"shortly" windows, then with the stated durations. The statements of a conflict are set aside
before looking for the next, so one error is reported once.

Several rules read the same conflicts: :func:`solve` builds and solves an article's network
once and shares the result (``RuleContext.temporal_conflicts()``), while :func:`find_conflicts`
always solves afresh.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from checker import describe
from checker.config import Settings
from checker.findings import Evidence
from checker.model import Article, Claim, Event, Relation, RelationType, Tense, TimeRef

ZERO = 0  # the point whose value is day number 0: dates are offsets from it


class StatementKind(StrEnum):
    DATE = "date"  # an event's stated date
    TENSE = "tense"  # the event against the publication date (past, ongoing, future)
    ORDER = "order"  # before, after, during, same_time
    SHORTLY = "shortly"  # the "shortly" window of shortly_before / shortly_after
    GAP_MIN = "gap_min"  # a stated duration's lower bound
    GAP_MAX = "gap_max"  # a stated duration's upper bound


class ConflictKind(StrEnum):
    FUTURE = "future"  # a past or ongoing event dated after publication
    SEQUENCE = "sequence"  # dates and stated order (and "shortly") cannot all hold
    DURATION = "duration"  # a stated duration is part of the conflict


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the article states about time, and who stated it."""

    kind: StatementKind
    events: tuple[str, ...]
    claim: str | None = None
    time: TimeRef | None = None
    relation: Relation | None = None
    tense: Tense | None = None
    published: date | None = None

    @property
    def is_duration(self) -> bool:
        return self.kind in (StatementKind.GAP_MIN, StatementKind.GAP_MAX)


class Constraint(NamedTuple):
    """``value(head) - value(tail) <= weight``, because ``statement`` says so (-1: structure).

    A named tuple, not a dataclass: a large article has thousands and they are built per check.
    """

    tail: int
    head: int
    weight: int
    statement: int


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    statements: tuple[Statement, ...]

    @property
    def claims(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.claim for s in self.statements if s.claim))

    @property
    def events(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e for s in self.statements for e in s.events))


@dataclass(frozen=True)
class Network:
    """Points (0 is day zero; event ``i`` has start ``2i+1`` and end ``2i+2``) and constraints."""

    size: int
    event_index: dict[str, int]
    statements: tuple[Statement, ...]
    constraints: tuple[Constraint, ...]

    def start(self, event_id: str) -> int:
        return 2 * self.event_index[event_id] + 1

    def end(self, event_id: str) -> int:
        return 2 * self.event_index[event_id] + 2


def date_claim(article: Article, event: Event) -> Claim | None:
    """The claim that states an event's date: one of its claims with that time, else its first."""
    claims = [article.claim_by_id[c] for c in event.claims if c in article.claim_by_id]
    if event.time is not None:
        for claim in claims:
            if claim.time is not None and claim.time.span == event.time.span:
                return claim
        for claim in claims:
            if claim.time is not None:
                return claim
    return claims[0] if claims else None


def stated_times(article: Article) -> Iterator[tuple[Claim | None, Event | None, TimeRef]]:
    """Every stated time once: each claim's (with no event), then each event's date that its
    date claim does not already give (with that claim, if any)."""
    for claim in article.claims:
        if claim.time is not None:
            yield claim, None, claim.time
    for event in article.events:
        if event.time is None:
            continue
        stating = date_claim(article, event)
        if stating is not None and stating.time == event.time:
            continue
        yield stating, event, event.time


def ordered(relation: Relation) -> tuple[str, str] | None:
    """(earlier, later) for a relation that orders its events; None for during / same_time."""
    match relation.type:
        case RelationType.BEFORE | RelationType.SHORTLY_BEFORE:
            return relation.source, relation.target
        case RelationType.AFTER | RelationType.SHORTLY_AFTER:
            return relation.target, relation.source
    return None


def network_key(settings: Settings) -> tuple[object, ...]:
    """Every setting :func:`build_network` reads: two runs that agree on these build the same
    network from the same article (a rule's options never reach it)."""
    return (settings.shortly_days,)


def build_network(article: Article, settings: Settings) -> Network:
    """The article's events, dates, relations and publication date as difference constraints.

    Reads no setting that :func:`network_key` leaves out."""
    index = {event.id: i for i, event in enumerate(article.events)}
    statements: list[Statement] = []
    constraints: list[Constraint] = []
    published = article.published.toordinal()

    def start(event_id: str) -> int:
        return 2 * index[event_id] + 1

    def end(event_id: str) -> int:
        return 2 * index[event_id] + 2

    def state(statement: Statement, *bounds: tuple[int, int, int]) -> None:
        number = len(statements)
        statements.append(statement)
        constraints.extend(Constraint(t, h, w, number) for t, h, w in bounds)

    for event in article.events:
        constraints.append(Constraint(end(event.id), start(event.id), 0, -1))
        claim = date_claim(article, event)
        if event.time is not None:
            first, last = event.time.span.first.toordinal(), event.time.span.last.toordinal()
            state(
                Statement(StatementKind.DATE, (event.id,), claim.id if claim else None,
                          time=event.time),
                (start(event.id), ZERO, -first),
                (ZERO, end(event.id), last),
            )
        tense = Statement(StatementKind.TENSE, (event.id,), tense=event.tense,
                          published=article.published)
        match event.tense:
            case Tense.PAST:
                state(tense, (ZERO, end(event.id), published))
            case Tense.ONGOING:
                state(tense, (ZERO, start(event.id), published))
            case Tense.FUTURE:
                state(tense, (start(event.id), ZERO, -published))

    for relation in article.relations:
        if relation.source not in index or relation.target not in index:
            continue
        events = (relation.source, relation.target)
        pair = ordered(relation)
        if pair is not None:
            earlier, later = pair
            state(
                Statement(StatementKind.ORDER, events, relation.claim, relation=relation),
                (start(later), end(earlier), 0),
            )
            if relation.type in (RelationType.SHORTLY_BEFORE, RelationType.SHORTLY_AFTER):
                state(
                    Statement(StatementKind.SHORTLY, events, relation.claim, relation=relation),
                    (end(earlier), start(later), settings.shortly_days),
                )
            if relation.gap is not None and relation.gap.min_days > 0:
                state(
                    Statement(StatementKind.GAP_MIN, events, relation.claim, relation=relation),
                    (start(later), end(earlier), -relation.gap.min_days),
                )
            if relation.gap is not None and relation.gap.max_days is not None:
                state(
                    Statement(StatementKind.GAP_MAX, events, relation.claim, relation=relation),
                    (end(earlier), start(later), relation.gap.max_days),
                )
        elif relation.type is RelationType.DURING:
            inner, outer = relation.source, relation.target
            state(
                Statement(StatementKind.ORDER, events, relation.claim, relation=relation),
                (start(inner), start(outer), 0),
                (end(outer), end(inner), 0),
            )
        else:  # same_time: the spans share at least one day
            a, b = relation.source, relation.target
            state(
                Statement(StatementKind.ORDER, events, relation.claim, relation=relation),
                (end(b), start(a), 0),
                (end(a), start(b), 0),
            )
    return Network(2 * len(index) + 1, index, tuple(statements), tuple(constraints))


def negative_cycle(size: int, constraints: Sequence[Constraint]) -> list[Constraint] | None:
    """The constraints along one negative cycle, or None when the network is consistent.

    Queue-based Bellman-Ford (SPFA) from a virtual source joined to every point: on a typical
    consistent article each point is relaxed a few times, so the check is near-linear. The
    predecessor graph is searched for a cycle every ``size`` relaxations, which finds a negative
    cycle once one exists at amortised constant cost per relaxation.
    """
    outgoing: list[list[Constraint]] = [[] for _ in range(size)]
    for constraint in constraints:
        outgoing[constraint.tail].append(constraint)
    distance = [0] * size
    parent: list[Constraint | None] = [None] * size
    queue = deque(range(size))
    queued = [True] * size
    relaxations = 0
    while queue:
        tail = queue.popleft()
        queued[tail] = False
        reach = distance[tail]
        for constraint in outgoing[tail]:
            head = constraint.head
            if reach + constraint.weight < distance[head]:
                distance[head] = reach + constraint.weight
                parent[head] = constraint
                relaxations += 1
                if relaxations % size == 0:
                    cycle = _parent_cycle(parent)
                    if cycle is not None:
                        return cycle
                if not queued[head]:
                    queued[head] = True
                    queue.append(head)
    return None


def _parent_cycle(parent: Sequence[Constraint | None]) -> list[Constraint] | None:
    """A cycle in the predecessor graph (always a negative one), if there is any."""
    state = [0] * len(parent)  # 0 unseen, 1 on the current walk, 2 done
    for origin in range(len(parent)):
        path: list[int] = []
        point = origin
        while state[point] == 0:
            state[point] = 1
            path.append(point)
            edge = parent[point]
            if edge is None:
                break
            point = edge.tail
        else:
            if state[point] == 1:  # walked back onto this walk: a cycle
                cycle: list[Constraint] = []
                at = point
                while True:
                    edge = parent[at]
                    assert edge is not None
                    cycle.append(edge)
                    at = edge.tail
                    if at == point:
                        return cycle[::-1]
        for seen in path:
            state[seen] = 2
    return None


def _consistent(network: Network, chosen: Iterable[int]) -> bool:
    wanted = set(chosen)
    picked = [c for c in network.constraints if c.statement < 0 or c.statement in wanted]
    return negative_cycle(network.size, picked) is None


def irreducible(network: Network, conflicting: Sequence[int]) -> tuple[int, ...]:
    """A subset of ``conflicting`` statements that still conflicts but not without any member."""
    kept = list(dict.fromkeys(conflicting))
    for number in list(kept):
        trial = [n for n in kept if n != number]
        if not _consistent(network, trial):
            kept = trial
    return tuple(sorted(kept))


_LAYERS: tuple[frozenset[StatementKind], ...] = (
    frozenset({StatementKind.DATE, StatementKind.TENSE, StatementKind.ORDER}),
    frozenset({StatementKind.SHORTLY}),
    frozenset({StatementKind.GAP_MIN, StatementKind.GAP_MAX}),
)


def find_conflicts(article: Article, settings: Settings) -> tuple[Conflict, ...]:
    """Every conflict among the article's statements about time, each irreducible."""
    return conflicts_in(build_network(article, settings))


@dataclass(frozen=True)
class Solved:
    """An article's network and the conflicts found in it."""

    network: Network
    conflicts: tuple[Conflict, ...]


# id(article) -> network_key -> Solved; an article's entry goes when the article does.
_SOLVED: dict[int, dict[tuple[object, ...], Solved]] = {}


def solve(article: Article, settings: Settings) -> Solved:
    """The article's network and its conflicts, built and solved once per article (and per
    :func:`network_key`) and then shared: every rule that asks gets the same result.

    Articles are immutable, so the result stays true for as long as the article lives; it is
    dropped with the article. A solver that raises stores nothing, so each rule that asks
    again meets the same error (and reports it as its own internal error).
    """
    key = network_key(settings)
    known = _SOLVED.get(id(article))
    if known is None:
        known = _SOLVED[id(article)] = {}
        weakref.finalize(article, _SOLVED.pop, id(article), None).atexit = False
    found = known.get(key)
    if found is None:
        network = build_network(article, settings)
        found = known[key] = Solved(network, conflicts_in(network))
    return found


def conflicts_in(network: Network) -> tuple[Conflict, ...]:
    """Every conflict among a network's statements, each irreducible (see the module notes)."""
    statements = network.statements
    conflicts: list[Conflict] = []
    set_aside: set[int] = set()
    for date_number, tense_number in _dated_against_publication(network):
        tense = statements[tense_number].tense
        kind = ConflictKind.SEQUENCE if tense is Tense.FUTURE else ConflictKind.FUTURE
        conflicts.append(Conflict(kind, (statements[date_number], statements[tense_number])))
        set_aside |= {date_number, tense_number}
    active: set[int] = set()
    for layer in _LAYERS:
        active |= {i for i, s in enumerate(statements) if s.kind in layer}
        while True:
            live = active - set_aside
            picked = [c for c in network.constraints if c.statement < 0 or c.statement in live]
            cycle = negative_cycle(network.size, picked)
            if cycle is None:
                break
            found = irreducible(network, [c.statement for c in cycle if c.statement >= 0])
            chosen = tuple(statements[n] for n in found)
            kind = (
                ConflictKind.DURATION
                if any(s.is_duration for s in chosen)
                else ConflictKind.SEQUENCE
            )
            conflicts.append(Conflict(kind, chosen))
            set_aside |= set(found)
    return tuple(conflicts)


def _dated_against_publication(network: Network) -> list[tuple[int, int]]:
    """For each event whose own date cannot fit its tense: (date statement, tense statement)."""
    found: list[tuple[int, int]] = []
    dates = {s.events[0]: i for i, s in enumerate(network.statements)
             if s.kind is StatementKind.DATE}
    for number, statement in enumerate(network.statements):
        if statement.kind is not StatementKind.TENSE or statement.events[0] not in dates:
            continue
        date_number = dates[statement.events[0]]
        span = network.statements[date_number].time
        assert span is not None and statement.published is not None
        if statement.tense is Tense.FUTURE:
            broken = span.span.last < statement.published
        else:
            broken = span.span.first > statement.published
        if broken:
            found.append((date_number, number))
    return found


def day_bounds(
    network: Network, statements: Iterable[Statement], tail: int, head: int
) -> tuple[int | None, int | None]:
    """How far apart ``statements`` allow two points to be: min and max of value(head) -
    value(tail), None where unbounded. The network of these statements must be consistent."""
    wanted = {network.statements.index(s) for s in statements}
    picked = [c for c in network.constraints if c.statement < 0 or c.statement in wanted]
    upper = _shortest(network.size, picked, tail, head)
    lower = _shortest(network.size, picked, head, tail)
    return (None if lower is None else -lower), upper


def _shortest(size: int, constraints: Sequence[Constraint], origin: int, target: int) -> int | None:
    """Bellman-Ford distance from ``origin`` to ``target`` (None when unreachable)."""
    unreached = float("inf")
    distance = [unreached] * size
    distance[origin] = 0
    for _ in range(size):
        changed = False
        for c in constraints:
            if distance[c.tail] + c.weight < distance[c.head]:
                distance[c.head] = distance[c.tail] + c.weight
                changed = True
        if not changed:
            break
    found = distance[target]
    return None if found == unreached else int(found)


def has_timeline(article: Article) -> bool:
    """True when the article dates an event or relates two: there is a network to check."""
    return bool(article.relations) or any(event.time is not None for event in article.events)


def statement_words(article: Article, statement: Statement, settings: Settings) -> str:
    """A statement as a message quotes it: who says what about which events."""
    labels = [f"'{article.event_by_id[e].label}'" for e in statement.events]
    claim = article.claim_by_id.get(statement.claim) if statement.claim else None
    said = describe.describe(article, claim) if claim is not None else "the article"
    match statement.kind:
        case StatementKind.DATE:
            assert statement.time is not None
            written = statement.time.expression or statement.time.written
            return (
                f"{said} dates {labels[0]} to '{written}' ({statement.time.span.describe()})"
            )
        case StatementKind.TENSE:
            telling = {
                Tense.PAST: "as already happened",
                Tense.ONGOING: "as under way",
                Tense.FUTURE: "as still to come",
            }[statement.tense or Tense.PAST]
            return (
                f"the article, published {article.published.isoformat()}, tells of "
                f"{labels[0]} {telling}"
            )
    relation = statement.relation
    assert relation is not None
    pair = ordered(relation)
    if pair is None:
        inner, outer = (f"'{article.event_by_id[e].label}'" for e in statement.events)
        link = "during" if relation.type is RelationType.DURING else "at the same time as"
        return f"{said} puts {inner} {link} {outer}"
    earlier, later = (f"'{article.event_by_id[e].label}'" for e in pair)
    gap = relation.gap
    match statement.kind:
        case StatementKind.SHORTLY:
            return (
                f"{said} puts {earlier} shortly (at most {settings.shortly_days} days) "
                f"before {later}"
            )
        case StatementKind.GAP_MIN:
            assert gap is not None
            return (
                f"{said} puts at least {gap.min_days} days ('{relation.gap_written[0]}') "
                f"between {earlier} and {later}"
            )
        case StatementKind.GAP_MAX:
            assert gap is not None
            return (
                f"{said} puts at most {gap.max_days} days ('{relation.gap_written[1]}') "
                f"between {earlier} and {later}"
            )
    return f"{said} puts {earlier} before {later}"


def statement_evidence(article: Article, conflict: Conflict, settings: Settings) -> tuple[
    Evidence, ...
]:
    """One piece of evidence per claim of a conflict: what it says, and how it was read."""
    evidence: list[Evidence] = []
    for claim_id in conflict.claims:
        claim = article.claim_by_id[claim_id]
        mine = [s for s in conflict.statements if s.claim == claim_id]
        dated = next((s.time for s in mine if s.time is not None), None)
        evidence.append(
            Evidence(
                claim=claim_id,
                written=(dated.expression or dated.written) if dated else claim.text,
                normalised=dated.span.describe() if dated else None,
                note="; ".join(_note(article, s, settings) for s in mine),
            )
        )
    return tuple(evidence)


def _note(article: Article, statement: Statement, settings: Settings) -> str:
    words = statement_words(article, statement, settings)
    claim = article.claim_by_id.get(statement.claim) if statement.claim else None
    if claim is not None:
        prefix = describe.describe(article, claim) + " "
        words = words.removeprefix(prefix)
    return words
