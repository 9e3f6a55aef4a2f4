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


def test_one_outlet_named_two_ways_in_an_article_is_one_source():
    from generator.extract.sources import merge_renamed
    from generator.model.factsheet import Source
    found, renamed = merge_renamed(
        [Source(id="src-cbs", name="CBS", kind="media", cited_for=["q1"]),
         Source(id="src-post", name="Post", kind="media", cited_for=["q2"])],
        [Source(id="src-cbs-news", name="CBS News", kind="media", cited_for=["q3"]),
         Source(id="src-the-delta-post", name="The Delta Post", kind="media", url="https://example.org/p"),
         Source(id="src-afp", name="AFP", kind="media"),
         Source(id="src-agence-france-presse", name="Agence France-Presse", kind="media"),
         Source(id="src-post-doc", name="post", kind="document")])
    by_name = {s.name: s for s in found}
    assert set(by_name) == {"CBS News", "The Delta Post", "Agence France-Presse", "post"}
    assert by_name["CBS News"].cited_for == ["q1", "q3"] and by_name["The Delta Post"].cited_for == ["q2"]
    assert renamed["src-cbs"] == "src-cbs-news" and renamed["src-post"] == "src-the-delta-post"
    assert len({s.id for s in found}) == len(found)


def test_a_quote_carried_by_a_merged_outlet_points_to_the_one_kept(nlp):
    from generator.model.factsheet import Source
    text = '"The port stays shut," the harbour master told CBS. CBS News said the port was closed.'
    parsed = Parsed.of(nlp(text))
    quote = Quote(id="q1", text="The port stays shut,", kind="direct", speakers=[], speaker_mention=None,
                  cue="told", via="src-cbs", start=1, end=21)
    found = find_sources(article(body=text), parsed, find_actors(parsed), [quote],
                         [Source(id="src-cbs", name="CBS", kind="media", cited_for=["q1"])])
    ids = {s.id for s in found}
    assert quote.via in ids and sum(s.name.startswith("CBS") for s in found) == 1
