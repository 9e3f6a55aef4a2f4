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
from generator.extract.actors.find import find_actors
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import FIRST_PERSON, SPEAKING_VERBS


__all__ = ["ActorTable", "FIRST_PERSON", "SPEAKING_VERBS", "find_actors"]
