"""Step 1 of finding actors: the gazetteer's names (states, organisations, media; demonyms and
capitals standing for their state), as the entity ruler marked them."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import gazetteer
from generator.extract.actors.spans import clean_span
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import LOCATIVE


def _is_place_use(ent: Span) -> bool:
    """'protests in Tehran', 'the Baghdad airport': a capital as a place, not standing for its state."""
    root = ent.root
    if root.dep_ == "compound":
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _inside_a_place_name(span: Span) -> bool:
    """'New Mexico', 'Papua New Guinea' read as 'Guinea', 'Georgia' of 'South Georgia': a state's name
    inside a longer place name with a capitalised word before it is that place, not the state."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and before.is_alpha and \
        f"{before.text} {span.text}" in gazetteer.place_names() and f"{before.text} {span.text}" not in gazetteer.lookup()


def add_gazetteer_actors(table: ActorTable, doc: Doc) -> None:
    known = gazetteer.by_id()
    surfaces = gazetteer.lookup()
    skip = table.parsed.furniture
    for ent in table.parsed.entities:
        entry = known.get(ent.ent_id_)
        if entry is None or ent.start in skip:
            continue
        span = clean_span(ent)
        if not len(span) or _inside_a_place_name(span):
            continue
        how = surfaces.get(span.text, (entry, "name"))[1]
        if how == "capital" and _is_place_use(ent):
            continue
        if how == "plural":  # "Iranians": the people, a group belonging to the state
            gid = table.add(span, "group", key=gazetteer.slug(span.text), name=span.text)
            table.known(entry.id, entry.name, entry.kind, via=span.text)
            table.set_affiliation(gid, entry.id)
            table.add_member(gid, entry.id)
            continue
        modifier = how == "demonym" or ent.root.dep_ in ("poss", "compound", "amod")
        table.add(span, entry.kind, key=entry.id, name=entry.name, modifier=modifier)
        if entry.acronym:  # "United Nations" is also "UN", whether or not the body spells it so
            table._clusters[entry.id].surfaces.append(entry.acronym)
