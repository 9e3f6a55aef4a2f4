"""The words of an event: the clause a time expression dates, as a reader can take it alone.

A clause with its subject and verb, never a fragment of one:

- a relative clause takes its antecedent as subject: "the envoy, who arrived in the capital on
  Monday" -> "the envoy arrived in the capital"; "the letter that the minister sent on Friday"
  -> "the minister sent the letter"; a participle after a noun gets its verb "to be" back: "a
  report issued by the institute on Tuesday" -> "a report was issued by the institute";
- a subordinate clause starts at its subject: "just two days after the council voted on
  Thursday" -> "the council voted";
- a verb that shares its subject takes it: "the minister arrived on Monday and signed the accord
  on Tuesday" -> "the minister signed the accord";
- a pronoun subject becomes the actor it stands for ("she said she would resign on Friday" ->
  "<her name> would resign"); an event whose subject cannot be told is no event;
- the time expression goes (with what only it held up: "late on Tuesday", "as recently as
  Tuesday"), page furniture goes, and a long clause is cut at a clause boundary.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.actors import SPEAKING_VERBS, ActorTable

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # a verb form that makes a clause: past, present, modal
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that", "where", "when", "why", "how"}
PERSONAL = {"he", "she", "it", "they", "him", "her", "them"}
FIRST_SECOND = {"i", "we", "you", "me", "us"}
# clause-like dependents a long clause can lose, the right-most first, without losing its core
OPTIONAL_CLAUSES = ("parataxis", "advcl", "relcl", "acl", "appos", "conj")
SOFT_LIMIT = 220  # characters: about two lines of a timeline table


class Piece:
    """A part of an event's text: an article token, or words put in (a name, "was")."""
    __slots__ = ("token", "text", "actor")

    def __init__(self, token: Token | None = None, text: str | None = None, actor: str | None = None):
        self.token, self.text, self.actor = token, text, actor


def noun_phrase(noun: Token, skip: set[int]) -> list[Token]:
    """The noun with what precedes it and its right modifiers up to a clause or apposition:
    "the envoy" of "the envoy, who arrived ..."."""
    tokens = [t for t in noun.doc[noun.left_edge.i:noun.i + 1]]
    for child in noun.rights:
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "conj", "cc", "parataxis") or \
                child.dep_ == "punct" and child.tag_ != "HYPH":  # "Park Min-jun" stays whole
            break
        tokens.extend(child.subtree)
    return sorted((t for t in tokens if t.i not in skip), key=lambda t: t.i)


def time_words(time: Span, head: Token) -> set[int]:
    """The time expression and what only it held up: "on" of "on Tuesday", "late on" of "late on
    Tuesday", "as recently as" of "as recently as Tuesday", "'s" of "Friday's"; and any clause
    hanging on it ("Tuesday, when ...": an event of its own)."""
    root = time.root
    subtree = {t.i for t in root.subtree}
    drop = set(range(time.start, time.end))
    if head.i in subtree:
        return drop  # the clause hangs on the time ("Tuesday, when the leaders met"): only the time goes
    if any(c.dep_ == "compound" and c.i < time.start for c in root.children):
        return set()  # "wrote on Twitter Sunday", parsed as one name: the time stays, not "wrote on"
    prep = root.head
    if root.dep_ == "pobj" and any(c.dep_ in ("cc", "conj") for c in prep.children):
        return set()  # "met on Friday and again on Saturday": the times stay, or "met on and again"
    # an adjective the parser hung on the time stays: "was more candid Tuesday about the delays"
    kept = {t.i for c in root.children if c.dep_ == "amod" and not time.start <= c.i < time.end
            for t in c.subtree}
    drop |= subtree - kept
    top = root
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.i != head.i and \
            all(c.i == root.i or (c.dep_ == "advmod" and c.pos_ == "ADV") for c in prep.children):
        drop |= {t.i for t in prep.subtree}
        top = prep
    holder = top.head
    while holder.i != head.i and holder.pos_ in ("ADV", "ADJ") and holder.dep_ in ("advmod", "npadvmod") and \
            all(c.i in drop or (c.lower_ == "as" and c.dep_ == "advmod") for c in holder.children):
        drop |= {t.i for t in holder.subtree}
        holder = holder.head
    return drop


