"""One crisis merged: its actors, its timeline, and crisis.yaml."""
import yaml

from generator.crisis.merge import CRISIS_FIELDS
from generator.formats import data_yaml
from tests.crisis.sheets import DAM


def test_actors_carry_aliases_articles_and_original_ids(dam):
    karimov = next(a for a in dam["actors"] if a["id"] == "yusuf-karimov")
    assert karimov["articles"] == DAM
    assert {"article": "dam-talks-stall", "id": "yousef-karimov"} in karimov["sheet_ids"]
    assert karimov["quotes"] == 2


def test_timeline_runs_from_first_to_last_report_and_places_the_undated(dam):
    dated = [e for e in dam["events"] if e["date"]]
    assert dam["period"] == {"first": "2023-03-01", "last": "2023-03-06"}
    undated_report = next(e for e in dam["events"] if e["type"] == "report" and e["article"] == "dam-trucks-counted")
    assert undated_report["date"] == "2023-03-02" and undated_report["estimated"]
    assert [e["date"] for e in dated] == sorted(e["date"] for e in dated)


def test_crisis_yaml_round_trips(dam):
    assert yaml.safe_load(data_yaml.dump(dam)) == dam
    assert list(dam) == list(CRISIS_FIELDS)


def test_timeline_keeps_each_dates_precision(dam):
    # a sheet written before precision existed gives days; reports are dated to the day
    for entry in dam["events"]:
        assert entry["date_precision"] == ("day" if entry["date"] else None)


def test_month_precision_event_stays_a_month_on_the_timeline():
    from generator.crisis import analyse
    from tests.crisis.sheets import fixture_sheets

    sheets = fixture_sheets()
    sheets[0]["events"].append({"id": "e-later", "date": "2023-03-01", "date_precision": "month",
                                "when": "later this month", "what": "The dam board will meet",
                                "actors": [], "evidence": [0, 5]})
    merged = analyse(sheets).crises[0]
    entry = next(e for e in merged["events"] if e["id"] == "e-later")
    assert (entry["date"], entry["date_precision"], entry["when"]) == ("2023-03-01", "month", "later this month")


def test_sources_and_outlets_named_two_ways_across_articles_are_one_row():
    from generator.crisis.merge import _outlets, _sources
    def sheet(i, *sources):
        return {"id": i, "quotes": [], "sources": [{"id": f"src-{n}", "name": n, "kind": k, "cited_for": ["q1"]}
                                                  for n, k in sources]}
    rows = _sources([sheet("a", ("CBS", "media"), ("statement", "document")),
                     sheet("b", ("CBS News", "media"), ("AFP", "media")),
                     sheet("c", ("Agence France-Presse", "media"), ("state TV", "media"), ("state media", "media"))])
    names = {r["name"]: r for r in rows}
    assert names["CBS News"]["articles"] == ["a", "b"] and names["CBS News"]["cited"] == 2
    assert names["Agence France-Presse"]["articles"] == ["b", "c"]
    assert {"state TV", "state media", "statement"} <= set(names)
    outlets = _outlets([{"publisher": p} for p in ["USA TODAY", "USA Today", "CNN (Web News)", "CNN - Editorial", None]])
    assert outlets == [{"name": "CNN", "articles": 2}, {"name": "USA Today", "articles": 2}]
