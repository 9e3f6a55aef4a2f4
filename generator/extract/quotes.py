"""Quotes: reported speech, who said it, and the outlet or document that carried it.

Three kinds, as ../DESIGN.md defines them:
- direct: words in quote marks, attributed by a reporting verb beside them ('"...," she said');
- mixed: a paraphrase holding a quoted fragment ('he said the plan was "a disaster"');
- indirect: the content clause of a reporting verb ("X warned that ...", "according to X, ...").

The work is one pass over the text for quote marks, one pass over the tokens for reporting verbs,
and look-ups in indexes built once per Doc (``coref.Mentions``): no second parse, no re-scan of
the whole Doc per quote. A quote's span is its content, never the attribution.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors import ActorTable
from generator.extract.coref import Mentions, Speakers, noun_phrase, token_ids_where, words
from generator.extract.nlp import entities_in, text_of
from generator.factsheet import Quote, Source

# opening mark -> its closing mark; a straight '"' closes itself
OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2039": "\u203a", '"': '"'}
CLOSERS = {"\u201d", "\u00bb", "\u203a"}
QUOTE_CHARS = set(OPENERS) | CLOSERS | {"\u2018", "\u2019", "'"}
SENTENCE_END = {".", "?", "!"}
# British-style single quotes outside double ones: 'He called it ‘a farce’.' The opening mark starts
# a word, the closing one ends a word and is no apostrophe ("Trump’s" does not close).
SINGLE_QUOTED = re.compile(r"(?<![\w\u2019'])[\u2018'](?=\w)(?P<text>[^\n]{1,300}?)(?<=[\w.,!?])[\u2019'](?!\w)")
MAX_WINDOW = 30  # tokens an attribution may stand from its quote
SCARE_WORDS = 2  # at most this many words in marks, with no speaker: scare quotes, not a quote


@dataclass
class Marked:
    """Words in quote marks: content offsets (marks excluded) and where the marks stand."""
    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph ended the quote
    inner_marks: list[int] = field(default_factory=list)  # re-opening marks of continued paragraphs


@dataclass
class Candidate:
    """A quote found, before its speaker is resolved."""
    start: int
    end: int
    kind: str
    cue: Token | None
    subject: Token | None
    paragraph: int
    text: str
    via: Token | None = None  # the outlet that carried the words, when named
    document: Token | None = None  # "in a statement": the document that carried them
    floating: bool = False


# --- quote marks --------------------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of every non-empty line; a body's paragraphs are its lines."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_marked(text: str) -> list[Marked]:
    """Every stretch in double quote marks (straight, curly, «», „“), then single-quoted ones outside.

    A quote open at a paragraph's end continues when the next paragraph opens with a mark:
    '"We will stay.\\n"And we will win," she said.' is one quote.
    """
    found: list[Marked] = []
    pending: Marked | None = None
    closer = ""
    paras = paragraphs(text)
    for n, (p0, p1) in enumerate(paras):
        i = p0 + (len(text[p0:p1]) - len(text[p0:p1].lstrip()))
        if pending is not None:
            if text[i] in OPENERS:  # the quote goes on in this paragraph
                pending.inner_marks.append(i)
                i += 1
            else:  # the quote ran to the end of the last paragraph
                pending.end = paras[n - 1][1]
                found.append(pending)
                pending = None
        for j in range(i, p1):
            char = text[j]
            if pending is None:
                if char in OPENERS:
                    pending, closer = Marked(j + 1, j + 1, j, None), OPENERS[char]
                elif char == "\u201d" and (j == p0 or text[j - 1].isspace()) and j + 1 < p1 and text[j + 1].isalnum():
                    # '”We will win”': a closing-shaped mark before a word opens the quote
                    pending, closer = Marked(j + 1, j + 1, j, None), "\u201d"
            elif char == closer or char in CLOSERS or (char == '"' and _closes_here(text, j)):
                pending.end, pending.close_mark = j, j
                found.append(pending)
                pending = None
    if pending is not None:
        pending.end = paras[-1][1]
        found.append(pending)
    found = [m for m in found if text[m.start:m.end].strip()]
    return sorted(found + _single_quoted(text, found), key=lambda m: m.start)


def _closes_here(text: str, j: int) -> bool:
    """A straight mark inside a curly quote closes it only at a word's end: 'word" next'."""
    return j > 0 and not text[j - 1].isspace() and (j + 1 == len(text) or not text[j + 1].isalnum())


