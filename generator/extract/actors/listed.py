"""Which of the actor table's actors a fact sheet lists.

The table holds every actor the stages needed, documents among them: "the statement" or "the
letter" is found so that "the letter said" can go to whoever signed it. A document named only by
a common noun is no actor a reader looks for ("letter" in a list of who is involved), so the
sheet lists it only when a fact names it as an actor: a quote it is the speaker of (no signatory
known), a position, an event, a figure, or another actor's role or affiliation. A document that
is only where a quote comes from is in the sheet's sources, not its actors. A document with a
name of its own ("the Harbour Accord") is always listed. A platform ("wrote on Twitter") is where
words were posted, not who posted them: listed, too, only when a fact names it.
"""
from __future__ import annotations

from generator.extract import gazetteer
from generator.model.factsheet import Actor, Event, Figure, Position, Quote


def listed_actors(actors: list[Actor], quotes: list[Quote], positions: list[Position], events: list[Event],
                  figures: list[Figure]) -> list[Actor]:
    used = referenced_ids(actors, quotes, positions, events, figures)
    return [a for a in actors if a.id in used or not _needs_a_fact(a)]


def _needs_a_fact(actor: Actor) -> bool:
    if actor.kind == "document":
        return not has_proper_name(actor.name)
    entry = gazetteer.by_id().get(actor.id)
    return actor.kind == "media" and entry is not None and entry.platform


def referenced_ids(actors, quotes, positions, events, figures) -> set[str]:
    used = {s for q in quotes for s in q.speakers}
    used |= {p.actor for p in positions} | {a for e in events for a in e.actors}
    used |= {f.actor for f in figures if f.actor}
    used |= {r.of for a in actors for r in a.roles if r.of} | {a.affiliation for a in actors if a.affiliation}
    return used


def has_proper_name(name: str) -> bool:
    """A capitalised word names the document itself ("Harbour Accord", "Resolution 2334")."""
    return any(word[:1].isupper() for word in name.split())
