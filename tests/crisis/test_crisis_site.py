"""Crises in the built site: crisis.yaml, the crisis and actor pages, the pictures."""
import html
import copy

import yaml

from generator.crisis import load_overrides
from generator.site import pictures
from generator.site.files import site_files
from generator.site.plan import render_site
from tests.crisis.sheets import DAM


def test_site_files_hold_the_crisis_page_data_and_pictures(sheets):
    files = site_files(list(sheets), {}, {}, None)
    assert "crises/marenland-valdoria/index.md" in files.pages.jobs
    assert yaml.safe_load(files.texts["crises/marenland-valdoria/crisis.yaml"])["id"] == "marenland-valdoria"
    for name in ("network.svg", "timeline.svg"):
        assert f"crises/marenland-valdoria/{name}" in files.texts
    page = files.pages.render("crises/marenland-valdoria/index.md")
    headings = [html.unescape(name) for _, _, name in page.headings]
    for heading in ("Newest articles", "What changed", "Summary", "Who's who", "Stance matrix", "Timeline", "Quotes by actor",
                    "Where sources disagree"):
        assert heading in headings
    assert 'href="../../briefings/dam-talks-open/#quote-q1"' in page.html
    assert '<a href="../../crises/marenland-valdoria/crisis.yaml">Crisis data (YAML)</a>' in page.html


def test_one_actor_page_holds_every_quote(analysis):
    pages = render_site(analysis.sheets, crises=analysis.crises)
    assert "actors/yousef-karimov.md" not in pages and "actors/karimov.md" not in pages
    karimov = pages["actors/yusuf-karimov.md"]
    for article in DAM[:2]:
        assert f"briefings/{article}/#quote-q2" in karimov


def test_crises_yaml_groups_the_seeds_it_names(sheets):
    overrides = load_overrides("selva: {title: Selva, seeds: [dam-talks-open, harbour-festival]}\n")
    files = site_files(list(sheets), {}, overrides, None)
    assert "crises/selva/index.md" in files.pages.jobs


def test_pictures_escape_article_text(dam):
    hostile = copy.deepcopy(dam)
    hostile["title"] = "<script>alert(1)</script>"
    hostile["actors"][0]["name"] = "</text><script>x</script>"
    for svg in (pictures.network(hostile), pictures.timeline(hostile)):
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg


def test_each_summary_link_lands_on_its_sentence(analysis):
    import html
    import re

    pages = render_site(analysis.sheets, crises=analysis.crises)
    crisis = analysis.crises[0]
    page = pages["crises/marenland-valdoria/index.md"]
    links = re.findall(r'href="\.\./\.\./briefings/([a-z0-9-]+)/#(sentence-\d+)"', page)
    assert len(links) == len(crisis["summary"]) >= 1
    for (article, anchor), entry in zip(links, crisis["summary"]):
        assert (article, anchor) == (entry["article"], f"sentence-{entry['evidence'][0]}")
        target = pages[f"briefings/{article}/index.md"]
        found = re.search(rf'<div class="briefing-quote" id="{anchor}">\s*<p>(.*?)</p>', target)
        assert found and html.unescape(found.group(1)) == entry["text"]
        assert entry["text"] in html.unescape(page)  # the summary shows the sentence too