def _single_quoted(text: str, double: list[Marked]) -> list[Marked]:
    starts = [m.open_mark for m in double]
    out = []
    for match in SINGLE_QUOTED.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        inside = i >= 0 and double[i].open_mark <= match.start() <= (double[i].close_mark or double[i].end)
        if not inside:
            start, end = match.span("text")
            out.append(Marked(start, end, start - 1, end))
    return out


def quote_text(text: str, marked: Marked) -> tuple[int, int, str]:
    """Content offsets and text: whitespace and the quotation comma trimmed, re-opening marks dropped.

    '"exclusively through diplomacy," a letter read' -> 'exclusively through diplomacy'.
    """
    start, end = marked.start, marked.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    body = "".join(c for k, c in enumerate(text[start:end], start) if k not in marked.inner_marks)
    return start, end, body


# --- the Doc, indexed once ----------------------------------------------------------------------

class Index:
    """Lookups from characters to tokens and paragraphs, and the marks of every quote, for one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = text_of(doc)
        self.token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        self.marked = find_marked(self.text)
        self.marked_starts = [m.start for m in self.marked]
        self.words = words()
        self.cue_verbs = self.words["reporting_verbs"]
        self.clause_verbs = self.cue_verbs - self.words["quote_only_verbs"]

    def token_at(self, char: int) -> int:
        """Index of the token holding char (or the last one starting before it)."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def token_from(self, char: int) -> int:
        """Index of the first token starting at or after char."""
        return bisect.bisect_left(self.token_starts, char)

    def clamp(self, span: tuple[int, int], anchor: int) -> tuple[int, int]:
        """A span cut to the paragraph of anchor: a parse may run a headline into the first line."""
        p0, p1 = self.paragraphs[self.paragraph_of(anchor)]
        return max(span[0], p0), min(span[1], p1)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def marked_inside(self, start: int, end: int) -> list[Marked]:
        i = bisect.bisect_left(self.marked_starts, start)
        out = []
        while i < len(self.marked) and self.marked[i].start < end:
            if self.marked[i].end <= end:
                out.append(self.marked[i])
            i += 1
        return out

    def is_cue(self, token: Token) -> bool:
        """A reporting verb: 'said', 'warned'; "read" counts though the tagger may call it a noun."""
        lemma = token.lemma_.lower()
        if lemma not in self.cue_verbs:
            return False
        return token.pos_ in {"VERB", "AUX"} or (token.dep_ in {"ROOT", "ccomp", "parataxis"} and token.tag_ != "NNS")


# --- attributions -------------------------------------------------------------------------------

def subject_of(cue: Token) -> Token | None:
    """The subject of a reporting verb, inherited along 'and' ("she smiled and said") and who-clauses."""
    verb = cue
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            before = [s for s in subjects if s.i < cue.i]
            return (before or subjects)[0]
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
        if "\n" in t.text or t.text in SENTENCE_END or (t.text[:1] in OPENERS and out):
            break
        out.append(t)
    return out


def _window_before(index: Index, char: int) -> list[Token]:
    """Tokens before char back to the sentence start, the paragraph start or a closing quote mark."""
    doc = index.doc
    out = []
    i = index.token_from(char) - 1
    while i >= 0 and len(out) < MAX_WINDOW:
        t = doc[i]
        if "\n" in t.text or t.text in SENTENCE_END or t.text[:1] in CLOSERS or t.text == '"' and out:
            break
        out.append(t)
        i -= 1
    return out[::-1]


