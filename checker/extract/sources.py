"""Who says what: speakers of attribution verbs in both word orders, "secondo X" / "according
to X", headline credits ("...: Casa Bianca"), and the source kinds from the table's lexicon."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from checker.extract.tables import LanguageTable

_HEADLINE = re.compile(
    r"^(?P<text>.{12,}?):\s+(?P<who>[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\.?$"
)
# Where a speaker's name ends; the full stop of an initial ("Michael R. Golden") does not.
_BOUNDARY = re.compile(r"[,;:()\"“”«»`]|(?<![A-Z])\.|''|\s-\s")
_QUOTE_CHARS = "\"“”«»`'"
_AGE_AFTER_NAME = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|,\s*\d{1,3})\s*$")  # "(40)", ", 40"
# Where a subject can start: after a clause mark or a quote, not inside "4,300".
_SUBJECT_BOUNDARY = re.compile(r"[;:\"“”«»`]|''|,(?!\d)")


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speakers named in a sentence; ``carry`` when the speaker is the previous one
    (a subject-less "ha aggiunto", or a pronoun)."""

    names: tuple[str, ...]
    carry: bool = False
    confidence: float = 0.7


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "source"


def attributions(sentence: str, table: LanguageTable) -> Attribution | None:
    """The speakers of ``sentence``, if it attributes what it says."""
    names: list[str] = []
    carry = False
    passive = table.passive_attribution.search(sentence)
    if passive:  # "were estimated by Seoul": the agent speaks
        phrase = _agent(passive.group("agent"), table)
        if phrase and _speaker_or_none(phrase, table):
            names.extend(split_speakers(phrase, table))
    for match in table.attribution_leads.finditer(sentence):
        blocked = table.lead_blockers.match(sentence, match.start())
        if blocked:
            continue
        phrase = _lead_phrase(sentence[match.end():], table)
        if phrase and _speaker_or_none(phrase, table):
            names.extend(split_speakers(phrase, table))
    verbs = [*table.attribution_verbs.finditer(sentence), *table.publishing.finditer(sentence)]
    named_by = -1  # where the last verb that named its speaker ends
    for match in verbs:
        before = sentence[:match.start()]
        if table.passive_before.search(before):
            continue  # "after the news was announced": what is said, not who says it
        if named_by >= 0 and not sentence[named_by:match.start()].strip(" ,"):
            continue  # "AFAD said, adding that": the speaker just named goes on
        subject = _subject_before(before, table)
        if subject == "" and sentence[match.end():].lstrip().startswith(","):
            carry = True  # "Da allora, sostiene, l'aereo...": a parenthetical, said by the last
            continue      # speaker named
        if subject == "":
            inverted = _speaker_after(sentence[match.end():], table)
            if inverted and _object_after_apposition(inverted, before, table):
                inverted = None  # "Steve Jobs, il CEO di Apple, ha annunciato lo sviluppo"
            if inverted:
                names.extend(split_speakers(inverted, table))
                named_by = match.end()
                continue
            if before.rstrip(" ,").endswith(tuple(_QUOTE_CHARS)) or (
                    before.rstrip().endswith(",")
                    and not sentence[match.end():].strip(" .;:!?" + _QUOTE_CHARS)):
                carry = True  # '"...", ha aggiunto.', "..., ha aggiunto.": the speaker before
                continue
            subject = _first_chunk(before, table)
        if subject is None:
            continue
        if subject.lower() in table.word_set("pronouns") or not subject:
            carry = True
            continue
        names.extend(split_speakers(subject, table))
        named_by = match.end()
    stripped = sentence.lstrip(_QUOTE_CHARS + " ")
    if not names and table.subjectless.match(stripped):
        carry = True
    if not names and not carry:
        return None
    names = [_author(n, table) for n in names]
    return Attribution(tuple(dict.fromkeys(n for n in names if n)), carry and not names)


def _author(name: str, table: LanguageTable) -> str:
    """"a review by PC World", "un rapporto dell'ONU", "un sondaggio Ipsos": the named author
    of a document speaks."""
    match = table.document_by.match(name)
    if match:
        return match.group("author")
    named = table.document_named.match(name)
    return (named.group("after") or named.group("before")) if named else name


def _object_after_apposition(inverted: str, before: str, table: LanguageTable) -> bool:
    """After "Name, apposition," the words following the verb are its object, unless they
    name a kind of source ("ha affermato giovedì l'agenzia di spionaggio") or a name."""
    return before.count(",") >= 2 and _first_chunk(before, table) is not None \
        and not inverted[:1].isupper() and source_kind(inverted, table) == "unspecified" \
        and is_named(inverted, table)


