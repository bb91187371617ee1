"""From an article's text to a draft of its article data, one pass over its sections."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from checker.days import parse_partial_date, parse_published
from checker.extract import times
from checker.extract.document import ExtractError, RawArticle, read_article
from checker.extract.language import detect_language
from checker.extract.quantities import QuantityMention, find_quantities
from checker.extract.sections import Segment, layout
from checker.extract.sentences import Span, clauses, sentences
from checker.extract.sources import (
    attributions,
    headline_speaker,
    is_named,
    named_kind,
    slug,
    strip_article,
)
from checker.extract.stance import dated_tense, stance, tense
from checker.extract.tables import LanguageTable, load_table
from checker.model import SCHEMA_ID

EXTRACTED = "extracted"
# What the contract accepts as a publication date: a day, or a date-time with its offset.
# Nothing but punctuation between a time expression and the end of its claim.
_ENDS_CLAIM = re.compile(r"\s*(?:[,.;:!?)]|$)")
_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


@dataclass
class _Draft:
    """The article data being written, with the bookkeeping that keeps ids unique."""

    table: LanguageTable
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    last_speakers: tuple[str, ...] = ()
    # The clause each claim was cut from: its verbs tell the tense of a short dated claim.
    clause_of: dict[str, str] = field(default_factory=dict)
    # (claims that report, claims reported) per sentence: what was said precedes the saying.
    reports: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    # Claims counting the victims of a nationality, whose group the article names elsewhere.
    inheriting: dict[str, str] = field(default_factory=dict)
    # (happening, the pause it ended): "dopo una pausa di un mese, si è ridistribuito".
    pauses: list[tuple[str, str]] = field(default_factory=list)

    def source(self, name: str, confidence: float, kind: str | None = None) -> str:
        name = strip_article(name.strip(), self.table)
        key = name.casefold()
        existing = self.sources.get(key)  # keyed by the case-folded name
        if existing is None and kind is None:
            existing = self._referent(name) or self._by_last_name(name)
        if existing is not None:
            return existing["id"]  # type: ignore[no-any-return]
        base = slug(name)
        ident, n = base, 2
        while ident in {s["id"] for s in self.sources.values()}:
            ident, n = f"{base}-{n}", n + 1
        found_kind, sure = named_kind(name, self.table)
        record: dict[str, Any] = {"id": ident, "name": name, "kind": kind or found_kind}
        confidence = min(confidence, sure) if kind is None else confidence
        if not is_named(name, self.table):
            record["named"] = False
        record.update(origin=EXTRACTED, confidence=confidence)
        self.sources[key] = record
        return ident

    def _by_last_name(self, name: str) -> dict[str, Any] | None:
        """"Soylu" after "Interior Minister Suleyman Soylu", "AFAD" after "the country's
        disaster agency AFAD": one capitalised word that ends a longer name named before."""
        if " " in name or not name[:1].isupper():
            return None
        folded = name.casefold()
        for source in reversed(list(self.sources.values())):
            words = source["name"].casefold().split()
            if len(words) > 1 and words[-1] == folded and source.get("named", True):
                return source
        return None

    def _referent(self, noun: str) -> dict[str, Any] | None:
        """"According to the bank", "secondo la società": a common noun that points back to
        the organisation named before (one whose name holds the noun, else the last one). A
        longer phrase points back to a source whose name it ends or begins: "the spy agency"
        after "South Korea's spy agency"."""
        if not noun.islower():
            return None
        named = [s for s in self.sources.values()
                 if s.get("named", True) and s["name"][:1].isupper()]
        if " " in noun:
            folded = noun.casefold()
            for source in reversed(list(self.sources.values())):
                name = source["name"].casefold()
                if name != folded and (name.endswith(" " + folded)
                                       or name.startswith(folded + " ")):
                    return source
            # "l'istituto di statistica" after "l'Istat": a phrase whose head is an
            # organisation's noun ("the statistics office": English puts the head last)
            words = folded.split()
            if words[0] in self.table.word_set("organisation_nouns") \
                    or words[-1] in self.table.word_set("organisation_nouns"):
                return self._last_organisation(named)
            return None
        for source in reversed(named):  # "the bank" after "Bank of America Corporation"
            if noun in source["name"].casefold().split():
                return source
        if noun not in self.table.word_set("organisation_nouns"):
            return None
        return self._last_organisation(named)

    def _last_organisation(self, named: list[dict[str, Any]]) -> dict[str, Any] | None:
        # "GM said ... the company said": an organisation, not "Rick Wagoner" (two names)
        # a wire credited in the dateline is no company the story is about
        organisations = [s for s in named if s.get("kind") != "wire" and (
            len(s["name"].split()) == 1 or self.table.organisation_marker.search(s["name"]))]
        return organisations[-1] if organisations else None

    def claim(self, **fields: Any) -> dict[str, Any]:
        record = {"id": f"c-{len(self.claims) + 1:03d}", **fields}
        record.setdefault("origin", EXTRACTED)
        self.claims.append(record)
        return record

    def event(self, label: str, claim_id: str, confidence: float, **fields: Any) -> str:
        ident = f"e-{len(self.events) + 1:03d}"
        label = label.strip() or claim_id
        self.events.append({"id": ident, "label": label[:160], **fields, "claims": [claim_id],
                            "origin": EXTRACTED, "confidence": confidence})
        return ident


