"""Who stands behind which claim: the shared notions of the ``sources`` rules.

A source is anonymous when the article does not say who it is (kind ``anonymous`` or
``unspecified``, or ``named: false``). Claims sharing an ``about`` key state one proposition;
some put it forward (asserted, hedged), others reject it (denied, unconfirmed). A key claim is
one a reader takes away: it carries a figure, or stands in the title or lead. Credit lines
("Con informazioni dall'AFP") are matched against sources by name and aliases, whole words and
case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from checker.model import Article, Claim, Section, Source, Stance

WORD = re.compile(r"\w+")
ANONYMOUS_KINDS = frozenset({"anonymous", "unspecified"})
AGENCY_KINDS = frozenset({"wire", "agency"})
ASSERTING = frozenset({Stance.ASSERTED, Stance.HEDGED})
REJECTING = frozenset({Stance.DENIED, Stance.UNCONFIRMED})
KEY_SECTIONS = frozenset({Section.TITLE, Section.LEAD})
# Counts the sides of a story dispute and readers weigh by who made them: tolls, forces,
# people displaced or detained, crowds. Sales, prices and fleet sizes are routinely the
# outlet's own; a newsroom can widen or narrow the list per rule.
CONTESTED_MEASURES = frozenset({
    "casualties", "killed", "dead", "deaths", "wounded", "injured", "captured", "missing",
    "troops_deployed", "troops_at_front", "displaced", "evacuated", "refugees", "arrested",
    "detained", "marchers", "protesters", "turnout",
})
# Not this article's own statements: a related link is another article's headline, a credit
# line names who supplied the material.
OUTSIDE_SECTIONS = frozenset({Section.RELATED, Section.CREDIT})

# Wire agencies a credit line commonly names, each with the names it goes by. A credit naming
# one of these (or a listed source of kind wire/agency) is a wire credit; other credit lines,
# such as an editor's initials ("ORP"), are bylines and are not held against the sources.
WIRE_AGENCIES: tuple[tuple[str, ...], ...] = (
    ("AFP", "Agence France-Presse", "France-Presse", "France Presse"),
    ("Reuters", "Thomson Reuters"),
    ("AP", "Associated Press"),
    ("ANSA", "Agenzia Nazionale Stampa Associata"),
    ("AGI", "Agenzia Italia"),
    ("Adnkronos",),
    ("LaPresse",),
    ("Askanews",),
    ("EFE", "Agencia EFE"),
    ("Europa Press",),
    ("dpa", "Deutsche Presse-Agentur"),
    ("Yonhap",),
    ("Xinhua",),
    ("Kyodo",),
    ("TASS", "ITAR-TASS"),
    ("RIA Novosti",),
    ("Interfax",),
    ("Ukrinform",),
    ("KCNA", "Korean Central News Agency"),
    ("UPI", "United Press International"),
    ("Anadolu",),
    ("PTI", "Press Trust of India"),
    ("Bloomberg",),
    ("Notimex",),
    ("Lusa",),
    ("PA Media", "Press Association"),
)


def is_anonymous(source: Source) -> bool:
    """The article does not tell the reader who this source is."""
    return source.kind in ANONYMOUS_KINDS or not source.named


def is_own_statement(claim: Claim) -> bool:
    """The claim is the article's own, not a related link's headline or a credit line."""
    return claim.section not in OUTSIDE_SECTIONS


def is_key(claim: Claim) -> bool:
    """A claim a reader takes away: a figure, or anything in the title or lead."""
    return is_own_statement(claim) and (
        claim.quantity is not None or claim.section in KEY_SECTIONS
    )


def puts_forward(claim: Claim) -> bool:
    return claim.stance in ASSERTING


def rejects(claim: Claim) -> bool:
    return claim.stance in REJECTING


def propositions(article: Article) -> Mapping[str, tuple[Claim, ...]]:
    """Claims grouped by their ``about`` key, in article order; claims without one are left out."""
    groups: dict[str, list[Claim]] = {}
    for claim in article.claims:
        if claim.about is not None:
            groups.setdefault(claim.about, []).append(claim)
    return {about: tuple(claims) for about, claims in groups.items()}


def stances_clash(forward: Claim, against: Claim) -> bool:
    """A denial clashes with any assertion, even a hedged one; declining to confirm clashes only
    with a firm assertion ("Mosca lascia intendere ... ma non conferma" is consistent)."""
    if against.stance is Stance.DENIED:
        return puts_forward(forward)
    return against.stance is Stance.UNCONFIRMED and forward.stance is Stance.ASSERTED


def may_coincide(a: Claim, b: Claim) -> bool:
    """Stated times that can overlap (or are unstated): the claims may speak of one moment."""
    return not (a.time and b.time and not a.time.span.overlaps(b.time.span))


@dataclass(frozen=True, slots=True)
class StanceClash:
    """A source credited with putting a proposition forward and, elsewhere, with rejecting it."""

    asserting: Claim
    rejecting: Claim
    sources: tuple[str, ...]

    @property
    def same_credit(self) -> bool:
        """Everyone credited with the assertion also rejects it: the sources said both."""
        return set(self.asserting.sources) <= set(self.rejecting.sources)


def stance_clashes(article: Article) -> Iterator[StanceClash]:
    """Every asserting/rejecting pair on one proposition that shares a source, in article order."""
    for claims in propositions(article).values():
        forward = [c for c in claims if puts_forward(c) and is_own_statement(c)]
        against = [c for c in claims if rejects(c) and is_own_statement(c)]
        for asserting, rejecting in product(forward, against):
            common = tuple(s for s in asserting.sources if s in rejecting.sources)
            if common and stances_clash(asserting, rejecting) and may_coincide(
                asserting, rejecting
            ):
                yield StanceClash(asserting, rejecting, common)


def source_names(article: Article, source_ids: Iterable[str]) -> str:
    """Sources as the article names them: 'Mosca and Pyongyang'."""
    names = [article.source_by_id[s].name for s in source_ids if s in article.source_by_id]
    return " and ".join(names)


def cited_source_ids(article: Article) -> frozenset[str]:
    """Ids of the sources some claim is attributed to."""
    return frozenset(s for claim in article.claims for s in claim.sources)


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.casefold()))


def mentions(text: str, name: str) -> bool:
    """``name`` appears in ``text`` as whole words, ignoring case and punctuation."""
    words, wanted = _words(text), _words(name)
    if not wanted or wanted[0] not in _vocabulary(text):
        return False
    size = len(wanted)
    return any(words[i:i + size] == wanted for i in range(len(words) - size + 1))


@lru_cache(maxsize=4096)
def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(_words(text))


def names_of(source: Source) -> tuple[str, ...]:
    return (source.name, *source.aliases)


def credit_names_source(credit: str, source: Source) -> bool:
    """The credit line names this source (by its name or an alias, or the other way round:
    a credit "AFP" names a source called "AFP" and one aliased "Agence France-Presse, AFP")."""
    return any(mentions(credit, name) or mentions(name, credit) for name in names_of(source))


@dataclass(frozen=True, slots=True)
class WireCredit:
    """A wire agency a credit line names: the line, the agency's names, and the listed sources
    that are that agency."""

    credit: str
    agency: tuple[str, ...]
    sources: tuple[Source, ...]


def wire_credits(
    article: Article, extra_agencies: Iterable[Iterable[str]] = ()
) -> Iterator[WireCredit]:
    """Each wire agency each credit line names ("AFP/Reuters" names two), with its sources."""
    agencies = [tuple(names) for names in (*WIRE_AGENCIES, *extra_agencies)]
    for credit in article.credits:
        seen: set[str] = set()
        for names in agencies:
            if any(mentions(credit, n) for n in names):
                named = tuple(
                    s for s in article.sources
                    if any(credit_names_source(n, s) for n in names)
                )
                seen.update(s.id for s in named)
                yield WireCredit(credit, names, named)
        for source in article.sources:
            if (
                source.kind in AGENCY_KINDS
                and source.id not in seen
                and credit_names_source(credit, source)
            ):
                yield WireCredit(credit, names_of(source), (source,))
