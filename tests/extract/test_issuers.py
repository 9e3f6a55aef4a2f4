"""Documents speak for who issued them (generator/extract/issuers.py), on articles written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import names, only

# (article, words of the quote, who issued the document that speaks)
ISSUED = [
    pytest.param("Northwind Airlines said in a release that it would cut 300 jobs.\n"
                 "\u201cThe market has changed,\u201d the release said.",
                 "market", ["Northwind Airlines"], id="who-said-in-a-release"),
    pytest.param("In a statement, the Green Party warned that the dam would flood three villages.\n"
                 "The statement said the valley would lose its farms within a decade.",
                 "farms", ["Green Party"], id="who-warned-in-a-statement"),
    pytest.param("Mayor Ines Duarte tweeted on Sunday about the storm damage.\n"
                 "The tweet said the repairs would cost the city two million dollars.",
                 "repairs", ["Ines Duarte"], id="who-tweeted"),
    pytest.param("Acme Foods issued a statement on Monday about the recall.\n"
                 "On Tuesday the Harbour Workers Union issued a statement about the strike.\n"
                 "The statement said the strike would go on until the pay rise was paid.",
                 "pay rise", ["Harbour Workers Union"], id="the-latest-statement-before"),
]


@pytest.mark.parametrize("text, containing, speakers", ISSUED)
def test_a_document_speaks_for_its_issuer(quotes_of, text, containing, speakers):
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, containing)) == speakers


def test_a_letter_someone_wrote_speaks_for_its_writer(nlp):
    from generator.extract.actors import find_actors
    from generator.extract.coref import Mentions
    from generator.extract.parsed import Parsed

    parsed = Parsed.of(nlp("The plan would fail, the letter Tomas Berg wrote to the council said."))
    table = find_actors(parsed)
    letter = next(t for t in parsed.doc if t.text == "letter")
    found = Mentions(parsed, table).speakers(letter)
    assert [table.name_of(a) for a in found.ids] == ["Tomas Berg"] and found.document is not None


def test_a_statement_from_an_unnamed_official_is_not_the_state(quotes_of):
    quotes, _, table = quotes_of(
        "In his letter, Okoro objected to a statement from a top Varnian Foreign Ministry official. "
        "That statement said the talks were a waste of time.")
    quote = next(q for q in quotes if "waste of time" in q.text)
    assert [table.name_of(s) for s in quote.speakers] == ["statement"]
