"""Positions: who is for or against what, with the word that says so and the evidence.

A stance cue ("oppose", "call for", "capacity to", "committed to", data/stances.yaml) carries
its stance to its complement; cues nest ("call on the UN to prevent armed intervention" ->
opposes armed intervention), negation flips a plain stance verb ("will not accept" -> opposes)
and cancels any other ("did not order"), "against" turns a supporting verb ("voted against").
A cue states a stance only of a holder who holds it, not inside someone else's claim, a denial,
a hedge, a condition or a question, and only on a topic that names an issue (stance_frames). The holder
(stance_holders) is who the cue is said of: its subject, every conjunct ("Mali and Burkina Faso" -> each), the
states a group speaks for, the speakers of a quote for "I"/"we", the reporter for "it"/"they".
Topics are worded as noun phrases from the article's own words, normalised with a small table
("armed action against Niamey" -> "military intervention in Niger") so they line up across
articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from generator.extract import gazetteer, stance_frames, stance_holders
from generator.extract.actors import ActorTable
from generator.extract.parsed import Parsed
from generator.readers.furniture import SENTENCE_END
from generator.model.factsheet import Position, Quote

FLIP = {"supports": "opposes", "opposes": "supports", "neutral": "neutral"}
SKIP_WORDS = {"the", "a", "an", "any", "no", "all", "some", "this", "that", "these", "those",
              "its", "their", "his", "her", "our", "my", "your", "such", "every", "each", "further"}


data = stance_frames.data  # data/stances.yaml, read once for both modules


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    phrasal = {verb.split()[0] for verb in data()["phrasal_cues"]}
    return frozenset(word for _, word in cue_table()) | phrasal


@lru_cache(maxsize=1)
def cue_table() -> dict[tuple[str, str], str]:
    """(part of speech, lemma) -> stance."""
    table = {}
    for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives")):
        for stance, words in data()[key].items():
            for word in words:
                table[(pos, word)] = stance
    return table


_negated = stance_frames.negated
_lemma = stance_frames._lemma


def cue_stance(token: Token) -> str | None:
    """The stance a word carries as a cue, or None. 'rule' only as 'rule out', 'call' only as
    'call for'/'call on', so that 'the rule of law' and 'a phone call' are not cues."""
    if token.pos_ == "PROPN" or token.dep_ == "amod":
        return None  # "the Joint Comprehensive Plan of Action" is a name; "encouraging news" no cue
    pos = {"AUX": "VERB"}.get(token.pos_, token.pos_)
    lemma = token.lemma_.lower()
    phrasal = stance_frames.phrasal_stance(token) if pos == "VERB" else None
    if phrasal is not None:  # "pushed back against" opposes, "backed down" is no cue
        return None if phrasal == "none" else phrasal
    if token.tag_ == "VBN" and token.dep_ == "acomp":  # "are committed to": an adjective
        stance = cue_table().get(("ADJ", token.lower_)) or cue_table().get(("VERB", lemma))
    else:
        stance = cue_table().get((pos, lemma))
    if stance is None:
        return None
    children = {c.lower_ for c in token.children}
    if lemma == "rule" and "out" not in children:
        return None
    if lemma == "call" and pos == "VERB" and not children & {"for", "on", "upon"} and \
            not any(c.dep_ == "xcomp" for c in token.children):
        return None  # "called the killing a crime" (an object and its name, or a clause) names it
    if lemma == "insist" and pos == "VERB" and not children & {"on", "upon"}:
        return None  # "insisted that the intelligence was sound": a claim; "insisted on talks" a cue
    if lemma in ("prepare", "brace") and pos == "VERB" and "for" in children and \
            not any(c.dep_ == "xcomp" for c in token.children):
        return None  # "preparing for a possible attack" braces for it; "prepared to strike" is a cue
    if lemma in ("consider", "see", "regard") and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in token.children):
        return None  # "considers the troops a guarantee": a view of what something is
    if lemma == "call" and pos == "NOUN" and "for" not in children and \
            not any(c.dep_ in ("acl", "advcl") for c in token.children):
        return None  # "made calls to lawmakers" are phone calls; "calls for a ceasefire" a cue
    if lemma in ("insist", "agree") and any(c.dep_ == "ccomp" and stance_frames.chain(c)[-1] is c and
                                            any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                            for c in token.children):
        return None  # "insisted that the intelligence was sound": a claim, not a stance
    return stance


# --- topics ------------------------------------------------------------------------------------

@dataclass
class _Topic:
    stance: str
    text: str
    head: Token | None = None  # the noun the topic is worded from (None: a bare action)


class _Topics:
    """Words a topic phrase is made of, with actors named as the article names them."""

    def __init__(self, doc: Doc, actors: ActorTable):
        self.doc = doc
        self.actors = actors
        self.synonyms = data()["synonyms"]
        self.preps = set(data()["topic_preps"])
        self.actions = data()["actions"]
        self.nested: set[int] = set()  # cues read as part of an outer cue ("refused to accept")

    def word(self, token: Token, head: bool = False) -> str:
        if token.pos_ == "PROPN" or token.text[:1].isupper() and token.i != token.sent.start:
            return token.text
        counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token.children)
        # a head in the singular lines topics up ("sanctions"/"sanction"), unless it is counted
        # ("52 sites" is no "52 site")
        word = token.lemma_.lower() if head and token.pos_ == "NOUN" and not counted else token.lower_
        return self.synonyms.get(word, word)

    def hyphenated(self, token: Token) -> tuple[int, int] | None:
        """The token range [start, end] of a word the parse split at its hyphens ('Chile-backed',
        '1950-53', 'pre-emptive'), or None."""
        doc, start, end = self.doc, token.i, token.i
        if token.text == "-" and 0 < token.i < len(doc) - 1:
            start, end = token.i - 1, token.i + 1
            if doc[start].whitespace_ or token.whitespace_:
                return None
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_:
            start -= 2
        while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-" \
                and not doc[end + 1].whitespace_:
            end += 2
        return (start, end) if end > start else None

    def hyphen_prefix(self, head: Token) -> str:
        """'de-' of 'de-escalation' when the parse split the word at its hyphen: without it the
        topic turns to its opposite ("called for de-escalation" is no support for escalation)."""
        doc, i = self.doc, head.i
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and doc[i - 2].is_alpha and doc[i - 2].head.i != i:
            return doc[i - 2].lower_ + "-"
        return ""

    def actor_name(self, token: Token) -> str | None:
        actor = self.actors.actor_at_token(token.i)
        if actor and self.actors.kind_of(actor) in ("state", "organization", "person", "group"):
            return self.actors.name_of(actor)
        return None

    def modifier(self, token: Token) -> str:
        """A modifier with its own modifiers whole: "so-called" (not "called") of "the so-called
        Oslo model", "New York" (not "York") of "the New York Herald", "Chile-backed" (not
        "backed", though Chile is an actor) of "the Chile-backed war"."""
        whole = self.hyphenated(token)
        if whole:
            return self.doc[whole[0]:whole[1] + 1].text
        if token.dep_ in ("amod", "compound", "nmod") and any(True for _ in token.children):
            start = token.left_edge.i
            while start < token.i and self.doc[start].dep_ in ("det", "predet", "poss", "case"):
                start += 1
            words = self.doc[start:token.right_edge.i + 1]
            if not any(self.actor_name(t) for t in words if t.i != token.i):
                return words.text
        return self.word(token)

    def bracketed(self, token: Token) -> str | None:
        """'a sovereign State [of Niger]': the editor's insertion names what the noun refers to."""
        doc = self.doc
        i = token.i + 1
        if i < len(doc) and doc[i].text == "[":
            for j in range(i + 1, min(len(doc), i + 8)):
                if doc[j].text == "]":
                    break
                name = self.actor_name(doc[j])
                if name:
                    return name
        return None

    def phrase(self, head: Token, depth: int = 0) -> str:
        """A noun phrase as a topic: modifiers, head, its prepositional complements, conjuncts."""
        name = self.bracketed(head) or self.actor_name(head)
        if name:
            words = [name]
        else:
            mods = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "nummod", "poss")
                    and t.lower_ not in SKIP_WORDS]
            words, covered = [], set()
            for t in mods:
                if t.i in covered:
                    continue  # "1950-53", "pre-emptive": once for all its parts
                whole = self.hyphenated(t)
                covered.update(range(whole[0], whole[1] + 1) if whole else ())
                actor = self.actor_name(t)
                if actor:
                    if not words or words[-1] != actor:
                        words.append(actor)
                elif t.tag_ != "POS":
                    word = self.modifier(t)
                    case = next((c for c in t.children if c.dep_ == "case"), None)
                    if t.dep_ == "poss" and case is not None and t.pos_ != "PRON":
                        word += case.text  # "the general's death" (not "general death")
                    words.append(word)
            head_word = self.hyphen_prefix(head) + self.word(head, head=True)
            if head.lower_ in data()["intervention_heads"] and "military" in words:
                head_word = "intervention"
            words.append(head_word)
        if depth < 2 and not name:  # an actor's name already holds its own complements
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in self.preps:
                    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                    if objects:
                        prep = child.lower_
                        if words[-1] == "intervention" and prep in ("against", "into", "on"):
                            prep = "in"
                        words += [prep, self.phrase(objects[0], depth + 1)]
                elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                    words += ["and", self.phrase(child, depth + 1)]
        return " ".join(words)

    def verb_phrase(self, verb: Token) -> tuple[str, Token | None] | None:
        """An action verb as a topic: 'invade Niger' -> 'military intervention in Niger', with the
        object it names (None when the action is worded without one)."""
        template = self.actions.get(verb.lemma_.lower())
        if template is None:
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            for prep in (c for c in verb.children if c.dep_ == "prep"):
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    break
        bare = template.split(" {")[0].rsplit(" ", 1)[0] if "{" in template else template
        if obj is None:
            return bare, None
        if obj.pos_ != "PRON" and not stance_frames.meaningful(obj, verb, self.actors, action=True):
            return "", obj  # "to send a clear message", "to strike one": no issue named
        if " with {object}" in template and obj.dep_ == "dobj" and not self.actor_name(obj):
            # "negotiate a new deal", "escalating tensions": a matter, not a party to it
            template = template.replace(" with {object}", " of {object}")
        return template.format(object=self.phrase(obj)), obj