def extract_file(path: Path, published: str | None = None, language: str = "auto",
                 title: str | None = None, article_id: str | None = None) -> dict[str, Any]:
    """Article data for the text or HTML file at ``path``."""
    raw = read_article(path, title)
    return extract(raw, published, language, article_id or slug(path.name.split(".")[0]))


def extract(raw: RawArticle, published: str | None, language: str = "auto",
            article_id: str = "article") -> dict[str, Any]:
    """Article data (a ``claimcheck/article/1`` document) drafted from ``raw``."""
    published = published or raw.published
    if not published:
        raise ExtractError("the publication date is unknown: give it with --published YYYY-MM-DD "
                           "(or start the text with a line such as 'Published: 27 February "
                           "2025')")
    try:
        day = parse_published(published)
    except ValueError:
        raise ExtractError(
            f"--published {published!r} is not a date: write YYYY-MM-DD") from None
    if language == "auto":
        language = detect_language(raw.title + "\n" + raw.body)
    table = load_table(language)
    draft = _Draft(table)
    parts = layout(raw.title, raw.body, table)
    fields = {"title": raw.title, "body": raw.body}
    found_times = {name: _times_told(text, table, day) for name, text in fields.items()}
    for segment in parts.segments:
        _segment(draft, segment, fields[segment.field], found_times[segment.field], table)
    _victims_of_their_group(draft)
    _past_happenings_count_their_own(draft, table, day)
    _events(draft, fields, found_times, table, day)
    _reported_before_report(draft, table)
    document: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "id": re.sub(r"[^A-Za-z0-9._:-]+", "-", article_id).strip("-") or "article",
        "language": language,
        "published": published if _PUBLISHED.match(published) else day.isoformat(),
        "title": raw.title,
        "body": raw.body,
    }
    if raw.url:
        document["url"] = raw.url
    if parts.credits:
        document["credits"] = list(parts.credits)
    cited = {s for claim in draft.claims for s in claim.get("sources", ())}
    document["sources"] = [s for s in draft.sources.values() if s["id"] in cited]
    document["claims"] = draft.claims
    document["events"] = draft.events
    document["relations"] = draft.relations
    document["origin"] = EXTRACTED
    return document