def _reported(noun: Token) -> bool:
    """Whether a speaking verb governs the noun, within two steps ("announced after the briefing")."""
    token = noun
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_ in SPEAKING_VERBS
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _subordinate(clause: Token) -> bool:
    return any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _is_relative(token: Token) -> bool:
    return token.lower_ in RELATIVE_WORDS and token.tag_ in ("WDT", "WP", "WP$", "WRB", "IN", "DT")


def _referent(pronoun: Token, actors: ActorTable, skip: set[int]) -> list[Piece] | None:
    """The words a pronoun subject stands for: the subject of the reporting verb when the pronoun
    opens what it reports ("the minister said she ..." -> "the minister"), else the name of the
    one actor it resolves to; None when it cannot be told."""
    lower = pronoun.lower_
    if lower in FIRST_SECOND or lower not in PERSONAL:
        return None
    ids = actors.resolve_pronoun(pronoun)
    if len(ids) != 1 or _named_in_clause(pronoun, ids[0], actors):
        return None
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("ccomp", "advcl"):
        reporter = subject_of(clause.head)
        # the reporter's own words when the pronoun is the reporter, not a modifier of it
        # ("another Iranian official said it would ...": "it" is Iran, not the official)
        if reporter is not None and reporter.pos_ != "PRON" and \
                actors.actor_at_token(reporter.i, modifiers=False) == ids[0]:
            return [Piece(t) for t in noun_phrase(reporter, skip)] or None
    if lower in ("it", "they", "them"):
        return None  # "when they come up for renewal": a thing as often as an actor
    return [Piece(text=actors.name_of(ids[0]), actor=ids[0])]


def _named_in_clause(pronoun: Token, actor: str, actors: ActorTable) -> bool:
    """Whether the actor is named in the pronoun's own clause: "The army that killed Okoro “will
    pay,” he added" - "he" is not Okoro, whom the words he reports name."""
    clause = pronoun.head
    start = clause.left_edge.idx
    if clause.dep_ == "relcl":  # "Okoro, whom he called a rival": he is not Okoro
        start = min(start, clause.head.left_edge.idx)
    end = clause.right_edge.idx + len(clause.right_edge)
    return any(m.actor == actor and not m.start <= pronoun.idx < m.end
               for m in actors.mentions_in(start, end))


def _fits_relative(noun: Token, relative: Token, verb: Token) -> bool:
    """Whether the noun can be what the relative word stands for: "which" is no person, and a
    relative subject agrees with its verb ("a treaty backed by both unions, which was due in
    June" - the parser's "unions" is not what "was" due)."""
    person = noun.ent_type_ == "PERSON" or noun.lower_ in PERSONAL - {"it"}
    if relative.lower_ == "which" and person:
        return False
    if not relative.dep_.startswith("nsubj"):
        return True
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    for word in [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]:
        if word.tag_ == "VBZ" or word.lower_ == "was":
            return not plural
        if word.tag_ == "VBP" or word.lower_ == "were":
            return plural or noun.lower_ in ("you", "they")
    return True


def _antecedent_phrase(noun: Token, clause: Token, skip: set[int]) -> list[Token]:
    """The words of a relative clause's antecedent, with the names coordinated before the clause:
    "Ama Mensah, Kofi Boateng and Yaw Osei, who were released" -> all three."""
    conjuncts = [c for c in noun.children if c.dep_ == "conj" and c.i < clause.i]
    if not conjuncts:
        return noun_phrase(noun, skip)
    end = conjuncts[-1].right_edge.i
    return [t for t in noun.doc[noun.left_edge.i:end + 1] if t.i not in skip]


