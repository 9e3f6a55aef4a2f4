"""The ActorTable: the actors of one article, and the lookups from a mention's characters to its actor.

Every step of ``find_actors`` adds to it; every later stage (quotes, positions, events...) looks
its mentions up in it.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.actors.spans import (clean_span, family_key, initials, link_or_handle, named_after,
                                            names_main_subject, surname_key, titles_conflict, unbracketed)
from generator.extract.actors.words import (FIRST_PERSON, NOISE_POS, PRONOUN_GENDER, PRONOUNS_BY_KIND,
                                            SPEAKING_VERBS, gender_words)
from generator.extract.parsed import Parsed
from generator.model.factsheet import Actor, Role


def _hashed_id(text: str) -> str:
    """An id for a name with no Latin letters ('日本'): stable across runs, never empty."""
    import hashlib
    return "actor-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _appositive_gender(span: Span) -> str | None:
    """'m' or 'f' when a name stands in apposition to a gendered word: "the first lady, Ada
    Okoro", "Ada Okoro, the first lady,"."""
    root = span.root
    words = gender_words()
    related = [root.head] if root.dep_ == "appos" else []
    related += [c for c in root.children if c.dep_ == "appos"]
    return next((words[t.lower_] for t in related if t.lower_ in words), None)


def _no_person(span: Span) -> bool:
    """A name asked for as a person's that is nobody: a link or an account's handle ("@VarniaGov
    tweeted"), or a bare name that is a place's ("the Okoro military hospital", "Tarn, a village
    in the hills"). A phrase with a common noun in it ("the hospital spokesman") is someone's."""
    if all(link_or_handle(t) or t.is_punct for t in span):
        return True
    return all(t.pos_ == "PROPN" or t.text == "-" for t in span) and named_after(span)


def _person_in(span: Span, entities: list[Span]) -> Span | None:
    """The PERSON entity a phrase holds ('Trump himself' -> 'Trump'), or the words of the phrase
    when NER calls them a person elsewhere in the article; None when there is none."""
    tokens = [t for t in span if t.ent_type_ == "PERSON" and (t.pos_ == "PROPN" or t.text[:1].isupper())]
    if tokens:
        start = tokens[0].i
        end = start
        while end < span.end and span.doc[end].ent_type_ == "PERSON":
            end += 1
        # a word in capitals after a name is no part of it: "cheered Okoro MORE" (a page's link text)
        while end - 1 > start and len(span.doc[end - 1].text) >= 3 and span.doc[end - 1].text.isupper():
            end -= 1
        found = clean_span(span.doc[start:end])
        return found if len(found) else None
    names = [t for t in span if t.pos_ == "PROPN"]
    if names and len(names) < len(span) and names[-1].i - names[0].i + 1 == len(names) and \
            all(t.pos_ in NOISE_POS for t in span if t.pos_ != "PROPN"):
        return _person_in(span.doc[names[0].i:names[-1].i + 1], entities)  # "Trump himself": the name alone
    if all(t.pos_ == "PROPN" for t in span) and len(span) <= 3:
        text = span.text
        if any(e.label_ == "PERSON" and e.text == text for e in entities):
            return span
    return None


@dataclass
class _Cluster:
    id: str
    name: str
    kind: str
    surfaces: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    members: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)  # words naming it only through others ('Varnians')


@dataclass(order=True)
class _Mention:
    start: int          # character offsets
    end: int
    actor: str = field(compare=False)
    modifier: bool = field(default=False, compare=False)  # "Malian" in "Malian Foreign Minister"


