"""One article through every extraction stage: an Article and its parsed Doc in, a FactSheet out.

``assemble`` wraps the Doc in one ``Parsed`` and hands it to every stage, so what they all read
off the document (its text, entities, token arrays) is computed once.
"""
from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import nlp as nlp_module
from generator.extract.parsed import Parsed
from generator.extract.actors import find_actors
from generator.extract.actors.listed import listed_actors
from generator.extract import sources as sources_module
from generator.extract.events import find_events
from generator.extract.figures import find_figures
from generator.extract.positions import find_positions
from generator.extract.quotes import find_quotes
from generator.model.factsheet import FactSheet, article_info
from generator.model.article import Article


def assemble(article: Article, doc: Doc) -> FactSheet:
    """The fact sheet of one article from its parsed body: actors first (every later stage looks
    its mentions up in the actor table), then quotes, then what rests on both."""
    parsed = Parsed(doc, article.body)
    actors = find_actors(parsed)
    quotes, quote_sources = find_quotes(parsed, actors)
    positions = find_positions(parsed, actors, quotes)
    events = find_events(parsed, actors, article.published)
    figures = find_figures(parsed, actors)
    sources = sources_module.find_sources(article, parsed, actors, quotes, quote_sources)
    listed = listed_actors(actors.actors(), quotes, positions, events, figures)
    return FactSheet(id=article.id, article=article_info(article), actors=listed,
                     quotes=quotes, positions=positions, sources=sources, events=events,
                     figures=figures)


def extract(article: Article) -> FactSheet:
    return assemble(article, nlp_module.load()(article.body))
