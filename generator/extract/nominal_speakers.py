"""The speaker a common-noun phrase names when no name heads it: the person or body the noun
heads, not the state or organisation a modifier or an owner names.

"the Varnian official said": an unnamed source, no actor; "Varnia's parliament voted ..., saying": the parliament;
"Varnia's state news agency, VNA, said": VNA; "reports from Ostrava say": nobody named. Asked by
``coref.Mentions`` once its names, descriptions, documents and institutions found no speaker.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from generator.extract.nominals import SPOKES
from generator.extract.speech_words import raw_words, words

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
OWNER_LABELS = {"GPE", "NORP", "ORG"}
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


@dataclass
class Speakers:
    """Who spoke (actor ids), the mention the attribution hangs on, and a speaking document."""
    ids: list[str] = field(default_factory=list)
    mention: tuple[int, int] | None = None
    document: Span | None = None  # "the letter" when a document speaks
    unnamed: bool = False  # "analysts said": someone spoke whom the article does not name


def names_someone(phrase: Span) -> bool:
    """Whether a phrase holds a name ("Varnian lawmakers", "the Acme board"), so that whoever it
    describes can be an actor; "analysts", "its leaders", "others", "the world" name nobody."""
    return any(t.ent_type_ in NAMED_TYPES or t.pos_ == "PROPN" for t in phrase)


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Heads of a body that speaks in its own name: the bodies of a state (own_voice_bodies), the
    media nouns and every sort of body the descriptions know ("company", "union", "agency")."""
    lists = words()
    sorts = {str(h).lower() for heads in raw_words()["nominal_classes"].values() for h in heads}
    return lists["own_voice_bodies"] | lists["media_nouns"] | lists["generic_body_nouns"] | frozenset(sorts)


def is_own_voice_body(token: Token) -> bool:
    """'parliament', 'army', 'court' as a common noun: a state's body that speaks for itself, not
    for the state (unlike 'government' or 'authorities', institution nouns that stand for it); a
    body with a name of its own ("Varnia's Defense Ministry") speaks with its owner, as before."""
    return token.lemma_.lower() in words()["own_voice_bodies"] and token.pos_ == "NOUN" and not token.ent_type_


def nominal_speaker(mentions, token: Token, phrase: Span, mention: tuple[int, int]) -> Speakers:
    """The speaker of a phrase headed by a common noun: a body named for its owner, a person of a
    nationality or body, someone a name owns ("Ruiz's aides"), or the phrase itself."""
    actors, lists = mentions.actors, mentions.words
    head = token.lemma_.lower()
    cleaned = strip_determiners(phrase)
    if not names_someone(cleaned):
        return Speakers([], mention, unnamed=True)  # "analysts said", "its leaders know": no actor
    owned = _owned_body(mentions, token, cleaned)
    if owned:
        return Speakers(owned, mention)
    kind = "group" if token.tag_ in {"NNS", "NNPS"} else ("person" if head in lists["title_nouns"] else "other")
    person_noun = (head in lists["title_nouns"] or head == "source") \
        and token.lower_ not in lists["institution_nouns"]  # "Defence Ministry officials" stand for it
    if head not in lists["institution_nouns"] and nationality_only(token, cleaned, bodies=person_noun):
        # "'...,' says the Varnian official": the official speaks, not the state an adjective
        # names; "a senior Varnia Senate aide said": the aide, not the Senate; "Varnian
        # intelligence findings showed ...": no one the article names. One such person ("a
        # senior Varnian official", "one Lund diplomatic source") is an unnamed source, kept as
        # the quote's speaker mention, not an actor of the sheet; "Varnian officials" as a group
        # and "Varnian television" as an outlet are actors.
        if token.tag_ not in {"NNS", "NNPS"} and person_noun:
            return Speakers([], mention, unnamed=True)
        if head in lists["title_nouns"] | lists["media_nouns"] or head == "source":
            return Speakers([actors.add(cleaned, kind)], mention)
        return Speakers([], mention, unnamed=True)
    if any(c.dep_ in {"compound", "poss"} and (c.ent_type_ == "PERSON" or actors.knows_name(c.text))
           for c in token.children) and token.pos_ == "NOUN" and head not in SPOKES:
        if cleaned[-1].tag_ == "POS":  # "the Ruiz campaign's claims": the campaign
            cleaned = cleaned[:-1]
        return Speakers([actors.add(cleaned, kind)], mention)  # "Ruiz's aides": not Ruiz
    actor = actors.ensure(cleaned, kind)  # None for a place's name: "Tarn Lodge said" is nobody
    return Speakers([actor] if actor else [], mention)


