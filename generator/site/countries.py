"""The country of an actor, as ISO 3166 codes: a state's own, else that of the state it holds a
role in or is affiliated to (how ACLED's exports give `iso` and `country` for an event)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry

from generator.extract import gazetteer


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str   # ISO 3166-1 alpha-3 ("IRN")
    iso: int    # ISO 3166-1 numeric (364), ACLED's `iso` column


@lru_cache(maxsize=4096)
def state_country(actor_id: str, name: str) -> Country | None:
    """The country a state actor is: by its id (the gazetteer's ids are the states' slugs), else
    by its name as the press writes it ("U.S.", "Britain"); None for anything else."""
    entry = gazetteer.by_id().get(actor_id)
    if entry is None or entry.kind != "state":
        found = gazetteer.lookup().get(name)
        entry = found[0] if found and found[1] == "name" and found[0].kind == "state" else None
    if entry is None:
        return None
    for candidate in [entry.name, *sorted(entry.names)]:
        try:
            record = pycountry.countries.lookup(candidate)
        except LookupError:
            continue
        return Country(name=entry.name, iso3=record.alpha_3, iso=int(record.numeric))
    return None


def states_of(identities) -> dict[str, Country]:
    """actor id -> country of every state among the site's actors (generator.crisis identities)."""
    found = {i.id: state_country(i.id, i.name) for i in identities if i.kind == "state"}
    return {k: v for k, v in found.items() if v}


def actor_country(actor: dict, affiliation: str | None, states: dict[str, Country]) -> Country | None:
    """The country of an actor (a crisis actor row): its own as a state, else that of the state
    of its latest role, else that of the state it is affiliated to."""
    roles = sorted(actor.get("roles") or [], key=lambda r: r.get("published") or "")
    for candidate in [actor["id"], *[r.get("of") for r in reversed(roles)], affiliation]:
        if candidate in states:
            return states[candidate]
    return None