def headline_speaker(text: str) -> str | None:
    """The source credited at the end of a headline: "Migliaia di ...: Casa Bianca"."""
    match = _HEADLINE.match(text.strip())
    if not match:
        return None
    who = match.group("who").rstrip(".")
    words = who.split()
    if sum(1 for w in words if w[0].isupper()) < max(1, len(words) - 1):
        return None
    return who


def _lead_phrase(after: str, table: LanguageTable) -> str | None:
    of_words = tuple(w + " " for w in table["of_words"]) + tuple(
        w for w in table["of_words"] if w.endswith(("'", "’")))
    chunks = re.split(r",\s+", after)
    phrase = _cut(chunks[0], table)
    for chunk in chunks[1:]:
        if chunk.lower().startswith(of_words) or chunk.lower().startswith(
                tuple(c.strip() + " " for c in table["coordinators"] if c.strip())):
            phrase += ", " + _cut(chunk, table)
            if _cut(chunk, table) != chunk:
                break
        else:
            break
    return _clean(phrase, table)


def _agent(after: str, table: LanguageTable) -> str | None:
    """The agent's name after "by" / "da": up to a figure, a qualifier or a time word
    ("dall'intelligence sudcoreana intorno a 1.100", "dal ministero giovedì")."""
    phrase = _lead_phrase(after, table) or ""
    stops = table.word_set("attribution_time_words")
    qualifiers = {q.split()[0] for q in table.qualifiers_before}
    words = []
    for word in phrase.split():
        if word[:1].isdigit() or word.lower() in stops or word.lower() in qualifiers:
            break
        words.append(word)
    return _clean(" ".join(words), table) if words else None


def _cut(text: str, table: LanguageTable) -> str:
    match = _BOUNDARY.search(text)
    piece = text[:match.start()] if match else text
    for stop in table.speaker_stops:
        found = stop.search(piece)
        if found:
            piece = piece[:found.start()]
    return piece.strip()


def _subject_before(before: str, table: LanguageTable) -> str | None:
    """The noun phrase right before the verb; "" when nothing stands there (inverted order)."""
    boundaries = list(_SUBJECT_BOUNDARY.finditer(before))
    segment = before[boundaries[-1].end():] if boundaries else before
    relative = table.relative_start.search(segment)
    if relative:
        segment = segment[relative.end():]
        if not segment.strip():
            return None  # "le case che hanno riportato un aumento": no speaker here
    words = segment.split()
    # "the company reported on Tuesday, while General Motors said": a new clause, a new subject
    openers = table.word_set("clause_openers")
    opened = [i for i, word in enumerate(words) if i and word.lower() in openers]
    if opened:
        words = words[opened[-1] + 1:]
    # "But later the agency said", "Poi l'agenzia ha detto": what opens the clause is no name
    leading_words = table.word_set("leading_words") | table.word_set("attribution_time_words")
    words = _without_leading(words, leading_words)
    trailing = table.word_set("attribution_time_words") | table.word_set("auxiliaries") \
        | table.word_set("negations")  # "Il Cremlino non ha confermato"
    while words and words[-1].lower() in trailing:
        words.pop()
    if not words:  # nothing, or only "has" / "ieri": the speaker stands elsewhere
        return ""
    if words[-1].lower() in {c.strip() for c in table["coordinators"] if c.strip()}:
        # "Jobs welcomed everyone and said": the clause's subject is its leading name.
        leading = []
        for word in words:
            if not word[:1].isupper():
                break
            leading.append(word)
        words = leading
    if not words or len(words) > 10:
        return None
    return _speaker_or_none(" ".join(words), table)


def _without_leading(words: list[str], phrases: frozenset[str]) -> list[str]:
    """``words`` past the opening words and phrases: "But later", "In precedenza"."""
    start = 0
    while start < len(words):
        for size in (3, 2, 1):
            if " ".join(words[start:start + size]).lower() in phrases:
                start += size
                break
        else:
            break
    return words[start:]


def _speaker_or_none(phrase: str, table: LanguageTable) -> str | None:
    """A plausible speaker: a name, a noun phrase with an article, or a known kind of source
    ("funzionario", "officials"); not "This is", "has", "in the United"."""
    name = _clean(phrase, table)
    if not name:
        return None
    first = name.split()[0]
    articles = [a.lower() for a in table["articles"]]
    elided = any(first.lower().startswith(a) for a in articles if a.endswith(("'", "’")))
    if first.lower() in table.word_set("pronouns"):
        return name
    words = name.split()
    auxiliaries = table.word_set("auxiliaries")
    if any(w.lower() in auxiliaries for w in words):
        return None  # "The glitch was not (reported)": a passive, not a speaker
    if len(words) > 5 and not any(w[:1].isupper() for w in words[1:]):
        return None  # "The measure comes on top of existing plans (announced)": a clause
    if first[:1].isupper() and first.lower() not in table.stopwords \
            and first.lower() not in table.word_set("leading_words"):
        return name
    if (first.lower() in articles or elided) and len(name.split()) > 1:
        return name
    if source_kind(name, table) != "unspecified" or not is_named(name, table):
        return name
    return None


