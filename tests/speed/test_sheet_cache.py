"""Fact sheets kept parsed as JSON beside their YAML files (generator.speed.sheet_cache)."""
import json

from generator.sheets.store import GENERATED, summary
from generator.speed.sheet_cache import CachedSheetStore


def sheet(sheet_id="a", title="T"):
    return {"schema_version": 1, "id": sheet_id, "article": {"title": title}}


def test_parsed_sheets_come_from_the_cache_while_the_file_is_unchanged(tmp_path):
    store = CachedSheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    cache = tmp_path / "cache" / "sheets" / "a.json"
    head, body = (json.loads(line) for line in cache.read_text().splitlines())
    body["article"]["title"] = "from the cache"
    head["summary"]["extractor_version"] = "from the cache"
    cache.write_text(json.dumps(head) + "\n" + json.dumps(body) + "\n")
    assert store.read("a")[0]["article"]["title"] == "from the cache"
    assert store.read_summary("a") == ({**summary(sheet()), "extractor_version": "from the cache"}, GENERATED)


def test_a_changed_file_is_read_again_and_the_cache_renewed(tmp_path):
    store = CachedSheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    path = store.path("a")
    path.write_text(path.read_text().replace("title: T", "title: Longer by hand"))
    assert store.read("a")[0]["article"]["title"] == "Longer by hand"
    head = json.loads((tmp_path / "cache" / "sheets" / "a.json").read_text().splitlines()[0])
    assert head["stamp"][0] == path.stat().st_size


def test_the_summary_is_the_sheet_without_its_facts(tmp_path):
    store = CachedSheetStore(tmp_path / "facts", tmp_path / "cache")
    full = {**sheet(), "article": {"title": "T", "checksum": "sha256:1"}, "extractor_version": "1+x",
            "curation_checksum": None, "seed_warnings": ["w"], "curation_problems": [], "quotes": []}
    store.write(full)
    assert store.read_summary("a") == ({"article": {"checksum": "sha256:1"}, "extractor_version": "1+x",
                                        "curation_checksum": None, "seed_warnings": ["w"],
                                        "curation_problems": []}, GENERATED)


def test_a_cache_file_of_an_older_layout_is_read_past(tmp_path):
    store = CachedSheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    cache = tmp_path / "cache" / "sheets" / "a.json"
    stamp = json.loads(cache.read_text().splitlines()[0])["stamp"]
    cache.write_text(json.dumps({"stamp": stamp, "state": GENERATED, "sheet": sheet(title="old")}))  # one line
    assert store.read("a")[0]["article"]["title"] == "T"
    assert store.read_summary("a")[1] == GENERATED


def test_a_cache_that_cannot_be_written_only_costs_speed(tmp_path):
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    store = CachedSheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    assert store.read("a")[0]["article"]["title"] == "T"
