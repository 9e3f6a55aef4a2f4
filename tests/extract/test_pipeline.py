"""One article through every stage: assemble and extract on an article written for these tests."""
from __future__ import annotations

from generator.extract.pipeline import assemble, extract
from generator.model.factsheet import article_info
from generator.model.article import Article
from generator.model.schema import validate

BODY = ("Ghanaian Defence Minister Kwame Asante arrived in Lome on Monday for talks with Togo.\n"
        "\u201cThe border will stay open to traders,\u201d Asante said.\n"
        "Togo said that 2,000 soldiers would stay at the crossing.")


def article() -> Article:
    return Article(id="border-talks", title="Border talks in Lome", body=BODY, source_file="border-talks.md",
                   checksum="sha256:0", published="2024-03-07", publisher="Sahel Post")


def test_extract_finds_actors_and_the_speaker_of_a_quote():
    sheet = extract(article())
    actors = {a.id: a for a in sheet.actors}
    assert actors["kwame-asante"].kind == "person" and actors["kwame-asante"].affiliation == "ghana"
    assert actors["togo"].kind == "state"
    quote = next(q for q in sheet.quotes if "border will stay open" in q.text)
    assert quote.kind == "direct" and quote.speakers == ["kwame-asante"]
    assert BODY[quote.start:quote.end] == quote.text
    assert BODY[slice(*quote.speaker_mention)] == "Asante"


def test_the_sheet_is_valid_and_carries_the_article():
    sheet = extract(article())
    validate(sheet.to_dict())
    assert sheet.id == "border-talks" and sheet.article == article_info(article())
    assert sheet.article.lede == BODY.split("\n")[0]


def test_assemble_on_a_doc_parsed_elsewhere_gives_the_same_sheet(nlp):
    doc = next(nlp.pipe([BODY]))
    assert assemble(article(), doc).to_dict() == extract(article()).to_dict()
