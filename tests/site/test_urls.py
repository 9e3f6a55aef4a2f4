"""Page paths and URLs: where each page lives, and links relative to the page they are on."""
from generator.site.page import Page
from generator.site.plan import render_site
from generator.site.urls import page_url, relative_url
from tests.site.support import load


def test_page_urls_and_relative_links():
    assert page_url("index.md") == ""
    assert page_url("briefings/x/index.md") == "briefings/x/"
    assert page_url("actors/x.md") == "actors/x/"
    assert page_url("actors/x.md", directory_urls=False) == "actors/x.html"
    # without directory URLs (a site opened from disk) an index page is a file too, never a folder
    assert page_url("index.md", directory_urls=False) == "index.html"
    assert page_url("briefings/x/index.md", directory_urls=False) == "briefings/x/index.html"
    assert relative_url(page_url("index.md", False), page_url("briefings/y/index.md", False)) == "../../index.html"
    assert page_url("crises/c/crisis.yaml") == "crises/c/crisis.yaml"
    assert relative_url("actors/x/", "briefings/y/") == "../../actors/x/"
    assert relative_url("", "actors/x/") == "../../"
    assert relative_url("", "") == "./"
    assert relative_url("briefings/y/", "") == "briefings/y/"
    assert relative_url("actors/x.html", "briefings/y/index.html") == "../../actors/x.html"



def test_ids_that_look_like_pages_of_lists_get_other_file_names():
    from generator.site.urls import actor_page, crisis_page
    assert actor_page("all-person-2") == "actors/all-person-2_.md"
    assert actor_page("all-persons") == "actors/all-persons.md"
    assert crisis_page("index-2") == "crises/index-2_/index.md"
    assert crisis_page("index") == "crises/index/index.md"



def test_an_actor_called_index_does_not_replace_the_actors_index():
    sheet = load("mackerel-talks-resume")
    sheet["actors"][0]["id"] = "index"
    sheet["quotes"][0]["speakers"] = ["index"]
    out = render_site([sheet])
    assert Page("actors/index.md", out["actors/index.md"]).title == "Actors"
    assert Page("actors/index_.md", out["actors/index_.md"]).title == "Gunnar Sigurdsson"