def _purpose(verb: Token) -> Token | None:
    """'deploy troops in order to invade' / 'deploy troops to invade': the verb of the purpose."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.lower_ == "order":
                    return next((v for v in obj.children if v.pos_ == "VERB"), None)
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" and \
                any(a.lower_ == "to" and a.dep_ == "aux" for a in child.children):
            return child
    return None


def _means(token: Token, depth: int = 0) -> Token | None:
    """'finding solutions exclusively through diplomacy': the means a course of action names."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("through", "via"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if depth < 4:
        for child in token.children:
            if child.dep_ in ("prep", "pcomp", "pobj", "dobj", "xcomp") and child.i > token.i:
                found = _means(child, depth + 1)
                if found is not None:
                    return found
    return None


def topics_of(cue: Token, stance: str, words: _Topics, depth: int = 0) -> list[_Topic]:
    """What a cue is for or against, with the stance after nesting and negation."""
    if depth == 0 and stance_frames.cancelled(cue):
        return []
    negation = stance_frames.negation_reading(cue)
    if negation == "cancel" and depth == 0:
        return []  # "did not order the strike", "has not ruled out talks": no stance either way
    if negation is not None:
        stance = FLIP[stance]  # "will not accept", "urged them not to accept"
    lemma = cue.lemma_.lower()
    found: list[_Topic] = []
    complements = []
    against: set[int] = set()  # complements of "against": "voted against the bill" opposes it
    for child in cue.children:
        if child.dep_ in ("dobj", "xcomp", "ccomp", "acl", "attr"):
            complements.append(child)
        elif child.dep_ in ("advcl",) and any(a.lower_ == "to" and a.dep_ == "aux" for a in child.children):
            complements.append(child)
        elif child.dep_ == "prep" and child.i < cue.i and cue.pos_ in ("VERB", "AUX"):
            continue  # "On Capitol Hill, Kalu celebrated the return": a fronted place or time, not what
        elif child.dep_ == "prep" and child.lower_ in ("for", "to", "against", "on", "upon", "of", "with"):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")
                       and g.ent_type_ not in ("DATE", "TIME")]
            if stance_frames.phrasal_stance(cue) and child.lower_ not in stance_frames.words("against_preps"):
                continue  # "called off the meeting with a letter": the letter is no topic
            if child.lower_ in ("on", "upon") and lemma in ("call", "appeal"):
                continue  # "call on the factions to be patient": whom the call is addressed to
            if child.lower_ in ("on", "upon", "with", "to", "in") and cue.pos_ in ("VERB", "AUX"):
                # "prepared resolutions on Capitol Hill": a place where, not what
                objects = [g for g in objects if g.ent_type_ not in ("GPE", "LOC", "FAC")]
            if child.lower_ == "to" and cue.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in cue.children):
                continue  # "welcomed the envoy to the palace": the object is what, "to" where
            if cue.pos_ == "NOUN" and child.lower_ == "to" and lemma not in stance_frames.words("to_object_nouns"):
                objects = [g for g in objects if g.dep_ == "pcomp"]  # "a threat to the region"
            complements += objects
            if child.lower_ in stance_frames.words("against_preps") and cue.pos_ in ("VERB", "AUX"):
                against.update(g.i for g in objects)
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and c.pos_ == "VERB" for c in complements):
        # "urge Iraqi leaders to reconsider", "urged lawmakers to act": whom a call is addressed
        # to is not what it is for, whether or not the addressee is a known actor
        complements = [c for c in complements if c.dep_ != "dobj"]
    if lemma == "warn":
        # "warned that any intervention would be ...": what is warned about is the clause's subject
        # (a clause after the cue: "Crowds cheered, Togo warned that ..." parsed as Togo's content);
        # not one that says how not to read it ("warned that the release should not be read as a
        # breakthrough": no danger in the release)
        complements = [s for c in complements if c.dep_ == "ccomp" and c.i > cue.i and not _misreading(c)
                       for s in c.children if s.dep_ in ("nsubj", "nsubjpass")] or \
                      [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "against"
                       for g in c.children if g.dep_ == "pobj"]
    for comp in complements:
        # "pushed hard against the deal", "defend ourselves against any aggression"
        own = "opposes" if comp.i in against and stance == "supports" else stance
        if lemma == "warn" and _own_threat(comp):
            own = FLIP[own]  # "warned that a harsh retaliation awaits Chile": its own threat
        found += _topics_of_complement(comp, own, words, depth)
    return found


