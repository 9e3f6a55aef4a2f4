"""Quote candidates from reporting verbs: indirect (and mixed) quotes, the content clause of
"X warned that ...", "according to X, ..." and attributions set into a sentence."""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors.words import FIRST_PERSON_SUBJECTS
from generator.extract.quotes.attribution import (agent_of, clause_span, content_clause, object_tokens,
                                                  speech_over_belief, subject_of)
from generator.extract.quotes.index import Index
from generator.extract.quotes.marks import QUOTE_CHARS, Candidate


def clause_candidates(index: Index, taken: list[tuple[int, int]], used_cues: set[int] = frozenset()) -> list[Candidate]:
    """Indirect (and mixed) quotes: content clauses of reporting verbs, "according to X, ...", and
    sentences an attribution is set into ("The museum, he said, will open in May")."""
    doc = index.doc
    out = []
    nouns = index.words["reporting_nouns"]
    objects = index.words["object_speech_verbs"]
    wanted = sorted(set(index.parsed.tokens.where_value("lemma", index.clause_verbs | nouns | objects))
                    | set(index.parsed.tokens.where_value("lower", {"according"})))
    for token in (doc[i] for i in wanted):
        if token.lower_ == "according":
            found = _according_to(index, token)
            if found:
                out.append(found)
            continue
        if token.pos_ == "NOUN":
            found = _reporting_noun(index, token) if token.lemma_.lower() in nouns else None
            if found and not _inside(taken, found.start):
                out.append(found)
            continue
        if token.lemma_.lower() in objects and token.pos_ == "VERB" and not content_clause(token) \
                and (found := _object_speech(index, token)) is not None:
            if not _inside(taken, found.start) and token.i not in used_cues:
                out.append(found)
            continue
        if not index.is_cue(token) or token.lemma_.lower() not in index.clause_verbs:
            continue
        if speech_over_belief(index, token) is not token:
            continue  # a belief inside a statement: the statement is the quote
        if _put_to_subject(token) or _unsaid(index, token):
            continue
        clause = content_clause(token)
        if _inside(taken, token.idx) or token.i in used_cues:
            continue
        if clause is None:
            found = _parenthetical(index, token) or _speech_act(index, token)
            if found:
                out.append(found)
            continue
        subject = subject_of(token) or agent_of(token)
        if subject is None or subject.lower_ in {"it", "there"} and subject.dep_ == "nsubjpass":
            continue
        if _known_for_someone(index, token, subject):
            continue
        inner = _reporting_root(index, clause)
        if inner is not None and subject_of(inner) is not None:
            continue  # "Reuters reported that the minister said ...": the inner verb carries the quote
        start, end = clause_span(clause)
        orphan = [c for c in token.children if c.dep_ in {"dep", "nsubj"} and c.i < subject.left_edge.i
                  and c.i != subject.i and c.left_edge.i < token.i]
        if orphan and clause.i > token.i and doc[subject.left_edge.i - 1].text == "," \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            # "The real problem, he told me, is the price": the clause's subject stands before the
            # attribution, orphaned by the parse; the quote starts with it
            start = orphan[0].left_edge.idx
        start, end = index.clamp((start, end), token.idx)
        if len(index.text[start:end].split()) < 3:
            continue
        holds_quote = bool(index.marked_inside(start, end))
        kind = "mixed" if holds_quote else "indirect"
        out.append(Candidate(start, end, kind, token, subject, index.paragraph_of(start), index.text[start:end]))
    return out


def _parenthetical(index: Index, cue: Token) -> Candidate | None:
    """"Acts of protest, Mr. Obama said, are acts of patriotism" / "Prices will rise, she said, as
    fuel costs more": an attribution set off by commas inside or at the end of the sentence it
    reports. The parser hangs the verb on the sentence (parataxis) or makes it the root with no
    content clause; either way the quote is the whole sentence, attribution included (one span).
    """
    doc = index.doc
    if cue.dep_ not in {"parataxis", "ROOT"}:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or subject.lower_ in {"i", "you", "it", "there", "this", "that", "which", "who"}:
        return None
    lo = subject.left_edge.i
    if lo == 0 or doc[lo - 1].text != ",":
        return None  # the attribution must be set off after words of the sentence
    own = object_tokens(cue)  # "he told me on Friday,": the verb's own words
    nxt = cue.i + 1  # right after the verb and its own words: a comma, or the sentence end
    while nxt < len(doc) and (nxt in own and doc[nxt].text != "," or doc[nxt].dep_ in {"npadvmod", "advmod"}
                              and doc[nxt].head.i == cue.i):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text not in {",", ".", ";", "\n"} and "\n" not in doc[nxt].text:
        return None
    if any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "dobj" and c.i not in own for c in cue.children):
        return None  # "..., he told the BBC it was over" or "he said so": not set off
    root = cue if cue.dep_ == "ROOT" else cue.head
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    first, last = root.left_edge.i, root.right_edge.i
    while first < last and (doc[first].is_punct and doc[first].text not in QUOTE_CHARS or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct and doc[last].text not in QUOTE_CHARS or doc[last].is_space):
        last -= 1
    if lo - first < 3:
        return None  # too little before the attribution to be a statement
    start, end = index.clamp((doc[first].idx, doc[last].idx + len(doc[last])), cue.idx)
    if end <= start:
        return None
    kind = "mixed" if index.marked_inside(start, end) else "indirect"
    return Candidate(start, end, kind, cue, subject, index.paragraph_of(start), index.text[start:end])


