import json

from generator.store import (EDITED, GENERATED, NONE, UNREADABLE, SheetStore, content_digest, sheet_checksum,
                             summary)


def sheet(sheet_id="a", title="T"):
    return {"schema_version": 1, "id": sheet_id, "article": {"title": title}}


def test_written_sheet_reads_back_as_generated(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    assert store.read("a") == (None, NONE)
    store.write(sheet())
    data, state = store.read("a")
    assert state == GENERATED and data["article"]["title"] == "T"
    assert data["sheet_checksum"] == sheet_checksum(data)


def test_parsed_sheets_come_from_the_cache_while_the_file_is_unchanged(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    cache = tmp_path / "cache" / "sheets" / "a.json"
    head, body = (json.loads(line) for line in cache.read_text().splitlines())
    body["article"]["title"] = "from the cache"
    head["summary"]["extractor_version"] = "from the cache"
    cache.write_text(json.dumps(head) + "\n" + json.dumps(body) + "\n")
    assert store.read("a")[0]["article"]["title"] == "from the cache"
    assert store.read_summary("a") == ({**summary(sheet()), "extractor_version": "from the cache"}, GENERATED)


def test_the_summary_is_the_sheet_without_its_facts(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    full = {**sheet(), "article": {"title": "T", "checksum": "sha256:1"}, "extractor_version": "1+x",
            "curation_checksum": None, "seed_warnings": ["w"], "curation_problems": [], "quotes": []}
    store.write(full)
    assert store.read_summary("a") == ({"article": {"checksum": "sha256:1"}, "extractor_version": "1+x",
                                        "curation_checksum": None, "seed_warnings": ["w"],
                                        "curation_problems": []}, GENERATED)


def test_a_cache_file_of_an_older_layout_is_read_past(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    cache = tmp_path / "cache" / "sheets" / "a.json"
    stamp = json.loads(cache.read_text().splitlines()[0])["stamp"]
    cache.write_text(json.dumps({"stamp": stamp, "state": GENERATED, "sheet": sheet(title="old")}))  # one line
    assert store.read("a")[0]["article"]["title"] == "T"
    assert store.read_summary("a")[1] == GENERATED


def test_a_person_editing_the_file_is_noticed(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    store.write(sheet())
    path = store.path("a")
    path.write_text(path.read_text().replace("title: T", "title: Checked by hand"))
    data, state = store.read("a")
    assert state == EDITED and data["article"]["title"] == "Checked by hand"


def test_a_broken_file_is_unreadable(tmp_path):
    store = SheetStore(tmp_path / "facts", tmp_path / "cache")
    (tmp_path / "facts").mkdir()
    store.path("a").write_text("id: [")
    assert store.read("a") == (None, UNREADABLE)


def test_content_digest_depends_on_values_not_on_shared_objects():
    shared = ["Oslo", "Reykjavik"]
    once = {"a": shared, "b": shared}
    apart = {"a": ["Oslo", "Reykjavik"], "b": ["Oslo", "Reykjavik"]}
    assert content_digest(once) == content_digest(apart)
    assert content_digest(once) != content_digest({"a": shared, "b": ["Oslo"]})
    assert content_digest({"n": 1}) != content_digest({"n": True}) != content_digest({"n": "1"})
    assert content_digest({"a": 1, "b": 2}) != content_digest({"b": 2, "a": 1})  # templates show dict order
