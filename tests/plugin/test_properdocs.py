"""The builder after MkDocs 1: ProperDocs (the maintained MkDocs 1.6 fork, a test-only
dependency) builds the golden site to the same pages as MkDocs but for the generator tag, and
the framed-page cache, keyed on the builder running, never hands one builder's frames to the
other. Skips where ProperDocs is not installed."""
import gzip
import importlib.util
import re
import subprocess
import sys

import pytest

from tests.conftest import site_project

pytestmark = pytest.mark.skipif(importlib.util.find_spec("properdocs") is None,
                                reason="properdocs is not installed (pip install properdocs)")
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def build(builder: str, root, site) -> str:
    run = subprocess.run([sys.executable, "-m", builder, "build", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                         capture_output=True, text=True, cwd=root)
    assert run.returncode == 0, run.stderr
    return run.stderr


def files(site) -> dict[str, bytes]:
    out = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name == "sitemap.xml.gz":  # gzip records when it was written
            data = gzip.decompress(data)
        out[path.relative_to(site).as_posix()] = data
    return out


def generator_tag(page: bytes) -> bytes:
    return GENERATOR.search(page).group()


def test_mkdocs_and_properdocs_build_the_same_pages(tmp_path):
    root = site_project(tmp_path / "project")
    build("mkdocs", root, tmp_path / "mkdocs")
    log = build("properdocs", root, tmp_path / "properdocs")  # the same cache: frames of mkdocs in it
    assert "0 framed from the cache" in log  # MkDocs' frames are not ProperDocs'
    by_mkdocs, by_properdocs = files(tmp_path / "mkdocs"), files(tmp_path / "properdocs")
    assert sorted(by_mkdocs) == sorted(by_properdocs)
    for path, data in by_mkdocs.items():
        if path.endswith(".html"):
            assert b"ProperDocs" in generator_tag(by_properdocs[path]), path
            assert b"ProperDocs" not in generator_tag(data), path
            assert GENERATOR.sub(b"", data) == GENERATOR.sub(b"", by_properdocs[path]), path
        else:
            assert data == by_properdocs[path], path
    # and back: with both builders' frames cached, MkDocs gets its own
    build("mkdocs", root, tmp_path / "again")
    assert files(tmp_path / "again") == by_mkdocs
