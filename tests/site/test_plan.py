"""The page plan: every page of a site, its order and the data it is given."""
import copy

import pytest

from generator.site.plan import render_site
from tests.site.support import MINI_CRISIS, internal_links_resolve, load, synthetic_sheets, targets, to_html


def test_every_page_is_generated(pages):
    assert set(pages) == {
        "index.md",
        "briefings/norway-warns-iceland/index.md",
        "briefings/mackerel-talks-resume/index.md",
        "actors/index.md",
        "actors/kari-lindholm.md",
        "actors/gunnar-sigurdsson.md",
        "actors/norway.md",
        "actors/iceland.md",
        "actors/norwegian-ministry.md",
        "crises/index.md",
        "quotes/index.md",
        "sources/index.md",
    }



def test_home_lists_briefings_newest_first_undated_last():
    undated = copy.deepcopy(load("norway-warns-iceland"))
    undated["id"] = "undated-article"
    undated["article"]["published"] = None
    undated["article"]["title"] = "An undated dispatch"
    home = to_html(render_site([undated] + [load(name) for name in MINI_CRISIS])["index.md"])
    titles = ["Iceland and Norway agree to resume mackerel talks",
              "Norway warns Iceland over mackerel quota", "An undated dispatch"]
    positions = [home.text.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "briefings/undated-article/index.md" in targets("index.md", home, {"briefings/undated-article/index.md": ""})
    assert "4 actors · 2 quotes" in home.text
    assert "2031-03-08 · Harbour Post" in home.text
    assert "Undated" in home.text



def test_every_internal_link_reaches_a_page_and_anchor(pages):
    internal_links_resolve(pages)



def test_empty_lists_and_nulls_render():
    sheet = {"schema_version": 1, "id": "bare", "article": {"title": None, "lede": None, "published": None,
             "url": None, "publisher": None, "authors": [], "related": [], "body": ""},
             "actors": [], "quotes": [], "positions": [], "sources": [], "events": [], "figures": []}
    out = render_site([sheet])
    page = to_html(out["briefings/bare/index.md"])
    assert page.tags[0][0] == "h1" and "bare" in page.text
    assert "No actors yet." in out["actors/index.md"]
    assert "No quotes yet." in out["quotes/index.md"]
    assert "No briefings yet." in render_site([])["index.md"]



def test_ids_must_be_slugs_and_unique():
    sheet = load("mackerel-talks-resume")
    with pytest.raises(ValueError):
        render_site([{**sheet, "id": "../../etc"}])
    with pytest.raises(ValueError):
        render_site([sheet, sheet])
    bad_actor = copy.deepcopy(sheet)
    bad_actor["actors"][0]["id"] = "a/b"
    with pytest.raises(ValueError):
        render_site([bad_actor])



def test_a_list_handed_over_is_emptied_and_gives_the_same_pages():
    import copy
    from generator import crisis
    from generator.site.plan import plan_site
    analysis = crisis.analyse(synthetic_sheets(12))
    kept = plan_site(analysis.sheets, crises=analysis.crises)
    handed_over = copy.deepcopy(analysis.sheets)
    released = plan_site(handed_over, crises=analysis.crises, take_sheets=True)
    assert handed_over == [] and len(analysis.sheets) == 12
    assert released.render_all() == kept.render_all()

