"""Language tables: the words of time expressions, as data (``tables/<language>.json``).

Adding a language is adding a table: the grammar and the resolver read only these keys.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

_REQUIRED = ("language", "months", "weekdays", "numbers", "units", "templates")


def available_languages() -> tuple[str, ...]:
    folder = resources.files("checker.timex").joinpath("tables")
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json")))


@cache
def load_table(language: str) -> MappingProxyType[str, Any]:
    """The table for ``language`` ("it", "en"), read once per process."""
    path = resources.files("checker.timex").joinpath("tables", f"{language}.json")
    if not path.is_file():
        known = ", ".join(available_languages())
        raise ValueError(f"no time-expression table for language {language!r} (known: {known})")
    table = json.loads(path.read_text(encoding="utf-8"))
    missing = [key for key in _REQUIRED if key not in table]
    if missing:
        raise ValueError(f"time-expression table {language!r} lacks {', '.join(missing)}")
    return MappingProxyType(table)