def trailing_attribution(index: Index, marked: Marked) -> tuple[Token, Token | None, bool] | None:
    """'"...," Maiga said' -> (cue, subject, direct?): the verb after the quote that takes no clause."""
    after = (marked.close_mark if marked.close_mark is not None else marked.end) + 1
    window = _window_after(index, after)
    for t in window:
        if t.text[:1] in OPENERS:
            return None
        if index.is_cue(t) and not _takes_own_clause(t, window[0].i if window else t.i):
            subject = subject_of(t) or _nearest_noun(window, t)
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


def leading_attribution(index: Index, marked: Marked) -> tuple[Token, Token, str, int] | None:
    """'She said: "..."' -> (cue, subject, kind, content start): the nearest reporting verb before.

    Only punctuation (or the verb's own objects: "she told reporters:") between verb and mark makes
    the quote direct; a paraphrase between makes it mixed ('he said the plan was "a disaster"').
    """
    window = _window_before(index, marked.open_mark)
    for k in range(len(window) - 1, -1, -1):
        cue = window[k]
        if not index.is_cue(cue):
            continue
        subject = subject_of(cue) or agent_of(cue)
        if subject is None or subject.i > cue.i and subject.i >= index.token_from(marked.open_mark):
            return None
        between = window[k + 1:]
        words_between = [t for t in between if not t.is_punct and t.text[:1] not in OPENERS]
        if not words_between or all(t.i in _object_tokens(cue) for t in words_between):
            # 'she said “some people” disagree': the sentence goes on, so the quote is a fragment
            return cue, subject, ("mixed" if _sentence_goes_on(index, marked) else "direct"), marked.start
        content = content_clause(cue)
        first = next((t for t in words_between if not (t.dep_ == "mark" or t.i in _object_tokens(cue))), None)
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


def governing_attribution(index: Index, marked: Marked) -> tuple[Token, Token, int] | None:
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
    verb = root
    for _ in range(4):
        if verb.pos_ == "VERB" and verb.i < first:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.i >= first or index.paragraph_of(verb.idx) != index.paragraph_of(marked.start):
        return None
    subject = subject_of(verb)
    if subject is None or not (subject.ent_type_ in SPEAKING_ENTITIES or subject.lower_ in ANIMATE_PRONOUNS):
        return None
    after = [t for t in verb.rights if t.dep_ not in {"punct", "cc", "conj"}]
    start = after[0].left_edge.idx if after else marked.start
    return verb, subject, min(max(start, verb.idx + len(verb)), marked.start)


def _object_tokens(cue: Token) -> set[int]:
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


def _after_marks(marked: Marked) -> int:
    """The first character after a quote: past its closing mark, or its end when it has none."""
    return marked.close_mark + 1 if marked.close_mark is not None else marked.end


def _sentence_end(index: Index, char: int) -> int:
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
            if i + 1 < len(doc) and doc[i + 1].text[:1] in CLOSERS | {'"', "\u2019"}:
                end = doc[i + 1].idx + 1
            break
        if not t.is_punct or t.text in QUOTE_CHARS:
            end = t.idx + len(t)
    return end


# --- from quote marks ---------------------------------------------------------------------------

