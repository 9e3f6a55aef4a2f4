"""One parsed article, handed to every extraction stage: the spaCy Doc and what the stages read
off it, each computed once per document.

spaCy makes new objects on every ask (each access of doc.text joins every token again, doc.ents
builds new Spans, a Token object per word), and the stages ask the same questions many times;
so the answers live here, made on first use and kept for the document's life.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.tokens import Doc, Span

from generator.extract.attribute_lookup import is_in
from generator.extract.furniture import furniture_tokens


class TokenIndex:
    """Arrays of token attributes (lowercase form, lemma, part of speech, exact text, number-like),
    so that a stage finds the few tokens it cares about ("every token whose lemma is a stance cue")
    without building a spaCy Token object for each word of the article."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.strings = doc.vocab.strings
        array = doc.to_array([LOWER, LEMMA, POS, ORTH, LIKE_NUM])
        self.lower, self.lemma, self.pos, self.orth, self.like_num = (array[:, i] for i in range(5))

    def _hashes(self, words) -> numpy.ndarray:
        return numpy.unique(numpy.array([self.strings.add(w) for w in words], dtype="uint64"))

    def where_lower(self, words) -> list[int]:
        return numpy.nonzero(is_in(self.lower, self._hashes(words)))[0].tolist()

    def where_lemma(self, words) -> list[int]:
        """Token indices whose lemma (or lowercase form) is one of `words`."""
        hashes = self._hashes(words)
        return numpy.nonzero(is_in(self.lemma, hashes) | is_in(self.lower, hashes))[0].tolist()

    def where_orth(self, words) -> list[int]:
        return numpy.nonzero(is_in(self.orth, self._hashes(words)))[0].tolist()

    def where_number(self, words) -> list[int]:
        return numpy.nonzero((self.like_num != 0) | is_in(self.lower, self._hashes(words)))[0].tolist()

    def where_value(self, column: str, wanted, lower: bool = True) -> list[int]:
        """Token indices whose `column` ("lemma", "lower", "pos", "orth") reads as one of `wanted`,
        lowercased first with `lower`; the test runs once per distinct value, not once per token."""
        values = getattr(self, column)
        if not len(self.doc):
            return []
        strings = self.strings
        keep = [h for h in numpy.unique(values).tolist()
                if (strings[h].lower() if lower else strings[h]) in wanted]
        if not keep:
            return []
        return numpy.flatnonzero(is_in(values, numpy.unique(numpy.array(keep, dtype=values.dtype)))).tolist()


@dataclass(eq=False)
class Parsed:
    """A parsed article body. `text` is the text `doc` was parsed from (doc.text, not rebuilt)."""

    doc: Doc
    text: str

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> Parsed:
        """The Parsed of `doc`; give `text` when it is at hand, else doc.text is built once."""
        return cls(doc, doc.text if text is None else text)

    @cached_property
    def entities(self) -> list[Span]:
        """doc.ents, as one list of Spans every stage shares, without the names that stand in page
        furniture ("Jane Roe contributed to this report", "(Jane Roe/Reuters)"): no stage makes an
        actor, a speaker, a source or an event of those."""
        furniture = self.furniture
        if not furniture:
            return list(self.doc.ents)
        return [ent for ent in self.doc.ents if not any(i in furniture for i in range(ent.start, ent.end))]

    def entities_in(self, span: Span) -> list[Span]:
        """The entities wholly inside `span`, as span.ents gives them."""
        return [ent for ent in self.entities if ent.start >= span.start and ent.end <= span.end]

    @cached_property
    def tokens(self) -> TokenIndex:
        """The token attribute arrays, for finding tokens by word, lemma or part of speech."""
        return TokenIndex(self.doc)

    @cached_property
    def token_starts(self) -> list[int]:
        """The start character of every token, in order (for bisecting a character to its token)."""
        return self.doc.to_array("IDX").tolist() if len(self.doc) else []

    @cached_property
    def furniture(self) -> set[int]:
        """Tokens of page furniture (photo credits, glued link text): no actor is found in them."""
        return furniture_tokens(self.text, self.token_starts)
