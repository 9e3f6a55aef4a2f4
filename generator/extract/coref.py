"""Coreference-lite for speakers: from the words an attribution hangs on to the actors who spoke.

Everything an article needs is indexed once per article (``Mentions``): where each person, body and
document is mentioned, which titles name which person, which documents were signed by whom.
``Mentions.speakers(token)`` then answers for one subject token in a few list look-ups:
pronouns go to the person or body named before, surnames and titles to the fullest name the
article gives, a document to its signatories, "A and B" to both.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from generator.extract.actors import ActorTable
from generator.extract.actors.spans import names_main_subject
from generator.extract.actors.words import english_words
from generator.extract.issuers import Issuers, document_speakers
from generator.extract.nominal_speakers import (Speakers, is_own_voice_body, is_owner, names_someone,
                                               nominal_speaker, press_at_large, strip_determiners)
from generator.extract.nominals import SPOKES, Descriptions, only_a_place
from generator.extract.parsed import Parsed
from generator.extract.speech_words import words


PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my"}
GROUP_PRONOUNS = {"they", "them", "we", "us", "their", "our"}
THING_PRONOUNS = {"it", "its"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
UNNAMED_PRONOUNS = {"anybody", "anyone", "whoever", "nobody", "everybody", "everyone", "you", "somebody",
                    "someone", "this", "what", "whatever", "itself", "himself", "herself", "themselves"}
BODY_KINDS = {"organization", "state", "group", "media"}
# how far back (characters) a pronoun looks for a subject before settling for any mention
SUBJECT_WINDOW = 600
PLURAL_SUBJECT_TOKENS = 80  # "they" looks back over its sentence and the one before: about two sentences


def span_chars(span: Span | Token) -> tuple[int, int]:
    if isinstance(span, Token):
        return span.idx, span.idx + len(span)
    return span.start_char, span.end_char


def noun_phrase(token: Token) -> Span:
    """The phrase a noun heads, without relative clauses, participles, appositions or commas.

    "the letter signed by A and B" -> "the letter"; "Malian Foreign Minister Abdoulaye Diop" stays whole.
    """
    doc = token.doc
    start, end = token.i, token.i + 1
    for child in token.lefts:
        if child.dep_ not in {"punct", "cc", "conj", "appos", "relcl", "acl", "advmod"}:
            start = min(start, child.left_edge.i)
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "nummod", "case"} or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    # "His ex-wife agreed": a word the tokenizer cut at a hyphen is one word, however it is parsed
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return doc[start:end]


def conjuncts(token: Token) -> list[Token]:
    """'A, B and C' -> [A, B, C], following conj links from the first one."""
    out, todo = [], [token]
    while todo:
        current = todo.pop(0)
        out.append(current)
        todo.extend(c for c in current.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


@dataclass
class _Mention:
    start: int
    end: int
    actor: str
    kind: str
    subject: bool        # the subject of a verb
    main: bool = False   # the subject of the sentence's main verb (see ``names_main_subject``)


class Mentions:
    """Per-Doc index of actor mentions, names, titles and documents; built once, queried often."""

    def __init__(self, parsed: Parsed, actors: ActorTable, quoted: list[tuple[int, int]] = ()):
        self.parsed = parsed
        self.doc = parsed.doc
        self.actors = actors
        self.words = words()
        self._quoted = sorted(quoted)
        self._quoted_starts = [q[0] for q in self._quoted]
        self.ents = parsed.entities
        self._ent_of_token = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        self.person_names = self._person_names()
        self.full_names = self._index_full_names()
        self.mentions = self._index_mentions()
        self._starts = [m.start for m in self.mentions]
        self.descriptions = Descriptions(parsed, actors, self._names(), self.mentions, self.own_actor)
        self.issuers = Issuers(self)

    # -- indexes, built once ---------------------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _index_full_names(self) -> dict[str, Span]:
        """Surname -> the longest person name ending with it ("Maiga" -> "Abdoulaye Maiga").

        A surname two people share ("Barack Obama", "Michelle Obama") has no entry: the actor
        table's own clustering decides those.
        """
        names: dict[str, Span] = {}
        firsts: dict[str, set[str]] = {}
        for span in self.person_names:
            key = span[-1].lower_
            if len(span) > 1:
                firsts.setdefault(key, set()).add(span[0].lower_)
            if key not in names or len(span) > len(names[key]):
                names[key] = span
        return {k: v for k, v in names.items() if len(firsts.get(k, ())) <= 1}

    def _person_names(self) -> list[Span]:
        """PERSON entities, and the proper-noun runs right before a person's surname NER missed.

        "Minister of Decentralization Abdoulaye Maiga": NER may miss the name; the run of capitalised
        proper nouns before it is cut at title words and at words the lemmatizer knows as nouns.
        """
        doc = self.doc
        spans = [e for e in self.ents if e.label_ == "PERSON"]
        titles = self.words["title_nouns"]
        for ent in list(spans):
            start = ent.start
            while start > 0 and start > ent.start - 2:
                prev = doc[start - 1]
                if prev.pos_ != "PROPN" or prev.lower_ in titles or not prev.text[:1].isupper() \
                        or prev.ent_type_ not in {"", "PERSON"} or is_common_word(prev):
                    break
                start -= 1
            if start < ent.start:
                spans.append(doc[start:ent.end])
        for token in (doc[i] for i in self.parsed.tokens.where_value("pos", {"PROPN"}, lower=False)):
            # "Abdoulaye Maiga" with no entity at all: a two-word PROPN compound
            if token.pos_ == "PROPN" and token.dep_ != "compound" and not token.ent_type_ \
                    and token.i > 0 and doc[token.i - 1].dep_ == "compound" \
                    and doc[token.i - 1].pos_ == "PROPN" and not doc[token.i - 1].ent_type_ \
                    and doc[token.i - 1].lower_ not in titles and not is_common_word(doc[token.i - 1]) \
                    and not is_common_word(token) and token.text[:1].isupper():
                spans.append(doc[token.i - 1:token.i + 1])
        return spans

    def _index_mentions(self) -> list[_Mention]:
        """Every entity mention with its actor, in text order, outside direct quotes."""
        out = []
        for ent in self.ents:
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"} or self.in_quote(ent.start_char) \
                    or ent.start in self.parsed.furniture or _credited(ent):
                continue  # a name in a photo credit ("AP Photo/Anmar Khalil") is no referent
            actor = self.actors.actor_for_span(ent.start_char, ent.end_char)
            if actor is None:  # a name the actor table rejected (glue, punctuation) is no referent
                continue
            out.append(self._mention(ent, actor))
        out += self._bare_surnames()
        return sorted(out, key=lambda m: m.start)

    def _mention(self, span: Span, actor: str) -> _Mention:
        subject = any(t.dep_ in {"nsubj", "nsubjpass"} or t.head.dep_ in {"nsubj", "nsubjpass"} and t.dep_ in {"compound", "appos"}
                      for t in span)
        main = any(names_main_subject(t) for t in span)
        return _Mention(span.start_char, span.end_char, actor, self.actors.kind_of(actor), subject, main)

    def _surname_actor(self, token: Token) -> str | None:
        """The person a lone surname stands for when the article gave the full name before it."""
        full = self.full_names.get(token.lower_)
        if full is None or full.start >= token.i or len(full) < 2:
            return None
        actor = self._person_actor(full)
        if actor is None or self.actors.kind_of(actor) != "person":
            return None
        known = self.actors.actor_at_token(token.i)  # a person of its own in the table stays so
        return known if known is not None and self.actors.kind_of(known) == "person" else actor

    def _bare_surnames(self) -> list[_Mention]:
        """A surname the article gave in full before, where NER tagged nothing: "Nancy Quillon
        spoke first. ... Earlier, Quillon said she ..." ('she' looks back to Quillon)."""
        out = []
        for i in self.parsed.tokens.where_value("lower", set(self.full_names)):
            t = self.doc[i]
            if t.ent_type_ or t.pos_ != "PROPN" or self.in_quote(t.idx):
                continue
            actor = self._surname_actor(t)
            if actor is not None:
                out.append(self._mention(self.doc[i:i + 1], actor))
        return out

    def _names(self) -> list[tuple[Span, str | None]]:
        """(span, actor) of every person and organisation name, for the descriptions index."""
        out, seen = [], set()
        for span in self.person_names:
            if span.start in seen or not any(c.isalpha() for c in span.text):
                continue
            actor = self._person_actor(span) if span.label_ == "PERSON" else \
                self.actors.actor_for_span(span.start_char, span.end_char)
            if actor is not None and self.actors.kind_of(actor) == "person":
                seen.add(span.start)
                out.append((span, actor))
        for ent in self.ents:
            if ent.label_ == "ORG" and not self.in_quote(ent.start_char) and any(c.isalpha() for c in ent.text):
                out.append((ent, self.own_actor(ent)))  # None: a name the actor table did not keep
        return out

    # -- helpers ---------------------------------------------------------------------------------
    def _person_actor(self, ent: Span) -> str | None:
        """The actor of a person name, extended to the fullest name the article gives for the surname."""
        if not any(c.isalpha() for c in ent.text):
            return None  # NER glue such as a lone dash is nobody
        known = self.actors.actor_for_span(ent.start_char, ent.end_char)
        if known is not None and self.actors.kind_of(known) == "person":
            # the table already knows whose name this is: it joins a bare name to the one full name
            # ending with it unless a title or gender conflicts ("First lady Ada Okoro ... Mr.
            # Okoro said", "President Okoro said": not her)
            return known
        full = self.full_names.get(ent[-1].lower_)
        if full is not None and len(full) > len(ent):
            return self.actors.ensure(full, "person")
        return known or self.actors.ensure(ent, "person")

    def _before(self, char: int, want, window: int | None = None) -> _Mention | None:
        """The nearest mention before char that `want` accepts: within the window, the subject of a
        main verb first, then any subject; else the nearest."""
        i = bisect.bisect_left(self._starts, char) - 1
        fallback = subject = None
        while i >= 0:
            m = self.mentions[i]
            if want(m):
                if m.main and (window is None or char - m.start <= window):
                    return m
                if m.subject and (window is None or char - m.start <= window):
                    subject = subject or m
                fallback = fallback or m
            if window is not None and char - m.start > window and fallback:
                break
            i -= 1
        return subject or fallback

    def other_subject_between(self, start: int, end: int, ids: list[str]) -> bool:
        """Whether a person or body other than `ids` is the subject of a sentence in [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.subject and m.actor not in ids and m.kind in {"person"} | BODY_KINDS:
                return True
            i += 1
        return False

    # -- the one question the quotes package asks ------------------------------------------------
    def speakers(self, subject: Token, recent: list[str] | None = None) -> Speakers:
        """Who a subject token names: one actor, several ("A and B said"), or a document's signers.

        `recent` holds the speakers of the quote before, the likeliest referent of "he" or "they".
        """
        result = Speakers()
        for part in conjuncts(subject):
            one = self.one_speaker(part, recent)
            if one.document is not None and result.document is None:
                result.document = one.document
            result.unnamed = result.unnamed or one.unnamed
            for actor in one.ids:
                if actor not in result.ids:
                    result.ids.append(actor)
            if result.mention is None:
                result.mention = one.mention
            elif one.mention:
                result.mention = (min(result.mention[0], one.mention[0]), max(result.mention[1], one.mention[1]))
        result.unnamed = result.unnamed and not result.ids
        return result

    def one_speaker(self, token: Token, recent: list[str] | None) -> Speakers:
        lower = token.lower_
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
            if lower in RELATIVE_PRONOUNS:
                if token.head.dep_ == "relcl":
                    return self.one_speaker(token.head.head, recent)  # "Diop, who said ..." -> Diop
                # "the city's police department which reported ...", parsed without the relative
                # clause: the noun right before the pronoun
                before = token.i - 1 if token.i > 0 and self.doc[token.i - 1].text != "," else token.i - 2
                if before >= 0 and self.doc[before].pos_ in {"NOUN", "PROPN"}:
                    return self.one_speaker(self.doc[before], recent)
                return Speakers([], span_chars(token))
            if lower not in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
                if lower in UNNAMED_PRONOUNS or not token.is_alpha:
                    return Speakers([], span_chars(token))  # "anybody who complains": nobody named
                phrase = noun_phrase(token)  # "some say", "others said", "many of them": nobody named
                if not names_someone(phrase):
                    return Speakers([], span_chars(phrase), unnamed=True)
                return Speakers([self.actors.ensure(phrase, "group")], span_chars(phrase))
            plural = self._plural_subject_before(token) if lower == "they" else None
            if plural is not None:
                return self.speakers(plural)
            return Speakers(self._pronoun(token, recent), span_chars(token))
        phrase = noun_phrase(token)
        mention = span_chars(phrase)
        people = self._people_in(token, phrase)
        if people and isinstance(people[0], Span) and people[0].label_ == "PERSON" and only_a_place(self, people[0]):
            return Speakers([], span_chars(people[0]))  # NER's person is the island named before
        if people:
            ids = [a for a in (self._person_actor(p) for p in people) if a]
            return Speakers(list(dict.fromkeys(ids)), span_chars(people[0]))
        head = token.lemma_.lower()
        author = self._author_in_clause(token)
        if author is not None:
            return self.one_speaker(author, recent)
        if press_at_large(token, self.words["document_nouns"]):
            return Speakers([], mention, unnamed=True)  # "reports from Ostrava say": no one named
        if head in self.words["document_nouns"] and token.ent_type_ in {"", "ORG"}:
            return self._document(token, phrase)
        if head in self.words["institution_nouns"] and not is_own_voice_body(token):
            bodies = self._bodies_owning(token)
            if bodies:
                return Speakers(bodies, mention)
        # "the company said", "the prime minister said": the named actor the description stands for
        described = self.descriptions.resolve(token, phrase)
        if described:
            return Speakers([described], mention)
        if token.ent_type_ or token.pos_ == "PROPN":
            ent = self.entity_of(token) or phrase
            if isinstance(ent, Span) and only_a_place(self, ent):
                return Speakers([], span_chars(ent))
            actor = self.actor_of_name(ent)
            return Speakers([actor] if actor else [], span_chars(ent))
        # the actor of the head word itself: "Tourists in Phuket said" is not Phuket speaking
        actor = self.actors.actor_at_token(token.i)
        if actor:
            return Speakers([actor], mention)
        return nominal_speaker(self, token, phrase, mention)

    def _plural_subject_before(self, token: Token) -> Token | None:
        """The plural noun that is the main subject right before "they", in its sentence or the one
        before: "Analysts doubt the plan. They also said ..." is the analysts, not a body named
        earlier ("the Varnia Times" or the ministry of the quote before). A passive subject is
        skipped: "The shells were fired at dawn. Four missed, they said" is not the shells."""
        doc = self.doc
        sentences = 0
        for i in range(token.i - 1, max(-1, token.i - PLURAL_SUBJECT_TOKENS), -1):
            t = doc[i]
            if t.dep_ == "nsubj" and t.head.dep_ in {"ROOT", "conj"} and not self.in_quote(t.idx):
                if t.pos_ in {"NOUN", "PROPN"} and (plural := _plural(t)) is not None:
                    return plural
                if t.pos_ != "PRON":
                    return None  # "The ministry denied it. They said ...": the nearest subject is one body
            # a quote's own sentences do not count: '"It is over. We must talk," they said.'
            # looks back to the sentence before the quote
            sentences += t.is_sent_start and not self.in_quote(t.idx)
            if sentences == 2:
                break
        return None

    def _author_in_clause(self, token: Token) -> Token | None:
        """The named author of a thing said, in a relative clause on it: "according to a speech Ruiz
        delivered in May" -> Ruiz (a document's authors are its issuers: ``issuers``)."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma in self.words["title_nouns"] or lemma in self.words["document_nouns"]:
            return None
        for clause in (c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in self.words["authoring_verbs"]):
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None and (subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.pos_ == "PROPN"):
                return subject
        return None

    def _named_for(self, person: Span, head: Token) -> bool:
        """A person naming the body or the people the head stands for: "the Ruiz campaign", "Ruiz's
        aides", "Ruiz's lawyer" speak, not Ruiz (a spokesperson speaks for them: "Ruiz's spokesman")."""
        root = person.root
        return root.dep_ in {"compound", "poss"} and root.head.i == head.i and head.pos_ == "NOUN" \
            and head.lemma_.lower() not in self.words["title_nouns"] and head.lower_ not in SPOKES

    def _people_in(self, token: Token, phrase: Span) -> list[Span]:
        """The person the subject names, in its phrase or an apposition ("the head, Abdoulaye Maiga").

        Conjuncts ("A and B") are asked one by one, so B's words are not A's; a relative clause or
        participle after the head ("the letter signed by A") and an owner ("Trump's aide") are not
        the speaker.
        """
        own = [p for p in self.person_names if p.start <= token.i < p.end]
        if own:  # the head word is itself part of a name: that name, however the parse nests others
            return [max(own, key=len)]
        lo = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ not in {"conj", "cc"}])
        hi = token.i + 1
        for child in token.rights:
            if child.dep_ in {"relcl", "acl", "conj", "cc"}:
                break
            hi = child.right_edge.i + 1
        people = [e for e in self.person_names if lo <= e.start and e.end <= hi
                  and not is_owner(e, token) and not self._named_for(e, token)]
        people.sort(key=lambda s: (s.start, -len(s)))
        return people[:1]

    def _pronoun(self, token: Token, recent: list[str] | None) -> list[str]:
        lower = token.lower_
        char = token.idx
        if lower in PERSON_PRONOUNS:
            # "she said" never goes to a man the article calls "Mr.", nor to someone it reports dead
            fits = self.descriptions.fits_pronoun
            if recent and all(self.actors.kind_of(a) == "person" for a in recent) and len(recent) == 1 \
                    and self.descriptions.gender.get(recent[0], "") != {"he": "f", "his": "f", "she": "m", "her": "m"}.get(lower):
                last = self._before(char, lambda m: m.kind == "person" and fits(m.actor, lower), SUBJECT_WINDOW)
                # the previous speaker stays the referent unless another person became the subject since
                if last is None or last.actor in recent or not last.subject:
                    return list(recent)
            found = self._before(char, lambda m: m.kind == "person" and fits(m.actor, lower), SUBJECT_WINDOW)
            return [found.actor] if found else []
        if lower in GROUP_PRONOUNS:
            if recent and (len(recent) > 1 or any(self.actors.kind_of(a) in BODY_KINDS for a in recent)):
                return list(recent)
            found = self._before(char, lambda m: m.kind in BODY_KINDS, SUBJECT_WINDOW)
            return [found.actor] if found else []
        found = self._before(char, lambda m: m.kind in BODY_KINDS, SUBJECT_WINDOW)
        return [found.actor] if found else []

    def entity_of(self, token: Token) -> Span | None:
        return self._ent_of_token.get(token.i)

    def actor_of_name(self, span: Span) -> str | None:
        if span.label_ == "PERSON" or (len(span) == 1 and span[0].lower_ in self.full_names):
            return self._person_actor(span)
        return self.actors.actor_for_span(span.start_char, span.end_char) or \
            self.actors.ensure(span, "organization" if span.label_ == "ORG" else "other")

    def _bodies_owning(self, token: Token) -> list[str]:
        """"the governments of Mali and Burkina Faso" / "Mali's government" -> [Mali, Burkina Faso]."""
        owners: list[Token] = []
        for child in token.children:
            if child.dep_ == "poss" and child.ent_type_:
                owners += conjuncts(child)
            if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
                owners += [c for p in child.children if p.dep_ == "pobj" for c in conjuncts(p)]
            if child.dep_ == "compound" and child.ent_type_ in {"ORG", "GPE", "NORP"}:
                owners.append(child)
        ids = []
        for owner in owners:
            ent = self.entity_of(owner)
            if ent is None or ent.label_ not in {"ORG", "GPE", "NORP", "PERSON"}:
                continue
            actor = self._person_actor(ent) if ent.label_ == "PERSON" else self.own_actor(ent)
            if actor and self.actors.kind_of(actor) == "person" and token.lower_ not in SPOKES:
                continue  # "the Ruiz campaign", "Ruiz's team": a body named for her, not her
            if actor and actor not in ids:
                ids.append(actor)
        return ids

    def own_actor(self, ent: Span) -> str | None:
        """The actor of this very name, not of a larger phrase holding it ("the governments of Mali").

        The gazetteer id the entity ruler gave the name is the actor's id when the table knows it.
        """
        if ent.ent_id_:
            try:
                self.actors.kind_of(ent.ent_id_)
                return ent.ent_id_
            except KeyError:
                pass
        return self.actors.actor_for_span(ent.start_char, ent.end_char)

    def _document(self, token: Token, phrase: Span) -> Speakers:
        """A document speaks for whoever issued it (``issuers``); with nobody named, for itself."""
        ids = document_speakers(self, token, phrase)
        if not ids:
            cleaned = strip_determiners(phrase)
            ids = [self.actors.ensure(cleaned if len(cleaned) else phrase, "document")]
        return Speakers(ids, span_chars(phrase), document=phrase)


def _plural(noun: Token) -> Token | None:
    """The head of a noun phrase naming more than one: "analysts", "A and B", and "lawmakers" for
    "a group of lawmakers"; None for one."""
    if noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children):
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}), None)


def _credited(ent: Span) -> bool:
    """A name in a credit line: "(AP Photo/Jane Roe)", "Photo: Jane Roe", "Getty Images/Jane Roe"."""
    doc = ent.doc
    before = doc[max(0, ent.start - 3):ent.start]
    return bool(before) and (before[-1].text.endswith("/") or before[-1].text == ":" and len(before) > 1
                             and before[-2].lower_ in {"photo", "image", "credit", "photograph"}
                             or any(t.lower_ == "photo" and t.i + 1 < len(doc) and doc[t.i + 1].text.startswith("/")
                                    for t in before))


def is_common_word(token: Token) -> bool:
    """True for a capitalised word English knows as a common noun or adjective ("Decentralization")."""
    return _lemma_index_has(token.lower_)


def _lemma_index_has(word: str) -> bool:
    return word in _common_words()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Nouns, adjectives and verbs of the English lemmatizer's tables."""
    return english_words("noun") | english_words("adj") | english_words("verb")


