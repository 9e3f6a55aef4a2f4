"""The spaCy pipeline, loaded once per process, with our entity ruler before the statistical NER.

Its attribute rules and its lemmatizer run as lookups (``attribute_lookup``, ``lemma_lookup``):
the same rules and results, some 12-14% and 5% of the parse time less.

The small English model types many African state names as people ("Mali" PERSON); the ruler
pins every name in the gazetteer to its label first, and NER labels around it.

Editors' bracketed insertions ("President [of Mali Assimi] Goita") make the small model start a
new sentence at the bracket; ``bracket_guard`` runs before the parser and forbids a sentence start
inside brackets or right after one, so the phrase stays in its sentence.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract import MODEL, attribute_lookup, gazetteer, lemma_lookup
from generator.extract.attribute_lookup import is_in


@Language.component("bracket_guard")
def bracket_guard(doc: Doc) -> Doc:
    if not _has_bracket(doc):
        return doc
    depth = 0
    for token in doc:
        if token.i > 0 and (depth > 0 or doc[token.i - 1].text == "]"):
            token.is_sent_start = False
        if token.text == "[":
            depth += 1
        elif token.text == "]":
            depth = max(0, depth - 1)
    return doc


def _has_bracket(doc: Doc) -> bool:
    """Whether any token holds "[", read from the distinct token texts (doc.text would build a
    Token object for every word of the article)."""
    return any("[" in doc.vocab.strings[orth] for orth in numpy.unique(doc.to_array(ORTH)).tolist())


def add_gazetteer_ruler(nlp: Language) -> Language:
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    # The ruler runs the components before it (tagger, parser...) on every pattern it is given;
    # matched on ORTH, a pattern needs only the tokenizer: 3 s less for every load of the pipeline.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer.ruler_patterns())
    return nlp


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with the gazetteer ruler; cached so a process loads it once."""
    nlp = lemma_lookup.use_lookup(attribute_lookup.use_lookup(spacy.load(MODEL)))
    nlp.add_pipe("bracket_guard", before="parser")
    return add_gazetteer_ruler(nlp)


class DocIndex:
    """Per-document arrays of token attributes, computed once, so that stages find the few
    tokens they care about ("every token whose lemma is a stance cue") without building a
    spaCy Token object for each word of the article."""

    def __init__(self, doc: Doc):
        from spacy.attrs import LEMMA, LIKE_NUM, LOWER, POS

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


def keep_text(doc: Doc, text: str) -> None:
    """Keep the text `doc` was parsed from with it, for text_of."""
    doc.user_data.setdefault("briefing_text", text)


def text_of(doc: Doc) -> str:
    """doc.text, kept with the document (each access of doc.text joins every token again)."""
    found = doc.user_data.get("briefing_text")
    if found is None:
        found = doc.user_data["briefing_text"] = doc.text
    return found


def entities(doc: Doc) -> list[Span]:
    """doc.ents, made once per document and kept with it (each access builds new Spans)."""
    found = doc.user_data.get("briefing_ents")
    if found is None:
        found = doc.user_data["briefing_ents"] = list(doc.ents)
    return found


def entities_in(span: Span) -> list[Span]:
    """The entities wholly inside `span`, as span.ents gives them, from the document's kept list."""
    return [ent for ent in entities(span.doc) if ent.start >= span.start and ent.end <= span.end]


def index(doc: Doc) -> DocIndex:
    """The DocIndex of a parsed doc, built on first use and kept with the doc."""
    found = doc.user_data.get("briefing_index")
    if found is None:
        found = doc.user_data["briefing_index"] = DocIndex(doc)
    return found
