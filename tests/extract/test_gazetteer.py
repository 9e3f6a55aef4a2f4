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
