"""Articles grouped into crises: a ``crises.yaml`` override, else the seed's ``crisis:`` front
matter, else the actors they share (generator.crisis.clustering)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import yaml

from generator.crisis.clustering import cluster
from generator.crisis.names import is_slug, name_slug
from generator.model.factsheet import ACTING_KINDS
from generator.model.values import items


@dataclass
class Group:
    id: str
    title: str | None  # the user's title; None: made from the crisis's actors (crisis.titles)
    grouped_by: str  # "crises.yaml" | "front matter" | "shared actors"
    sheet_ids: list[str]


class OverrideError(ValueError):
    """A crises.yaml that cannot be used; the message says what is wrong."""


def load_overrides(text: str | None) -> dict[str, dict]:
    """crises.yaml: ``<crisis id>: {title: ..., seeds: [<seed id>, ...]}``; both keys optional."""
    if not text:
        return {}
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        raise OverrideError(f"crises.yaml: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise OverrideError("crises.yaml: must map crisis ids to {title, seeds}")
    out = {}
    for crisis_id, entry in data.items():
        entry = entry or {}
        if not is_slug(str(crisis_id)) or not isinstance(entry, dict):
            raise OverrideError(f"crises.yaml: {crisis_id!r}: ids are slugs mapping to {{title, seeds}}")
        seeds = entry.get("seeds") or []
        if not isinstance(seeds, list):
            raise OverrideError(f"crises.yaml: {crisis_id}: seeds must be a list of seed ids")
        out[str(crisis_id)] = {"title": entry.get("title"), "seeds": [str(s) for s in seeds]}
    return out


def group_articles(sheets: list[dict], overrides: dict[str, dict] | None = None) -> list[Group]:
    """Crises, each with its articles. The user's crises.yaml wins, then the seed's own
    ``crisis:``; the rest cluster by the actors they share, within a window that moves with the
    story. A lone article is a story, not a crisis, unless the user or its front matter says it
    is one."""
    overrides = overrides or {}
    known = {s["id"] for s in sheets}
    groups: dict[str, Group] = {}
    placed: set[str] = set()
    for crisis_id, entry in overrides.items():
        members = [s for s in entry["seeds"] if s in known and s not in placed]
        if members:
            groups[crisis_id] = Group(crisis_id, entry["title"], "crises.yaml", members)
            placed.update(members)
    for sheet in sheets:
        named = (sheet.get("article") or {}).get("crisis")
        if named and sheet["id"] not in placed:
            crisis_id = name_slug(named)
            group = groups.setdefault(crisis_id, Group(crisis_id, None if is_slug(str(named)) else str(named), "front matter", []))
            group.sheet_ids.append(sheet["id"])
            placed.add(sheet["id"])
    for members in cluster([s for s in sheets if s["id"] not in placed]):
        crisis_id = _cluster_id(members, set(groups))
        groups[crisis_id] = Group(crisis_id, None, "shared actors", [s["id"] for s in members])
    for crisis_id, entry in overrides.items():  # a title alone renames whatever crisis has the id
        if crisis_id in groups and entry["title"]:
            groups[crisis_id].title = entry["title"]
    for group in groups.values():
        group.sheet_ids.sort()
    return sorted(groups.values(), key=lambda g: g.id)


def _cluster_id(cluster: list[dict], taken: set[str]) -> str:
    """The two actors most of its articles share: stable as articles arrive."""
    counts = Counter()
    for sheet in cluster:
        for actor in items(sheet, "actors"):
            if actor.get("kind") in ACTING_KINDS:
                counts[actor["id"]] += 1
    top = sorted(counts, key=lambda a: (-counts[a], a))[:2]
    crisis_id = "-".join(top) or "crisis"
    base, n = crisis_id, 1
    while crisis_id in taken:
        n += 1
        crisis_id = f"{base}-{n}"
    return crisis_id

