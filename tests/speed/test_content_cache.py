"""Files kept under a digest of what they were made from (generator.speed.content_cache)."""
from generator.speed.content_cache import ContentCache


def test_text_put_under_a_key_is_got_back(tmp_path):
    for compressed in (False, True):
        cache = ContentCache(tmp_path / str(compressed), ".html", compressed=compressed)
        key = "ab" * 32
        assert not cache.has(key) and cache.get(key) is None
        assert cache.put(key, "<p>Réunion à Niamey</p>")
        assert cache.has(key) and cache.get(key) == "<p>Réunion à Niamey</p>"
        assert cache.path(key).name == f"{key[:40]}.html"


def test_keep_deletes_the_files_of_other_keys_only(tmp_path):
    cache = ContentCache(tmp_path / "pages", ".html")
    for key in ("a" * 40, "b" * 40, "c" * 40):
        cache.put(key, key)
    (tmp_path / "pages" / "other.yaml").write_text("another suffix")
    cache.keep(["a" * 40, "c" * 40])
    assert sorted(p.name for p in (tmp_path / "pages").iterdir()) == ["a" * 40 + ".html", "c" * 40 + ".html", "other.yaml"]
    ContentCache(tmp_path / "missing", ".html").keep([])  # no folder: nothing to do


def test_a_broken_or_unwritable_entry_only_costs_speed(tmp_path):
    cache = ContentCache(tmp_path / "framed", ".html.z", compressed=True)
    cache.folder.mkdir()
    cache.path("k").write_bytes(b"not zlib")
    assert cache.get("k") is None
    (tmp_path / "blocked").write_text("a file where the folder should be")
    assert ContentCache(tmp_path / "blocked", ".html").put("k", "text") is False
