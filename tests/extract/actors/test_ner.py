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