def _known_for_someone(index: Index, cue: Token, subject: Token) -> bool:
    """"The senator knows from her career that promises are worthless": what a writer says someone
    knows is no quote of theirs (a first person's "we know that ..." is; so is "should know",
    a view the writer does not put in their mind, and "wanted to know who", a question asked)."""
    if cue.lemma_.lower() not in index.words["knowledge_verbs"] or subject.lower_ in FIRST_PERSON_SUBJECTS:
        return False
    return cue.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children)


def _put_to_subject(cue: Token) -> bool:
    """"Asked why the envoy was there, Mensah denied any plot": a participle with no subject of
    its own opens words said to the sentence's subject, not by them; "Asked by a reporter how
    the talks went, Mensah smiled": the question is the reporter's, who is no subject either.
    The tagger may read the participle as a past tense ("When asked if ..."): with no subject of
    its own it is the participle still."""
    return cue.tag_ in ("VBN", "VBD") and cue.dep_ == "advcl" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


def _unsaid(index: Index, cue: Token) -> bool:
    """"The minister did not say whether the port would close", "she never said that", "he
    stopped short of saying the deal was dead", "declined to say if": words a speaker did NOT
    say are no quote of theirs."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    head = cue.head.head if cue.dep_ == "pcomp" else cue.head  # "short" of "stopped short of saying"
    return cue.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in index.words["refraining_words"]


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def _reporting_root(index: Index, clause: Token) -> Token | None:
    """The clause's own verb when it reports speech in turn ("Reuters reported that the minister
    said she would resign"); a verb that merely can report ("she said the court rejected the
    appeal") does not, as it has no content clause of its own."""
    # a belief or a finding inside a statement stays the statement's: "Raab said the UK
    # understood the U.S. position", "he said the intelligence showed that ..."
    if clause.lemma_.lower() in index.words["belief_verbs"]:
        return None
    return clause if index.is_cue(clause) and content_clause(clause) is not None else None


