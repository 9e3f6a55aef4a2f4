"""Definite descriptions resolved to the named actor they stand for: "the company", "the prime
minister", "the 26-year-old forward", "the union".

A news article names someone once and then describes them: "Acme Foods recalled 4,000 jars ...
the company said". ``Descriptions`` indexes, once per article, the words each name is described
with (the nouns before it in its phrase, an apposition after it, the phrase it stands in
apposition to, its roles in the actor table) and answers ``resolve(token)`` for a subject token:
the most recent compatible named actor, or None when nothing fits (the caller keeps the nominal).

Compatible means: a body's description ("the union") goes to a body whose name or description
holds the word, else to the latest body named nearby whose name holds no word of another sort of
body ("Food and Drug Administration" is not "the company"); a person's description goes only to
a person the article described with that word (or age), never to merely the latest person; an
owner in the description ("South Korea's president") must be among the candidate's owners; and a
person the article reports dead is never the referent of a description or pronoun.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from generator.extract.actors import ActorTable
from generator.extract.actors.words import SPEAKING_VERBS
from generator.extract.speech_words import raw_words, words

DEFINITE = {"the", "this", "that"}  # "the company"; no article or "his" ("his counterpart") count too
BODY_KINDS = {"organization", "media", "group"}
# how far back (characters) a body's description looks for a body named without that word
BODY_WINDOW = 1500
DESCRIPTION_SPAN = 8  # tokens a description may run before or after a name
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "representative"}
# words of a description that qualify nothing ("the former minister" is still the minister)
LOOSE_WORDS = {"former", "new", "then", "top", "senior", "current", "outgoing", "incoming", "longtime",
               "veteran", "acting", "interim", "late", "embattled", "controversial", "same", "other"}
# qualifiers that make another office: a vice president is not "the president"
OTHER_OFFICE = {"vice", "deputy", "assistant", "under", "former", "ex", "associate", "lieutenant", "sub"}
HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "madam": "f", "dame": "f", "lady": "f", "lord": "m"}


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, str], frozenset[str]]:
    """Head word -> its sort of body (data/reporting_verbs.yaml, nominal_classes), and the heads
    that fit any sort ("group", "organization")."""

    sorts = {}
    for sort, heads in raw_words()["nominal_classes"].items():
        for head in heads:
            sorts[str(head).lower()] = sort
    return sorts, words()["generic_body_nouns"]


@dataclass
class Described:
    """One mention of a name with the words that describe it there."""
    char: int
    actor: str
    kind: str
    words: tuple[str, ...]          # lowercased, in text order: ("prime", "minister")
    owners: frozenset[str]          # actors named inside the description: Mali in "Mali's minister"
    span: Span | None = None        # the name


def _word(t: Token) -> str:
    return (t.lemma_ if t.pos_ == "NOUN" else t.text).lower()


class Descriptions:
    """Per-article index of how each name is described; built once, asked per subject."""

    def __init__(self, parsed, actors: ActorTable, names: list[tuple[Span, str | None]], mentions, own_actor):
        """`names`: (span, actor) of every person and organisation name, an organisation's actor None
        when the actor table has none (it is made when a description resolves to it); `mentions`:
        coref's entity mentions (.start, .actor, .kind); `own_actor(ent)`: the actor of an entity."""
        self.doc = parsed.doc
        self.actors = actors
        self.own_actor = own_actor
        # every body named outside quotes, in text order: (char, span, actor or None)
        bodies = {m.start: (m.start, None, m.actor) for m in mentions if m.kind in BODY_KINDS}
        for span, actor in names:
            if actor is None or self.actors.kind_of(actor) in BODY_KINDS:
                bodies[span.start_char] = (span.start_char, span, actor)
        self.bodies = sorted(bodies.values(), key=lambda b: b[0])
        self._body_starts = [b[0] for b in self.bodies]
        self._ent_of = {i: e for e in parsed.entities for i in range(e.start, e.end)}
        self.sorts, self.generic = _classes()
        lists = words()
        self.female, self.male = lists["female_nouns"], lists["male_nouns"]
        self.titles = lists["title_nouns"]
        self.institutions = lists["institution_nouns"] - SPOKES - {"leaders", "representatives", "officials"}
        self.death_verbs, self.death_nouns = lists["death_verbs"], lists["death_nouns"]
        self.entries: list[Described] = []
        self.by_word: dict[str, list[Described]] = {}
        for span, actor in names:
            self._describe(span, actor)
        self.gender = self._genders(names)
        self.dead = self._dead(names)

    # -- the index ---------------------------------------------------------------------------------
    def _describe(self, span: Span, actor: str | None) -> None:
        doc = self.doc
        kind = self.actors.kind_of(actor) if actor else "organization"
        found: list[Token] = []
        # before the name, in its phrase: "Mali's Foreign Minister Abdoulaye Diop", "the food company Acme"
        i = span.start - 1
        while i >= 0 and span.start - i <= DESCRIPTION_SPAN:
            t = doc[i]
            # "A spokesperson for Leader Ana Ruiz": the spokesperson speaks for her ("the spokesperson added")
            speaks_for = t.lower_ == "for" and i > 0 and doc[i - 1].lemma_.lower() in SPOKES
            if t.is_punct and t.text not in {"'s", "\u2019s", "-"} or t.pos_ in {"VERB", "AUX", "DET", "CCONJ", "SCONJ"} \
                    or t.pos_ == "ADP" and t.lower_ != "of" and not speaks_for or t.ent_type_ == "PERSON" or "\n" in t.text:
                break
            found.append(t)
            i -= 1
        root = span.root
        # an apposition after it: "Acme Foods, a Texas company,", "Diego Ruiz, 26,"
        for appos in (c for c in root.children if c.dep_ == "appos" and c.i >= span.end):
            for t in doc[appos.left_edge.i:min(appos.right_edge.i + 1, appos.left_edge.i + DESCRIPTION_SPAN)]:
                if t.is_punct and t.text != "-" or t.pos_ in {"VERB", "AUX"} or t.tag_ in {"WP", "WDT"} or "\n" in t.text:
                    break
                found.append(t)
        # the noun the name modifies or stands in apposition to: "the IRNA news agency", "his counterpart B"
        if root.dep_ in {"compound", "amod", "appos", "nmod"} and root.head.pos_ == "NOUN" and root.head.i != root.i:
            head = root.head
            found += [head] + [c for c in head.children if c.dep_ in {"amod", "compound", "nummod"} and c.i != root.i]
        words = [_word(t) for t in sorted(set(found), key=lambda t: t.i)
                 if (t.is_alpha or t.like_num) and not (t.ent_type_ and t.pos_ == "PROPN" and not t.is_title)]
        owners = set()
        for t in found:
            ent = self._ent_of.get(t.i)
            if ent is not None and ent.label_ in {"GPE", "NORP", "ORG"} and not (ent.start <= root.i < ent.end):
                owner = self.own_actor(ent)
                if owner and owner != actor:
                    owners.add(owner)
        for role in self.actors.roles_of(actor) if actor else ():
            words += [w.lower() for w in role.title.replace("-", " ").split()]
            if role.of:
                owners.add(role.of)
        if not words:
            return
        entry = Described(span.start_char, actor, kind, tuple(words), frozenset(owners), span)
        self.entries.append(entry)
        for w in set(words):
            self.by_word.setdefault(w, []).append(entry)

    def _genders(self, names: list[tuple[Span, str]]) -> dict[str, str]:
        """Person -> "m" or "f" where the article says so: an honorific ("Ms. Ruiz"), a gendered
        description ("the spokeswoman"), or "Ruiz said she ..." (the subject of a reported clause)."""
        votes: dict[str, set[str]] = {}
        doc = self.doc
        for span, actor in names:
            if actor is None or self.actors.kind_of(actor) != "person":
                continue
            prev = doc[span.start - 1].lower_ if span.start > 0 else ""
            if prev in HONORIFICS:
                votes.setdefault(actor, set()).add(HONORIFICS[prev])
            root = span.root
            if root.dep_ == "nsubj":
                for clause in (c for c in root.head.children if c.dep_ == "ccomp"):
                    said = next((c.lower_ for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), "")
                    if said in {"he", "she"}:
                        votes.setdefault(actor, set()).add("m" if said == "he" else "f")
        for actor, gender in self._follow_up_pronouns(names):
            votes.setdefault(actor, set()).add(gender)
        for entry in self.entries:
            if entry.kind == "person":
                for w in entry.words:
                    if w in self.female or w in self.male:
                        votes.setdefault(entry.actor, set()).add("f" if w in self.female else "m")
        return {a: next(iter(v)) for a, v in votes.items() if len(v) == 1}

    def _follow_up_pronouns(self, names: list[tuple[Span, str]]) -> list[tuple[str, str]]:
        """(person, gender) where the next sentence's speaker is a pronoun that can only be them:
        in '"Rates will rise," Ada Lund said. "Not soon," she added.' Lund is the one person of the
        first sentence, its speaker, and nobody else is named before "she"."""
        people = sorted((span, actor) for span, actor in names
                        if actor is not None and self.actors.kind_of(actor) == "person")
        found = []
        for span, actor in people:
            root = span.root
            if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEAKING_VERBS:
                continue
            sentence = span.sent
            if any(s.sent == sentence and a != actor for s, a in people):
                continue
            following = self.doc[sentence.end].sent if sentence.end < len(self.doc) else None
            pronoun = next((t for t in following or () if t.lower_ in {"he", "she"} and t.dep_ == "nsubj"
                            and t.head.lemma_.lower() in SPEAKING_VERBS), None)
            if pronoun is None or any(following.start <= s.start < pronoun.i for s, _ in people):
                continue
            found.append((actor, "m" if pronoun.lower_ == "he" else "f"))
        return found

    def _dead(self, names: list[tuple[Span, str]]) -> set[str]:
        """People the article reports dead: killed, assassinated, who died; "X's death", "the
        killing of X", "the late X". Said of them in the past tense, not as a threat or a plan."""
        dead = set()
        for span, actor in names:
            if actor is None or self.actors.kind_of(actor) != "person":
                continue
            root = span.root
            head = root.head
            if any(t.lower_ == "late" and t.dep_ == "amod" for t in root.children) or \
                    span.start > 1 and self.doc[span.start - 1].lower_ == "late" and self.doc[span.start - 2].lower_ == "the":
                dead.add(actor)
            elif root.dep_ in {"nsubjpass", "dobj", "nsubj"} and head.lemma_.lower() in self.death_verbs \
                    and head.tag_ in {"VBD", "VBN"} and (root.dep_ != "nsubj" or head.lemma_.lower() == "die") \
                    and not _unreal(head):
                dead.add(actor)
            elif root.dep_ == "poss" and head.lemma_.lower() in self.death_nouns:
                dead.add(actor)
            elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.death_nouns:
                dead.add(actor)
        return dead

    # -- the questions -----------------------------------------------------------------------------
    def fits_pronoun(self, actor: str, pronoun: str) -> bool:
        """'she' never goes to a man the article calls "Mr.", nor 'he' to a woman; nobody dead speaks."""
        if actor in self.dead:
            return False
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun)
        return want is None or self.gender.get(actor, want) == want

    def resolve(self, token: Token, phrase: Span) -> str | None:
        """The named actor a definite description stands for, or None."""
        age = token.lower_ == "old" and any(t.lower_ == "year" for t in phrase)  # "the 26-year-old"
        # the tagger slips: "the president" as a proper noun; "The President" with a capital
        common = token.pos_ == "NOUN" or token.pos_ == "PROPN" and (token.text.islower() or token.lower_ in self.titles)
        if (token.ent_type_ or not common) and not age or any(
                c.dep_ in {"det", "nummod", "quantmod"} and c.lower_ not in DEFINITE or
                c.dep_ == "poss" and c.pos_ != "PRON" and not c.ent_type_ for c in token.children):
            return None  # "a company", "two ministers", "the firm's lawyer": someone else
        head = token.lemma_.lower()
        body = head in self.sorts or head in self.generic
        if body and (token.tag_ == "NNS" or not any(c.dep_ == "det" for c in token.children)):
            return None  # "police said", "the companies said": no one body the article named
        if age:
            return self._person(token, head, [], set(), [t.text for t in phrase if t.like_num])
        mods = [_word(t) for t in phrase if t.i != token.i and t.is_alpha and not t.ent_type_
                and t.pos_ not in {"DET", "ADP", "PART", "PRON"} and _word(t) not in LOOSE_WORDS]
        owners = {a for a in (self._owner(t) for t in phrase if t.i != token.i and t.ent_type_ in {"GPE", "NORP", "ORG"}) if a}
        if body:
            return self._body(token, head, mods, owners)
        if head in self.institutions:
            return None  # "the administration", "the campaign": a body, never the person it is named for
        if token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children):
            return None  # "the advisers", "Ruiz's lawyer": not one person described as an adviser or a lawyer
        return self._person(token, head, mods, owners, [t.text for t in phrase if t.like_num])

    def _owner(self, t: Token) -> str | None:
        ent = self._ent_of.get(t.i)
        return self.own_actor(ent) if ent is not None else None

    def _person(self, token: Token, head: str, mods: list[str], owners: set[str], ages: list[str]) -> str | None:
        """"the prime minister" -> the latest person described as one; "the 26-year-old" -> "X, 26,"."""
        candidates = [e for e in self.by_word.get(head, []) + [e for a in ages for e in self.by_word.get(a, [])]
                      if e.kind == "person" and e.char < token.idx and e.actor not in self.dead]
        best, best_score = None, -1
        for entry in candidates:
            if owners and entry.owners and not owners & entry.owners:
                continue  # "South Korea's president" is not the president of another state
            if head in entry.words and _qualifier_clash(entry.words, head, mods):
                continue  # "the foreign minister" is not "Prime Minister Ruiz"
            score = 2 * sum(m in entry.words for m in mods) + (1 if owners and owners & entry.owners else 0)
            if score > best_score or score == best_score and entry.char > best.char:
                best, best_score = entry, score
        return best.actor if best else None

    def _body(self, token: Token, head: str, mods: list[str], owners: set[str]) -> str | None:
        """"the company" -> the latest body named or described as a company, else the latest body
        nearby whose name says it is no other sort of body (not a company: "the Food and Drug
        Administration"; the union's name in "Harbour Workers Union")."""
        sort = self.sorts.get(head)
        strong = [e for e in self.by_word.get(head, []) if e.kind in BODY_KINDS and e.char < token.idx
                  and (not owners or owners <= e.owners)]
        i = bisect.bisect_left(self._body_starts, token.idx) - 1
        weak: dict[str, tuple[str | None, Span | None]] = {}
        while i >= 0:
            char, span, actor = self.bodies[i]
            if token.idx - char > BODY_WINDOW and strong:
                break
            text = self.actors.name_of(actor) if actor else span.text
            name = text.lower().replace("-", " ").split()
            if head in name or head + "s" in name:
                if not strong or char > strong[-1].char:
                    return self._actor(actor, span)
                break
            if not strong and not owners and token.idx - char <= BODY_WINDOW and \
                    not any(self.sorts.get(w) not in {None, sort} for w in name):
                weak.setdefault(actor or text, (actor, span))
            i -= 1
        if strong:
            return self._actor(strong[-1].actor, strong[-1].span)
        if len(weak) == 1:  # one body named nearby, of no other sort: "Acme recalled ... the company said"
            return self._actor(*next(iter(weak.values())))
        return None

    def _actor(self, actor: str | None, span: Span | None) -> str | None:
        """The actor of a body's name, made now when the actor table has none."""
        if actor is None and span is not None:
            return self.actors.ensure(span, "organization")
        return actor


