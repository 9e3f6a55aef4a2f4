"""Attributions: the reporting verb beside a quote, before it or after it, and the subject who spoke."""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.index import Index
from generator.extract.quotes.marks import QUOTE_CHARS, SENTENCE_END, Marked, closes, opens


MAX_WINDOW = 30  # tokens an attribution may stand from its quote


NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM", "X"}


def subject_of(cue: Token) -> Token | None:
    """The subject of a reporting verb (see ``_parsed_subject``), unless the parse took it from
    another line or from a word that names nobody: then the phrase right before the verb.

    "12:15 p.m.\n\nDonald Trump says ...": the parser joins the time stamp above to the line and
    makes it the subject; "... were made public ― Trump boasted": 'public' is no one.
    """
    subject = _parsed_subject(cue)
    if subject is not None and no_one(subject):
        subject = _counted(subject) or _phrase_before(cue)
        if subject is None or no_one(subject):
            return None
    if subject is not None and subject.text.isupper() and len(subject.text) > 3 and subject.i < cue.i - 2:
        # "THE BORROWING Back when he wrote his book, Mr. McKinley said": a section header glued
        # to the paragraph is no subject when a phrase stands right before the verb
        closer = _phrase_before(cue)
        if closer is not None and closer.i != subject.i and not closer.text.isupper():
            return closer
    if subject is None or _named(subject) and not _across_lines(subject, cue):
        return subject  # the tagger may call a name a verb ("Trump"): a capital or an entity is a name
    if subject.pos_ == "ADJ" and not _across_lines(subject, cue):  # "Many said" stands; "public ― X said" not
        return _phrase_before(cue) or subject
    return _phrase_before(cue)


FUNCTION_POS = {"ADP", "SCONJ", "CCONJ", "PART", "PUNCT", "SYM", "NUM"}


def no_one(t: Token) -> bool:
    """A subject that names no one: a function word the parser made a subject ("In 1998 ...
    admitting"), a dash or symbol, a bare number ("1998"), a share of people the phrase goes on
    to name ("74 percent of likely voters": the voters). A share alone ("Twelve percent said")
    stands for the respondents it counts."""
    if any(c.dep_ == "appos" for c in t.children):
        return False  # "one of the attorneys, Ana Ruiz, said": the apposition names her
    if t.pos_ in FUNCTION_POS and t.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} or t.like_num:
        return True
    if not any(c.isalpha() for c in t.text):
        return True
    return t.ent_type_ in {"PERCENT", "CARDINAL"} and _counted(t) is not None


def _counted(t: Token) -> Token | None:
    """The people a share counts: "74 percent of likely voters said" -> voters."""
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.pos_ in {"NOUN", "PROPN"} and pobj.ent_type_ not in {"PERCENT", "CARDINAL", "DATE"}:
                return pobj
    return None


def _named(t: Token) -> bool:
    return t.pos_ in NOMINAL_POS | {"DET"} or bool(t.ent_type_) or t.text[:1].isupper()


