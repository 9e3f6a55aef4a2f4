"""The spaCy pipeline, loaded once per process, with our entity ruler before the statistical NER.

Its attribute rules and its lemmatizer run as lookups (``attribute_lookup``, ``lemma_lookup``):
the same rules and results, in less of the parse time.

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
from spacy.tokens import Doc

from generator.extract import MODEL, attribute_lookup, gazetteer, lemma_lookup


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
    # matched on ORTH, a pattern needs only the tokenizer, so every load of the pipeline is quicker.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer.ruler_patterns())
    return nlp


def split_turned_apostrophe(nlp: Language) -> Language:
    """'Varnia‘s army': a left single quote typed for the apostrophe is split off as "’s" is,
    so the name before it is read alone (the state, not a person called "Varnia‘s")."""
    suffixes = list(nlp.Defaults.suffixes) + ["‘s", "‘S"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    return nlp


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with the gazetteer ruler; cached so a process loads it once."""
    nlp = lemma_lookup.use_lookup(attribute_lookup.use_lookup(spacy.load(MODEL)))
    nlp.add_pipe("bracket_guard", before="parser")
    return add_gazetteer_ruler(split_turned_apostrophe(nlp))
