"""Quote extraction, one rule per test, on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors
from generator.extract.quotes import find_marked, find_quotes, quote_text


@pytest.fixture
def quotes_of(nlp):
    """text -> (quotes, sources, actor table)."""
    def run(text: str):
        doc = nlp(text)
        table = find_actors(doc)
        quotes, sources = find_quotes(doc, table)
        return quotes, sources, table
    return run


def names(table, quote) -> list[str]:
    return [table.name_of(a) for a in quote.speakers]


def only(quotes, containing: str):
    found = [q for q in quotes if containing in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# --- quote marks ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inside", [
    ('He said "the river is rising fast" today.', "the river is rising fast"),
    ("He said \u201cthe river is rising fast\u201d today.", "the river is rising fast"),
    ("He said \u00abthe river is rising fast\u00bb today.", "the river is rising fast"),
    ("He said \u201ethe river is rising fast\u201c today.", "the river is rising fast"),
])
def test_every_quote_style_is_found(text, inside):
    [marked] = find_marked(text)
    assert text[marked.start:marked.end] == inside


def test_nested_single_quotes_stay_inside_the_double_ones():
    text = "\u201cThey told us \u2018wait here\u2019 and left,\u201d she said."
    [marked] = find_marked(text)
    assert text[marked.start:marked.end] == "They told us \u2018wait here\u2019 and left,"


def test_an_apostrophe_does_not_open_or_close_a_single_quote():
    assert find_marked("The mayor\u2019s office and the farmers\u2019 union met.") == []


def test_a_quote_continues_across_a_paragraph_that_opens_with_a_mark():
    text = "\u201cWe will rebuild the bridge.\n\u201cAnd we will do it by spring,\u201d the mayor said."
    [marked] = find_marked(text)
    start, end, body = quote_text(text, marked)
    assert text[start:end].startswith("We will rebuild") and text[start:end].endswith("by spring")
    assert body == "We will rebuild the bridge.\nAnd we will do it by spring"


def test_quotation_comma_is_not_part_of_the_quote():
    text = '"The dam will hold," the engineer said.'
    [marked] = find_marked(text)
    assert quote_text(text, marked)[2] == "The dam will hold"


# --- direct quotes --------------------------------------------------------------------------------

def test_direct_quote_with_trailing_attribution(quotes_of):
    text = "Anna Kowalski runs the port. \u201cThe ships will sail on Monday,\u201d Kowalski said."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "ships")
    assert q.kind == "direct" and q.text == "The ships will sail on Monday"
    assert text[q.start:q.end] == q.text
    assert names(table, q) == ["Anna Kowalski"]  # the surname resolves to the full name
    assert text[slice(*q.speaker_mention)] == "Kowalski"
    assert q.cue == "said"


def test_direct_quote_with_leading_attribution(quotes_of):
    text = 'Farmer Tomas Berg told the crowd: "We cannot wait for the rain any longer."'
    quotes, _, table = quotes_of(text)
    q = only(quotes, "rain")
    assert q.kind == "direct" and names(table, q)[0].endswith("Tomas Berg")


def test_inverted_attribution(quotes_of):
    text = '"Prices will fall by winter," said Maria Lindqvist, an economist.'
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "Prices")) == ["Maria Lindqvist"]


def test_pronoun_speaker_keeps_the_pronoun_as_mention(quotes_of):
    text = ("Sarah Collins leads the union. \u201cThe strike goes on until the talks resume,\u201d "
            "she said on Friday.")
    quotes, _, table = quotes_of(text)
    q = only(quotes, "strike")
    assert names(table, q) == ["Sarah Collins"]
    assert text[slice(*q.speaker_mention)] == "she"


def test_scare_quotes_are_not_quotes(quotes_of):
    quotes, _, _ = quotes_of('The so-called "peace plan" was published on a Tuesday in May.')
    assert quotes == []


def test_a_floating_quote_continues_the_previous_speaker(quotes_of):
    text = ("\u201cThe harvest was the worst in ten years,\u201d said Omar Haddad, a grain trader.\n"
            "\u201cNobody here remembers anything like it.\u201d")
    quotes, _, table = quotes_of(text)
    assert [names(table, q) for q in quotes] == [["Omar Haddad"], ["Omar Haddad"]]


def test_a_quote_alone_with_no_speaker_before_it_is_not_attributed(quotes_of):
    quotes, _, _ = quotes_of("\u201cNobody here remembers anything like it.\u201d\nThe rain came late.")
    assert quotes == []


def test_the_name_of_a_show_is_not_a_quote(quotes_of):
    quotes, _, _ = quotes_of('The senator appeared on "Evening Report" on Sunday.')
    assert quotes == []


def test_a_quote_split_by_its_attribution_gives_two_quotes_with_one_speaker(quotes_of):
    text = '"The road is closed," said Ivan Petrov, "and it will stay closed all week."'
    quotes, _, table = quotes_of(text)
    assert [names(table, q) for q in quotes] == [["Ivan Petrov"], ["Ivan Petrov"]]


# --- mixed and indirect ---------------------------------------------------------------------------

def test_mixed_quote_spans_the_paraphrase(quotes_of):
    text = 'Lena Vogt said the new tax was "a burden on every family" and should go.'
    quotes, _, table = quotes_of(text)
    q = only(quotes, "burden")
    assert q.kind == "mixed"
    assert q.text.startswith("the new tax was") and "should go" in q.text
    assert names(table, q) == ["Lena Vogt"]


def test_a_fragment_under_a_naming_verb_is_a_mixed_quote(quotes_of):
    text = 'Senator Paula Greene called the proposal "a gift to the largest polluters."'
    quotes, _, table = quotes_of(text)
    q = only(quotes, "gift")
    assert q.kind == "mixed" and q.text.startswith("the proposal")
    assert names(table, q) == ["Paula Greene"]


def test_indirect_quote_is_the_content_clause_without_the_attribution(quotes_of):
    text = "Health Minister Carla Ruiz warned that the clinics would run out of vaccines by June."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "clinics")
    assert q.kind == "indirect"
    assert q.text == "the clinics would run out of vaccines by June"
    assert names(table, q) == ["Carla Ruiz"] and q.cue == "warned"


def test_indirect_quote_before_its_attribution(quotes_of):
    text = "The bridge will reopen next month, the transport agency said on Monday."
    quotes, _, _ = quotes_of(text)
    q = only(quotes, "bridge")
    assert q.kind == "indirect" and q.text == "The bridge will reopen next month"


def test_according_to_names_the_speaker(quotes_of):
    text = "According to Pedro Alves, the talks collapsed after midnight."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "talks")
    assert q.text == "the talks collapsed after midnight" and names(table, q) == ["Pedro Alves"]


def test_joint_speakers(quotes_of):
    text = "John Baker and Mary Collins said that the border would stay open."
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "border")) == ["John Baker", "Mary Collins"]


def test_a_body_named_after_a_collective_noun_speaks(quotes_of):
    text = "The governments of Chile and Peru warned that any blockade would be met with force."
    quotes, _, table = quotes_of(text)
    assert sorted(names(table, only(quotes, "blockade"))) == ["Chile", "Peru"]


def test_a_title_resolves_to_its_holder(quotes_of):
    text = ("Finance Minister Jonas Eklund presented the budget on Monday. "
            "The minister said that taxes would not rise this year.")
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, "taxes")) == ["Jonas Eklund"]


def test_reporting_inside_a_quote_is_not_a_quote_of_its_own(quotes_of):
    text = '"My brother said that the water was poisoned," Rosa Diaz told the court.'
    quotes, _, table = quotes_of(text)
    assert len(quotes) == 1 and names(table, quotes[0]) == ["Rosa Diaz"]


# --- sources: outlets and documents ---------------------------------------------------------------

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


def test_quote_ids_follow_text_order_and_offsets_are_exact(quotes_of):
    text = ("Officials said the road would reopen. \u201cWe need more time,\u201d said Nadia Karim.\n"
            "Karim added that the crews were working at night.")
    quotes, _, _ = quotes_of(text)
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        if q.kind != "direct" or "\n" not in q.text:
            assert text[q.start:q.end] == q.text


def test_a_verb_that_can_report_but_reports_nothing_leaves_the_quote_to_the_speaker(quotes_of):
    # "rejected" can report speech ("she rejected the claim that ..."), but here it has no content
    # clause of its own, so the words belong to the one who said them.
    quotes, _, table = quotes_of("Governor Lena Moreau said the council had rejected every offer made in May.")
    quote = only(quotes, "the council had rejected every offer")
    assert quote.kind == "indirect" and names(table, quote) == ["Lena Moreau"]


def test_text_that_ends_inside_an_open_quote_keeps_offsets_inside_the_text(quotes_of):
    text = 'The mayor said the " plan'
    quotes, _, _ = quotes_of(text)
    assert all(0 <= q.start < q.end <= len(text) for q in quotes)


def test_an_attribution_set_into_the_sentence_quotes_the_whole_sentence(quotes_of):
    # "The X, she said, will ...": the verb hangs on the sentence it reports (parataxis), with no
    # content clause of its own; the quote is the sentence, attribution and all.
    text = "Marta Olsen runs the ferry. The new harbour, Olsen said, will be finished by the autumn."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "harbour")
    assert q.kind == "indirect" and q.text.startswith("The new harbour") and q.text.endswith("autumn")
    assert names(table, q) == ["Marta Olsen"]


def test_an_attribution_between_a_statement_and_its_reason(quotes_of):
    # "Y, X said, since Z": set off by commas at the end of the main clause.
    text = "The harvest has failed in three districts, the farmers' union said, since the rains never came."
    quotes, _, _ = quotes_of(text)
    q = only(quotes, "harvest")
    assert q.kind == "indirect" and q.text.startswith("The harvest has failed")


def test_a_sentence_opening_with_its_attribution_is_not_a_parenthetical(quotes_of):
    # "He said, smiling, ..." has nothing before the attribution: no quote from the parenthetical rule.
    quotes, _, _ = quotes_of("Omar Reyes nodded. He said nothing, and the meeting ended.")
    assert quotes == []


def test_a_reporting_participle_after_a_preposition_takes_the_main_subject(quotes_of):
    # "X opened by saying that ...": "saying" has no subject of its own; the one who opened spoke.
    text = "Mayor Karin Dahl opened the meeting by saying that the budget would be cut by a tenth."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "budget")
    assert q.kind == "indirect" and names(table, q) == ["Karin Dahl"]


def test_a_set_in_attribution_may_carry_its_own_addressee(quotes_of):
    # "The X, he told me on Friday, is ...": the addressee and time belong to the attribution.
    text = "Piet Vermeer is a builder. The real problem, Vermeer told reporters on Friday, is the price of steel."
    quotes, _, table = quotes_of(text)
    q = only(quotes, "steel")
    assert q.text.startswith("The real problem") and names(table, q) == ["Piet Vermeer"]
