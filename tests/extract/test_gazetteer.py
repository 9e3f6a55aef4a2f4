"""The gazetteer: states, demonyms, capitals, organisations and media from maintained data."""
from __future__ import annotations

from generator.extract import gazetteer


def test_demonym_capital_and_acronym_point_to_their_entry():
    table = gazetteer.lookup()
    assert table["Malian"][0].id == "mali" and table["Malian"][1] == "demonym"
    assert table["Niamey"][0].id == "niger" and table["Niamey"][1] == "capital"
    assert table["UN"][0].id == "united-nations"
    assert table["Iranians"][1] == "plural"


def test_press_spellings_are_names_of_the_state():
    assert gazetteer.lookup()["U.S."][0].id == "united-states"
    assert gazetteer.lookup()["US"][0].id == "united-states"


def test_media_are_their_own_kind():
    assert gazetteer.by_id()["reuters"].kind == "media"


def test_places_include_provinces_and_capitals():
    places = gazetteer.place_names()
    assert "Texas" in places and "Bamako" in places


def test_region_holding_a_state_name_is_not_that_state(nlp):
    doc = nlp("Trade with Latin America grew.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Latin America", "LOC", "")]


def test_country_names_are_pinned_before_ner(nlp):
    doc = nlp("Mali and Niger met.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Mali", "GPE"), ("Niger", "GPE")]


def test_a_demonym_is_the_state_it_names_not_a_territory_or_a_part():
    table = gazetteer.lookup()
    assert table["British"][0].name == "United Kingdom" and table["UK"][0].name == "United Kingdom"
    assert table["French"][0].name == "France" and table["Chinese"][0].name == "China"
    assert table["American"][0].id == "united-states"


def test_a_native_spelling_that_is_an_english_word_or_a_surname_is_no_state():
    table = gazetteer.lookup()
    assert "Island" not in table and "Mann" not in table
    assert table["Czechia"][0].id == gazetteer.lookup()["Czech Republic"][0].id


def test_every_actor_is_named_in_the_article(nlp):
    from generator.extract.pipeline import assemble
    from generator.model.article import Article
    body = ("British and French envoys met Canadians and Iranians in Oslo on Monday. The Chinese embassy "
            "said Island talks were over. Lena Mann, a British diplomat, said the UK would wait.")
    sheet = assemble(Article(id="t", title="T", body=body, source_file="t.md", checksum="x"), nlp(body))
    for found in sheet.actors:
        assert any(name in body for name in [found.name, *found.aliases]), found


def test_a_territory_is_no_state_but_a_country_sharing_a_prefecture_code_is():
    table = gazetteer.lookup()
    assert table["Puerto Rico"][0].kind == "other" and table["Aruba"][0].kind == "other"
    assert table["Mali"][0].kind == "state" and table["Netherlands"][0].kind == "state"
