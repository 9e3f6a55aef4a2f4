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
