"""Step 5 of finding actors: roles from appositions ("Diop, Mali's foreign minister,"), the
affiliation of a leader put in or out of power, and of a leader's government."""
from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actors.table import ActorTable
from generator.extract.actors.titles import TitleMatch
from generator.extract.actors.words import DETERMINERS, POWER_VERBS, collectives_data


def add_bare_roles(table: ActorTable, doc: Doc, matches: list[TitleMatch], titled: set[int]) -> None:
    """Titles without a name after them, set off by commas beside a person:
    'Diop, Mali's foreign minister, said' and 'Mali's foreign minister, Diop, said'."""
    for m in matches:
        if m.start in titled or m.counterpart or m.honorific:
            continue
        # before the name: "the head of delegations of both A and B, Mali's Minister ... Maiga"
        if m.end < len(doc) and doc[m.end].text == ",":
            for i in range(m.end + 1, min(len(doc), m.end + 16)):
                if doc[i].text in (",", ".", ";", ":") and i > m.end + 1:
                    break
                if doc[i].is_quote or doc[i].pos_ in ("VERB", "AUX"):
                    # '"... the remarks of the vice president," Okoro said', 'Ada Lund, the mayor,
                    # called Okoro's plan ...': a quote's words, or a title and a name a verb
                    # stands between, are no apposition
                    break
                actor = table.actor_at_token(i)
                if actor and table.kind_of(actor) == "person":
                    if not _possessive_at(table, doc, i, actor):  # "the mayor, Okoro's rival" is not Okoro
                        _give_role(table, actor, m)
                    break
        # after the name: "Abdoulaye Diop, Mali's foreign minister,"; not a title that opens its own
        # clause after a phrase ending in a name: "At a rally in Dorvale, the mayor said ..."
        if _subject_of_next_verb(doc, m):
            continue
        i = m.start - 1
        while i >= 0 and (doc[i].lower_ in DETERMINERS or doc[i].tag_ in ("POS", "PRP$") or
                          (table.actor_at_token(i) and table.kind_of(table.actor_at_token(i)) != "person")):
            i -= 1
        if i >= 1 and doc[i].text == ",":
            actor = table.actor_at_token(i - 1)
            if actor and table.kind_of(actor) == "person":
                _give_role(table, actor, m)


def _possessive_at(table: ActorTable, doc: Doc, i: int, actor: str) -> bool:
    """Whether the mention of `actor` starting at token i ends in a possessive ("Okoro's")."""
    while i + 1 < len(doc) and table.actor_at_token(i + 1) == actor:
        i += 1
    return i + 1 < len(doc) and doc[i + 1].tag_ == "POS"


def _subject_of_next_verb(doc: Doc, m: TitleMatch) -> bool:
    """The title is the subject of the verb right after it, not set off by a closing comma."""
    head = doc[m.end - 1]
    return head.dep_ in {"nsubj", "nsubjpass"} and m.end < len(doc) and doc[m.end].text != "," \
        and head.head.i >= m.end


def _give_role(table: ActorTable, person: str, m: TitleMatch) -> None:
    for actor in m.of or [None]:
        table.add_role(person, m.title, actor)
    if m.of:
        table.set_affiliation(person, m.of[0])


def add_power_affiliations(table: ActorTable, doc: Doc) -> None:
    """'invade Niger and reinstate Bazoum back in power': a leader put in or out of power belongs
    to the state named nearest in the same sentence."""
    for i in table.parsed.tokens.where_lemma(POWER_VERBS):
        token = doc[i]
        if token.lemma_ not in POWER_VERBS or token.pos_ != "VERB":
            continue
        for obj in token.children:
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            person = table.actor_at_token(obj.i)
            if not person or table.kind_of(person) != "person" or table.affiliation_of(person):
                continue
            sent = token.sent
            states = [m for m in table.mentions_in(sent.start_char, sent.end_char)
                      if table.kind_of(m.actor) == "state"]
            if states:
                nearest = min(states, key=lambda m: abs(m.start - obj.idx))
                table.set_affiliation(person, nearest.actor)


def add_leader_government_affiliations(table: ActorTable) -> None:
    """'Okoro's government', 'the Okoro regime': when the article makes Okoro a leader of Varnia
    (a role of Varnia, or 'the Varnian president'), his government is Varnia's, affiliated to
    Varnia as 'the Varnian government' is, not to the man."""
    heads = set(collectives_data()["institution_heads"])
    for body in table.ids():
        leader = table.affiliation_of(body)
        if table.kind_of(body) == "person" or not leader or table.kind_of(leader) != "person" \
                or table.name_of(body).split()[-1].lower() not in heads:
            continue
        state = table.affiliation_of(leader)
        if state and table.kind_of(state) == "state":
            table.set_affiliation(body, state, replace=True)