def _qualifier_clash(words: tuple[str, ...], head: str, mods: list[str]) -> bool:
    """The described title has a qualifier right before its head that the description lacks:
    "Prime Minister Ruiz" for "the foreign minister"; "Vice President Lind" for "the president"."""
    k = words.index(head)
    before = words[k - 1] if k > 0 else None
    if before in OTHER_OFFICE and before not in mods:
        return True
    return bool(mods) and before is not None and before not in mods and before not in LOOSE_WORDS \
        and before.isalpha() and not any(m in words for m in mods)


def _unreal(verb: Token) -> bool:
    """A verb in a plan, a threat or a condition: "vowed to kill X", "if X were killed"."""
    t = verb
    for _ in range(3):
        if any(c.dep_ in {"neg", "mark"} and c.lower_ in {"not", "n't", "never", "if", "unless"} for c in t.children) \
                or any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "will", "may"} for c in t.children):
            return True
        if t.dep_ == "xcomp":
            return True
        if t.dep_ not in {"conj", "ccomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def only_a_place(mentions, ent: Span) -> bool:
    """A place that cannot speak: a state can ("Tehran said"), a province or region may ("Ontario
    said it would appeal"), but not a city, a landmark, or a place the article describes as an
    island or a resort ("Tourists flocked to the resort island of Bali ... Bali said")."""
    if ent.label_ in {"LOC", "FAC"}:
        return True
    if ent.label_ not in {"GPE", "PERSON"}:
        return False
    actor = mentions.own_actor(ent) if ent.label_ == "GPE" else \
        mentions.actors.actor_for_span(ent.start_char, ent.end_char)
    if actor is not None and mentions.actors.kind_of(actor) in {"state", "organization", "group", "person", "media"}:
        return False
    if ent.label_ == "PERSON" and not any(e.text == ent.text and e.label_ in {"GPE", "LOC"} for e in mentions.ents):
        return False  # a name the actor table doubted, but no place the article names
    if ent.text not in _subdivision_names():
        return True
    return _described_as_place(mentions, ent.text)


def _described_as_place(mentions, name: str) -> bool:
    """The article calls the place an island, resort, town ...: "the island of Bali", "Bali, a resort"."""
    places = mentions.words["place_nouns"]
    doc = mentions.doc
    for ent in mentions.ents:
        if ent.text != name:
            continue
        near = [t for t in doc[max(0, ent.start - 3):ent.start] if not t.is_punct]
        if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
            near += list(doc[ent.end + 1:min(len(doc), ent.end + 4)])
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near.append(root.head.head)
        if root.dep_ in {"compound", "appos"}:
            near.append(root.head)
        if any(t.lemma_.lower() in places for t in near):
            return True
    return False


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """Provinces, states and regions of every country (pycountry): bodies that can speak."""
    import pycountry

    return frozenset(sub.name for sub in pycountry.subdivisions)
