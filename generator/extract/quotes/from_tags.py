"""Quote candidates from speaker tags: a paragraph that opens with a name and a colon.

"ORTIZ: We will not sign this." (a transcript) and "Ana Ruiz: Talks Will Fail Without Guarantees"
(a headline) give the words after the colon to the name before it.
"""
from __future__ import annotations

import re

from generator.extract.coref import is_common_word
from generator.extract.quotes.index import Index
from generator.extract.quotes.marks import QUOTE_CHARS, Candidate

# a paragraph's opening: an optional quote mark, one to four capitalised words, a colon
TAG = re.compile(r"[\"\u201c\u2018']?([A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3}):[ \t]+(?=\S)")
TAGGED_INSIDE = re.compile(r"\b[A-Z][\w'\u2019\-]+: ")
SPEAKING = {"PERSON", "ORG", "NORP", "GPE"}
MIN_WORDS = 3


def tagged_candidates(index: Index) -> list[Candidate]:
    """One candidate per paragraph opened by a speaker tag; the words after the colon, to the
    paragraph's end, are the quote."""
    out = []
    text = index.text
    for p0, p1 in index.paragraphs:
        match = TAG.match(text, p0, p1)
        if match is None:
            continue
        name = _name_token(index, match.start(1), match.end(1))
        if name is None:
            continue
        start, end = match.end(), p1
        while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS):
            end -= 1
        if len(text[start:end].split()) < MIN_WORDS or TAGGED_INSIDE.search(text, start, end):
            continue  # "Ruiz: talks fail Replay More Videos ... Hale: ...": a run of glued page items
        # not in quote marks of its own, a tagged line is no direct quote (DESIGN: direct is in marks)
        kind = "mixed" if index.marked_inside(start, end) else "indirect"
        out.append(Candidate(start, end, kind, None, name, index.paragraph_of(start), text[start:end]))
    return out


def _name_token(index: Index, start: int, end: int):
    """The head of the tag's name when the tag names someone: a person, body or state the parse
    knows ("Ana Ruiz:"), or proper nouns or a transcript's capitals whose last word the article
    uses elsewhere as a name ("RUIZ:" beside "Ana Ruiz"); "Update:", "Photo:" and "Poll:" name nobody."""
    doc = index.doc
    first, last = index.token_from(start), index.token_at(end - 1)
    if first > last or any(i in index.parsed.furniture for i in range(first, last + 1)):
        return None
    tokens = doc[first:last + 1]
    if len(tokens) == 1 and tokens[0].ent_type_ != "PERSON" and not tokens[0].text.isupper() and is_common_word(tokens[0]):
        return None  # "Correction: ...", "Analysis: ...": a common word labels the paragraph
    if all(t.ent_type_ in SPEAKING for t in tokens):
        return tokens.root
    if all(t.pos_ == "PROPN" or t.text.isupper() for t in tokens) and _named_elsewhere(index, tokens[-1], last):
        return tokens.root
    if all(t.text[:1].isupper() and t.pos_ in {"NOUN", "PROPN"} for t in tokens) \
            and _named_elsewhere(index, tokens[-1], last, strict=True):
        return tokens.root  # "Bakers: Ruiz Must Go": a name the tagger read as a noun, NER's name elsewhere
    return None


def _named_elsewhere(index: Index, word, at: int, strict: bool = False) -> bool:
    """Whether the word stands elsewhere in the article as (part of) a name: "Ruiz" for "RUIZ";
    `strict`, or for a common word, only where NER says so."""
    if strict or is_common_word(word) and not word.ent_type_:
        # "FILE PHOTO:" beside "AP Photo": a common word is a name only where NER says so
        return any(i != at and index.doc[i].ent_type_ in SPEAKING and not index.doc[i].text.isupper()
                   for i in index.parsed.tokens.where_value("lower", {word.lower_}))
    return any(i != at and (index.doc[i].ent_type_ in SPEAKING or index.doc[i].pos_ == "PROPN")
               and index.doc[i].text[:1].isupper() and not index.doc[i].text.isupper()
               for i in index.parsed.tokens.where_value("lower", {word.lower_}))
