"""Which actors a fact sheet lists: a document named by a common noun only when a fact rests on it."""
from __future__ import annotations

from generator.extract.actors.listed import listed_actors
from generator.model.factsheet import Actor, Event, Quote


def actor(id, name, kind="document"):
    return Actor(id=id, name=name, kind=kind, mentions=[[0, 5]])


def quote(id, speakers):
    return Quote(id=id, text="We will reopen the port", kind="direct", speakers=speakers,
                 speaker_mention=None, cue="said", via=None, start=0, end=10)


def names(listed):
    return [a.name for a in listed]


def test_a_common_noun_document_no_fact_rests_on_is_left_out():
    actors = [actor("ilse-varga", "Ilse Varga", "person"), actor("letter", "letter"),
              actor("harbour-accord", "Harbour Accord")]
    assert names(listed_actors(actors, [quote("q1", ["ilse-varga"])], [], [], [])) == ["Ilse Varga", "Harbour Accord"]


def test_a_document_that_speaks_or_takes_part_in_an_event_is_listed():
    actors = [actor("statement", "statement"), actor("letter", "letter"), actor("memo", "memo")]
    quotes = [quote("q1", ["statement"])]
    events = [Event(id="ev1", date=None, when=None, what="The memo leaked", actors=["memo"], evidence=[0, 5])]
    assert names(listed_actors(actors, quotes, [], [], [])) == ["statement"]
    assert names(listed_actors(actors, quotes, [], events, [])) == ["statement", "memo"]


def test_a_platform_is_listed_only_when_a_fact_names_it():
    actors = [actor("ilse-varga", "Ilse Varga", "person"), actor("twitter", "Twitter", "media"),
              actor("reuters", "Reuters", "media")]
    assert names(listed_actors(actors, [quote("q1", ["ilse-varga"])], [], [], [])) == ["Ilse Varga", "Reuters"]
    assert names(listed_actors(actors, [quote("q1", ["twitter"])], [], [], [])) == names(actors)
