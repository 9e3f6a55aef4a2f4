"""Documents and who issued them: "the statement said" speaks for whoever issued, signed or posted it.

Indexed once per article (``Issuers``): every mention of a document noun with the people or bodies
behind it there: "the letter signed by A and B", "a letter from A", "A and B issued a joint
letter", "Acme said in a statement", "in a release, Acme warned", "Acme's statement", "the mayor
tweeted ... the tweet". A document that speaks later ("the statement said") speaks for the
issuers of the latest mention of that noun before it (the first one after it when none is before).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from generator.extract.speech_words import words

# document nouns one issues by the verb of the same name: "she tweeted ... the tweet said"
VERB_DOCUMENTS = {"tweet", "post", "email", "text", "cable", "message", "announce", "state"}
NOUN_OF_VERB = {"announce": "announcement", "state": "statement"}
CARRYING_PREPS = {"in", "through", "via"}


class Issuers:
    """Document noun -> [(char, issuers)] for one article; asked by ``Mentions`` for a speaking document."""

    def __init__(self, mentions):
        from generator.extract.coref import conjuncts

        self.m = mentions
        self.doc = mentions.doc
        self._conjuncts = conjuncts
        lists = words()
        self.doc_nouns = lists["document_nouns"]
        self.authoring = lists["authoring_verbs"]
        self.cues = lists["reporting_verbs"]
        self.found: dict[str, list[tuple[int, list[Token]]]] = {}
        self._index()

    def _add(self, key: str, char: int, authors: list[Token]) -> None:
        named = list({a.i: a for a in authors if self._names_someone(a)}.values())
        if named:
            entries = self.found.setdefault(key, [])
            entries.append((char, named))

    def _index(self) -> None:
        doc, conj = self.doc, self._conjuncts
        tokens = self.m.parsed.tokens
        for token in (doc[i] for i in tokens.where_value("lemma", self.doc_nouns)):
            if token.pos_ != "NOUN" or token.lemma_.lower() not in self.doc_nouns:
                continue
            authors: list[Token] = []
            for child in token.children:
                # "the letter signed by A and B"; "the letter A and B wrote"
                if child.dep_ == "relcl" and child.lemma_.lower() in self.authoring:
                    authors += [c for s in child.children if s.dep_ == "nsubj" and s.i < child.i for c in conj(s)]
                if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in self.authoring:
                    for agent in child.children:
                        if agent.dep_ == "agent" or agent.lower_ == "by":
                            # every person named in "by ..." signed, however the parser joined them
                            lo, hi = agent.left_edge.i, agent.right_edge.i + 1
                            authors += [p.root for p in self.m.person_names if lo <= p.start and p.end <= hi]
                            for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                                authors += conj(pobj) + self._loose_conjuncts(pobj)
                # "a letter by A" / "a letter from A"
                if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                    authors += [c for p in child.children if p.dep_ == "pobj" for c in conj(p)]
                # "Acme's statement", "the ministry's report"
                if child.dep_ == "poss" and (child.ent_type_ or child.pos_ == "PROPN"):
                    authors += conj(child)
            head = token.head
            # "A and B issued a joint letter"
            if token.dep_ == "dobj" and head.lemma_.lower() in self.authoring:
                authors += [c for s in head.children if s.dep_ == "nsubj" for c in conj(s)]
            # "Acme said in a statement that ...", "In a release, Acme warned": who spoke through it
            if token.dep_ == "pobj" and head.lower_ in CARRYING_PREPS and head.head.lemma_.lower() in self.cues:
                authors += [c for s in head.head.children if s.dep_ == "nsubj" for c in conj(s)]
            self._add(token.lemma_.lower(), token.idx, authors)
        # "the mayor tweeted that ... The tweet said": the verb that issued the document
        for verb in (doc[i] for i in tokens.where_value("lemma", VERB_DOCUMENTS)):
            if verb.pos_ == "VERB":
                lemma = verb.lemma_.lower()
                authors = [c for s in verb.children if s.dep_ == "nsubj" for c in conj(s)]
                self._add(NOUN_OF_VERB.get(lemma, lemma), verb.idx, authors)
        for entries in self.found.values():
            entries.sort(key=lambda e: e[0])

    def issuers(self, token: Token) -> list[Token]:
        """Who issued the document `token` names: at the latest mention of its noun before it; a
        document that speaks before any is issued ('"...," a joint letter read. A and B issued a
        joint letter') speaks for the first named people behind it, else the first issuers."""
        entries = self.found.get(token.lemma_.lower(), [])
        if not entries:
            return []
        chars = [c for c, _ in entries]
        i = bisect.bisect_right(chars, token.idx) - 1
        if i >= 0:
            return entries[i][1]
        people = [named for _, named in entries if all(self._a_person(a) for a in named)]
        return (people or [entries[0][1]])[0]

    def _a_person(self, token: Token) -> bool:
        from generator.extract.coref import noun_phrase

        return any(t.ent_type_ == "PERSON" for t in noun_phrase(token))

    def _loose_conjuncts(self, token: Token) -> list[Token]:
        """Names joined by 'and' that the parser hung elsewhere.

        "signed by Foreign Minister A and his counterpart B read": B's phrase becomes the verb's
        subject in the parse, yet 'and' right after A's phrase joins B to A.
        """
        doc = self.doc
        ents = self.m._ent_of_token
        out = []
        i = token.i + 1
        while i < len(doc) and doc[i].lower_ in {"and", ","}:
            nxt = None
            for j in range(i + 1, min(len(doc), i + 8)):
                if doc[j].pos_ in {"VERB", "AUX"} or doc[j].is_punct:
                    break
                if doc[j].ent_type_ == "PERSON":
                    nxt = ents[j].root
                    break
            if nxt is None:
                break
            out.append(nxt)
            i = ents[nxt.i].end
        return out

    def _names_someone(self, token: Token) -> bool:
        from generator.extract.coref import noun_phrase

        phrase = noun_phrase(token)
        return any(t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in phrase) or \
            any(p.start <= token.i < p.end for p in self.m.person_names)


def document_speakers(mentions, token: Token, phrase: Span) -> list[str]:
    """The actors a speaking document stands for: its issuers; else a name inside its phrase ("the
    ECOWAS statement"); else the members the actor table gave the document; else none."""
    ids: list[str] = []
    issued = [mentions.one_speaker(issuer, None) for issuer in mentions.issuers.issuers(token)]
    for one in issued:
        ids += [a for a in one.ids if a not in ids]
    if not ids and issued and all(one.unnamed for one in issued):
        # "a statement from a senior Varnian official ... That statement said": an unnamed
        # source's text, not the state's; it speaks for itself
        return []
    if not ids:
        owners = [t for t in phrase if t.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} and t.i != token.i]
        if owners:
            ent = mentions.entity_of(owners[0])
            ids = [a for a in [mentions.actor_of_name(ent)] if a] if ent is not None else []
    if not ids:
        actor = mentions.actors.actor_at_token(token.i)
        if actor is not None and mentions.actors.kind_of(actor) == "document":
            ids = [m for m in mentions.actors.members_of(actor) if mentions.actors.kind_of(m) != "document"]
    return ids
