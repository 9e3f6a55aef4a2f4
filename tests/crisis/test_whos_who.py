"""Who's who: an actor in words from the roles its articles agree on, and when it first appeared."""
from generator.crisis.whos_who import describe_actors
from tests.crisis.sheets import make_sheet


def _article(seed_id, published, body, actors):
    return make_sheet({"id": seed_id, "title": seed_id, "published": published, "publisher": "Daily Test",
                       "body": body, "actors": actors, "quotes": [], "positions": [], "sources": [],
                       "events": [], "figures": []})


def _row(actor_id, name, kind, sheets):
    """A crisis actor row as actor_rows makes it: its roles from every article that gives one."""
    roles = [{"title": r["title"], "of": r["of"], "article": s["id"], "published": s["article"]["published"]}
             for s in sheets for a in s["actors"] if a["id"] == actor_id for r in a["roles"]]
    articles = [s["id"] for s in sheets if any(a["id"] == actor_id for a in s["actors"])]
    return {"id": actor_id, "name": name, "kind": kind, "roles": roles, "articles": articles}


NORWAY = {"id": "norway", "name": "Norway", "kind": "state", "says": ["Norway"]}
SOLBERG = {"id": "ingrid-solberg", "name": "Ingrid Solberg", "kind": "person", "says": ["Ingrid Solberg"]}


def _describe(sheets, *actors):
    rows = [_row(a["id"], a["name"], a["kind"], sheets) for a in actors]
    describe_actors(rows, sheets)
    return {row["id"]: row for row in rows}


def test_a_title_held_in_a_state_reads_as_the_states():
    sheets = [
        _article("a1", "2024-05-02", "Norway's Fisheries Minister Ingrid Solberg spoke.",
                 [NORWAY, {**SOLBERG, "roles": [{"title": "Fisheries Minister", "of": "norway"}]}]),
        _article("a2", "2024-05-01", "Ingrid Solberg, the fisheries minister, spoke. Norway waited.",
                 [NORWAY, {**SOLBERG, "roles": [{"title": "fisheries minister"}]}]),
    ]
    rows = _describe(sheets, SOLBERG, NORWAY)
    solberg = rows["ingrid-solberg"]
    assert solberg["description"] == "Norway's Fisheries Minister"
    assert solberg["first_seen"] == {"date": "2024-05-01", "article": "a2"}
    assert rows["norway"]["description"] is None  # a state is said by its kind


def test_the_title_most_articles_give_wins_over_a_stray_one():
    minister = {**SOLBERG, "roles": [{"title": "Fisheries Minister", "of": "norway"}]}
    stray = {**SOLBERG, "roles": [{"title": "President", "of": "norway"}]}
    sheets = [_article(f"a{n}", f"2024-05-0{n}", "Ingrid Solberg of Norway spoke.", [NORWAY, actor])
              for n, actor in enumerate([minister, minister, stray], start=1)]
    assert _describe(sheets, SOLBERG, NORWAY)["ingrid-solberg"]["description"] == "Norway's Fisheries Minister"


def test_a_body_written_with_the_takes_the_and_of():
    house = {"id": "harbour-house", "name": "Harbour House", "kind": "organization", "says": ["Harbour House"]}
    aide = {"id": "lena-vik", "name": "Lena Vik", "kind": "person", "says": ["Lena Vik"],
            "roles": [{"title": "Spokeswoman", "of": "harbour-house"}]}
    sheets = [_article("a1", "2024-05-01", "Lena Vik spoke for the Harbour House. The Harbour House agreed.",
                       [house, aide])]
    assert _describe(sheets, aide, house)["lena-vik"]["description"] == "Spokeswoman of the Harbour House"


def test_a_state_named_with_the_takes_a_plural_possessive():
    states = {"id": "united-isles", "name": "United Isles", "kind": "state", "says": ["United Isles"]}
    envoy = {"id": "omar-lund", "name": "Omar Lund", "kind": "person", "says": ["Omar Lund"],
             "roles": [{"title": "Envoy", "of": "united-isles"}]}
    sheets = [_article("a1", "2024-05-01", "Omar Lund, envoy of the United Isles, spoke.", [states, envoy])]
    assert _describe(sheets, envoy, states)["omar-lund"]["description"] == "the United Isles' Envoy"


def test_an_affiliation_alone_and_no_role_at_all():
    member = {"id": "per-dahl", "name": "Per Dahl", "kind": "person", "says": ["Per Dahl"], "affiliation": "norway"}
    nobody = {"id": "eva-berg", "name": "Eva Berg", "kind": "person", "says": ["Eva Berg"]}
    sheets = [_article("a1", None, "Per Dahl of Norway and Eva Berg met.", [NORWAY, member, nobody])]
    rows = _describe(sheets, member, nobody, NORWAY)
    assert rows["per-dahl"]["description"] == "of Norway"
    assert rows["eva-berg"]["description"] is None and rows["eva-berg"]["first_seen"] is None
