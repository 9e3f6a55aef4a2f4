"""Direct and mixed quotes from quote marks, on sentences written for these tests."""
from __future__ import annotations

import pytest

from .helpers import names, only


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


def test_reporting_inside_a_quote_is_not_a_quote_of_its_own(quotes_of):
    text = '"My brother said that the water was poisoned," Rosa Diaz told the court.'
    quotes, _, table = quotes_of(text)
    assert len(quotes) == 1 and names(table, quotes[0]) == ["Rosa Diaz"]


# (article, words of the quote, who said it)
ATTRIBUTED = [
    # the parser may make a word of the quote the verb's subject; the speaker stands after the quote
    pytest.param("\u201cFull panic mode, that is what it is,\u201d said Leslie Wimes, a party organiser.",
                 "panic", ["Leslie Wimes"], id="a-subject-inside-the-quote"),
    # 'saying anybody who complains ... "is not ..."': what was said, not what anybody complains
    pytest.param("Rival Maria Lenz had mocked the complaint, saying anybody who complains about a microphone "
                 "\u201cis not having a good night.\u201d", "good night", ["Maria Lenz"], id="the-governing-verb"),
]


@pytest.mark.parametrize("text, containing, speakers", ATTRIBUTED)
def test_the_speaker_is_the_one_the_parse_points_to(quotes_of, text, containing, speakers):
    quotes, _, table = quotes_of(text)
    assert names(table, only(quotes, containing)) == speakers


def test_a_floating_quote_does_not_continue_past_a_new_subject(quotes_of):
    quotes, _, table = quotes_of(
        "\u201cWe will rebuild the bridge,\u201d Mayor Ines Duarte said on Monday.\n"
        "Her rival Paulo Sousa disagreed with the plan.\n"
        "\u201cThe money is not there and never was.\u201d")
    assert not [q for q in quotes if "money" in q.text]


def test_a_post_link_is_not_a_speaker(quotes_of):
    quotes, _, _ = quotes_of("Visitors packed the stadium. pic.twitter.com/Xy12AbCd said the crowd was huge.")
    assert not [q for q in quotes if "crowd" in q.text]


def test_a_belief_after_a_quoted_fragment_does_not_take_it(quotes_of):
    # 'X added that there was "little doubt" that Y understood ...': X's words, not Y's belief
    quotes, _, table = quotes_of(
        'Minister Ana Ruiz added that there was "little doubt" that Karl Lind understood "the scope" of the plan.')
    assert {name for q in quotes for name in names(table, q)} == {"Ana Ruiz"}


def test_a_quoted_label_of_a_thing_is_no_quote(quotes_of):
    quotes, _, _ = quotes_of('Peru and Chile have credited President Lind\'s "maximum pressure" campaign for the thaw.')
    assert quotes == []


def test_a_relative_clause_inside_the_subject_quotes_only_its_words(quotes_of):
    quotes, _, table = quotes_of("The return of prisoners the Varnian ministry has called \u201chostages\u201d "
                                 "clears an obstacle to direct talks.")
    q = only(quotes, "hostages")
    assert "obstacle" not in q.text and names(table, q) == ["Varnian ministry"]
