"""How a clause puts its claim: denied, unconfirmed, hedged, or simply asserted; and whether
what it tells is past, ongoing or still to come."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from checker.extract import times
from checker.extract.tables import LanguageTable, LowerPattern, load_table


def stance(text: str, table: LanguageTable) -> str:
    found = {match.lastgroup for match in table.stance_cues.finditer(text)}
    for value in ("denied", "unconfirmed", "hedged"):
        if value in found:
            return value
    return "asserted"


def dated_tense(text: str, table: LanguageTable, first: date, last: date,
                published: date) -> str:
    """The tense of a dated happening: the words' tense, within what its date allows (a
    happening dated wholly before publication is told as past, whatever "would" says; one
    dated after it in a clause that announces plans is what was announced, still to come)."""
    if last < published:
        return "past"
    said, announcing = _told(text, table.code)
    if first > published and (said == "ongoing" or announcing):
        return "future"
    if first > published and said == "past" and times.told_in_past(text, table.code) is False:
        # "Il progetto nasce ... per porre un argine alle perdite del 2008": told in the
        # present, a happening dated after publication is still to come
        return "future"
    return said


@lru_cache(maxsize=64)
def _told(text: str, language: str) -> tuple[str, bool]:
    """The tense of ``text`` and whether it announces plans; cached, as every dated figure of
    one long clause asks about the same words."""
    table = load_table(language)
    return tense(text, table), table.stance_pattern("announcing").search(text) is not None


def tense(text: str, table: LanguageTable) -> str:
    if _cue_in(table.stance_pattern("future"), text) or table.future_form.search(text):
        return "future"
    if _cue_in(table.stance_pattern("ongoing"), text):
        return "ongoing"
    return "past"


def _cue_in(pattern: LowerPattern, text: str) -> bool:
    """A tense cue written as a word, not inside a name cased its own way ("founded NeXT")."""
    return any(not any(c.isupper() for c in text[m.start() + 1:m.end()])
               for m in pattern.finditer(text))
