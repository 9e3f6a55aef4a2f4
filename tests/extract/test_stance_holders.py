"""Holders (generator/extract/stance_holders.py): whose stance a cue states. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.extract.positions import find_positions
from generator.extract.stance_holders import _participle_noun
from tests.extract.helpers import extracted


@pytest.fixture
def positions_of(nlp):
    def run(text: str):
        parsed, table, quotes, _ = extracted(nlp, text)
        return [(p.actor, p.stance, p.topic) for p in find_positions(parsed, table, quotes)], table
    return run


def test_a_participle_is_held_by_the_noun_it_modifies(positions_of):
    found, _ = positions_of("Carlos Mendez had encouraged Chilean militias to quash months of protests by "
                            "Peruvians opposed to the influence of foreign powers in their country.")
    assert not any(a == "carlos-mendez" and "influence" in t for a, _, t in found), found


def test_a_participle_the_parse_hung_on_the_verb_modifies_the_noun_before_it(nlp):
    # "Mendez urged militias to quash protests by Peruvians opposed to it", parsed with
    # "opposed" as an adverbial clause of "urged"
    words = ["Mendez", "urged", "militias", "to", "quash", "protests", "by", "Peruvians", "opposed", "to", "it"]
    heads = [1, 1, 1, 4, 1, 4, 5, 6, 1, 8, 9]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "prep", "pobj", "advcl", "prep", "pobj"]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "NNS", "IN", "NNPS", "VBN", "IN", "PRP"]
    pos = ["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PRON"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert _participle_noun(doc[8]).text == "Peruvians"
    assert _participle_noun(doc[4]) is None  # an infinitive is no participle


def test_a_thing_defending_a_state_is_no_holder(positions_of):
    found, _ = positions_of("Peru wants Chile to remove its missile shield defending Bolivia.")
    assert not any("Bolivia" == t for _, _, t in found), found


def test_the_person_in_apposition_holds_it_not_the_state_of_the_firm(positions_of):
    found, table = positions_of("The head of Chilean firm Andes Copper, Carlos Mendez, criticised the Peruvian "
                                "tariffs on copper.")
    holders = {a for a, _, _ in found}
    assert "chile" not in holders, found
    assert any(table.kind_of(a) == "person" for a in holders), found


def test_a_state_modifying_a_thing_is_no_holder(positions_of):
    found, _ = positions_of("Investors sold bonds, and Chilean stock indexes posted gains, ending a long "
                            "slump in copper prices.")
    assert not found, found


def test_a_state_modifying_its_people_still_holds(positions_of):
    found, _ = positions_of("Chilean officials rejected the peace plan.")
    assert any(a == "chile" or "chile" in a for a, s, t in found if s == "opposes" and "peace plan" in t), found


def test_they_in_a_quote_is_not_the_speaker(positions_of):
    found, _ = positions_of('"The tensions are rising, and they want another war," Ana Rojas said.')
    assert not any(s == "supports" and "war" in t for _, s, t in found), found


def test_the_subject_of_a_passive_cue_is_whom_it_is_given(positions_of):
    found, _ = positions_of('"We were promised a ceasefire before the weekend," Ana Rojas said.')
    assert not found, found


def test_said_no_before_a_noun_is_no_refusal(positions_of):
    found, _ = positions_of("Chile called for talks with Peru. Ana Rojas said no foreign power should "
                            "decide the future of Chile.")
    assert not any(s == "opposes" for _, s, _ in found), found


def test_your_decision_in_a_quote_is_not_the_speakers(positions_of):
    found, _ = positions_of('"We respect your sovereign decision to order our departure," Carlos Mendez wrote.')
    assert not found, found


def test_state_media_speak_for_their_state(positions_of):
    found, _ = positions_of("Chile's state media hailed the summit as a success.")
    assert any(a == "chile" and s == "supports" and "summit" in t for a, s, t in found), found


@pytest.mark.parametrize("text", [
    # a religious figure of a state is not the state
    "Peru's top cleric condemned the war in Bolivia.",
    # a people named by its plural demonym, counted or not, are not their state
    "Thousands of Peruvians protested against the strike on Lima.",
    "Carlos Mendez broke up protests by Peruvians opposed to the new tariffs on copper.",
])
def test_people_of_a_country_are_not_its_state(positions_of, text):
    found, _ = positions_of(text)
    assert not any(a == "peru" for a, _, _ in found), found


def test_a_bare_crowd_holds_nothing(positions_of):
    found, table = positions_of("Demonstrators took to the streets of Lima to protest the new tariffs on copper.")
    assert not any(table.name_of(a).lower() == "demonstrators" for a, _, _ in found), found
