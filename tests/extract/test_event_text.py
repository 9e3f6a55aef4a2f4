"""The words of an event (``event_text``), on sentences and phrases written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.event_text import _paired_quotes, begins_inside_quote, open_quote
from tests.extract.helpers import events_in


def whats(nlp, text, published="2024-03-07"):
    return [e.what for e in events_in(nlp(text), published)]


# --- quotation marks ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, mark", [
    ("the mayor said on the \u201cMorning Show", "\u201c"),
    ('the mayor said on the "Morning Show', '"'),
    ("he called it \u201ca fine day\u201d", None),
    ("\u201cnext week\u201c about whether", None),           # an outlet printing an opening mark twice
    ('we did not act," the mayor said', None),            # a quotation taken up halfway
    ("delayed,\u201c the mayor said", None),
])
def test_open_quote(text, mark):
    assert open_quote(text) == mark


def test_a_quotation_cut_off_is_closed():
    assert _paired_quotes("the mayor told Radio Lome: \u201cThis is the plan") == \
        "the mayor told Radio Lome: \u201cThis is the plan\u201d"
    assert _paired_quotes('we did not act," the mayor said') == 'we did not act," the mayor said'


def test_a_quotation_that_held_only_the_time_goes(nlp):
    # the time was all the quotation held: no empty pair of marks is left behind
    text = "The governor said a ruling would come \u201cnext week\u201d on the fate of the dam."
    assert all("\u201c\u201d" not in w and "  " not in w for w in whats(nlp, text))


# --- relative clauses --------------------------------------------------------------------------

def test_which_is_no_person(nlp):
    # the parser may hang "which" on the name before it: the Okoro of "which he left" is no event
    text = "Delegates discussed a planned forum between him and Maria Diaz, which Okoro walked out of last week before returning."
    assert not any("Maria Diaz out" in w for w in whats(nlp, text))


def test_a_relative_subject_agrees_with_its_verb(nlp):
    text = "Thank you for your work on a treaty backed by both unions, which was due to be signed on June 12 in Lome."
    assert not any(w.startswith("both unions was") for w in whats(nlp, text, "2024-05-24"))


def test_a_relative_clause_without_a_relative_word_takes_its_antecedent_as_object(nlp):
    # read by the parser as "the two provinces" in apposition with a participle "signed"
    text = "The mayor praised the accord the two provinces signed in 2015 with the port authority."
    assert whats(nlp, text) == ["the two provinces signed the accord with the port authority"]
    # an apposition set off by a comma keeps its participle
    assert whats(nlp, "Okoro, the envoy sent to Lome in May, returned.") == ["the envoy was sent to Lome"]


def test_a_stranded_preposition_takes_the_antecedent(nlp):
    text = "Okoro is not yet at the goal the council openly aimed for in May 2018."
    assert whats(nlp, text) == ["the council openly aimed for the goal"]


# --- pronouns ----------------------------------------------------------------------------------

def test_a_pronoun_is_not_one_named_in_its_own_clause(nlp):
    # "he" cannot be Okoro, whom his own words name
    text = ("Kofi Mensah praised General Ama Okoro. The militia that shot Okoro \u201cwill regret "
            "it,\u201d he added on Sunday.")
    assert not any(w.endswith("Ama Okoro added") for w in whats(nlp, text, "2024-03-10"))


def test_a_numeral_subject_is_no_one_named(nlp):
    text = "Diaz and Okoro met in Accra last month. The two met again on Tuesday to sign the accord."
    assert not any(w.startswith("The two met") for w in whats(nlp, text))


# --- what a clause keeps -----------------------------------------------------------------------

def test_coordinated_times_stay(nlp):
    text = "The envoys met on Monday and again on Wednesday with the mayor of Lome."
    assert whats(nlp, text, "2024-03-10") == ["The envoys met on Monday and again on Wednesday with the mayor of Lome"]


def test_a_time_that_is_the_subject_stays(nlp):
    assert whats(nlp, "Friday also saw heavy selling of bonds in Lome.", "2024-03-08") == \
        ["Friday also saw heavy selling of bonds in Lome"]


def test_a_second_reported_clause_loses_its_that(nlp):
    text = "\u201cWe have agreed that the June 12 vote should go ahead, and that the count should not be delayed,\u201d Diaz said."
    assert any(", and the count should not be delayed" in w for w in whats(nlp, text, "2024-05-28"))


def test_an_owner_the_clause_does_not_name_is_no_event(nlp):
    text = "The visit came a month after their first summit, held April 27 on the northern side of the border."
    assert not any(w.startswith("their") or "first summit was held" in w for w in whats(nlp, text, "2024-05-27"))


def test_a_contraction_whose_host_is_put_in_by_name_is_written_out(nlp):
    text = "Ghana says it\u2019s opening a new harbour this month."
    assert whats(nlp, text, "2024-05-12") == ["Ghana is opening a new harbour"]


def test_an_adjective_the_parser_hangs_on_the_time_stays(nlp):
    text = "The envoy also was more specific Monday in accusing the rebels of the raid."
    assert whats(nlp, text) == ["The envoy also was more specific in accusing the rebels of the raid"]


def test_a_relative_clause_on_a_pronoun_antecedent_is_no_event(nlp):
    # "one" is no object to put back: "Ama Okoro made at a private dinner" would be all that is left
    text = ("Governor Ama Okoro teased the press corps on Friday. The quip was reminiscent of one she made "
            "at a lunch with bankers in March, when she said that the mayor no longer had any rivals.")
    assert not any("made at a lunch" in w for w in whats(nlp, text, "2024-06-17"))


def test_a_clause_that_lost_its_subject_with_the_time_goes(nlp):
    # the parser hangs "has never seen" on "recalled": the rest of the clause on "August", which goes
    text = ("The mood recalled the height of the standoff in August, when fears of a border war soared "
            "amid the general\u2019s warning that the town could face \u201cruin like the world has never seen.\u201d")
    assert whats(nlp, text, "2024-06-17") == ["The mood recalled the height of the standoff."]


@pytest.mark.parametrize("text, begun", [
    ("there will be revenge,\u201d the envoy told the channel", True),
    ('it was not like that," the spokesman told reporters', True),
    ("the war must end,\u201c Okoro said", True),  # a closing mark printed as an opening one
    ("Okoro said the talks were \u201cover\u201d", False),
    ('Okoro said the talks were "over"', False),
    ("\u201cThe talks are over,\u201d Okoro said", False),
])
def test_begins_inside_quote(text, begun):
    assert begins_inside_quote(text) is begun
