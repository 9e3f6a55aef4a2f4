import json

from generator.store import EDITED, GENERATED, NONE, UNREADABLE, SheetStore, content_digest, sheet_checksum


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
    entry = json.loads(cache.read_text())
    entry["sheet"]["article"]["title"] = "from the cache"
    cache.write_text(json.dumps(entry))
    assert store.read("a")[0]["article"]["title"] == "from the cache"


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
