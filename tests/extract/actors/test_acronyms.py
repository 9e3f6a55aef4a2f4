"""Acronyms and the words they stand for, on sentences written for these tests."""
from __future__ import annotations

from generator.extract.actors.acronyms import acronyms_of_things, expansion
from generator.extract.parsed import Parsed


def _at(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_an_expansion_is_found_before_or_after_the_acronym(nlp):
    doc = nlp("Envoys met in the Neutral Border Zone (NBZ). This is a CBM -- a confidence building measure.")
    parsed = Parsed.of(doc)
    assert expansion(parsed, _at(doc, "NBZ")).text == "Neutral Border Zone"
    assert expansion(parsed, _at(doc, "CBM")).text == "confidence building measure"


def test_only_acronyms_of_things_are_listed(nlp):
    doc = nlp("The Economic Community of West African States (ECOWAS) met near the Neutral Border Zone (NBZ). "
              "The NBZ was quiet and ECOWAS spoke.")
    parsed = Parsed.of(doc)
    assert "ECOWAS" not in acronyms_of_things(parsed, parsed.entities)
