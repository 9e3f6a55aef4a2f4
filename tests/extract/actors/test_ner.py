"""People and organisations from the NER, corrected, on sentences written for these tests."""
from __future__ import annotations

from .helpers import actor


def test_a_surname_joins_the_full_name(table_of):
    table = table_of("Kwame Asante arrived on Monday. Asante said little.")
    person = actor(table, "Kwame Asante")
    assert len(table.mentions_of(person)) == 2


def test_a_name_before_news_website_is_media(table_of):
    table = table_of("The minister spoke, as quoted by the Sahelinfo news website.")
    assert table.kind_of(actor(table, "Sahelinfo")) == "media"


def test_glued_link_text_and_photo_credits_make_no_actors(table_of):
    # The Hill's link text after a glued name, NPR's and BBC's photo credits
    table = table_of("Speaker Lena Odum Lena OdumBudget fight looms Key Odum adviser quits MORE (D-Ore.) "
                     "said no.\nEnlarge this image toggle caption Jo Park/AFP via Getty Images\n"
                     "Image copyright Getty Images Image caption Lena Odum spoke in Salem.")
    names = [table.name_of(a) for a in table.ids()]
    assert "Lena Odum" in names
    assert not any(n in names for n in ("Key Odum", "Getty Images", "Enlarge", "Jo Park"))


def test_formal_name_with_nickname_is_the_nickname_and_surname(table_of):
    # "Secretary of State Jim Hale James (Jim) Robert HaleHale defends ... MORE"
    table = table_of("Secretary of State Jim Hale James (Jim) Robert HaleHale defends the plan MORE said no.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"] == ["Jim Hale"]


def test_ner_organisations_are_actors(table_of):
    # the NER's label is the entity's: a span cut out of it (a title stripped) still counts
    table = table_of("The Harbour Research Institute warned on Monday. The Fisheries Council met in Oslo.")
    names = {table.name_of(a): table.kind_of(a) for a in table.ids()}
    assert names.get("Harbour Research Institute") == "organization", names
    assert names.get("Fisheries Council") == "organization", names


def test_tickers_cut_names_and_places_are_no_organisations(table_of):
    table = table_of("Shares of Borel Trading Corp. BRL, +2.1% rose. Ruiz spoke at the Center for a "
                     "New Economy Fund. Talks were held in the Blue Room of the Grand Palace Hotel.")
    names = [table.name_of(a) for a in table.ids()]
    assert "Borel Trading Corp." in names, names
    assert not any(n in names for n in ("BRL", "Borel Trading Corp. BRL", "Center for a New",
                                        "Blue Room", "Grand Palace Hotel")), names


def test_a_name_modifying_a_place_noun_is_a_place(table_of):
    table = table_of("Missiles hit the Al-Obuasi air base near the Tano river. "
                     "The Dodowa reactor site was closed, and a hostage was flown to Kwesi Ansah military hospital.")
    assert [table.name_of(a) for a in table.ids()] == []


def test_one_word_governed_by_a_preposition_of_place_is_no_person(table_of):
    table = table_of("He ran a hotel company in Dodowa, a special economic zone.")
    assert [a for a in table.ids() if table.kind_of(a) == "person"] == []


def test_an_acronym_spelled_out_as_a_thing_is_no_actor(table_of):
    text = ("Envoys met in the Neutral Border Zone (NBZ) on Friday. The NBZ was quiet. Ghana wants "
            "complete, lasting and verified disarmament, known as CLVD. This is what we call a CBM -- "
            "a confidence building measure. The Economic Community of West African States (ECOWAS) met.")
    table = table_of(text)
    names = [table.name_of(a) for a in table.ids()]
    assert not {"NBZ", "CLVD", "CBM"} & set(names)
    assert "ECOWAS" in names


def test_a_chamber_committee_before_its_chairs_title_is_the_committee(table_of):
    table = table_of("Senate Fisheries Chairman Kofi Ansah said no. A member of the Senate Fisheries Committee "
                     "agreed, and House of Assembly Speaker Ama Owusu left.")
    committee = actor(table, "Senate Fisheries Committee")
    assert "Senate Fisheries" in next(a.aliases for a in table.actors() if a.id == committee)
    assert "House of Assembly Committee" not in [table.name_of(a) for a in table.ids()]


