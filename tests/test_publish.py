"""Nothing lost: a build killed at any moment leaves the previous site and fact sheets whole."""
import os
import shutil
import signal
import subprocess
import sys
import time

import yaml

from generator import build
from tests.conftest import GOLDEN, ROOT


def test_swap_in_replaces_the_site_whole(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old")
    new = build.new_site_dir(site)
    (new / "index.html").write_text("new")
    build.swap_in(new, site)
    assert (site / "index.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_swap_cut_between_its_renames_is_undone(tmp_path):
    site = tmp_path / "site"
    old = tmp_path / ".site.old"
    old.mkdir()
    (old / "index.html").write_text("previous")
    build.recover_site(site)
    assert (site / "index.html").read_text() == "previous"


def make_project(tmp_path):
    for folder in ("templates", "docs"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(GOLDEN / "seeds", tmp_path / "seeds")
    return tmp_path


def briefing(root, *args):
    return [sys.executable, "-m", "generator.cli", *args, "--root", str(root)]


def test_killed_build_leaves_previous_site_and_sheets_intact(tmp_path):
    root = make_project(tmp_path)
    subprocess.run(briefing(root, "build", "--site-dir", str(root / "site")), check=True,
                   capture_output=True)
    before_site = (root / "site" / "index.html").read_text()
    before_sheets = {p.name: p.read_text() for p in (root / "facts").iterdir()}
    # a new seed makes the next build do real work; kill it while the new site is being written
    (root / "seeds" / "late-news.txt").write_text("Late news\nThe council met again on Friday.\n")
    log = (tmp_path / "killed-build.log").open("w")
    proc = subprocess.Popen(briefing(root, "build", "--site-dir", str(root / "site")),
                            stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 120
    while not list(root.glob(".site.new-*/*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, (tmp_path / "killed-build.log").read_text()
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (root / "site" / "index.html").read_text() == before_site
    for name, text in before_sheets.items():
        now = (root / "facts" / name).read_text()
        assert now == text
        assert yaml.safe_load(now)["schema_version"] == 1
    # the next build finishes the job and clears the leftovers
    subprocess.run(briefing(root, "build", "--site-dir", str(root / "site")), check=True, capture_output=True)
    assert (root / "site" / "briefings" / "late-news" / "index.html").is_file()
    assert list(root.glob(".site.*")) == []


def test_nothing_changed_means_no_site_rebuild_and_a_template_change_means_one(tmp_path):
    root = make_project(tmp_path)
    run = lambda: subprocess.run(briefing(root, "build", "--site-dir", str(root / "site")),
                                 check=True, capture_output=True, text=True).stdout
    assert "site: built" in run()
    assert "site: up to date" in run()
    template = root / "templates" / "home.html.j2"
    template.write_text(template.read_text() + "\n")
    out = run()
    assert "0 extracted" in out and "site: built" in out


def test_an_unchanged_file_is_linked_to_the_previous_site(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    (previous / "a").mkdir(parents=True)
    (previous / "a" / "index.html").write_bytes(b"same")
    (previous / "b.yaml").write_bytes(b"old")
    assert build.link_unchanged(previous, new, "a/index.html", b"same")
    assert os.path.samefile(new / "a" / "index.html", previous / "a" / "index.html")
    assert not build.link_unchanged(previous, new, "b.yaml", b"new")
    assert not build.link_unchanged(previous, new, "missing.html", b"same")
    assert not (new / "b.yaml").exists() and not (new / "missing.html").exists()


def test_a_changed_file_is_written_anew(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (previous / "b.yaml").write_bytes(b"old")
    build.publish_file(previous, new, "f/b.yaml", b"new")
    build.publish_file(None, new, "c.yaml", b"first")
    build.publish_file(previous, new, "b.yaml", b"new")
    assert (new / "f" / "b.yaml").read_bytes() == b"new" and (new / "c.yaml").read_bytes() == b"first"
    assert (previous / "b.yaml").read_bytes() == b"old"  # the previous site is never written to


def test_a_path_linked_twice_is_unlinked_before_it_is_written(tmp_path):
    """Two pages for one path: the second is written, and never through the first one's link."""
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (previous / "page.html").write_bytes(b"first")
    assert build.link_unchanged(previous, new, "page.html", b"first")
    assert not build.link_unchanged(previous, new, "page.html", b"first")
    assert not (new / "page.html").exists()
    build.publish_file(previous, new, "page.html", b"second")
    assert (previous / "page.html").read_bytes() == b"first"


def test_a_symbolic_link_in_the_previous_site_is_not_linked(tmp_path):
    previous, new = tmp_path / "site", tmp_path / "new"
    previous.mkdir()
    (tmp_path / "outside.html").write_bytes(b"same")
    (previous / "page.html").symlink_to(tmp_path / "outside.html")
    assert not build.link_unchanged(previous, new, "page.html", b"same")