def _segment(draft: _Draft, segment: Segment, text: str, mentions: list[Any],
             table: LanguageTable) -> None:
    if not segment.text.strip():
        return
    mentions = _within(mentions, segment.start, segment.end)
    skip = [(getattr(m, "phrase_start", m.start), m.end) for m in mentions]
    if segment.section in ("title", "related", "credit"):
        speaker = headline_speaker(segment.text) if segment.section != "credit" else None
        ids: list[str] = []
        if segment.section == "credit":
            wires = [m.group(0) for m in table.wires.finditer(segment.text)]
            ids = [draft.source(w, 0.9, "wire") for w in wires]
        elif speaker:
            ids = [draft.source(speaker, 0.6)]
        whole = Span(segment.start, segment.end, segment.text)
        made = len(draft.claims)
        _claims_of(draft, whole, segment, segment.section, ids, mentions, skip, table, text)
        if segment.section != "credit":
            _quoted_in_headline(draft, draft.claims[made:], segment)
        return
    for sentence in sentences(segment.text, segment.start, table):
        said = attributions(_without_times(sentence, skip, table), table)
        if said and said.names:
            ids = [draft.source(n, said.confidence) for n in said.names]
            draft.last_speakers = tuple(ids)
        elif (said and said.carry) or sentence.text.lstrip().startswith(("\"", "“", "«")):
            ids = list(draft.last_speakers)
        else:
            ids = []
        frames: list[str] = []
        contents: list[str] = []
        framed: list[str] | None = None  # the speakers of the clause that names them last
        for clause in (part for whole in clauses(sentence, table)
                       for part in _split_at_stance(whole, table)):
            section = "quote" if clause.quoted else segment.section
            said_here = not clause.detached or table.attribution_verbs.search(clause.text)
            speakers = ids if said_here else []
            if said and len(said.names) > 1 and not clause.quoted:
                # "killed, the White House said, while 1,100 were estimated by Seoul": each
                # clause that names its own speaker is said by that speaker alone, and what
                # it reports right after ("while GM said its sales rose 21%") by it too
                own = attributions(_without_times(clause, skip, table), table)
                if own and own.names:
                    speakers = framed = [draft.source(n, own.confidence) for n in own.names]
                elif clause.reported and framed:
                    speakers = framed
            made = len(draft.claims)
            _claims_of(draft, clause, segment, section, speakers, mentions, skip, table, text)
            new = [c["id"] for c in draft.claims[made:]]
            if clause.quoted or clause.reported:
                contents.extend(new)
            elif said and table.attribution_verbs.search(clause.text):
                frames.extend(new)
        if frames and contents:
            draft.reports.append((tuple(frames), tuple(contents)))


_WORD = re.compile(r"\w+")


def _without_times(sentence: Span, times: list[tuple[int, int]], table: LanguageTable) -> str:
    """The sentence with the time phrases that open it or stand beside its attribution verb
    blanked out, offsets kept: "All'inizio di febbraio il ministero ha dichiarato" is said by
    "il ministero", "Jobs said Monday in a memo" by Jobs. A time inside a name or a noun
    phrase ("China Daily", "an April 2nd report") stays."""
    text = sentence.text
    inside = [(start - sentence.start, end - sentence.start) for start, end in times
              if sentence.start <= start and end <= sentence.end]
    if not inside:
        return text
    verbs = [(m.start(), m.end()) for m in table.attribution_verbs.finditer(text)]
    leading = table.word_set("leading_words")
    # where the sentence's first word that is no opening word ("But", "And") stands
    opened = next((m.start() for m in _WORD.finditer(text) if m.group(0).lower() not in leading),
                  len(text))
    chars = list(text)
    for start, end in inside:
        opening = start <= opened
        after_verb = any(v_end <= start and not text[v_end:start].strip(" ,")
                         for _, v_end in verbs)
        before_verb = any(end <= v_start and not text[end:v_start].strip(" ,")
                          for v_start, _ in verbs)
        if after_verb and text[end:end + 1] == ",":
            end += 1  # "ha comunicato lunedì, in una nota": no parenthetical "ha comunicato,"
        if opening or after_verb or before_verb:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


_WORDS = re.compile(r"\S+")


def _split_at_stance(clause: Span, table: LanguageTable) -> list[Span]:
    """"si è ridistribuito sul fronte e sembra che siano stati inviati altri soldati": the
    hedge covers only what follows the conjunction, so the two are separate claims."""
    text = clause.text
    cues = [(m.start(), m.end()) for m in table.stance_cues.finditer(text)]
    if not cues:
        return [clause]  # nothing hedged, denied or unconfirmed: nothing to split off
    words = [m.start() for m in _WORDS.finditer(text)]
    for join in table.date_joins.finditer(text):
        if join.group(0).strip(" ,;") == "":
            continue  # commas stay inside a claim; only a conjunction starts a new statement
        # what follows holds a cue and what comes before none (cues found once, not per join:
        # a run-on list of "and" would otherwise be read again for every "and")
        if any(end <= join.start() for _, end in cues):
            break
        if not any(start >= join.end() for start, _ in cues):
            continue
        before_words = bisect_left(words, join.start())
        if before_words >= 3 and len(words) - bisect_left(words, join.end()) >= 3:
            return [replace(clause, end=clause.start + join.start(), text=text[:join.start()]),
                    replace(clause, start=clause.start + join.end(), text=text[join.end():])]
    return [clause]


