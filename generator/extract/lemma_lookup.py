"""The English pipeline's rule lemmatizer, asked once per distinct word form.

spaCy's ``Lemmatizer`` builds a Token for every word of a document and works out its lemma in
Python, caching only inflected forms, for every word of every document.
A lemma depends on nothing but the word, its coarse part of speech and its morphology, so
``LemmaLookup`` reads those three as arrays, asks the stock lemmatizer once for each new
combination in this process, and writes the lemmas back in one go: the same lemmas, with the
stock component's rules and tables.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class LemmaLookup:
    def __init__(self):
        self.lemmatizer: Lemmatizer | None = None
        self.known: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    @property
    def lookups(self):
        """The stock lemmatizer's tables, which other stages read as word lists."""
        return self.lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        # as the stock component: a lemma another component set (the attribute rules) stays
        todo = numpy.arange(len(doc)) if self.lemmatizer.overwrite else numpy.nonzero(lemmas == 0)[0]
        strings, known = doc.vocab.strings, self.known
        for i, key in zip(todo.tolist(), map(tuple, array[todo, :3].tolist())):
            lemma = known.get(key)
            if lemma is None:
                lemma = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("lemma_lookup", assigns=["token.lemma"])
def make_lemma_lookup(nlp, name):  # no annotations: spaCy validates them with pydantic
    return LemmaLookup()


def use_lookup(nlp: Language, name: str = "lemmatizer") -> Language:
    """Put a LemmaLookup over the pipeline's rule lemmatizer in its place (same name); a
    lemmatizer in another mode (lookup tables, a trained one) is left as it is."""
    stock = nlp.get_pipe(name)
    if isinstance(stock, Lemmatizer) and stock.mode == "rule":
        nlp.replace_pipe(name, "lemma_lookup")
        nlp.get_pipe(name).lemmatizer = stock
    return nlp
