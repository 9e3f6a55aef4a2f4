"""Actors: who the article is about, one actor per referent, with roles and every mention.

Mentions come from four places, in this order:
1. the gazetteer (states, organisations, media; demonyms and capitals standing for their state),
2. titles before names ("Malian Foreign Minister Abdoulaye Diop", "President [of Mali Assimi] Goita"),
3. the statistical NER's PERSON and ORG entities, corrected: a province or city is never a person,
   a person's surname that NER called an ORG is the person,
4. noun phrases: collectives that name whose they are ("the Nigerien coup leaders") become groups,
   texts that speak or are issued ("the letter read", "issued a joint letter") become documents.
Mentions of one referent share an actor: a surname joins the full name it ends, a gazetteer
entry joins all its spellings, "the letter" joins the earlier "joint letter".
Roles come from titles, appositions ("Diop, Mali's foreign minister,") and counterparts.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from generator.extract import gazetteer
from generator.extract.nlp import entities, index, text_of
from generator.factsheet import Actor, Role

# ---------------------------------------------------------------------------------------------
# data tables

@lru_cache(maxsize=1)
def roles_data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "roles.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def collectives_data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "collectives.yaml").read_text(encoding="utf-8"))


# Prepositions after which a capital is a place, not its state: "protests in Tehran".
LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
            "into", "toward", "towards", "through", "over", "above", "north", "south", "east", "west"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "both", "all", "any", "some"}
BRACKETS = {"[", "]"}
# Prepositions that belong to a group's name: "leaders of X", "troops in X", "diplomats at X".
NOISE_POS = {"PRON", "DET", "ADV", "PUNCT", "PART", "SPACE"}  # "Trump himself", "Pelosi too"
GROUP_PREPS = {"of", "in", "at", "within", "inside", "across"}
PRONOUNS_BY_KIND = {"he": {"person"}, "him": {"person"}, "his": {"person"}, "she": {"person"},
                    "her": {"person"}, "it": {"state", "organization", "group", "document", "media"},
                    "its": {"state", "organization", "group", "document", "media"},
                    "they": {"group", "state", "organization", "person"},
                    "them": {"group", "state", "organization", "person"},
                    "their": {"group", "state", "organization", "person"}}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
SPEAKING_VERBS = {"say", "tell", "state", "read", "warn", "announce", "add", "insist", "claim",
                  "argue", "note", "write", "declare", "explain", "stress", "reply", "urge",
                  "call", "demand", "accuse", "confirm", "deny", "report", "vow", "threaten",
                  "pledge", "promise", "appeal", "ask", "express", "condemn", "reject"}
# Verbs that put a leader in or out of power: "reinstate Bazoum", "the coup that ousted Bazoum".
POWER_VERBS = {"reinstate", "restore", "oust", "depose", "overthrow", "topple", "remove", "unseat",
               "detain", "release", "free", "return"}


def surname_key(word: str) -> str:
    """'al-Sadr', 'Al-Sadr' and 'Sadr' are one surname."""
    lower = word.lower()
    for prefix in ("al-", "el-", "al ", "el "):
        if lower.startswith(prefix):
            return lower[len(prefix):]
    return lower


def _hashed_id(text: str) -> str:
    """An id for a name with no Latin letters ('日本'): stable across runs, never empty."""
    import hashlib
    return "actor-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _clean(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive: 'the United Nations' -> 'United Nations'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].text in BRACKETS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in BRACKETS | {"'s", "’s"}
                           or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _person_in(span: Span) -> Span | None:
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
        found = _clean(span.doc[start:end])
        return found if len(found) else None
    names = [t for t in span if t.pos_ == "PROPN"]
    if names and len(names) < len(span) and names[-1].i - names[0].i + 1 == len(names) and \
            all(t.pos_ in NOISE_POS for t in span if t.pos_ != "PROPN"):
        return _person_in(span.doc[names[0].i:names[-1].i + 1])  # "Trump himself": the name alone
    if all(t.pos_ == "PROPN" for t in span) and len(span) <= 3:
        text = span.text
        if any(e.label_ == "PERSON" and e.text == text for e in entities(span.doc)):
            return span
    return None


def _name_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) with editorial brackets removed: 'Assimi] Goita' -> 'Assimi Goita'."""
    text = doc[start:end].text
    return re.sub(r"\s+", " ", re.sub(r"[\[\]]", " ", text)).strip()


@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = yaml.safe_load((gazetteer.DATA / "furniture.yaml").read_text(encoding="utf-8"))
    cues = "|".join(re.escape(c) for c in data["credit_cues"])
    ends = "|".join(re.escape(c) for c in data["credit_ends"])
    credit = re.compile(rf"(?:{cues})[^\n]*?(?=(?:{ends})|\n|$)")
    # a lowercase pair then a capital glued on ("PelosiImpeachment", not "McConnell" or "DeSantis")
    link = re.compile(rf"[a-z]{{2}}(?=[A-Z][a-z])[^\n]*?\b{re.escape(data['link_end'])}\b(?:\s*\([^()\n]{{1,20}}\))?")
    return credit, link


