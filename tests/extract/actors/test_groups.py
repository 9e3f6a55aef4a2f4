"""Groups and documents from noun phrases, on sentences written for these tests."""
from __future__ import annotations

from .helpers import actor


def test_a_collective_of_states_is_a_group_that_speaks_for_them(table_of):
    text = "The transitional governments of Chad and Sudan rejected the plan."
    table = table_of(text)
    group = [a for a in table.ids() if table.kind_of(a) == "group"]
    assert group and table.members_of(group[0]) == ["chad", "sudan"]
    start = text.index("The")
    assert table.actors_for_span(start, text.index(" rejected")) == ["chad", "sudan"]


def test_a_collective_named_by_a_demonym_is_a_group_of_that_state(table_of):
    table = table_of("The Guinean junta leaders rejected the plan.")
    group = actor(table, "Guinean junta leaders")
    assert table.kind_of(group) == "group"
    assert next(a.affiliation for a in table.actors() if a.id == group) == "guinea"


def test_a_document_that_speaks_is_one_actor_with_its_signatories(table_of):
    table = table_of("The joint statement signed by Kwame Asante and Efua Mensah was issued on Monday. "
                     "The statement said the border would stay open.")
    doc_id = actor(table, "joint statement")
    assert table.kind_of(doc_id) == "document"
    assert len(table.mentions_of(doc_id)) == 2
    assert [table.name_of(m) for m in table.members_of(doc_id)] == ["Kwame Asante", "Efua Mensah"]


def test_group_name_stops_at_a_preposition_that_is_not_its_own(table_of):
    # "officials in Oslo including his boss, Minister X": the group is "officials in Oslo"
    table = table_of("He spoke to Norwegian officials in Oslo including his boss, Foreign Minister Ola Berg.")
    groups = [table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"]
    assert groups == ["Norwegian officials in Oslo"], groups


def test_group_name_stops_before_a_conjoined_actor(table_of):
    # "the Norwegian government and Santiago" is an institution and a state, not one actor
    table = table_of("Talks between the Norwegian government and Santiago stalled.")
    bodies = [table.name_of(a) for a in table.ids() if table.kind_of(a) in ("group", "organization")]
    assert bodies == ["Norwegian government"], bodies


def test_an_institution_is_an_organisation_and_its_members_a_group(table_of):
    table = table_of("Norway's parliament voted on Monday. The Chilean government and Chilean lawmakers disagreed.")
    assert table.kind_of(actor(table, "Norway's parliament")) == "organization"
    assert table.kind_of(actor(table, "Chilean government")) == "organization"
    assert table.kind_of(actor(table, "Chilean lawmakers")) == "group"


def test_a_count_or_quantity_is_no_part_of_a_groups_name(table_of):
    table = table_of("Roughly a dozen Senate Republicans were briefed; only three Republicans objected, "
                     "and the 5,000 U.S. troops stayed.")
    names = {table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"}
    assert names == {"Senate Republicans", "Republicans", "U.S. troops"}


def test_a_bare_common_noun_names_no_group(table_of):
    table = table_of("PROTESTERS marched. Later the protesters went home, and Ghanaian protesters joined them.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"] == ["Ghanaian protesters"]


def test_a_group_name_stops_at_another_clause_and_at_what_is_said_of_it(table_of):
    table = table_of("Videos posted online showed protesters from Ghana. The strike hit bases housing U.S. troops. "
                     "It is a blow to Togo and Benin, two U.S. allies even more exposed to the threat than Ghana. "
                     "Ghana-backed militias and U.S.-led forces in Togo clashed.")
    names = {table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"}
    assert {"U.S. troops", "U.S. allies", "Ghana-backed militias", "U.S.-led forces in Togo"} <= names
    assert not any(n.startswith(("online", "housing")) or "exposed" in n for n in names)


def test_one_group_written_two_ways_is_one_group(table_of):
    table = table_of("U.S. troops left the base on Monday. By Friday, US troops were back.")
    assert len(table.mentions_of(actor(table, "U.S. troops"))) == 2
    table = table_of("President Kwame Asante spoke on Monday. Critics said Asante's regime would fall, "
                     "but the Asante regime held on.")
    assert len(table.mentions_of(actor(table, "Asante's regime"))) == 2


def test_a_plural_capitalised_only_to_open_a_sentence_is_no_group(table_of):
    table = table_of("Protesters waved flags in Accra. The protesters then marched to the palace.")
    assert not [a for a in table.ids() if table.kind_of(a) == "group"], [table.name_of(a) for a in table.ids()]


def test_an_apposition_describing_a_named_group_is_no_other_group(table_of):
    table = table_of("The raid also wounded a commander of Zarvan Hezbollah, a Ghanaian proxy militia in Togo.")
    groups = [table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"]
    assert groups == ["Zarvan Hezbollah"], groups


def test_a_clause_participle_before_the_owner_is_no_part_of_the_group(table_of):
    # "bases in Chad housing French troops": the troops, not "housing French troops"
    table = table_of("Rebels fired rockets at two bases in Chad housing French troops. "
                     "Officials spoke of attacks on facilities housing Sudanese troops in Chad.")
    groups = sorted(table.name_of(a) for a in table.ids() if table.kind_of(a) == "group")
    assert all(not name.split()[0].endswith("ing") for name in groups), groups
    assert "French troops" in groups


def test_an_actor_and_a_group_joined_by_and_are_two_actors(table_of):
    # "Sudan and Sudan-backed militias" is the state and the militias; likewise "Okoro and other
    # Chadian officials", "Chad's Tarn Front and Sudan's Darfur rebels"
    table = table_of("It answered a series of attacks by Sudan and Sudan-backed militias on Chadian forces and "
                     "interests. These allies include Chad's Tarn Front and Sudan's Darfur rebels. "
                     "It is a threat that Kwame Okoro and other Chadian officials have said they would not tolerate.")
    groups = sorted(table.name_of(a) for a in table.ids() if table.kind_of(a) == "group")
    assert groups == ["Chadian forces", "Chadian officials", "Sudan's Darfur rebels", "Sudan-backed militias"], groups


def test_coordinated_owners_of_one_head_stay_one_group(table_of):
    table = table_of("Chadian and Sudanese officials met on Monday.")
    group = actor(table, "Chadian and Sudanese officials")
    assert table.members_of(group) == ["chad", "sudan"]


def test_a_group_with_no_in_front_names_nobody(table_of):
    table = table_of("No Chadian officials were present, but Sudanese officials came.")
    groups = [table.name_of(a) for a in table.ids() if table.kind_of(a) == "group"]
    assert groups == ["Sudanese officials"], groups
