"""The rendering stage: fact sheets -> HTML pages, and untrusted text kept inert."""
from __future__ import annotations

import copy
import json
import os
import posixpath
import shutil
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from generator.render import (
    TEMPLATES_DIR,
    Page,
    make_environment,
    page_url,
    relative_url,
    render_site,
    url_link,
)

SHEETS = Path(__file__).parent / "fixtures" / "sheets"
MINI_CRISIS = ["norway-warns-iceland", "mackerel-talks-resume"]
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           "[click](javascript:alert(1))", "{{ 7*7 }}", "# heading", "**bold**"]
DOCS_PAGES = {"method.md", "about.md"}

# Every tag and attribute the templates produce; anything else came from sheet text.
ALLOWED = {
    "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "p": {"class"}, "a": {"href", "class", "title"},
    "ul": set(), "li": set(), "table": set(), "thead": set(), "tbody": set(), "tr": set(),
    "th": {"class"}, "td": {"class"}, "div": {"class", "id"}, "blockquote": set(), "span": {"class"},
}
CLASSES = {"briefing-meta", "briefing-lede", "briefing-quote", "briefing-attribution", "briefing-item",
           "briefing-num", "headerlink", "briefing-stance", "briefing-stance--supports",
           "briefing-stance--opposes", "briefing-stance--neutral", "briefing-stance--other"}