def _first_chunk(before: str, table: LanguageTable) -> str | None:
    """For "Patty Murray, who hails from Washington, said": the clause's first chunk."""
    chunk = before.split(",")[0].strip().lstrip(_QUOTE_CHARS + " ")
    words = chunk.split()
    if 1 <= len(words) <= 8 and words[0][0].isupper():
        return _speaker_or_none(chunk, table)
    return None


def _speaker_after(after: str, table: LanguageTable) -> str | None:
    """The speaker after the verb: "ha affermato giovedì l'agenzia di spionaggio..."."""
    text = after.lstrip()
    changed = True
    while changed:
        changed = False
        for word in table.longest_first("attribution_time_words"):
            if text.lower().startswith(word + " ") or text.lower().startswith(word + ","):
                text = text[len(word):].lstrip(" ,")
                changed = True
    if not text:
        return None
    phrase = _cut(text, table)
    words = phrase.split()
    if not words or len(words) > 10:
        return None
    first = words[0].lower()
    articles = [a.lower() for a in table["articles"]]
    if not (words[0][0].isupper() or first in articles
            or any(first.startswith(a) for a in articles if a.endswith(("'", "’")))):
        return None
    name = _clean(phrase, table)
    indefinite = set(articles) - table.word_set("definite_articles")
    if name and (first in indefinite or first.startswith(tuple(a for a in indefinite
                                                                if a.endswith(("'", "’"))))) \
            and source_kind(name, table) == "unspecified" and re.search(r"\d", name):
        return None  # "ha annunciato una perdita di 2 miliardi": what was announced
    return name


def _clean(name: str, table: LanguageTable) -> str | None:
    # "Il 55enne Steve Jobs", "John Smith (40)": an age is no part of the name
    for start, end in reversed(table.age_spans(name)):
        name = name[:start] + " " + name[end:]
    name = _AGE_AFTER_NAME.sub("", name)
    # one space between words: a time phrase blanked out of the sentence leaves a run of them
    name = " ".join(name.split()).strip(" ,.;:" + _QUOTE_CHARS)
    lowered = name.lower()
    for prefix in table["speaker_strip_prefixes"]:
        if lowered.startswith(prefix):
            name = name[len(prefix):]
            lowered = name.lower()
    return name or None


def strip_article(name: str, table: LanguageTable) -> str:
    for article in table.longest_first("definite_articles"):
        elided = article.endswith(("'", "’"))
        if name.lower().startswith(article + ("" if elided else " ")):
            return name[len(article) + (0 if elided else 1):]
    return name


def split_speakers(phrase: str, table: LanguageTable) -> list[str]:
    """One name per source: "Né Mosca né Pyongyang", "i servizi segreti di Seul e occidentali",
    "intelligence degli Stati Uniti, della Corea del Sud e dell'Ucraina"."""
    phrase = phrase.strip()
    neither = table.neither.match(phrase)
    if neither:
        return [strip_article(neither.group("a"), table), strip_article(neither.group("b"), table)]
    parts = [p.strip() for p in table.coordinator_split.split(phrase) if p.strip()]
    if len(parts) == 1:
        return [strip_article(phrase, table)]
    of_pattern = table.of_pattern
    head_match = of_pattern.search(parts[0])
    head = parts[0][:head_match.start()].strip() if head_match else parts[0]
    rest = parts[1:]
    distributed = all(of_pattern.match(p) for p in rest) and head_match
    if distributed or all(len(p.split()) == 1 and p.islower() for p in rest):
        names = [parts[0]] + [f"{head} {p}" for p in rest]
    elif all(p[0].isupper() or p.split()[0].lower() in table["articles"] for p in parts):
        names = parts
    else:
        names = [phrase]
    return [strip_article(n, table) for n in names]


def source_kind(name: str, table: LanguageTable) -> str:
    return table.source_kinds.find(name) or "unspecified"


def named_kind(name: str, table: LanguageTable) -> tuple[str, float]:
    """The kind of a source and how sure the lexicon is; a named person or organisation
    speaking on the record that no lexicon entry covers takes the table's default."""
    kind = source_kind(name, table)
    if kind != "unspecified":
        return kind, 0.8
    if is_named(name, table) and any(w[:1].isupper() for w in name.split()):
        return table.get("named_default_kind", "unspecified"), 0.4
    return kind, 0.3


def is_named(name: str, table: LanguageTable) -> bool:
    return not any(p.search(name) for p in table.unnamed)
