"""Sources, on articles and sentences written for these tests."""
from __future__ import annotations

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed
from generator.extract.sources import find_sources, related_sources
from generator.model.factsheet import Quote
from generator.model.article import Article, RelatedLink


def article(**fields) -> Article:
    base = dict(id="a", title="t", body="b", source_file="a.txt", checksum="sha256:0")
    return Article(**{**base, **fields})


def test_related_links_are_articles_and_their_publishers_media():
    found = related_sources(article(related=[RelatedLink(title="Border talks stall", publisher="Sahel Post"),
                                             RelatedLink(title="No publisher here")]))
    kinds = {(s.name, s.kind) for s in found}
    assert kinds == {("Border talks stall", "article"), ("Sahel Post", "media"), ("No publisher here", "article")}


def test_publisher_outlet_and_document_merge(nlp):
    text = ('"The border stays open," the minister said, as quoted by the Sahelinfo news website. '
            'The joint statement said the talks would resume.')
    parsed = Parsed.of(nlp(text))
    table = find_actors(parsed)
    start = text.index("The border")
    quote = Quote(id="q1", text="The border stays open,", kind="direct", speakers=[], speaker_mention=None,
                  cue="said", via=None, start=start, end=start + 22)
    found = find_sources(article(body=text, publisher="Daily Sahel", url="https://example.org/a"),
                         parsed, table, [quote], [])
    by_name = {s.name: s for s in found}
    assert by_name["Sahelinfo"].kind == "media" and by_name["Sahelinfo"].cited_for == ["q1"]
    assert by_name["joint statement"].kind == "document"
    assert by_name["Daily Sahel"].kind == "media" and by_name["Daily Sahel"].url == "https://example.org/a"