def _claims_of(draft: _Draft, clause: Span, segment: Segment, section: str, ids: list[str],
               mentions: list[Any], skip: list[tuple[int, int]], table: LanguageTable,
               text: str) -> None:
    # a credit line or the newsroom's note ("Correction: an earlier version said 20") states
    # no figure of the story's own
    quantities = [] if section == "credit" else find_quantities(clause.text, clause.start,
                                                                 table, skip)
    said = stance(clause.text, table)
    if not quantities:
        if len(clause.text.split()) < 3 and section not in ("title", "related", "credit"):
            return
        for start, end in _split_at_dates(mentions, clause, text, table):
            claim = _add(draft, start, end, text, segment.field, section, ids, said, None,
                         _time_in(mentions, start, end, text), 0.6)
            draft.clause_of[claim["id"]] = clause.text
        return
    single = len(quantities) == 1
    reports_earlier = table.superseded_markers.search(clause.text) is not None and bool(
        ids or table.attribution_verbs.search(clause.text))
    made = len(draft.claims)
    if single and _one_figure_among_dated_parts(draft, quantities[0], clause, segment, section,
                                                ids, said, mentions, table, text):
        _mark_earlier_counts(draft.claims[made:], quantities, reports_earlier, text, table)
        return
    previous: dict[str, Any] | None = None
    for mention in quantities:
        start, end = (clause.start, clause.end) if single else (mention.start, mention.end)
        claim = _add(draft, start, end, text, segment.field, section, ids, said, mention,
                     _time_near(mentions, clause, mention.start, text), mention.confidence)
        draft.clause_of[claim["id"]] = clause.text
        _mark_earlier_counts([claim], [mention], reports_earlier, text, table)
        if mention.conversion_of_previous and previous is not None \
                and _converts(previous["quantity"], mention.quantity):
            claim["conversion_of"] = previous["id"]
        previous = claim


def _mark_earlier_counts(claims: list[dict[str, Any]], quantities: list[QuantityMention],
                         reports_earlier: bool, text: str, table: LanguageTable) -> None:
    """"Earlier, the ministry put the toll at 98", "up from 98": the figure is the earlier count
    a later one replaced (``superseded``)."""
    for mention in quantities:
        if not (reports_earlier or table.superseded_before.search(
                text, max(0, mention.start - 30), mention.start)):
            continue
        for claim in claims:
            if claim.get("quantity") is mention.quantity:
                claim["superseded"] = True


def _one_figure_among_dated_parts(draft: _Draft, mention: QuantityMention, clause: Span,
                                  segment: Segment, section: str, ids: list[str], said: str,
                                  mentions: list[Any], table: LanguageTable, text: str) -> bool:
    """"The glitch was not reported when it flew on 11 December -- $7.3 billion over budget
    -- and only became public this weekend": the figure's part keeps the figure, and each
    other dated part is a claim with its own date, so no date is lost to a single claim."""
    parts = _split_at_dates(mentions, clause, text, table)
    if len(parts) < 2:
        return False
    for start, end in parts:
        if start <= mention.start < end:
            part = Span(start, end, text[start:end])
            claim = _add(draft, start, end, text, segment.field, section, ids, said, mention,
                         _time_near(mentions, part, mention.start, text), mention.confidence)
        elif len(text[start:end].split()) >= 3:
            claim = _add(draft, start, end, text, segment.field, section, ids, said, None,
                         _time_in(mentions, start, end, text), 0.6)
        else:
            continue
        draft.clause_of[claim["id"]] = clause.text
    return True


_COUNTS = frozenset({"count", "person", "soldier", "troop"})


def _converts(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """"30 km (19 miles)" restates a figure in another unit; "30 aircraft (24 A320s...)" and
    "$140bn ($96bn)" do not."""
    units = (first["unit"], second["unit"])
    return units[0] != units[1] and not _COUNTS.intersection(units)


def _add(draft: _Draft, start: int, end: int, text: str, field_name: str, section: str,
         ids: list[str], said: str, mention: QuantityMention | None,
         time: dict[str, str] | None, confidence: float) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "text": text[start:end],
        "location": {"field": field_name, "start": start, "end": end},
    }
    if section != "body":
        fields["section"] = section
    if ids:
        fields["sources"] = list(dict.fromkeys(ids))
    if said != "asserted":
        fields["stance"] = said
    if mention is not None:
        fields["quantity"] = mention.quantity
        if mention.inherits_from:
            draft.inheriting[_next_claim_id(draft)] = mention.inherits_from
    if time is not None:
        fields["time"] = time
    fields["origin"] = EXTRACTED
    fields["confidence"] = confidence
    return draft.claim(**fields)


