"""Actors: who the article is about, one actor per referent, with every mention's offsets.

Named entities (NER corrected by the gazetteer ruler) become mentions; mentions of one referent
are clustered (a surname joins the full name it ends, a gazetteer entry joins all its spellings)
and the fullest name becomes the actor's name.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from generator.extract import gazetteer
from generator.factsheet import Actor

KIND_OF_LABEL = {"PERSON": "person", "GPE": "state", "NORP": "state", "ORG": "organization"}


def _clean(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive: 'the United Nations' -> 'United Nations'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


@dataclass
class _Cluster:
    id: str
    name: str
    kind: str
    surfaces: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


class ActorTable:
    """The actors of one Doc, and the lookup from a mention's characters to its actor."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._clusters: dict[str, _Cluster] = {}
        self._by_char: dict[int, str] = {}

    # -- building
    def add(self, span: Span, kind: str, key: str | None = None, name: str | None = None) -> str:
        """Record span as a mention of the actor `key` (created when new); return its id."""
        key = key or gazetteer.slug(span.text)
        cluster = self._clusters.get(key)
        if cluster is None:
            cluster = self._clusters[key] = _Cluster(id=key, name=name or span.text, kind=kind)
        cluster.surfaces.append(span.text)
        cluster.mentions.append((span.start_char, span.end_char))
        for i in range(span.start_char, span.end_char):
            self._by_char.setdefault(i, key)
        return key

    # -- lookups used by later stages
    def actor_for_span(self, start: int, end: int) -> str | None:
        """The actor with a mention inside [start, end), if any."""
        for i in range(start, end):
            if i in self._by_char:
                return self._by_char[i]
        return None

    def ensure(self, span: Span, kind: str = "other") -> str:
        """The actor this span mentions, adding one for it when none is known."""
        return self.actor_for_span(span.start_char, span.end_char) or self.add(_clean(span) or span, kind)

    def name_of(self, actor_id: str) -> str:
        return self._clusters[actor_id].name

    def kind_of(self, actor_id: str) -> str:
        return self._clusters[actor_id].kind

    def actors(self) -> list[Actor]:
        out = []
        for c in self._clusters.values():
            aliases = sorted({s for s in c.surfaces if s != c.name})
            out.append(Actor(id=c.id, name=c.name, kind=c.kind, aliases=aliases,
                             mentions=[list(m) for m in sorted(set(c.mentions))]))
        return out


def _person_key(table: ActorTable, text: str) -> tuple[str, str]:
    """A surname ('Maiga') joins the person whose full name ends with it; a full name is its own key."""
    for cluster in table._clusters.values():
        if cluster.kind != "person":
            continue
        if cluster.name.split()[-1] == text.split()[-1] and len(cluster.name) >= len(text):
            return cluster.id, cluster.name
    return gazetteer.slug(text), text


def find_actors(doc: Doc) -> ActorTable:
    table = ActorTable(doc)
    known = gazetteer.by_id()
    # full names first, so a later or earlier bare surname finds its full name
    ents = sorted(doc.ents, key=lambda e: -len(e))
    for ent in ents:
        kind = KIND_OF_LABEL.get(ent.label_)
        span = _clean(ent)
        if kind is None or not span.text.strip():
            continue
        entry = known.get(ent.ent_id_)
        if entry:
            table.add(span, entry.kind, key=entry.id, name=entry.name)
        elif kind == "person":
            key, name = _person_key(table, span.text)
            table.add(span, "person", key=key, name=name)
        elif kind == "organization":
            table.add(span, kind)
    return table
