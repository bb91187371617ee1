"""Numbers as written in the article's locale: digits ("10.000" in Italian is ten thousand,
"10,000" in English), glued or spelled multipliers ("7mila", "1,5 milioni", "$40 billion") and
number words ("diecimila", "twelve thousand", parsed by text2num)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from checker.extract.tables import LanguageTable


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    value: float
    written: str
    spelled: bool = False
    factor: float = 1.0
    qualifier: str | None = None  # "una trentina": the word itself says "about"


@lru_cache(maxsize=16)
def _digits(decimal: str, group: str) -> re.Pattern[str]:
    d, g = re.escape(decimal), re.escape(group)
    # A digit first, then what may not stand before it ("3.5" is not "5"; "A-5" is a name):
    # starting with a digit lets ``re`` skip every other character at C speed.
    return re.compile(
        rf"(?P<num>\d(?<![\w.,/:]\d)(?<![^\W\d]-\d)"
        rf"(?:\d{{0,2}}(?:{g}\d{{3}})+(?:{d}\d+)?|\d*(?:{d}\d+)?))"
        r"(?P<glued>[a-zA-Z]+)?(?![\w/:]|[.,]\d)"
    )


def parse_digits(written: str, table: LanguageTable) -> float:
    """``written`` digits read with the table's separators: "1.100" is 1100 in Italian."""
    plain = written.replace(table["group"], "").replace(table["decimal"], ".")
    return float(plain)


_NEXT_LETTERS = re.compile(r"\s?([A-Za-zà-ÿ]+)")


def _multiplier(text: str, at: int, table: LanguageTable) -> tuple[float, int]:
    """A multiplier word right after a number ("milioni", "billion"): its factor and end."""
    match = _NEXT_LETTERS.match(text, at)
    if match:
        factor = table.multipliers.get(match.group(1).lower())
        if factor is not None and len(match.group(1)) > 1:
            return factor, match.end()
    return 1.0, at


def find_numbers(text: str, table: LanguageTable) -> list[NumberMention]:
    """Every number in ``text``, in order, as the value it denotes."""
    found: list[NumberMention] = []
    for match in _digits(table["decimal"], table["group"]).finditer(text):
        value = parse_digits(match.group("num"), table)
        end = match.end("num")
        glued = match.group("glued")
        if glued:
            factor = table.multipliers.get(glued.lower())
            if factor is None and not table.glued_unit(glued):
                continue  # "A330", "3rd", "10am": not a count
            if factor is not None:
                value, end = value * factor, match.end()
            else:
                factor = 1.0  # "500km", "60GB": the unit follows, read with the figure
        else:
            factor, end = _multiplier(text, end, table)
            value *= factor
        found.append(
            NumberMention(match.start(), end, value, text[match.start():end], factor=factor)
        )
    if table.number_word_hint.search(text):  # round-number nouns are among its words too
        found.extend(_spelled(text, table))
        found.extend(_round_counts(text, table))
    found.sort(key=lambda n: n.start)
    return found


def _round_counts(text: str, table: LanguageTable) -> list[NumberMention]:
    """"una trentina di persone" (about 30), "a dozen people" (12)."""
    pattern, counts = table.round_counts
    found = []
    for match in pattern.finditer(text):
        value, qualifier = counts[match.group("word").lower()]
        found.append(NumberMention(match.start(), match.end(), value, match.group(0), True,
                                   qualifier=qualifier))
    return found


_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")


def _spelled(text: str, table: LanguageTable) -> list[NumberMention]:
    exclude = table.word_set("number_word_exclude")
    standalone = table.word_set("number_word_standalone")
    joiners = table.word_set("number_word_joiners")
    run: list[re.Match[str]] = []
    found: list[NumberMention] = []

    def read(words: list[re.Match[str]]) -> bool:
        while words and words[-1].group(0).lower() in joiners:
            words.pop()
        while words:
            start, end = words[0].start(), words[-1].end()
            written = text[start:end]
            lowered = written.lower()
            single = len(words) == 1
            value = _words_value(_unhyphenated(lowered, table), table.code)
            if single and lowered in exclude and lowered not in standalone \
                    and not ((value or 0) >= 2 and _before_a_plural(text, end, table)):
                return False
            if value is not None and value > 0:
                factor, end2 = _multiplier(text, end, table)
                found.append(NumberMention(start, end2, value * factor,
                                           text[start:end2], True, factor))
                return True
            words.pop(0)  # "a tre classi": the preposition is not part of the number
        return False

    def flush() -> None:
        # "otto A330": the model's letter read as a word is not part of the number either
        for last in range(len(run), 0, -1):
            if read(run[:last]):
                break
        run.clear()

    known = table.number_word_cache
    for word in _WORD.finditer(text):
        lowered = word.group(0).lower()
        number = known.get(lowered)
        if number is None:
            number = table.is_number_word(lowered)
        if number or (run and lowered in joiners):
            if run and text[run[-1].end():word.start()].strip(" -"):
                flush()
            run.append(word)
        elif run:  # an empty run has nothing to flush
            flush()
    flush()
    return found


_NEXT = re.compile(r"\s+([A-Za-zÀ-ÿ]+)")


def _before_a_plural(text: str, end: int, table: LanguageTable) -> bool:
    """"sei nuovi aerei", "sei compagnie": a number that is also a verb ("sei" is "you are")
    counts when a plural noun or "new", "other" follows it."""
    following = _NEXT.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    fillers = table.word_set("noun_fillers") - table.word_set("of_words")
    if word.lower() in fillers:
        return True
    return (word.islower() and len(word) > 2 and word not in table.stopwords
            and word.endswith(table.plural_endings))


def _unhyphenated(words: str, table: LanguageTable) -> str:
    """"twenty-five" as text2num reads it: the table says which marks join number words."""
    for mark in table.get("number_word_separators", []):
        words = words.replace(mark, " ")
    return words


@lru_cache(maxsize=4096)
def _words_value(words: str, language: str) -> float | None:
    try:
        return float(text2num(words, language))
    except (ValueError, IndexError, KeyError):
        return None