def load(name: str) -> dict:
    return yaml.safe_load((SHEETS / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_site([load(name) for name in MINI_CRISIS])


@pytest.fixture(scope="module")
def hostile_pages() -> dict[str, str]:
    return render_site([load("hostile")])


class Html(HTMLParser):
    """Tags with their attributes, and the text as a reader sees it (entities decoded)."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.chunks: list[str] = []
        self.rows: list[list[str]] = []  # table rows, each a list of cell texts
        self._cell: list[str] | None = None
        self.feed(source)
        self.close()
        self.text = "".join(self.chunks)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        self.chunks.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def hrefs(self) -> list[str]:
        return [attrs["href"] for tag, attrs in self.tags
                if tag == "a" and "href" in attrs and attrs.get("class") != "headerlink"]

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.tags if "id" in attrs}


def to_html(text: str) -> Html:
    return Html(text)


def targets(path: str, page: Html, site: dict[str, str]) -> list[str]:
    """The page's links as docs paths ("actors/x.md#anchor"); outside URLs as they are."""
    by_url = {page_url(p): p for p in list(site) + sorted(DOCS_PAGES)}
    here = page_url(path)
    folder = here.rsplit("/", 1)[0] if "/" in here else ""
    found = []
    for href in page.hrefs():
        if urlsplit(href).scheme:
            found.append(href)
            continue
        url, _, anchor = unquote(href).partition("#")
        if url:
            url = posixpath.normpath(posixpath.join(folder, url)) + ("/" if url.endswith("/") else "")
            url = "" if url == "./" else url
        target = by_url.get(url, url) if url else path
        found.append(target + (f"#{anchor}" if anchor else ""))
    return found


def test_page_urls_and_relative_links():
    assert page_url("index.md") == ""
    assert page_url("briefings/x/index.md") == "briefings/x/"
    assert page_url("actors/x.md") == "actors/x/"
    assert page_url("actors/x.md", directory_urls=False) == "actors/x.html"
    assert page_url("crises/c/crisis.yaml") == "crises/c/crisis.yaml"
    assert relative_url("actors/x/", "briefings/y/") == "../../actors/x/"
    assert relative_url("", "actors/x/") == "../../"
    assert relative_url("", "") == "./"
    assert relative_url("briefings/y/", "") == "briefings/y/"
    assert relative_url("actors/x.html", "briefings/y/index.html") == "../../actors/x.html"


# --- the pages of a small crisis --------------------------------------------------------------------

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


def test_briefing_page_holds_the_facts(pages):
    page = to_html(pages["briefings/norway-warns-iceland/index.md"])
    assert page.tags[0] == ("h1", {"id": "norway-warns-iceland-over-mackerel-quota"})
    links = targets("briefings/norway-warns-iceland/index.md", page, pages)
    for fact in ("2031-03-04 · Example News · by Ola Nordmann",
                 "Kari Lindholm", "Fisheries Minister of Norway",
                 "We cannot accept a quota set by one country alone",
                 "Kari Lindholm said · via Nordic Wire · direct",
                 "unilateral mackerel quota", "cannot accept",
                 "2031-03-03 (on Monday)", "next week", "Talks resume in Bergen",
                 "140,000 tonnes", "A short history of the mackerel dispute"):
        assert fact in page.text, fact
    assert {"quote-q1", "quote-q2"} <= page.ids()
    assert "https://news.example.org/2031/03/04/mackerel" in links
    assert "factsheet.yaml" in page.hrefs()
    assert "../../actors/kari-lindholm/" in page.hrefs()
    assert "actors/kari-lindholm.md" in links
    assert "#quote-q1" in page.hrefs()  # a position and a source point at the quote they rest on
    # dated events first, in date order; the undated one after them
    assert page.text.index("on Monday") < page.text.index("next week")


def test_position_without_a_quote_shows_its_evidence_passage(pages):
    page = to_html(pages["briefings/norway-warns-iceland/index.md"])
    assert "Gunnar Sigurdsson said his government would set a quota of 140,000 tonnes" in page.text


def test_actor_pages_merge_the_same_id_across_articles(pages):
    page = to_html(pages["actors/kari-lindholm.md"])
    assert page.tags[0][0] == "h1" and "Kari Lindholm" in page.text
    assert "Person · also named Lindholm" in page.text
    assert "Fisheries Minister of Norway" in page.text
    assert "We cannot accept a quota set by one country alone" in page.text
    assert "Kari Lindholm welcomed the decision" in page.text
    links = targets("actors/kari-lindholm.md", page, pages)
    assert "briefings/norway-warns-iceland/index.md#quote-q1" in links
    assert "briefings/mackerel-talks-resume/index.md#quote-q2" in links
    assert "opposes" in page.text and "supports" in page.text


def test_actors_index_groups_by_kind_with_counts(pages):
    page = to_html(pages["actors/index.md"])
    headings = [page.text.index(kind) for kind in ("Person", "State", "Organization")]
    assert headings == sorted(headings)
    assert ["Gunnar Sigurdsson", "Fisheries Minister of Iceland", "2", "2"] in page.rows
    assert ["Norway", "", "1", "0"] in page.rows


def test_quotes_index_groups_by_speaker_and_links_to_the_quote(pages):
    page = to_html(pages["quotes/index.md"])
    assert page.text.index("Gunnar Sigurdsson") < page.text.index("We are ready to listen")
    links = targets("quotes/index.md", page, pages)
    assert "briefings/mackerel-talks-resume/index.md#quote-q1" in links
    assert "actors/gunnar-sigurdsson.md" in links


def test_sources_index_counts_citations(pages):
    page = to_html(pages["sources/index.md"])
    assert "Nordic Wire" in page.text and "statement from the Norwegian ministry" in page.text
    assert "1 quote" in page.text


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


def test_unknown_keys_and_dangling_references_are_tolerated():
    sheet = load("mackerel-talks-resume")
    sheet["curated"] = {"by": "analyst"}
    sheet["quotes"][0]["speakers"] = ["nobody-known"]
    page = to_html(render_site([sheet])["briefings/mackerel-talks-resume/index.md"])
    assert "nobody-known told" in page.text  # shown as text, with no link to a page that is not there
    assert not any("nobody-known" in href for href in page.hrefs())


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


def test_an_actor_called_index_does_not_replace_the_actors_index():
    sheet = load("mackerel-talks-resume")
    sheet["actors"][0]["id"] = "index"
    sheet["quotes"][0]["speakers"] = ["index"]
    out = render_site([sheet])
    assert Page("actors/index.md", out["actors/index.md"]).title == "Actors"
    assert Page("actors/index_.md", out["actors/index_.md"]).title == "Gunnar Sigurdsson"


def test_ids_that_look_like_pages_of_lists_get_other_file_names():
    from generator.render import actor_page, crisis_page
    assert actor_page("all-person-2") == "actors/all-person-2_.md"
    assert actor_page("all-persons") == "actors/all-persons.md"
    assert crisis_page("index-2") == "crises/index-2_/index.md"
    assert crisis_page("index") == "crises/index/index.md"


def test_templates_dir_can_be_overridden(tmp_path):
    shutil.copytree(TEMPLATES_DIR, tmp_path / "templates")
    (tmp_path / "templates" / "home.html.j2").write_text("<h1>Custom</h1>\n<p>{{ briefings|length }} briefings</p>\n")
    out = render_site([load(name) for name in MINI_CRISIS], templates_dir=tmp_path / "templates")
    assert out["index.md"] == "<h1>Custom</h1>\n<p>2 briefings</p>"


# --- untrusted text -----------------------------------------------------------------------------------

def assert_only_template_markup(path: str, page: Html, allowed=ALLOWED, classes=CLASSES) -> None:
    for tag, attrs in page.tags:
        assert tag in allowed, (path, tag)
        assert set(attrs) <= allowed[tag], (path, tag, attrs)
        assert set((attrs.get("class") or "").split()) <= classes, (path, attrs)
        for value in attrs.values():
            assert "javascript:" not in (value or "").lower(), (path, tag, attrs)
            assert "data:" not in (value or "").lower(), (path, tag, attrs)
        if "href" in attrs or "src" in attrs:
            assert urlsplit(attrs.get("href") or attrs["src"]).scheme in ("", "http", "https"), (path, attrs)
    assert [tag for tag, _ in page.tags].count("h1") == 1, path


def test_hostile_sheet_renders_without_markup(hostile_pages):
    for path, text in hostile_pages.items():
        page = to_html(text)
        assert_only_template_markup(path, page)
        assert "49" not in page.text, path


def test_hostile_text_is_shown_literally(hostile_pages):
    briefing = to_html(hostile_pages["briefings/hostile-article/index.md"])
    for text in HOSTILE:
        assert text in briefing.text, text
    assert "--8<-- \"/etc/passwd\" {++ins++} :smile: ==mark== ~~del~~ |a|b|" in briefing.text
    assert "Original article (javascript:alert(1))" in briefing.text
    actor = to_html(hostile_pages["actors/evil-actor.md"])
    assert "{: #pwn .x onclick=alert(1) }" in actor.text  # an alias that tried to be an attr_list


def test_hostile_headline_cannot_escape_the_html_title(hostile_pages):
    # Material prints `page.title | striptags` unescaped in <title>; striptags decodes entities.
    for path in ("briefings/hostile-article/index.md", "actors/evil-actor.md"):
        title = Page(path, hostile_pages[path]).title
        assert "<" not in Markup(title).striptags(), path
        assert "＜" in title, path  # shown, as look-alikes


def test_a_value_printed_without_any_filter_is_still_escaped():
    env = make_environment()
    value = "**x** <b>[a](javascript:b)</b>"
    for source in ("{{ v }}", "{{ v|safe }}", "{{ v|e }}", "{{ v ~ '' }}", "{{ [v, v]|join(' ') }}",
                   "{{ link(v, None) ~ v }}", "{{ '%s'|format(v) }}"):
        html = to_html("<p>" + env.from_string(source).render(v=value, root="", directory_urls=True) + "</p>")
        assert [tag for tag, _ in html.tags] == ["p"], source
        assert "<b>" in html.text, source


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "/relative",
    "https://", "http:/no-host", None, 42,
])
def test_only_http_urls_become_links(url):
    html = to_html(url_link("click", url))
    assert "a" not in [tag for tag, _ in html.tags]
    assert "click" in html.text