def furniture(doc: Doc) -> set[int]:
    """Tokens of page furniture, computed once per doc: photo credits ('Image copyright Getty
    Images', 'toggle caption X/AFP via Getty Images') and link text glued to a name
    ('PelosiImpeachment battle lines harden ... Key Trump adviser predicts ... MORE'); the name
    the link text is glued to stays ('Pelosi')."""
    found = doc.user_data.get("briefing_furniture")
    if found is not None:
        return found
    found = set()
    credit, link = _furniture_patterns()
    text = text_of(doc)
    spans = [(m.start(), m.end()) for m in credit.finditer(text)]
    spans += [(m.start() + 2, m.end()) for m in link.finditer(text)]
    if spans:
        starts = [t.idx for t in doc]
        for start, end in spans:
            i = bisect_left(starts, start)
            while i < len(doc) and starts[i] < end:
                found.add(i)
                i += 1
    doc.user_data["briefing_furniture"] = found
    return found


# ---------------------------------------------------------------------------------------------
# the table

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


@dataclass(order=True)
class _Mention:
    start: int          # character offsets
    end: int
    actor: str = field(compare=False)
    modifier: bool = field(default=False, compare=False)  # "Malian" in "Malian Foreign Minister"


class ActorTable:
    """The actors of one Doc, and the lookups from a mention's characters to its actor."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._clusters: dict[str, _Cluster] = {}
        self._mentions: list[_Mention] = []          # kept sorted by start
        self._by_token: dict[int, list[_Mention]] = {}
        self._surnames: dict[str, list[str]] = {}    # last name -> person ids, first seen first

    # -- building
    def add(self, span: Span, kind: str, key: str | None = None, name: str | None = None,
            modifier: bool = False, text: str | None = None) -> str:
        """Record span as a mention of the actor `key` (created when new); return its id."""
        surface = text or span.text
        key = key or gazetteer.slug(name or surface) or _hashed_id(name or surface)
        cluster = self._clusters.get(key)
        if cluster is None:
            cluster = self._clusters[key] = _Cluster(id=key, name=name or surface, kind=kind)
            if kind == "person":
                self._surnames.setdefault(surname_key(cluster.name.split()[-1]), []).append(key)
        cluster.surfaces.append(surface)
        if (span.start_char, span.end_char) not in cluster.mentions:
            cluster.mentions.append((span.start_char, span.end_char))
            mention = _Mention(span.start_char, span.end_char, key, modifier)
            self._mentions.insert(bisect_left(self._mentions, mention), mention)
            for token in span:
                self._by_token.setdefault(token.i, []).append(mention)
        return key

    def known(self, actor_id: str, name: str, kind: str) -> str:
        """An actor the article refers to through another's mention ('Canadians' -> Canada)."""
        if actor_id not in self._clusters:
            self._clusters[actor_id] = _Cluster(id=actor_id, name=name, kind=kind)
        return actor_id

    def add_role(self, actor_id: str, title: str, of: str | None) -> None:
        cluster = self._clusters[actor_id]
        title = re.sub(r"\s+", " ", re.sub(r"[\[\]]", " ", title)).strip()
        title = title[:1].upper() + title[1:]
        for role in cluster.roles:
            if role.title.lower() == title.lower() and (role.of == of or of is None):
                return
            if role.title.lower() == title.lower() and role.of is None:
                role.of = of
                return
        cluster.roles.append(Role(title=title, of=of))

    def set_affiliation(self, actor_id: str, affiliation: str | None) -> None:
        cluster = self._clusters[actor_id]
        if affiliation and affiliation != actor_id and cluster.affiliation is None:
            cluster.affiliation = affiliation

    def add_member(self, actor_id: str, member: str) -> None:
        members = self._clusters[actor_id].members
        if member != actor_id and member not in members:
            members.append(member)

    # -- lookups used by later stages
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

    def ensure(self, span: Span, kind: str = "other") -> str:
        """The actor this span mentions, adding one for it when none is known."""
        found = self.actor_for_span(span.start_char, span.end_char)
        if found:
            return found
        cleaned = _clean(span)
        cleaned = cleaned if len(cleaned) else span
        person = _person_in(cleaned)
        if person is not None:
            # "Trump himself", "Pelosi" typed ORG: a name NER calls a person is a person's, and a
            # phrase made of a name and other words is the name's
            cleaned, kind = person, "person"
            found = self.actor_for_span(cleaned.start_char, cleaned.end_char)
            if found:
                return found
        else:
            names = [t for t in cleaned if t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha
                     and self.person_by_surname(t.text)]
            if names and all(t.pos_ in NOISE_POS for t in cleaned if t not in names) and \
                    names[-1].i - names[0].i + 1 == len(names) and self.person_by_surname(names[-1].text):
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
        if kind == "person" and " " not in text and text in gazetteer.place_names():
            kind = "other"  # "Kerman": a city is never a person
        if all(t.pos_ == "PROPN" for t in cleaned):
            pid = self.person_by_surname(cleaned[-1].text)
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

    def person_by_surname(self, surname: str) -> str | None:
        ids = self._surnames.get(surname_key(surname))
        return ids[0] if ids else None

    def person_by_given_name(self, given: str) -> str | None:
        """'Mike' alone, where exactly one person of the article is a Mike."""
        found = {pid for ids in self._surnames.values() for pid in ids
                 if len(self.name_of(pid).split()) > 1 and self.name_of(pid).split()[0] == given}
        return found.pop() if len(found) == 1 else None

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
        sent_start = token.sent.start
        earlier = self.doc[max(0, sent_start - 60)].idx
        for mention in reversed(self.mentions_in(earlier, token.idx)):
            if not mention.modifier and self.kind_of(mention.actor) in kinds:
                return [mention.actor]
        return []

    def actors(self) -> list[Actor]:
        out = []
        for c in self._clusters.values():
            aliases = sorted({s for s in c.surfaces if s != c.name})
            out.append(Actor(id=c.id, name=c.name, kind=c.kind, aliases=aliases,
                             roles=[Role(r.title, r.of) for r in c.roles], affiliation=c.affiliation,
                             mentions=[list(m) for m in sorted(set(c.mentions))]))
        return out


