"""Step 1 of finding actors: the gazetteer's names (states, organisations, media; demonyms and
capitals standing for their state), as the entity ruler marked them."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.words import english_words
from generator.extract.actors.spans import clean_span, name_text
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


def _free_to_join(word: Token) -> bool:
    """Whether a word may be part of a longer name: it has no entity, or is a place or body NER saw
    that the gazetteer does not know ('Lundar' of 'the Lundar Security Council'). A people
    ('Lebanese'), a date, a person or a known state stays an entity of its own."""
    return not word.ent_type_ or word.ent_type_ in ("GPE", "ORG") and not word.ent_id_


def _longer_name_start(span: Span, entry: gazetteer.Entry) -> int | None:
    """'the Lundar Red Cross unit', 'the New Lund think tank': capitalised proper nouns glued
    before a gazetteer name make a longer name, another body than the one the gazetteer knows;
    where it begins, else None. Not a word that is an entity of its own ('Varnian Red Cross',
    'Monday Red Cross', 'the Okoro Security Council'), a word of the entry's own names ('the
    International Red Cross' for a gazetteer entry whose names hold 'International'), a
    sentence's first word or an English verb (the 'Alliance to Protect Varnia' names the
    alliance, not a body called 'Protect Varnia')."""
    doc, start = span.doc, span.start
    own_words = {word for name in entry.names for word in name.split()}
    while start > 0:
        word = doc[start - 1]
        if not (word.tag_ == "NNP" and word.dep_ == "compound" and word.i < word.head.i < span.end
                and word.text[:1].isupper() and _free_to_join(word) and not word.is_sent_start
                and word.text not in own_words and word.lower_ not in english_words("verb")):
            break
        start -= 1
    return start if start < span.start else None


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
        longer = _longer_name_start(span, entry) if how == "name" else None
        if longer is not None:
            # another body named after this one: "the Lundar Red Cross" is a body of its own; a name
            # holding a state's ("Ada Varnia", "the New Varnia institute") is a person's or a
            # body's, left to the steps after this one
            if entry.kind not in ("state", "other"):
                table.add(doc[longer:span.end], entry.kind, name=name_text(doc, longer, span.end))
            continue
        if how == "capital" and (_is_place_use(ent) or entry.id not in named):
            # "invited her to visit Dorvale": the city; a state is named by its own name
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
            table.add_surface(entry.id, entry.acronym)
