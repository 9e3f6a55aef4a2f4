"""Nothing lost: a build killed at any moment leaves the previous site and fact sheets whole."""
import os
import signal
import subprocess
import sys
import time

import yaml

from tests.conftest import site_project


def briefing(root, *args):
    return [sys.executable, "-m", "generator.cli", *args, "--root", str(root)]


def test_killed_build_leaves_previous_site_and_sheets_intact(tmp_path):
    root = site_project(tmp_path)
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
