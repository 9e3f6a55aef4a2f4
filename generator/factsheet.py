"""The fact sheet: the project's public data contract (schema_version 1), its YAML and its checks.

The dataclasses below are the typed model of ../DESIGN.md's contract; ``to_dict`` keeps the field
order of the contract so written YAML is stable and reviewable. Every sheet the project writes is
checked twice: against the JSON Schema shipped in ``generator/data/`` and for the things a schema
cannot say (offsets inside the body, references to ids that exist).
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import fastjsonschema
import yaml

from generator.readers import RelatedLink

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).parent / "data" / "factsheet.schema.json"


class FactSheetError(Exception):
    """A fact sheet that breaks the contract; the message names the sheet and the field."""


@dataclass
class Role:
    title: str
    of: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    kind: str
    speakers: list[str]
    speaker_mention: list[int] | None
    cue: str | None
    via: str | None
    start: int
    end: int


@dataclass
class Position:
    actor: str
    stance: str
    topic: str
    cue: str | None
    evidence: str | list[int]


@dataclass
class Source:
    id: str
    name: str
    kind: str
    url: str | None = None
    cited_for: list[str] = field(default_factory=list)


@dataclass
class Event:
    id: str
    date: str | None
    when: str | None
    what: str
    actors: list[str]
    evidence: list[int]


@dataclass
class Figure:
    value: float | int
    unit: str | None
    text: str
    actor: str | None
    evidence: list[int]


@dataclass
class ArticleInfo:
    title: str
    lede: str
    published: str | None
    url: str | None
    publisher: str | None
    authors: list[str]
    language: str | None
    source_file: str
    checksum: str
    related: list[RelatedLink]
    body: str
    crisis: str | None = None  # an extra field: the crisis the seed's front matter names


@dataclass
class FactSheet:
    id: str
    article: ArticleInfo
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        data = _plain(self)
        # schema_version leads, as in the contract
        return {"schema_version": data.pop("schema_version"), **data}


def _plain(value):
    """What dataclasses.asdict makes of a sheet, without its deep copy of every string and
    number (immutable, so shared safely): a fifth of the time."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    kind = type(value)
    if kind is list or kind is tuple:
        return kind(map(_plain, value))
    if kind is dict:
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


# --- checks -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


# The schema's keywords (type, properties, required, items, enum, const, pattern, minimum,
# minItems, maxItems, minLength, oneOf) mean the same in JSON Schema draft 7, which fastjsonschema
# compiles, as in the 2020-12 draft the file names; tests/test_factsheet.py keeps it so. Compiled
# to Python code, it checks a sheet in ~3 ms where jsonschema's interpreter took ~20 ms: at
# thousands of fresh sheets that was a tenth of the extraction time.
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


# --- YAML ---------------------------------------------------------------------------------------

# libyaml's C parser and emitter are about ten times faster than PyYAML's Python ones; they read
# and write the same YAML. PyYAML wheels ship libyaml; the Python classes are the fallback.
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR, _INT, _NULL, _BOOL, _MAP, _SEQ = (f"tag:yaml.org,2002:{name}"
                                       for name in ("str", "int", "null", "bool", "map", "seq"))


class _Dumper(_SafeDumper):
    """Block style; long or multi-line text as literal blocks so a reviewer reads it as written.

    A sheet is a tree of dicts, lists, strings, numbers and None: its nodes are made here
    directly, without the representer's per-object alias bookkeeping (a sheet never shares an
    object, and an alias would be refused when read back): a dump takes about a quarter less
    time. The nodes, and so the text, are the ones the stock representer makes. Anything else
    (a float, a date) goes through the stock representer."""

    def represent_data(self, data):
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(_STR, data, style="|" if "\n" in data else None)
        if kind is dict:
            return yaml.MappingNode(_MAP, [
                (self.represent_data(key), self.represent_data(value)) for key, value in data.items()],
                flow_style=False)
        if kind is list:
            # [start, end] pairs stay on one line: `- [12, 30]` reads better than two lines
            flow = len(data) == 2 and all(isinstance(v, int) for v in data)
            return yaml.SequenceNode(_SEQ, [self.represent_data(item) for item in data], flow_style=flow)
        if kind is int:
            return yaml.ScalarNode(_INT, str(data))
        if data is None:
            return yaml.ScalarNode(_NULL, "null")
        if kind is bool:
            return yaml.ScalarNode(_BOOL, "true" if data else "false")
        return super().represent_data(data)

    def resolve(self, kind, value, implicit):
        # The serializer asks twice for every scalar which tag it would be read as, to choose
        # between plain and quoted; keys and short values ("kind", "PERSON", "supports") repeat
        # across every sheet a process writes, so short ones are answered from memory.
        if kind is not yaml.ScalarNode or len(value) > _RESOLVED_MAX_CHARS:
            return super().resolve(kind, value, implicit)
        key = (value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            if len(_RESOLVED) >= _RESOLVED_MAX_ENTRIES:
                _RESOLVED.clear()
            tag = _RESOLVED[key] = super().resolve(kind, value, implicit)
        return tag


_RESOLVED: dict[tuple[str, tuple[bool, bool]], str] = {}  # short scalar, implicit flags -> tag
_RESOLVED_MAX_CHARS, _RESOLVED_MAX_ENTRIES = 24, 50_000


def dump_yaml(sheet: dict) -> str:
    return yaml.dump(sheet, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def load_yaml(text: str, name: str) -> dict:
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as err:
        raise FactSheetError(f"{name}: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise FactSheetError(f"{name}: a fact sheet must be a mapping")
    return data


def write_atomic(path: Path, text: str | bytes, durable: bool = True) -> None:
    """Write text (or bytes) so that a reader sees the old file or the new one, never half of
    either. `durable` also waits until the text is on disk (not worth it for a cache)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
