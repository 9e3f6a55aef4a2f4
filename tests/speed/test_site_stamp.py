"""Not building a site that would come out the same (generator.speed.site_stamp)."""
import pytest

from generator.cli import main
from generator.project import Project
from generator.sheets.store import SheetStore
from generator.sheets.update import update_sheets
from generator.speed.site_stamp import mark_site_current, site_is_current, site_stamp
from tests.conftest import site_project


@pytest.fixture
def project(tmp_path):
    return Project.load(site_project(tmp_path / "project"))


def test_the_stamp_follows_everything_the_site_is_made_from(project):
    result = update_sheets(SheetStore(project.facts), project.seeds)
    stamp = site_stamp(project, result, "mkdocs 1")
    assert site_stamp(project, result, "mkdocs 1") == stamp
    assert site_stamp(project, result, "mkdocs 2") != stamp  # another site builder
    template = project.templates / "home.html.j2"
    template.write_text(template.read_text() + "\n")
    after_template = site_stamp(project, result, "mkdocs 1")
    assert after_template != stamp
    sheet = project.sheet_path("relief-convoy")
    sheet.write_text(sheet.read_text() + "\n")  # another size: the sheet's file changed
    assert site_stamp(project, result, "mkdocs 1") != after_template


def test_a_sheet_held_in_memory_counts_by_its_content(project):
    result = update_sheets(SheetStore(project.facts), project.seeds)
    result.unsaved = {"relief-convoy": {"id": "relief-convoy", "n": 1}}
    one = site_stamp(project, result, "e")
    result.unsaved = {"relief-convoy": {"id": "relief-convoy", "n": 2}}
    assert site_stamp(project, result, "e") != one


def test_a_site_is_current_only_at_its_own_place_with_its_own_stamp(project, tmp_path):
    site = tmp_path / "site"
    assert not site_is_current(project, site, "s1")
    site.mkdir()
    mark_site_current(project, site, "s1")
    assert site_is_current(project, site, "s1")
    assert not site_is_current(project, site, "s2")
    assert not site_is_current(project, tmp_path / "elsewhere", "s1")


def test_nothing_changed_means_no_site_rebuild_and_a_template_change_means_one(project, capsys):
    root, site = project.root, project.root / "site"

    def run():
        assert main(["build", "--root", str(root), "--site-dir", str(site)]) == 0
        return capsys.readouterr().out

    assert "site: built" in run()
    assert "site: up to date" in run()
    template = root / "templates" / "home.html.j2"
    template.write_text(template.read_text() + "\n")
    out = run()
    assert "0 extracted" in out and "site: built" in out
    assert main(["build", "--no-cache", "--root", str(root), "--site-dir", str(site)]) == 0
    assert "site: built" in capsys.readouterr().out  # the plain pipeline always builds
