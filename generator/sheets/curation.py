"""Curation: an analyst's corrections to a machine-made fact sheet, kept in a file of their own.

The file sits beside the seed: ``seeds/<seed file stem>.curation.yaml`` (for
``seeds/harbour-talks.txt`` it is ``seeds/harbour-talks.curation.yaml``). The fact sheet is still
extracted from the seed; the corrections are applied on top each time, so re-extracting never
loses them, and the sheet says what was corrected by hand (``curated:``). Every section is
optional; ids are the ones in the fact sheet (``facts/<id>.yaml``).

```yaml
merge:                      # these two actors are one: alias id -> target id. Mentions, aliases,
  haque: karim-haque        # roles, quote speakers, positions, events and figures move to the target
rename:                     # actor id -> the right name (the old name is kept as an alias)
  wfp: World Food Programme
actors:                     # actor id -> fields to set: kind, roles, affiliation
  wfp: {kind: organization}
  ingrid-solberg:
    roles: [{title: Fisheries Minister, of: norway}]
    affiliation: norway
speakers:                   # quote id -> who really spoke (actor ids)
  q3: [ingrid-solberg]
drop_quotes: [q7]           # not quotes at all; positions resting on them and sources citing only
                            # them go too
add_positions:              # evidence: a quote id, or words of the article, or [start, end]
  - {actor: norway, stance: opposes, topic: the quota cut, evidence: q2}
  - {actor: chile, stance: supports, topic: UN mediation, evidence: "welcomed the offer"}
event_dates:                # event id -> YYYY-MM-DD, or null when the article gives no date
  ev-talks-collapse: 2024-05-06
add_events:                 # id optional; evidence as for positions (a quote id stands for
  - what: Talks in Geneva   # the quote's span)
    date: 2024-06-10
    when: next month
    actors: [united-nations]
    evidence: "host a new round of talks in Geneva"
```

Corrections are applied in the order of the sections above. One whose target is no longer in the
sheet (a quote that re-extraction no longer finds, say) is skipped and reported as a problem line;
the rest still apply. The file is plain YAML: no anchors, aliases or tags.

API: ``curation_path``, ``is_curation_file``, ``load_curation`` (CurationError, one line naming
the file and the field), ``apply_curation`` (a new sheet and the problem lines) and
``curation_checksum`` (so a build redoes a sheet when its curation changes).
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.formats import safe_yaml

SUFFIX = ".curation.yaml"
MAX_CURATION_BYTES = 1024 * 1024
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")  # the fact sheet's id pattern
KINDS = ("person", "state", "organization", "group", "media", "document", "other")
STANCES = ("supports", "opposes", "neutral")
SECTIONS = ("merge", "rename", "actors", "speakers", "drop_quotes", "add_positions",
            "event_dates", "add_events")


class CurationError(Exception):
    """A curation file that cannot be used; one line naming the file and the field."""


@dataclass
class Curation:
    name: str  # the file's name, for messages
    merge: dict[str, str] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    actors: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, list[str]] = field(default_factory=dict)
    drop_quotes: list[str] = field(default_factory=list)
    add_positions: list[dict] = field(default_factory=list)
    event_dates: dict[str, str | None] = field(default_factory=dict)
    add_events: list[dict] = field(default_factory=list)


# --- the file -----------------------------------------------------------------------------------

def curation_path(seed_path: Path) -> Path:
    return Path(seed_path).with_name(Path(seed_path).stem + SUFFIX)


def is_curation_file(path: Path) -> bool:
    return Path(path).name.lower().endswith(SUFFIX)


def curation_checksum(path: Path) -> str | None:
    """sha256 of the curation file, None when there is none."""
    try:
        return "sha256:" + hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError):
        return None


def load_curation(path: Path) -> Curation:
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CurationError(f"{name}: cannot be read ({err.strerror or err})") from None
    if len(data) > MAX_CURATION_BYTES:
        raise CurationError(f"{name}: the file is over the {MAX_CURATION_BYTES // 1024} KiB limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CurationError(f"{name}: not UTF-8 text (byte {err.start})") from None
    try:
        raw = safe_yaml.load(text)
    except safe_yaml.YAMLRefused as err:
        raise CurationError(f"{name}: {err}") from None
    return parse_curation(raw or {}, name)


def parse_curation(raw, name: str) -> Curation:
    """Check the YAML data of a curation file against its format."""
    check = _Checker(name)
    if not isinstance(raw, dict):
        check.fail("(top)", "must be a mapping of sections", raw)
    for key in raw:
        if key not in SECTIONS:
            check.fail(str(key), f"is not a section; use {', '.join(SECTIONS)}")
    return Curation(
        name=name,
        merge=check.mapping(raw, "merge", check.ident),
        rename=check.mapping(raw, "rename", check.text),
        actors=check.mapping(raw, "actors", check.actor_fields),
        speakers=check.mapping(raw, "speakers", check.ident_list),
        drop_quotes=check.ident_list(raw.get("drop_quotes") or [], "drop_quotes"),
        add_positions=check.items(raw, "add_positions", check.position),
        event_dates=check.mapping(raw, "event_dates", check.date),
        add_events=check.items(raw, "add_events", check.event))


class _Checker:
    """Type checks that raise CurationError naming the file and the field."""

    def __init__(self, name: str):
        self.name = name

    def fail(self, where: str, problem: str, value=None):
        shown = f", not {type(value).__name__}" if value is not None and "must" in problem else ""
        raise CurationError(f"{self.name}: '{where}' {problem}{shown}")

    def mapping(self, raw: dict, section: str, check_value) -> dict:
        value = raw.get(section) or {}
        if not isinstance(value, dict):
            self.fail(section, "must be a mapping of id: value", value)
        return {self.ident(key, f"{section}/{key}"): check_value(item, f"{section}/{key}")
                for key, item in value.items()}

    def items(self, raw: dict, section: str, check_item) -> list:
        value = raw.get(section) or []
        if not isinstance(value, list):
            self.fail(section, "must be a list", value)
        return [check_item(item, f"{section}/{i}") for i, item in enumerate(value)]

    def ident(self, value, where: str) -> str:
        if not isinstance(value, str) or not ID.match(value):
            self.fail(where, f"must be an id from the fact sheet, not {str(value)[:40]!r}")
        return value

    def ident_list(self, value, where: str) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.fail(where, "must be a list of ids", value)
        return [self.ident(v, f"{where}/{i}") for i, v in enumerate(value)]

    def text(self, value, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be non-empty text", value)
        return " ".join(value.split())

    def date(self, value, where: str) -> str | None:
        if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value and value.isoformat()
        try:
            return dt.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(where, f"must be a date YYYY-MM-DD or null, not {str(value)[:40]!r}")

    def fields(self, value, where: str, allowed: tuple, required: tuple = ()) -> dict:
        if not isinstance(value, dict):
            self.fail(where, "must be a mapping", value)
        for key in value:
            if key not in allowed:
                self.fail(f"{where}/{key}", f"is not a field here; use {', '.join(allowed)}")
        for key in required:
            if value.get(key) is None:
                self.fail(f"{where}/{key}", "is missing")
        return value

    def actor_fields(self, value, where: str) -> dict:
        value = self.fields(value, where, ("kind", "roles", "affiliation"))
        out = {}
        if "kind" in value:
            if value["kind"] not in KINDS:
                self.fail(f"{where}/kind", f"must be one of {', '.join(KINDS)}")
            out["kind"] = value["kind"]
        if "roles" in value:
            if not isinstance(value["roles"], list):
                self.fail(f"{where}/roles", "must be a list", value["roles"])
            out["roles"] = [self.role(r, f"{where}/roles/{i}") for i, r in enumerate(value["roles"])]
        if "affiliation" in value:
            out["affiliation"] = None if value["affiliation"] is None else self.ident(value["affiliation"], f"{where}/affiliation")
        return out

    def role(self, value, where: str) -> dict:
        if isinstance(value, str):
            value = {"title": value}
        value = self.fields(value, where, ("title", "of"), required=("title",))
        return {"title": self.text(value["title"], f"{where}/title"),
                "of": None if value.get("of") is None else self.ident(value["of"], f"{where}/of")}

    def evidence(self, value, where: str) -> str | list[int]:
        if isinstance(value, list) and len(value) == 2 and all(type(v) is int and v >= 0 for v in value):
            return list(value)
        if isinstance(value, str) and value.strip():
            return value
        self.fail(where, "must be a quote id, words of the article or [start, end]", value)

    def position(self, value, where: str) -> dict:
        value = self.fields(value, where, ("actor", "stance", "topic", "cue", "evidence"),
                            required=("actor", "stance", "topic", "evidence"))
        if value["stance"] not in STANCES:
            self.fail(f"{where}/stance", f"must be one of {', '.join(STANCES)}")
        return {"actor": self.ident(value["actor"], f"{where}/actor"), "stance": value["stance"],
                "topic": self.text(value["topic"], f"{where}/topic"),
                "cue": None if value.get("cue") is None else self.text(value["cue"], f"{where}/cue"),
                "evidence": self.evidence(value["evidence"], f"{where}/evidence")}

    def event(self, value, where: str) -> dict:
        value = self.fields(value, where, ("id", "what", "date", "when", "actors", "evidence"),
                            required=("what", "evidence"))
        return {"id": None if value.get("id") is None else self.ident(value["id"], f"{where}/id"),
                "what": self.text(value["what"], f"{where}/what"),
                "date": self.date(value.get("date"), f"{where}/date"),
                "when": None if value.get("when") is None else self.text(str(value["when"]), f"{where}/when"),
                "actors": self.ident_list(value.get("actors") or [], f"{where}/actors"),
                "evidence": self.evidence(value["evidence"], f"{where}/evidence")}


# --- applying it --------------------------------------------------------------------------------

def apply_curation(sheet: dict, curation: Curation) -> tuple[dict, list[str]]:
    """A new sheet with the corrections applied, and one problem line per correction skipped."""
    sheet = copy.deepcopy(sheet)
    edit = _Editor(sheet, curation.name)
    for alias, target in curation.merge.items():
        edit.merge(alias, target)
    for actor_id, name in curation.rename.items():
        edit.rename(actor_id, name)
    for actor_id, fields in curation.actors.items():
        edit.set_actor(actor_id, fields)
    for quote_id, speakers in curation.speakers.items():
        edit.set_speakers(quote_id, speakers)
    for quote_id in curation.drop_quotes:
        edit.drop_quote(quote_id)
    for position in curation.add_positions:
        edit.add_position(position)
    for event_id, date in curation.event_dates.items():
        edit.set_event_date(event_id, date)
    for event in curation.add_events:
        edit.add_event(event)
    sheet["curated"] = edit.done
    return sheet, edit.problems


class _Editor:
    """Corrections on one sheet (a copy), recording what was done and what could not be."""

    def __init__(self, sheet: dict, name: str):
        self.sheet, self.name = sheet, name
        self.done: list[dict] = list(sheet.get("curated") or [])
        self.problems: list[str] = []

    # lookups
    def actor(self, actor_id: str) -> dict | None:
        return next((a for a in self.sheet["actors"] if a["id"] == actor_id), None)

    def quote(self, quote_id: str) -> dict | None:
        return next((q for q in self.sheet["quotes"] if q["id"] == quote_id), None)

    def event(self, event_id: str) -> dict | None:
        return next((e for e in self.sheet["events"] if e.get("id") == event_id), None)

    def missing(self, what: str) -> None:
        self.problems.append(f"{self.name}: {what} no longer exists")

    def record(self, what: str, target: str, item: dict | None = None) -> None:
        self.done.append({"what": what, "target": target})
        if item is not None:
            item["curated"] = True

    def unknown_actors(self, ids: list[str], what: str) -> bool:
        unknown = [i for i in ids if self.actor(i) is None]
        for actor_id in unknown:
            self.missing(f"actor {actor_id} ({what})")
        return bool(unknown)

    # corrections
    def merge(self, alias_id: str, target_id: str) -> None:
        if alias_id == target_id:
            return self.problems.append(f"{self.name}: actor {alias_id} cannot be merged into itself")
        alias, target = self.actor(alias_id), self.actor(target_id)
        if alias is None or target is None:
            return self.missing(f"actor {alias_id if alias is None else target_id} to merge")
        target["mentions"] = sorted({tuple(m) for m in target["mentions"] + alias["mentions"]})
        target["mentions"] = [list(m) for m in target["mentions"]]
        names = target["aliases"] + [alias["name"]] + alias["aliases"]
        target["aliases"] = [n for n in dict.fromkeys(names) if n != target["name"]]
        target["roles"] += [r for r in alias["roles"] if r not in target["roles"]]
        target["affiliation"] = target["affiliation"] or alias["affiliation"]
        self.sheet["actors"].remove(alias)
        self.repoint_actor(alias_id, target_id)
        self.record("merged actor", f"{alias_id} -> {target_id}", target)

    def repoint_actor(self, old: str, new: str) -> None:
        swap = lambda ids: list(dict.fromkeys(new if i == old else i for i in ids))  # noqa: E731
        for quote in self.sheet["quotes"]:
            quote["speakers"] = swap(quote["speakers"])
        for event in self.sheet["events"]:
            event["actors"] = swap(event["actors"])
        for item in self.sheet["positions"]:
            item["actor"] = new if item["actor"] == old else item["actor"]
        for item in self.sheet["figures"]:
            item["actor"] = new if item["actor"] == old else item["actor"]
        for actor in self.sheet["actors"]:
            if actor["affiliation"] == old:
                actor["affiliation"] = new if actor["id"] != new else None
            for role in actor["roles"]:
                role["of"] = new if role["of"] == old else role["of"]

    def rename(self, actor_id: str, name: str) -> None:
        actor = self.actor(actor_id)
        if actor is None:
            return self.missing(f"actor {actor_id} to rename")
        if actor["name"] != name:
            actor["aliases"] = [n for n in dict.fromkeys(actor["aliases"] + [actor["name"]]) if n != name]
            actor["name"] = name
        self.record("renamed actor", actor_id, actor)

    def set_actor(self, actor_id: str, fields: dict) -> None:
        actor = self.actor(actor_id)
        if actor is None:
            return self.missing(f"actor {actor_id} to change")
        refs = [fields.get("affiliation")] + [r["of"] for r in fields.get("roles", [])]
        if self.unknown_actors([r for r in refs if r], f"named for {actor_id}"):
            return None
        actor.update(copy.deepcopy(fields))
        self.record("changed actor", f"{actor_id}: {', '.join(fields)}", actor)

    def set_speakers(self, quote_id: str, speakers: list[str]) -> None:
        quote = self.quote(quote_id)
        if quote is None:
            return self.missing(f"quote {quote_id} to fix the speakers of")
        if self.unknown_actors(speakers, f"speaker of quote {quote_id}"):
            return None
        quote["speakers"] = list(dict.fromkeys(speakers))
        self.record("fixed quote speakers", quote_id, quote)

    def drop_quote(self, quote_id: str) -> None:
        quote = self.quote(quote_id)
        if quote is None:
            return self.missing(f"quote {quote_id} to drop")
        self.sheet["quotes"].remove(quote)
        self.sheet["positions"] = [p for p in self.sheet["positions"] if p["evidence"] != quote_id]
        sources = []
        for source in self.sheet["sources"]:
            cited = [q for q in source["cited_for"] if q != quote_id]
            if cited or not source["cited_for"]:  # a source cited only for this quote goes with it
                sources.append({**source, "cited_for": cited})
        self.sheet["sources"] = sources
        self.record("dropped quote", quote_id)

    def evidence_span(self, evidence, where: str) -> list[int] | str | None:
        """A quote id stays one; words of the article become their [start, end]."""
        if isinstance(evidence, list):
            if evidence[0] <= evidence[1] <= len(self.sheet["article"]["body"]):
                return evidence
            self.problems.append(f"{self.name}: evidence {evidence} of {where} is outside the article")
            return None
        if self.quote(evidence) is not None:
            return evidence
        start = self.sheet["article"]["body"].find(evidence)
        if start < 0:
            self.problems.append(f"{self.name}: evidence {evidence[:40]!r} of {where} is neither a "
                                 f"quote id nor words of the article")
            return None
        return [start, start + len(evidence)]

    def add_position(self, position: dict) -> None:
        where = f"the new position of {position['actor']}"
        if self.unknown_actors([position["actor"]], where):
            return None
        evidence = self.evidence_span(position["evidence"], where)
        if evidence is None:
            return None
        item = {**position, "evidence": evidence}
        self.sheet["positions"].append(item)
        self.record("added position", f"{position['actor']} {position['stance']} {position['topic']}", item)

    def set_event_date(self, event_id: str, date: str | None) -> None:
        event = self.event(event_id)
        if event is None:
            return self.missing(f"event {event_id} to date")
        event["date"] = date
        event["date_precision"] = "day" if date else None  # an analyst's date is a day
        self.record("set event date", event_id, event)

    def add_event(self, event: dict) -> None:
        event_id = event["id"] or f"curated-event-{len(self.sheet['events']) + 1}"
        where = f"the new event {event_id}"
        if self.event(event_id) is not None:
            self.problems.append(f"{self.name}: event {event_id} to add is already in the sheet")
            return None
        if self.unknown_actors(event["actors"], where):
            return None
        evidence = self.evidence_span(event["evidence"], where)
        if evidence is None:
            return None
        if isinstance(evidence, str):  # a quote id: the event rests on the quote's span
            quote = self.quote(evidence)
            evidence = [quote["start"], quote["end"]]
        item = {**event, "id": event_id, "evidence": evidence, "date_precision": "day" if event["date"] else None}
        self.sheet["events"].append(item)
        self.record("added event", event_id, item)
