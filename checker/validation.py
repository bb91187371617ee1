"""Is this document article data? JSON Schema first, then the checks a schema cannot express.

Both passes report :class:`InputProblem` values with a JSON path and a sentence a newcomer
understands; the compiled validator is built once per process (about 1.5 ms per article).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema is imported when a document is first validated: 0.1 s
    from jsonschema import Draft202012Validator, ValidationError

from checker.days import parse_duration, parse_partial_date, parse_published
from checker.units import UnitError, base_unit


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Why an input is not usable, and where: file, line and column, or JSON path."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None

    def describe(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.path:
            where += f" at {self.path}"
        return f"{where}: {self.message}"


@lru_cache(maxsize=1)
def article_schema() -> Mapping[str, Any]:
    text = resources.files("checker").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = article_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@lru_cache(maxsize=1)
def _is_valid() -> Callable[[Any], bool]:
    """The fast yes/no: jsonschema-rs answers in about 0.07 ms where jsonschema takes about
    10 ms for the seed's data. jsonschema stays the authority: it words every error."""
    try:
        import jsonschema_rs
    except ImportError:  # a platform without its wheels: the same answer, slower
        return _validator().is_valid
    return jsonschema_rs.validator_for(dict(article_schema()), validate_formats=True).is_valid


def json_path(parts: Iterator[Any] | Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def schema_errors(document: Any) -> list[tuple[str, str]]:
    """(JSON path, message) for every schema violation, in document order."""
    if _is_valid()(document):
        return []
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    return [(json_path(error.absolute_path), _explain(error)) for error in errors]


def _explain(error: ValidationError) -> str:
    """jsonschema's messages, reworded where they would puzzle a newcomer."""
    match error.validator:
        case "required":
            missing = [name for name in error.validator_value if name not in error.instance]
            return f"missing required field {', '.join(repr(m) for m in missing)}"
        case "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(set(error.instance) - set(allowed))
            return (
                f"unknown field {', '.join(repr(e) for e in extra)}; "
                f"allowed here: {', '.join(allowed)}"
            )
        case "enum":
            options = ", ".join(repr(v) for v in error.validator_value)
            return f"{error.instance!r} is not one of the allowed values: {options}"
        case "const":
            return f"must be {error.validator_value!r}, found {error.instance!r}"
        case "pattern":
            expected = _describe_pattern(error)
            return f"{error.instance!r} does not have the expected form ({expected})"
        case "oneOf" if {"date", "start", "end"} <= set(error.schema.get("properties", {})):
            return "a time needs either 'date', or both 'start' and 'end' (not both forms)"
        case "type":
            return f"{error.instance!r} should be of type {error.validator_value}"
    return error.message


def _describe_pattern(error: ValidationError) -> str:
    defs = article_schema()["$defs"]
    props = article_schema()["properties"]
    words = {
        defs["id"]["pattern"]: "an id of letters, digits and . _ : -",
        defs["partialDate"]["pattern"]: "YYYY, YYYY-MM or YYYY-MM-DD",
        defs["duration"]["pattern"]: "an ISO 8601 duration such as P1M, P30D or P2W",
        props["published"]["pattern"]: "YYYY-MM-DD, or a date-time with an offset",
        props["language"]["pattern"]: "a BCP 47 language tag such as it or en-GB",
    }
    return words.get(error.validator_value, f"pattern {error.validator_value}")


def semantic_errors(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Problems in a schema-valid document that JSON Schema cannot see."""
    found: list[tuple[str, str]] = []
    add = lambda path, message: found.append((path, message))  # noqa: E731

    try:
        parse_published(document["published"])
    except ValueError:
        add("$.published", f"{document['published']!r} is not a real calendar date")

    ids: dict[str, set[str]] = {}
    for kind in ("sources", "claims", "events"):
        seen: set[str] = set()
        for index, item in enumerate(document.get(kind, [])):
            if item["id"] in seen:
                add(f"$.{kind}[{index}].id", f"{kind[:-1]} id {item['id']!r} is used twice")
            seen.add(item["id"])
        ids[kind] = seen

    def refer(path: str, value: str, kind: str) -> None:
        if value not in ids[kind]:
            known = ", ".join(sorted(ids[kind])) or "none"
            add(path, f"refers to {kind[:-1]} {value!r}, which is not defined (known: {known})")

    for index, claim in enumerate(document.get("claims", [])):
        here = f"$.claims[{index}]"
        for position, source in enumerate(claim.get("sources", [])):
            refer(f"{here}.sources[{position}]", source, "sources")
        if "conversion_of" in claim:
            refer(f"{here}.conversion_of", claim["conversion_of"], "claims")
        if "location" in claim:
            found.extend(_location_errors(document, claim, here))
        if "quantity" in claim:
            found.extend(_quantity_errors(claim["quantity"], f"{here}.quantity"))
        if "time" in claim:
            found.extend(_time_errors(claim["time"], f"{here}.time"))
    for index, event in enumerate(document.get("events", [])):
        for position, claim_id in enumerate(event.get("claims", [])):
            refer(f"$.events[{index}].claims[{position}]", claim_id, "claims")
        if "time" in event:
            found.extend(_time_errors(event["time"], f"$.events[{index}].time"))
    for index, relation in enumerate(document.get("relations", [])):
        here = f"$.relations[{index}]"
        refer(f"{here}.from", relation["from"], "events")
        refer(f"{here}.to", relation["to"], "events")
        if relation["from"] == relation["to"]:
            add(here, f"relates event {relation['from']!r} to itself")
        if "claim" in relation:
            refer(f"{here}.claim", relation["claim"], "claims")
        gap = relation.get("gap", {})
        if "min" in gap and "max" in gap:
            low, high = parse_duration(gap["min"]), parse_duration(gap["max"])
            if high.max_days is not None and low.min_days > high.max_days:
                add(f"{here}.gap", f"gap min {gap['min']} is longer than gap max {gap['max']}")
    for key in ("expect", "waivers"):
        for index, entry in enumerate(document.get(key, [])):
            for position, claim_id in enumerate(entry.get("claims", [])):
                refer(f"$.{key}[{index}].claims[{position}]", claim_id, "claims")
            for position, event_id in enumerate(entry.get("events", [])):
                refer(f"$.{key}[{index}].events[{position}]", event_id, "events")
    return found


def _location_errors(document: Mapping[str, Any], claim: Mapping[str, Any], here: str):
    location = claim["location"]
    field = location["field"]
    text = document.get(field)
    if text is None:
        yield f"{here}.location", f"points into the {field}, but the article has no {field}"
        return
    start, end = location["start"], location["end"]
    if not start <= end <= len(text):
        yield (
            f"{here}.location",
            f"offsets {start}..{end} fall outside the {field} ({len(text)} characters)",
        )
    elif text[start:end] != claim["text"]:
        yield (
            f"{here}.text",
            f"text {claim['text']!r} differs from the {field} at {start}..{end}, "
            f"which reads {text[start:end]!r}",
        )


def _quantity_errors(quantity: Mapping[str, Any], here: str):
    try:
        base_unit(quantity["unit"])
    except UnitError:
        yield (
            f"{here}.unit",
            f"unknown unit {quantity['unit']!r}: use a unit such as person, soldier, km, mile, "
            "kg, percent, EUR or USD",
        )
    qualifier = quantity["qualifier"]
    has_value, has_range = "value" in quantity, "low" in quantity or "high" in quantity
    if qualifier == "magnitude":
        if "magnitude" not in quantity:
            yield here, "qualifier 'magnitude' needs a 'magnitude' word such as 'thousands'"
    elif qualifier == "between" or (qualifier == "approximately" and has_range):
        if "low" not in quantity or "high" not in quantity:
            yield here, f"qualifier {qualifier!r} with a range needs both 'low' and 'high'"
        elif quantity["low"] > quantity["high"]:
            yield here, f"low {quantity['low']} is above high {quantity['high']}"
    elif not has_value:
        yield here, f"qualifier {qualifier!r} needs a 'value'"
    if has_value and has_range:
        yield here, "give either 'value' or 'low' and 'high', not both"


def _time_errors(time: Mapping[str, Any], here: str):
    spans = []
    for key in ("date", "start", "end"):
        if key in time:
            try:
                spans.append(parse_partial_date(time[key]))
            except ValueError as exc:
                yield f"{here}.{key}", str(exc)
    if "start" in time and "end" in time and len(spans) == 2 and spans[0].first > spans[1].last:
        yield here, f"start {time['start']} is after end {time['end']}"