# ---------------------------------------------------------------------------------------------
# step 1: the gazetteer's names

def _is_place_use(ent: Span) -> bool:
    """'protests in Tehran', 'the Baghdad airport': a capital as a place, not standing for its state."""
    root = ent.root
    if root.dep_ == "compound":
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _add_gazetteer(table: ActorTable, doc: Doc) -> None:
    known = gazetteer.by_id()
    surfaces = gazetteer.lookup()
    skip = furniture(doc)
    for ent in entities(doc):
        entry = known.get(ent.ent_id_)
        if entry is None or ent.start in skip:
            continue
        span = _clean(ent)
        if not len(span):
            continue
        how = surfaces.get(span.text, (entry, "name"))[1]
        if how == "capital" and _is_place_use(ent):
            continue
        if how == "plural":  # "Iranians": the people, a group belonging to the state
            gid = table.add(span, "group", key=gazetteer.slug(span.text), name=span.text)
            table.known(entry.id, entry.name, entry.kind)
            table.set_affiliation(gid, entry.id)
            table.add_member(gid, entry.id)
            continue
        modifier = how == "demonym" or ent.root.dep_ in ("poss", "compound", "amod")
        table.add(span, entry.kind, key=entry.id, name=entry.name, modifier=modifier)
        if entry.acronym:  # "United Nations" is also "UN", whether or not the body spells it so
            table._clusters[entry.id].surfaces.append(entry.acronym)


# ---------------------------------------------------------------------------------------------
# step 2: titles and the names they introduce

@lru_cache(maxsize=4)
def _title_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    data = roles_data()
    from spacy.lang.en import English
    make = English().make_doc
    matcher.add("TITLE", [make(t) for t in data["titles"]])
    matcher.add("COUNTERPART", [make(t) for t in data["counterpart_words"]])
    matcher.add("HONORIFIC", [make(t) for t in data["honorifics"]])
    return matcher


def _is_department_word(token: Token) -> bool:
    lower = token.lower_
    return (lower in roles_data()["department_words"]
            or lower.endswith(("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ics", "ism")))


@dataclass
class _TitleMatch:
    start: int            # token offsets of the title words
    end: int
    title: str            # as written, with a department when it has one
    of: list[str]         # actors the title is of ("Malian", "Mali's", "of Mali")
    counterpart: bool = False
    honorific: bool = False  # "Ms", "Dr": part of how a name is written, not a role


def _actor_ending_at(table: ActorTable, i: int) -> str | None:
    """The state/organisation whose mention ends at token i ('Mali' in "Mali's"), if any."""
    return table.actor_at_token(i) if i >= 0 else None


def _left_of(table: ActorTable, doc: Doc, start: int) -> tuple[list[str], int]:
    """Actors named just before a title: 'Malian', "Mali's", 'U.S.'; returns (ids, new start)."""
    i = start - 1
    while i >= 0 and doc[i].text in BRACKETS:
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    actor = _actor_ending_at(table, i)
    if actor and table.kind_of(actor) in ("state", "organization", "group", "media"):
        j = i
        while j > 0 and table.actor_at_token(j - 1) == actor:
            j -= 1
        return [actor], j
    return [], start


def _of_phrase(table: ActorTable, doc: Doc, i: int) -> tuple[list[str], int]:
    """After 'of': '[the] [both] Mali [and Burkina Faso]' -> the actors and the token after them."""
    found = []
    while i < len(doc):
        while i < len(doc) and (doc[i].lower_ in DETERMINERS or doc[i].text in BRACKETS):
            i += 1
        actor = table.actor_at_token(i) if i < len(doc) else None
        if not actor or table.kind_of(actor) == "person":
            break
        found.append(actor)
        while i < len(doc) and table.actor_at_token(i) == actor:
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "and" and table.actor_at_token(i + 1 + (doc[i + 1].lower_ in DETERMINERS)):
            i += 1
            continue
        break
    return found, i


