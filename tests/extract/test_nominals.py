"""Descriptions resolved to the named actor (generator/extract/nominals.py), on articles written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import names, only

# (article, words of the quote, who said it)
RESOLVED = [
    pytest.param("Acme Foods recalled 4,000 jars of peanut butter on Tuesday after a supplier reported contamination.\n"
                 "\u201cWe are acting out of caution,\u201d the company said in a statement.",
                 "caution", ["Acme Foods"], id="the-company-named-before"),
    pytest.param("Acme Foods recalled 4,000 jars of peanut butter on Tuesday.\n"
                 "The National Food Safety Agency opened an inquiry into the supplier.\n"
                 "\u201cWe are acting out of caution,\u201d the company said.",
                 "caution", ["Acme Foods"], id="an-agency-is-no-company"),
    pytest.param("Acme Foods and Borel Trading signed a supply deal on Tuesday.\n"
                 "\u201cWe are acting out of caution,\u201d the company said.",
                 "caution", [], id="two-candidates-leave-the-nominal"),
    pytest.param("The Harbour Workers Union met Acme Foods on Friday.\n"
                 "\u201cThis offer is an insult to every docker,\u201d the union said.",
                 "insult", ["Harbour Workers Union"], id="the-union-by-its-name"),
    pytest.param("Prime Minister Ana Ruiz flew to Brussels on Monday for talks on the budget.\n"
                 "The prime minister said the country would not accept new cuts.",
                 "new cuts", ["Ana Ruiz"], id="the-prime-minister-by-title"),
    pytest.param("Foreign Minister Karl Lind met Prime Minister Ana Ruiz in Oslo on Monday.\n"
                 "The foreign minister said the border would stay open for trade.",
                 "border", ["Karl Lind"], id="a-qualified-title"),
    pytest.param("President Ana Ruiz met Vice President Karl Lind in Lima on Monday.\n"
                 "Later the president said the budget would pass by June.",
                 "budget", ["Ana Ruiz"], id="not-the-vice-president"),
    pytest.param("Diego Ramos, 26, scored twice for the club on Saturday.\n"
                 "The 26-year-old said the team had deserved the win after a hard season.",
                 "deserved", ["Diego Ramos"], id="an-age-in-an-apposition"),
    pytest.param("A spokesperson for Senator Ana Ruiz said she had been briefed.\n"
                 "\u201cThe senator is following the situation closely,\u201d the spokesperson added.",
                 "following", ["Ana Ruiz"], id="the-spokesperson-for-someone"),
    # a pronoun: the structure and what the article says of the people, not the latest name
    pytest.param("Ms. Ana Ruiz met Mr. Tom Hale on Monday.\n"
                 "Mr. Hale praised the deal. She said the deal was fair to both towns.",
                 "fair", ["Ana Ruiz"], id="she-is-not-a-mr"),
    pytest.param("John Miller spoke to reporters on Saturday.\n"
                 "Rebel commander Omar Vale was killed in the strike on Friday.\n"
                 "He said the fighting would go on until the spring.",
                 "spring", ["John Miller"], id="the-dead-do-not-speak-through-he"),
    pytest.param("Canada said on Monday that it would send two ships to the gulf.",
                 "ships", ["Canada"], id="a-state-speaks"),
]


@pytest.mark.parametrize("text, containing, speakers", RESOLVED)
def test_a_description_goes_to_the_actor_it_stands_for(quotes_of, text, containing, speakers):
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, containing)) == speakers


def test_an_unresolved_description_keeps_the_quote_but_makes_no_actor(quotes_of):
    # two companies fit "the company": the quote stands, said by a description, not an actor
    quotes, _, table = quotes_of("Acme Foods and Borel Trading signed a supply deal on Tuesday.\n"
                                 "\u201cWe are acting out of caution,\u201d the company said.")
    quote = only(quotes, "caution")
    assert quote.speakers == []
    assert table.doc.text[slice(*quote.speaker_mention)] == "the company"
    assert "company" not in [table.name_of(a) for a in table.ids()]


def test_nameless_speakers_are_no_actors(quotes_of):
    quotes, _, table = quotes_of("Analysts said the deal would hold. Others said it would not.\n"
                                 "Its leaders know the risks, a Borel Trading lawyer said.")
    assert len(quotes) >= 2
    names_ = [table.name_of(a) for a in table.ids()]
    assert not {"Analysts", "Others", "Its leaders", "analysts", "others"} & set(names_), names_


def test_police_with_no_article_is_not_resolved_to_a_body(quotes_of):
    quotes, _, table = quotes_of(
        "The Daily Courier reported on the fire on Monday.\n"
        "Police said the fire had started in the kitchen of the hotel.")
    assert "Daily Courier" not in names(table, only(quotes, "kitchen"))


def test_the_administration_is_not_the_person_it_is_named_for(quotes_of):
    quotes, _, table = quotes_of(
        "The Ruiz administration has faced strikes since May.\n"
        "The administration said the talks with the unions would resume on Friday.")
    assert "Ruiz" not in " ".join(names(table, only(quotes, "talks")))


def test_a_resort_island_never_speaks(quotes_of):
    quotes, _, _ = quotes_of(
        "Tourists crowded the beaches of Bali as officials warned of a storm.\n"
        "\u201cThe waves can reach five metres,\u201d Bali said.")
    assert not [q for q in quotes if "waves" in q.text]


def test_a_dateline_is_no_part_of_the_quote(quotes_of):
    text = "NAIROBI, Kenya \u2014 The central bank raised its main rate on Wednesday, the governor said."
    quotes, _, _ = quotes_of(text)
    quote = only(quotes, "central bank")
    assert quote.text.startswith("The central bank") and text[quote.start:quote.end] == quote.text


def test_a_nationality_adjective_is_not_the_speaker(quotes_of):
    """The official is an unnamed source (the quote keeps the phrase as its speaker mention);
    the television is an outlet."""
    text = ("The Peruvian army has struggled since the floods.\n"
            "\u201cWe have seen how effective the training is,\u201d says the Peruvian official.\n"
            "Crowds gathered in Lima. \u201cHis sacrifice was not in vain,\u201d Peruvian television said.")
    quotes, _, table = quotes_of(text)
    official = only(quotes, "training")
    assert names(table, official) == [] and text[slice(*official.speaker_mention)].endswith("Peruvian official")
    assert names(table, only(quotes, "sacrifice")) == ["Peruvian television"]


def test_the_state_still_speaks_through_its_government(quotes_of):
    quotes, _, table = quotes_of("Peru's foreign ministry said the border would stay open.")
    assert names(table, only(quotes, "border")) == ["Peru"]


def test_a_finding_with_a_nationality_is_nobody(quotes_of):
    quotes, _, table = quotes_of("Leaked Peruvian intelligence findings have concluded that the rebels will not disarm.")
    assert names(table, only(quotes, "rebels")) == []


def test_a_campaign_named_for_a_person_is_not_the_person(quotes_of):
    quotes, _, table = quotes_of(
        "Senator Ana Ruiz toured three factories on Monday.\n"
        "The Ruiz campaign said the senator would visit the port next week.")
    assert names(table, only(quotes, "port")) == ["Ruiz campaign"]


def test_a_persons_lawyer_is_not_the_person(quotes_of):
    quotes, _, table = quotes_of(
        "Tomas Berg was called before the committee in May.\n"
        "Berg's lawyer said his client would not answer any questions.")
    assert "Tomas Berg" not in names(table, only(quotes, "client"))


def test_plural_advisers_are_not_the_one_adviser_named(quotes_of):
    quotes, _, table = quotes_of(
        "Karl Lind, an adviser to the governor, flew to Lima on Monday.\n"
        "Advisers to the governor said the budget would pass by June.")
    assert "Karl Lind" not in names(table, only(quotes, "budget"))


def test_a_follow_up_pronoun_tells_the_speakers_gender(quotes_of):
    # "she added" right after Holm's quote: Holm is a woman, so a later "he" is not Holm
    text = ('"The wait hurt the families," Anna Holm said. "The delay hurt us all," she added. '
            'The ministry published its figures on Monday. "Later events changed things," he said.')
    quotes, _, table = quotes_of(text)
    assert [q for q in quotes if "delay" in q.text][0].speakers  # the rule's premise: she is Holm
    assert not [q for q in quotes if "Later events" in q.text
                and "Anna Holm" in [table.name_of(s) for s in q.speakers]]
