"""Roles from appositions, and affiliations, on sentences written for these tests."""
from __future__ import annotations

from .helpers import actor, roles


def test_apposition_after_the_name(table_of):
    table = table_of("Fatou Sow, Senegal's foreign minister, said the talks would resume.")
    assert ("Foreign minister", "senegal") in roles(table, actor(table, "Fatou Sow"))


def test_role_phrase_before_a_comma_and_the_name(table_of):
    table = table_of("The head of delegations of both Chad and Niger, Chad's Interior Minister "
                     "Idriss Kebir, spoke first.")
    titles = roles(table, actor(table, "Idriss Kebir"))
    assert ("Interior Minister", "chad") in titles
    assert ("Head of delegations", "niger") in titles


def test_leader_put_back_in_power_belongs_to_that_state(table_of):
    table = table_of("The bloc is ready to enter Guinea and restore Moussa Kaba to power.")
    assert next(a.affiliation for a in table.actors() if a.name == "Moussa Kaba") == "guinea"


def test_title_opening_its_own_clause_is_no_role_of_the_name_before(table_of):
    # the mayor is Ines Marlow, named before; Tomas Berg is only the man she met
    table = table_of("Mayor Ines Marlow spoke in the morning. After a meeting with Tomas Berg, the mayor "
                     "said the bridge would reopen.")
    for aid in table.ids():
        if table.name_of(aid) != "Ines Marlow":
            assert not any(r.title.lower() == "mayor" for r in table.roles_of(aid)), table.name_of(aid)


def test_apposition_without_closing_comma_at_sentence_end(table_of):
    table = table_of("The envoy met Fatou Sow, Senegal's foreign minister.")
    assert ("Foreign minister", "senegal") in roles(table, actor(table, "Fatou Sow"))


def test_a_title_inside_a_quote_is_not_the_speakers(table_of):
    table = table_of('Vice Minister Lena Okoro spoke on Monday. "I cannot hide my surprise at the remarks '
                     'of the Chadian vice president," Okoro said.')
    assert roles(table, actor(table, "Lena Okoro")) == [("Vice Minister", None)]


def test_a_title_set_off_after_one_name_is_not_the_next_persons(table_of):
    table = table_of("Ada Lund, the mayor of Dorvale, called Kwame Asante's plan a disgrace. "
                     "Efua Mensah, the party chief, said on Monday that Kwame Asante had lied.")
    assert roles(table, actor(table, "Kwame Asante")) == []


def test_a_leaders_government_is_his_states(table_of):
    table = table_of("Senegalese President Ines Okoro spoke on Monday. Okoro's government rejected the offer.")
    government = actor(table, "Okoro's government")
    assert table.affiliation_of(government) == "senegal"