def _split_at_dates(mentions: list[Any], clause: Span, text: str,
                    table: LanguageTable) -> list[tuple[int, int]]:
    """A clause that dates two happenings ("tested in 2010 and in operation in 2013") as one
    stretch per date, cut at the last comma or conjunction between them."""
    dated = [m for m in mentions
             if clause.start <= getattr(m, "phrase_start", m.start) and m.end <= clause.end
             and times.time_object(m, text) is not None]
    if len(dated) < 2:
        return [(clause.start, clause.end)]
    cuts, start = [], clause.start
    for first, second in zip(dated, dated[1:], strict=False):
        gap_start, gap_end = first.end, getattr(second, "phrase_start", second.start)
        joins = list(table.date_joins.finditer(text, gap_start, gap_end))
        cut_start, cut_end = (joins[-1].start(), joins[-1].end()) if joins else (gap_end, gap_end)
        if len(text[start:cut_start].split()) >= 2 and len(text[cut_end:clause.end].split()) >= 2:
            cuts.append((start, len(text[:cut_start].rstrip())))
            start = cut_end
    cuts.append((start, clause.end))
    return cuts


def _time_near(mentions: list[Any], clause: Span, at: int, text: str) -> dict[str, str] | None:
    """The clause's dated mention closest to a figure: "fell 3% in March, and 5% in April"."""
    inside = [m for m in _within(mentions, clause.start, clause.end) if m.end <= clause.end]
    # Nearest first, walking out from the figure: a clause with many dates (a table of
    # figures by year) reads only the few next to it.
    right = bisect_left(inside, at, key=lambda m: m.start)
    left = right - 1
    while left >= 0 or right < len(inside):
        if right >= len(inside) or (left >= 0 and at - inside[left].start
                                    <= inside[right].start - at):
            mention, left = inside[left], left - 1
        else:
            mention, right = inside[right], right + 1
        found = times.time_object(mention, text)
        if found is not None:
            return found
    return None


def _time_in(mentions: list[Any], start: int, end: int, text: str) -> dict[str, str] | None:
    """The first dated mention wholly inside start..end, its preposition included."""
    for mention in _within(mentions, start, end):
        if start <= getattr(mention, "phrase_start", mention.start) and mention.end <= end:
            found = times.time_object(mention, text)
            if found is not None:
                return found
    return None


def _events(draft: _Draft, fields: dict[str, str], found_times: dict[str, list[Any]],
            table: LanguageTable, published: date) -> None:
    """Dated happenings as events, and the sequence words between them as relations."""
    previous: str | None = None
    for claim in draft.claims:
        if claim.get("section") in ("related", "credit"):
            continue
        location = claim["location"]
        text = fields[location["field"]]
        event_id = None
        context = draft.clause_of.get(claim["id"], claim["text"])
        if "time" in claim:
            first, last = _days(claim["time"])
            event_id = draft.event(claim["text"], claim["id"], 0.5, time=claim["time"],
                                   tense=dated_tense(context, table, first, last, published))
        for mention in _within(found_times[location["field"]], location["start"],
                               location["end"]):
            anchor = getattr(mention, "anchor", None)
            inside = location["start"] <= mention.start and mention.end <= location["end"]
            gap = _gap_after(mention, text, location["start"], table) if inside else None
            if gap is not None and previous is not None:
                # "dopo una pausa di un mese, si è ridistribuito": after the previous
                # happening, a month later.
                event_id = event_id or draft.event(claim["text"], claim["id"], 0.4,
                                                   tense=tense(context, table))
                if event_id != previous:
                    draft.relations.append({
                        "type": "after", "from": event_id, "to": previous,
                        "gap": {"min": gap, "max": gap}, "claim": claim["id"],
                        "origin": EXTRACTED, "confidence": 0.4,
                    })
                    if table.pause_lead.search(text, max(location["start"], mention.start - 40),
                                               mention.start) \
                            or table.pause_noun_after.match(text, mention.end):
                        draft.pauses.append((event_id, previous))
                continue
            if anchor is None or not inside or previous is None or anchor.gap is None \
                    or "time" in claim:
                continue  # a dated claim speaks through its own date
            if not (_ENDS_CLAIM.match(text[mention.end:location["end"]] or ".")
                    or _adverbial(mention, text, location["start"], table)):
                continue  # "a year after the appointment": anchored in its own sentence
            told = tense(context, table)
            if anchor.relation in ("same_time", "before", "shortly_before") \
                    and _past(draft.events, previous, published):
                told = "past"  # at the time of, or before, something already past
            event_id = event_id or draft.event(claim["text"], claim["id"], 0.4, tense=told)
            relation: dict[str, Any] = {"type": anchor.relation, "from": event_id,
                                        "to": previous, "claim": claim["id"]}
            gap = getattr(anchor, "gap", None)
            if gap is not None and gap.max_days is not None:
                relation["gap"] = {"min": f"P{gap.min_days}D", "max": f"P{gap.max_days}D"}
            relation.update(origin=EXTRACTED, confidence=0.4)
            if event_id != previous:
                draft.relations.append(relation)
        _split_sequence(draft, claim, text, table)
        event_id = _during(draft, claim, event_id, table,
                           found_times[location["field"]]) or event_id
        if event_id is not None:
            previous = event_id


