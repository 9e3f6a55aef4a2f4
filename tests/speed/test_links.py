"""Publishing unchanged files as hard links to the site being replaced (generator.speed.links)."""
import os

from generator.speed.links import link_unchanged, publish_linked


def test_an_unchanged_file_is_linked_to_the_previous_site(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    (previous / "a").mkdir(parents=True)
    (previous / "a" / "index.html").write_bytes(b"same")
    (previous / "b.yaml").write_bytes(b"old")
    assert link_unchanged(previous, new, "a/index.html", b"same")
    assert os.path.samefile(new / "a" / "index.html", previous / "a" / "index.html")
    assert not link_unchanged(previous, new, "b.yaml", b"new")
    assert not link_unchanged(previous, new, "missing.html", b"same")
    assert not (new / "b.yaml").exists() and not (new / "missing.html").exists()


def test_a_changed_file_is_written_anew(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (previous / "b.yaml").write_bytes(b"old")
    publish_linked(previous, new, "f/b.yaml", b"new")
    publish_linked(None, new, "c.yaml", b"first")
    publish_linked(previous, new, "b.yaml", b"new")
    assert (new / "f" / "b.yaml").read_bytes() == b"new" and (new / "c.yaml").read_bytes() == b"first"
    assert (previous / "b.yaml").read_bytes() == b"old"  # the previous site is never written to


def test_an_unchanged_file_is_published_as_a_link(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (previous / "same.yaml").write_bytes(b"same")
    publish_linked(previous, new, "same.yaml", b"same")
    assert os.path.samefile(new / "same.yaml", previous / "same.yaml")


def test_a_path_linked_twice_is_unlinked_before_it_is_written(tmp_path):
    """Two pages for one path: the second is written, and never through the first one's link."""
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (previous / "page.html").write_bytes(b"first")
    assert link_unchanged(previous, new, "page.html", b"first")
    assert not link_unchanged(previous, new, "page.html", b"first")
    assert not (new / "page.html").exists()
    publish_linked(previous, new, "page.html", b"second")
    assert (previous / "page.html").read_bytes() == b"first"


def test_a_symbolic_link_in_the_previous_site_is_not_linked(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (tmp_path / "outside.html").write_bytes(b"same")
    (previous / "page.html").symlink_to(tmp_path / "outside.html")
    assert not link_unchanged(previous, new, "page.html", b"same")
