"""One actor across articles: spellings, surnames, roles, and ids that stay put."""
import copy

from generator.crisis.identities import id_map, resolve_actors


def identity_of(analysis, sheet_id, local_id):
    return id_map(analysis.identities)[(sheet_id, local_id)]


def test_spellings_surname_and_full_name_are_one_actor(analysis):
    karimov = identity_of(analysis, "dam-talks-open", "yusuf-karimov")
    assert identity_of(analysis, "dam-talks-stall", "yousef-karimov") is karimov
    assert identity_of(analysis, "dam-trucks-counted", "karimov") is karimov
    assert karimov.id == "yusuf-karimov" and karimov.name == "Yusuf Karimov"
    assert {"Yousef Karimov", "Karimov"} <= set(karimov.aliases)


def test_a_role_with_its_affiliation_finds_the_person(analysis):
    brekke = identity_of(analysis, "dam-talks-open", "anna-brekke")
    assert identity_of(analysis, "dam-talks-stall", "valdoria-s-foreign-minister") is brekke


def test_different_people_with_one_surname_stay_apart(analysis):
    assert identity_of(analysis, "dam-talks-open", "erik-brekke").id == "erik-brekke"
    assert identity_of(analysis, "dam-talks-open", "anna-brekke").id == "anna-brekke"


def test_ids_do_not_depend_on_order_or_on_later_articles(sheets):
    ids = {i.id for i in resolve_actors(sheets)}
    assert ids == {i.id for i in resolve_actors(list(reversed(sheets)))}
    later = copy.deepcopy(sheets[0])
    later["id"] = "dam-talks-later"
    assert ids <= {i.id for i in resolve_actors(sheets + [later])}


def test_an_actor_typed_two_ways_as_often_gets_one_kind_whatever_the_order():
    sheets = [{"id": f"harbour-{n}", "article": {"published": "2024-03-05"},
               "actors": [{"id": "hpa", "name": "HPA", "kind": kind, "mentions": [[0, 3]]}]}
              for n, kind in enumerate(["organization", "other"])]
    kinds = {resolve_actors(order)[0].kind for order in (sheets, sheets[::-1])}
    assert kinds == {"organization"}