def _portfolio_start(table: ActorTable, doc: Doc, span: Span, taken: set[int]) -> int:
    """Where an office's title begins when words name its portfolio before it, from no closed
    list of portfolios: 'Norwegian [Fisheries] Minister', "Chad's [Deputy Mining] Secretary",
    'Norway's [fisheries] minister' (a lowercase noun only as a compound of the title). The
    words stop at an actor ('Norwegian', 'U.S.'), a determiner or possessive, a date, a word
    another title holds, and words that date the office ('former', 'then')."""
    if span[-1].lower_ not in roles_data()["portfolio_heads"]:
        return span.start
    stop = set(roles_data()["not_portfolio_words"])
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        token = doc[i]
        if (i in taken or table.actor_at_token(i) or token.lower_ in stop or token.lower_ in DETERMINERS
                or not token.is_alpha or token.ent_type_ in ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL")
                or token.tag_ in ("POS", "PRP$")):
            break
        capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        compound = token.pos_ == "NOUN" and token.dep_ == "compound" and span.start <= token.head.i < span.end + 1
        if not (capitalised or compound):
            break
        if capitalised and token.i == token.sent.start and token.tag_ not in ("NNP", "NNPS") \
                and token.pos_ != "NOUN":
            break
        i -= 1
    return i + 1


def _title_matches(table: ActorTable, doc: Doc) -> list[_TitleMatch]:
    spans = filter_spans([Span(doc, s, e, label=doc.vocab.strings[m])
                          for m, s, e in _title_matcher(doc.vocab)(doc)])
    matches = []
    taken = {i for span in spans for i in range(span.start, span.end)}
    for span in spans:
        counterpart = span.label_ == "COUNTERPART"
        start = _portfolio_start(table, doc, span, taken) if span.label_ == "TITLE" else span.start
        span = doc[start:span.end] if start != span.start else span
        of, _ = _left_of(table, doc, span.start)
        end = span.end
        title = span.text
        j = end
        while j < len(doc) and doc[j].text in BRACKETS:
            j += 1
        if j < len(doc) and doc[j].lower_ == "of" and not counterpart:
            more, k = _of_phrase(table, doc, j + 1)
            if more:
                of, end = of + more, k
            elif span[-1].lower_ in ("minister", "secretary", "ministers", "head", "director"):
                # the department: "Minister of Territorial Administration and Decentralization"
                k = j + 1
                last = j
                while k < len(doc) and (_is_department_word(doc[k]) or
                                        (doc[k].lower_ in ("and", "of", "for", "the", "&")
                                         and k + 1 < len(doc) and _is_department_word(doc[k + 1]))):
                    if _is_department_word(doc[k]):
                        last = k
                    k += 1
                if last > j:
                    end = last + 1
                    title = doc[span.start:end].text
        matches.append(_TitleMatch(span.start, end, title, of, counterpart, span.label_ == "HONORIFIC"))
    return matches


