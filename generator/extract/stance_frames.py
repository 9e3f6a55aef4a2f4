"""Frames: when a stance cue states nobody's stance, and when a topic is a thing to stand on.

A position needs its holder as the one who holds the attitude: "Chile condemned the strike",
"Chile said it backs the deal". A cue inside someone else's claim about the holder states no
stance of the holder's: "the agency's assessment that Karim ordered the strike", "critics accuse
Chile of ordering it", "Chile denied ordering it", "there is no evidence Chile ordered it",
"Asante said Togo was planning an attack". Nor does a cue that is negated on the way to its
holder, hedged ("could", "might", "reportedly", "appeared to"), a condition ("if Chile were to
back it") or a question. Every word list is general English, in data/stances.yaml.

``holding`` is asked once per cue with the holders the parse gives; it returns those of them
that do hold the cue's stance (often none). ``meaningful`` says whether a topic phrase names an
issue ("sanctions on Togo") or is a fragment or an empty word ("the report", "13 possible ways").
"""
from __future__ import annotations

from functools import lru_cache

import yaml
from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import FIRST_PERSON, SPEAKING_VERBS, ActorTable
from generator.extract.actors.words import collectives_data, roles_data
from generator.model.factsheet import Quote

# the links positions._subject follows from a cue to the verb whose subject holds it
CHAIN_DEPS = ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep", "dobj", "attr", "pobj")
# links above that chain that put a clause inside its head's content ("said that ...",
# "the assessment that ...", "evidence of ..."); a conjoined or adverbial clause is beside it
CONTENT_DEPS = ("ccomp", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "csubj", "attr",
                "acomp", "oprd")
OBSERVER = "\0observer"  # a teller with no stake: "according to experts" (data: observer_nouns)
TIME_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")


@lru_cache(maxsize=1)
def data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "stances.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data()[key])


@lru_cache(maxsize=None)
def _frame_words(key: str, part: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data()[key].get(part, []))


def is_frame(token: Token, key: str) -> bool:
    """Whether `token` is a word of the frame list `key` for its part of speech ('signed' is no
    'sign of', 'clear' the adjective is a frame, 'clear' the verb is not)."""
    part = {"VERB": "verbs", "AUX": "verbs", "NOUN": "nouns", "PROPN": "nouns",
            "ADJ": "adjectives"}.get(token.pos_)
    return part is not None and _lemma(token) in _frame_words(key, part)


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Nouns for one person or people as persons: one-word titles ('cleric', 'chief') and
    people_nouns ('detainees')."""
    words = {t for t in roles_data().get("titles", []) if " " not in t and "." not in t}
    return frozenset(w.lower() for w in words | set(data()["people_nouns"]))


@lru_cache(maxsize=1)
def people_heads() -> frozenset[str]:
    """Nouns for people and bodies that an actor's name may modify: the actor extractor's
    collective heads, the person words and voice_heads ('officials', 'government', 'cleric',
    'detainees', 'media')."""
    collectives = collectives_data()
    heads = set(collectives.get("group_heads", [])) | set(collectives.get("institution_heads", [])) | \
        set(collectives.get("speaks_for_heads", []))
    return frozenset(w.lower() for w in heads) | person_words() | words("voice_heads")


def people_noun(token: Token, heads: frozenset[str] | None = None) -> bool:
    """'officials', 'force' (as 'forces'), 'chief', 'detainees': a noun for people or a body."""
    heads = people_heads() if heads is None else heads
    lemma = token.lemma_.lower()
    return token.lower_ in heads or lemma in heads or lemma + "s" in heads


@lru_cache(maxsize=1)
def _group_heads() -> frozenset[str]:
    """Nouns for sets of people ("troops", "citizens"), from the actor extractor's general list."""
    return frozenset(collectives_data().get("group_heads", []))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def negated(token: Token) -> bool:
    if token.dep_ == "acomp" and token.head.i != token.i and negated(token.head):
        return True  # "is not willing to": the negation stands on the copula
    if token.dep_ == "conj" and any(c.lower_ == "nor" and c.i < token.i for c in token.head.children):
        return True  # "there is no decision to leave, nor did we issue any plans to leave"
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or
               (c.dep_ in ("preconj", "cc", "advmod") and c.lower_ in ("neither", "nor") and c.i < token.i) or
               (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))  # "no longer"
               for c in token.children)


