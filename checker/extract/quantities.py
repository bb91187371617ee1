"""Stated figures: the number with its qualifier, unit, counted noun, measure, subject and place.

"più di 10.000 soldati nordcoreani sono stati inviati in Russia" becomes more_than 10000 soldier,
measure troops_deployed, subject north-korean-soldiers, place Russia. All words come from the
language table; the numbers themselves from :mod:`checker.extract.numbers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from checker.extract.numbers import NumberMention, find_numbers
from checker.extract.tables import LanguageTable

_NEXT_WORD = re.compile(r"\s*([\w'’]+(?:-[\w]+)*)")
# A model's number or code: "737", "A350", "900" (in "Trent 900 engines").
_MODEL = re.compile(r"[A-Z]{0,3}\d{2,4}[A-Z]{0,3}")
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Za-z]{0,3}")  # "A330", "A321s", "B787"
_PERSON_UNITS = frozenset({"person", "soldier", "troop"})
_PERSON_MEASURES = frozenset({"killed", "wounded", "captured", "arrested", "evacuated",
                              "displaced"})
_OPEN_BRACKET = re.compile(r"\s*\([^()]{0,8}")
_ORDINAL_OR_CLOCK = re.compile(r"\s?(?:[:.]\d|°|ª|º|th\b|st\b|nd\b|rd\b)")
_NUMBER_SIGN = re.compile(r"(?:n\.|No\.|#\d|[A-Za-z]-|\d{4}-)\s?$")
_DIGIT_BEFORE = re.compile(r"\d\s*$")
# "Smith, 40, said", "her son, 12, was", "Mario Rossi (40)": a number set apart right after a
# word is an age; a figure names what it counts.
_APPOSITION_OPENS = re.compile(r"[^\W\d_][\w'’.-]*(?P<open>,|\s\()\s*$")
_APPOSITION_CLOSES = {",": re.compile(r"\s*,"), " (": re.compile(r"\s*\)")}
# What str.lstrip() skips: ``re``'s \s is the same set of characters (str.isspace).
_SPACES = re.compile(r"\s*")
# The first of str.split()'s pieces of the text from a point on (\S: not str.isspace()).
_FIRST_TOKEN = re.compile(r"\s*(\S+)")


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A figure found in a stretch of text; offsets are into the field."""

    start: int
    end: int
    quantity: dict[str, Any]
    confidence: float
    conversion_of_previous: bool = False
    numbers: tuple[int, int] = field(default=(0, 0))
    # "vittime nordcoreane": whose victims the article says elsewhere ("soldati nordcoreani").
    inherits_from: str | None = None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else round(value, 6)