def _adverbial(mention: Any, text: str, claim_start: int, table: LanguageTable) -> bool:
    """"Il giorno prima il premier aveva escluso", "Two days later the army left": opening its
    claim and ending in a word that takes no object, the phrase is anchored to what came
    before even without a comma."""
    start = getattr(mention, "phrase_start", mention.start)
    if text[claim_start:start].strip(" ,"):
        return False
    words = mention.expression.lower().split()
    return any(" ".join(words[-n:]) in table.word_set("adverbial_anchors") for n in (1, 2))


def _next_claim_id(draft: _Draft) -> str:
    return f"c-{len(draft.claims) + 1:03d}"


def _victims_of_their_group(draft: _Draft) -> None:
    """"vittime nordcoreane" in an article about "soldati nordcoreani" are those soldiers: the
    subject of a count of victims is the group of that nationality the article counts."""
    groups: dict[str, list[str]] = {}
    for claim in draft.claims:
        quantity = claim.get("quantity")
        if quantity and claim["id"] not in draft.inheriting:
            subject = quantity.get("subject", "")
            for nationality in set(draft.inheriting.values()):
                if subject.startswith(nationality + "-") and not subject[-1].isdigit():
                    groups.setdefault(nationality, []).append(subject)
    for claim_id, nationality in draft.inheriting.items():
        found = groups.get(nationality)
        if found:
            claim = next(c for c in draft.claims if c["id"] == claim_id)
            claim["quantity"]["subject"] = max(set(found), key=found.count)
            claim["confidence"] = min(claim["confidence"], 0.5)


def _reported_before_report(draft: _Draft, table: LanguageTable) -> None:
    """'"L'esercito si è ridistribuito...", ha affermato giovedì un funzionario': what the
    speaker tells as done happened before the dated statement that tells it. So did a state
    told as lasting since a date ("ha dichiarato che non vi era più traccia ... da metà
    gennaio"): a date after the statement's would then be an inconsistency to report."""
    event_of = {c: e["id"] for e in draft.events for c in e.get("claims", ())}
    dated = {e["id"] for e in draft.events if "time" in e}
    claim_of = {c["id"]: c for c in draft.claims}
    still_at: dict[str, str] = {}  # a state told as lasting -> the statement it lasted to
    for frames, contents in draft.reports:
        said_when = next((event_of[c] for c in frames if event_of.get(c) in dated), None)
        if said_when is None:
            continue
        for claim_id in contents:
            claim = claim_of[claim_id]
            if table.future_form.search(claim["text"]):
                continue
            if "time" in claim and not _names_the_calendar(claim["time"], table):
                # "Lunedì ha dichiarato che ... mercoledì": a weekday the speaker names counts
                # from the statement, not from publication as the draft's date does.
                continue
            lasting = _lasts_since(claim, table)
            if not (table.past_form.search(claim["text"]) or lasting):
                continue  # present tense is no event
            told = event_of.get(claim_id) or draft.event(claim["text"], claim_id, 0.4,
                                                         tense="past")
            if told == said_when:
                continue
            event_of[claim_id] = told
            draft.relations.append({"type": "before", "from": told, "to": said_when,
                                    "claim": claim_id, "origin": EXTRACTED, "confidence": 0.4})
            if lasting:
                still_at[told] = said_when
    # "non vi era più traccia da metà gennaio", said early in the month, then "dopo una pausa
    # di un mese, si è ridistribuito": the pause still lasted when it was told, so what ended
    # it came after the telling.
    for ended_by, pause in draft.pauses:
        told_at = still_at.get(pause)
        if told_at is not None and told_at != ended_by:
            claim_id = next(e["claims"][0] for e in draft.events if e["id"] == ended_by)
            draft.relations.append({"type": "before", "from": told_at, "to": ended_by,
                                    "claim": claim_id, "origin": EXTRACTED, "confidence": 0.3})


