"""The checks every fact sheet the project writes passes: the JSON Schema shipped in
``generator/data/`` and what a schema cannot say (offsets inside the body, references to ids
that exist)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import fastjsonschema

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "factsheet.schema.json"


class FactSheetError(Exception):
    """A fact sheet that breaks the contract; the message names the sheet and the field."""


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


# The schema's keywords (type, properties, required, items, enum, const, pattern, minimum,
# minItems, maxItems, minLength, oneOf) mean the same in JSON Schema draft 7, which fastjsonschema
# compiles, as in the 2020-12 draft the file names; tests/model/test_schema.py keeps it so.
# fastjsonschema compiles the schema to Python code, many times faster than an interpreter of it.
SCHEMA_KEYWORDS = {"$schema", "$id", "title", "description", "type", "properties", "required", "items",
                   "enum", "const", "pattern", "minimum", "minItems", "maxItems", "minLength", "oneOf"}


@lru_cache(maxsize=1)
def _validator():
    return fastjsonschema.compile(schema(), use_default=False)


def validate(sheet: dict, name: str | None = None) -> None:
    """Raise FactSheetError naming the first broken rule; return None when the sheet is valid."""
    label = name or sheet.get("id", "?") if isinstance(sheet, dict) else name or "?"
    try:
        _validator()(sheet)
    except fastjsonschema.JsonSchemaValueException as err:
        where = "/".join(err.path[1:]) or "(top)"  # path[0] is fastjsonschema's name for the sheet
        message = err.message[len(err.name):].strip() if err.message.startswith(err.name) else err.message
        raise FactSheetError(f"{label}: {where}: {message[:200]}") from None
    problem = _reference_problem(sheet)
    if problem:
        raise FactSheetError(f"{label}: {problem}")


def _spans(sheet: dict):
    """Every [start, end] the sheet holds, with where it stands."""
    for i, actor in enumerate(sheet["actors"]):
        for j, span in enumerate(actor["mentions"]):
            yield f"actors/{i}/mentions/{j}", span
    for i, quote in enumerate(sheet["quotes"]):
        yield f"quotes/{i}", [quote["start"], quote["end"]]
        if quote["speaker_mention"]:
            yield f"quotes/{i}/speaker_mention", quote["speaker_mention"]
    for i, pos in enumerate(sheet["positions"]):
        if isinstance(pos["evidence"], list):
            yield f"positions/{i}/evidence", pos["evidence"]
    for key in ("events", "figures"):
        for i, item in enumerate(sheet[key]):
            yield f"{key}/{i}/evidence", item["evidence"]


def _reference_problem(sheet: dict) -> str | None:
    size = len(sheet["article"]["body"])
    for where, (start, end) in _spans(sheet):
        if not 0 <= start <= end <= size:
            return f"{where}: offsets [{start}, {end}] outside the body ({size} characters)"
    actor_ids = {a["id"] for a in sheet["actors"]}
    quote_ids = {q["id"] for q in sheet["quotes"]}
    source_ids = {s["id"] for s in sheet["sources"]}
    for kind, ids in (("actors", actor_ids), ("quotes", quote_ids), ("sources", source_ids)):
        if len(ids) != len(sheet[kind]):
            return f"{kind}: two entries share an id"
    refs = [(f"quotes/{i}/speakers", s, actor_ids) for i, q in enumerate(sheet["quotes"]) for s in q["speakers"]]
    refs += [(f"quotes/{i}/via", q["via"], source_ids) for i, q in enumerate(sheet["quotes"]) if q["via"]]
    refs += [(f"positions/{i}/actor", p["actor"], actor_ids) for i, p in enumerate(sheet["positions"])]
    refs += [(f"positions/{i}/evidence", p["evidence"], quote_ids) for i, p in enumerate(sheet["positions"])
             if isinstance(p["evidence"], str)]
    refs += [(f"sources/{i}/cited_for", q, quote_ids) for i, s in enumerate(sheet["sources"]) for q in s["cited_for"]]
    refs += [(f"events/{i}/actors", a, actor_ids) for i, e in enumerate(sheet["events"]) for a in e["actors"]]
    refs += [(f"figures/{i}/actor", f["actor"], actor_ids) for i, f in enumerate(sheet["figures"]) if f["actor"]]
    refs += [(f"actors/{i}/affiliation", a["affiliation"], actor_ids) for i, a in enumerate(sheet["actors"])
             if a["affiliation"]]
    refs += [(f"actors/{i}/roles", r["of"], actor_ids) for i, a in enumerate(sheet["actors"])
             for r in a["roles"] if r["of"]]
    for where, ref, known in refs:
        if ref not in known:
            return f"{where}: {ref!r} is not an id in this sheet"
    return None
