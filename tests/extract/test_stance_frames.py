"""Stance frames (generator/extract/stance_frames.py): who holds a stance, and when a cue states
none. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.positions import find_positions
from tests.extract.helpers import extracted

VIOLENCE = ("kill", "strike", "attack", "assassinat", "bomb", "military action", "murder")


@pytest.fixture
def positions_of(nlp):
    def run(text: str):
        parsed, table, quotes, _ = extracted(nlp, text)
        return [(p.actor, p.stance, p.topic) for p in find_positions(parsed, table, quotes)]
    return run


def held(positions, actor, stance, *words):
    return any(a == actor and s == stance and all(w in t for w in words) for a, s, t in positions)


# --- someone else's claim is not a stance -------------------------------------------------------

ALLEGATIONS = [
    # a finding by others, as a noun with a content clause
    "The agency's assessment that Chile ordered the strike on the convoy was leaked on Monday.",
    # an accusation
    "Critics accuse Chile of ordering the strike on the convoy.",
    "Chile is accused of ordering the killing of the journalist.",
    # a denial, and a negated admission
    "Chile denied ordering the killing of the journalist.",
    "Chile did not admit to ordering the killing of the journalist.",
    # evidence belongs to nobody, and there is none
    "There is no evidence that Chile ordered the killing of the journalist.",
    # a belief, a report, a suspicion
    "Investigators believe that Chile ordered the attack on the embassy.",
    "Peru reported that Chile had planned an attack on the embassy.",
    "Chile is suspected of planning the assassination of the journalist.",
    # someone else's words, named or not, and a source credited with the claim
    "Kwame Asante said Chile was planning to attack the embassy.",
    "Officials said Chile ordered the killing of the journalist.",
    "Chile ordered the strike on the convoy, according to Peruvian officials.",
    # hedges
    "Chile reportedly ordered the killing of the journalist.",
    "Chile appeared to order the strike on the convoy.",
    "It is likely that Chile ordered the strike on the convoy.",
    # a quote of someone who does not speak for the holder
    '"Chile ordered the killing of the journalist," Kwame Asante said.',
    # naming a killing is no call for it
    "Chile's president called the killing of the journalist a heinous crime.",
    # "they" in someone's own words is somebody else, whatever it resolves to
    '"They want to kill the journalist," Carlos Mendez said.',
    # what someone perceives of the holder
    "Peru is seeing how badly Chile wants to strike the port.",
    # a prospect someone else raises
    "One prospect is that Chile will order a strike on the convoy.",
]


@pytest.mark.parametrize("text", ALLEGATIONS)
def test_no_one_supports_a_killing_on_someone_elses_allegation(positions_of, text):
    found = positions_of(text)
    assert not any(s == "supports" and any(v in t.lower() for v in VIOLENCE) for _, s, t in found), found


def test_the_accuser_is_not_made_to_support_what_it_accuses_of(positions_of):
    found = positions_of("Peru accused Chile of backing the rebels.")
    assert not any(s == "supports" and "rebel" in t for _, s, t in found), found


@pytest.mark.parametrize("text, stance, topic", [
    ("Chile ordered the strike on the convoy.", "supports", "strikes on convoy"),  # its own act
    ("Chile said it would oppose sanctions on Peru.", "opposes", "sanctions on Peru"),  # its own words
    ("Chile claimed that it supports the peace plan.", "supports", "peace plan"),  # its own claim
    ("Chile threatened to bomb the port if Peru attacks.", "supports", "military strikes"),  # a threat
    ("Chile criticized the report on torture in Peru.", "opposes", "report on torture"),  # named issue
    ("Chile condemned Peru.", "opposes", "Peru"),  # an attitude toward an actor
])
def test_an_actor_holding_its_own_stance_keeps_it(positions_of, text, stance, topic):
    assert held(positions_of(text), "chile", stance, topic), positions_of(text)


def test_a_state_official_speaks_for_its_government(positions_of):
    found = positions_of("Chile's foreign minister Ana Rojas said the Chilean government rejects the peace plan.")
    assert any(s == "opposes" and "peace plan" in t for _, s, t in found), found


# --- sentences that state no position at all, by rule -----------------------------------------

NO_POSITION = {
    # a negated cue other than a plain stance verb: not ordering is not opposing, not condemning
    # is not approving; and a negation on the way to the holder
    "negated": [
        "Chile did not order the strike on the convoy.",
        "Chile did not condemn the strike on the convoy.",
        "Chile has not ruled out sanctions on Peru.",
        "Chile has no plans to withdraw its troops from Peru.",
        "There is no decision to withdraw, nor did Chile issue any plans to withdraw from Peru.",
        "Chile did not try to stop the sanctions on Peru.",
    ],
    # hypotheticals, conditions, questions, advice about others
    "hypothetical": [
        "If Chile were to back the peace deal, the talks would resume.",
        "Chile could support the peace deal.",
        "Chile might back sanctions on Peru.",
        "Would Chile support the peace deal?",
        "Is Chile prepared for a war with Peru?",
        "Any strike on the convoy would be considered a declaration of war.",
        "Both Chile and Peru must stop the fighting.",
        "One prospect is that Chile will take action to end the Peruvian presence in Bolivia.",
        "Chile has yet to agree with Peru on a common goal.",
    ],
    # a fragment, an empty word, an addressee, a time or a place is no topic
    "topic": [
        "Chile criticized the report.",
        "Chile rejected the answer.",
        "Chile welcomed the group.",
        "Chile urged the citizens to stay.",
        "Chile threatened the troops.",
        "Chile is evaluating 13 possible ways.",
        "Chile ended a holiday-shortened week.",
        "Chile ended the first session of 2020.",
        "Chile called on the Peruvian factions to be patient.",
        "Chile linked the decision to the recent remarks of Peru.",  # "decision to" + noun
        "Meanwhile in Lima, Chile prepared a plan.",  # a place where, not what
    ],
    # views, claims, activities and deeds credited by others are no stance
    "view": [
        "Chile considers the troops a guarantee of peace.",
        "Peru blacklisted the banker for supporting the rebels.",
        "The banker is on lists of sanctioned people, including for supporting the rebels.",
        "Chile is preparing for a possible attack by Peru.",  # bracing for it is no support
        "The death of Ana Rojas prompted calls for revenge.",  # an event calls for nothing
        "Chile insisted that the report was false.",
        "Chile discussed the peace deal with Peru.",
    ],
}


@pytest.mark.parametrize("text", [t for texts in NO_POSITION.values() for t in texts])
def test_no_position(positions_of, text):
    assert not positions_of(text), positions_of(text)


# --- polarity words -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("Chile does not support the peace deal.", "peace deal"),  # a plain stance verb, negated, flips
    ("Chile will no longer support the peace deal.", "peace deal"),  # "no longer" negates too
    ("Chile pushed back against calls for a ceasefire.", "ceasefire"),  # against what is called for
    ("Chile voted against the peace deal.", "peace deal"),  # "against" turns a supporting verb
])
def test_polarity_words_make_a_stance_opposing(positions_of, text, topic):
    found = positions_of(text)
    assert held(found, "chile", "opposes", topic) and not held(found, "chile", "supports", topic), found


def test_a_negative_judgement_over_words_opposes_them(positions_of):
    found = positions_of('"It would be naive to say that we must support the peace deal," Ana Rojas said.')
    assert not any(s == "supports" for _, s, _ in found), found
    assert held(found, "ana-rojas", "opposes", "peace deal")


def test_a_mistake_to_back_a_deal_is_not_backing_it(positions_of):
    found = positions_of("Ana Rojas said it would be a mistake to back the peace deal.")
    assert not any(s == "supports" for _, s, _ in found), found


# --- holders ---------------------------------------------------------------------------------

def test_a_text_holds_no_stance_of_its_own(positions_of):
    # "the statement" is no one until the article names who issued it
    found = positions_of("The statement called for sanctions on Peru.")
    assert not any("statement" in a for a, _, _ in found), found


def test_a_conviction_about_another_actor_is_not_its_stance(positions_of):
    found = positions_of("Kwame Asante said the talks could take months, but he was convinced that "
                         "Chile was committed to the peace plan.")
    assert not held(found, "chile", "supports", "peace plan"), found
    assert held(positions_of("Chile is confident that it will back the peace plan."), "chile", "supports",
                "peace plan")


def test_an_outlet_and_a_bare_empty_head_are_no_topics(positions_of):
    assert not positions_of("Kwame Asante slammed The New York Times over its coverage of the talks.")
    found = positions_of("Kwame Asante criticized the report that said the talks had failed.")
    assert not any(t == "report" for _, _, t in found), found


def test_a_word_split_at_its_hyphen_keeps_its_prefix(positions_of):
    found = positions_of("Turkey called for de-escalation between Chile and Peru.")
    assert held(found, "turkey", "supports", "de-escalation"), found
    assert not any(t.startswith("escalation") for _, _, t in found), found


def test_a_safety_notice_to_ordinary_people_is_no_stance(positions_of):
    assert not positions_of("The State Department urged citizens to leave Peru immediately.")
    assert not positions_of("The Chilean embassy urged Chileans to leave the country immediately.")
    assert held(positions_of("Chile urged Peru to leave the alliance."), "chile", "supports", "alliance")


def test_what_someone_perceives_of_the_holder_is_their_view(positions_of):
    found = positions_of('Peru is seeing how badly Chile wants this meeting.')
    assert not any(a == "chile" for a, _, _ in found), found


def test_a_time_that_saw_a_threat_is_no_perceiver(positions_of):
    found = positions_of("Last year saw Chile threaten Peru with air strikes.")
    assert any(a == "chile" and s == "supports" for a, s, _ in found), found


def test_an_outsiders_reading_is_no_stance(positions_of):
    found = positions_of("Chile wants a phased approach to the copper talks, according to experts.")
    assert not any(a == "chile" for a, _, _ in found), found
    found = positions_of("Chile wants a phased approach to the copper talks, according to officials.")
    assert held(found, "chile", "supports", "phased approach"), found
