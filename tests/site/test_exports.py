"""The crisis data for tools (generator.site.exports, generator.site.tables): crisis.json, the
CSV tables and the SQLite database each load and agree with crisis.yaml."""
import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest
import yaml

from generator.crisis.identities import Identity
from generator.site import exports
from generator.site.countries import states_of
from generator.site.files import site_files
from generator.site.tables import COLUMNS, crisis_tables
from tests.crisis.sheets import fixture_sheets


@pytest.fixture(scope="module")
def files():
    return site_files(fixture_sheets(), {}, {}, None)


def crises(files) -> dict[str, dict]:
    return {path.split("/")[1]: yaml.safe_load(text) for path, text in files.texts.items()
            if path.endswith("/crisis.yaml")}


def read_csv(text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    return [{k: (v[1:] if v.startswith("'") else v) for k, v in row.items()} for row in rows]


def test_crisis_json_is_the_crisis_data(files):
    assert crises(files)
    for crisis_id, data in crises(files).items():
        text = files.texts[f"crises/{crisis_id}/crisis.json"]
        assert json.loads(text) == json.loads(json.dumps(data, default=str))


def test_the_csv_tables_agree_with_the_crisis_data(files):
    for crisis_id, data in crises(files).items():
        folder = f"crises/{crisis_id}"
        tables = {name: read_csv(files.texts[f"{folder}/{name}.csv"]) for name in COLUMNS}
        for name in COLUMNS:
            assert next(csv.reader(io.StringIO(files.texts[f"{folder}/{name}.csv"]))) == list(COLUMNS[name])
        assert [r["actor_id"] for r in tables["actors"]] == [a["id"] for a in data["actors"]]
        assert [(r["quote_id"], r["article"], r["text"]) for r in tables["quotes"]] == \
               [(q["id"], q["article"], q["text"]) for q in data["quotes"]]
        assert [r["speakers"] for r in tables["quotes"]] == ["; ".join(q["speakers"]) for q in data["quotes"]]
        assert [(r["actor"], r["stance"], r["topic"]) for r in tables["positions"]] == \
               [(p["actor"], p["stance"], p["topic"]) for p in data["positions"]]
        events = [e for e in data["events"] if e["type"] == "event"]
        assert [(r["event_id"], r["article"], r["event_date"] or None) for r in tables["events"]] == \
               [(e["id"], e["article"], e["date"]) for e in events]
        for row, event in zip(tables["events"], events):
            assert row["actor1"] == (event["actors"][0] if event["actors"] else "")
            assert row["actor2"] == (event["actors"][1] if len(event["actors"]) > 1 else "")
            if event["date"]:
                assert row["time_precision"] in ("1", "2", "3") and row["year"] == event["date"][:4]
        assert tables["crises"][0]["articles"] == str(len(data["articles"]))


def test_states_and_the_actors_of_states_have_iso_codes():
    identities = [Identity("iran", "Iran", "state"), Identity("united-states", "U.S.", "state"),
                  Identity("marenland", "Marenland", "state")]
    states = states_of(identities)
    assert (states["iran"].iso3, states["iran"].iso) == ("IRN", 364)
    assert states["united-states"].iso3 == "USA"  # a press name of a state
    assert "marenland" not in states  # no such country: no code guessed
    crisis = {"id": "c", "title": "C", "grouped_by": "shared actors", "period": {}, "articles": [],
              "actors": [{"id": "iran", "name": "Iran", "kind": "state"},
                         {"id": "javad-zarif", "name": "Javad Zarif", "kind": "person",
                          "roles": [{"title": "Foreign Minister", "of": "iran", "published": "2020-01-03"}]},
                         {"id": "aide", "name": "An aide", "kind": "person"},
                         {"id": "someone", "name": "Someone", "kind": "person"}],
              "quotes": [], "positions": [],
              "events": [{"id": "e1", "article": "a", "date": "2020-01-03", "date_precision": "month",
                          "actors": ["javad-zarif", "someone"], "what": "talks", "type": "event"}]}
    tables = crisis_tables(crisis, {"aide": "united-states"}, states)
    iso3 = {row["actor_id"]: row["iso3"] for row in tables["actors"]}
    assert iso3 == {"iran": "IRN", "javad-zarif": "IRN", "aide": "USA", "someone": None}
    event = tables["events"][0]
    assert (event["actor1"], event["actor2"], event["iso"], event["country"]) == ("javad-zarif", "someone", 364, "Iran")
    assert (event["time_precision"], event["year"]) == (3, 2020)  # ACLED: only the month is known


def test_the_database_holds_every_table_of_the_site(files, tmp_path):
    path = tmp_path / "briefing.db"
    path.write_bytes(files.blobs["data/briefing.db"])
    db = sqlite3.connect(path)
    for name in COLUMNS:
        columns = [c[1] for c in db.execute(f"pragma table_info({name})")]
        assert columns == list(COLUMNS[name])
        site_rows = read_csv(files.texts[f"data/{name}.csv"])
        crisis_rows = [r for path_, text in sorted(files.texts.items())
                       if path_.startswith("crises/") and path_.endswith(f"/{name}.csv") for r in read_csv(text)]
        assert len(site_rows) == len(crisis_rows) == db.execute(f"select count(*) from {name}").fetchone()[0]
    quotes = {q["id"] for data in crises(files).values() for q in data["quotes"]}
    assert {row[0] for row in db.execute("select quote_id from quotes")} == quotes
    assert db.execute("select type from pragma_table_info('actors') where name = 'iso'").fetchone() == ("INTEGER",)


def test_exports_keep_article_text_data():
    hostile = {"text": "<script>alert(1)</script> & =HYPERLINK(\"http://x\")"}
    text = exports.to_json(hostile)
    assert "<" not in text and ">" not in text and json.loads(text) == hostile
    rows = [{column: None for column in COLUMNS["quotes"]} | {"text": "=1+1", "cue": "-2"}]
    row = next(csv.DictReader(io.StringIO(exports.to_csv("quotes", rows))))
    assert row["text"] == "'=1+1" and row["cue"] == "'-2"  # a spreadsheet shows them, never runs them


def test_the_site_does_not_import_sqlite_utils_until_the_database_is_made():
    code = ("import sys; import generator.api, generator.site.files, mkdocs_briefing.plugin; "
            "print('sqlite_utils' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