def phrasal_stance(token: Token) -> str | None:
    """'pushed back' -> 'opposes', 'backed down' -> 'none', else None (the plain cue)."""
    for child in token.children:
        if child.dep_ in ("prt", "advmod") and child.i == token.i + 1:
            stance = data()["phrasal_cues"].get(f"{_lemma(token)} {child.lower_}")
            if stance:
                return stance
    return None


def negation_reading(cue: Token) -> str | None:
    """A negated cue: 'flip' when not-X is plainly against ('does not support', 'will not
    accept', 'is not willing to'), 'cancel' for any other ('did not order the strike' is no
    support for or against it; 'has not ruled out' is not support); None when not negated.
    Chosen conservatively: not condemning is not approving, not ordering is not opposing."""
    if not negated(cue):
        return None
    return "flip" if _lemma(cue) in words("flip_when_negated") or cue.lower_ in words("flip_when_negated") \
        else "cancel"


def cancelled(cue: Token) -> bool:
    """'failed to agree on quotas', 'was unable to support', 'is not able to end', 'has yet to
    agree': a stance the holder did not reach or cannot take is no stance, for or against."""
    failure = words("failure_words")
    token = cue
    if token.lemma_.lower() in ("able", "capable") and negated(token):
        return True
    for _ in range(3):
        if token.dep_ not in ("xcomp", "ccomp", "acomp", "pcomp", "pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in failure or (lemma in ("able", "capable") and negated(token)):
            return True
        if lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children):
            return True  # "has yet to agree on quotas", "is yet to decide": not (yet) taken
    return False


def chain(cue: Token) -> list[Token]:
    """The cue and the words up to the one whose subject holds it ('vowed to retaliate')."""
    tokens = [cue]
    token = cue
    while True:
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children):
            return tokens
        if token.dep_ in CHAIN_DEPS and token.head.i != token.i and token.head not in tokens:
            token = token.head
            tokens.append(token)
            continue
        return tokens