class ActorTable:
    """The actors of one Doc, and the lookups from a mention's characters to its actor."""

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.doc = parsed.doc
        self._clusters: dict[str, _Cluster] = {}
        self._mentions: list[_Mention] = []          # kept sorted by start
        self._by_token: dict[int, list[_Mention]] = {}
        self._surnames: dict[str, list[str]] = {}    # last name -> person ids, first seen first
        self._given: dict[str, list[str]] = {}       # first word of a fuller name -> person ids
        self._titles: dict[str, set[str]] = {}       # person id -> words of the titles it was named with
        self._genders: dict[str, set[str]] = {}      # person id -> 'm'/'f' from the words before its names
        self._bare_genders: dict[str, str | None] | None = None  # surname -> gender of "Mr. X" in the text
        self.place_names: set[str] = set()           # names the article shows to be places' (never people)

    # -- building
    def add(self, span: Span, kind: str, key: str | None = None, name: str | None = None,
            modifier: bool = False, text: str | None = None) -> str:
        """Record span as a mention of the actor `key` (created when new); return its id."""
        surface = " ".join((text or span.text).split())  # a name never holds a line break
        name = " ".join(name.split()) if name else name
        key = key or gazetteer.slug(name or surface) or _hashed_id(name or surface)
        cluster = self._clusters.get(key)
        if cluster is None:
            cluster = self._clusters[key] = _Cluster(id=key, name=name or surface, kind=kind)
            if kind == "person":
                self._index_person(key)
        gender = cluster.kind == "person" and (self.gender_before(span.start) or _appositive_gender(span))
        if gender:
            self._genders.setdefault(key, set()).add(gender)
        cluster.surfaces.append(surface)
        if (span.start_char, span.end_char) not in cluster.mentions:
            cluster.mentions.append((span.start_char, span.end_char))
            mention = _Mention(span.start_char, span.end_char, key, modifier)
            self._mentions.insert(bisect_left(self._mentions, mention), mention)
            for token in span:
                self._by_token.setdefault(token.i, []).append(mention)
        return key

    def _index_person(self, key: str) -> None:
        words = self._clusters[key].name.split()
        self._surnames.setdefault(family_key(self._clusters[key].name), []).append(key)
        if len(words) > 1:  # "Kim" of "Kim Jong Un", "Mike" of "Mike Pompeo"
            self._given.setdefault(surname_key(words[0]), []).append(key)

    def known(self, actor_id: str, name: str, kind: str, via: str | None = None) -> str:
        """An actor the article refers to through another's mention ('Canadians' -> Canada); `via`,
        the words that refer to it, is kept as an alias while the actor has no mention of its own,
        so its name is found in the text (see ``actors``)."""
        if actor_id not in self._clusters:
            self._clusters[actor_id] = _Cluster(id=actor_id, name=name, kind=kind)
        if via:
            self._clusters[actor_id].via.append(via)
        return actor_id

    def add_role(self, actor_id: str, title: str, of: str | None) -> None:
        cluster = self._clusters[actor_id]
        title = unbracketed(title)
        title = title[:1].upper() + title[1:]
        for role in cluster.roles:
            if role.title.lower() == title.lower() and (role.of == of or of is None):
                return
            if role.title.lower() == title.lower() and role.of is None:
                role.of = of
                return
        cluster.roles.append(Role(title=title, of=of))

    def set_affiliation(self, actor_id: str, affiliation: str | None, replace: bool = False) -> None:
        """What the actor is affiliated to, unless it has an affiliation already (or `replace`)."""
        cluster = self._clusters[actor_id]
        if affiliation and affiliation != actor_id and (cluster.affiliation is None or replace):
            cluster.affiliation = affiliation

    def add_member(self, actor_id: str, member: str) -> None:
        members = self._clusters[actor_id].members
        if member != actor_id and member not in members:
            members.append(member)

    def add_surface(self, actor_id: str, text: str) -> None:
        """Another way of writing the actor's name, kept as an alias ("UN" of "United Nations")."""
        self._clusters[actor_id].surfaces.append(text)

    def retype(self, actor_id: str, kind: str) -> None:
        """The actor is of another kind than first thought ('Farm' is the Farm news agency: media)."""
        self._clusters[actor_id].kind = kind

    def lengthen_name(self, actor_id: str, name: str) -> None:
        """The actor is named `name` when that is longer than its name ("the letter" -> "the joint letter")."""
        cluster = self._clusters[actor_id]
        if len(name) > len(cluster.name):
            cluster.name = name

    def merge(self, source: str, target: str) -> None:
        """Actor `source` is `target` written another way: its mentions, names and roles become
        the target's, and every reference to it points to the target."""
        cluster, into = self._clusters[source], self._clusters[target]
        into.surfaces += cluster.surfaces
        into.mentions += [m for m in cluster.mentions if m not in into.mentions]
        for role in cluster.roles:
            self.add_role(target, role.title, role.of)
        into.affiliation = into.affiliation or cluster.affiliation
        for mention in self._mentions:
            if mention.actor == source:
                mention.actor = target
        for other in self._clusters.values():
            other.members = [target if m == source else m for m in other.members]
            if other.affiliation == source:
                other.affiliation = target
        self.note_titles(target, self._titles.pop(source, set()))
        del self._clusters[source]
        for index in (self._surnames, self._given):
            for name in list(index):
                index[name] = [p for p in index[name] if p != source]

    # -- lookups used by later stages
    def in_furniture(self, span: Span) -> bool:
        """Whether a span stands in page furniture (a byline, a credit, a caption): no actor there."""
        furniture = self.parsed.furniture
        return any(i in furniture for i in range(span.start, span.end))

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        """Mentions overlapping characters [start, end), in text order."""
        i = bisect_left(self._mentions, _Mention(start, -1, ""))
        while i > 0 and self._mentions[i - 1].end > start:  # a mention that began before start
            i -= 1
        found = []
        for mention in self._mentions[i:]:
            if mention.start >= end:
                break
            if mention.end > start:
                found.append(mention)
        return found

    def actor_at_token(self, i: int, modifiers: bool = True) -> str | None:
        """The actor of the widest mention holding token i."""
        mentions = [m for m in self._by_token.get(i, []) if modifiers or not m.modifier]
        return max(mentions, key=lambda m: m.end - m.start).actor if mentions else None

    def actor_for_span(self, start: int, end: int) -> str | None:
        """The actor this stretch of text names: the one holding its head word, else the first named."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            head = self.actor_at_token(span.root.i)
            if head:
                return head
        mentions = self.mentions_in(start, end)
        plain = [m for m in mentions if not m.modifier]
        return (plain or mentions)[0].actor if mentions else None

    def actors_for_span(self, start: int, end: int, expand: bool = True) -> list[str]:
        """Every actor a subject names: 'Mali and Burkina Faso' -> both; with expand, a group or
        document that has members stands for them ('the governments of A and B' -> A, B;
        'the letter signed by A and B' -> A, B)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        found: list[str] = []
        if span is not None and len(span):
            heads = [span.root] + [t for t in span.root.conjuncts if span.start <= t.i < span.end]
            for token in heads:
                actor = self.actor_at_token(token.i)
                if actor and actor not in found:
                    found.append(actor)
        if not found:
            first = self.actor_for_span(start, end)
            found = [first] if first else []
        if expand:
            expanded = []
            for actor in found:
                for member in self._clusters[actor].members or [actor]:
                    if member not in expanded:
                        expanded.append(member)
            found = expanded
        return found

    def ensure(self, span: Span, kind: str = "other") -> str | None:
        """The actor this span mentions, adding one for it when none is known; None for a name
        asked for as a person's that is a place's or no name at all (see ``_no_person``)."""
        found = self.actor_for_span(span.start_char, span.end_char)
        if found:
            return found
        cleaned = clean_span(span)
        cleaned = cleaned if len(cleaned) else span
        person = _person_in(cleaned, self.parsed.entities)
        if person is not None:
            # "Trump himself", "Pelosi" typed ORG: a name NER calls a person is a person's, and a
            # phrase made of a name and other words is the name's
            cleaned, kind = person, "person"
            found = self.actor_for_span(cleaned.start_char, cleaned.end_char)
            if found:
                return found
        else:
            names = [t for t in cleaned if t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha
                     and self.knows_name(t.text)]
            if names and all(t.pos_ in NOISE_POS for t in cleaned if t not in names) and \
                    names[-1].i - names[0].i + 1 == len(names) and self.knows_name(names[-1].text):
                # a known person's surname, with or without noise: "Trump himself" is Trump
                cleaned, kind = cleaned.doc[names[0].i:names[-1].i + 1], "person"
                found = self.actor_for_span(cleaned.start_char, cleaned.end_char)
                if found:
                    return found
        text = cleaned.text
        entry = gazetteer.lookup().get(text)
        if entry:  # a state or organisation by name is that, whatever kind is asked for
            self.known(entry[0].id, entry[0].name, entry[0].kind)
            return self.add(cleaned, entry[0].kind, key=entry[0].id, name=entry[0].name)
        if kind == "person" and (_no_person(cleaned) or unbracketed(cleaned.text) in self.place_names):
            return None
        if kind == "person" and (" " not in text and text in gazetteer.place_names() or named_after(cleaned)):
            kind = "other"  # "Kerman": a city is never a person, nor "Ain al-Asad" of "Ain al-Asad airbase"
        if all(t.pos_ == "PROPN" for t in cleaned):
            pid = self.person_by_surname(cleaned[-1].text, gender=self.gender_before(cleaned.start),
                                         at=cleaned.start_char)
            if pid and len(cleaned) <= 3:
                return self.add(cleaned, "person", key=pid)
        return self.add(cleaned, kind)

    def name_of(self, actor_id: str) -> str:
        return self._clusters[actor_id].name

    def kind_of(self, actor_id: str) -> str:
        return self._clusters[actor_id].kind

    def members_of(self, actor_id: str) -> list[str]:
        """The states of a group ('governments of A and B'), the signatories of a document."""
        return list(self._clusters[actor_id].members)

    def roles_of(self, actor_id: str) -> list[Role]:
        return list(self._clusters[actor_id].roles)

    def mentions_of(self, actor_id: str) -> list[tuple[int, int]]:
        return sorted(self._clusters[actor_id].mentions)

    def ids(self) -> list[str]:
        return list(self._clusters)

    def has(self, actor_id: str) -> bool:
        return actor_id in self._clusters

    def affiliation_of(self, actor_id: str) -> str | None:
        """What the actor is affiliated to (a minister's state), None when nothing or not an actor here."""
        cluster = self._clusters.get(actor_id)
        return cluster.affiliation if cluster is not None else None

    def titles_of(self, person: str) -> set[str]:
        """The words of the titles the article names the person with ("president", "vice")."""
        return set(self._titles.get(person, ()))

    def mentioned_at(self, i: int) -> bool:
        """Whether token i is part of a mention of an actor."""
        return i in self._by_token

    def name_keys(self) -> list[str]:
        """The surnames and the first words of fuller names of the article's people, as keys
        (``spans.surname_key``): the words a bare mention of one of them may be."""
        return list(self._surnames) + list(self._given)

    def people_of_family(self, name: str) -> list[str]:
        """The people whose family name is that of `name` (``spans.family_key``), first seen first."""
        return list(self._surnames.get(family_key(name), []))

    def gender_before(self, i: int) -> str | None:
        """'m' or 'f' when the word before token `i` says so ('Mr.', 'Ms', 'first lady'), else None."""
        return gender_words().get(self.doc[i - 1].lower_) if i > 0 else None

    def gender_of(self, actor_id: str) -> str | None:
        """A person's gender when the article names them with only one kind of word for it."""
        found = self._genders.get(actor_id, set())
        return next(iter(found)) if len(found) == 1 else None

    def _bare_gender(self, key: str) -> str | None:
        """The gender the article gives a bare surname ('Mr. Okoro' throughout), None when it
        gives none or both ('Mr. and Mrs. Okoro')."""
        if self._bare_genders is None:
            seen: dict[str, set[str]] = {}
            for token in self.doc[1:]:
                gender = self.gender_before(token.i)
                if gender and token.text[:1].isupper():
                    seen.setdefault(surname_key(token.text), set()).add(gender)
            self._bare_genders = {k: next(iter(g)) if len(g) == 1 else None for k, g in seen.items()}
        return self._bare_genders.get(key)

    def person_by_surname(self, surname: str, titles: set[str] | None = None,
                          exclude: str | None = None, full_only: bool = False,
                          gender: str | None = None, at: int | None = None) -> str | None:
        """The person a bare name stands for: one whose surname it is, or whose name it begins
        (the family name of "Kim Jong Un", the given name of "Mike Pompeo"). Where several people
        fit ("Kim" beside "Tony Kim" and "Kim Jong Un"; "Bush" for a father and a son), the one the
        article names most often, and nobody when two are named as often. With `titles` (the words
        of the title the bare name came with), a person whose titles conflict does not fit:
        "King Abdullah" is not "Crown Prince Abdullah", "Vice President Lee" not "President Lee".
        A man and a woman never fit each other: "Mr. Okoro" (`gender`, else the gender the article
        gives the bare surname) is not "first lady Ada Okoro". Of several who fit, those the bare
        name's title is one of are first ("Governor Lund" is the governor, not the senator Lund),
        then those the article named before the mention at character `at` (a news story names
        someone in full before it calls them by the surname: a "Berg" written before "Ambassador
        Ola Berg" is the Berg named earlier), and only then the one named most often."""
        key = surname_key(surname)
        gender = gender or self._bare_gender(key)
        found = [p for p in self._surnames.get(key, []) + self._given.get(key, [])
                 if p != exclude and p in self._clusters and (not full_only or " " in self.name_of(p))
                 and not (gender and self.gender_of(p) not in (None, gender))]
        found = list(dict.fromkeys(found))
        if titles:
            found = [p for p in found if not titles_conflict(titles, self._titles.get(p, set()))]
            found = [p for p in found if titles & self._titles.get(p, set())] or found
        if at is not None and len(found) > 1:
            found = [p for p in found if self._clusters[p].mentions and
                     min(self._clusters[p].mentions)[0] < at] or found
        if len(found) <= 1:
            return found[0] if found else None
        counts = sorted(((len(self._clusters[p].mentions), p) for p in found), key=lambda c: -c[0])
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def knows_name(self, word: str) -> bool:
        """Whether a bare word is the surname, or the first name, of someone the article names."""
        key = surname_key(word)
        return bool(self._surnames.get(key) or self._given.get(key))

    def person_by_initials(self, word: str) -> str | None:
        """'AMLO', 'Amlo', 'MBS': the one person of the article whose full name these initials spell."""
        if not (3 <= len(word) <= 6 and word.isalpha()):
            return None
        lower = word.lower()
        found = [pid for pid, c in self._clusters.items() if c.kind == "person" and lower in initials(c.name)]
        return found[0] if len(found) == 1 else None

    def note_titles(self, person: str, words: set[str]) -> None:
        self._titles.setdefault(person, set()).update(words)

    def agents_of(self, token: Token) -> list[str]:
        """The actors doing what verb `token` says: its subject, the noun a participle modifies
        ('ECOWAS announced' inside 'as the ECOWAS announced'), the subject a conjoined or
        controlled verb shares; pronouns resolved (see ``resolve_pronoun``)."""
        seen = set()
        while token.i not in seen:
            seen.add(token.i)
            for child in token.children:
                if child.dep_ in ("nsubj", "csubj"):
                    return self.actors_of_phrase(child)
                if child.dep_ == "agent":
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        return self.actors_of_phrase(objects[0])
            if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
                found = self.actors_of_phrase(token.head)
                if found or token.dep_ == "relcl":
                    return found
                token = token.head  # "has the capacity to deploy": whoever has the capacity
                continue
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "attr", "pobj", "prep") \
                    and token.head.i != token.i:
                token = token.head
                continue
            if token.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp", "prep") and token.head.i != token.i:
                token = token.head
                continue
            break
        return []

    def actors_of_phrase(self, token: Token) -> list[str]:
        """The actors a noun phrase headed by `token` names; a pronoun is resolved."""
        if token.pos_ == "PRON" or token.lower_ in PRONOUNS_BY_KIND:
            return self.resolve_pronoun(token)
        left, right = token.left_edge.i, token.i + 1
        # the phrase without its relative clauses and appositions
        for child in token.children:
            if child.i > token.i and child.dep_ not in ("relcl", "acl", "appos", "punct", "advcl"):
                right = max(right, child.right_edge.i + 1)
            elif child.i > token.i:
                break
        return self.actors_for_span(self.doc[left].idx, self.doc[right - 1].idx + len(self.doc[right - 1]))

    def resolve_pronoun(self, token: Token) -> list[str]:
        """he/she/it/they: the subject of the reporting verb when the pronoun opens reported speech
        ('ECOWAS said it has the capacity'), else the nearest actor before it of a fitting kind.
        First person (I/we) is left to the quote's speakers: returns []."""
        lower = token.lower_
        if lower in FIRST_PERSON:
            return []
        kinds = PRONOUNS_BY_KIND.get(lower)
        if kinds is None:
            return []
        clause = token.head
        while clause.dep_ in ("xcomp", "conj", "aux") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.lemma_ in SPEAKING_VERBS:
            reporters = [a for a in self.agents_of(clause.head) if self.kind_of(a) in kinds]
            if reporters:
                return reporters
            if any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in c.subtree)
                   and self.actor_at_token(c.i) is None for c in clause.head.children):
                # "the minister said he would resign": he is the minister, whom the table does
                # not name; never another person named earlier
                return []
        sent_start = token.sent.start
        earlier = self.doc[max(0, sent_start - 60)].idx
        gender = PRONOUN_GENDER.get(lower)
        fitting = [m for m in reversed(self.mentions_in(earlier, token.idx))
                   if not m.modifier and self.kind_of(m.actor) in kinds and self.gender_of(m.actor) in (None, gender)]
        if not fitting:  # "she" is never a "Mr." nor "he" a "Ms"
            return []
        if fitting[0].start < self.doc[sent_start].idx:
            # from a sentence before: its main subject first ("Okoro vowed to strike back if
            # Mensah's allies retaliated. He also repeated ..." is Okoro)
            main = next((m for m in fitting if self._main_subject_at(m)), None)
            if main is not None:
                return [main.actor]
        return [fitting[0].actor]

    def _main_subject_at(self, mention: _Mention) -> bool:
        """Whether a mention is the subject of its sentence's main verb (or of one conjoined with it)."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return any(names_main_subject(token) for token in span) if span is not None else False

    def actors(self) -> list[Actor]:
        out = []
        for c in self._clusters.values():
            # "Varnia said ... Varnians marched": the people are a group of their own, never an
            # alias of the state the article names itself
            surfaces = c.surfaces if c.mentions else c.surfaces + c.via
            aliases = sorted({s for s in surfaces if s != c.name})
            out.append(Actor(id=c.id, name=c.name, kind=c.kind, aliases=aliases,
                             roles=[Role(r.title, r.of) for r in c.roles], affiliation=c.affiliation,
                             mentions=[list(m) for m in sorted(set(c.mentions))]))
        return out
