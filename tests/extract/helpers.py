"""The extraction stages run on a sentence written for a test, for tests of every stage."""
from __future__ import annotations

from generator.extract.actors import find_actors
from generator.extract.events import find_events
from generator.extract.parsed import Parsed
from generator.extract.quotes import find_quotes


def extracted(nlp, text: str):
    """(parsed, actor table, quotes, sources) of `text`: the stages before positions."""
    parsed = Parsed.of(nlp(text))
    table = find_actors(parsed)
    quotes, sources = find_quotes(parsed, table)
    return parsed, table, quotes, sources


def events_in(doc, published):
    """The events of a parsed `doc` published on `published` (YYYY-MM-DD)."""
    parsed = Parsed.of(doc)
    return find_events(parsed, find_actors(parsed), published)
