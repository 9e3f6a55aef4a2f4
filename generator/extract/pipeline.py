"""One article through every extraction stage: an Article and its parsed Doc in, a FactSheet out."""
from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import nlp as nlp_module
from generator.extract.actors import find_actors
from generator.extract import sources as sources_module
from generator.extract.events import find_events
from generator.extract.figures import find_figures
from generator.extract.positions import find_positions
from generator.extract.quotes import find_quotes
from generator.factsheet import ArticleInfo, FactSheet
from generator.readers import Article


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(title=article.title, lede=article.lede, published=article.published,
                       url=article.url, publisher=article.publisher, authors=list(article.authors),
                       language=article.language, source_file=article.source_file,
                       checksum=article.checksum, related=list(article.related), body=article.body,
                       crisis=article.crisis)


def assemble(article: Article, doc: Doc) -> FactSheet:
    """The fact sheet of one article from its parsed body: actors first (every later stage looks
    its mentions up in the actor table), then quotes, then what rests on both."""
    nlp_module.keep_text(doc, article.body)
    actors = find_actors(doc)
    quotes, quote_sources = find_quotes(doc, actors)
    positions = find_positions(doc, actors, quotes)
    events = find_events(doc, actors, article.published)
    figures = find_figures(doc, actors)
    sources = sources_module.find_sources(article, doc, actors, quotes, quote_sources)
    return FactSheet(id=article.id, article=article_info(article), actors=actors.actors(),
                     quotes=quotes, positions=positions, sources=sources, events=events,
                     figures=figures)


def extract(article: Article) -> FactSheet:
    return assemble(article, nlp_module.load()(article.body))
