"""Compiles a language table's templates into regular expressions.

A template such as ``"{part} (?:di )?{month}"`` is a regular expression with slots. Each slot
becomes a named group matching the table's words for it (longest first); a space matches any
run of white space, or nothing right after an elision ("nell'ottobre", "quest'anno"). One
combined pattern finds where an expression may start; the single templates are then tried
there and the longest reading wins, so table order only breaks ties.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker.timex.tables import load_table

_APOSTROPHE = "['’]"
_GAP = r"(?:\s+|(?<=['’]))"
_QUOTES = re.compile("['’]")
_SLOT = re.compile(r"\{(\w+)\}")
_BEFORE = r"(?<![\w$€£#])"
_AFTER = r"(?![\w])(?![.,:]\d)"

# Slots that are shapes of digits rather than words of a language.
_DIGIT_SLOTS = {
    "year": r"(?:1[5-9]\d\d|20\d\d)",
    "year_any": r"(?:\d{4}|\d{2})",
    "month_number": r"(?:1[0-2]|0?[1-9])",
    "day_number": r"(?:[12]\d|3[01]|0?[1-9])",
    "hour": r"(?:2[0-3]|[01]?\d)",
    "minute": r"(?:[0-5]\d)",
    "decade_year": r"(?:(?:1[5-9]|20)\d0|['’]\d0)",
}

# Slot name -> table key holding its words (a mapping or a list).
_WORD_SLOTS = {
    "month": "months",
    "weekday": "weekdays",
    "relative": "relative",
    "part": "parts",
    "deictic": "deictic_days",
    "time_of_day": "times_of_day",
    "ref": "refs",
    "season": "seasons",
    "quarter": "quarters",
    "ago": "ago",
    "direction": "directions",
    "shortly": "shortly",
    "set": "sets",
    "per": "per",
    "zone": "zones",
    "meridiem": "meridiem",
    "vague": "vague_numbers",
    "decade_word": "decade_words",
    "unit": "units",
    "adjective_unit": "adjective_units",
}


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of phrases, longest first, with flexible spaces and apostrophes."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"
    parts = []
    for word in ordered:
        escaped = re.escape(word.lower())
        escaped = _QUOTES.sub(_APOSTROPHE, escaped.replace(r"\ ", r"\s+"))
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def _number_pattern(table: Mapping[str, Any]) -> str:
    separator = re.escape(table.get("decimal_separator", "."))
    digits = rf"\d{{1,4}}(?:{separator}\d+)?"
    words = words_pattern(table["numbers"])
    compound = table.get("number_compound") or {}
    tens = [w for w, v in table["numbers"].items() if v in set(compound.get("tens", []))]
    units = [w for w, v in table["numbers"].items() if isinstance(v, int) and 1 <= v <= 9]
    alternatives = [digits]
    if tens and units:
        joiner = re.escape(compound.get("joiner", ""))
        alternatives.append(f"{words_pattern(tens)}{joiner}{words_pattern(units)}")
    alternatives.append(words)
    return "(?:" + "|".join(alternatives) + ")"


def _day_pattern(table: Mapping[str, Any]) -> str:
    suffixes = words_pattern(table.get("day_suffixes", []))
    digits = rf"(?:[12]\d|3[01]|0?[1-9])(?:{suffixes})?"
    words = table.get("day_words") or {}
    return f"(?:{digits}|{words_pattern(words)})" if words else digits


def _half_pattern(table: Mapping[str, Any]) -> str:
    return rf"\s+{words_pattern(table.get('half', []))}"


def slot_patterns(table: Mapping[str, Any]) -> dict[str, str]:
    slots = dict(_DIGIT_SLOTS)
    for slot, key in _WORD_SLOTS.items():
        slots[slot] = words_pattern(table.get(key) or ())
    slots["number"] = _number_pattern(table)
    slots["day"] = _day_pattern(table)
    slots["half"] = _half_pattern(table)
    return slots


def _template_regex(template: str, slots: Mapping[str, str], named: bool) -> str:
    body = _QUOTES.sub(_APOSTROPHE, template).replace(" ", _GAP)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in slots:
            raise ValueError(f"unknown slot {{{name}}} in time template {template!r}")
        return f"(?P<{name}>{slots[name]})" if named else f"(?:{slots[name]})"

    return _SLOT.sub(fill, body)


@dataclass(frozen=True, slots=True)
class Template:
    kind: str
    source: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Grammar:
    language: str
    candidates: re.Pattern[str]
    templates: tuple[Template, ...]
    prepositions: re.Pattern[str]
    future_cues: re.Pattern[str]


@cache
def grammar_for(language: str) -> Grammar:
    """The compiled grammar for a language, built once per process."""
    table = load_table(language)
    slots = slot_patterns(table)
    flags = re.IGNORECASE
    templates = []
    branches = []
    for entry in table["templates"]:
        named = _template_regex(entry["pattern"], slots, named=True)
        templates.append(
            Template(entry["kind"], entry["pattern"], re.compile(_BEFORE + named + _AFTER, flags))
        )
        branches.append(_template_regex(entry["pattern"], slots, named=False))
    candidates = re.compile(_BEFORE + "(?:" + "|".join(branches) + ")" + _AFTER, flags)
    preposition_words = words_pattern(table.get("prepositions", []))
    prepositions = re.compile(
        r"(?:^|(?<=[^\w'’]))(" + preposition_words + r")(?:\s+|(?<=['’]))$", flags
    )
    future_cues = re.compile(
        r"(?<!\w)" + words_pattern(table.get("future_cues", [])) + r"(?!\w)", flags
    )
    return Grammar(language, candidates, tuple(templates), prepositions, future_cues)
