"""Quote candidates from quote marks: direct and mixed quotes, each with its attribution."""
from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.attribution import (after_marks, governing_attribution, leading_attribution,
                                                  sentence_end, trailing_attribution, window_before)
from generator.extract.quotes.index import Index
from generator.extract.quotes.marks import QUOTE_CHARS, Candidate, quote_text


SCARE_WORDS = 2  # at most this many words in marks, with no speaker: scare quotes, not a quote


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
        starts_sentence = not [t for t in window_before(index, marked.open_mark) if not t.is_punct]
        if trailing and (starts_sentence or not leading or leading[2] != "direct"):
            cue, subject, direct = trailing
            if direct:
                out.append(Candidate(start, end, "direct", cue, subject, para, body))
            else:  # 'Trump "may not have paid a dime" in taxes, she said': the whole paraphrase
                lo = window_before(index, marked.open_mark)
                lo_char = lo[0].idx if lo else start
                hi = _before_subject(index, subject, cue)
                out.append(Candidate(lo_char, hi, "mixed", cue, subject, para, text[lo_char:hi]))
        elif leading:
            cue, subject, kind, content_start = leading
            if kind == "direct":
                out.append(Candidate(start, end, "direct", cue, subject, para, body))
            else:
                hi = max(end, sentence_end(index, after_marks(marked)))
                out.append(Candidate(content_start, hi, "mixed", cue, subject, para, text[content_start:hi]))
        elif (governing := governing_attribution(index, marked)) is not None:
            cue, subject, content_start, content_end = governing
            hi = content_end or max(end, sentence_end(index, after_marks(marked)))
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