def _names_the_calendar(time: dict[str, str], table: LanguageTable) -> bool:
    """A date told by the calendar ("metà gennaio", "2024"), not by a weekday or a word
    counted from the day of writing."""
    expression = time.get("expression", "")
    words = set(re.findall(r"\w+", expression.lower()))
    return any(ch.isdigit() for ch in expression) or bool(words & table.word_set("months"))


def _lasts_since(claim: dict[str, Any], table: LanguageTable) -> bool:
    """The claim's date is where a state began: "da metà gennaio", "since March" (the word
    may stand inside the time's expression or right before it)."""
    expression = claim.get("time", {}).get("expression")
    text = claim["text"]
    at = text.find(expression) if expression else -1
    if at < 0:
        return False
    leads = table.since_lead.finditer(text, max(0, at - 20), at + 20)
    return any(lead.start() == at or lead.end() == at for lead in leads)


def _names_a_version(mention: Any, text: str, table: LanguageTable) -> bool:
    """"the 2011 version of iLife", "la versione 2011", "the 2008 model": a year that names a
    product, not a time anything happened."""
    if not mention.expression.isdigit():
        return False
    return bool(table.version_after.match(text, mention.end)
                or table.version_before.search(text, max(0, mention.start - 30), mention.start))


# 'Hamas: "Sono 45"', "Kyiv: 'We lost 300'": a name, a colon, then its words in quotes.
_HEADLINE_QUOTE = re.compile(
    r"(?:^|[.;,]\s+)(?P<who>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}):\s*"
    r"[\"“«'‘](?P<words>[^\"”»’]+)")


def _quoted_in_headline(draft: _Draft, claims: list[dict[str, Any]], segment: Segment) -> None:
    """A headline's figure inside a quote that a name introduces is that name's."""
    for match in _HEADLINE_QUOTE.finditer(segment.text):
        start, end = segment.start + match.start("words"), segment.start + match.end("words")
        for claim in claims:
            where = claim["location"]
            if start <= where["start"] and where["end"] <= end + 1:
                claim["sources"] = [draft.source(match.group("who"), 0.6)]


def _times_told(text: str, table: LanguageTable, published: date) -> list[Any]:
    """The times ``text`` tells, in text order (so each part of the text finds its own by
    bisection): not a year that names a version, nor a person's age ("a 55-year-old",
    "Rossi, 40 anni,")."""
    ages = table.age_spans(text)
    return sorted((m for m in times.find_times(text, table.code, published)
                   if not _names_a_version(m, text, table)
                   and not any(start <= m.start and m.end <= end for start, end in ages)),
                  key=lambda m: m.start)


def _within(mentions: list[Any], start: int, end: int) -> list[Any]:
    """The mentions (in text order) that start inside start..end."""
    if len(mentions) <= 16:  # a few: one pass is cheaper than two bisections
        return [m for m in mentions if start <= m.start < end]
    first = bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect_left(mentions, end, lo=first, key=lambda m: m.start)
    return mentions[first:last]


def _past(events: list[dict[str, Any]], event_id: str, published: date) -> bool:
    event = next(e for e in events if e["id"] == event_id)
    return "time" in event and _days(event["time"])[1] < published


# How long before publication a dated count stops being the story's own running total.
BACKGROUND_DAYS = 31


def _past_happenings_count_their_own(draft: _Draft, table: LanguageTable,
                                     published: date) -> None:
    """"Lo scorso anno un bombardamento aveva causato 90 vittime", "since October 7, 2023":
    a count of plain "people" (no nationality, no other tie) dated a month or more before
    publication is of its own happening, not of the story's: its subject gets the date, so no
    rule holds it against tonight's toll. Counts of one such day still meet each other."""
    plain = table.noun_bases
    for claim in draft.claims:
        quantity, time = claim.get("quantity"), claim.get("time")
        if not quantity or not time or quantity.get("subject") not in plain:
            continue
        first, last = _days(time)
        if (published - last).days >= BACKGROUND_DAYS:
            quantity["subject"] = f"{quantity['subject']}-{first.isoformat()}"