def _subject_of(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


def _question(cue: Token) -> bool:
    """'Is the administration prepared for the consequences?': the clause ends in a question mark."""
    for token in cue.doc[cue.i:cue.sent.end]:
        if token.text in (".", "!", ";"):
            return False
        if token.text == "?":
            return True
    return False


def _speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and (_lemma(token) in words("speech_verbs") or
                                             _lemma(token) in SPEAKING_VERBS)


def _hedged(token: Token, links: list[Token], first_person: bool) -> bool:
    """'could agree', 'might back', 'if X were to attack', 'reportedly ordered', 'both sides
    must stop' (advice about others), but 'Iran said it would retaliate' (reported 'will')."""
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "mark" and lower in words("condition_marks"):
            return True
        if child.dep_ in ("advmod", "npadvmod") and lower in words("hedge_adverbs"):
            return True
        if child.dep_ == "aux" and lower in words("hedge_modals") and child.tag_ == "MD":
            top = links[-1]
            reported = (top.dep_ == "ccomp" and _speech_verb(top.head)) or \
                (top.dep_ in ("acl", "ccomp") and _lemma(top.head) in words("speech_nouns"))
            if lower not in ("would", "'d") or not reported:
                return True
        if child.dep_ == "aux" and lower in words("advice_modals") and not first_person:
            return True
    if _lemma(token) in words("hedge_verbs"):
        return True
    if _lemma(token) == "need" and token.pos_ == "VERB" and not first_person and \
            any(c.dep_ == "xcomp" for c in token.children):
        return True  # "both the US and Iran need to stop this cycle": the speaker's advice
    return False


def _states_of(actors: ActorTable, actor: str) -> set[str]:
    found = {role.of for role in actors.roles_of(actor) if role.of}
    affiliation = actors.affiliation_of(actor)
    return found | {affiliation} if affiliation else found


def connected(actors: ActorTable, a: str, b: str) -> bool:
    """a speaks for b or b for a: the same actor, a member, an affiliate, a role holder of it;
    or a official of the state a government, regime or group of that state belongs to ("the
    vice foreign minister said the regime rejects ..."; never for a person: "the minister said
    the president ordered it" is the minister's account)."""
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if y in actors.members_of(x) or actors.affiliation_of(x) == y or \
                any(role.of == y for role in actors.roles_of(x)):
            return True
    return actors.kind_of(b) != "person" and bool(_states_of(actors, a) & _states_of(actors, b))


def _owners(frame: Token, actors: ActorTable) -> list[str]:
    """Whose claim a frame word is: its subject or agent (verbs), its owner (nouns)."""
    if frame.pos_ in ("NOUN", "PROPN"):
        owner = next((c for c in frame.children if c.dep_ == "poss"), None)
        if owner is not None:
            return actors.actors_of_phrase(owner)
        by = next((c for c in frame.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        obj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        return actors.actors_of_phrase(obj) if obj is not None else []
    if frame.pos_ in ("VERB", "AUX"):
        return actors.agents_of(frame)
    if frame.pos_ == "ADJ" and frame.dep_ == "acomp":
        return actors.agents_of(frame.head)  # "Asante was convinced that ...": the copula's subject
    return []


def _perceived(verb: Token, clause: Token, actors: ActorTable) -> bool:
    """'They are seeing how badly Chile wants the deal': a clause with its own tense that someone
    perceives is that perceiver's view; not 'the year saw Chile threaten Togo' (no perceiver, an
    event that took place)."""
    if _lemma(verb) not in words("perception_verbs"):
        return False
    subject = _subject_of(verb)
    finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children)
    return finite and subject is not None and \
        (subject.pos_ == "PRON" or actors.actor_at_token(subject.i) is not None)


def _content_link(token: Token) -> bool:
    """Whether `token` is inside its head's content: 'said [that X ordered]', 'the assessment
    [that X ordered]'; a relative clause is content only as a 'that' clause with its own
    subject and object ('the report that X ordered the strike'), not 'the strike that X ordered'."""
    if token.dep_ in CONTENT_DEPS:
        return True
    return token.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _sources_of(token: Token, actors: ActorTable) -> list[str] | None:
    """'X ordered the strike, according to officials': the actors the claim is credited to
    (an empty list for an unnamed source); None without 'according to'."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                obj = next((g for g in to.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    if _lemma(obj) in words("observer_nouns") and not actors.actor_at_token(obj.i):
                        return [OBSERVER]  # "Chile wants talks, according to experts"
                    return actors.actors_of_phrase(obj)
            return []
    return None


def _keep(holders: list[str], tellers: list[str] | None, cue: Token, actors: ActorTable) -> list[str]:
    """The holders still holding once someone else tells it: those the tellers speak for; with
    an unnamed teller, all of them for a declared attitude, none for an alleged act or plan."""
    if tellers is None:
        return holders
    if OBSERVER in tellers:
        return []  # an outsider's reading of the holder, not the holder's own word
    # a text or an outlet tells what its issuer or its story says: an unnamed teller
    tellers = [t for t in tellers if actors.kind_of(t) not in ("document", "media")]
    if tellers:
        return [h for h in holders if any(connected(actors, t, h) for t in tellers)]
    return [] if _lemma(cue) in words("act_cues") else holders


def holding(cue: Token, holders: list[str], actors: ActorTable, quote: Quote | None,
            judged: Token | None = None) -> list[str]:
    """The holders that hold the cue's stance themselves (see the module's docstring).
    `judged`: a judgement over the cue ('it would be naive to say ...') whose own mood is the
    judge's, not a hedge on the stance."""
    if not holders or _question(cue):
        return []
    links = chain(cue)
    if judged is not None and judged in links:
        links = links[:links.index(judged)]
    if not links:
        return holders
    top = links[-1]
    subject = _subject_of(top)
    first_person = subject is not None and subject.lower_ in FIRST_PERSON
    for k, token in enumerate(links):
        if _hedged(token, links, first_person):
            return []
        own_copula = k > 0 and links[k - 1].dep_ == "acomp"  # "is not willing": the cue's own
        sibling = k > 0 and links[k - 1].dep_ == "conj"  # "accused X of Y and called for Z"
        if token is not cue and not sibling and ((negated(token) and not own_copula) or
                                                 is_frame(token, "allegation_frames") or
                                                 is_frame(token, "no_stance_frames")):
            return []  # "did not try to stop", "denied ordering", "admitted to planning"
        if token.dep_ in ("pcomp", "pobj") and token.head.dep_ == "prep" and not sibling and \
                _lemma(token.head.head) in words("attributing_verbs") and token.head.head is not cue:
            return []  # "critics accuse Chile of ordering it", "praised Chile for backing it"
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.lower_ in ("for", "over") and \
                token.head.head is not cue and not sibling:
            return []  # "sanctioned, including for supporting the programme": a deed credited by others
        sources = _sources_of(token, actors)
        if sources is not None:
            holders = _keep(holders, sources, cue, actors)
    # the clauses that hold the cue's clause: whose words, claim or belief is it?
    token = top
    while token.head.i != token.i and holders:
        head = token.head
        if judged is not None and head.i == judged.i:
            break
        if _content_link(token):
            # "it is likely that ...", "it is clear that ...": the frame is the copula's complement
            # "the prospect is that ...": the frame is the copula's subject
            beside = [c for c in head.children if c.i != token.i and
                      (c.dep_ in ("acomp", "attr") or c.dep_ == "nsubj" and _lemma(head) == "be")]
            if is_frame(head, "no_stance_frames") or \
                    (token.dep_ == "ccomp" and any(is_frame(c, "no_stance_frames") for c in beside)):
                return []
            if is_frame(head, "allegation_frames") or _perceived(head, token, actors):
                owners = _owners(head, actors)
                holders = [h for h in holders if any(connected(actors, o, h) for o in owners)]
            elif _speech_verb(head) and token.dep_ in ("ccomp", "xcomp"):
                holders = _keep(holders, actors.agents_of(head), cue, actors)
            if token.dep_ in ("ccomp", "xcomp") and head.pos_ in ("VERB", "AUX") and \
                    (negated(head) or _hedged(head, [head], first_person)):
                return []  # "Chile did not say it backs the deal", "if Chile says it backs it"
        sources = _sources_of(head, actors)
        if sources is not None:
            holders = _keep(holders, sources, cue, actors)
        token = head
    # '"Togo will attack," Asante said' parsed with the speech verb hanging on the clause (or
    # on the clause that holds it as content)
    token = top
    while not first_person:
        for child in token.children:
            if child.dep_ == "parataxis" and _speech_verb(child):
                holders = _keep(holders, actors.agents_of(child), cue, actors)
        if token.head.i == token.i or not _content_link(token):
            break
        token = token.head
    if quote is not None and quote.kind == "direct" and not first_person:
        # '"Togo is planning an attack," Asante said': the speaker's words about Togo (a mixed or
        # indirect quote is told by the reporter, whose clause the parse has already read)
        holders = _keep(holders, list(quote.speakers), cue, actors)
    return holders


def advisory(cue: Token) -> bool:
    """'The embassy urged citizens to leave Chile', 'advised Peruvians to avoid the border': a
    safety notice to ordinary people states no stance on leaving (data: advice_verbs, advised_people)."""
    if cue.pos_ != "VERB" or _lemma(cue) not in words("advice_verbs"):
        return False
    people = words("advised_people")
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and any(c.dep_ == "xcomp" and c.i > child.i for c in cue.children):
            return child.lower_ in people or _lemma(child) in people or \
                gazetteer.is_people(child.text)
    return False


# --- judgements -------------------------------------------------------------------------------

def speaking_for(holders: list[str], actors: ActorTable) -> list[str]:
    """A document holds nothing itself: 'the statement warned' is its signatories' stance when the
    article names them, else no one's ('In a statement, it said ...' resolved to the text)."""
    found: list[str] = []
    for holder in holders:
        for actor in actors.members_of(holder) if actors.kind_of(holder) == "document" else [holder]:
            if actor not in found:
                found.append(actor)
    return found


def judgement(cue: Token) -> Token | None:
    """'It would be naive to say that we must support the deal': the judgement ('naive') that
    turns the cue it judges into its opposite, or None."""
    token = cue
    for _ in range(6):
        if token.head.i == token.i:
            return None
        if token.dep_ not in ("xcomp", "ccomp", "csubj", "advcl", "acl", "prep", "pcomp", "pobj"):
            return None
        head = token.head
        for candidate in [head] + [c for c in head.children if c.dep_ in ("acomp", "attr")]:
            if _lemma(candidate) in words("negative_judgements") and candidate.i != cue.i:
                return candidate
        token = head
    return None


def judges(judged: Token, actors: ActorTable, quote: Quote | None) -> list[str]:
    """Who makes the judgement: the speakers of the quote it is in, else the speaker of the
    words it is in ('..., Mensah said'), else its own subject when that is an actor."""
    if quote is not None and quote.speakers:
        return list(quote.speakers)
    token = judged
    while True:
        if token.dep_ == "ccomp" and _speech_verb(token.head):
            return actors.agents_of(token.head)
        for child in token.children:
            if child.dep_ == "parataxis" and _speech_verb(child):
                return actors.agents_of(child)
        if token.head.i == token.i:
            break
        token = token.head
    subject = _subject_of(judged.head if judged.dep_ in ("acomp", "attr") else judged)
    if subject is not None and subject.lower_ != "it":
        return actors.actors_of_phrase(subject)
    return []


# --- topics -----------------------------------------------------------------------------------

def _named_issue(head: Token) -> bool:
    """Whether a noun phrase's modifiers or complements name an issue: 'nuclear deal', 'legal
    action', 'report on torture'; not '13 possible ways', 'one decision'."""
    weak = words("weak_modifiers")
    for child in head.children:
        if child.dep_ == "prep" and child.i > head.i and \
                any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in TIME_ENTITIES for g in child.children):
            return True  # "the report on torture"; "the session of 2020" names no issue
        if child.dep_ in ("acl", "relcl") and child.i > head.i:
            return True
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ not in weak and \
                child.ent_type_ not in TIME_ENTITIES and child.pos_ != "NUM":
            return True
    return False


