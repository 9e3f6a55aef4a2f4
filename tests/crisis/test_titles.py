"""A crisis's title in words: the user's, else made from its central actors and main development."""
import copy

from generator.crisis import analyse
from generator.crisis.titles import crisis_title

ACTORS = [{"id": "marenland", "name": "Marenland", "kind": "state"},
          {"id": "dam-authority", "name": "Dam Authority", "kind": "organization", "aliases": ["the authority"]},
          {"id": "valdoria", "name": "Valdoria", "kind": "state"}]


def _development(what, articles, date="2024-05-02", background=False, accounts=()):
    return {"id": what[:8], "what": what, "date": date, "articles": articles, "background": background,
            "actors": ["dam-authority", "marenland"], "accounts": [{"what": a} for a in accounts]}


def test_the_users_title_stands():
    assert crisis_title("The Selva dam dispute", ACTORS, [], []) == "The Selva dam dispute"


def test_a_made_title_names_the_two_most_central_actors():
    assert crisis_title(None, ACTORS, [], []) == "Marenland and Dam Authority"


def test_a_crisis_with_no_named_actor_is_titled_by_its_first_headline():
    headlines = [{"title": "Floods reach the delta"}, {"title": "The waters recede"}]
    assert crisis_title(None, [{"name": "Nowhere", "kind": "place"}], [], headlines) == "Floods reach the delta"
    assert crisis_title(None, [], [], []) == "Untitled crisis"


def test_the_main_development_is_the_most_reported_one_in_a_short_account():
    developments = [
        _development("Talks on the dam opened in Selva city", ["a", "b"]),
        _development("the dam authority said a long and winding thing that no title could ever hold in so few words",
                     ["a", "b", "c"], accounts=["The gates were closed", "Dam Authority closed the dam gates",
                                                "Marenland saw dam gates closed by the authority for the summer",
                                                "Authority closes dam gates"]),
        _development("Marenland's first dam was built", ["a", "b", "c", "d"], date="1990-01-01", background=True),
    ]
    # an account that names one of its actors, the most like the others; not one that names nobody
    assert crisis_title(None, ACTORS, developments, []) == "Marenland and Dam Authority: Dam Authority closed the dam gates"


def test_a_crisis_named_by_id_in_front_matter_gets_a_title_in_words(sheets):
    named = copy.deepcopy(sheets)
    for sheet in named:
        sheet["article"]["crisis"] = "selva-dam"
    crisis = analyse(named).crises[0]
    assert crisis["id"] == "selva-dam" and crisis["title"] != "selva-dam" and " and " in crisis["title"]
    for sheet in named:
        sheet["article"]["crisis"] = "The Selva dam"
    assert analyse(named).crises[0]["title"] == "The Selva dam"
