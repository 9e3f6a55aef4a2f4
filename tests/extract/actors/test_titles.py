"""Titles and the names they introduce, on sentences written for these tests."""
from __future__ import annotations

from .helpers import actor, roles


def test_demonym_before_title_gives_role_and_affiliation(table_of):
    table = table_of("Ghanaian Defence Minister Kwame Asante arrived in Lome on Friday.")
    asante = actor(table, "Kwame Asante")
    assert ("Defence Minister", "ghana") in roles(table, asante)
    assert table.actors()[[a.id for a in table.actors()].index(asante)].affiliation == "ghana"


def test_counterpart_borrows_the_title_of_the_person_before(table_of):
    table = table_of("Ghanaian Defence Minister Kwame Asante met his Togolese counterpart Efua Mensah.")
    assert ("Defence Minister", "togo") in roles(table, actor(table, "Efua Mensah"))


def test_possessive_title_with_a_department(table_of):
    table = table_of("Senegal's Minister of Foreign Affairs and International Cooperation Awa Ndiaye "
                     "flew to Dakar.")
    assert ("Minister of Foreign Affairs and International Cooperation", "senegal") in \
        roles(table, actor(table, "Awa Ndiaye"))


def test_bracketed_insertion_names_the_person_and_keeps_the_spoken_surname(table_of):
    table = table_of('"We agree," President [of Guinea Mamadi] Doumbouya told reporters.')
    person = actor(table, "Mamadi Doumbouya")
    assert ("President", "guinea") in roles(table, person)
    assert "Doumbouya" in next(a.aliases for a in table.actors() if a.id == person)


def test_portfolio_words_before_a_title_belong_to_it(table_of):
    # "Norwegian Fisheries Minister X": any capitalised portfolio, not a closed list
    table = table_of("Norwegian Fisheries Minister Ingrid Solberg met Chile's Foreign Minister Tomas Varela.")
    solberg = actor(table, "Ingrid Solberg")
    assert ("Fisheries Minister", "norway") in roles(table, solberg)
    assert next(a.affiliation for a in table.actors() if a.id == solberg) == "norway"
    assert ("Foreign Minister", "chile") in roles(table, actor(table, "Tomas Varela"))


def test_crawler_glue_is_cut_from_names(table_of):
    table = table_of("Senator Amara Diallo Amara DialloTrade talks stall MORE said on Monday that it was over.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"] == ["Amara Diallo"]


def test_a_given_name_written_with_a_lowercase_hyphenated_part_is_whole(table_of):
    # the tokenizer splits "Seo-yun" at its hyphen; the name is not cut there
    table = table_of("Provincial Governor Han Seo-yun said on Friday that the Mensah-led talks would resume.")
    assert actor(table, "Han Seo-yun")
    assert "Seo" not in [table.name_of(a).split()[-1] for a in table.ids()]


def test_middle_initials_and_apostrophes_stay_inside_a_titled_name(table_of):
    table = table_of("Senate Leader Kofi E. Mensah met National Security Adviser Ama O'Dowd on Monday.")
    assert actor(table, "Kofi E. Mensah") and actor(table, "Ama O'Dowd")
