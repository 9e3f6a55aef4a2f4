"""Digests of data (cache keys) and of folders (code versions, site stamps)."""
import hashlib

from generator.formats.digest import content_digest, package_digest, tree_digest


def test_content_digest_depends_on_values_not_on_shared_objects():
    shared = ["Oslo", "Reykjavik"]
    once = {"a": shared, "b": shared}
    apart = {"a": ["Oslo", "Reykjavik"], "b": ["Oslo", "Reykjavik"]}
    assert content_digest(once) == content_digest(apart)
    assert content_digest(once) != content_digest({"a": shared, "b": ["Oslo"]})
    assert content_digest({"n": 1}) != content_digest({"n": True}) != content_digest({"n": "1"})
    assert content_digest({"a": 1, "b": 2}) != content_digest({"b": 2, "a": 1})  # templates show dict order


def _tree(folder, pattern="*"):
    digest = hashlib.sha256()
    tree_digest(digest, folder, pattern)
    return digest.hexdigest()


def test_tree_digest_follows_names_and_bytes_and_leaves_out_bytecode(tmp_path):
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    (tmp_path / "pkg" / "sub" / "b.yaml").write_text("k: v\n")
    before = _tree(tmp_path / "pkg")
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "a.cpython.pyc").write_bytes(b"\x00")
    assert _tree(tmp_path / "pkg") == before
    assert _tree(tmp_path / "pkg", "*.py") != before  # the pattern chooses the files
    (tmp_path / "pkg" / "sub" / "b.yaml").rename(tmp_path / "pkg" / "b.yaml")  # moved, same bytes
    assert _tree(tmp_path / "pkg") != before
    assert _tree(tmp_path / "missing") == hashlib.sha256().hexdigest()  # nothing fed


def test_package_digest_changes_when_a_file_is_added_edited_or_moved(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "a.py").write_text("x = 1\n")
    start = package_digest(one, two)
    (two / "new.py").write_text("")
    added = package_digest(one, two)
    (one / "a.py").write_text("x = 2\n")
    edited = package_digest(one, two)
    (two / "new.py").rename(one / "new.py")
    moved = package_digest(one, two)
    assert len({start, added, edited, moved}) == 4
