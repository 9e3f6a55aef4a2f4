"""The Atom feeds (generator.site.feeds): the site's new briefings and each crisis's
developments parse as Atom, with one entry per dated article, its date and its page."""
import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from generator.site.feeds import atom
from generator.site.files import site_files
from generator.site.options import SiteOptions
from generator.site.urls import page_url
from tests.crisis.sheets import fixture_sheets

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://example.org/briefing/"


@pytest.fixture(scope="module")
def sheets():
    return fixture_sheets()


def parse(text: str) -> ET.Element:
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.tag == f"{ATOM}feed"
    return feed


def when(element, name) -> dt.datetime:
    return dt.datetime.fromisoformat(element.find(f"{ATOM}{name}").text.replace("Z", "+00:00"))


def check_feed(feed: ET.Element, pages: set[str], articles: dict[str, dict]) -> list[ET.Element]:
    entries = feed.findall(f"{ATOM}entry")
    assert feed.find(f"{ATOM}id").text.startswith("urn:uuid:") and feed.find(f"{ATOM}title").text
    assert when(feed, "updated") == max(when(e, "updated") for e in entries)
    urls = {SITE + page_url(p, False): p for p in pages}
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")
        assert link in urls, link  # an absolute address of one of the site's pages
        article = articles[urls[link].split("/")[1]]
        assert entry.find(f"{ATOM}title").text == article["title"]
        assert when(entry, "published").date().isoformat() == str(article["published"])
        assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
    dates = [when(e, "updated") for e in entries]
    assert dates == sorted(dates, reverse=True)  # newest first
    return entries


def test_the_site_feed_has_every_dated_briefing(sheets):
    articles = {s["id"]: s["article"] for s in sheets}
    files = site_files([dict(s) for s in sheets], {}, {}, None, SiteOptions(directory_urls=False, site_url=SITE))
    feed = parse(files.texts["feed.xml"])
    entries = check_feed(feed, set(files.pages.jobs), articles)
    assert len(entries) == len([a for a in articles.values() if a["published"]])
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE + "feed.xml"


def test_each_crisis_has_a_feed_of_its_developments(sheets):
    articles = {s["id"]: s["article"] for s in sheets}
    files = site_files([dict(s) for s in sheets], {}, {}, None, SiteOptions(directory_urls=False, site_url=SITE))
    feeds = [path for path in files.texts if path.startswith("crises/") and path.endswith("/feed.xml")]
    assert feeds
    for path in feeds:
        entries = check_feed(parse(files.texts[path]), set(files.pages.jobs), articles)
        crisis_page = path.rsplit("/", 1)[0] + "/index.md"
        assert crisis_page in files.pages.jobs and entries


def test_without_the_site_address_links_are_relative_to_the_feed():
    article = {"id": "a", "title": "T", "published": "2024-01-02", "lede": None, "publisher": None,
               "path": "briefings/a/index.md"}
    feed = parse(atom("crises/c/feed.xml", "C", "crises/c/index.md", [article], SiteOptions(directory_urls=False)))
    assert feed.find(f"{ATOM}entry/{ATOM}link").get("href") == "../../briefings/a/index.html"
    assert feed.find(f"{ATOM}link[@rel='alternate']").get("href") == "../../crises/c/index.html"


def test_article_text_stays_text_in_a_feed():
    hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>\x01'
    article = {"id": "a", "title": hostile, "published": "2024-01-02", "lede": hostile, "publisher": hostile,
               "path": "briefings/a/index.md"}
    text = atom("feed.xml", hostile, "index.md", [article], SiteOptions())
    assert "<img" not in text and "<b>" not in text
    entry = parse(text).find(f"{ATOM}entry")
    title = entry.find(f"{ATOM}title")
    assert title.get("type") == "text" and title.text == hostile.replace("\x01", "") and len(title) == 0
    assert entry.find(f"{ATOM}summary").text == hostile.replace("\x01", "")


def test_an_undated_article_is_left_out():
    articles = [{"id": "a", "title": "A", "published": None, "path": "briefings/a/index.md"},
                {"id": "b", "title": "B", "published": "2024-01-02", "path": "briefings/b/index.md"}]
    entries = parse(atom("feed.xml", "F", "index.md", articles, SiteOptions())).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["B"]
