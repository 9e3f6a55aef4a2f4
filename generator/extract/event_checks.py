"""Whether a clause makes an event a reader can take alone: a subject and a finite verb, not
cut off at the end, not begun on a relative word, a speaking verb that says something.
"""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors import SPEAKING_VERBS
from generator.extract.event_text import FINITE_TAGS, SUBJECT_DEPS, render


def has_subject_and_verb(pieces, head: Token) -> bool:
    """A clause a reader can take alone: a finite verb and a subject, not cut off at the end.
    "Amid renewed hope that the talks will resume" (a phrase, no main verb), "the envoy
    accepting the invitation" (no finite verb), "was a good week for the talks" (no subject) and
    "as uncertain as the flip of a" (cut) are fragments."""
    tokens = {p.token.i for p in pieces if p.token is not None}
    if any(p.token is None for p in pieces):
        return True  # a name put in for a pronoun, "was" for a participle: made whole already
    if _cut_at_end(pieces) or not tokens:
        return False
    doc = head.doc
    tops = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    if all(t.pos_ in ("ADP", "SCONJ") for t in tops):
        return False  # "Amid hope that ...": a phrase that hangs on a clause left out
    if head.i not in tokens:  # the clause was shortened to what was said: its own verb heads it
        head = min(tops, key=lambda t: t.i)
    outside = min(tokens) < head.left_edge.i or max(tokens) > head.right_edge.i  # "the envoy" of "who"
    verbs = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.dep_ == "conj":  # "the chief was ousted and jailed": the first verb's "was" is shared
        verbs += [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    # the tagger takes a past tense for a participle and back: "Okoro tweeted", "mourners carried"
    finite = any(v.i in tokens and v.tag_ in FINITE_TAGS for v in verbs) or head.tag_ == "VBN" and (
        head.dep_ == "ROOT" or outside and head.dep_ in ("acl", "relcl"))
    # the clause's own subject, not one of a clause inside it ("reported that the army won't go")
    own = {head.i} | {t.i for t in tops} | ({head.head.i} if head.dep_ == "conj" else set())
    # or a noun before the verb that the parse hung on a line above ("Okoro\nForeign
    # Minister Diaz said": the name is Diaz's, whatever the parser made of it)
    # (a word the parser took for a subject is no noun in "Last updated on May 3": no subject)
    subject = outside or any(doc[i].dep_ in SUBJECT_DEPS and doc[i].head.i in own and doc[i].pos_ != "ADJ"
                             for i in tokens) or \
        any(doc[i].dep_ == "npadvmod" and doc[i].head.i == head.i and doc[i].ent_type_ in ("DATE", "TIME")
            and i < head.i and not any(c.dep_ in SUBJECT_DEPS for c in head.children) for i in tokens) or \
        any(t.pos_ in ("NOUN", "PROPN") and t.head.i < t.i < head.i and
            any("\n" in g.text for g in doc[t.head.i:t.i] if g.is_space) for t in tops)
    return finite and subject


def _cut_at_end(pieces) -> bool:
    """'... coordinated the talks in April and', '... the flip of a', 'the talks at', 'does not
    discuss a plot, but rather.' (the word its adverb waited for is gone)."""
    words = [p for p in pieces if p.token is None or not p.token.is_punct]
    last = words[-1].token if words else None
    if last is None:
        return False
    kept = {p.token.i for p in pieces if p.token is not None}
    # a word whose head comes after it is cut from that head ("one another" is parsed as a
    # determiner on "one", before it: no cut)
    return last.dep_ == "cc" or last.dep_ in ("det", "mark") and last.head.i > last.i \
        or last.pos_ == "ADP" and last.dep_ == "prep" or last.tag_ == "TO" \
        or last.pos_ == "ADV" and last.head.i > last.i and last.head.i not in kept


SAYING = SPEAKING_VERBS | {"tweet", "post", "comment", "remark"}
CONTENT = {"ccomp", "xcomp", "dobj", "parataxis", "conj", "advcl", "attr", "oprd"}


def says_something(pieces, head: Token) -> bool:
    """'Okoro said', 'the minister said, alongside her counterpart at the palace': what was
    said is elsewhere (a sentence the parser split off), and this says nothing ("the deal was
    confirmed" says what was)."""
    tokens = {p.token.i for p in pieces if p.token is not None}
    return any(p.token is not None and p.token.is_quote for p in pieces) or \
        any(c.i in tokens and (c.dep_ in CONTENT or c.dep_ in ("nsubjpass", "auxpass")) for c in head.children)


def readable_start(pieces) -> bool:
    """Never a relative word or a bare participle first: "who arrived ...", "becoming ..."."""
    first = pieces[0]
    if first.token is None:
        return True
    t = first.token
    if t.lower_ in ("who", "whom", "whose", "which", "where", "when") and t.pos_ != "PROPN":
        return False
    text = render(pieces)  # begun inside brackets: "regional court] against the ministry"
    if any(text.find(close) >= 0 and text.find(close) < (text.find(open_) % (len(text) + 1))
           for open_, close in (("[", "]"), ("(", ")"))):
        return False
    return not (t.tag_ in ("VBG", "VBN") and t.dep_ not in ("amod", "compound") and t.i == t.head.i)


# --- clauses that assert nothing of their own --------------------------------------------------

CONDITIONS = {"if", "unless", "whether"}
CLAUSE_DEPS = {"advcl", "ccomp", "csubj", "xcomp", "conj", "acl", "relcl", "pcomp"}


def _opens_on(clause: Token, words: set[str]) -> bool:
    """The clause is introduced by one of the words ("if it rains", "whether the envoy came",
    "how the army retook the port")."""
    return any(c.lower_ in words and c.dep_ in ("mark", "advmod", "complm") and c.i < clause.i
               and c.i == clause.left_edge.i for c in clause.children)


def in_condition(head: Token) -> bool:
    """The clause, or a clause it hangs in, is a condition, an open question or a manner: "If
    the goal of the talks was to end the war, nobody could have succeeded", "asked whether the
    envoy met the rebels on Monday", "described how the army retook the port in May". Lifted
    out, it asserts what the sentence does not (the goal was that; the envoy met them)."""
    clause = head
    while True:
        if _opens_on(clause, CONDITIONS | {"how"}) or \
                any(c.lower_ == "if" and c.dep_ == "mark" for c in clause.children):
            return True
        if clause.dep_ not in CLAUSE_DEPS or clause.head.i == clause.i:
            return False
        clause = clause.head


def unnamed_subject(pieces, head: Token) -> bool:
    """The subject is a counted set with no name in it and none put in for it: "the two leaders
    met", "the three men agreed": a reader of the event alone cannot tell who."""
    if any(p.token is None for p in pieces):
        return False  # a name put in for it
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    words = list(subject.subtree)
    return any(t.lower_ == "the" and t.dep_ == "det" and t.head.i == subject.i for t in words) and \
        any(t.dep_ == "nummod" and t.head.i == subject.i for t in words) and \
        not any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in words)


DEMONSTRATIVES = {"this", "that", "these", "those"}


def points_back(pieces, head: Token) -> bool:
    """The clause's subject or object is what an earlier sentence told, pointed to by a
    demonstrative: "Okoro repeated that position", "this decision angered Lund". Alone, a
    reader cannot tell which position, which decision ("this week was calm" is a time)."""
    tokens = {p.token.i for p in pieces if p.token is not None}
    return any(c.i in tokens and c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NOUN" and
               c.ent_type_ not in ("DATE", "TIME") and
               any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES for d in c.children)
               for c in head.children)