def _name_after(table: ActorTable, doc: Doc, i: int, title_starts: set[int]) -> tuple[int, int] | None:
    """The person's name that starts at token i: capitalised words (brackets skipped, particles
    such as 'al-' and 'bin' allowed), at most four, none a title or a state; None when there is none."""
    particles = set(roles_data()["name_particles"])
    while i < len(doc) and doc[i].text in BRACKETS:
        i += 1
    start, end, words = i, i, 0
    while i < len(doc) and words < 4:
        token = doc[i]
        if token.text in BRACKETS:
            i += 1
            continue
        if i in title_starts or table.actor_at_token(i) and table.kind_of(table.actor_at_token(i)) != "person":
            break
        if token.text == "-" and words and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1
            continue
        if token.lower_ in particles and i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"):
            i += 1
            continue
        if words >= 2 and i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")":
            break  # "Mike Pompeo Michael (Mike) Richard Pompeo": a formal name restarts with a nickname
        if not (token.text[:1].isupper() and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")):
            break
        words += 1
        i += 1
        end = i
    if words == 0:
        return None
    return start, end


def _add_titled_people(table: ActorTable, doc: Doc, matches: list[_TitleMatch]) -> list[tuple[str, list[_TitleMatch]]]:
    """People introduced by a title chain; returns (person id, title chain) pairs in text order."""
    title_starts = {m.start for m in matches}
    by_start = {m.start: m for m in matches}
    lowercase_words = _lowercase_words(doc)
    people = []
    last_titled: dict[int, _TitleMatch] = {}  # sentence start -> last title with a name
    skip = furniture(doc)
    for match in matches:
        if match.start in skip:
            continue
        chain = [match]
        # "Supreme Leader Ayatollah Ali Khamenei": titles that follow each other name one person
        j = match.end
        while True:
            k = j
            while k < len(doc) and doc[k].text in BRACKETS:
                k += 1
            if k in by_start and by_start[k] is not match:
                chain.append(by_start[k])
                j = by_start[k].end
                continue
            break
        if any(m.start in {c.start for p in people for c in p[2]} for m in chain[:1]):
            continue  # already part of an earlier chain
        found = _name_after(table, doc, j, title_starts)
        if not found:
            continue
        start, end = found
        words = _tidy_name(_name_text(doc, start, end).split(), doc[start:end])
        name = " ".join(words)
        if not words or _not_a_person(name, doc[start:end], lowercase_words, table, titled=True):
            continue
        people.append((start, end, chain, name))
    person_of = {}
    for start, end, chain, name in sorted(people, key=lambda p: -len(p[3].split())):
        person_of[start] = _add_person(table, doc[start:end], name)
        _add_unbracketed_alias(table, doc, start, end, person_of[start])
    ids = []
    for start, end, chain, name in people:  # in text order, so a counterpart finds who came before
        person = person_of[start]
        sent = doc[start].sent.start
        for m in chain:
            title, of = m.title, m.of
            if m.honorific:
                continue
            if m.counterpart:  # borrows the title of the person named before it in the sentence
                before = last_titled.get(sent)
                if before is None:
                    continue
                title = before.title
            for actor in of or [None]:
                table.add_role(person, title, actor)
            if of:
                table.set_affiliation(person, of[0])
            for actor in of:  # "Malian" in "Malian Foreign Minister" modifies the title
                for mention in table.mentions_in(doc[m.start].idx - 20, doc[m.start].idx):
                    if mention.actor == actor:
                        mention.modifier = True
            if not m.counterpart:
                last_titled[sent] = m
        ids.append((person, chain))
    return ids


def _add_unbracketed_alias(table: ActorTable, doc: Doc, start: int, end: int, person: str) -> None:
    """'President [of Mali Assimi] Goita': the words outside the editor's brackets are how the
    speaker named him ('Goita'), an alias of the full name."""
    closes = [i for i in range(start, end) if doc[i].text == "]"]
    if closes and closes[-1] + 1 < end:
        table._clusters[person].surfaces.append(_name_text(doc, closes[-1] + 1, end))


def _add_person(table: ActorTable, span: Span, name: str | None = None) -> str:
    """A person's mention, joined to the person it names: an exact full name, or a surname (or
    a variant spelling with the same surname and initial) of someone already known."""
    name = name or _name_text(span.doc, span.start, span.end)
    key = gazetteer.slug(name)
    if key in table._clusters:
        return table.add(span, "person", key=key, text=name)
    words = name.split()
    for pid in table._surnames.get(surname_key(words[-1]), []):
        full = table.name_of(pid)
        if len(words) == 1 or full.split()[0][:1] == words[0][:1]:
            return table.add(span, "person", key=pid, name=full, text=name)
    return table.add(span, "person", key=key, name=name, text=name)


# ---------------------------------------------------------------------------------------------
# step 3: the statistical NER, corrected

def _strip_titles(span: Span, title_tokens: set[int]) -> Span:
    start = span.start
    while start < span.end and (start in title_tokens or span.doc[start].text in BRACKETS):
        start += 1
    return _clean(span.doc[start:span.end])


def _lowercase_words(doc: Doc) -> set[str]:
    """Words the article writes in lowercase somewhere ('riot', 'missiles'): a capitalised one
    alone is a sentence start or a heading, not a name."""
    ix = index(doc)
    strings = doc.vocab.strings
    return {strings[h] for h in set(ix.orth[ix.orth == ix.lower].tolist())}


GLUED = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]{2,}.*)$")


def _tidy_name(words: list[str], span: Span) -> list[str]:
    """A name from NER words, without link text glued on by a crawler: 'Nancy Pelosi Nancy
    PelosiImpeachment' -> 'Nancy Pelosi'; 'Trump Donald John TrumpGolden' -> 'Donald John Trump';
    'Yovanovitch MORE' -> 'Yovanovitch'; honorifics and digits out ('Ms Fox', 'PS752')."""
    honorifics = set(roles_data()["honorifics"])
    words = [w for w in words if w.lower() not in honorifics]
    for k, word in enumerate(words):
        glued = GLUED.match(word)
        if k and glued and not word.startswith(("Mc", "Mac", "De", "Le", "La", "Di", "Van", "O")):
            if glued.group(1) == words[0]:
                return words[1:k] + [glued.group(1)]
            return words[:k] + [glued.group(1)]
        if k and word == words[0]:
            return words[:k]
        if len(word) >= 3 and word.isupper():
            return words[:k]
        if any(ch.isdigit() for ch in word):
            return []
    return words


def _nickname_form(doc: Doc, span: Span, words: list[str]) -> list[str]:
    """'Michael (Mike) Richard Pompeo': a formal name written with the nickname in brackets is
    the person known as nickname + surname ('Mike Pompeo'), however NER cut it."""
    if not words:
        return words
    for i in range(max(1, span.start - 3), span.end - 1):
        if doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and \
                doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and \
                (i + 2 == span.start - 1 or span.start <= i and i + 2 < span.end - 1):
            return [doc[i + 1].text, words[-1]]
    return words


