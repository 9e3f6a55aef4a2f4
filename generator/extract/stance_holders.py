"""Holders: whose stance a cue states, and the actors before "said no".

The holder is who the cue is said of: its subject, every conjunct ("Mali and Burkina Faso" ->
each), the states a group speaks for, the speakers of a quote for "I"/"we", the reporter for
"it"/"they". ``stance_frames.holding`` then keeps those of them that hold it themselves.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from generator.extract import gazetteer
from generator.extract.actors import FIRST_PERSON, SPEAKING_VERBS, ActorTable
from generator.extract.actors.words import PRONOUNS_BY_KIND
from generator.extract.parsed import Parsed
from generator.extract.stance_frames import data, people_noun, words
from generator.model.factsheet import Quote

MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")

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
    holders = _holders(cue, actors, quotes)
    quote = quote_at(quotes, cue.idx)
    pronoun = _pronoun_holder(cue)
    if holders and quote is not None and quote.kind == "direct" and pronoun is not None:
        # '"They want another war," Ruiz said': inside someone's own words, he, she, they or
        # its are others; a pronoun resolved to the speaker is a wrong resolution
        holders = [h for h in holders if h not in quote.speakers]
    return [h for h in holders if not _crowd(actors.name_of(h))]


@lru_cache(maxsize=1)
def _crowd(name: str) -> bool:
    """'Demonstrators', 'people in Lima': a crowd named by a common noun, alone or at a place,
    is nobody who holds a stance ('Pro-Chile protesters' name whom they are)."""
    parts = name.split()
    return parts[0].lower() in words("not_state_voices") and (len(parts) == 1 or parts[1].islower() and len(parts) > 2
                                                  and parts[1] in ("in", "at", "from", "across", "outside"))


def _people_of_state(token: Token) -> bool:
    """'Peruvians opposed to the deal', 'Thousands of Peruvians protested': a people named by
    its plural demonym are people of that country, not its state."""
    return gazetteer.is_people(token.text)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """Participles that are adjective cues ('were committed to', 'is determined to'): no passive."""
    return frozenset(w for ws in data()["adjectives"].values() for w in ws)


def _pronoun_holder(cue: Token) -> Token | None:
    """The third-person pronoun the cue is said of (its subject, or its owner for a noun)."""
    token = _subject(cue) if cue.pos_ != "NOUN" else next((c for c in cue.children if c.dep_ == "poss"), None)
    if token is not None and token.lower_ in PRONOUNS_BY_KIND:
        return token
    return None


def _participle_noun(cue: Token) -> Token | None:
    """'Iraqis opposed to the deal', 'the umbrella defending Chile': the noun a participle cue
    modifies, which is who holds it (the parse may hang the participle on the verb instead
    when no comma parts them); not 'the capacity to deploy troops' (an infinitive)."""
    if cue.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children):
        return None
    if cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head
    before = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if cue.dep_ == "advcl" and cue.tag_ == "VBN" and before is not None and before.pos_ in ("NOUN", "PROPN") \
            and before.i > cue.head.i:
        return before
    return None


def _holders(cue: Token, actors: ActorTable, quotes: list[Quote]) -> list[str]:
    noun = _participle_noun(cue)
    if noun is not None:
        return actors.actors_of_phrase(noun) if actors.actor_at_token(noun.i) and not _people_of_state(noun) else []
    subject = _subject(cue)
    owner = next((c for c in cue.children if c.dep_ == "poss"), None) if cue.pos_ == "NOUN" else None
    if owner is not None and owner.lower_ not in FIRST_PERSON:
        # "we respect your decision to leave", "Chile's call for talks": the owner's, not the
        # speaker's; an addressee ("your") is nobody the article names
        return [] if owner.lower_ in ("your", "yours") else actors.actors_of_phrase(owner)
    if owner is not None:
        subject = owner  # "our call for talks": the speaker's
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == cue.i and \
            cue.lower_ not in _adjectives():
        # "We were promised a decision", "Chile was urged to act": the subject is who the cue is
        # given to; its holder is the agent ("by ..."), if named
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        return actors.actors_of_phrase(obj) if obj is not None else []
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
        return actors.actors_of_phrase(counted) if counted is not None and not _people_of_state(counted) else []
    return [] if _people_of_state(subject) else _subject_holders(subject, actors)


def _subject_holders(subject: Token, actors: ActorTable) -> list[str]:
    """The actors a subject phrase names as holders. When its head word is no actor: the
    person it is ('Senate leader Jo Kalu' is Kalu, not the Senate), or the one its apposition
    names ('The head of a Ruritanian firm, Jo Kalu,'); never an actor that only modifies a thing
    ('Ruritanian stock indexes', 'the head of a Ruritanian firm' are not Ruritania)."""
    found = actors.actors_of_phrase(subject)
    plain = actors.actors_for_span(subject.left_edge.idx, subject.idx + len(subject), expand=False)
    found += [a for a in plain if a not in found and actors.kind_of(a) != "document"]
    if subject.pos_ == "PRON" or actors.actor_at_token(subject.i) is not None:
        return found
    named = _named_beside(subject, actors)
    if named:
        return named
    tokens = [t for t in subject.subtree if t.i <= subject.i or t.dep_ not in ("appos", "relcl", "acl")]
    return [a for a in found if any(actors.actor_at_token(t.i) == a and _names_holder(t, actors)
                                    for t in tokens)]


def _named_beside(subject: Token, actors: ActorTable) -> list[str]:
    """The person of a name whose head word the actor table missed ('Jo Kalu' from 'Kalu' with
    'Jo' its actor), else the actors of its appositions, people first."""
    if subject.ent_type_ == "PERSON":
        people = [actors.actor_at_token(c.i) for c in subject.children
                  if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
        people = [a for a in people if a and actors.kind_of(a) == "person"]
        if people:
            return people[:1]
    appositions, nodes = [], [subject]
    for _ in range(3):  # the head, what it is "of", and their appositions: not deeper in the phrase
        nodes = [g for n in nodes for c in n.children
                 for g in ([c] if c.dep_ == "appos" else
                           [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of"
                           else [])]
        appositions += [actors.actor_at_token(n.i) for n in nodes if n.dep_ == "appos"]
    appositions = [a for a in appositions if a]
    people = [a for a in appositions if actors.kind_of(a) == "person"]
    return (people or appositions)[:1]


def _names_holder(token: Token, actors: ActorTable) -> bool:
    """Whether an actor's word in a subject names a holder: a head of its own, or a modifier of
    people or a body ('Ruritanian officials', 'Ruritania's president'), not of a thing."""
    noun = token
    while noun.dep_ in MODIFIER_DEPS and noun.head.i != noun.i and actors.actor_at_token(noun.head.i) == actors.actor_at_token(token.i):
        noun = noun.head  # the rest of the actor's own name
    if noun.dep_ not in MODIFIER_DEPS:
        return True
    head = noun.head
    if head.lower_ in words("not_state_voices") or head.lemma_.lower() in words("not_state_voices"):
        return False  # "Chile's top cleric condemned it": a religious or civic figure is not the state
    return actors.actor_at_token(head.i) is not None or head.pos_ == "PROPN" or people_noun(head)


def refusals(parsed: Parsed, actors: ActorTable) -> list[tuple[list[str], Token]]:
    """'Goita and Traore said no': the actors named before 'said no' in the same clause."""
    found = []
    refusals = set(data()["refusals"])
    doc = parsed.doc
    for i in parsed.tokens.where_lower(refusals):
        token = doc[i]
        if token.i == 0 or token.dep_ == "det":
            continue  # "said no foreign power should decide": a determiner, no refusal
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
