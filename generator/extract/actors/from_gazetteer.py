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


def _longer_name_start(span: Span, entry: gazetteer.Entry) -> int:
    """'the National Security Council' read as 'Security Council', 'Zarvan Hezbollah' as
    'Hezbollah': an organisation's name at the end of a longer capitalised name is another body's,
    when the words before it belong to none of the organisation's own names nor to another name
    the gazetteer knows. Returns where the longer name starts (the span's start when there is none)."""
    if entry.kind == "state":
        return span.start
    own_words = {w.lower() for name in entry.names for w in name.split()}
    doc = span.doc
    start = span.start
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].lower_ not in own_words:
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "to":
        return span.start  # "the Coalition to Defeat Zarvan": a verb capitalised in a name, not a body's
    return start


def _name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.ent_id_ and token.ent_type_ in ("", "ORG") \
        and (token.pos_ == "PROPN" or not token.is_sent_start and token.pos_ in ("ADJ", "NOUN"))


def _names_the_state_itself(table: ActorTable) -> set[str]:
    """Ids of the states the article names by name or demonym, not only by their capital."""
    surfaces = gazetteer.lookup()
    return {ent.ent_id_ for ent in table.parsed.entities
            if ent.ent_id_ and surfaces.get(ent.text, (None, "name"))[1] != "capital"}


def add_gazetteer_actors(table: ActorTable, doc: Doc) -> None:
    known = gazetteer.by_id()
    surfaces = gazetteer.lookup()
    skip = table.parsed.furniture
    named = _names_the_state_itself(table)
    for ent in table.parsed.entities:
        entry = known.get(ent.ent_id_)
        if entry is None or ent.start in skip:
            continue
        span = clean_span(ent)
        if not len(span) or _inside_a_place_name(span):
            continue
        how = surfaces.get(span.text, (entry, "name"))[1]
        if how == "capital" and (_is_place_use(ent) or entry.id not in named):
            continue  # "invited her to visit Dorvale": the city; a state is named by its own name
        start = _longer_name_start(span, entry)
        if start < span.start:
            longer = doc[start:span.end]
            table.add(longer, entry.kind, name=longer.text)
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