def _person_like(head: Token, actors: ActorTable) -> bool:
    """'the troops', 'U.S. citizens', 'Washington', 'Kim': whom a cue addresses, not an issue."""
    if head.lower_ in _group_heads() or _lemma(head) in _group_heads():
        return True
    actor = actors.actor_at_token(head.i, modifiers=False)
    return actor is not None and actors.kind_of(actor) in ("state", "organization", "person",
                                                            "group", "media", "place")


def meaningful(head: Token | None, cue: Token, actors: ActorTable, action: bool = False) -> bool:
    """Whether the topic headed by `head` is a thing one can stand on (None: a verb's action
    worded without an object, 'military strikes', which is). `action`: `head` is the object of
    an action ('the killing of the journalist'), where a person is what the action is done to."""
    if head is None:
        return True
    if head.pos_ in ("PRON", "DET", "NUM", "PUNCT", "X", "SYM") or head.ent_type_ in TIME_ENTITIES:
        return False
    if _lemma(head) in words("empty_heads") or head.lower_ in words("empty_heads"):
        if not _named_issue(head):
            return False  # "criticised the report", "an answer", "13 possible ways"
    actor = actors.actor_at_token(head.i, modifiers=False)
    if actor is not None and actors.kind_of(actor) == "media":
        return False  # "slammed the Daily Herald": an outlet is whom a cue addresses, never an issue
    if not action and (_one_person(head, actors) or _person_like(head, actors) and _reason(cue)):
        # "blasted Kalu", "welcomed the prisoners home", "praised Kalu for the deal": whom the
        # cue is directed at, never an issue (the reason, "the deal", is its own topic); a body
        # or a state with a reason or a description is too ("criticised the alliance as
        # obsolete", "blamed the government for the crisis")
        return False
    if not action and _person_like(head, actors) and _lemma(cue) not in words("entity_cues") and \
            not any(c.dep_ == "prep" and c.i > head.i for c in head.children):
        return False  # "urged citizens", "threatened the troops", "warned Washington"
    return True


def _one_person(head: Token, actors: ActorTable) -> bool:
    """A person ('Kalu', 'the minister') or people named by what they are ('the detainees'),
    not a body or a state ('the junta', 'Chile')."""
    actor = actors.actor_at_token(head.i, modifiers=False)
    if actor is not None:
        return actors.kind_of(actor) == "person"
    if head.ent_type_ == "PERSON":
        return True
    return people_noun(head, person_words())


def _reason(cue: Token) -> bool:
    """'praised Kalu for the deal', 'criticised Kalu over the strike', 'criticised the alliance
    as obsolete': the cue says what for, or as what."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over", "as") and
               any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children) or
               c.dep_ == "oprd" for c in cue.children)
