"""Crises in the built site: crisis.yaml, the crisis and actor pages, the pictures."""
import copy

import yaml

from generator import build
from generator.site import pictures
from generator.site.plan import render_site
from tests.crisis.sheets import DAM


def test_site_files_hold_the_crisis_page_data_and_pictures(sheets, tmp_path):
    files = build.site_files(build.Project(root=tmp_path), sheets)
    assert "crises/marenland-valdoria/index.md" in files.pages.jobs
    assert yaml.safe_load(files.copies["crises/marenland-valdoria/crisis.yaml"].read_text())["id"] == "marenland-valdoria"
    for name in ("network.svg", "timeline.svg"):
        assert f"crises/marenland-valdoria/{name}" in files.texts
    page = files.pages.render("crises/marenland-valdoria/index.md")
    headings = [name for _, _, name in page.headings]
    for heading in ("Latest developments", "Key actors", "Stance matrix", "Timeline", "Quotes by actor",
                    "Where sources disagree"):
        assert heading in headings
    assert 'href="../../briefings/dam-talks-open/#quote-q1"' in page.html
    assert '<a href="../../crises/marenland-valdoria/crisis.yaml">Crisis data (YAML)</a>' in page.html


def test_crisis_data_is_written_once_per_content(sheets, tmp_path):
    project = build.Project(root=tmp_path)
    first = build.site_files(project, sheets).copies["crises/marenland-valdoria/crisis.yaml"]
    stamp = first.stat().st_mtime_ns
    again = build.site_files(project, sheets).copies["crises/marenland-valdoria/crisis.yaml"]
    assert again == first and again.stat().st_mtime_ns == stamp
    changed = copy.deepcopy(sheets)
    changed[0]["article"]["title"] += " (updated)"
    other = build.site_files(project, changed).copies["crises/marenland-valdoria/crisis.yaml"]
    assert other != first and not first.exists()  # the old content is forgotten


def test_one_actor_page_holds_every_quote(analysis):
    pages = render_site(analysis.sheets, crises=analysis.crises)
    assert "actors/yousef-karimov.md" not in pages and "actors/karimov.md" not in pages
    karimov = pages["actors/yusuf-karimov.md"]
    for article in DAM[:2]:
        assert f"briefings/{article}/#quote-q2" in karimov


def test_crises_yaml_in_the_project_is_read(sheets, tmp_path):
    (tmp_path / "crises.yaml").write_text("selva: {title: Selva, seeds: [dam-talks-open, harbour-festival]}\n")
    files = build.site_files(build.Project(root=tmp_path), sheets)
    assert "crises/selva/index.md" in files.pages.jobs


def test_pictures_escape_article_text(dam):
    hostile = copy.deepcopy(dam)
    hostile["title"] = "<script>alert(1)</script>"
    hostile["actors"][0]["name"] = "</text><script>x</script>"
    for svg in (pictures.network(hostile), pictures.timeline(hostile)):
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg
