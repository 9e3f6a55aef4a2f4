"""Positions, one rule per test, on sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed
from generator.extract.positions import find_positions


@pytest.fixture
def positions_of(nlp):
    def run(text: str):
        parsed = Parsed.of(nlp(text))
        table = find_actors(parsed)
        return [(p.actor, p.stance, p.topic) for p in find_positions(parsed, table, [])], table
    return run


def held(positions, actor, stance, *words):
    return any(a == actor and s == stance and all(w in t for w in words) for a, s, t in positions)


def test_calling_on_someone_to_prevent_something_opposes_it(positions_of):
    found, _ = positions_of("Ghana and Togo called on the AU to prevent a military intervention in Guinea.")
    assert held(found, "ghana", "opposes", "military intervention in Guinea")
    assert held(found, "togo", "opposes", "military intervention in Guinea")


def test_capacity_to_deploy_troops_to_invade_supports_intervention(positions_of):
    found, _ = positions_of("Nigeria said it has the capacity to send 5,000 soldiers in order to invade Guinea.")
    assert held(found, "nigeria", "supports", "military intervention in Guinea")


def test_negation_flips_and_armed_reads_military(positions_of):
    found, _ = positions_of("Togo will not accept any armed intervention in Guinea.")
    assert held(found, "togo", "opposes", "military intervention in Guinea")


def test_a_group_speaking_for_states_gives_each_the_position(positions_of):
    found, _ = positions_of("The military governments of Chad and Sudan have rejected sanctions on Guinea.")
    assert held(found, "chad", "opposes", "sanctions on Guinea")
    assert held(found, "sudan", "opposes", "sanctions on Guinea")


def test_commitment_to_a_means_supports_the_means(positions_of):
    found, _ = positions_of("Chad is committed to resolving the dispute exclusively through dialogue and mediation.")
    assert held(found, "chad", "supports", "dialogue", "mediation")


def test_a_warning_about_something_opposes_it(positions_of):
    found, _ = positions_of("Sudan warned that any military action against Chad would be seen as an act of war.")
    assert held(found, "sudan", "opposes", "military intervention in Chad")


def test_reported_position_belongs_to_whom_it_is_reported_of(positions_of):
    # the speaker speaks for Ghana (its minister): Ghana's position, not the speaker's
    found, table = positions_of("Ghana's foreign minister Kwame Asante said that Ghana will oppose sanctions on Togo.")
    assert held(found, "ghana", "opposes", "sanctions on Togo")
    assert not any(a == "kwame-asante" for a, _, _ in found)


def test_what_someone_says_of_another_actor_is_not_its_position(positions_of):
    # Asante does not speak for Togo: his words are a claim about Togo, not Togo's stance
    found, _ = positions_of("Kwame Asante said that Togo was planning to attack Ghana.")
    assert not found, found


def test_said_no_takes_the_topic_of_the_passage(positions_of):
    found, table = positions_of(
        "Kwame Asante and Efua Mensah said no. Ghana and Togo reject foreign interference in Guinea.")
    people = [a for a in table.ids() if table.kind_of(a) == "person"]
    assert len(people) == 2
    for person in people:
        assert held(found, person, "opposes", "intervention in Guinea")


def test_we_in_quoted_speech_is_the_speaker(positions_of):
    found, _ = positions_of('"We will not accept an invasion of Guinea," Kwame Asante said.')
    assert held(found, "kwame-asante", "opposes", "intervention", "Guinea")


def test_an_addressee_is_not_the_holder(positions_of):
    found, _ = positions_of("Ghana issued a letter calling for the AU to stop the sanctions on Togo.")
    assert held(found, "ghana", "opposes", "sanctions on Togo")
    assert not any(a == "african-union" for a, _, _ in found)


def test_failing_to_agree_is_no_stance(positions_of):
    # "failed to agree on X" is neither for nor against X
    found, _ = positions_of("Norway and Chile failed to agree on fishing quotas.")
    assert not any("quota" in t for _, _, t in found), found


def test_inability_cancels_the_stance(positions_of):
    found, _ = positions_of("Chile was unable to support the Norwegian proposal.")
    assert not found, found


def test_outer_cue_speaks_for_the_nested_one(positions_of):
    # "refused to accept X": opposes X, and not also supports X through "accept"
    found, _ = positions_of("Chile refused to accept the fishing quotas.")
    assert held(found, "chile", "opposes", "quota")
    assert not held(found, "chile", "supports", "quota")


def test_negated_copula_flips_an_adjective_cue(positions_of):
    found, _ = positions_of("Chile is not willing to accept the fishing quotas.")
    assert held(found, "chile", "opposes", "quota") and not held(found, "chile", "supports", "quota")


def test_vague_topic_alone_is_dropped(positions_of):
    # "vowed to take action": "action" with no complement says nothing
    found, _ = positions_of("Chile vowed to take action.")
    assert not any(t == "action" for _, _, t in found), found


def test_addressee_of_an_urge_is_not_the_topic(positions_of):
    found, _ = positions_of("Chile urged lawmakers to approve the fishing treaty.")
    assert not any("lawmaker" in t for _, _, t in found), found


def test_holder_is_not_its_own_topic(positions_of):
    found, _ = positions_of("Islamic State fighters opposed Islamic State rivals.")
    assert not any(t.startswith("Islamic State") for _, _, t in found), found


def test_a_modifier_keeps_its_own_words(positions_of):
    # "so-called", not "called"; "war-crimes", not "crimes"
    found, _ = positions_of("Norway rejected the so-called Oslo model. Chile supports a war-crimes inquiry.")
    topics = [t for _, _, t in found]
    assert any(t.startswith("so-called") for t in topics), topics
    assert not any(t.startswith("called") for t in topics), topics



def test_the_people_counted_hold_the_stance_never_the_count(nlp):
    from tests.extract.helpers import extracted
    parsed, table, quotes, _ = extracted(nlp, "Thousands of Chileans protested on Friday against the strike on the port.")
    table.ensure(parsed.doc[0:1], "other")  # as when the article had made the count an actor before
    holders = {p.actor for p in find_positions(parsed, table, quotes)}
    assert holders <= {"chile"} and not any("thousand" in h for h in holders), holders


def test_a_fronted_place_is_no_topic(positions_of):
    found, _ = positions_of("On Plaza Mayor, Chile celebrated the release of the prisoners.")
    assert not any("Plaza" in t for _, _, t in found), found


@pytest.mark.parametrize("text", [
    "Chile blasted Carlos Mendez during a speech in Lima.",
    "Chile welcomed home three prisoners from Peru.",
    "Chile welcomed the Peruvian intelligence chief to the palace.",
])
def test_a_person_without_a_reason_is_no_topic(positions_of, text):
    found, _ = positions_of(text)
    assert not found, found


def test_a_person_with_a_reason_is_no_topic_the_reason_is(positions_of):
    found, _ = positions_of("Chile praised Carlos Mendez for the ceasefire.")
    assert not any("Mendez" in t for _, _, t in found), found
    assert any(a == "chile" and s == "supports" and "ceasefire" in t for a, s, t in found), found


@pytest.mark.parametrize("text, body", [
    # a body with a reason: what it did is the topic, not the body
    ("Carlos Mendez criticised the Peruvian government for raising tariffs on copper.", "government"),
    # a body with a description: a view of what it is, not a stance on it
    ("Carlos Mendez has often criticised Peru as reckless.", "Peru"),
])
def test_a_body_with_a_reason_or_description_is_no_topic(positions_of, text, body):
    found, _ = positions_of(text)
    assert not any(body in t for _, _, t in found), found


def test_a_passive_warned_clause_is_no_danger(positions_of):
    found, _ = positions_of("Carlos Mendez warned that the release of the prisoners should not be read "
                            "as a sign of a breakthrough.")
    assert not any(s == "opposes" and "release" in t for _, s, t in found), found


def test_a_warning_that_retribution_is_coming_is_the_warners_threat(positions_of):
    found, _ = positions_of("Chile warned on Friday that a harsh retaliation is waiting for Peru.")
    assert held(found, "chile", "supports", "retaliation"), found
    assert not any(s == "opposes" for _, s, _ in found), found


def test_a_warned_clause_before_the_warning_is_not_its_content(positions_of):
    found, _ = positions_of("The markets rallied, Chile warned that the deal should not be trusted.")
    assert not any("market" in t for _, _, t in found), found


@pytest.mark.parametrize("text, topic", [
    # a modifier split at its hyphen is one word, though part of it names an actor
    ("Chile voted to end its support for the Peru-backed war in Bolivia.", "Peru-backed war in Bolivia"),
    # a common noun owning the head keeps its possessive
    ("Crowds in Chile danced to celebrate the general's death.", "general's death"),
    # a counted head stays plural
    ("Chile threatened to bomb 12 sites in Peru.", "12 sites in Peru"),
    # a word split at its hyphens into three modifiers is one word once
    ("Carlos Mendez made headlines by advocating for pre-emptive strikes on Peru.", "pre-emptive strikes"),
    # an action's object that is a matter, not a party
    ("Chile wants to negotiate a new treaty.", "negotiations of new treaty"),
])
def test_topic_wording(positions_of, text, topic):
    found, _ = positions_of(text)
    assert any(topic in t for _, _, t in found), found


def test_a_headline_line_inside_a_sentence_is_furniture(positions_of):
    found, _ = positions_of("How Chile went from a vow to avoid war to an order to strike Peru\n"
                            "The protests came after days of tension in Lima.")
    assert not found, found


def test_evidence_is_the_cues_line(nlp):
    text = "CHILE DAILY\nChile rejected the peace plan on Monday."
    parsed = Parsed.of(nlp(text))
    positions = find_positions(parsed, find_actors(parsed), [])
    assert positions and all(text[p.evidence[0]:p.evidence[1]].startswith("Chile rejected") for p in positions)