GAP_NOUNS = {"time", "day", "year", "moment", "way", "reason", "place"}  # "the day he arrived"


def _glued_relative(noun: Token, verb: Token, body: list[Token], drop: set[int]) -> list[Piece] | None:
    """Two noun phrases back to back and a verb after them are a relative clause without its
    relative word, whatever the parser made of them ("the accord the two provinces signed", read
    as a participle on "the two provinces" in apposition, or on "provinces" with "the accord" as a
    modifier): the second phrase signed the first. None when they are not so glued."""
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
        return None
    doc = noun.doc
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        first, second = noun.head, noun
        object_words = noun_phrase(first, drop | {t.i for t in second.subtree})
        subject_words = noun_phrase(second, drop | {t.i for t in verb.subtree})
    else:
        first = next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i and
                      any(g.dep_ == "det" for g in c.children)), None)
        if first is None:
            return None
        object_words = [t for t in first.subtree if t.i not in drop]
        subject_words = [t for t in noun_phrase(noun, drop | {t.i for t in verb.subtree})
                         if t.i not in {g.i for g in first.subtree}]
    if not object_words or not subject_words or doc[subject_words[0].i - 1].is_punct:
        return None  # "Okoro, the envoy sent to Lome": an apposition, and a participle
    after = [t for t in body if t.i > verb.i]
    return [Piece(t) for t in subject_words] + [Piece(verb)] + [Piece(t) for t in object_words] + \
        [Piece(t) for t in after]


def _lacks_object(head: Token) -> bool:
    """A relative clause with no relative word and no object of its own: "the accord the two states
    signed" (not "the day he arrived", "the town where he lives")."""
    noun = head.head
    if head.dep_ != "relcl" or noun.lemma_ in GAP_NOUNS or noun.ent_type_ in ("DATE", "TIME"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark", "attr") for c in head.children):
        return False
    return not any(_is_relative(t) for t in head.subtree if t.i < head.i)


def _zero_relative(head: Token, body: list[Token], skip: set[int]) -> list[Piece] | None:
    """A relative clause with no relative word takes its antecedent as the object it lacks: "the
    accord the two states signed in 2015" -> "the two states signed the accord"; after a stranded
    preposition: "the summit he pulled out of" -> "he pulled out of the summit"."""
    noun = head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None  # "a joke like one he made in March": "one" is no object to put back
    if noun.dep_ == "dobj" and any(c.tag_ == "TO" for c in noun.head.children):
        return None  # "a promise to repay the loans he made": the promise or the loans?
    phrase = noun_phrase(noun, skip | {t.i for t in head.subtree})
    stranded = [c for c in head.children if c.dep_ == "prep" and not any(True for _ in c.children)]
    after_i = stranded[-1].i if stranded else max([head.i] + [c.i for c in head.children if c.dep_ == "prt"])
    before = [Piece(t) for t in body if t.i <= after_i]
    return before + [Piece(t) for t in phrase] + [Piece(t) for t in body if t.i > after_i]


def _copula(noun: Token) -> str:
    return "were" if noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children) else "was"