def _misreading(clause: Token) -> bool:
    """'that the release should not be taken as a sign of peace': a negated reading of something
    (data: reading_verbs), a caution against over-reading it, not a warning against it."""
    return _lemma(clause) in stance_frames.words("reading_verbs") and _negated(clause)


def _own_threat(subject: Token) -> bool:
    """'Togo warned that a harsh retaliation is waiting for Chile': retribution said to be coming,
    with nobody else's name on it, is the warner's own threat (a stance for it); not 'warned that
    Chile's retaliation would be a mistake' (a judgement) or 'no retaliation will come'."""
    clause = subject.head
    if subject.dep_ != "nsubj" or _lemma(subject) not in stance_frames.words("retribution_nouns") or \
            _negated(subject) or _negated(clause) or clause.lemma_ == "be" or \
            any(c.dep_ in ("acomp", "attr", "oprd") for c in clause.children):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON")
                   for c in subject.children)


def _topics_of_complement(comp: Token, stance: str, words: _Topics, depth: int) -> list[_Topic]:
    if depth > 4 or (comp.dep_ == "pobj" and words.actors.actor_at_token(comp.i) and
                     words.actors.kind_of(words.actors.actor_at_token(comp.i)) == "person"):
        return []  # "call on the UN": whom the call is addressed to is not the topic
    if comp.pos_ in ("VERB", "AUX"):
        inner = cue_stance(comp)
        if inner is not None and comp.lemma_.lower() not in ("ensure",):
            words.nested.add(comp.i)
            combined = stance if inner != "opposes" else FLIP[stance]
            if inner == "neutral":
                combined = "neutral"
            return topics_of(comp, combined, words, depth + 1)
        if _negated(comp):
            stance = FLIP[stance]  # "urged Iran not to attack": opposes the attack
        purpose = _purpose(comp)
        if purpose is not None:
            found = _topics_of_complement(purpose, stance, words, depth + 1)
            if found:
                return found
        action = words.verb_phrase(comp)
        if action:
            found = [_Topic(stance, action[0])] if action[0] and not _pronoun_object(action) else []
            for conj in comp.conjuncts:
                more = words.verb_phrase(conj)
                if more and more[0] and conj.i > comp.i and not _pronoun_object(more):
                    found.append(_Topic(stance, more[0]))
            return found
        subject = next((c for c in comp.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and comp.lemma_ in ("take", "carry", "launch", "conduct", "use", "happen", "occur"):
            # "ensure that no armed interventions are taken against Niamey"
            flip = _negated(subject)
            text = words.phrase(subject)
            for prep in (c for c in comp.children if c.dep_ == "prep" and c.lower_ in words.preps):
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    p = "in" if text.endswith("intervention") and prep.lower_ in ("against", "into", "on") else prep.lower_
                    text += f" {p} {words.phrase(obj)}"
            return [_Topic(FLIP[stance] if flip else stance, text, subject)]
        means = _means(comp)
        if means is not None:
            return [_Topic(stance, words.phrase(means), means)]
        found = []
        for child in comp.children:
            if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "conj" and child.pos_ == "VERB"):
                found += _topics_of_complement(child, stance, words, depth + 1)
        return found
    if comp.pos_ in ("NOUN", "PROPN", "PRON") and comp.pos_ != "PRON":
        inner = cue_stance(comp)
        if inner is not None and inner != "neutral":
            words.nested.add(comp.i)
            combined = stance if inner != "opposes" else FLIP[stance]
            nested = topics_of(comp, combined, words, depth + 1)
            if nested:
                return nested
        flip = _negated(comp)
        return [_Topic(FLIP[stance] if flip else stance, words.phrase(comp), comp)]
    return []


def _pronoun_object(action: tuple[str, Token | None]) -> bool:
    """'wanted to kill him': an action on someone the pronoun stands for is no topic by itself."""
    return action[1] is not None and action[1].pos_ == "PRON"


# --- putting it together -----------------------------------------------------------------------

def _evidence(token: Token, quotes: list[Quote], text: str) -> str | list[int]:
    quote = stance_holders.quote_at(quotes, token.idx)
    if quote is not None:
        return quote.id
    start, end = _line(token, text)
    return [start, start + len(text[start:end].rstrip())]


def _line(token: Token, text: str) -> tuple[int, int]:
    """The cue's sentence, within the cue's paragraph: a sentence the parse ran over a line break
    ('CHILE TODAY\nTogo warned ...') is the line the cue is on."""
    sent = token.sent
    start = max(sent.start_char, text.rfind("\n", 0, token.idx) + 1)
    end = text.find("\n", token.idx)
    end = sent.end_char if end < 0 else min(end, sent.end_char)
    return start, end


def _headline(token: Token, text: str) -> bool:
    """'How Togo went from a vow to avoid war to an order to strike\nThe protests ...': a line
    with no sentence end before the next line of the same parsed sentence is a headline of a
    related link or a heading, not the article's words."""
    start, end = _line(token, text)
    sent = token.sent
    line = text[start:end].rstrip()
    return end < sent.end_char and bool(line) and not SENTENCE_END.search(line) and not line.endswith(":")


def _cue_text(cue: Token) -> str:
    words = [c.text for c in cue.children if c.dep_ in ("neg", "aux") and c.i < cue.i] + [cue.text]
    words += [c.text for c in cue.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == cue.i + 1)
              or (c.dep_ == "advmod" and c.i == cue.i + 1 and stance_frames.phrasal_stance(cue))]
    return " ".join(words)


