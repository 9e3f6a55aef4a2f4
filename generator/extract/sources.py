"""Sources: where the article's words come from.

- the media that carried words: an outlet a quote came "as quoted by", "according to", or that
  "reported" it (the quote extractor names them in `via`; outlets it did not link are found here
  from the actor table's media),
- documents that speak: a joint letter, a statement, a resolution (document actors; a quote whose
  speaker is the document, or one of its signatories through it, is cited for it),
- the article's own publisher: kind ``media``, with the article's url,
- the related links of "Read more:" lines: each is kind ``article`` (its title as name, its url),
  and its publisher, when the line names one, is a ``media`` source of its own.
Ids are "src-" + the slug of the name, so the same outlet has one id in every sheet.
"""
from __future__ import annotations

from spacy.tokens import Doc

from generator.extract import gazetteer
from generator.extract.actors import ActorTable
from generator.extract.parsed import Parsed
from generator.model.factsheet import Quote, Source
from generator.model.article import Article

# Words around an outlet's name that say it carried someone's words.
CARRIER_CUES = {"quoted", "according", "reported", "reports", "told", "interview", "cited",
                "citing", "report", "broadcast", "published", "wrote", "said"}


def source_id(name: str) -> str:
    return "src-" + gazetteer.slug(name)


def related_sources(article: Article) -> list[Source]:
    """The 'Read more' links: each linked article, and its publisher when the line names one."""
    found = []
    for link in article.related:
        found.append(Source(id=source_id(link.title)[:84].rstrip("-"), name=link.title, kind="article",
                            url=link.url))
        if link.publisher:
            found.append(Source(id=source_id(link.publisher), name=link.publisher, kind="media"))
    return found


def publisher_name(publisher: str) -> str:
    """'NPR Online News' -> 'NPR', 'USA TODAY' -> 'USA Today': the outlet as the gazetteer names it,
    so the publisher and the outlet named in the text are one source."""
    entries = [e for e in gazetteer.entries() if e.kind == "media"]
    for entry in entries:
        if publisher in entry.names:
            return entry.name
    for entry in entries:
        for name in sorted(entry.names, key=len, reverse=True):
            if len(name) > 2 and publisher.startswith(name + " "):
                return entry.name
    return publisher


def publisher_source(article: Article) -> list[Source]:
    if not article.publisher:
        return []
    name = publisher_name(article.publisher)
    return [Source(id=source_id(name), name=name, kind="media", url=article.url)]


def _quotes_near(doc: Doc, start: int, end: int, quotes: list[Quote]) -> list[str]:
    """Quotes whose sentence (or the sentence their attribution is in) holds [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    return [q.id for q in quotes if not (q.start <= start < q.end)
            and (sent.start_char <= q.end <= sent.end_char + 1 or sent.start_char <= q.start < sent.end_char)]


def _carries(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    window = doc[max(0, span.start - 4):min(len(doc), span.end + 4)]
    return any(t.lower_ in CARRIER_CUES for t in window)


def media_sources(doc: Doc, actors: ActorTable, quotes: list[Quote]) -> list[Source]:
    """Outlets in the text that carried words: cited for the quotes around them."""
    found = []
    for actor in actors.ids():
        if actors.kind_of(actor) != "media":
            continue
        cited = []
        carries = False
        for start, end in actors.mentions_of(actor):
            if _carries(doc, start, end):
                carries = True
                cited += [q for q in _quotes_near(doc, start, end, quotes) if q not in cited]
        if carries or cited:
            found.append(Source(id=source_id(actors.name_of(actor)), name=actors.name_of(actor),
                                kind="media", cited_for=cited))
    return found


def document_sources(actors: ActorTable, quotes: list[Quote]) -> list[Source]:
    """Documents that speak, cited for the quotes they (or their signatories through them) say."""
    found = []
    for actor in actors.ids():
        if actors.kind_of(actor) != "document":
            continue
        mentions = actors.mentions_of(actor)
        cited = []
        for quote in quotes:
            said_by = actor in quote.speakers
            at_mention = quote.speaker_mention and any(
                s < quote.speaker_mention[1] and quote.speaker_mention[0] < e for s, e in mentions)
            if said_by or at_mention:
                cited.append(quote.id)
        found.append(Source(id=source_id(actors.name_of(actor)), name=actors.name_of(actor),
                            kind="document", cited_for=cited))
    return found


def merge(*groups: list[Source]) -> list[Source]:
    """One source per id (and per name): the first kind and url win, citations add up."""
    merged: dict[str, Source] = {}
    by_name: dict[str, str] = {}
    for group in groups:
        for source in group:
            key = by_name.get(gazetteer.slug(source.name), source.id)
            if key not in merged:
                merged[key] = Source(id=source.id, name=source.name, kind=source.kind, url=source.url,
                                     cited_for=list(source.cited_for))
                by_name[gazetteer.slug(source.name)] = key
                continue
            kept = merged[key]
            kept.url = kept.url or source.url
            kept.cited_for += [q for q in source.cited_for if q not in kept.cited_for]
    return list(merged.values())


def find_sources(article: Article, parsed: Parsed, actors: ActorTable, quotes: list[Quote],
                 quote_sources: list[Source]) -> list[Source]:
    return merge(quote_sources, media_sources(parsed.doc, actors, quotes), document_sources(actors, quotes),
                 publisher_source(article), related_sources(article))