def marked_candidates(index: Index) -> list[Candidate]:
    """Direct and mixed quotes, one per quote-marked stretch that has (or continues) a speaker."""
    text = index.text
    out: list[Candidate] = []
    for marked in index.marked:
        start, end, body = quote_text(text, marked)
        if len(body.split()) <= 4 and _is_title(body):
            continue  # 'she told “Morning Joe”', 'Trump ‘The Dealmaker’': a name or title, not words said
        para = index.paragraph_of(marked.open_mark)
        trailing = trailing_attribution(index, marked)
        leading = leading_attribution(index, marked)
        starts_sentence = not [t for t in _window_before(index, marked.open_mark) if not t.is_punct]
        if trailing and (starts_sentence or not leading or leading[2] != "direct"):
            cue, subject, direct = trailing
            if direct:
                out.append(Candidate(start, end, "direct", cue, subject, para, body))
            else:  # 'Trump "may not have paid a dime" in taxes, she said': the whole paraphrase
                lo = _window_before(index, marked.open_mark)
                lo_char = lo[0].idx if lo else start
                hi = _before_subject(index, subject, cue)
                out.append(Candidate(lo_char, hi, "mixed", cue, subject, para, text[lo_char:hi]))
        elif leading:
            cue, subject, kind, content_start = leading
            if kind == "direct":
                out.append(Candidate(start, end, "direct", cue, subject, para, body))
            else:
                hi = max(end, _sentence_end(index, _after_marks(marked)))
                out.append(Candidate(content_start, hi, "mixed", cue, subject, para, text[content_start:hi]))
        elif (governing := governing_attribution(index, marked)) is not None:
            cue, subject, content_start = governing
            hi = max(end, _sentence_end(index, _after_marks(marked)))
            out.append(Candidate(content_start, hi, "mixed", cue, subject, para, text[content_start:hi]))
        elif len(body.split()) > SCARE_WORDS and starts_sentence:
            # a quote standing alone continues the speaker before it, if there was one nearby
            out.append(Candidate(start, end, "direct", None, None, para, body, floating=True))
    return out


def _is_title(body: str) -> bool:
    """"Morning Joe", "The Dealmaker": every word capitalised and no sentence punctuation."""
    words_ = body.split()
    return bool(words_) and all(w[:1].isupper() for w in words_) and body[-1:] not in {".", "?", "!"}


def _before_subject(index: Index, subject: Token, cue: Token) -> int:
    """The end of the paraphrase before a trailing attribution "..., she said"."""
    first = min(subject.left_edge.i, cue.i)
    doc = index.doc
    i = first - 1
    while i > 0 and (doc[i].is_punct and doc[i].text not in QUOTE_CHARS or doc[i].is_space):
        i -= 1
    return doc[i].idx + len(doc[i])


# --- from reporting verbs -----------------------------------------------------------------------

def clause_candidates(index: Index, taken: list[tuple[int, int]], used_cues: set[int] = frozenset()) -> list[Candidate]:
    """Indirect (and mixed) quotes: content clauses of reporting verbs, "according to X, ...", and
    sentences an attribution is set into ("The museum, he said, will open in May")."""
    doc = index.doc
    out = []
    wanted = sorted(set(token_ids_where(doc, "LEMMA", index.clause_verbs)) | set(token_ids_where(doc, "LOWER", {"according"})))
    for token in (doc[i] for i in wanted):
        if token.lower_ == "according":
            found = _according_to(index, token)
            if found:
                out.append(found)
            continue
        if not index.is_cue(token) or token.lemma_.lower() not in index.clause_verbs:
            continue
        clause = content_clause(token)
        if _inside(taken, token.idx) or token.i in used_cues:
            continue
        if clause is None:
            found = _parenthetical(index, token)
            if found:
                out.append(found)
            continue
        subject = subject_of(token) or agent_of(token)
        if subject is None or subject.lower_ in {"it", "there"} and subject.dep_ == "nsubjpass":
            continue
        inner = _reporting_root(index, clause)
        if inner is not None and subject_of(inner) is not None:
            continue  # "Reuters reported that the minister said ...": the inner verb carries the quote
        start, end = clause_span(clause)
        orphan = [c for c in token.children if c.dep_ in {"dep", "nsubj"} and c.i < subject.left_edge.i
                  and c.i != subject.i and c.left_edge.i < token.i]
        if orphan and clause.i > token.i and doc[subject.left_edge.i - 1].text == ",":
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
    own = _object_tokens(cue)  # "he told me on Friday,": the verb's own words
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


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def _reporting_root(index: Index, clause: Token) -> Token | None:
    """The clause's own verb when it reports speech in turn ("Reuters reported that the minister
    said she would resign"); a verb that merely can report ("she said the court rejected the
    appeal") does not, as it has no content clause of its own."""
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