def clause_pieces(head: Token, time: Span, actors: ActorTable, skip: set[int],
                  keep_time: bool = False) -> list[Piece] | None:
    """The pieces of the event's text, in order; None when no readable clause can be made."""
    # a time that is the clause's subject stays: "Friday also saw heavy selling"
    subject_time = time_is_subject(time, head)
    drop = set(skip) if keep_time or subject_time else skip | time_words(time, head)
    body = sorted((t for t in head.subtree if t.i not in drop), key=lambda t: t.i)  # a crossing parse
    # ("exercises, which the outlet suggested were ...") yields a subtree out of order
    body = _without_subjectless(body, head, drop)
    subject = subject_of(head)
    if subject is not None and _is_relative(subject):
        if head.dep_ != "relcl" or head.head.pos_ not in ("NOUN", "PROPN") or \
                not _fits_relative(head.head, subject, head):
            return None
        # "the envoy, who arrived ...": the antecedent is the subject
        prefix = [Piece(t) for t in _antecedent_phrase(head.head, head, drop | {t.i for t in head.subtree})]
        pieces = prefix + [Piece(t) for t in body if t.i != subject.i]
        subject = None
    elif subject is None and subject_time:
        pieces = [Piece(t) for t in body]
    elif subject is None:
        found = _borrowed_subject(head, body, drop)
        if found is None:
            return None
        pieces, subject = found
    else:
        pieces = _own_subject(head, subject, body, drop)
        if pieces is None:
            return None
    return _named(pieces, subject, actors, drop)


def _without_subjectless(body: list[Token], head: Token, drop: set[int]) -> list[Token]:
    """Without a clause whose subject went with the time: "recalled the storms of August,
    when crowds fled floods like the coast has never known", parsed with "known" on the main verb,
    would leave "recalled the storms has never known"."""
    def subjectless(v: Token) -> bool:
        if any(c.dep_ in SUBJECT_DEPS and c.i in drop for c in v.children):
            return True  # its subject was in the time's clause
        # a finite clause with no subject at all right after the time's clause, without a
        # conjunction to join it: the rest of that clause, which the parser hung on the verb
        return v.dep_ in ("advcl", "conj") and v.left_edge.i - 1 in drop \
            and not any(c.dep_ in SUBJECT_DEPS + ("cc",) for c in v.children) \
            and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in v.children)
    gone = {t.i for v in body if v.i != head.i and v.pos_ in ("VERB", "AUX") and subjectless(v)
            for t in v.subtree}
    return [t for t in body if t.i not in gone] if gone else body


def time_is_subject(time: Span, head: Token) -> bool:
    """'Friday also saw heavy selling', 'Tuesday marked the anniversary': a time before a verb
    that has no other subject is its subject, whether the parser calls it one or a modifier."""
    root = time.root
    return root.head.i == head.i and (root.dep_ in SUBJECT_DEPS or root.dep_ == "npadvmod" and
                                      root.i < head.i and subject_of(head) is None and head.dep_ == "ROOT")


def _borrowed_subject(head: Token, body: list[Token], drop: set[int]):
    """A clause without a subject of its own takes the one it leans on: the noun a participle or
    relative clause hangs on ("a report issued by the institute" -> "a report was issued by the
    institute"), the subject of the first of conjoined verbs. (pieces, subject) or None."""
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
            return None  # "plans to meet": what is planned is not what happened
        noun = head.head
        glued = _glued_relative(noun, head, body, drop)
        if glued is not None:
            return glued, None
        prefix = [Piece(t) for t in noun_phrase(noun, drop | {t.i for t in head.subtree})]
        active = any(c.dep_ in ("dobj", "ccomp") for c in head.children)  # "Okoro, ..., announced that"
        # a participle after its noun, tagged as a past tense or not ("the treaty signed in 1987")
        participle = head.tag_ in ("VBN", "VBG") or head.tag_ == "VBD" and head.dep_ == "acl"
        if participle and not active and \
                not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            prefix.append(Piece(text=_copula(noun)))
        subject = None
    elif head.dep_ == "conj":
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        subject = subject_of(first)
        if subject is None or head.tag_ == "VBD" and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in first.children):
            return None  # "will be the first since the envoy met her in 2000": not "will met"
        prefix = [Piece(t) for t in subject.subtree if t.i not in drop]
        if not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            prefix += [Piece(c) for c in first.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < first.i]
    else:
        return None
    if not prefix:
        return None
    return prefix + [Piece(t) for t in body], subject