def _not_a_person(name: str, span: Span, lowercase_words: set[str], table: ActorTable,
                  titled: bool = False) -> bool:
    """States, regions, places, common words and organisation-like names are not people."""
    words = name.split()
    if name in gazetteer.lookup() or any(w in gazetteer.regions() or w in gazetteer.lookup() for w in words):
        return True
    if any(w.lower() in collectives_data()["not_person_words"] for w in words):
        return True
    particles = roles_data()["name_particles"]
    if not all(w[:1].isupper() or w.lower().split("-")[0] in particles for w in words):
        return True
    if titled:  # "Gen. Soleimani": the title vouches for a name, a place still is none
        return len(words) == 1 and name in gazetteer.place_names() and not table.person_by_surname(name)
    if len(words) == 1:
        if table.person_by_surname(name):
            return False
        return (name in gazetteer.place_names() or name.lower() in lowercase_words
                or span[-1].tag_ in ("NNS", "JJ", "VB", "VBD", "VBG", "RB"))
    first = span[0]
    return first.i == first.sent.start and first.tag_ not in ("NNP", "NNPS") and first.lower_ in lowercase_words


def _speaks(ent: Span) -> bool:
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent) and \
        ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEAKING_VERBS


def _split_names(span: Span) -> list[Span]:
    """'Kwame Asante and Efua Mensah' as one NER entity is two people."""
    parts, start = [], span.start
    for token in span:
        if token.lower_ in ("and", "&", ",", "or"):
            if token.i > start:
                parts.append(span.doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


def _add_ner(table: ActorTable, doc: Doc, title_tokens: set[int]) -> None:
    not_person = set(collectives_data()["not_person_words"])
    people, others = [], []
    skip = furniture(doc)
    for ent in entities(doc):
        if ent.ent_id_ or any(t.i in skip for t in ent):
            continue
        label = ent.label_
        if label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and _speaks(ent):
            label = "PERSON"  # '"...," Kwame Asante said': whoever speaks is no work of art
        if label not in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
            continue
        span = _strip_titles(ent, title_tokens)
        if not len(span) or any(table.actor_at_token(t.i) for t in span):
            continue
        if _is_media_name(span):  # "the Sahelinfo news website", whatever NER called it
            table.add(span, "media", name=_name_text(doc, span.start, span.end))
            continue
        if label == "PERSON":
            people += _split_names(span)
        else:
            others.append(span)
    # full names first, so a bare surname finds the full name wherever it stands
    lowercase_words = _lowercase_words(doc)
    for span in sorted(people, key=lambda s: -len(s)):
        words = _tidy_name(_name_text(doc, span.start, span.end).split(), span)
        words = _nickname_form(doc, span, words)
        if not words:
            continue
        name = " ".join(words)
        if _not_a_person(name, span, lowercase_words, table):
            if any(w.lower() in not_person for w in words):
                others.append(span)
            continue
        if len(words) == 1 and not table.person_by_surname(name) and table.person_by_given_name(name):
            table.add(span, "person", key=table.person_by_given_name(name))
            continue
        _add_person(table, span, name)
    for span in others:
        name = _name_text(doc, span.start, span.end)
        last = span[-1].text
        if table.person_by_surname(last) and span[-1].pos_ == "PROPN" and len(span) <= 3:
            _add_person(table, span, name)  # "Maiga said": NER's ORG is the person already named
        elif (span.label_ == "ORG" or span.label_ == "PERSON" and any(t.lower_ in not_person for t in span)) \
                and any(t.tag_ in ("NNP", "NNPS") for t in span):
            kind = "media" if _is_media_name(span) else "organization"
            table.add(span, kind, name=name)


def _is_media_name(span: Span) -> bool:
    """'aBamako news website': a name that a media noun follows is a news medium."""
    heads = set(collectives_data()["media_heads"])
    doc = span.doc
    i = span.end
    while i < len(doc) and i < span.end + 3 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        if doc[i].lower_ in heads:
            return True
        i += 1
    return span.root.head.lower_ in heads and span.root.dep_ in ("compound", "appos")


def _merge_surnames(table: ActorTable) -> None:
    """'Ms Fox' found before 'Kathy Fox': a one-word person joins the full name it ends."""
    for pid in list(table._clusters):
        cluster = table._clusters[pid]
        if cluster.kind != "person" or " " in cluster.name:
            continue
        key = surname_key(cluster.name)
        full = next((other for other in table._surnames.get(key, []) if other != pid
                     and " " in table.name_of(other)), None)
        if full is None:
            continue
        target = table._clusters[full]
        target.surfaces += cluster.surfaces
        target.mentions += [m for m in cluster.mentions if m not in target.mentions]
        for role in cluster.roles:
            table.add_role(full, role.title, role.of)
        target.affiliation = target.affiliation or cluster.affiliation
        for mention in table._mentions:
            if mention.actor == pid:
                mention.actor = full
        for other in table._clusters.values():
            other.members = [full if m == pid else m for m in other.members]
            if other.affiliation == pid:
                other.affiliation = full
        del table._clusters[pid]
        table._surnames[key] = [p for p in table._surnames[key] if p != pid]


def _add_surnames(table: ActorTable, doc: Doc) -> None:
    """A bare surname the NER missed ('Goita' in a second mention) joins its person."""
    lowercase_words = None
    for i in index(doc).where_lower(list(table._surnames)):
        token = doc[i]
        if token.pos_ != "PROPN" and token.text[:1].isupper() and token.is_alpha:
            # "Trump himself": a known surname the tagger read as a verb, when the article never
            # writes the word in lowercase
            lowercase_words = _lowercase_words(doc) if lowercase_words is None else lowercase_words
            proper = token.lower_ not in lowercase_words
        else:
            proper = token.pos_ == "PROPN"
        if proper and token.i not in table._by_token and token.i not in furniture(doc):
            pid = table.person_by_surname(token.text)
            if pid and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN"):
                table.add(doc[token.i:token.i + 1], "person", key=pid)


# ---------------------------------------------------------------------------------------------
# step 4: groups and documents from noun phrases

def _phrase_extent(head: Token) -> tuple[int, int]:
    """Tokens of the noun phrase headed by `head`, without relative clauses and appositions."""
    left, right = head.left_edge.i, head.i + 1
    for child in head.children:
        if child.i > head.i:
            if child.dep_ in ("relcl", "acl", "appos", "punct", "advcl"):
                break
            # "leaders of Iraqi militias", "troops in Iraq" name a group; "leaders about the
            # strike", "officials including his boss" say something else about it
            if child.dep_ == "prep" and child.lower_ not in GROUP_PREPS or child.dep_ in ("cc", "conj"):
                break  # "Trump administration and Tehran": two actors, not one group
            right = max(right, child.right_edge.i + 1)
    doc = head.doc
    for i in range(head.i + 1, right):  # a comma or bracket ends the name: "officials in X, Y"
        if doc[i].text in (",", "(", ";", ":", "\u2014", "--") or doc[i].dep_ in ("relcl", "acl"):
            return left, i
    return left, right


def _add_groups(table: ActorTable, doc: Doc, title_tokens: set[int]) -> None:
    data = collectives_data()
    heads, standalone = set(data["group_heads"]), set(data["standalone_heads"])
    speaks_for = set(data["speaks_for_heads"])
    skip = furniture(doc)
    for chunk in doc.noun_chunks:
        head = chunk.root
        lower = head.lower_
        if lower not in heads or head.i in title_tokens or table.actor_at_token(head.i) or head.i in skip:
            continue
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in title_tokens:
            continue  # "the head of delegations of ...": part of a role, not an actor
        left, right = _phrase_extent(head)
        left = max(left, chunk.start)
        # "the 5,000 U.S. troops", "over 100,000 fighters": a count is a figure, not part of the name
        while left < head.i and (doc[left].lower_ in DETERMINERS | {"'s", "his", "her", "its", "their", "over",
                                                                     "about", "some", "nearly", "around", "more", "than"}
                                 or doc[left].like_num or doc[left].pos_ == "NUM"):
            left += 1
        members, owners = [], []
        for mention in table.mentions_in(doc[left].idx, doc[right - 1].idx + len(doc[right - 1])):
            kind = table.kind_of(mention.actor)
            if kind in ("state", "organization", "group") or (kind == "person" and lower in
                                                              ("administration", "government", "regime")):
                if mention.actor not in owners:
                    owners.append(mention.actor)
                # "the governments of A and B", "A's government" speak for A and B; "Iraqi militias" do not
                token = doc[table.doc.char_span(mention.start, mention.end, alignment_mode="expand").root.i]
                if lower in speaks_for and (mention.start > head.idx or token.dep_ == "poss") \
                        and mention.actor not in members:
                    members.append(mention.actor)
        if not owners and lower not in standalone:
            continue
        if not owners and head.tag_ not in ("NNS", "NNPS") and lower not in ("junta",):
            continue
        span = _clean(doc[left:right])
        if not len(span):
            continue
        name = _name_text(doc, span.start, span.end)
        gid = table.add(span, "group", name=name)
        for member in members:
            table.add_member(gid, member)
        if owners:
            table.set_affiliation(gid, owners[0])
        for mention in table.mentions_in(span.start_char, span.end_char):
            if mention.actor != gid:
                mention.modifier = True


def _document_speaks(head: Token) -> bool:
    data = collectives_data()
    verbs = set(data["document_verbs"])
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEAKING_VERBS | {"read"}:
        return head.dep_ == "nsubj"
    if head.dep_ == "dobj" and head.head.lemma_ in verbs:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "through", "via") and \
            head.head.head.lemma_ in SPEAKING_VERBS:
        return True
    return any(c.lemma_ in ("sign", "issue", "release", "publish") and c.dep_ == "acl" for c in head.children)


