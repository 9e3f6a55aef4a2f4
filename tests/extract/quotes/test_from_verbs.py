"""Indirect quotes from reporting verbs, on sentences written for these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.extract.quotes.from_verbs import _put_to_subject

from .helpers import names, only


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


def test_a_verb_that_can_report_but_reports_nothing_leaves_the_quote_to_the_speaker(quotes_of):
    # "rejected" can report speech ("she rejected the claim that ..."), but here it has no content
    # clause of its own, so the words belong to the one who said them.
    quotes, _, table = quotes_of("Governor Lena Moreau said the council had rejected every offer made in May.")
    quote = only(quotes, "the council had rejected every offer")
    assert quote.kind == "indirect" and names(table, quote) == ["Lena Moreau"]


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


def test_a_time_stamp_on_the_line_above_is_not_the_subject(quotes_of):
    # live blogs: the parser joins "12:15 p.m." to the next line and makes it the subject
    quotes, _, table = quotes_of("12:15 p.m.\n\nDonald Trump says the military will get a raise next year.")
    assert names(table, only(quotes, "raise")) == ["Donald Trump"]


def test_a_header_glued_to_the_paragraph_is_not_the_subject(quotes_of):
    quotes, _, table = quotes_of(
        "Omar Reyes wrote a book on debt.\n"
        "THE BORROWING Back when he wrote his book, Mr. Reyes said that he considered debt a last resort.")
    assert names(table, only(quotes, "last resort")) == ["Omar Reyes"]


def test_the_clause_of_a_reporting_noun_is_its_owners_quote(quotes_of):
    # "X's claim that ...": what X said, reported by another
    quotes, _, table = quotes_of(
        "Mayor Lena Fischer spoke on Monday. The union rejected the mayor's claim that the strike had cost the city millions.")
    q = only(quotes, "strike")
    assert q.kind == "indirect" and q.text == "the strike had cost the city millions"
    assert names(table, q) == ["Lena Fischer"]


def test_a_promise_quotes_what_was_promised(quotes_of):
    quotes, _, table = quotes_of("Mayor Lena Fischer promised to rebuild the old bridge by May.")
    q = only(quotes, "bridge")
    assert q.text == "rebuild the old bridge by May" and names(table, q) == ["Lena Fischer"]


def test_a_belief_inside_a_statement_stays_the_statement(quotes_of):
    # "X added that the UK understood ...": X's words, not the UK's understanding
    quotes, _, table = quotes_of(
        "Foreign Secretary Ana Ruiz added that the UK understood the position of its allies in the gulf.")
    assert names(table, only(quotes, "position")) == ["Ana Ruiz"]


def test_a_refusal_to_speak_is_no_quote(quotes_of):
    quotes, _, _ = quotes_of("Mayor Lena Fischer declined to detail the city's plan for the old bridge.")
    assert not [q for q in quotes if "bridge" in q.text]
    quotes, _, _ = quotes_of("Mayor Lena Fischer declined to rule out a new toll on the old bridge.")
    assert [q for q in quotes if "bridge" in q.text]


def test_a_question_put_to_the_subject_is_not_their_words(quotes_of):
    quotes, _, _ = quotes_of("Asked why the envoy was in the capital last week, Mayor Lena Fischer denied any plot.")
    assert not [q for q in quotes if "envoy" in q.text]


def test_a_question_put_when_the_participle_is_tagged_past_tense(nlp):
    # the tagger sometimes reads "asked" here as a past tense: the parse is built by hand
    words = ["When", "asked", "whether", "he", "had", "doubts", ",", "the", "mayor", "insisted", "."]
    heads = [1, 9, 4, 4, 1, 4, 9, 8, 9, 9, 9]
    deps = ["advmod", "advcl", "mark", "nsubj", "ccomp", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["WRB", "VBD", "IN", "PRP", "VBD", "NNS", ",", "DT", "NN", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _put_to_subject(doc[1])
    assert not _put_to_subject(doc[9])


@pytest.mark.parametrize("text, words", [
    ("But spokesman Tomas Berg didn't directly say Wednesday whether Norland thinks the summit is off.", "summit"),
    ("However, the minister did not say that Varnia was actually leaving the pact.", "pact"),
    ("Lisa Brandt never said that the mayor had ordered the closure.", "closure"),
    ("But she stopped short of saying the meeting had been restored after the storm.", "meeting"),
    ("The envoy refused to say whether the border would reopen next month.", "border"),
])
def test_what_a_speaker_did_not_say_is_no_quote(quotes_of, text, words):
    quotes, _, _ = quotes_of(text)
    assert not [q for q in quotes if words in q.text]


def test_a_speaker_who_said_it_is_still_quoted_beside_a_negation_elsewhere(quotes_of):
    quotes, _, table = quotes_of("Lisa Brandt said that the port would not reopen before June.")
    assert names(table, only(quotes, "port")) == ["Lisa Brandt"]



def test_called_for_quotes_what_was_called_for(quotes_of):
    quotes, _, table = quotes_of("Ana Ruiz called for a ceasefire in the northern provinces on Monday.")
    q = only(quotes, "ceasefire")
    assert q.text == "a ceasefire in the northern provinces" and names(table, q) == ["Ana Ruiz"]


def test_called_on_and_called_it_quote_the_object(quotes_of):
    quotes, _, table = quotes_of("Senator Tom Hale called on the council to reopen the border crossings.")
    assert only(quotes, "council").text == "the council to reopen the border crossings"
    quotes, _, table = quotes_of("The Harbour Workers Union called the offer an insult to every docker.")
    q = only(quotes, "insult")
    assert q.text == "the offer an insult to every docker" and names(table, q) == ["Harbour Workers Union"]


def test_cited_quotes_what_was_cited(quotes_of):
    quotes, _, _ = quotes_of("Finance Minister Ana Ruiz cited rising fuel prices and a weak harvest.")
    assert only(quotes, "fuel").text == "rising fuel prices and a weak harvest"


def test_calling_that_says_nothing_is_no_quote(quotes_of):
    quotes, _, _ = quotes_of("Ana Ruiz called him on Monday. A group called the Harbour Trust will own the land. "
                             "Tom Hale called a meeting of the cabinet.")
    assert quotes == []


def test_what_a_writer_says_someone_knows_is_no_quote(quotes_of):
    quotes, _, _ = quotes_of("President Ana Ruiz knows from her long career that without binding agreements "
                             "the words of the rebels are worthless.")
    assert quotes == []
    quotes, _, table = quotes_of("\u201cWe know that the rebels will not keep their word,\u201d Ana Ruiz said. "
                                 "She added that we know the ceasefire has failed twice already.")
    assert only(quotes, "rebels")


def test_citing_a_source_and_calling_off_are_no_quotes(quotes_of):
    quotes, _, _ = quotes_of("The agency reported the deal, citing an unnamed diplomatic source in the capital. "
                             "Ana Ruiz called off the summit with the rebel leaders.")
    assert quotes == []


def test_a_question_asked_by_a_reporter_is_not_the_answerer_s(quotes_of):
    quotes, _, _ = quotes_of("Asked by a reporter how it felt to be free, the sailor Tomas Lund smiled at the crowd.")
    assert not [q for q in quotes if "felt" in q.text]