def _inside(start: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    """Whether start..end overlaps a span of ``skip``, which is in text order and holds no
    overlapping spans: only the spans starting just before ``end`` can reach it."""
    at = bisect_left(skip, (end,))
    return any(start < b and a < end for a, b in skip[max(0, at - 2):at])


def find_quantities(
    text: str, offset: int, table: LanguageTable, skip: Sequence[tuple[int, int]] = ()
) -> list[QuantityMention]:
    """The figures stated in ``text`` (which starts at ``offset``); ``skip`` holds the field
    offsets of time expressions, whose numbers are dates and durations, not counts."""
    if not table.may_hold_number(text):
        return []
    months = table.word_set("months")
    numbers = [
        n for n in find_numbers(text, table)
        if not _inside(offset + n.start, offset + n.end, skip) and not _date_or_duration(
            text, n, table, months)
    ]
    found: list[QuantityMention] = []
    index = 0
    while index < len(numbers):
        first = numbers[index]
        second = numbers[index + 1] if index + 1 < len(numbers) else None
        lead = _range_lead(text, first, second, table)
        low_value = first.value
        if second is not None and second.factor != 1.0 and first.factor == 1.0:
            low_value *= second.factor
        if lead is not None and second is not None and low_value < second.value:
            mention = _build(text, offset, table, lead, second, "between",
                             {"low": _number(low_value), "high": _number(second.value)})
            index += 2
        else:
            mention = _build(text, offset, table, first.start, first, first.qualifier,
                             {"value": _number(first.value)})
            index += 1
        if mention is not None:
            while index < len(numbers) and offset + numbers[index].start < mention.end:
                index += 1  # "per cento", "mila": words the figure already used
            if found and _OPEN_BRACKET.fullmatch(text[found[-1].end - offset:
                                                               mention.numbers[0] - offset]):
                mention = QuantityMention(mention.start, mention.end, mention.quantity,
                                          mention.confidence, True, mention.numbers)
            found.append(mention)
    found = _apart_when_listed(text, offset, table, found)
    if table.other_occurrence.search(text):
        # "Turkey was hit by a similar quake in 2011, when 600 people died": not this story's toll
        found = [_own_subject(m) for m in found]
    found.extend(_magnitudes(text, offset, table, found))
    found.sort(key=lambda m: m.start)
    return found


def _apart_when_listed(text: str, offset: int, table: LanguageTable,
                       found: list[QuantityMention]) -> list[QuantityMention]:
    """"which killed 102 and 21 people respectively", "1,600 and 400 jobs": figures listed side
    by side count different sets, though their words name one subject."""
    if len(found) < 2:
        return found
    listed: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        between = text[a.end - offset:b.start - offset]
        if a.quantity.get("subject") == b.quantity.get("subject") \
                and a.quantity.get("measure") == b.quantity.get("measure") \
                and not b.conversion_of_previous \
                and table.list_joiner.fullmatch(between):
            listed.update((id(a), id(b)))
    return [_own_subject(m) if id(m) in listed else m for m in found]


def _own_subject(mention: QuantityMention) -> QuantityMention:
    """The figure counts a set of its own: its subject is made unique by its place."""
    subject = mention.quantity["subject"]
    if subject.startswith("figure-"):
        return mention
    return replace(mention, quantity={**mention.quantity,
                                      "subject": f"{subject}-{mention.numbers[0]}"})


def _date_or_duration(text: str, n: NumberMention, table: LanguageTable,
                      months: frozenset[str]) -> bool:
    after = text[n.end:n.end + 20]
    before = text[max(0, n.start - 15):n.start]
    next_word = _NEXT_WORD.match(after)
    word_after = next_word.group(1).lower() if next_word else ""
    word_before = before.split()[-1].lower().strip(".,") if before.split() else ""
    if (word_after in months or word_before in months) and _day_or_year(n):
        return True  # "27 febbraio", "settembre 2024"; not "a fine settembre 2.960 miliardi"
    if table.duration_after.match(after):
        return True
    year_like = (not n.spelled and n.written.isdigit() and len(n.written) == 4
                 and 1000 <= n.value <= 2100)
    if year_like and not (table.noun_pattern.match(after.lstrip())
                          or table.unit_after(after) is not None):
        return True
    if _ORDINAL_OR_CLOCK.match(after):
        return True
    if _model_number(text, n, before, table) or _named_model(text, n, before, after, table):
        return True
    return bool(_NUMBER_SIGN.search(before)) or _age(text, n, before, table)


def _age(text: str, n: NumberMention, before: str, table: LanguageTable) -> bool:
    """"aged 55", "Smith, 40, said", "Luigi Bianchi (40)": a person's age, not a figure."""
    floor = max(0, n.start - 20)
    if any(floor + start <= n.start and n.end <= floor + end
           for start, end in table.age_spans(text[floor:n.end + 12])):
        return True
    if n.spelled or n.factor != 1.0 or not n.written.isdigit() or n.value > 120:
        return False
    opens = _APPOSITION_OPENS.search(before)
    return opens is not None and \
        _APPOSITION_CLOSES[opens.group("open")].match(text, n.end) is not None


def _day_or_year(n: NumberMention) -> bool:
    return not n.spelled and n.written.isdigit() and (
        1 <= n.value <= 31 or (len(n.written) in (2, 4)))


def _model_number(text: str, n: NumberMention, before: str, table: LanguageTable) -> bool:
    """"Boeing 747", "iPhone 4", "il Terminal 3 da 1,75 miliardi": a name's number, not a count
    (the name comes right before, and is not the first word of a sentence; a number of one or
    two digits also names nothing it counts)."""
    if n.spelled or n.factor != 1.0 or not n.written.isdigit():
        return False
    words = before.split()
    name = re.split(r"['’]", words[-1])[-1] if words else ""  # "l'iPhone 4"
    if not name.isalpha() or not any(c.isupper() for c in name) or before[-1:] != " ":
        return False
    head = before[:len(before.rstrip()) - len(name)].rstrip()
    if not head or head.endswith((".", "!", "?", ":", '"', "“", "«")):
        return False
    following = _NEXT_WORD.match(text, n.end)
    if following and following.group(1).lower() in table.stopwords:
        return True  # "iOS 4 per i dispositivi", "Terminal 3 da 1,75 miliardi": no count
    if len(n.written) >= 3:
        return True
    counted = _counted_noun(text, n.end, table)
    # "iPhone 4 dispone di": only a noun the table knows makes a name's number a count
    return counted is None or not counted[2].get("known", True)


def _named_model(text: str, n: NumberMention, before: str, after: str,
                 table: LanguageTable) -> bool:
    """"the 787", "il 787": a model named by its number (a count would name what it counts)."""
    if n.spelled or n.factor != 1.0 or not n.written.isdigit() or len(n.written) < 3:
        return False
    words = before.split()
    if len(words) >= 2 and words[-1].lower() in table.word_set("noun_fillers") \
            and (words[-2].isdigit() or table.number_word.fullmatch(words[-2])):
        return True  # "cinque nuovi 737", "five new 737s": counted planes of a model
    if not words or words[-1].lower() not in table.word_set("model_determiners"):
        return False
    return _counted_noun(text, n.end, table) is None


def _range_lead(text: str, first: NumberMention, second: NumberMention | None,
                table: LanguageTable) -> int | None:
    """Where "tra X e Y" / "X-Y" starts, if ``first`` and ``second`` form a range."""
    if second is None:
        return None
    between = text[first.end:second.start]
    for joiner in table.range_joiner_patterns:
        if joiner.fullmatch(between):
            return first.start
    before = text[:first.start]
    for joiner, lead in table.range_lead_patterns:
        if joiner.fullmatch(between):
            match = lead.search(before)
            if match:
                return match.start()
    return None


def _build(text: str, offset: int, table: LanguageTable, start: int, number: NumberMention,
           qualifier: str | None, values: dict[str, Any]) -> QuantityMention | None:
    before = text[:start]
    unit = None
    for pattern, code in table.units_before:
        match = pattern.search(before)
        if match:
            unit, start, before = code, match.start(), before[:match.start()]
            break
    if qualifier is None:
        near = max(0, len(before) - 40)  # qualifiers stand right before the figure
        match = table.qualifier_before_pattern.search(before, near)
        if match:
            qualifier = table.qualifiers_before[match.group("q").lower()]
            start = match.start()
    end = number.end
    after = text[end:]
    match = table.qualifier_after_pattern.match(after)
    if match and qualifier is None:
        qualifier = table.qualifiers_after[match.group("q").lower()]
    if unit is None:
        written_unit = table.unit_after(after)
        if written_unit is not None:
            unit, end = written_unit[0], end + written_unit[1]
    noun = _counted_noun(text, end, table) or _noun_before(text, start, table)
    quantity: dict[str, Any] = {}
    confidence = 0.6
    inherits: str | None = None
    # "killing at least 120 people and injuring more than 1,000": the verb right before a
    # figure tells what it counts, before any verb further off (asked only where a verb can
    # give the measure: no noun and no unit, or a noun of people that names none)
    verb_before = _verb_measure_before(text, start, table) if (
        (noun is None and unit is None)
        or (noun is not None and not noun[2].get("measure") and noun[2]["unit"] in _PERSON_UNITS)
    ) else None
    if noun is None and unit is None and verb_before in _PERSON_MEASURES:
        # "Earthquake kills at least 120": only people are killed, wounded or arrested
        quantity.update(subject="people", measure=verb_before)
        unit = "person"
    elif noun is not None:
        noun_start, noun_end, entry = noun
        nationality = _nationality(text, number.end, noun_start, noun_end, table)
        base = entry["base"]
        subject = f"{nationality}-{base}" if nationality else base
        if unit is None:
            unit = entry["unit"]
        window = text[max(0, noun_start - 60):noun_end + 60]
        measure = entry.get("measure") or (
            (verb_before or _verb_measure(window, table)) if unit in _PERSON_UNITS else None
        )
        if unit != entry["unit"]:
            measure = _measure_for_unit(unit)
        if nationality is None and measure == "troops_deployed":
            # "Pyongyang ha schierato tra 10.000 e 12.000 soldati": the sender's soldiers.
            nationality = table.actor_nationality(text[:number.start])
            subject = f"{nationality}-{base}" if nationality else base
        if measure is None or unit != entry["unit"]:
            # Without a measure the text names (killed, deployed...), two counts of one noun
            # are as likely two different sets: only a person should say they are one.
            subject = f"{subject}-{offset + number.start}"
        quantity["subject"] = subject
        if entry.get("inherits") and nationality:
            inherits = nationality
        quantity["measure"] = measure or f"count_of_{base}"
        end = max(end, noun_end)
        confidence = 0.8 if entry.get("known", True) else 0.5
        place = _place(text, noun_end, table)
        if place:
            quantity["scope"] = {"place": place}
    else:
        if unit is None and qualifier is None and number.value < 10 and number.spelled:
            return None  # "two of them", "five": too vague to be a figure worth checking
        quantity["measure"] = _measure_for_unit(unit)
        quantity["subject"] = f"figure-{offset + number.start}"
        confidence = 0.4
    quantity["unit"] = unit or "count"
    quantity["qualifier"] = qualifier or "exact"
    quantity.update(values)
    if quantity["qualifier"] == "between" and "value" in quantity:
        quantity["qualifier"] = "exact"
    return QuantityMention(offset + start, offset + end, dict(sorted(quantity.items())),
                           confidence, numbers=(offset + number.start, offset + number.end),
                           inherits_from=inherits)


def _measure_for_unit(unit: str | None) -> str:
    return {
        None: "count", "percent": "percentage", "USD": "money", "EUR": "money", "GBP": "money",
        "km": "distance", "mile": "distance", "meter": "distance", "foot": "distance",
        "tonne": "mass", "kg": "mass", "lb": "mass",
    }.get(unit, "amount")


# A short aside in brackets between a figure and its noun.
_ASIDE = re.compile(r"\s*\([^()\d]{1,40}\)")


def _counted_noun(text: str, at: int, table: LanguageTable
                  ) -> tuple[int, int, Mapping[str, Any]] | None:
    """The noun the figure counts: a table noun within a few words, else the next plain noun."""
    fillers = table.word_set("noun_fillers")
    endings = table.plural_endings
    cursor = at
    first_plain: tuple[int, int, str] | None = None
    previous: str | None = None
    words, asides = 0, 0
    while words < 4:
        match = table.noun_pattern.match(text, _skip_spaces(text, cursor))
        if match:
            return match.start(), match.end(), table.nouns[match.group(0).lower()]
        aside = _ASIDE.match(text, cursor) if asides == 0 else None
        if aside:  # "six new A350 XWB (Extra Wide Body) aircraft"
            cursor, asides = aside.end(), 1
            continue
        words += 1
        word = _NEXT_WORD.match(text, cursor)
        if not word or text[cursor:word.start(1)].strip():
            break
        if word.group(1)[:1].isdigit() and not (
                _MODEL.fullmatch(word.group(1)) and previous is not None
                and (previous in fillers or previous[:1].isupper())):
            break  # "five new 737 aircraft", "Trent 900 engines": a model's number, not "and 400"
        lowered = word.group(1).lower()
        if first_plain is None and (previous is None or previous in fillers) \
                and _MODEL_CODE.fullmatch(word.group(1)):
            # "otto A330 a lungo raggio", "24 A320 e 6 A321": planes counted by their model
            first_plain = (word.start(1), word.end(1), lowered)
        previous = word.group(1) if word.group(1)[:1].isupper() else lowered
        if first_plain is None and lowered not in fillers and lowered not in table.stopwords \
                and word.group(1).isalpha() and word.group(1).islower() and len(lowered) > 2 \
                and lowered.endswith(endings):
            first_plain = (word.start(1), word.end(1), lowered)
        cursor = word.end()
    if first_plain is None:
        return None
    start, end, lowered = first_plain
    slug = re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or "items"
    return start, end, {"base": slug, "unit": "count", "known": False}


def _skip_spaces(text: str, at: int) -> int:
    """Where the text after ``at`` starts once its white space is skipped."""
    return _SPACES.match(text, at).end()  # type: ignore[union-attr]


def _noun_before(text: str, at: int, table: LanguageTable
                 ) -> tuple[int, int, Mapping[str, Any]] | None:
    """A table noun shortly before the figure: "vittime nordcoreane, stimate intorno a 1.100"."""
    window_start = max(0, at - 60)
    matches = list(table.noun_pattern.finditer(text, window_start, at))
    if not matches:
        return None
    match = matches[-1]
    return match.start(), match.end(), table.nouns[match.group(0).lower()]


def _nationality(text: str, number_end: int, noun_start: int, noun_end: int,
                 table: LanguageTable) -> str | None:
    between = text[number_end:noun_start] if number_end <= noun_start else ""
    token = _FIRST_TOKEN.match(text, noun_end)
    window = between + " " + (token.group(1) if token else "")
    return table.nationalities.find(window)


def _verb_measure(text: str, table: LanguageTable) -> str | None:
    return table.verb_measures.find(text)


# A verb this close before the figure, with no clause mark between, governs it.
_VERB_REACH = 30
_CLAUSE_MARK = re.compile(r"[,;:.!?()]")


def _verb_measure_before(text: str, start: int, table: LanguageTable) -> str | None:
    window = text[max(0, start - _VERB_REACH):start]
    marks = list(_CLAUSE_MARK.finditer(window))
    return table.verb_measures.last(window[marks[-1].end():] if marks else window)


def _place(text: str, at: int, table: LanguageTable) -> str | None:
    match = table.place_after.search(text[at:at + 80])
    return match.group(1) if match else None


def _magnitudes(text: str, offset: int, table: LanguageTable,
                found: Sequence[QuantityMention]) -> list[QuantityMention]:
    if table.magnitudes_need_number_word and not table.number_word_hint.search(text):
        return []
    if not table.may_hold_magnitude(text):
        return []
    out = []
    taken: list[tuple[int, int]] = [(m.start - offset, m.end - offset) for m in found]
    for pattern, magnitude in table.magnitudes:
        for match in pattern.finditer(text):
            if _inside(match.start(), match.end(), taken):
                continue
            link = table.magnitude_link_pattern.match(text[match.end():])
            if not link or _DIGIT_BEFORE.search(text[:match.start()]):
                continue
            mention = _build(text, offset, table, match.start(),
                             NumberMention(match.start(), match.end() + link.end(), 0,
                                           match.group(0)),
                             "magnitude", {"magnitude": magnitude})
            if mention is not None:
                mention.quantity.pop("value", None)
                out.append(mention)
                taken.append((match.start(), mention.end - offset))
    return out
