"""Crises: grouping articles, one actor across articles, the merged crisis data and its pages."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from generator import build, crisis, data_yaml, pictures
from generator.factsheet import validate
from generator.render import render_site

FIXTURES = Path(__file__).parent / "fixtures" / "crisis"
DAM = ["dam-talks-open", "dam-talks-stall", "dam-trucks-counted"]


def _span(body: str, text: str) -> list[int]:
    start = body.index(text)
    return [start, start + len(text)]


def make_sheet(spec: dict) -> dict:
    """A schema v1 fact sheet from a compact article of tests/fixtures/crisis/articles.yaml."""
    body = spec["body"]
    sheet = {
        "schema_version": 1, "id": spec["id"],
        "article": {"title": spec["title"], "lede": body.split(".")[0] + ".",
                    "published": str(spec["published"]) if spec["published"] else None,
                    "url": None, "publisher": spec["publisher"], "authors": [], "language": "en",
                    "source_file": f"{spec['id']}.md", "checksum": "0" * 64, "related": [], "body": body,
                    "crisis": spec.get("crisis")},
        "actors": [{"id": a["id"], "name": a["name"], "kind": a["kind"], "aliases": [],
                    "roles": [{"title": r["title"], "of": r.get("of")} for r in a.get("roles", [])],
                    "affiliation": a.get("affiliation"), "mentions": [_span(body, s) for s in a["says"]]}
                   for a in spec["actors"]],
        "quotes": [{"id": q["id"], "text": q["text"], "kind": q["kind"], "speakers": q["speakers"],
                    "speaker_mention": None, "cue": q["cue"], "via": None,
                    "start": _span(body, q["text"])[0], "end": _span(body, q["text"])[1]}
                   for q in spec["quotes"]],
        "positions": [{**p, "cue": "said"} for p in spec["positions"]],
        "sources": spec["sources"],
        "events": [{"id": e["id"], "date": str(e["date"]), "when": e["when"], "what": e["what"],
                    "actors": e["actors"], "evidence": _span(body, e["text"])} for e in spec["events"]],
        "figures": [{"value": f["value"], "unit": f["unit"], "text": f["text"], "actor": f["actor"],
                     "evidence": _span(body, f["text"])} for f in spec["figures"]],
    }
    if sheet["article"]["crisis"] is None:
        del sheet["article"]["crisis"]  # the lead adds article.crisis to the schema; read with .get
    validate(sheet)
    return sheet


def fixture_sheets() -> list[dict]:
    specs = yaml.safe_load((FIXTURES / "articles.yaml").read_text(encoding="utf-8"))
    return [make_sheet(spec) for spec in specs]


@pytest.fixture(scope="module")
def sheets():
    return fixture_sheets()


@pytest.fixture(scope="module")
def analysis(sheets):
    return crisis.analyse(sheets)


def identity_of(analysis, sheet_id, local_id):
    return crisis.id_map(analysis.identities)[(sheet_id, local_id)]


# --- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [("Soleimani", "Suleimani"), ("Qassem", "Qasem"), ("Mohammad", "Mohammed"),
                                  ("Mike", "Michael"), ("Karimov", "Karimov")])
def test_spelling_variants_are_one_word(a, b):
    assert crisis.similar_word(crisis.fold(a), crisis.fold(b))


@pytest.mark.parametrize("a, b", [("Paul", "Pell"), ("Rand", "Ron"), ("Ali", "Mostafa"), ("Anna", "Erik")])
def test_different_words_stay_apart(a, b):
    assert not crisis.similar_word(crisis.fold(a), crisis.fold(b))


def test_titles_are_not_names():
    assert crisis.name_tokens("Maj. Gen. Qassem Soleimani") == ["qassem", "soleimani"]
    assert crisis.name_tokens("Ayatollah Ali Khamenei") == ["ali", "khamenei"]
    assert crisis.name_tokens("Nancy PelosiImpeachment") == ["nancy", "pelosi", "impeachment"]
    assert crisis.name_tokens("Mitch McConnell") == ["mitch", "mcconnell"]


def test_given_names():
    assert crisis.given_compatible(["javad"], ["mohammad", "javad"])
    assert not crisis.given_compatible(["george", "w"], ["george", "h", "w"])
    assert crisis.given_compatible([], ["donald"])


# --- one actor across articles -------------------------------------------------------------------

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
    ids = {i.id for i in crisis.resolve_actors(sheets)}
    assert ids == {i.id for i in crisis.resolve_actors(list(reversed(sheets)))}
    later = copy.deepcopy(sheets[0])
    later["id"] = "dam-talks-later"
    assert ids <= {i.id for i in crisis.resolve_actors(sheets + [later])}


def test_unified_sheets_still_keep_the_contract(analysis):
    for sheet in analysis.sheets:
        validate(sheet)
    stall = next(s for s in analysis.sheets if s["id"] == "dam-talks-stall")
    assert stall["quotes"][0]["speakers"] == ["anna-brekke"]
    assert stall["positions"][0]["actor"] == "yusuf-karimov"


# --- grouping --------------------------------------------------------------------------------------

def test_shared_actors_make_a_crisis_and_a_lone_story_stays_out(analysis):
    assert [(c["id"], [a["id"] for a in c["articles"]]) for c in analysis.crises] == [
        ("marenland-valdoria", ["dam-talks-open", "dam-talks-stall", "dam-trucks-counted"])]
    assert analysis.crises[0]["grouped_by"] == "shared actors"


def test_front_matter_crisis_wins_over_clustering(sheets):
    marked = copy.deepcopy(sheets)
    marked[3]["article"]["crisis"] = "Norrvik harbour"
    groups = {g.id: g for g in crisis.group_articles(marked)}
    assert groups["norrvik-harbour"].sheet_ids == ["harbour-festival"]
    assert groups["norrvik-harbour"].grouped_by == "front matter"


def test_crises_yaml_overrides_the_grouping(sheets):
    overrides = crisis.load_overrides(
        "selva-dam:\n  title: The Selva dam dispute\n  seeds: [dam-talks-open, dam-talks-stall]\n")
    groups = crisis.group_articles(sheets, overrides)
    assert [(g.id, g.title, g.sheet_ids) for g in groups] == [
        ("selva-dam", "The Selva dam dispute", ["dam-talks-open", "dam-talks-stall"])]


def test_a_title_alone_renames_a_crisis(analysis):
    overrides = crisis.load_overrides("marenland-valdoria: {title: Selva dam}\n")
    assert [g.title for g in crisis.group_articles(analysis.sheets, overrides)] == ["Selva dam"]


@pytest.mark.parametrize("text", ["[1, 2]", "Bad Id: {}", "x: {seeds: one}", "a: [b"])
def test_a_broken_crises_yaml_says_so(text):
    with pytest.raises(crisis.OverrideError):
        crisis.load_overrides(text)


# --- the merged crisis --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dam(analysis):
    return analysis.crises[0]


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


def test_relations_and_disagreements(dam):
    kinds = {(r["source"], r["target"], r["kind"]) for r in dam["relations"]}
    assert ("anna-brekke", "marenland", "opposes") in kinds
    assert ("anna-brekke", "marenland", "quotes") in kinds
    figure = next(d for d in dam["disagreements"] if d["kind"] == "figure")
    assert sorted(a["value"] for a in figure["accounts"]) == [12, 40]
    event = next(d for d in dam["disagreements"] if d["kind"] == "event")
    assert event["about"] == "2023-03-02"


def test_crisis_yaml_round_trips(dam):
    assert yaml.safe_load(data_yaml.dump(dam)) == dam
    assert list(dam) == list(crisis.CRISIS_FIELDS)


# --- the site --------------------------------------------------------------------------------------

def test_site_files_hold_the_crisis_page_data_and_pictures(sheets, tmp_path):
    files = build.site_files(build.Project(root=tmp_path), sheets)
    assert "crises/marenland-valdoria/index.md" in files.pages.jobs
    assert yaml.safe_load(files.copies["crises/marenland-valdoria/crisis.yaml"].read_text())["id"] == "marenland-valdoria"
    for name in ("network.svg", "timeline.svg"):
        assert f"crises/marenland-valdoria/{name}" in files.texts
    page = files.pages.render("crises/marenland-valdoria/index.md")
    headings = [name for _, _, name in page.headings]
    for heading in ("Latest developments", "Key actors", "Stance matrix", "Timeline", "Quotes by actor",
                    "Where sources disagree"):
        assert heading in headings
    assert 'href="../../briefings/dam-talks-open/#quote-q1"' in page.html
    assert '<a href="../../crises/marenland-valdoria/crisis.yaml">Crisis data (YAML)</a>' in page.html


def test_crisis_data_is_written_once_per_content(sheets, tmp_path):
    project = build.Project(root=tmp_path)
    first = build.site_files(project, sheets).copies["crises/marenland-valdoria/crisis.yaml"]
    stamp = first.stat().st_mtime_ns
    again = build.site_files(project, sheets).copies["crises/marenland-valdoria/crisis.yaml"]
    assert again == first and again.stat().st_mtime_ns == stamp
    changed = copy.deepcopy(sheets)
    changed[0]["article"]["title"] += " (updated)"
    other = build.site_files(project, changed).copies["crises/marenland-valdoria/crisis.yaml"]
    assert other != first and not first.exists()  # the old content is forgotten


def test_one_actor_page_holds_every_quote(analysis):
    pages = render_site(analysis.sheets, crises=analysis.crises)
    assert "actors/yousef-karimov.md" not in pages and "actors/karimov.md" not in pages
    karimov = pages["actors/yusuf-karimov.md"]
    for article in DAM[:2]:
        assert f"briefings/{article}/#quote-q2" in karimov


def test_crises_yaml_in_the_project_is_read(sheets, tmp_path):
    (tmp_path / "crises.yaml").write_text("selva: {title: Selva, seeds: [dam-talks-open, harbour-festival]}\n")
    files = build.site_files(build.Project(root=tmp_path), sheets)
    assert "crises/selva/index.md" in files.pages.jobs


def test_pictures_escape_article_text(dam):
    hostile = copy.deepcopy(dam)
    hostile["title"] = "<script>alert(1)</script>"
    hostile["actors"][0]["name"] = "</text><script>x</script>"
    for svg in (pictures.network(hostile), pictures.timeline(hostile)):
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg
