"""The class of an account's main verb on the escalation scale (generator.crisis.escalation)."""
import pytest

from generator.crisis import escalation
from generator.crisis.escalation import event_kind, scale_words


def test_the_class_is_that_of_the_first_verb_of_the_scale():
    assert event_kind("The envoy was killed in an airstrike") == "fight"
    assert event_kind("A drone strike killed the envoy") == "fight"
    assert event_kind("The rebels warned of revenge after the strike") == "disapprove"
    assert event_kind("The minister called off the talks") == "reduce_relations"


def test_no_class_for_nouns_alone_negation_what_may_be_or_background():
    assert event_kind("The summit in the capital") is None            # a noun names, it does not happen
    assert event_kind("The army did not attack the town") is None
    assert event_kind("The army may attack the town") is None
    assert event_kind("Sites that will be struck") is None
    assert event_kind("The envoy spoke after a strike killed the chief") is None
    assert event_kind("The envoy, who had met the chief, left") is None


def test_scale_words_are_the_words_of_the_scale_as_written():
    assert scale_words("Rebels killed two guards and warned the town") == {"killed", "warned"}


# --- the escalation scale -------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Marenland's navy attacked the convoy", ["attack"]),
    ("Valdorian jets struck the depot", ["strike"]),                # an irregular form
    ("The ministry threatened to cancel the visit", ["threaten", "cancel"]),
    ("The board called off the summit", ["call off"]),              # a verb and its particle
    ("The crews are negotiating with the board", ["negotiate"]),
    ("Both sides struck a deal on the quota", ["strike deal"]),     # a set phrase, not a strike
    ("The talks resumed in Lund", ["talk"]),
    ("A statement was released by the ministry", None),             # a neutral phrase
    ("It was a shot at peace", ["peace"]),                          # after "a", a noun: no shooting
])
def test_words_of_the_scale_are_found_in_any_form(text, words):
    reading = escalation.read(text)
    assert (reading.words if reading else None) == words


def test_conflict_weighs_against_cooperation():
    assert escalation.read("The navy bombed the port").weight == -10
    assert escalation.read("The ministers signed an agreement").weight > 5
    assert escalation.read("Varga warned the crews").weight < 0 < escalation.read("Varga praised the crews").weight


@pytest.mark.parametrize("text, sign", [
    ("Marenland did not attack the convoy", +1),
    ("Marenland didn't attack the convoy", +1),
    ("The board refused to meet the crews", -1),
    ("Valdoria will never negotiate with the board", -1),
    ("The guns fell silent and no shots were fired", +1),
    ("Both sides agreed to end the war", +1),
    ("The port lifted the sanctions", +1),
])
def test_negation_turns_a_word_against_its_class(text, sign):
    assert escalation.read(text).weight * sign > 0


def test_negation_ends_with_its_clause_and_a_lone_refusal_is_a_rejection():
    assert escalation.read("Marenland did not leave, but its jets attacked the port").weight == -10
    assert escalation.read("Valdoria refused").words == ["refuse"]


def test_a_stance_reads_its_topic_for_or_against():
    assert escalation.read_stance("supports", "military strikes on the port").weight == -10
    assert escalation.read_stance("opposes", "war").weight > 0
    assert escalation.read_stance("neutral", "war") is None


def test_the_lemmatizer_tables_are_keyed_as_spacy_keys_strings():
    strings = pytest.importorskip("spacy.strings")
    from generator.crisis.inflections import string_key
    for text in ("verb", "noun", "a longer string of words", "é"):
        assert string_key(text) == strings.hash_string(text)


def test_every_word_of_the_scale_is_text():
    # a bare `no` or `off` in YAML is a boolean, and would silently never match
    data = escalation.data()
    words = [w for spec in data["classes"].values() for kind in ("verbs", "nouns") for w in spec.get(kind) or []]
    assert all(isinstance(w, str) for w in words + data["negators"] + data["neutral_phrases"])
    assert all(-10 <= spec["weight"] <= 10 for spec in data["classes"].values())
