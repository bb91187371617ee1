"""Reading article data from files: discovery, parsing, validation, and building the model.

Nothing read is ever dropped: every document becomes a :class:`LoadedArticle`, either with its
:class:`~checker.model.Article` or with the problems that kept it from being checked.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.config import Settings
from checker.days import DayRange, parse_duration, parse_published
from checker.model import (
    Article,
    Claim,
    Event,
    Expectation,
    Location,
    Relation,
    RelationType,
    Section,
    Source,
    Stance,
    Tense,
    Waiver,
)
from checker.normalise import quantity_from, time_from
from checker.validation import InputProblem, schema_errors, semantic_errors

ARTICLE_SUFFIXES = (".article.json", ".jsonl")


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """One input document: where it came from, and the article or why there is none."""

    file: str
    line: int | None
    label: str
    article: Article | None
    problems: tuple[InputProblem, ...] = ()

    @property
    def is_valid(self) -> bool:
        return self.article is not None


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputProblem]]:
    """Article files named by ``paths``: files as given, folders searched, globs expanded."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    for raw in paths:
        text = str(raw)
        if any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            if not matches:
                problems.append(InputProblem(text, "no file matches this pattern"))
            files.extend(m for m in matches if m.is_file())
            continue
        path = Path(text)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if (p.is_file() or p.is_symlink())  # a broken link is reported, not skipped
                and p.name.endswith(ARTICLE_SUFFIXES) and not _hidden(p, path)
            )
            if not found:
                problems.append(
                    InputProblem(text, "this folder holds no *.article.json or *.jsonl file")
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(text, "no such file or folder"))
    unique = list(dict.fromkeys(files))
    return unique, problems


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def load_file(path: Path, settings: Settings) -> Iterator[LoadedArticle]:
    """Every article document in ``path`` (one for a JSON file, one per line for JSON Lines)."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        yield _invalid(name, None, f"is not UTF-8 text (byte {exc.start} cannot be decoded)")
        return
    except OSError as exc:
        yield _invalid(name, None, f"cannot be read: {exc.strerror or exc}")
        return
    if path.suffix == ".jsonl":
        blank = True
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                blank = False
                yield _load_text(line, name, number, settings)
        if blank:
            yield _invalid(name, None, "holds no article: the JSON Lines file is empty")
    else:
        yield _load_text(text, name, None, settings)


def _invalid(
    file: str, line: int | None, message: str, at_line: int | None = None,
    column: int | None = None,
) -> LoadedArticle:
    """An input that holds no usable article; ``line`` is its JSON Lines line, if any."""
    label = f"{file}:{line}" if line else file
    problem = InputProblem(file, message, at_line or line, column)
    return LoadedArticle(file, line, label, None, (problem,))


def _load_text(text: str, file: str, line: int | None, settings: Settings) -> LoadedArticle:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        at_line = line if line is not None else exc.lineno
        return _invalid(file, line, f"is not valid JSON: {exc.msg}", at_line, exc.colno)
    return load_document(document, file, line, settings)


def load_document(
    document: Any, file: str, line: int | None, settings: Settings
) -> LoadedArticle:
    """Validate one parsed document and build its article."""
    label = _label(document, file, line)
    if not isinstance(document, dict):
        return LoadedArticle(
            file, line, label, None,
            (InputProblem(file, "an article must be a JSON object ({...})", line, path="$"),),
        )
    errors = schema_errors(document) or semantic_errors(document)
    if errors:
        problems = tuple(InputProblem(file, message, line, path=path) for path, message in errors)
        return LoadedArticle(file, line, label, None, problems)
    return LoadedArticle(file, line, label, build_article(document, settings))


def _label(document: Any, file: str, line: int | None) -> str:
    if isinstance(document, dict) and isinstance(document.get("id"), str):
        return document["id"]
    return f"{file}:{line}" if line else file


def build_article(document: Mapping[str, Any], settings: Settings) -> Article:
    """The model of a document that passed validation."""
    known = {
        "schema", "id", "language", "published", "title", "body", "url", "outlet", "credits",
        "sources", "claims", "events", "relations", "expect", "waivers", "select",
    }
    return Article(
        id=document["id"],
        language=document["language"],
        published=parse_published(document["published"]),
        published_written=document["published"],
        title=document["title"],
        body=document.get("body"),
        url=document.get("url"),
        outlet=document.get("outlet"),
        credits=tuple(document.get("credits", ())),
        sources=tuple(_source(s) for s in document.get("sources", ())),
        claims=tuple(_claim(c, settings) for c in document.get("claims", ())),
        events=tuple(_event(e) for e in document.get("events", ())),
        relations=tuple(_relation(r) for r in document.get("relations", ())),
        expect=(
            tuple(_expectation(e) for e in document["expect"]) if "expect" in document else None
        ),
        waivers=tuple(_waiver(w) for w in document.get("waivers", ())),
        select=tuple(document["select"]) if "select" in document else None,
        extra={k: v for k, v in document.items() if k not in known},
    )


def _ids(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


def _source(raw: Mapping[str, Any]) -> Source:
    return Source(
        id=raw["id"],
        name=raw["name"],
        kind=raw.get("kind", "unspecified"),
        named=raw.get("named", True),
        aliases=tuple(raw.get("aliases", ())),
    )


def _claim(raw: Mapping[str, Any], settings: Settings) -> Claim:
    location = raw.get("location")
    return Claim(
        id=raw["id"],
        text=raw["text"],
        section=Section(raw.get("section", "body")),
        sources=tuple(raw.get("sources", ())),
        stance=Stance(raw.get("stance", "asserted")),
        about=raw.get("about"),
        quantity=quantity_from(raw["quantity"], settings) if "quantity" in raw else None,
        time=time_from(raw["time"]) if "time" in raw else None,
        conversion_of=raw.get("conversion_of"),
        superseded=raw.get("superseded", False),
        location=Location(**location) if location else None,
        origin=raw.get("origin", "manual"),
        confidence=raw.get("confidence"),
    )


def _event(raw: Mapping[str, Any]) -> Event:
    return Event(
        id=raw["id"],
        label=raw["label"],
        time=time_from(raw["time"]) if "time" in raw else None,
        claims=tuple(raw.get("claims", ())),
        tense=Tense(raw.get("tense", "past")),
    )


def _relation(raw: Mapping[str, Any]) -> Relation:
    gap = raw.get("gap")
    day_range = None
    if gap:
        low = parse_duration(gap["min"]).min_days if "min" in gap else 0
        high = parse_duration(gap["max"]).max_days if "max" in gap else None
        day_range = DayRange(low, high)
    return Relation(
        type=RelationType(raw["type"]),
        source=raw["from"],
        target=raw["to"],
        gap=day_range,
        gap_written=(gap.get("min"), gap.get("max")) if gap else (None, None),
        claim=raw.get("claim"),
    )


def _expectation(raw: Mapping[str, Any]) -> Expectation:
    return Expectation(
        rule=raw["rule"], claims=_ids(raw.get("claims")), events=_ids(raw.get("events"))
    )


def _waiver(raw: Mapping[str, Any]) -> Waiver:
    return Waiver(
        rule=raw["rule"], reason=raw["reason"], by=raw["by"], date=raw["date"],
        claims=_ids(raw.get("claims")),
    )