def _document_name(head: Token) -> str:
    mods = [t for t in head.children if t.dep_ in ("amod", "compound") and t.i < head.i
            and not t.ent_type_ and t.pos_ != "NUM"]
    words = [t.lower_ for t in sorted(mods, key=lambda t: t.i)] + [head.lemma_.lower()]
    return " ".join(words)


def _signatories(table: ActorTable, head: Token) -> list[str]:
    """'the letter signed by A and his counterpart B', 'a statement by A': the people or bodies
    behind a text, read from 'by' up to the verb the text is subject of (the small model often
    misattaches the second name, so the stretch of text is read, not just the 'by' object)."""
    doc = head.doc
    by = None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            by = child
        elif child.dep_ == "acl" and child.lemma_ in ("sign", "issue", "write", "release", "draft"):
            by = next((a for a in child.children if a.dep_ == "agent"), None)
        if by is not None:
            break
    if by is None:
        return []
    stop = head.head.i if head.dep_ == "nsubj" and head.head.i > by.i else head.sent.end
    found = []
    for i in range(by.i + 1, stop):
        if doc[i].text in (".", ";", ":") or (doc[i].text == "," and doc[i + 1].pos_ == "VERB"):
            break
        actor = table.actor_at_token(i, modifiers=False)
        if actor and table.kind_of(actor) in ("person", "group", "organization", "state") and actor not in found:
            found.append(actor)
    return found