def _days(time: dict[str, str]) -> tuple[date, date]:
    if "date" in time:
        span = parse_partial_date(time["date"])
        return span.first, span.last
    return parse_partial_date(time["start"]).first, parse_partial_date(time["end"]).last


def _gap_after(mention: Any, text: str, floor: int, table: LanguageTable) -> str | None:
    """The ISO duration of "dopo una pausa di un mese" / "after a break of two weeks"."""
    iso = getattr(mention, "iso_duration", None)
    if getattr(mention, "kind", None) != "duration" or not iso or "T" in iso:
        return None  # minutes and hours ("failed after thirty minutes") time one happening
    before = text[max(floor, mention.start - 40):mention.start]
    if table.of_pattern.match(text, mention.end + 1) and text[mention.end:mention.end + 1] == " ":
        return None  # "after six straight days of losses": the length of something else
    if table.gap_lead.search(before):
        return iso
    # "after a one-month pause": the length stands inside the pause it measures
    paused = table.pause_noun_after.match(text, mention.end)
    return iso if paused and table.gap_lead_article.search(before) else None


def _during(draft: _Draft, claim: dict[str, Any], event_id: str | None, table: LanguageTable,
            mentions: list[Any]) -> str | None:
    """"Nel giugno 2024, durante una visita di Putin a Pyongyang, è stato firmato un trattato":
    what the claim tells happened during the happening it names. Returns the claim's event."""
    match = table.during_lead.search(claim["text"])
    if match is None:
        return None
    happening = match.group("happening").strip()
    start = claim["location"]["start"] + match.start("happening")
    end = claim["location"]["start"] + match.end("happening")
    if len(happening.split()) < 2 or _within(mentions, start, end):
        return None  # "durante la notte": a time, not a happening
    rest = (claim["text"][:match.start()] + claim["text"][match.end():]).strip(" ,.")
    if len(rest.split()) < 3:
        return None
    told = event_id or draft.event(claim["text"], claim["id"], 0.4,
                                   tense=tense(claim["text"], table))
    main = next(e for e in draft.events if e["id"] == told)
    during = draft.event(happening, claim["id"], 0.4, **({"tense": main["tense"]}
                                                          if "tense" in main else {}))
    draft.relations.append({"type": "during", "from": told, "to": during, "claim": claim["id"],
                            "origin": EXTRACTED, "confidence": 0.4})
    return told


def _split_sequence(draft: _Draft, claim: dict[str, Any], text: str,
                    table: LanguageTable) -> None:
    """"A, poco prima che B": A shortly before B, when both sides say something."""
    pattern, kinds = table.sequence_splits
    body = claim["text"]
    for match in pattern.finditer(body):
        kind = kinds[match.group(0).lower()]
        left, right = body[:match.start()].strip(" ,"), body[match.end():].strip(" ,.")
        expression = claim.get("time", {}).get("expression", "")
        if len(left.replace(expression, "").split()) < 2 or len(right.split()) < 3:
            return  # "On January 30, after a break of two weeks, ...": a date, no happening
        if table.pause_opening.match(right):
            return  # "The army, after a one-month pause, has redeployed": a gap, not a sequence
        first = _enacted(draft, claim["id"], left, table) \
            or draft.event(left, claim["id"], 0.4, tense=tense(left, table))
        second = draft.event(right, claim["id"], 0.4)
        draft.relations.append({"type": kind, "from": first, "to": second, "claim": claim["id"],
                                "origin": EXTRACTED, "confidence": 0.4})
        return
    if "time" not in claim:  # a dated claim speaks through its date
        _enacted(draft, claim["id"], body.strip(" ,."), table)


def _enacted(draft: _Draft, claim_id: str, text: str, table: LanguageTable) -> str | None:
    """"hanno firmato un trattato entrato in vigore": the signing, then the taking effect, as
    two happenings in that order. Returns the taking effect, which what follows is told
    against ("... entrato in vigore poco prima che...")."""
    match = table.enactment.search(text)
    if match is None or len(text[:match.start("effect")].split()) < 3:
        return None
    signed = draft.event(text[:match.start("effect")].strip(" ,"), claim_id, 0.4, tense="past")
    effect = draft.event(text[match.start("effect"):].strip(" ,"), claim_id, 0.4, tense="past")
    draft.relations.append({"type": "before", "from": signed, "to": effect, "claim": claim_id,
                            "origin": EXTRACTED, "confidence": 0.4})
    return effect