def _owned_body(mentions, token: Token, cleaned: Span) -> list[str]:
    """The body a common noun heads when a state or organisation only owns or modifies it.

    "Varnia's parliament called for ..." and "the Varnian army said" are that parliament and that
    army (affiliated to Varnia), not Varnia; "Varnia's state news agency, VNA, said" and
    "Varnia's VNA news agency said" are VNA, the outlet's own name; a body with a name of its own
    and an owner speaks with the owner ("Varnia's Unification Ministry": both, as for institutions).
    Institutions that stand for their state ("Varnia's government") never come here.
    """
    head = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.ent_type_ or token.tag_ == "NNS" or head not in _body_nouns() \
            or head in mentions.words["institution_nouns"] and not is_own_voice_body(token):
        return []  # "the Ruiz team", "Varnia's government": the institution stands for its owner
    owners = [e for e in (mentions.entity_of(c) for c in token.children
                          if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.ent_type_ in OWNER_LABELS) if e]
    for child in token.children:  # the body's own name: "the agency, VNA," / "the VNA news agency"
        ent = mentions.entity_of(child)
        if child.dep_ in {"appos", "compound"} and ent is not None and ent.label_ == "ORG" and not _a_state(mentions, ent):
            named = mentions.actor_of_name(ent)
            states = [] if head in mentions.words["media_nouns"] or child.dep_ == "appos" else \
                [a for a in (mentions.own_actor(o) for o in owners if o is not ent) if a]
            return [a for a in dict.fromkeys(states + [named]) if a]
    if not owners:
        return []
    body = mentions.actors.add(cleaned, "media" if head in mentions.words["media_nouns"] else "organization")
    owner = mentions.own_actor(owners[0])
    if owner is not None:
        mentions.actors.set_affiliation(body, owner)
    return [body]


def _a_state(mentions, ent: Span) -> bool:
    actor = mentions.own_actor(ent)
    return actor is not None and mentions.actors.kind_of(actor) == "state"


def press_at_large(token: Token, document_nouns: frozenset[str]) -> bool:
    """'Reports say', 'according to reports', 'reports from Ostrava say': documents in the plural
    with no article, number or owner, and no person or body issuing them, are the press at large
    (a place they come from issues nothing): nobody the article names."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in document_nouns or token.ent_type_:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ for c in token.children):
        return False
    issued_by = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                 for p in c.children if p.dep_ == "pobj"]
    return not any(p.ent_type_ in {"PERSON", "ORG", "NORP"} for p in issued_by)


def nationality_only(head: Token, phrase: Span, bodies: bool = False) -> bool:
    """The phrase names a state or body only in a modifier of a common noun: "the Varnian official",
    "Varnian television", "the top Varnian medical journal" (not "Varnia's envoy": an owner; the
    caller keeps "the Varnian government" for the state). With `bodies`, for a person noun, an
    organisation's name too: "a Varnia Senate aide", "one Acme Foods official"."""
    labels = {"NORP", "GPE", "ORG"} if bodies else {"NORP", "GPE"}
    names = [t for t in phrase if t.ent_type_ and t.ent_type_ not in {"CARDINAL", "ORDINAL", "DATE"}]
    return head.pos_ == "NOUN" and not head.ent_type_ and bool(names) and all(
        t.ent_type_ in labels and t.dep_ in {"amod", "compound", "nmod"} and t.head.i != t.i
        and (t.head.i == head.i or t.head.dep_ in {"amod", "compound"}) for t in names)


def is_owner(person: Span, head: Token) -> bool:
    """A person named as the owner of the head: "Okoro's spokesman", "an aide to Ruiz"."""
    root = person.root
    if root.dep_ == "poss" and root.head.i == head.i and head.lemma_.lower() not in {"counterpart"}:
        return True
    return root.dep_ == "pobj" and root.head.head.i == head.i and root.head.lower_ in {"to", "for", "of"}


def strip_determiners(span: Span) -> Span:
    start = span.start
    while start < span.end and span.doc[start].lower_ in DETERMINERS:
        start += 1
    return span.doc[start:span.end]