def test_http_urls_become_links_with_risky_characters_encoded():
    html = to_html(url_link("site", 'https://example.org/a b)("x" onmouseover=1'))
    assert html.hrefs() == ["https://example.org/a%20b%29%28%22x%22%20onmouseover=1"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_escaped_text_reads_back_as_itself(value):
    env = make_environment()
    html = to_html("<p>" + env.from_string("{{ v }}").render(v=value) + "</p>")
    assert {tag for tag, _ in html.tags} <= {"p"}
    kept = "".join(ch for ch in value if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    assert " ".join(html.text.split()) == " ".join(kept.split())


# --- crisis pages ---------------------------------------------------------------------------------

CRISIS_ALLOWED = {**ALLOWED, "img": {"src", "alt", "class"}, "strong": set()}
CRISIS_CLASSES = CLASSES | {"crisis-picture"}


def hostile_crisis_pages() -> dict[str, str]:
    from generator import crisis
    from tests.test_crisis import fixture_sheets

    sheets = fixture_sheets()
    for sheet in sheets:
        sheet["article"]["title"] += " " + HOSTILE[0]
        for actor in sheet["actors"]:
            actor["aliases"] = list(HOSTILE)
        for position in sheet["positions"]:
            position["topic"] = HOSTILE[1] + " | {: .x }"
    analysis = crisis.analyse(sheets)
    analysis.crises[0]["title"] = HOSTILE[0] + " [x](javascript:alert(1))"
    return render_site(analysis.sheets, crises=analysis.crises)


def test_hostile_crisis_page_renders_without_markup():
    pages = hostile_crisis_pages()
    for path in ("crises/index.md", "crises/marenland-valdoria/index.md", "index.md"):
        assert_only_template_markup(path, to_html(pages[path]), CRISIS_ALLOWED, CRISIS_CLASSES)
    page = to_html(pages["crises/marenland-valdoria/index.md"])
    assert HOSTILE[0] in page.text and HOSTILE[1] in page.text


# --- a large corpus: every page stays bounded -------------------------------------------------------

PAGE_BOUND = 300_000  # bytes: no generated page may grow with the corpus


SPEAKERS = ["Ilsa Varnok", "Dario Quell", "Mirte Osgard", "Toben Rask", "Yelka Dunmore",
            "Corvin Hale", "Sanne Brijk"]


def letters(n: int) -> str:
    """An invented word for a number: 0 -> "ba", 1 -> "be", ..."""
    word = ""
    for _ in range(3):
        n, rest = divmod(n, 25)
        word += "bdfgklmnprstvz"[rest % 14] + "aeiou"[rest % 5]
    return word


def synthetic_sheets(count: int) -> list[dict]:
    """`count` invented articles about one crisis: a few much-quoted speakers, many minor ones,
    a dated event each, over a few months (and some undated)."""
    sheets = []
    for n in range(count):
        speaker, minor = f"speaker-{n % 7}", f"minor-{n}"
        body = f"{SPEAKERS[n % 7]} said that the plan {n} was fair. Minor {n} disagreed on day {n}."
        published = None if n % 50 == 7 else f"2030-{1 + n % 4:02d}-{1 + n % 28:02d}"
        sheets.append({
            "schema_version": 1, "id": f"article-{n}",
            "article": {"title": f"Invented headline number {n}", "lede": f"Lede of article {n}.",
                        "published": published, "url": f"https://news.example.org/{n}",
                        "publisher": f"Outlet {n % 3}", "authors": [], "related": [], "body": body,
                        "crisis": "invented-crisis"},
            "actors": [
                {"id": speaker, "name": SPEAKERS[n % 7], "kind": "person", "aliases": [],
                 "roles": [], "affiliation": None, "mentions": [[0, 9]]},
                {"id": minor, "name": f"{letters(n).capitalize()} Movement", "kind": "group", "aliases": [], "roles": [],
                 "affiliation": None, "mentions": [[42, 49]]},
                {"id": f"state-{n % 40}", "name": f"{letters(n % 40).capitalize()}land", "kind": "state", "aliases": [],
                 "roles": [], "affiliation": None, "mentions": []},
            ],
            "quotes": [{"id": "q1", "text": f"the plan {n} was fair", "kind": "indirect",
                        "speakers": [speaker], "cue": "said", "via": "s1"},
                       {"id": "q2", "text": f"an unattributed remark {n}", "kind": "direct",
                        "speakers": [], "cue": None, "via": None}],
            "positions": [{"actor": speaker, "stance": "supports", "topic": f"topic {n % 5}",
                           "cue": "said", "evidence": "q1"},
                          {"actor": minor, "stance": "opposes", "topic": f"topic {n % 5}",
                           "cue": "disagreed", "evidence": [42, 60]}],
            "sources": [{"id": "s1", "name": f"Wire {n % 11}", "kind": "media", "url": None, "cited_for": ["q1"]}],
            "events": [{"date": published, "when": f"day {n}", "what": f"Event {n} happened",
                        "actors": [speaker], "evidence": [0, 20]}],
            "figures": [],
        })
    return sheets


def internal_links_resolve(pages: dict[str, str]) -> None:
    rendered = {path: to_html(text) for path, text in pages.items()}
    for path, page in rendered.items():
        for link in targets(path, page, pages):
            if link.startswith("https://"):
                continue
            target, _, anchor = link.partition("#")
            if target.endswith(("factsheet.yaml", "crisis.yaml")):
                assert target.rsplit("/", 1)[0] + "/index.md" in pages, (path, link)
                continue
            assert target in pages or target in DOCS_PAGES, (path, link)
            if anchor and target in rendered:
                assert anchor in rendered[target].ids(), (path, link)


def site_links(site: dict[str, str]) -> set[str]:
    return {link.partition("#")[0] for path, text in site.items() for link in targets(path, to_html(text), site)}


@pytest.fixture(scope="module")
def large_site() -> dict[str, str]:
    from generator import crisis
    analysis = crisis.analyse(synthetic_sheets(400))
    return render_site(analysis.sheets, crises=analysis.crises)


def test_every_page_of_a_large_corpus_is_bounded(large_site):
    for path, text in large_site.items():
        assert len(text.encode()) < PAGE_BOUND, (path, len(text.encode()))
    assert len(large_site["quotes/index.md"]) < 60_000  # one row per speaker, not every quote


def test_a_large_corpus_has_its_archive_and_timeline_pages_linked(large_site):
    home = to_html(large_site["index.md"])
    assert home.text.count("Invented headline number") == 50
    months = ["briefings/archive/2030-04.md", "briefings/archive/2030-01.md", "briefings/archive/undated.md"]
    for month in months:
        assert month in large_site and month in targets("index.md", home, large_site)
    archive = to_html(large_site["briefings/archive/2030-01.md"])
    assert "briefings/article-0/index.md" in targets("briefings/archive/2030-01.md", archive, large_site)
    assert sum(page.count('href="../../../briefings/article-') for path, page in large_site.items()
               if path.startswith("briefings/archive/")) == 400  # every briefing in one month
    crisis_path = next(p for p in large_site if p.startswith("crises/") and p.endswith("/index.md")
                       and p != "crises/index.md")
    folder = crisis_path.rsplit("/", 1)[0]
    links = targets(crisis_path, to_html(large_site[crisis_path]), large_site)
    assert f"{folder}/timeline-1.md" in links and f"{folder}/timeline-2.md" in links
    events = "".join(t for p, t in large_site.items() if p.startswith(f"{folder}/timeline-"))
    assert all(f"Event {n} happened" in events for n in range(400) if n % 50 != 7)
    speaker = to_html(large_site["actors/speaker-0.md"])  # 58 quotes: under twice a page, one page
    assert all(f"the plan {n} was fair" in speaker.text for n in range(0, 400, 7))
    assert "actors/speaker-0/2.md" not in large_site


def test_long_lists_keep_their_older_pages_fixed():
    from generator.render import _stable_pages
    assert _stable_pages(list(range(3)), 5) == [[0, 1, 2]]
    assert _stable_pages(list(range(9)), 5) == [[0, 1, 2, 3, 4, 5, 6, 7, 8]]
    assert _stable_pages(list(range(10)), 5) == [[5, 6, 7, 8, 9], [0, 1, 2, 3, 4]]
    assert _stable_pages(list(range(17)), 5) == [[10, 11, 12, 13, 14, 15, 16], [5, 6, 7, 8, 9], [0, 1, 2, 3, 4]]
    # one more item changes the first page only
    assert _stable_pages(list(range(18)), 5)[1:] == _stable_pages(list(range(17)), 5)[1:]


def test_an_actor_with_many_quotes_has_older_pages(monkeypatch):
    from generator import crisis, render
    monkeypatch.setattr(render, "ACTOR_QUOTES", 20)
    analysis = crisis.analyse(synthetic_sheets(400))
    site = render_site(analysis.sheets, crises=analysis.crises)
    speaker = to_html(site["actors/speaker-0.md"])
    assert "38 of 58 quotes, the newest" in speaker.text
    assert "actors/speaker-0/2.md" in targets("actors/speaker-0.md", speaker, site)
    older = to_html(site["actors/speaker-0/2.md"])
    assert "Ilsa Varnok (page 2 of 2)" in older.text and "20 of 58 quotes;" in older.text
    assert "actors/speaker-0.md" in targets("actors/speaker-0/2.md", older, site)


def test_every_internal_link_of_a_large_corpus_resolves(large_site):
    internal_links_resolve(large_site)


def test_small_caps_page_every_long_list(monkeypatch):
    """With tiny page sizes every list is cut into pages, each reached by a link, none lost."""
    from generator import crisis, render
    for name, value in {"LATEST_BRIEFINGS": 5, "ARCHIVE_PAGE": 4, "CRISES_PER_PAGE": 1, "QUOTE_SPEAKERS": 6,
                        "ACTORS_PER_PAGE": 7, "ACTOR_QUOTES": 2, "ACTOR_POSITIONS": 3, "ACTOR_ARTICLES": 4,
                        "SOURCES_PER_PAGE": 4}.items():
        monkeypatch.setattr(render, name, value)
    sheets = synthetic_sheets(30) + [load(name) for name in MINI_CRISIS]
    analysis = crisis.analyse(sheets)
    site = render_site(analysis.sheets, crises=analysis.crises)
    for path in ("briefings/archive/2030-01-2.md", "quotes/speakers-2.md", "actors/all-group-2.md",
                 "actors/all-state-2.md", "sources/more-2.md", "actors/speaker-0/2.md", "crises/index-2.md"):
        assert path in site, path
    internal_links_resolve(site)
    assert set(site) - site_links(site) <= {"index.md"}  # every page is reached by a link
    assert sum(site[p].count('href="../../../briefings/article-') for p in site if p.startswith("briefings/archive/")) == 30
    groups = "".join(t for p, t in site.items() if p == "actors/index.md" or p.startswith("actors/all-group-"))
    assert all(f"{letters(n).capitalize()} Movement" in groups for n in range(30))
    actor = "".join(t for p, t in site.items() if p == "actors/speaker-0.md" or p.startswith("actors/speaker-0/"))
    assert all(f"the plan {n} was fair" in actor for n in range(0, 30, 7))


# --- the page cache ---------------------------------------------------------------------------------

class MemoryCache(dict):
    def get(self, key):
        return super().get(key)

    def put(self, key, text):
        self[key] = text


def test_one_new_article_re_renders_only_the_pages_it_changes():
    from generator import crisis
    from generator.render import plan_site
    cache = MemoryCache()
    sheets = synthetic_sheets(60)
    analysis = crisis.analyse(sheets[:-1])
    first = plan_site(analysis.sheets, crises=analysis.crises)
    first.use_cache(cache)
    before = first.render_all()
    assert first.rendered == len(first.jobs)
    again = plan_site(analysis.sheets, crises=analysis.crises)
    again.use_cache(cache)
    assert again.render_all() == before and again.rendered == 0
    analysis = crisis.analyse(sheets)
    grown = plan_site(analysis.sheets, crises=analysis.crises)
    grown.use_cache(cache)
    pages = grown.render_all()
    fresh = render_site(analysis.sheets, crises=analysis.crises)
    assert pages == fresh  # what comes from the cache is what rendering gives
    assert 0 < grown.rendered < len(grown.jobs) / 3
    assert "briefings/article-59/index.md" in pages


def test_page_keys_are_the_same_in_every_process():
    # a set or a dict filled from one in a page's data would change its key from one run to the
    # next (string hashes are seeded per process): every page would be rendered at every build
    import subprocess
    import sys
    script = ("import json, sys; sys.path[:0] = sys.argv[1:]; from tests.test_render import synthetic_sheets; "
              "from generator import crisis; from generator.render import plan_site; "
              "a = crisis.analyse(synthetic_sheets(40)); print(json.dumps(plan_site(a.sheets, crises=a.crises).keys))")
    root = str(Path(__file__).resolve().parent.parent)
    keys = [subprocess.run([sys.executable, "-c", script, root], env={**os.environ, "PYTHONHASHSEED": seed},
                           capture_output=True, text=True, check=True).stdout for seed in ("1", "2")]
    assert keys[0] == keys[1] and len(json.loads(keys[0])) > 40


def test_a_template_change_re_renders_every_page(tmp_path):
    from generator.render import plan_site
    shutil.copytree(TEMPLATES_DIR, tmp_path / "templates")
    cache, sheets = MemoryCache(), [load(name) for name in MINI_CRISIS]
    first = plan_site(sheets, templates_dir=tmp_path / "templates")
    first.use_cache(cache)
    first.render_all()
    home = tmp_path / "templates" / "home.html.j2"
    home.write_text(home.read_text().replace("Fact sheets extracted", "Facts extracted"))
    second = plan_site(sheets, templates_dir=tmp_path / "templates")
    second.use_cache(cache)
    assert "Facts extracted" in second.render_all()["index.md"]
    assert second.rendered == len(second.jobs)


def test_a_released_list_is_emptied_and_gives_the_same_pages():
    import copy
    from generator import crisis
    from generator.render import plan_site
    analysis = crisis.analyse(synthetic_sheets(12))
    kept = plan_site(analysis.sheets, crises=analysis.crises)
    handed_over = copy.deepcopy(analysis.sheets)
    released = plan_site(handed_over, crises=analysis.crises, release=True)
    assert handed_over == [] and len(analysis.sheets) == 12
    assert released.render_all() == kept.render_all()


# --- rendering ahead in a second process --------------------------------------------------------------

def _planned(tmp_path, count=12):
    from generator import crisis
    from generator.render import plan_site
    from generator.store import ContentCache
    analysis = crisis.analyse(synthetic_sheets(count))
    pages = plan_site(analysis.sheets, crises=analysis.crises)
    pages.use_cache(ContentCache(tmp_path / "pages", ".html"))
    return pages


def test_pages_rendered_ahead_are_read_back_not_rendered(tmp_path):
    from generator.render import RenderAhead
    pages = _planned(tmp_path)
    expected = _planned(tmp_path / "other").render_all()
    ahead = RenderAhead(pages)
    ahead.MIN_PAGES = 1
    assert ahead.start()
    ahead.process.join(60)  # let it finish every page
    ahead.stop()
    assert pages.uncached() == []
    assert pages.render_all() == expected and pages.rendered == 0
    assert not list((tmp_path / "pages").glob(".*"))  # no half-written file left


def test_the_helper_jumps_ahead_of_the_site_process(tmp_path):
    import threading
    from generator.render import RenderAhead
    pages = _planned(tmp_path)
    todo = pages.uncached()
    ahead = RenderAhead(pages)
    ahead.JUMP, ahead.stopping = 3, threading.Event()
    pages.render(todo[2])  # the site process got to the third page first
    ahead._run(todo)
    missing = set(pages.uncached())
    assert missing == {todo[3], todo[4]}  # skipped with the page it found done, left to the site process


def test_a_stopped_helper_leaves_the_rest_to_the_site_process(tmp_path):
    import threading
    from generator.render import RenderAhead
    pages = _planned(tmp_path)
    ahead = RenderAhead(pages)
    ahead.stopping = threading.Event()
    ahead.stopping.set()
    ahead._run(pages.uncached())
    assert len(pages.uncached()) == len(pages.jobs) and pages.rendered == 0


def test_no_helper_for_a_few_pages(tmp_path):
    from generator.render import RenderAhead
    ahead = RenderAhead(_planned(tmp_path, count=2))
    assert not ahead.start() and ahead.process is None
    ahead.stop()  # nothing to stop


def test_a_dict_key_is_read_before_a_dict_method_of_the_same_name():
    env = make_environment()
    row = {"title": "T", "items": ["a", "b"], "get": "got"}
    assert env.from_string("{{ row.title }} {{ row.items|join(',') }} {{ row.get }}").render(row=row) == "T a,b got"
    assert env.from_string("{{ row|items|list|length }}").render(row={"x": 1}) == "1"
    assert env.from_string("{{ n.real }}").render(n=5) == "5"  # attributes of other objects as before
    with pytest.raises(Exception, match="missing"):
        env.from_string("{{ row.missing }}").render(row=row)


def test_a_page_that_fails_in_the_helper_is_left_to_the_site_process(tmp_path):
    import threading
    from generator.render import RenderAhead
    pages = _planned(tmp_path)
    pages.add("broken.md", "no-such-template.html.j2", x=1)
    todo = ["broken.md", *pages.uncached()]
    ahead = RenderAhead(pages)
    ahead.stopping = threading.Event()
    ahead._run(todo)  # returns quietly: the site process meets the error and reports it
    assert pages.rendered == 0
    with pytest.raises(Exception, match="no-such-template"):
        pages.render("broken.md")