def _across_lines(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _phrase_before(cue: Token) -> Token | None:
    """The head of the noun phrase right before a verb, on its line: "Donald Trump says"."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and not ("\n" in doc[i].text or doc[i].text in SENTENCE_END or doc[i].is_punct and doc[i].text not in {"'s", "\u2019s", "."}):
        t = doc[i]
        if t.pos_ in {"NOUN", "PROPN", "PRON"} or t.ent_type_ and t.text[:1].isupper():
            while t.dep_ in {"compound", "flat"} and t.head.i > t.i and t.head.i < cue.i:
                t = t.head
            return t
        if t.pos_ not in {"ADV", "AUX", "PART"}:
            return None
        i -= 1
    return None


def _quoted_as(cue: Token) -> Token | None:
    """'the agency quoted Ruiz as saying ...': Ruiz spoke, the agency only carried the words
    (parsed with "as" on the verb, or on the name when "quoted" is read as an adjective)."""
    prep = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.i == cue.i:
        return None
    if prep.head.lemma_ in ("quote", "cite"):
        return next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    doc = cue.doc
    named = doc[prep.i - 1] if prep.i > 0 else None  # "... quoted Ruiz as saying", however parsed
    if named is not None and named.pos_ in ("PROPN", "NOUN") and any(
            doc[j].lower_ in ("quoted", "cited", "quoting", "citing") for j in range(max(0, named.i - 4), named.i)):
        return named
    return None


def _parsed_subject(cue: Token) -> Token | None:
    """The subject of a reporting verb, inherited along 'and' ("she smiled and said") and who-clauses."""
    quoted = _quoted_as(cue)
    if quoted is not None:
        return quoted
    verb = cue
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            before = [s for s in subjects if s.i < cue.i]
            return _nearer_set_off(before) if before else subjects[0]
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"} and (
                verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "ccomp" for c in verb.children)
                and not any(c.dep_ in {"agent", "auxpass"} for c in verb.children)):
            return verb.head  # "as the bloc announced that ...", parsed as a reduced relative clause
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
        elif verb.dep_ in {"xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "she began by saying that ...": the subject of the verb the phrase modifies
        else:
            return None
    return None


def _nearer_set_off(subjects: list[Token]) -> Token:
    """Of two subjects the parser gave one verb, the first, unless punctuation sets it off from the
    next: "The Latest: Ruiz urges ...", "His promises notwithstanding, analysts agree ..." (a label
    or an orphaned phrase before the real subject); "a letter by the two ministers read" keeps
    the letter, and a name the parser split at a hyphen ("Park Ji-ho said") keeps its first part."""
    doc = subjects[0].doc
    chosen = subjects[0]
    for later in subjects[1:]:
        if no_one(later):
            continue
        spaced = any(t.is_punct and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in doc[chosen.i + 1:later.left_edge.i])
        if spaced or no_one(chosen):
            chosen = later
    return chosen


def agent_of(cue: Token) -> Token | None:
    """The 'by' agent of a passive cue: "was quoted by the agency"."""
    for child in cue.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def content_clause(cue: Token) -> Token | None:
    """The clause a reporting verb reports: "she warned [that the talks would fail]"."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return clauses[0] if clauses else None


def clause_span(root: Token) -> tuple[int, int]:
    """Characters of a clause without its complementizer and edge punctuation."""
    doc = root.doc
    lo, hi = root.left_edge.i, root.right_edge.i
    while lo < hi and (doc[lo].dep_ == "mark" and doc[lo].lower_ in {"that", "whether", "if"}
                       or doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct and doc[hi].text not in QUOTE_CHARS | {"?", "!"} or doc[hi].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _window_after(index: Index, char: int) -> list[Token]:
    """Tokens after char up to the sentence end, the paragraph end or the next quote mark."""
    doc = index.doc
    out = []
    for i in range(index.token_from(char), min(len(doc), index.token_from(char) + MAX_WINDOW)):
        t = doc[i]
        if "\n" in t.text or t.text in SENTENCE_END or (opens(t.text) and out):
            break
        out.append(t)
    return out


def window_before(index: Index, char: int) -> list[Token]:
    """Tokens before char back to the sentence start, the paragraph start or a closing quote mark."""
    doc = index.doc
    out = []
    i = index.token_from(char) - 1
    while i >= 0 and len(out) < MAX_WINDOW:
        t = doc[i]
        if "\n" in t.text or t.text in SENTENCE_END or closes(t.text) and (out or t.text[:1] not in {'"', "'"}):
            break
        out.append(t)
        i -= 1
    return out[::-1]


def trailing_attribution(index: Index, marked: Marked) -> tuple[Token, Token | None, bool] | None:
    """'"...," Maiga said' -> (cue, subject, direct?): the verb after the quote that takes no clause."""
    after = (marked.close_mark if marked.close_mark is not None else marked.end) + 1
    if index.text[marked.start:marked.end].rstrip()[-1:] == "." and marked.close_mark is not None:
        return None  # '... his “Contract with Varnia.” In 1998 the vote for admitting ...': a new sentence
    window = _window_after(index, after)
    for t in window:
        if opens(t.text):
            return None
        if index.is_cue(t) and not _takes_own_clause(t, window[0].i if window else t.i):
            if speech_over_belief(index, t) is not t:
                return None  # '... "little doubt" that Kim understood': the statement before speaks
            subject = subject_of(t)
            if subject is None:
                subject = _nearest_noun(window, t)
                subject = None if subject is not None and no_one(subject) else subject
            elif marked.open_mark <= subject.idx < after:
                # '"My reaction, that was outrageous," the strategist said': the parse found the
                # subject inside the quote; the speaker is the phrase between quote and verb, or after it
                subject = _phrase_before(t) or _noun_after(window, t)
            elif subject.i > t.i:
                # '"...," Ruiz, a party elder, said on Varnia TV's "Morning Show."': a parse that
                # hangs the name on the quote and takes the show after the verb for its subject;
                # a noun phrase between quote and verb is who speaks
                between = _nearest_noun(window, t)
                subject = between if between is not None and not no_one(between) else subject
            if subject is None or subject.i > window[-1].i and subject.i > t.i + 3:
                return None
            first_word = next((w for w in window if not w.is_punct), t)
            direct = first_word.i >= min(subject.left_edge.i, t.i)
            return t, subject, direct
        if t.pos_ == "VERB" and t.dep_ in {"ROOT", "ccomp"} and not index.is_cue(t) and t.lemma_ not in {"sign", "quote"}:
            return None  # another clause stands between quote and verb
    return None


def _takes_own_clause(cue: Token, window_start: int) -> bool:
    """'"...". He said he would go' : 'said' has its own clause after it, so it is not this quote's."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)


def _nearest_noun(window: list[Token], cue: Token) -> Token | None:
    """A subject the parser missed: the first noun or pronoun phrase between quote and verb."""
    for t in window:
        if t.i >= cue.i:
            break
        if t.pos_ in {"NOUN", "PROPN", "PRON"}:
            while t.head.i != t.i and window[0].i <= t.head.i < cue.i:
                t = t.head
            return t
    return None


def speech_over_belief(index: Index, cue: Token) -> Token:
    """The statement a belief or finding is reported in: "Pompeo added that there was 'little
    doubt' that Kim understood ..." quotes Pompeo, not Kim's understanding."""
    if cue.lemma_.lower() not in index.words["belief_verbs"]:
        return cue
    t = cue
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in {"ccomp", "acl", "relcl", "advcl", "xcomp", "conj", "pobj", "prep", "attr", "dobj"}:
            break
        t = t.head
        if index.is_cue(t) and t.lemma_.lower() not in index.words["belief_verbs"] and t.sent.start == cue.sent.start:
            return t
    return cue


def _noun_after(window: list[Token], cue: Token) -> Token | None:
    """'", said Leslie Wimes, a ...': the name or noun right after the verb ("the", "Mr." allowed)."""
    for t in window:
        if t.i <= cue.i or t.pos_ == "DET" or t.lower_ in {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}:
            continue
        if t.pos_ not in {"NOUN", "PROPN"}:
            return None
        while t.dep_ in {"compound", "flat"} and t.head.i > t.i:
            t = t.head
        return t
    return None


def leading_attribution(index: Index, marked: Marked) -> tuple[Token, Token, str, int] | None:
    """'She said: "..."' -> (cue, subject, kind, content start): the nearest reporting verb before.

    Only punctuation (or the verb's own objects: "she told reporters:") between verb and mark makes
    the quote direct; a paraphrase between makes it mixed ('he said the plan was "a disaster"').
    """
    window = window_before(index, marked.open_mark)
    cues = [k for k in range(len(window) - 1, -1, -1) if index.is_cue(window[k])]
    inside = index.doc[min(len(index.doc) - 1, index.token_from(marked.start))]
    # the verb whose clause holds the quote, over a nearer one that does not: 'told a woman who
    # suggested that ... that "not voting is no strategy"' quotes what was told, not suggested
    # ('the ad ends with footage of Ruiz saying, “...”': a participle on a noun right before the
    # quote says it, whatever verb the parser hung the quote on)
    governing = [k for k in cues if window[k].is_ancestor(inside)]
    nearest = window[cues[0]] if cues else None
    if governing and governing[0] != cues[0] and not (nearest.tag_ == "VBG" and nearest.dep_ in {"pcomp", "acl", "pobj"}
                                                      and content_clause(nearest) is None):
        cues = governing[:1]
    beliefs = index.words["belief_verbs"]
    for k in cues:
        cue = window[k]
        if cue.lemma_.lower() in beliefs and any(window[j].is_ancestor(cue) for j in cues if j != k):
            continue  # 'Raab added that the UK understood the "position"': what Raab added
        cue = speech_over_belief(index, cue)
        subject = subject_of(cue) or agent_of(cue)
        if subject is None or subject.i > cue.i and subject.i >= index.token_from(marked.open_mark):
            return None
        between = window[k + 1:]
        words_between = [t for t in between if not t.is_punct and not opens(t.text)]
        if not words_between or all(t.i in object_tokens(cue) for t in words_between):
            # 'she said “some people” disagree': the sentence goes on, so the quote is a fragment
            return cue, subject, ("mixed" if _sentence_goes_on(index, marked) else "direct"), marked.start
        content = content_clause(cue)
        first = next((t for t in words_between if not (t.dep_ == "mark" or t.i in object_tokens(cue))), None)
        if content is not None and content.left_edge.i > cue.i:
            start = clause_span(content)[0]
        elif first is not None:
            start = first.idx
        else:
            start = marked.start
        return cue, subject, ("direct" if start >= marked.open_mark else "mixed"), min(start, marked.start)
    return None


def _sentence_goes_on(index: Index, marked: Marked) -> bool:
    """Words follow the closing mark before the sentence ends (not an attribution: that is trailing)."""
    if marked.close_mark is None or index.text[marked.start:marked.end].rstrip()[-1:] in {".", "?", "!", ","}:
        return False
    window = _window_after(index, marked.close_mark + 1)
    return any(not t.is_punct for t in window)


OBJECT_TAKING = {"tell", "ask", "inform", "assure", "remind", "warn", "urge"}


SPEAKING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
ANIMATE_PRONOUNS = {"he", "she", "they", "we", "i"}


def governing_attribution(index: Index, marked: Marked) -> tuple[Token, Token, int, int | None] | None:
    """'Japan branded its rival an “outlaw nation”': a fragment inside what a named speaker did with words.

    The verb governing the fragment, before it in the sentence, with a person, body or personal
    pronoun as its subject, makes the paraphrase a mixed quote (span: the verb's complement).
    """
    doc = index.doc
    first, last = index.token_from(marked.start), index.token_at(max(marked.start, marked.end - 1))
    if first > last:
        return None
    root = doc[first]
    while first <= root.head.i <= last and root.head.i != root.i:
        root = root.head
    if root.dep_ in {"amod", "compound", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"} and not first <= root.head.i <= last:
        return None  # 'credited the “maximum pressure” campaign for the thaw': a label of a thing, not words said
    verb = root
    for _ in range(4):
        if verb.pos_ == "VERB" and verb.i < first:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    verb = _wording_verb(index, verb, doc[first])
    if verb is None or verb.i >= first or index.paragraph_of(verb.idx) != index.paragraph_of(marked.start):
        return None
    subject = subject_of(verb)
    if subject is None or not (subject.ent_type_ in SPEAKING_ENTITIES or subject.lower_ in ANIMATE_PRONOUNS):
        return None
    after = [t for t in verb.rights if t.dep_ not in {"punct", "cc", "conj"}]
    start = after[0].left_edge.idx if after else marked.start
    # 'the prisoners the ministry has called “hostages” were freed': a relative clause inside
    # the subject says only its own words; the main clause after them is the writer's
    inside = verb.dep_ == "relcl" and any(a.i > verb.right_edge.i for a in verb.ancestors)
    end = after[-1].right_edge.idx + len(after[-1].right_edge) if after and inside else None
    return verb, subject, min(max(start, verb.idx + len(verb)), marked.start), end


def _wording_verb(index: Index, verb: Token, fragment: Token) -> Token | None:
    """The verb of saying or naming whose infinitive a quoted fragment's verb is, or that verb
    itself: "Ruiz urged the city to drop its 'folly'", "called on the council to end the 'farce'";
    any verb that casts someone "as" the fragment names them so ("the senator went after Lund
    as a 'fraud'"). A deed that no such verb governs quotes nobody: 'the army killed him "at
    the chief's order"', 'the state scheduled a "ceremony"' (a source's words, not the doer's)."""
    for _ in range(3):
        if verb.pos_ != "VERB":
            return None
        if verb.lemma_.lower() in index.wording_verbs or _casts_as(verb, fragment) or _words_as_object(index, verb):
            return verb
        infinitive = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                                         for c in verb.children)
        if not infinitive:
            return None
        verb = verb.head
    return None


def _casts_as(verb: Token, fragment: Token) -> bool:
    """'rated the claim as "false"', 'pounded Lund as a "fraud"': the fragment is in the verb's "as" phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.is_ancestor(fragment) for c in verb.children)


def _words_as_object(index: Index, verb: Token) -> bool:
    """'used the phrase "iron fist"', 'rolled out a new message: "..."': a verb whose object is
    words (data: word_nouns) says them; so do the idioms 'made clear that ...' and 'as the
    paper put it, "a farce"'."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in index.words["word_nouns"] or lemma == "put" and c.lower_ == "it")
               for c in verb.children) or lemma == "make" and any(c.lower_ == "clear" and c.i > verb.i for c in verb.children)


def object_tokens(cue: Token) -> set[int]:
    """The reporting verb's own non-clausal words: "told [reporters] [on Tuesday]:"."""
    out = set()
    objects = {"dative", "npadvmod", "prep", "advmod", "punct", "iobj"}
    if cue.lemma_.lower() in OBJECT_TAKING:
        objects.add("dobj")
    for child in cue.rights:
        if child.dep_ in objects:
            if not any(t.pos_ in {"VERB", "AUX"} for t in child.subtree):
                out.update(t.i for t in child.subtree)
    return out


def after_marks(marked: Marked) -> int:
    """The first character after a quote: past its closing mark, or its end when it has none."""
    return marked.close_mark + 1 if marked.close_mark is not None else marked.end


def sentence_end(index: Index, char: int) -> int:
    """The end of the sentence a quote fragment sits in: 'he called it “a disaster” and “a shame”.'.

    Quote marks do not end it; a full stop does (with the closing mark right after it: '“true.”').
    """
    doc = index.doc
    end = char
    for i in range(index.token_from(char), min(len(doc), index.token_from(char) + 2 * MAX_WINDOW)):
        t = doc[i]
        if "\n" in t.text:
            break
        if t.text in SENTENCE_END:
            if i + 1 < len(doc) and (closes(doc[i + 1].text) or doc[i + 1].text == "\u2019"):
                end = doc[i + 1].idx + len(doc[i + 1])
            break
        if not t.is_punct or t.text in QUOTE_CHARS:
            end = t.idx + len(t)
    return end
