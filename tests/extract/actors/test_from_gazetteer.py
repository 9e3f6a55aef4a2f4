"""Actors from the gazetteer's names, on sentences written for these tests."""
from __future__ import annotations

from .helpers import actor, chars_of


def test_countries_are_never_people(table_of):
    table = table_of("Mali and Niger signed the accord. Chad did not.")
    for state in ("mali", "niger", "chad"):
        assert table.kind_of(state) == "state"
    assert all(table.kind_of(a) != "person" for a in table.ids())


def test_acronym_and_full_name_are_one_actor(table_of):
    table = table_of("The African Union met in Addis Ababa. The AU said it would wait.")
    assert len(table.mentions_of("african-union")) == 2
    assert "AU" in next(a.aliases for a in table.actors() if a.id == "african-union")


def test_official_name_and_demonym_point_to_the_state(table_of):
    table = table_of("The Republic of Chad closed its border. Chadian troops stayed home.")
    assert len(table.mentions_of("chad")) == 2


def test_capital_standing_for_its_state_but_not_as_a_place(table_of):
    table = table_of("Burkina Faso's junta stalled. The bloc imposed sanctions against Ouagadougou. "
                     "Talks took place in Accra.")
    assert table.actor_for_span(*chars_of(table, "Ouagadougou")) == "burkina-faso"
    assert table.actor_for_span(*chars_of(table, "Accra")) is None


def test_a_people_is_a_group_not_an_alias_of_the_state_the_article_names(table_of):
    table = table_of("Chad closed its border on Monday. Chadians marched in the capital.")
    chad = next(a for a in table.actors() if a.id == "chad")
    assert "Chadians" not in chad.aliases
    assert table.kind_of(actor(table, "Chadians")) == "group"


def test_a_longer_name_holding_a_known_bodys_name_is_another_body(table_of):
    table = table_of("He leads Lundar Hezbollah, an armed group. Hezbollah did not comment.")
    assert table.kind_of(actor(table, "Lundar Hezbollah")) == "group"
    assert len(table.mentions_of("hezbollah")) == 1


def test_a_longer_name_holding_a_states_name_names_no_state(table_of):
    table = table_of("Ada Lund of the New Chad think tank said the talks would fail.")
    assert "chad" not in table.ids()


def test_a_people_a_verb_or_the_bodys_own_words_before_it_make_no_longer_name(table_of):
    table = table_of("Lebanese Hezbollah fired rockets. The Coalition to Defeat Hezbollah met in Oslo. "
                     "Later the Islamic Revolutionary Guard said it was ready.")
    assert [a.name for a in table.actors() if "Hezbollah" in a.name] == ["Hezbollah"]
    assert table.actor_for_span(*chars_of(table, "Islamic Revolutionary Guard")) == "irgc"


def test_a_capital_is_no_state_the_article_never_names(table_of):
    # "to visit Brussels": the state's own name is nowhere in the text, so no Belgium
    table = table_of("The minister invited Ghana's foreign minister to visit Brussels to discuss the crisis.")
    assert "belgium" not in table.ids()


def test_an_organisations_short_name_ending_a_longer_name_is_another_body(table_of):
    table = table_of("Amara Lund, who once advised the National Security Council of Ghana, said the talks would take years.")
    assert "un-security-council" not in table.ids()
    assert "National Security Council" in [table.name_of(a) for a in table.ids()]