def test_a_law_of_a_year_a_flight_code_and_a_link_are_no_actors(table_of):
    table = table_of("The Senate voted to repeal the 2004 HFA on Monday. Flight QX881 landed in Dorvale. "
                     "The mayor posted pic.varnia.com/Ab12Cd and the Navy's 5th Fleet sailed.")
    names = {table.name_of(a) for a in table.ids()}
    assert not {"2004 HFA", "QX881", "pic.varnia.com/Ab12Cd"} & names


def test_a_heading_noun_after_a_name_is_not_part_of_it(table_of):
    table = table_of("President Ruiz Speech at the Varnia Forum.\n\n"
                     "President Ruiz gave a long speech on Monday. Ruiz said the vote mattered.")
    names = [table.name_of(a) for a in table.ids()]
    assert "Ruiz" in names and "Ruiz Speech" not in names


def test_a_surname_that_is_a_noun_stays_in_the_name(table_of):
    table = table_of("Maria Baker runs a bakery. Baker said the baker's trade was hard.")
    assert "Maria Baker" in [table.name_of(a) for a in table.ids()]


def test_a_one_word_body_is_the_one_body_named_that_word_of_something(table_of):
    table = table_of("The Assembly of Varnia passed the bill on Monday. The Assembly voted 230 to 190.")
    assert len(table.mentions_of(actor(table, "Assembly of Varnia"))) == 2
    table = table_of("The Ministry of Defence and the Ministry of Justice met. The Ministry said no.")
    assert len(table.mentions_of(actor(table, "Ministry of Defence"))) == 1


def test_a_name_ends_before_a_date_after_it(table_of):
    # "meet with Kim May 3": NER runs the name on into the date
    table = table_of("President Okoro said he would meet with Kim May 3 in Accra to sign a trade pact.")
    names = [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"]
    assert "Kim" in names and not any("May" in n for n in names), names


def test_a_capitalised_common_noun_of_a_body_is_no_actor_alone(table_of):
    # a sentence's first word, or a modifier of the kind of body it names
    for text in ("Parliament had met to discuss the budget, and the parliament then adjourned.",
                 "Members of the Finance committees heard the plan on Monday."):
        table = table_of(text)
        assert not [table.name_of(a) for a in table.ids()], text


def test_a_body_with_and_without_its_kind_noun_or_legal_form_is_one(table_of):
    table = table_of("Shares of Varco Ltd fell on Monday. Analysts said Varco would cut jobs. "
                     "The statement was carried by the official VNA news agency. VNA said talks would resume.")
    bodies = {table.name_of(a): table.kind_of(a) for a in table.ids() if table.kind_of(a) in ("organization", "media")}
    assert [n for n in bodies if "Varco" in n] == ["Varco Ltd"]
    assert [n for n in bodies if "VNA" in n] == ["VNA"]
    assert bodies["VNA"] == "media"


def test_a_name_shown_to_be_a_place_once_is_a_place_everywhere(table_of):
    # the NER calls the bare mentions people; another mention shows each is a place
    table = table_of("Rockets fell at Ain al-Dura in western Chad. Eleven missiles hit the Ain al-Dura air base in Chad. "
                     "The envoys met at the truce village of Kwabenya. Kofi Mensah went to Kwabenya again. "
                     "The plane landed at Joint Base Ansah. Often, Ansah has been a scene of joy.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"] == ["Kofi Mensah"]


def test_a_place_in_apposition_makes_the_name_a_place(table_of):
    table = table_of("Officials met at Kwabenya, a village in the hills. Kofi Mensah said Kwabenya was quiet.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"] == ["Kofi Mensah"]


def test_links_and_account_handles_are_no_actors(table_of):
    table = table_of("“Many of us feared that the summit between @VarniaGov & Okoro would fail,” Ama Boateng tweeted. "
                     "Visit pic.twitter.com/aB3dE9 for more.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) != "person"] == []


def test_initials_in_brackets_before_a_name_are_no_nickname(table_of):
    # "Michael (Mike) Pompeo" is Mike Pompeo; "the Tarn Defence Units (TDU) Kofi Mensah" is Kofi Mensah
    table = table_of("The strike killed the commander of the Tarn Defence Units (TDU) Kofi Mensah, officials said.")
    assert [table.name_of(a) for a in table.ids() if table.kind_of(a) == "person"] == ["Kofi Mensah"]