def find_positions(parsed: Parsed, actors: ActorTable, quotes: list[Quote]) -> list[Position]:
    doc = parsed.doc
    words = _Topics(doc, actors)
    positions: list[Position] = []
    seen: set[tuple[str, str, str]] = set()

    vague = set(data()["vague_topics"])
    # a bare empty head left once its clauses are dropped: "criticized the report that said ..."
    empty = stance_frames.words("empty_heads")

    def own(actor: str, topic: str) -> bool:
        """'Islamic State fighters opposes Islamic State rivals': a holder is not its own topic."""
        names = [actors.name_of(actor)] + [actors.name_of(a) for a in actors.members_of(actor)]
        affiliation = actors.affiliation_of(actor)
        if affiliation:
            names.append(actors.name_of(affiliation))
        lower = topic.lower()
        return any(lower == n.lower() or lower.startswith(n.lower() + " ") and len(lower[len(n):].split()) <= 1
                   for n in names)

    def add(actor: str, stance: str, topic: str, cue: str, evidence) -> None:
        topic = topic.strip()
        if not topic or (actor, stance, topic.lower()) in seen or len(topic) > 160:
            return
        # "supports action", "opposes issue", "Americans": a head word with nothing to complete it
        # says nothing; a people named by their plural demonym is whom, not what
        if topic.lower() in vague or topic.lower() in empty or not any(ch.isalpha() for ch in topic) or \
                gazetteer.is_people(topic) or own(actor, topic):
            return
        seen.add((actor, stance, topic.lower()))
        positions.append(Position(actor=actor, stance=stance, topic=topic, cue=cue, evidence=evidence))

    placed: list[tuple[int, str]] = []  # (char, topic) of each position, for "said no"
    for i in parsed.tokens.where_lemma(cue_words()):
        token = doc[i]
        stance = cue_stance(token)
        if stance is None or token.i in words.nested:
            continue  # "refused to accept X": the outer cue has said it (opposes X)
        if stance_frames.advisory(token) or _headline(token, parsed.text) or token.i in parsed.furniture:
            continue  # "Jo RoeSenators plan to ... MORE": link text glued to a name is no stance
        topics = [t for t in topics_of(token, stance, words)
                  if stance_frames.meaningful(t.head, token, actors)]
        if not topics:
            continue
        quote = stance_holders.quote_at(quotes, token.idx)
        judged = stance_frames.judgement(token)
        if judged is not None:
            # "it would be naive to say we must support the deal": the judge opposes it
            holders = stance_frames.judges(judged, actors, quote)
            topics = [_Topic(FLIP[t.stance], t.text, t.head) for t in topics]
        else:
            holders = stance_holders.holders_of(token, actors, quotes)
        # "the assessment that X ordered it", "X denied ordering it", "X could back it": not X's
        holders = stance_frames.holding(token, stance_frames.speaking_for(holders, actors), actors,
                                        quote, judged)
        for topic in topics:
            placed.append((token.idx, topic.text))
            for holder in holders:
                add(holder, topic.stance, topic.text, _cue_text(token), _evidence(token, quotes, parsed.text))
    for holders, no in stance_holders.refusals(parsed, actors):
        # the refusal is of what the same passage is about: the nearest topic to it
        near = [(abs(char - no.idx), topic) for char, topic in placed if abs(char - no.idx) < 400]
        if not near:
            continue
        topic = min(near)[1]
        for holder in holders:
            add(holder, "opposes", topic, f"said {no.text}", _evidence(no, quotes, parsed.text))
    return positions
