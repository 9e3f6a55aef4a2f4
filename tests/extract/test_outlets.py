"""One outlet however it is named (names of real outlets only as the gazetteer holds them)."""
from generator.extract.outlets import display_name, outlet_key, short_forms


def test_an_outlet_named_two_ways_is_one():
    assert outlet_key("CBS") == outlet_key("CBS News")
    assert outlet_key("AFP") == outlet_key("Agence France-Presse")
    assert outlet_key("AP") == outlet_key("The Associated Press")
    assert outlet_key("USA TODAY") == outlet_key("USA Today")
    # page furniture and generic words after a proper name
    assert outlet_key("Harbour Courier Online News") == outlet_key("Harbour Courier")
    assert outlet_key("CNN (Web News)") == outlet_key("CNN - Editorial") == outlet_key("CNN")
    assert display_name(["CBS", "CBS News"]) == "CBS News"
    assert display_name(["Harbour Courier", "Harbour Courier News"]) == "Harbour Courier News"


def test_two_outlets_and_two_descriptions_stay_apart():
    assert outlet_key("Washington Post") != outlet_key("Washington Times")
    assert outlet_key("state TV") != outlet_key("state media")


def test_a_short_form_is_the_one_outlet_of_the_article_it_can_be_short_for():
    assert short_forms(["Post", "The Delta Post", "Reuters"]) == {"post": "delta post"}
    assert short_forms(["Post", "The Delta Post", "The River Post"]) == {}
    assert short_forms(["Post", "Reuters"]) == {}