def _according_to(index: Index, token: Token) -> Candidate | None:
    """"According to the ministry, 25 soldiers died": the ministry speaks the clause it modifies."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    clause = token.head
    if source is None or clause.i == token.i:
        return None
    skip = set(range(token.left_edge.i, token.right_edge.i + 1))
    kept = [t for t in clause.subtree if t.i not in skip and not t.is_space]
    while kept and kept[0].is_punct:
        kept.pop(0)
    while kept and kept[-1].is_punct and kept[-1].text not in QUOTE_CHARS:
        kept.pop()
    if len(kept) < 3:
        return None
    start, end = index.clamp((kept[0].idx, kept[-1].idx + len(kept[-1])), token.idx)
    kind = "mixed" if index.marked_inside(start, end) else "indirect"
    return Candidate(start, end, kind, token, source, index.paragraph_of(start), index.text[start:end])


# verbs by which a speaker makes their own claim: "Ruiz repeated his warning that ..."
OWN_CLAIM_VERBS = {"make", "repeat", "reiterate", "issue", "voice", "express", "renew", "echo", "deliver",
                   "level", "give", "stand", "double"}


def _reporting_noun(index: Index, noun: Token) -> Candidate | None:
    """"The union rejected the mayor's claim that the strike cost millions": the content clause of
    a reporting noun is an indirect quote of its owner ("the mayor's", "a claim by the ministry",
    "Ruiz repeated his warning that ..."); a noun with no owner named reports nobody."""
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                   and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                   and any(g.lower_ == "that" and g.dep_ in {"mark", "dobj", "nsubj"} and g.i < c.i or
                           g.dep_ == "aux" for g in c.children)), None)
    if clause is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} and c.i < clause.i), None)
        speaker = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if (speaker is None or speaker.pos_ == "PRON") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in OWN_CLAIM_VERBS:
        speaker = subject_of(noun.head) or speaker
    if speaker is None:
        return None
    start, end = index.clamp(clause_span(clause), noun.idx)
    if len(index.text[start:end].split()) < 3:
        return None
    kind = "mixed" if index.marked_inside(start, end) else "indirect"
    return Candidate(start, end, kind, noun, speaker, index.paragraph_of(start), index.text[start:end])


def _object_speech(index: Index, cue: Token) -> Candidate | None:
    """What a verb of calling or citing said in its object (data: object_speech_verbs): "Ruiz called
    for [a ceasefire in the north]", "called on [the council to act]", "called [the plan a
    disgrace]", "cited [rising fuel prices]". "She called him on Monday", "called a meeting" and
    "a fund called the Harbour Trust" say nothing: no complement, or no speaker."""
    subject = subject_of(cue)
    if subject is None or subject.lower_ in {"it", "there", "this", "that", "which"} or cue.dep_ in {"acl", "amod"}:
        return None
    if any(c.dep_ == "prt" for c in cue.children):
        return None  # "called off the summit", "called up reservists": another verb
    rights = [c for c in cue.rights if c.dep_ not in {"punct", "cc", "conj", "advmod", "npadvmod"}]
    preps = {c.lower_: c for c in rights if c.dep_ == "prep"}
    dobj = next((c for c in rights if c.dep_ == "dobj"), None)
    span = None
    if cue.lemma_.lower() != "call":
        span = (dobj, dobj) if dobj is not None and not _a_source(index, dobj) else None
    elif "for" in preps or "on" in preps:
        prep = preps.get("for") or preps["on"]
        inner = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        # 'called on the council to act': the infinitive may hang on the verb after the prepositional phrase
        after = [c for c in rights if c.dep_ in {"xcomp", "advcl"} and c.i > prep.i]
        span = (inner[0], after[-1] if after else inner[0]) if inner else None
    elif dobj is not None:
        complement = next((c for c in rights if c.dep_ in {"oprd", "ccomp", "xcomp"} and c.i > dobj.i), None)
        span = (dobj, complement) if complement is not None else None
    elif (small := next((c for c in rights if c.dep_ == "ccomp"), None)) is not None:
        span = (small, small)  # "called [the charges baseless]", parsed as a small clause
    if span is None:
        return None
    first, last = span
    start, end = first.left_edge.idx, last.right_edge.idx + len(last.right_edge)
    start, end = index.clamp((start, end), cue.idx)
    if len(index.text[start:end].split()) < 3:
        return None
    kind = "mixed" if index.marked_inside(start, end) else "indirect"
    return Candidate(start, end, kind, cue, subject, index.paragraph_of(start), index.text[start:end])


def _a_source(index: Index, noun: Token) -> bool:
    """"citing an unnamed source", "citing officials familiar with the talks": who told, not what."""
    return noun.ent_type_ in {"PERSON", "ORG", "NORP"} or noun.lemma_.lower() in index.words["title_nouns"] \
        or noun.lemma_.lower() == "source"


def _speech_act(index: Index, cue: Token) -> Candidate | None:
    """"The mayor promised to rebuild the bridge", "she urged Congress to act": what a promise,
    a plea or a refusal said, the infinitive after a speech-act verb (data: xcomp_speech_verbs)."""
    if cue.lemma_.lower() not in index.words["xcomp_speech_verbs"]:
        return None
    xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    subject = subject_of(cue)
    if xcomp is None or subject is None or subject.lower_ in {"it", "there"}:
        return None
    if cue.lemma_.lower() == "decline" and xcomp.lemma_.lower() in index.words["unspoken_after_refusal"]:
        return None  # "he declined to detail the plan": a refusal to speak quotes nothing
    addressee = next((c for c in cue.children if c.dep_ in {"dobj", "dative"} and cue.i < c.i < xcomp.i), None)
    lo = addressee.left_edge.i if addressee is not None else xcomp.left_edge.i
    doc = index.doc
    first = doc[lo]
    if first.lower_ == "to" and first.dep_ == "aux" and addressee is None:
        lo += 1  # 'promised [to] rebuild': the words promised, without the infinitive marker
    start, end = doc[lo].idx, clause_span(xcomp)[1]
    start, end = index.clamp((start, end), cue.idx)
    if len(index.text[start:end].split()) < 3:
        return None
    kind = "mixed" if index.marked_inside(start, end) else "indirect"
    return Candidate(start, end, kind, cue, subject, index.paragraph_of(start), index.text[start:end])
