"""Names of states and international organisations, from maintained data.

States come from pycountry (ISO 3166 names) and countryinfo (common spellings, demonyms,
capitals), topped up by ``data/country_aliases.yaml`` for press usage neither lists ("U.S.").
Organisations come from ``data/organizations.yaml``. The entity ruler is fed from here, and
the actor extractor uses the same tables to tell a state from a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml
from countryinfo import all_countries

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Entry:
    id: str
    name: str
    kind: str  # state | organization | group
    names: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capitals: set[str] = field(default_factory=set)
    acronym: str | None = None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _usable_name(name: str, codes: set[str]) -> bool:
    # ISO codes ("ML", "NER") read as ordinary words or abbreviations in running text
    return bool(name) and name not in codes and not name.isupper() or name in {"UK", "USA", "UAE"}


def _countries() -> list[Entry]:
    extra = yaml.safe_load((DATA / "country_aliases.yaml").read_text(encoding="utf-8")) or {}
    info = {}
    for country in all_countries():
        try:
            record = country.info()
        except Exception:  # a record the package cannot complete is left out, not guessed
            continue
        iso = record.get("ISO") or {}
        if isinstance(iso, dict) and iso.get("alpha2"):
            info[iso["alpha2"]] = record
    entries = []
    for country in pycountry.countries:
        record = info.get(country.alpha_2, {})
        common = getattr(country, "common_name", None) or record.get("name") or country.name
        codes = {country.alpha_2, country.alpha_3}
        names = {common, country.name, getattr(country, "official_name", "")}
        names |= set(record.get("altSpellings") or [])
        names = {n for n in names if _usable_name(n, codes) and "," not in n}
        more = extra.get(country.alpha_2) or {}
        names |= set(more.get("names") or [])
        demonyms = {d for d in [record.get("demonym")] + list(more.get("demonyms") or []) if d}
        capital = record.get("capital")
        capitals = {c for c in [capital, (capital or "").replace(" D.C.", "")] if c}
        entries.append(Entry(id=slug(common), name=common, kind="state", names=names,
                             demonyms=demonyms, capitals=capitals - names))
    return entries


def _organizations() -> list[Entry]:
    rows = yaml.safe_load((DATA / "organizations.yaml").read_text(encoding="utf-8")) or []
    entries = []
    for row in rows:
        names = {row["name"], *row.get("aliases", [])}
        if row.get("acronym"):
            names.add(row["acronym"])
        entries.append(Entry(id=row["id"], name=row["name"], kind=row.get("kind", "organization"),
                             names=names, acronym=row.get("acronym")))
    return entries


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    return tuple(_countries() + _organizations())


@lru_cache(maxsize=1)
def by_id() -> dict[str, Entry]:
    return {e.id: e for e in entries()}


@lru_cache(maxsize=1)
def lookup() -> dict[str, tuple[Entry, str]]:
    """Surface form -> (entry, how it names it: name | demonym | capital)."""
    table: dict[str, tuple[Entry, str]] = {}
    for entry in entries():
        for capital in entry.capitals:
            table.setdefault(capital, (entry, "capital"))
        for demonym in entry.demonyms:
            table.setdefault(demonym, (entry, "demonym"))
    for entry in entries():  # names win over a demonym or capital spelled the same
        for name in entry.names:
            table[name] = (entry, "name")
    return table


LABELS = {("state", "name"): "GPE", ("state", "capital"): "GPE", ("state", "demonym"): "NORP",
          ("organization", "name"): "ORG", ("group", "name"): "ORG"}


def ruler_patterns() -> list[dict]:
    """Phrase patterns for spaCy's entity_ruler; the pattern id is the entry id."""
    return [{"label": LABELS[(entry.kind, how)], "pattern": surface, "id": entry.id}
            for surface, (entry, how) in sorted(lookup().items())]
