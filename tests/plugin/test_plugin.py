"""The `briefing` MkDocs plugin (mkdocs_briefing.plugin), run by `mkdocs build` itself and by
`briefing build` through the engine (mkdocs_briefing.engine), which hands it the sheets."""
import logging

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from generator import api
from generator.project import Project
from generator.speed.layer import Speed
from mkdocs_briefing.engine import MkDocsEngine
from tests.conftest import site_project

PAGES = ("index.html", "briefings/relief-convoy/index.html", "briefings/harbour-talks-collapse/index.html",
         "actors/index.html", "quotes/index.html", "sources/index.html", "crises/index.html")


def set_options(root, **options):
    """The plugin's options in the project's mkdocs.yml."""
    config = root / "mkdocs.yml"
    lines = "".join(f"      {k}: {str(v).lower() if isinstance(v, bool) else v}\n" for k, v in options.items())
    text = config.read_text()
    assert "  - briefing:\n" in text
    config.write_text(text.replace("  - briefing:\n", "  - briefing:\n" + lines, 1))


def mkdocs(root, site):
    """`mkdocs build`, in this process."""
    mkdocs_build.build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))


@pytest.fixture
def counted_updates(monkeypatch):
    calls = []
    real = api.update

    def update(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "update", update)
    return calls


def assert_briefing_site(root, site):
    for page in PAGES:
        assert (site / page).is_file(), page
    download = site / "briefings" / "relief-convoy" / "factsheet.yaml"
    assert download.read_bytes() == (root / "facts" / "relief-convoy.yaml").read_bytes()
    assert (site / "briefings" / "harbour-talks-collapse" / "factsheet.yaml").is_file()
    assert not (root / "docs" / "briefings").exists()  # generated pages never land in docs/
    assert "Ingrid Solberg" in (site / "briefings" / "harbour-talks-collapse" / "index.html").read_text()


@pytest.mark.parametrize("cache", [True, False])
def test_mkdocs_build_makes_the_sheets_and_the_site(tmp_path, counted_updates, cache):
    root = site_project(tmp_path / "project")
    set_options(root, cache=cache)
    mkdocs(root, tmp_path / "site")
    assert_briefing_site(root, tmp_path / "site")
    assert len(counted_updates) == 1  # the plugin brought the sheets up to date itself
    assert (root / ".cache" / "briefing").is_dir() == cache


def test_briefing_build_hands_the_plugin_its_sheets(tmp_path, counted_updates):
    root = site_project(tmp_path / "project")
    report = api.build(Project.load(root), tmp_path / "site", MkDocsEngine())
    assert report.outcome == api.BUILT
    assert_briefing_site(root, tmp_path / "site")
    assert len(counted_updates) == 1  # extracted once: the plugin used the handoff
    assert sorted(report.sheets.extracted) == ["harbour-talks-collapse", "relief-convoy"]


def test_the_handoff_is_the_sheets_the_site_shows(tmp_path):
    """The plugin publishes the sheets it is handed, not others it finds on disk."""
    root = site_project(tmp_path / "project")
    project = Project.load(root)
    sheets = api.update(project)
    sheets.ids.remove("relief-convoy")
    engine = MkDocsEngine()
    assert engine.build(project, sheets, tmp_path / "site")
    assert (tmp_path / "site" / "briefings" / "harbour-talks-collapse" / "index.html").is_file()
    assert not (tmp_path / "site" / "briefings" / "relief-convoy").exists()


def test_strict_stops_mkdocs_on_a_bad_seed(tmp_path):
    root = site_project(tmp_path / "project")
    (root / "seeds" / "broken.txt").write_bytes(b"")
    set_options(root, strict=True)
    with pytest.raises((PluginError, Abort)):
        mkdocs(root, tmp_path / "site")
    assert not (tmp_path / "site" / "index.html").exists()


def test_without_strict_a_bad_seed_is_a_warning_and_the_site_builds(tmp_path, caplog):
    root = site_project(tmp_path / "project")
    (root / "seeds" / "broken.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefing"):
        mkdocs(root, tmp_path / "site")
    assert "broken.txt: the file is empty" in caplog.text
    assert_briefing_site(root, tmp_path / "site")


def test_the_engine_reports_a_project_without_the_plugin(tmp_path, caplog):
    root = site_project(tmp_path / "project")
    config = root / "mkdocs.yml"
    plugin = "  - briefing:\n      seeds_dir: seeds\n      facts_dir: facts\n      templates_dir: templates\n"
    assert plugin in config.read_text()
    config.write_text(config.read_text().replace(plugin, ""))
    project = Project(root=root)
    assert MkDocsEngine().build(project, api.update(project), tmp_path / "site") is False
    assert "the 'briefing' plugin is not in its plugins" in caplog.text


def test_a_cached_rebuild_links_unchanged_pages_to_the_site_it_replaces(tmp_path):
    root = site_project(tmp_path / "project")
    project = Project.load(root)
    speed = Speed()
    site = tmp_path / "site"
    assert api.build(project, site, MkDocsEngine(), speed=speed).outcome == api.BUILT
    inodes = {rel: (site / rel).stat().st_ino for rel in ("about.html", "briefings/relief-convoy/factsheet.yaml")}
    (root / "seeds" / "late.txt").write_text("Late news\nThe regional council met again on Friday, its chair said.\n")
    assert api.build(project, site, MkDocsEngine(), speed=speed).outcome == api.BUILT
    assert (site / "briefings" / "late" / "index.html").is_file()
    for rel, inode in inodes.items():
        assert (site / rel).stat().st_ino == inode, rel  # linked to the previous site, not written again