def _own_subject(head: Token, subject: Token, body: list[Token], drop: set[int]) -> list[Piece] | None:
    """A clause with its own subject, from the subject on; a relative clause's object back in its
    place ("the letter that the minister sent" -> "the minister sent the letter")."""
    if (subject.tag_ == "CD" or subject.lower_ == "both") and all(c.dep_ == "det" for c in subject.children):
        return None  # "the two met", "both agreed": who, the clause does not say
    if head.dep_ != "ROOT":
        # a subordinate clause starts at its subject: no "that", "when", "just hours after";
        # what it reports stays ("The talks failed, the agency reported on Sunday, ...")
        said = {t.i for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < subject.i
                for t in c.subtree}
        said |= {c.i for c in head.children if c.is_punct and said and max(said) < c.i < subject.i}
        body = [t for t in body if t.i >= subject.left_edge.i or t.i in said]
        # a second reported clause loses its "that" as the first did: "the talks should go ahead,
        # and that the deadline should stand" -> "..., and the deadline should stand"
        marks = {g.i for c in head.children if c.dep_ == "conj" for g in c.children
                 if g.dep_ == "mark" and g.lower_ == "that"}
        body = [t for t in body if t.i not in marks]
    else:
        # no leading conjunction, and no subordinate clause before the subject ("When the
        # minister heard of it, she resigned on Friday": the event is the resigning)
        lead = {t.i for c in head.children if c.i < subject.i and (
            c.dep_ in ("cc", "mark") or c.dep_ == "advcl" and _subordinate(c)) for t in c.subtree}
        body = [t for t in body if t.i not in lead]
    relative_object = next((c for c in head.children if c.dep_ == "dobj" and _is_relative(c)), None)
    if relative_object is None:
        if not _lacks_object(head):
            return [Piece(t) for t in body]
        return _zero_relative(head, body, drop)
    if relative_object.lower_ == "that" and _reported(head.head):
        # "announced after the briefing that the House would vote": "that" opens what was
        # announced, whatever the parse says; the clause stands on its own
        return [Piece(t) for t in body if t.i != relative_object.i]
    if head.dep_ != "relcl":
        return [Piece(t) for t in body]
    noun = head.head
    if not _fits_relative(noun, relative_object, head):
        return None  # "the summit with Okoro, which he left": not Okoro
    phrase = noun_phrase(noun, drop | {t.i for t in head.subtree})
    body = [t for t in body if t.i != relative_object.i]
    after = [t for t in body if t.i > head.i and not (t.dep_ == "prt" and t.head.i == head.i)]
    before = [t for t in body if t not in after]
    return [Piece(t) for t in before] + [Piece(t) for t in phrase] + [Piece(t) for t in after]


def _named(pieces: list[Piece], subject: Token | None, actors: ActorTable, drop: set[int]) -> list[Piece] | None:
    """A pronoun subject becomes who it stands for, and so does an owner: "his name was removed"."""
    if subject is not None and subject.pos_ == "PRON" and subject.dep_ != "expl":
        replacement = _referent(subject, actors, drop)
        if replacement is None:
            return None
        pieces = _replace(pieces, subject, replacement)
    elif subject is None:
        first = pieces[0].token if pieces else None
        if first is not None and first.tag_ == "PRP$":
            return None  # the noun a clause leans on, with an owner it does not name: "their first
            # summit, held in April" (whose?), and no subject to tell by
    else:
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is not None:
            ids = actors.resolve_pronoun(owner)
            if len(ids) != 1:
                return None
            pieces = _replace(pieces, owner, [Piece(text=actors.name_of(ids[0]) + "\u2019s", actor=ids[0])])
    return tidy(pieces)


def _replace(pieces: list[Piece], token: Token, replacement: list[Piece]) -> list[Piece]:
    out = []
    for piece in pieces:
        out.extend(replacement if piece.token is not None and piece.token.i == token.i else [piece])
    return out