def _add_documents(table: ActorTable, doc: Doc) -> None:
    heads = set(collectives_data()["document_heads"])
    by_head: dict[str, str] = {}
    issuers: dict[str, list[str]] = {}
    for i in index(doc).where_lower(heads):
        token = doc[i]
        if token.pos_ != "NOUN" or token.lower_ not in heads or table.actor_at_token(token.i) \
                or token.i in furniture(doc):
            continue
        lemma = token.lemma_.lower()
        speaks = _document_speaks(token)
        if not speaks and lemma not in by_head:
            continue
        name = _document_name(token)
        # "the letter" after "a joint letter" is the same letter; a fuller name wins
        key = by_head.get(lemma)
        if key is None:
            key = gazetteer.slug(name)
            by_head[lemma] = key
        elif not speaks and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in token.children):
            continue  # "a letter" that does not speak, after one that did: another letter
        table.add(doc[token.i:token.i + 1], "document", key=key, name=name)
        cluster = table._clusters[key]
        if len(name) > len(cluster.name):
            cluster.name = name
        for member in _signatories(table, token):
            table.add_member(key, member)
        if token.dep_ == "dobj" and token.head.lemma_ in collectives_data()["document_verbs"]:
            issuers.setdefault(key, [])
            issuers[key] += [a for a in table.agents_of(token.head) if a not in issuers[key]]
    # a text with no signatory named speaks for whoever issued it ("Ghana issued a letter calling ...")
    for key, found in issuers.items():
        if not table.members_of(key):
            for member in found:
                table.add_member(key, member)


# ---------------------------------------------------------------------------------------------
# step 5: roles from appositions, and affiliations

def _bare_roles(table: ActorTable, doc: Doc, matches: list[_TitleMatch], titled: set[int]) -> None:
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
                actor = table.actor_at_token(i)
                if actor and table.kind_of(actor) == "person":
                    _give_role(table, actor, m)
                    break
            else:
                pass
        # after the name: "Abdoulaye Diop, Mali's foreign minister,"
        i = m.start - 1
        while i >= 0 and (doc[i].lower_ in DETERMINERS or doc[i].tag_ in ("POS", "PRP$") or
                          (table.actor_at_token(i) and table.kind_of(table.actor_at_token(i)) != "person")):
            i -= 1
        if i >= 1 and doc[i].text == ",":
            actor = table.actor_at_token(i - 1)
            if actor and table.kind_of(actor) == "person":
                _give_role(table, actor, m)


def _give_role(table: ActorTable, person: str, m: _TitleMatch) -> None:
    for actor in m.of or [None]:
        table.add_role(person, m.title, actor)
    if m.of:
        table.set_affiliation(person, m.of[0])


def _power_affiliations(table: ActorTable, doc: Doc) -> None:
    """'invade Niger and reinstate Bazoum back in power': a leader put in or out of power belongs
    to the state named nearest in the same sentence."""
    for i in index(doc).where_lemma(POWER_VERBS):
        token = doc[i]
        if token.lemma_ not in POWER_VERBS or token.pos_ != "VERB":
            continue
        for obj in token.children:
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            person = table.actor_at_token(obj.i)
            if not person or table.kind_of(person) != "person" or table._clusters[person].affiliation:
                continue
            sent = token.sent
            states = [m for m in table.mentions_in(sent.start_char, sent.end_char)
                      if table.kind_of(m.actor) == "state"]
            if states:
                nearest = min(states, key=lambda m: abs(m.start - obj.idx))
                table.set_affiliation(person, nearest.actor)


# ---------------------------------------------------------------------------------------------

def find_actors(doc: Doc) -> ActorTable:
    table = ActorTable(doc)
    _add_gazetteer(table, doc)
    matches = _title_matches(table, doc)
    title_tokens = {i for m in matches for i in range(m.start, m.end)}
    titled = _add_titled_people(table, doc, matches)
    _add_ner(table, doc, title_tokens)
    _merge_surnames(table)
    _add_surnames(table, doc)
    _add_groups(table, doc, title_tokens)
    _add_documents(table, doc)
    _bare_roles(table, doc, matches, {m.start for _, chain in titled for m in chain})
    _power_affiliations(table, doc)
    return table
