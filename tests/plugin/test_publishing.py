"""The site as published: its address (site_url) in the sitemap, the registry of published ids
kept by the build, and `mkdocs serve` watching the plugin's own inputs."""
import threading
import time
import xml.etree.ElementTree as ET

from mkdocs.commands import serve as mkdocs_serve
from mkdocs.livereload import LiveReloadServer

from generator import api
from generator.project import Project
from generator.speed.layer import Speed
from mkdocs_briefing.engine import MkDocsEngine
from tests.conftest import site_project
from tests.plugin.test_plugin import mkdocs

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap(site) -> set[str]:
    tree = ET.parse(site / "sitemap.xml")
    return {loc.text for loc in tree.iter(f"{SITEMAP}loc")}


def pages(site) -> set[str]:
    """Every page of the site (not the 404 page, not a redirect)."""
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")
            if p.name != "404.html" and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")}


def test_with_site_url_the_sitemap_lists_every_page(tmp_path, monkeypatch):
    root = site_project(tmp_path / "project")
    monkeypatch.setenv("BRIEFING_SITE_URL", "https://example.org/briefing/")
    mkdocs(root, tmp_path / "site")
    listed = sitemap(tmp_path / "site")
    every = {"https://example.org/briefing/" + page for page in pages(tmp_path / "site")}
    assert "https://example.org/briefing/actors/karim-haque.html" in every
    assert listed == every
    feed = (tmp_path / "site" / "feed.xml").read_text()
    assert 'href="https://example.org/briefing/briefings/relief-convoy/index.html"' in feed


def test_without_site_url_the_site_still_builds_and_links_relatively(tmp_path, monkeypatch):
    root = site_project(tmp_path / "project")
    monkeypatch.delenv("BRIEFING_SITE_URL", raising=False)
    mkdocs(root, tmp_path / "site")
    assert sitemap(tmp_path / "site") == set()
    assert 'href="briefings/relief-convoy/index.html"' in (tmp_path / "site" / "feed.xml").read_text()


def test_the_build_keeps_the_registry_and_a_new_id_does_not_rebuild_twice(tmp_path, capsys):
    root = site_project(tmp_path / "project")
    project = Project.load(root)
    site = tmp_path / "site"
    assert api.build(project, site, MkDocsEngine(), speed=Speed()).outcome == api.BUILT
    registry = (root / "published-ids.yaml").read_text()
    assert "karim-haque: Karim Haque" in registry and "delta-floods:" in registry
    # the registry the build wrote does not make the next build think the site changed
    assert api.build(project, site, MkDocsEngine(), speed=Speed()).outcome == api.CURRENT
    (root / "published-ids.yaml").write_text(registry.replace("karim-haque: Karim Haque", "haque: Karim Haque"))
    assert api.build(project, site, MkDocsEngine(), speed=Speed()).outcome == api.BUILT  # edited by hand
    assert (site / "actors" / "haque.html").is_file()  # the id the registry gives


def _wait_for_rebuild(server: LiveReloadServer, timeout: float = 15) -> bool:
    with server._rebuild_cond:
        server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=timeout)
        wanted, server._want_rebuild = server._want_rebuild, False
    return wanted


def test_mkdocs_serve_rebuilds_when_crises_yaml_or_a_curation_file_changes(tmp_path, monkeypatch):
    root = site_project(tmp_path / "project")
    (root / "crises.yaml").write_text("delta-floods: {title: Floods in the delta}\n")
    curation = root / "seeds" / "relief-convoy.curation.yaml"
    curation.write_text("drop_quotes: []\n")
    seen = {}

    def serve(server, open_in_browser=False):  # instead of serving: change the inputs, see the rebuilds
        seen["watched"] = set(server._watched_paths)
        server.observer.start()
        time.sleep(0.5)
        (root / "crises.yaml").write_text("delta-floods: {title: The delta floods}\n")
        seen["crises.yaml"] = _wait_for_rebuild(server)
        curation.write_text("drop_quotes: []\nrename: {}\n")
        seen["curation"] = _wait_for_rebuild(server)
        (root / "facts" / "relief-convoy.yaml").write_text((root / "facts" / "relief-convoy.yaml").read_text())
        seen["facts"] = _wait_for_rebuild(server)

    monkeypatch.setattr(LiveReloadServer, "serve", serve)
    thread = threading.Thread(target=mkdocs_serve.serve, kwargs={
        "config_file": str(root / "mkdocs.yml"), "dev_addr": "127.0.0.1:0"})
    thread.start()
    thread.join(timeout=300)
    assert not thread.is_alive()
    for path in ("seeds", "facts", "templates", "crises.yaml", "published-ids.yaml"):
        assert str(root / path) in seen["watched"], path
    assert seen["crises.yaml"] and seen["curation"] and seen["facts"]
