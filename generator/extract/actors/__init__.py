"""Actors: who the article is about, one actor per referent, with roles and every mention.

Mentions come from four places, in this order (one module each, run by ``find.find_actors``):
1. the gazetteer (states, organisations, media; demonyms and capitals standing for their state),
2. titles before names ("Malian Foreign Minister Abdoulaye Diop", "President [of Mali Assimi] Goita"),
3. the statistical NER's PERSON and ORG entities, corrected: a province or city is never a person,
   a person's surname that NER called an ORG is the person,
4. noun phrases: collectives that name whose they are ("the Nigerien coup leaders") become groups,
   texts that speak or are issued ("the letter read", "issued a joint letter") become documents.
Mentions of one referent share an actor: a surname joins the full name it ends, a gazetteer
entry joins all its spellings, "the letter" joins the earlier "joint letter".
Roles come from titles, appositions ("Diop, Mali's foreign minister,") and counterparts.
"""
import importlib

# Where each name of the package lives. They are imported when first asked for, so that reading
# a word list (``generator.extract.actors.words``, which the crisis stage's sentence rules use)
# does not import spaCy through ``find``.
_HOMES = {"find_actors": "find", "ActorTable": "table", "FIRST_PERSON": "words", "SPEAKING_VERBS": "words"}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