def tidy(pieces: list[Piece]) -> list[Piece] | None:
    """Without leading conjunctions, subordinators and relative words, and without punctuation at
    either end (an opening or closing quote mark stays)."""
    def strippable(piece: Piece, leading: bool) -> bool:
        t = piece.token
        if t is None:
            return False
        if t.is_space or t.is_punct and t.text not in ("\"", "\u201c", "\u201d", "\u2018", "\u2019", "(", ")"):
            return True
        if t.text in ("(", ")"):
            return (t.text == "(") != leading
        if t.is_quote:
            return leading and t.text in ("\u201d", "\u2019") or not leading and t.text in ("\u201c", "\u2018")
        return leading and (t.dep_ in ("cc", "mark", "preconj") or _is_relative(t) and t.dep_ != "det")
    while pieces and strippable(pieces[0], True):
        pieces.pop(0)
    while pieces and strippable(pieces[-1], False):
        pieces.pop()
    return pieces or None


CLITICS = {"'s", "\u2019s", "'re", "\u2019re", "'ll", "\u2019ll", "'ve", "\u2019ve", "'d", "\u2019d", "n't", "n\u2019t"}


def _spelled_out(t: Token) -> str:
    """'s -> is (has before a participle), 're -> are, 'll -> will, 've -> have, 'd -> would (had)."""
    perfect = t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBN"
    return {"'s": "has" if perfect else "is", "'re": "are", "'ll": "will", "'ve": "have",
            "'d": "had" if perfect else "would"}.get(t.lower_.replace("\u2019", "'"), t.text)


def render(pieces: list[Piece]) -> str:
    text = ""
    before: Piece | None = None
    for piece in pieces:
        if piece.token is None:
            text += ("" if not text or text.endswith(" ") else " ") + piece.text + " "
        else:
            t = piece.token
            if before is not None and before.token is not None and t.i != before.token.i + 1 \
                    and not before.token.whitespace_ and not t.is_punct:
                text += " "  # words left out between them: keep the rest apart
            if t.lower_ in CLITICS and before is not None and (before.token is None or before.token.i != t.i - 1):
                # its host word put in by name or left out: a contracted verb is written out
                # ("Ghana is hosting" for "it's hosting"), an owner's mark joins the name
                text = text.rstrip() + ("" if t.tag_ == "POS" or t.pos_ == "PART" else " ")
                if t.tag_ != "POS" and t.pos_ != "PART":
                    text += _spelled_out(t) + t.whitespace_
                    before = piece
                    continue
            text += t.text_with_ws
        before = piece
    text = " ".join(text.split())
    for mark in (",", ".", ";", ":", "!", "?"):
        text = text.replace(" " + mark, mark)
    text = re.sub(r",(\s*,)+", ",", text)  # a comma on each side of words left out
    text = re.sub("\u201c[\u201c\u201d]|\"\"", "", text)  # a quotation whose words were the time
    text = " ".join(re.sub("\\s+\u201d", "\u201d", text).split())
    return _paired_quotes(text.strip(" ,;:"))


def _paired_quotes(text: str) -> str:
    """Without a quote mark at either end that pairs with nothing: the closing mark of a quote
    whose opening was cut off, or the opening mark of one that starts after the clause."""
    if text.endswith("\u201d") and text.count("\u201d") > text.count("\u201c"):
        text = text[:-1].rstrip()
    if text.startswith("\u201c") and text.count("\u201c") > text.count("\u201d"):
        text = text[1:].lstrip()
    if text.count('"') % 2:
        if text.endswith('"'):
            text = text[:-1].rstrip()
        elif text.startswith('"'):
            text = text[1:].lstrip()
    text = text.strip(" ,;:")
    opened = open_quote(text)
    if opened:  # cut inside a quotation: 'said on the “Morning Show' -> '... “Morning Show”'
        text = text.rstrip(" ,;:") + ("\u201d" if opened == "\u201c" else '"')
    return text


