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

from generator.extract import gazetteer, outlets
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
    return merge_renamed(*groups)[0]


def merge_renamed(*groups: list[Source]) -> tuple[list[Source], dict[str, str]]:
    """`merge`, and the ids that became another source's: {old id: kept id}. One outlet named
    two ways is one source: "CBS" and "CBS News", "AFP" and "Agence France-Presse", and "the Post"
    where the article names one outlet it can be short for ("The Washington Post"); see
    `outlets`. A merged outlet takes the gazetteer's name (else its fullest) and that name's id."""
    merged: dict[tuple, Source] = {}
    key_of: dict[str, tuple] = {}
    for group in groups:
        for source in group:
            key = key_of.get(source.id) or _key(source)
            key = next((k for k in merged if merged[k].id == source.id), key)
            key_of.setdefault(source.id, key)
            _add(merged, key, source)
    renamed: dict[str, str] = {}
    media = [k for k in merged if k[0] == "media"]
    for short, full in outlets.short_forms([merged[k].name for k in media]).items():
        _fold_into(merged, ("media", short), ("media", full), renamed)
    for key in media:
        source = merged.get(key)
        if source is not None and len(source.names) > 1:
            name = outlets.display_name(source.names)
            if name != source.name:
                renamed[source.id] = source_id(name)
                source.name, source.id = name, source_id(name)
    by_id: dict[str, tuple] = {}
    for key in list(merged):  # two sources that came to one id are one (a name slugged alike)
        first = by_id.setdefault(merged[key].id, key)
        if first != key:
            _fold_into(merged, key, first, renamed)
    sources = []
    for source in merged.values():
        del source.names
        sources.append(source)
    return sources, {old: _final(new, renamed) for old, new in renamed.items() if _final(new, renamed) != old}


def _key(source: Source) -> tuple:
    if source.kind == "media":
        return ("media", outlets.outlet_key(source.name))
    return ("name", gazetteer.slug(source.name))


def _add(merged: dict, key: tuple, source: Source) -> None:
    if key not in merged:
        kept = Source(id=source.id, name=source.name, kind=source.kind, url=source.url,
                      cited_for=list(source.cited_for))
        kept.names = [source.name]
        merged[key] = kept
        return
    kept = merged[key]
    kept.url = kept.url or source.url
    kept.cited_for += [q for q in source.cited_for if q not in kept.cited_for]
    if source.name not in kept.names:
        kept.names.append(source.name)


def _fold_into(merged: dict, key: tuple, into: tuple, renamed: dict) -> None:
    if key not in merged or into not in merged or key == into:
        return
    gone = merged.pop(key)
    kept = merged[into]
    kept.url = kept.url or gone.url
    kept.cited_for += [q for q in gone.cited_for if q not in kept.cited_for]
    kept.names += [n for n in gone.names if n not in kept.names]
    if gone.id != kept.id:
        renamed[gone.id] = kept.id


def _final(source_id_: str, renamed: dict) -> str:
    seen = set()
    while source_id_ in renamed and source_id_ not in seen:
        seen.add(source_id_)
        source_id_ = renamed[source_id_]
    return source_id_


def find_sources(article: Article, parsed: Parsed, actors: ActorTable, quotes: list[Quote],
                 quote_sources: list[Source]) -> list[Source]:
    """Every source of the article; a quote that came through an outlet merged into another
    points to the one kept."""
    sources, renamed = merge_renamed(quote_sources, media_sources(parsed.doc, actors, quotes),
                                     document_sources(actors, quotes), publisher_source(article),
                                     related_sources(article))
    for quote in quotes:
        if quote.via in renamed:
            quote.via = renamed[quote.via]
    return sources
