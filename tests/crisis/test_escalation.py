"""The class of an account's main verb on the escalation scale (generator.crisis.escalation)."""
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
