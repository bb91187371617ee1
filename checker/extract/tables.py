"""The language tables: everything the extractor knows about a language, loaded from data.

One JSON file per language in ``tables/`` (``it.json``, ``en.json``); adding a language is adding
a table. Phrases are compiled once per process into case-insensitive, word-bounded patterns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

# A currency or percent sign between the two figures of a range ("$10-$20", "10% to 20%").
_UNIT_GAP = r"\s*(?:[$€£%]|US\$)?\s*"


_DIGIT = re.compile(r"\d")
# "(?<!\w)(?:uno|due|tre)": a table expression that is only a list of words after a word start.
_PLAIN_LIST = re.compile(
    r"(?:\(\?<!\\w\))?\(\?:([^\\.^$*+?{}\[\]|()]+(?:\|[^\\.^$*+?{}\[\]|()]+)*)\)")


def _plain_alternatives(source: str) -> list[str] | None:
    """The words of ``source`` if it is a plain word list, "(?:said|says)", maybe after a
    word start (every match then holds one of them, and starts with it)."""
    match = _PLAIN_LIST.fullmatch(source)
    return match.group(1).split("|") if match else None


class UnknownLanguage(ValueError):
    """No table for this language."""


def available_languages() -> tuple[str, ...]:
    folder = resources.files("checker.extract").joinpath("tables")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


# The texts last lower-cased: every pattern of a table is run over the same clause in turn.
# Kept small, so it never holds more than the article being read.
_LOWERED: dict[str, str] = {}


def _lower(text: str) -> str:
    lowered = _LOWERED.get(text)
    if lowered is None:
        if len(_LOWERED) >= 64:
            _LOWERED.clear()
        lowered = _LOWERED[text] = text.lower()
    return lowered


def _trie(literals: Sequence[str]) -> str:
    """A pattern matching exactly where one of ``literals`` (none empty) starts, written as
    a letter tree ("ha(?:nno)?"), which ``re`` walks letter by letter: several times quicker
    than trying each literal in turn, or than their plain alternation."""
    tree: dict[str, Any] = {}
    for literal in literals:
        node = tree
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def write(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + write(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return write(tree)


class LowerPattern:
    """A case-insensitive pattern run over the lower-cased text: Python's ``re`` is several
    times slower on long alternations with IGNORECASE. Offsets stay those of the original
    text (lower-casing keeps the length; where it would not, the slow pattern is used), but
    matched text comes back lower-cased.

    ``literals``, when given, are lower-cased strings one of which every match contains, and
    ``extra`` the table's own expressions among the alternatives: a text holding none of the
    literals, where no extra expression matches, is answered without running the pattern
    (``re`` tries every alternative at every position; a substring test is far cheaper).
    With ``pieces`` (the source as head, one alternative per literal, tail), a text holding
    only some of the literals is searched with those alternatives alone: the others cannot
    match anywhere in it, so the matches are the same, found sooner. ``assemble`` does the
    same for a pattern not made of a head, alternatives and a tail: given which literals the
    text holds, it writes the source with the others' alternatives left out."""

    def __init__(self, source: str, literals: Sequence[str] | None = None,
                 extra: Sequence[str] = (), leading: bool = False, memo: bool = False,
                 pieces: tuple[str, Sequence[str], str] | None = None,
                 assemble: Callable[[tuple[bool, ...]], str] | None = None) -> None:
        self.source = source
        self.fast = re.compile(source)
        self.literals = tuple(literals) if literals is not None else None
        self.extra = tuple(re.compile(e) for e in extra)
        self.pieces = pieces if not extra and self.literals is not None else None
        self.assemble = assemble if self.literals is not None else None
        self._narrowed: dict[tuple[bool, ...], re.Pattern[str]] = {}
        # Whether any literal is in a text, asked in one pass where there are many of them.
        self.any_literal = re.compile(_trie(self.literals)) \
            if self.literals is not None and len(self.literals) >= 12 \
            and "" not in self.literals else None
        # Every match starts with one of the literals (a zero-width assertion aside).
        self.leading = leading and self.literals is not None and not self.extra
        # The letters a match of a leading pattern can start with: one test before the
        # literals are tried one by one.
        # (An empty literal would match anywhere: then there is no such test.)
        self.leading = self.leading and "" not in (self.literals or ())
        self.firsts = frozenset(literal[:1] for literal in self.literals or ())
        # With ``memo``, the matches in the texts last searched whole: the extractor asks
        # again of a clause what it asked of it as a piece of its sentence.
        self.memo: dict[str, list[re.Match[str]]] | None = {} if memo else None

    @cached_property
    def slow(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = _lower(text)
        return (self.fast, lowered) if len(lowered) == len(text) else (self.slow, text)

    def _narrow(self, lowered: str, bounds: tuple[int, ...]) -> re.Pattern[str] | None:
        """The fast pattern to run over ``lowered`` between ``bounds`` (as ``re`` reads them),
        or None when no match can lie there."""
        if self.literals is None:
            return self.fast
        if self.any_literal is not None and min(bounds, default=0) >= 0:
            # (``re`` reads non-negative bounds as the slice below does.)
            held = self.any_literal.search(lowered, *bounds) is not None
            within = ""
        else:
            within = lowered[max(0, bounds[0]):bounds[1] if len(bounds) > 1 else None] \
                if bounds else lowered
            held = any(map(within.__contains__, self.literals))
        if not held:
            return self.fast if self.extra and any(e.search(lowered, *bounds)
                                                   for e in self.extra) else None
        if self.pieces is None and self.assemble is None:
            return self.fast
        if not within:
            within = lowered[max(0, bounds[0]):bounds[1] if len(bounds) > 1 else None] \
                if bounds else lowered
        present = tuple(map(within.__contains__, self.literals))
        if all(present):
            return self.fast
        narrowed = self._narrowed.get(present)
        if narrowed is None:
            if self.assemble is not None:
                narrowed = re.compile(self.assemble(present))
            else:
                assert self.pieces is not None
                head, parts, tail = self.pieces
                kept = (part for part, keep in zip(parts, present, strict=True) if keep)
                narrowed = re.compile(head + "|".join(kept) + tail)
            if len(self._narrowed) >= 512:
                self._narrowed.clear()
            self._narrowed[present] = narrowed
        return narrowed

    def _all(self, text: str, memo: dict[str, list[re.Match[str]]]) -> list[re.Match[str]]:
        found = memo.get(text)
        if found is None:
            pattern, subject = self._pick(text)
            if pattern is self.fast:
                narrowed = self._narrow(subject, ())
                found = list(narrowed.finditer(subject)) if narrowed is not None else []
            else:
                found = list(pattern.finditer(subject))
            if len(memo) >= 64:
                memo.clear()
            memo[text] = found
        return found

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        if self.memo is not None and not bounds:
            found = self._all(text, self.memo)  # the first match is the one search finds
            return found[0] if found else None
        pattern, subject = self._pick(text)
        if pattern is self.fast:
            narrowed = self._narrow(subject, bounds)
            return narrowed.search(subject, *bounds) if narrowed is not None else None
        return pattern.search(subject, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        pattern, subject = self._pick(text)
        if pattern is self.fast:
            if self.leading:
                at = max(0, bounds[0]) if bounds else 0
                end = bounds[1] if len(bounds) > 1 else len(subject)
                if subject[at:at + 1] not in self.firsts \
                        or not subject.startswith(self.literals, at, end):  # type: ignore[arg-type]
                    return None
            elif self._narrow(subject, bounds) is None:
                return None
        return pattern.match(subject, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        if self.memo is not None and not bounds:
            return iter(self._all(text, self.memo))
        pattern, subject = self._pick(text)
        if pattern is self.fast:
            narrowed = self._narrow(subject, bounds)
            return narrowed.finditer(subject, *bounds) if narrowed is not None else iter(())
        return pattern.finditer(subject, *bounds)


class FirstEntry:
    """A lexicon searched in one pass: the value of the earliest table entry found in a text.
    Stems match word starts ("espert" finds "esperti"); with ``short_whole``, entries of up
    to four letters ("ap", "tv") match whole words only."""

    def __init__(self, entries: Sequence[tuple[str, str]], short_whole: bool = False) -> None:
        self.values = [value for _, value in entries]
        parts = []
        for index, (stem, _) in enumerate(entries):
            whole = short_whole and len(stem) <= 4
            tail = r"(?!\w)" if whole else ""
            parts.append(rf"(?P<e{index}>(?<!\w){re.escape(stem.lower())}{tail})")
        self.pattern = LowerPattern("|".join(parts) or "(?!)",
                                    [stem.lower() for stem, _ in entries], leading=True,
                                    pieces=("", parts, ""))

    def find(self, text: str) -> str | None:
        best = None
        for match in self.pattern.finditer(text):
            index = int(match.lastgroup[1:]) if match.lastgroup else None
            if index is not None and (best is None or index < best):
                best = index
        return None if best is None else self.values[best]

    def last(self, text: str) -> str | None:
        """The value of the entry found last in ``text``, whatever its place in the table."""
        found = None
        for match in self.pattern.finditer(text):
            if match.lastgroup:
                found = self.values[int(match.lastgroup[1:])]
        return found


def phrase_pattern(phrases: Sequence[str]) -> LowerPattern:
    """Any of ``phrases`` as whole words, longest first, case-insensitive."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    parts = [re.escape(p) for p in ordered]
    body = "|".join(parts) or "(?!)"
    return LowerPattern(rf"(?<!\w)(?:{body})(?!\w)", ordered, leading=True,
                        pieces=(r"(?<!\w)(?:", parts, r")(?!\w)"))


def prefix_pattern(phrases: Sequence[str]) -> LowerPattern:
    """Any of ``phrases`` starting a word (stems such as ``inviat`` match ``inviati``)."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    parts = [re.escape(p) for p in ordered]
    body = "|".join(parts) or "(?!)"
    return LowerPattern(rf"(?<!\w)(?:{body})", ordered, leading=True,
                        pieces=(r"(?<!\w)(?:", parts, ")"))


@dataclass(frozen=True, eq=False)
class LanguageTable:
    """One language's table, with the patterns built from it."""

    code: str
    data: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @cached_property
    def _derived(self) -> dict[tuple[str, str], Any]:
        return {}

    def word_set(self, key: str) -> frozenset[str]:
        """The table's list ``key`` (empty if absent) as a set, built once: the extractor asks
        whether a word is in it for every clause."""
        found = self._derived.get(("set", key))
        if found is None:
            found = self._derived["set", key] = frozenset(self.data.get(key, ()))
        return found  # type: ignore[no-any-return]

    def expression(self, key: str) -> re.Pattern[str]:
        """The table's regular expression ``key``, case-insensitive; one that matches nothing
        when the table has none."""
        return re.compile(self.data.get(key) or "(?!)", re.IGNORECASE)

    def line_opening(self, key: str) -> re.Pattern[str]:
        """A line that opens with one of the table's phrases ``key`` ("Leggi anche:",
        "Photo:"), and the space after it."""
        return re.compile(rf"^\s*(?:{self.alternation(key)})\s*", re.IGNORECASE)

    def ending_with(self, key: str) -> re.Pattern[str]:
        """A text that ends with one of the table's phrases ``key`` ("dopo una pausa di")."""
        return re.compile(rf"(?<!\w)(?:{self.alternation(key)})\s*$", re.IGNORECASE)

    def alternation(self, key: str) -> str:
        """The table's phrases ``key`` as a regular-expression alternation, longest first;
        one that matches nothing when the table has none."""
        return "|".join(re.escape(w) for w in self.longest_first(key)) or "(?!)"

    def longest_first(self, key: str) -> tuple[str, ...]:
        """The table's list ``key`` sorted longest first (a stable sort), built once."""
        found = self._derived.get(("longest", key))
        if found is None:
            found = self._derived["longest", key] = tuple(
                sorted(self.data.get(key, ()), key=len, reverse=True))
        return found  # type: ignore[no-any-return]

    @cached_property
    def stopwords(self) -> frozenset[str]:
        return frozenset(self.data["stopwords"])

    @cached_property
    def plural_endings(self) -> tuple[str, ...]:
        return tuple(self.data["plural_endings"])

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(a.lower() for a in self.data["abbreviations"])

    @cached_property
    def related(self) -> re.Pattern[str]:
        return self.line_opening("related_prefixes")

    @cached_property
    def credit(self) -> re.Pattern[str]:
        return re.compile(self.data["credit_pattern"], re.IGNORECASE)

    @cached_property
    def caption(self) -> re.Pattern[str]:
        """"Photo: ...", "Nella foto: ...": a picture's caption, told apart from the story."""
        return self.line_opening("caption_prefixes")

    @cached_property
    def stamp(self) -> re.Pattern[str]:
        """"Updated: 27 February 2025, 14:32": when the page changed, not when anything did."""
        return self.line_opening("stamp_prefixes")

    @cached_property
    def note(self) -> re.Pattern[str]:
        """"Correction: An earlier version of this story said...", "Nota della redazione:": the
        newsroom's note about the story, none of the story's own claims."""
        return self.line_opening("note_prefixes")

    @cached_property
    def byline(self) -> re.Pattern[str]:
        """"By Hyonhee Shin", "di Mario Rossi": the author's line above the story."""
        lead = self.alternation("byline_words")
        name = r"[A-ZÀ-Ý][\w'’.-]*"
        return re.compile(rf"^(?:{lead})\s+(?P<who>{name}(?:,?\s+(?:and\s+|e\s+)?{name}){{0,5}})$")

    @cached_property
    def number_word(self) -> re.Pattern[str]:
        return re.compile(self.data["number_word"], re.IGNORECASE)

    @cached_property
    def number_hint(self) -> LowerPattern:
        """Cheap test: can this text hold a figure at all (a digit or a number word)?"""
        return LowerPattern(r"\d|" + self.data["number_word_hint"])

    def may_hold_number(self, text: str) -> bool:
        """What ``number_hint`` tells, asked as two questions: a digit is found in C at once,
        and the number words are then looked for by their own pattern."""
        return _DIGIT.search(text) is not None or self.number_word_hint.search(text) is not None

    @cached_property
    def number_word_hint(self) -> LowerPattern:
        """Cheap test: can this text hold a spelled number ("dieci", "thousands")?"""
        source = self.data["number_word_hint"]
        return LowerPattern(source, _plain_alternatives(source), leading=True, memo=True)

    @cached_property
    def number_word_cache(self) -> dict[str, bool]:
        return {}

    def is_number_word(self, lowered: str) -> bool:
        known = self.number_word_cache.get(lowered)
        if known is None:
            known = self.number_word_cache[lowered] = bool(self.number_word.fullmatch(lowered))
        return known

    @cached_property
    def place_after(self) -> re.Pattern[str]:
        """"in Russia", "nella regione di Kursk": a capitalised place after a preposition."""
        prepositions = "|".join(re.escape(p) for p in self.data["place_prepositions"])
        connectors = "|".join(re.escape(c) + (" " if not c.endswith(("'", "’")) else "")
                              for c in self.data.get("place_connectors", []))
        word = r"[A-ZÀ-Ý][\w'’-]+"
        name = rf"({word}(?: (?:(?:{connectors})?){word})*)" if connectors else rf"({word})"
        return re.compile(rf"(?<!\w)(?:{prepositions}) {name}")

    @cached_property
    def date_joins(self) -> re.Pattern[str]:
        """Where a clause dating two happenings can be cut: a comma or a conjunction."""
        words = "|".join(re.escape(w) for w in self.data.get("date_joins", []))
        return re.compile(rf",\s+|;\s+|\s+(?:{words})\s+" if words else r",\s+|;\s+")

    @cached_property
    def bare_report_opener(self) -> re.Pattern[str]:
        """The space before a word that opens reported speech left without "that"; the time
        of the saying may stand between ("said on Thursday it would")."""
        words = self.alternation("bare_report_openers")
        return re.compile(rf"{self._said_when}\s+(?=(?:{words})\s)", re.IGNORECASE)

    @cached_property
    def reported_that_pattern(self) -> re.Pattern[str]:
        """The word opening reported speech after a verb ("ha dichiarato che", "ha detto
        giovedì che"); the group ``when`` holds the time of the saying, part of the frame."""
        that = "|".join(re.escape(w) for w in self.data["reported_that"])
        return re.compile(rf"{self._said_when}\s+(?:{that})\s+", re.IGNORECASE)

    @cached_property
    def _said_when(self) -> str:
        return rf"(?P<when>\s+(?:{self.alternation('attribution_time_words')}))?"

    @cached_property
    def list_joiner(self) -> re.Pattern[str]:
        """What joins two items of a list: ", ", " and ", ", e "."""
        joiners = "|".join(re.escape(c.strip()) for c in self.data["coordinators"] if c.strip())
        return re.compile(rf"\s*,?\s*(?:(?:{joiners})\s+)?", re.IGNORECASE)

    @cached_property
    def round_counts(self) -> tuple[re.Pattern[str], Mapping[str, tuple[float, str | None]]]:
        """"una trentina di persone", "a dozen people": a noun that names a round number, after
        one of ``round_count_articles``; its value by word, and its qualifier when the word itself
        tells one ("una trentina" is about 30; "a dozen" leaves it to the words before)."""
        counts = {w.lower(): (float(v), q) for w, (v, q) in
                  self.data.get("round_counts", {}).items()}
        articles = "|".join(re.escape(a) for a in self.data.get("round_count_articles", []))
        words = "|".join(re.escape(w) for w in counts)
        if not counts or not articles:
            return re.compile("(?!)"), counts
        return re.compile(rf"(?<!\w)(?:{articles})\s+(?P<word>{words})(?!\w)",
                          re.IGNORECASE), counts

    @cached_property
    def superseded_markers(self) -> re.Pattern[str]:
        """"Earlier, the ministry put the toll at 98", "in precedenza": a clause that reports
        an earlier count, which a later one replaced."""
        return self.expression("superseded_markers")

    @cached_property
    def superseded_before(self) -> re.Pattern[str]:
        """"up from 98", "dai precedenti 98": words right before a figure that make it the
        earlier count."""
        return self.expression("superseded_before")

    @cached_property
    def other_occurrence(self) -> re.Pattern[str]:
        """"a similar quake in 2011", "un altro attacco": the clause tells of another
        occurrence than the story's, whose figures count other sets."""
        return self.expression("other_occurrence")

    @cached_property
    def _ages(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(hint.lower(), re.compile(pattern, re.IGNORECASE))
                for hint, pattern in self.data.get("age", [])]

    def age_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` tells a person's age ("aged 55", "a 55-year-old", "il sessantenne"),
        which is neither a figure nor part of a name; each pattern is run only on a text that
        holds its hint, a word every match contains."""
        lowered = _lower(text)
        return sorted(found.span() for hint, pattern in self._ages if hint in lowered
                      for found in pattern.finditer(text))

    @cached_property
    def range_joiner_patterns(self) -> list[re.Pattern[str]]:
        """"X-Y", "X to Y": what stands between the two figures of a range."""
        return [re.compile(rf"\s*(?:%\s*)?{re.escape(joiner)}{_UNIT_GAP}")
                for joiner in self.data["range_joiners"]]

    @cached_property
    def range_lead_patterns(self) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
        """"tra X e Y": the joiner between the figures, and the lead before the first."""
        return [(re.compile(rf"\s+{re.escape(joiner)}{_UNIT_GAP}"),
                 re.compile(rf"(?<!\w){re.escape(lead)}\s+(?:[$€£]|US\$)?\s*$", re.IGNORECASE))
                for lead, joiner in self.data["range_leads"]]

    @cached_property
    def magnitude_link_pattern(self) -> re.Pattern[str]:
        links = "|".join(re.escape(w) for w in self.data["magnitude_link"])
        return re.compile(rf"\s+(?:{links})\s*", re.IGNORECASE)

    @cached_property
    def speaker_stops(self) -> list[re.Pattern[str]]:
        """Words that end a speaker's name, in table order."""
        return [re.compile(rf"(?<!\w){re.escape(stop.strip())}(?!\w)", re.IGNORECASE)
                for stop in self.data["speaker_stop_words"]]

    @cached_property
    def relative_start(self) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in self.data["relative_starts"])
        return re.compile(r"(?<!\w)(?:" + body + r")\s", re.IGNORECASE)

    @cached_property
    def coordinator_split(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(c) for c in self.data["coordinators"]))

    @cached_property
    def of_pattern(self) -> re.Pattern[str]:
        """"of", "della", "dell'": the word joining a head to what it belongs to."""
        of_words = sorted(self.data["of_words"], key=len, reverse=True)
        return re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s")
                                     for w in of_words) + ")", re.IGNORECASE)

    @cached_property
    def passive_before(self) -> re.Pattern[str]:
        """"was" in "the news was (also) announced": the verb's subject is what is said."""
        words = self.alternation("passive_auxiliaries")
        return re.compile(rf"(?<!\w)(?:{words})(?:\s+\w+)?\s+$", re.IGNORECASE)

    @cached_property
    def publishing(self) -> LowerPattern:
        """"published a study", "ha pubblicato un rapporto": who publishes it speaks. Kept
        apart from ``attribution_verbs``, whose plain word list has a fast search; a text
        without one of ``publishing_words`` is not searched at all."""
        return LowerPattern(self.data.get("publishing") or "(?!)",
                            [w.lower() for w in self.data.get("publishing_words", [])])

    @cached_property
    def passive_attribution(self) -> re.Pattern[str]:
        """"casualties were estimated by Seoul", "sono state stimate da Seul": the agent of a
        passive attribution verb is the speaker; the group ``agent`` holds what follows."""
        return self.expression("passive_attribution")

    @cached_property
    def document_by(self) -> re.Pattern[str]:
        """"a review by PC World": a document noun, then its capitalised author."""
        nouns = self.alternation("document_nouns")
        links = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+")
                         for w in self.longest_first("document_authors_after"))
        # "i dati diffusi lunedì dalla Banca d'Italia": a word or two may stand before the link,
        # none of them a link itself ("i dati del ministero dell'Interno" name no "Interno")
        words = rf"(?:\s+(?!(?:{links or '(?!)'}))[^\W\d][\w'’]*){{0,2}}?"
        # "del ministero dell'Interno": an institution's noun before its capitalised name
        of_words = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+")
                            for w in self.longest_first("of_words"))
        institution = rf"(?:[a-zà-ÿ]+\s+(?:{of_words or '(?!)'}))?"
        return re.compile(rf"^(?:\w+['’]?\s*)?(?:{nouns}){words}\s+"
                          rf"(?:{links or '(?!)'})(?P<author>{institution}[A-ZÀ-Ý].*)$")

    @cached_property
    def document_named(self) -> re.Pattern[str]:
        """"un sondaggio Ipsos", "a Gallup poll": a document noun beside its author's name."""
        nouns = self.alternation("document_nouns")
        name = r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[A-ZÀ-Ý][\w'’&.-]*)*"
        return re.compile(rf"^(?:\w+['’]?\s*)?(?:(?:{nouns})\s+(?P<after>{name})"
                          rf"|(?P<before>{name})\s+(?:{nouns}))(?!\w)")

    @cached_property
    def version_after(self) -> re.Pattern[str]:
        """"2011 version", "2008 model": the noun a year names (right after it)."""
        return re.compile(r"\s+(?:" + self.alternation("version_nouns") + r")(?!\w)",
                          re.IGNORECASE)

    @cached_property
    def version_before(self) -> re.Pattern[str]:
        """"versione 2011", "modello 2008": the noun a year names (right before it)."""
        return re.compile(r"(?<!\w)(?:" + self.alternation("version_nouns") + r")\s+$",
                          re.IGNORECASE)

    @cached_property
    def organisation_marker(self) -> re.Pattern[str]:
        """"Inc.", "Corporation", "S.p.A.": words that make a name an organisation's."""
        words = self.alternation("organisation_markers")
        return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    @cached_property
    def during_lead(self) -> re.Pattern[str]:
        """"durante una visita di Putin,": a lead word, then the happening up to the clause end."""
        leads = self.alternation("during_leads")
        return re.compile(rf"(?<![\w'’])(?:{leads})\s+(?P<happening>[^,;.]{{3,160}}?)"
                          r"(?=[,;.]|$)", re.IGNORECASE)

    @cached_property
    def gap_lead(self) -> re.Pattern[str]:
        return self.ending_with("gap_leads")

    @cached_property
    def enactment(self) -> re.Pattern[str]:
        """A signing or passing, then the taking effect of what was signed, in one clause:
        "hanno firmato un trattato entrato in vigore", "passed a law that took effect"."""
        return re.compile(
            rf"(?<!\w)(?:{self.alternation('enactment_verbs')})(?!\w).*?"
            rf"(?P<effect>(?<!\w)(?:{self.alternation('taking_effect')})(?!\w))",
            re.IGNORECASE)

    @cached_property
    def pause_lead(self) -> re.Pattern[str]:
        """A gap told as a pause in something ongoing: "dopo una pausa di", "after a break of"."""
        return self.ending_with("pause_leads")

    @cached_property
    def pause_noun_after(self) -> re.Pattern[str]:
        """A pause named after its length: "after a one-month pause"."""
        return re.compile(rf"\s+(?:{self.alternation('pause_nouns')})(?!\w)", re.IGNORECASE)

    @cached_property
    def gap_lead_article(self) -> re.Pattern[str]:
        """A gap lead and an article before a length that a pause noun follows: "after a"."""
        return re.compile(rf"(?<!\w)(?:{self.alternation('gap_leads')})\s+"
                          rf"(?:{self.alternation('articles')})\s*$", re.IGNORECASE)

    @cached_property
    def pause_opening(self) -> re.Pattern[str]:
        """A clause opening on a pause, not on a happening: "a one-month pause, has ..."."""
        return re.compile(rf"^(?:\S+\s+){{0,2}}(?:{self.alternation('pause_nouns')})(?!\w)",
                          re.IGNORECASE)

    @cached_property
    def since_lead(self) -> re.Pattern[str]:
        """The words before a time from which a state has lasted: "da metà gennaio"."""
        return re.compile(rf"(?<!\w)(?:{self.alternation('since_leads')})(?:\s+|(?<=['’]))",
                          re.IGNORECASE)

    @cached_property
    def sequence_splits(self) -> tuple[LowerPattern, dict[str, str]]:
        words = {w.lower(): kind for w, kind, mode in self.data["sequence"]
                 if mode == "split" and "{" not in w}
        return phrase_pattern(list(words)), words

    @cached_property
    def multipliers(self) -> Mapping[str, float]:
        return {k.lower(): float(v) for k, v in self.data["multipliers"].items()}

    @cached_property
    def magnitudes(self) -> list[tuple[LowerPattern, str]]:
        return [(phrase_pattern([p]), m) for p, m in self.data["magnitudes"]]

    def may_hold_magnitude(self, text: str) -> bool:
        """Whether any magnitude phrase is in ``text`` at all (each phrase's own pattern
        asks the same first, one call per phrase)."""
        lowered = _lower(text)
        if len(lowered) != len(text):
            return True  # the patterns run case-insensitively over the text itself
        return any(map(lowered.__contains__, self._magnitude_phrases))

    @cached_property
    def _magnitude_phrases(self) -> tuple[str, ...]:
        return tuple(pattern.literals[0] for pattern, _ in self.magnitudes
                     if pattern.literals)  # type: ignore[index]

    @cached_property
    def magnitudes_need_number_word(self) -> bool:
        """Whether every magnitude ("migliaia", "thousands") starts with a word of the plain
        ``number_word_hint`` list: a text without such a word then holds no magnitude."""
        hint = self.number_word_hint
        return hint.literals is not None and all(
            hint.fast.match(phrase.lower()) for phrase, _ in self.data["magnitudes"])

    @cached_property
    def qualifiers_before(self) -> Mapping[str, str]:
        return {p.lower(): q for p, q in self.data["qualifiers_before"]}

    @cached_property
    def qualifier_before_pattern(self) -> LowerPattern:
        ordered = sorted(self.qualifiers_before, key=len, reverse=True)
        parts = [re.escape(p) for p in ordered]
        body = "|".join(parts)
        articles = "|".join(re.escape(a) for a in self.data.get("number_articles", []))
        article = rf"(?:(?:{articles})\s*)?" if articles else ""
        return LowerPattern(rf"(?<!\w)(?P<q>{body})\s*{article}$", ordered, leading=True,
                            pieces=(r"(?<!\w)(?P<q>", parts, rf")\s*{article}$"))

    @cached_property
    def qualifier_after_pattern(self) -> re.Pattern[str]:
        body = "|".join(re.escape(p) for p, _ in self.data["qualifiers_after"])
        return re.compile(rf"^\s*(?P<q>{body})(?!\w)", re.IGNORECASE)

    @cached_property
    def qualifiers_after(self) -> Mapping[str, str]:
        return {p.lower(): q for p, q in self.data["qualifiers_after"]}

    @cached_property
    def units_before(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(rf"(?:{p})\s*$"), u) for p, u in self.data["units_before"]]

    @cached_property
    def units_after(self) -> tuple[LowerPattern, list[str]]:
        """Unit words right after a figure, as one pattern: group ``u<i>`` is unit ``i``."""
        ordered = sorted(self.data["units_after"], key=lambda x: -len(x[0]))
        parts = []
        for index, (phrase, _) in enumerate(ordered):
            tail = "" if not phrase[-1].isalnum() else r"(?!\w)"
            parts.append(rf"(?P<u{index}>{re.escape(phrase.lower())}{tail})")
        literals = [phrase.lower() for phrase, _ in ordered]
        pattern = LowerPattern(r"\s?(?:" + "|".join(parts) + ")", literals,
                               pieces=(r"\s?(?:", parts, ")"))
        return pattern, [u for _, u in ordered]

    def unit_after(self, text: str) -> tuple[str, int] | None:
        """The unit written at the start of ``text``, and where its words end."""
        head = text[:40]
        lowered = head.lower()
        if len(lowered) == len(head):  # what the pattern is run over: a unit word comes first
            first = lowered[:1]        # or after one space, so it starts with a unit's letter
            if first not in self._unit_firsts \
                    and not (first.isspace() and lowered[1:2] in self._unit_firsts):
                return None
        pattern, units = self.units_after
        match = pattern.match(head)
        if match is None or match.lastgroup is None:
            return None
        return units[int(match.lastgroup[1:])], match.end()

    def glued_unit(self, letters: str) -> bool:
        """Whether ``letters`` written straight after digits ("500km", "60GB") are a unit."""
        return letters.lower() in self._unit_words

    @cached_property
    def _unit_firsts(self) -> frozenset[str]:
        return frozenset(phrase.lower()[:1] for phrase, _ in self.data["units_after"])

    @cached_property
    def _unit_words(self) -> frozenset[str]:
        return frozenset(p.lower() for p, _ in self.data["units_after"] if p.isalpha())

    @cached_property
    def duration_after(self) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in self.data["duration_words"])
        return re.compile(rf"^[\s-]?(?:{body})(?!\w)", re.IGNORECASE)

    @cached_property
    def nouns(self) -> Mapping[str, Mapping[str, Any]]:
        return {k.lower(): v for k, v in self.data["nouns"].items()}

    @cached_property
    def noun_bases(self) -> frozenset[str]:
        """The plain subjects the counted nouns give ("people", "soldiers")."""
        return frozenset(entry["base"] for entry in self.nouns.values())

    @cached_property
    def noun_pattern(self) -> LowerPattern:
        return phrase_pattern(list(self.nouns))

    @cached_property
    def verb_measures(self) -> FirstEntry:
        return FirstEntry([(stem, m) for stem, m in self.data["verb_measures"]])

    @cached_property
    def deploying_actors(self) -> LowerPattern:
        return phrase_pattern([name for name, _ in self.data.get("deploying_actors", [])])

    def actor_nationality(self, text: str) -> str | None:
        """The nationality of the last country or capital named in ``text``."""
        found = list(self.deploying_actors.finditer(text))
        if not found:
            return None
        names = {name.lower(): slug for name, slug in self.data["deploying_actors"]}
        return names.get(found[-1].group(0))

    @cached_property
    def nationalities(self) -> FirstEntry:
        return FirstEntry([(stem, slug) for stem, slug in self.data["nationalities"]])

    @cached_property
    def attribution_verbs(self) -> LowerPattern:
        verbs = self.data["attribution_verbs"]
        return LowerPattern(rf"(?<!\w)(?:{verbs})(?!\w)", _plain_alternatives(verbs),
                            leading=True, memo=True)

    @cached_property
    def attribution_leads(self) -> LowerPattern:
        return phrase_pattern(self.data["attribution_leads"])

    @cached_property
    def lead_blockers(self) -> LowerPattern:
        return phrase_pattern(self.data["attribution_lead_blockers"])

    @cached_property
    def subjectless(self) -> re.Pattern[str]:
        return re.compile(self.data["subjectless_verbs"], re.IGNORECASE)

    @cached_property
    def neither(self) -> re.Pattern[str]:
        return re.compile(self.data["neither"], re.IGNORECASE)

    @cached_property
    def source_kinds(self) -> FirstEntry:
        return FirstEntry([(stem, kind) for stem, kind in self.data["source_kinds"]],
                          short_whole=True)

    @cached_property
    def unnamed(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in self.data["unnamed_speakers"]]

    @cached_property
    def wires(self) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in self.data["wire_agencies"])
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    @cached_property
    def past_form(self) -> LowerPattern:
        """A verb form telling of something done ("si è ridistribuito", "had crossed")."""
        return LowerPattern(self.data.get("past_pattern", "(?!)"))

    @cached_property
    def future_form(self) -> LowerPattern:
        return LowerPattern(self.data.get("future_pattern", "(?!)"))

    @cached_property
    def stance_cues(self) -> LowerPattern:
        """One pass over a clause for every stance cue, each group named by its stance."""
        groups: list[tuple[str, list[str], list[str]]] = []
        for key, name in (("denials", "denied"), ("unconfirmed", "unconfirmed"),
                          ("hedges", "hedged")):
            phrases = sorted(set(self.data[key]), key=len, reverse=True)
            groups.append((name, phrases, list(self.data.get(f"{key}_patterns", []))))

        def source(present: tuple[bool, ...] | None = None) -> str:
            """The pattern; given ``present``, without the phrases the text does not hold."""
            parts, index = [], 0
            for name, phrases, patterns in groups:
                kept = phrases if present is None else [
                    p for p, keep in zip(phrases, present[index:index + len(phrases)],
                                         strict=True) if keep]
                index += len(phrases)
                alternatives = ["(?<!\\w)(?:" + "|".join(re.escape(p) for p in kept) + ")"] \
                    if kept or present is None else []
                alternatives += patterns
                if alternatives:
                    parts.append(f"(?P<{name}>" + "|".join(alternatives) + ")")
            return "|".join(parts)

        literals = [p for _, phrases, _ in groups for p in phrases]
        extra = [e for _, _, patterns in groups for e in patterns]
        # A group without phrases matches the empty string: left whole, never narrowed.
        narrow = all(phrases for _, phrases, _ in groups)
        return LowerPattern(source(), literals, extra, assemble=source if narrow else None)

    def stance_pattern(self, key: str) -> LowerPattern:
        return _stance_pattern(self, key)


@lru_cache(maxsize=64)
def _stance_pattern(table: LanguageTable, key: str) -> LowerPattern:
    return prefix_pattern(table.data[key])


@lru_cache(maxsize=16)
def load_table(language: str) -> LanguageTable:
    """The table for ``language`` (a BCP 47 tag; only the primary subtag counts)."""
    code = language.split("-")[0].lower()
    path = resources.files("checker.extract").joinpath(f"tables/{code}.json")
    if not path.is_file():
        known = ", ".join(available_languages())
        raise UnknownLanguage(f"no extraction table for language {language!r} (known: {known})")
    return LanguageTable(code, json.loads(path.read_text("utf-8")))