# --- outlets and documents ----------------------------------------------------------------------

def is_media(phrase: Span) -> bool:
    """"Reuters", "Mali's aBamako news website", "the state broadcaster" name media outlets."""
    names = words()["media_names_lower"]
    text = phrase.text.lower().removeprefix("the ")
    if text in names or any(e.text.lower().removeprefix("the ") in names for e in entities_in(phrase)):
        return True
    return phrase.root.lemma_.lower() in words()["media_nouns"] and phrase.root.pos_ in {"NOUN", "PROPN"}


def outlet_name(phrase: Span) -> str:
    """The outlet's own name: "Mali's aBamako news website" -> "aBamako"."""
    for ent in entities_in(phrase):
        if ent.label_ not in {"GPE", "NORP", "DATE", "CARDINAL"}:
            return ent.text.removeprefix("the ").removeprefix("The ")
    words_ = [t for t in phrase if t.lower_ not in {"the", "a", "an"} and t.dep_ != "poss" and t.dep_ != "case"]
    return " ".join(t.text for t in words_) or phrase.text


def find_via(cue: Token) -> Token | None:
    """The outlet that carried the words: "as quoted by X", "told Reuters", "in an interview with X"."""
    for child in cue.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in {"quote", "report", "cite", "tell"}:
            agent = agent_of(child)
            if agent is not None:
                return agent
        if child.dep_ in {"dative", "dobj", "iobj"} and cue.lemma_.lower() in {"tell", "say"} \
                and is_media(noun_phrase(child)):
            return child
        if child.dep_ == "prep" and child.lower_ in {"to", "with", "on"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_media(noun_phrase(pobj)):
                    return pobj
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:  # "in an interview with X"
            for pobj in child.children:
                for sub in pobj.children:
                    if sub.dep_ == "prep" and sub.lower_ in {"with", "on", "to"}:
                        for inner in sub.children:
                            if inner.dep_ == "pobj" and is_media(noun_phrase(inner)):
                                return inner
        if child.dep_ == "prep" and child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return pobj
    return None


def find_document(cue: Token) -> Token | None:
    """'ECOWAS said in a statement': the document that carried the words."""
    nouns = words()["document_nouns"]
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "through"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns:
                    return pobj
    return None


def _carrier_of(index: Index, cue: Token) -> Token | None:
    """A media outlet reporting another's words: "Reuters reported that the minister said ..."."""
    head = cue.head
    if cue.dep_ == "ccomp" and head.i != cue.i and index.is_cue(head):
        subject = subject_of(head)
        if subject is not None and is_media(noun_phrase(subject)):
            return subject
    return None


# --- putting it together ------------------------------------------------------------------------

class SourceBook:
    """The sources quotes cite, one per outlet or document, with the quotes each carried."""

    def __init__(self):
        self.sources: dict[str, Source] = {}
        self._document_names: dict[str, str] = {}

    def media(self, phrase: Span) -> str:
        name = outlet_name(phrase)
        sid = "src-" + gazetteer.slug(name)
        self.sources.setdefault(sid, Source(id=sid, name=name, kind="media"))
        return sid

    def document(self, head: Token, phrase: Span) -> str:
        """One source per document noun ("letter"), named by its fullest mention ("joint letter")."""
        key = head.lemma_.lower()
        name = " ".join(t.text for t in phrase if t.lower_ not in {"the", "a", "an", "this", "its", "their"}
                        and t.dep_ not in {"poss", "case", "det"})
        if key in self._document_names:
            sid = self._document_names[key]
            if len(name) > len(self.sources[sid].name) and not name.startswith(self.sources[sid].name + " "):
                self.sources[sid].name = name
            return sid
        sid = "src-" + gazetteer.slug(name or key)
        self._document_names[key] = sid
        self.sources.setdefault(sid, Source(id=sid, name=name or key, kind="document"))
        return sid

    def cite(self, sid: str | None, quote_id: str) -> None:
        if sid and quote_id not in self.sources[sid].cited_for:
            self.sources[sid].cited_for.append(quote_id)


def _keep_apart(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate that mostly overlaps one kept before it (quote marks are found first)."""
    kept: list[Candidate] = []
    for cand in candidates:
        clash = False
        for other in kept:
            shared = min(cand.end, other.end) - max(cand.start, other.start)
            if shared > 0 and shared >= 0.5 * min(cand.end - cand.start, other.end - other.start):
                clash = True
                break
        if not clash:
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def find_quotes(doc: Doc, actors: ActorTable) -> tuple[list[Quote], list[Source]]:
    """The quotes of a parsed article in text order (q1, q2, ...) and the sources that carried them."""
    index = Index(doc)
    marked = marked_candidates(index)
    clauses = clause_candidates(index, [(c.start, c.end) for c in marked], {c.cue.i for c in marked if c.cue is not None})
    # a parse of broken text can give an empty or reversed span; such a candidate is no quote
    candidates = _keep_apart([c for c in marked + clauses if 0 <= c.start < c.end <= len(index.text)])
    quoted = [(m.start, m.end) for m in index.marked]
    mentions = Mentions(doc, actors, quoted)
    book = SourceBook()
    quotes: list[Quote] = []
    previous: tuple[Candidate, Speakers] | None = None
    for cand in candidates:
        speakers = _speakers_of(cand, mentions, previous)
        if speakers is None or not speakers.ids:
            continue
        qid = f"q{len(quotes) + 1}"
        via = _via_source(index, cand, speakers, book, actors)
        book.cite(via, qid)
        if speakers.document is not None:
            doc_sid = book.document(speakers.document.root, speakers.document)
            book.cite(doc_sid, qid)
            via = via or doc_sid
        quotes.append(Quote(id=qid, text=cand.text, kind=cand.kind, speakers=speakers.ids,
                            speaker_mention=list(speakers.mention) if speakers.mention else None,
                            cue=cand.cue.text if cand.cue is not None else None, via=via,
                            start=cand.start, end=cand.end))
        previous = (cand, speakers)
    return quotes, list(book.sources.values())


def _speakers_of(cand: Candidate, mentions: Mentions, previous) -> Speakers | None:
    recent = previous[1].ids if previous else None
    if cand.floating:
        # a quote alone in its paragraph continues the speaker of the quote just before it
        if previous and previous[0].kind in {"direct", "mixed"} and cand.paragraph - previous[0].paragraph <= 1:
            return Speakers(list(previous[1].ids), previous[1].mention, previous[1].document)
        return None
    if cand.subject is None:
        return None
    return mentions.speakers(cand.subject, recent)


def _via_source(index: Index, cand: Candidate, speakers: Speakers, book: SourceBook,
                actors: ActorTable) -> str | None:
    """The source id of the outlet that carried a quote, registering the outlet as a media source."""
    if cand.cue is None:
        return None
    outlet = find_via(cand.cue) or _carrier_of(index, cand.cue)
    if outlet is None and cand.subject is not None and cand.cue.lemma_.lower() in {"report", "write", "publish"} \
            and is_media(noun_phrase(cand.subject)):
        outlet = cand.subject  # "Reuters reported that ...": the outlet speaks and carries
    if outlet is not None:
        phrase = noun_phrase(outlet)
        if outlet.lower_ != "according":
            return book.media(phrase) if is_media(phrase) or outlet.dep_ == "pobj" else None
    document = find_document(cand.cue)
    if document is not None:
        return book.document(document, noun_phrase(document))
    return None