def open_quote(text: str) -> str | None:
    """The mark of the quotation the text ends inside, or None. An opening mark met inside an
    open quotation closes it (some outlets print “...“ for “...”); a closing mark with none open
    closes a quotation the text took up halfway; a straight mark opens after a space or at the
    start, and closes after a word."""
    return _walk_quotes(text)[0]


def begins_inside_quote(text: str) -> bool:
    """Whether the text takes up a quotation halfway: a mark closes one it never opened
    ('there will be revenge,” the envoy told the channel', 'it was not like that," he said'),
    a scrap of someone's words whose start is elsewhere."""
    return _walk_quotes(text)[1]


def _walk_quotes(text: str) -> tuple[str | None, bool]:
    """(the mark of the quotation open at the end, whether a mark closed one never opened)."""
    state, begun_inside = None, False
    for i, ch in enumerate(text):
        if ch == "\u201d":
            begun_inside = begun_inside or state is None
            state = None
        elif ch in ('"', "\u201c"):
            opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([\u2014-"
            begun_inside = begun_inside or not state and not opening
            state = None if state else (ch if opening else None)
    return state, begun_inside


def shorten(pieces: list[Piece], head: Token, limit: int = SOFT_LIMIT) -> list[Piece]:
    """A clause over `limit` characters loses its right-most optional clauses (a trailing
    participle, a relative clause, an apposition, a second conjunct) until it fits; then it is
    cut after the last comma that fits, then after the last whole word."""
    while len(render(pieces)) > limit:
        kept = {p.token.i for p in pieces if p.token is not None}
        last = max(i for i in kept if not head.doc[i].is_punct)
        # only a clause that ends the text: one cut from the middle changes what the rest says
        candidates = [t for t in head.subtree if t.i in kept and t.i > head.i and t.dep_ in OPTIONAL_CLAUSES
                      and t.head.i in kept and max(x.i for x in t.subtree if x.i in kept or x.is_punct) >= last]
        if not candidates:
            break
        cut = max(candidates, key=lambda t: t.left_edge.i)
        gone = {t.i for t in cut.subtree}
        # with the punctuation or conjunction that led it in
        previous = cut.left_edge.i - 1
        while previous in kept and (cut.doc[previous].is_punct or cut.doc[previous].dep_ == "cc"
                                    or cut.doc[previous].head.dep_ == "cc"):  # "but rather"
            gone.add(previous)
            previous -= 1
        pieces = [p for p in pieces if p.token is None or p.token.i not in gone]
    text = render(pieces)
    if len(text) <= limit:
        return pieces
    # still too long: keep the pieces that end before the limit, up to the last comma among them
    out, length = [], 0
    for piece in pieces:
        length += len(piece.text or piece.token.text_with_ws)
        if length > limit:
            break
        out.append(piece)
    # a comma after the verb; else back to the last word that does not wait for one cut off
    # ("... in the latest turn in the long-" -> "... in the latest turn")
    commas = [i for i, p in enumerate(out) if p.token is not None and p.token.text in (",", ";")
              and p.token.i > head.i]
    if commas and commas[-1] > len(out) // 2:
        return out[:commas[-1]]
    kept = {p.token.i for p in out if p.token is not None}
    while len(out) > 1 and out[-1].token is not None and (
            out[-1].token.is_punct or _waits(out[-1].token, kept)
            or out[-1].token.dep_ in ("cc", "prep", "det", "aux") or
            any(c.i not in kept and c.dep_ == "pobj" for c in out[-1].token.children)):
        out.pop()
    return out


def _waits(token: Token, kept: set[int]) -> bool:
    """Whether the word hangs on one after it that was cut off: "the flip of a", "... said that
    Mali and Togo" (whose verb is gone)."""
    while token.head.i != token.i:
        if token.head.i > token.i and token.head.i not in kept:
            return True
        token = token.head
    return False
