"""Outlets and documents that carried quotes, on sentences written for these tests."""
from __future__ import annotations

from .helpers import names, only


def test_as_quoted_by_names_the_outlet_not_the_speaker(quotes_of):
    text = ('Mayor Ines Duarte visited the dam. "We are ready for the flood," Duarte said, '
            "as quoted by the Lakeside Herald newspaper.")
    quotes, sources, table = quotes_of(text)
    q = only(quotes, "flood")
    assert names(table, q) == ["Ines Duarte"]
    source = {s.id: s for s in sources}[q.via]
    assert source.kind == "media" and "Lakeside Herald" in source.name and q.id in source.cited_for


def test_told_an_agency_names_the_agency_as_via(quotes_of):
    text = "Ahmed Saleh told Reuters that the convoy had crossed the border."
    quotes, sources, table = quotes_of(text)
    q = only(quotes, "convoy")
    assert names(table, q) == ["Ahmed Saleh"]
    assert {s.id: s for s in sources}[q.via].name == "Reuters"


def test_a_signed_letter_speaks_for_its_signatories(quotes_of):
    text = ('"The two states reject any use of force," the letter signed by Foreign Minister '
            "Lars Holm and Defence Minister Eva Strand read.")
    quotes, sources, table = quotes_of(text)
    q = only(quotes, "force")
    assert names(table, q) == ["Lars Holm", "Eva Strand"]
    assert text[slice(*q.speaker_mention)] == "the letter"
    document = {s.id: s for s in sources}[q.via]
    assert document.kind == "document" and q.id in document.cited_for


def test_every_mention_of_a_document_speaks_for_the_same_signatories(quotes_of):
    text = ('The plan must be "fair to every region," a joint letter from the two governors read.\n'
            "The letter, signed by Governor Tom Reyes and Governor Ana Silva, went to parliament.\n"
            "The letter also stated that the budget should be shared equally.")
    quotes, sources, table = quotes_of(text)
    for q in quotes:
        assert names(table, q) == ["Tom Reyes", "Ana Silva"], q.text
    documents = [s for s in sources if s.kind == "document"]
    assert len(documents) == 1 and documents[0].name == "joint letter"


def test_a_document_with_no_signatory_speaks_itself(quotes_of):
    text = "The statement said that the airport would stay closed until Friday."
    quotes, sources, table = quotes_of(text)
    q = only(quotes, "airport")
    assert table.kind_of(q.speakers[0]) == "document"
    assert {s.id: s for s in sources}[q.via].kind == "document"
