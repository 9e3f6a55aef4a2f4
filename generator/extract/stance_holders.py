"""Holders: whose stance a cue states, and the actors before "said no".

The holder is who the cue is said of: its subject, every conjunct ("Mali and Burkina Faso" ->
each), the states a group speaks for, the speakers of a quote for "I"/"we", the reporter for
"it"/"they". ``stance_frames.holding`` then keeps those of them that hold it themselves.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actors import FIRST_PERSON, SPEAKING_VERBS, ActorTable
from generator.extract.parsed import Parsed
from generator.extract.stance_frames import data
from generator.model.factsheet import Quote


def quote_at(quotes: list[Quote], char: int) -> Quote | None:
    for quote in quotes:
        if quote.start <= char < quote.end:
            return quote
    return None


def _subject(token: Token) -> Token | None:
    seen = set()
    while token.i not in seen:
        seen.add(token.i)
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) and token.head.i != token.i:
            token = token.head  # "calling for the Council to act": the Council is asked, not asking
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.head.i == token.i:
                return child
        if token.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep", "dobj", "attr") and token.head.i != token.i:
            token = token.head
            continue
        break
    return None


def holders_of(cue: Token, actors: ActorTable, quotes: list[Quote]) -> list[str]:
    """Whose stance the cue states; a group that speaks for states brings each of them."""
    subject = _subject(cue)
    if subject is not None and subject.lower_ in FIRST_PERSON:
        quote = quote_at(quotes, cue.idx)
        if quote and quote.speakers:
            return list(quote.speakers)
        verb = subject.head
        while verb.dep_ in ("ccomp", "parataxis", "conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            if verb.lemma_ in SPEAKING_VERBS:
                return actors.agents_of(verb)
        for child in verb.children:  # '"We will not accept it," Maiga said' parsed the other way
            if child.dep_ == "parataxis" and child.lemma_ in SPEAKING_VERBS:
                return actors.agents_of(child)
        return []
    if cue.pos_ == "NOUN":
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        if owner is not None:
            return actors.actors_of_phrase(owner)
        if cue.dep_ in ("dobj", "attr") and cue.head.pos_ in ("VERB", "AUX"):
            doer = _subject(cue.head)
            if doer is not None and doer.pos_ != "PRON" and actors.actor_at_token(doer.i, modifiers=False) is None:
                return []  # "his death prompted calls for vengeance": an event calls for nothing
            return actors.agents_of(cue.head)
        return []
    if subject is None:
        verb = cue
        while any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and verb.head.i != verb.i:
            verb = verb.head  # "calling for the AU to stop X": the caller holds it, not the AU
        return actors.agents_of(verb)
    if subject.ent_type_ == "CARDINAL" or subject.like_num:
        # "Thousands of Chileans protested": the people counted hold it, never the count
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return actors.actors_of_phrase(counted) if counted is not None else []
    found = actors.actors_of_phrase(subject)
    plain = actors.actors_for_span(subject.left_edge.idx, subject.idx + len(subject), expand=False)
    return found + [a for a in plain if a not in found and actors.kind_of(a) != "document"]


def refusals(parsed: Parsed, actors: ActorTable) -> list[tuple[list[str], Token]]:
    """'Goita and Traore said no': the actors named before 'said no' in the same clause."""
    found = []
    refusals = set(data()["refusals"])
    doc = parsed.doc
    for i in parsed.tokens.where_lower(refusals):
        token = doc[i]
        if token.i == 0:
            continue
        verb = doc[token.i - 1]
        if verb.lemma_ not in ("say", "answer", "reply", "vote"):
            continue
        holders = []
        i = verb.i - 1
        while i >= 0 and doc[i].text not in ('"', "\u201c", "\u201d", ".", ";", ":") and \
                not (doc[i].text == "," and not _inside_brackets(doc, i)):
            mentions = actors.mentions_in(doc[i].idx, doc[i].idx + 1)
            for mention in mentions:
                if not mention.modifier and mention.actor not in holders and \
                        actors.kind_of(mention.actor) != "document":
                    holders.insert(0, mention.actor)
            i -= 1
        if holders:
            found.append((holders, token))
    return found


def _inside_brackets(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= max(0, i - 12):
        if doc[j].text == "]":
            return False
        if doc[j].text == "[":
            return True
        j -= 1
    return False
