"""What the site tests share: the fixture sheets, invented sheets of any number, and an HTML
reader to check pages with (their tags, text, links and anchors)."""
import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from generator.site.exports import DATABASE
from generator.site.files import DATA_FOLDER
from generator.site.tables import COLUMNS
from generator.site.urls import page_url


SHEETS = Path(__file__).parent.parent / "fixtures" / "sheets"



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



# the files made for the whole site (generator.site.files), not pages
SITE_DATA_FILES = {"feed.xml", f"{DATA_FOLDER}/{DATABASE}", *(f"{DATA_FOLDER}/{name}.csv" for name in COLUMNS)}


def internal_links_resolve(pages: dict[str, str]) -> None:
    rendered = {path: to_html(text) for path, text in pages.items()}
    for path, page in rendered.items():
        for link in targets(path, page, pages):
            if link.startswith("https://"):
                continue
            target, _, anchor = link.partition("#")
            if target.endswith(("factsheet.yaml", "crisis.yaml", "crisis.json", ".csv", "feed.xml")) \
                    and target.rsplit("/", 1)[0] + "/index.md" in pages:
                continue  # a file made beside a briefing or a crisis page (generator.site.files)
            if target in SITE_DATA_FILES:
                continue
            assert target in pages or target in DOCS_PAGES, (path, link)
            if anchor and target in rendered:
                assert anchor in rendered[target].ids(), (path, link)



def site_links(site: dict[str, str]) -> set[str]:
    return {link.partition("#")[0] for path, text in site.items() for link in targets(path, to_html(text), site)}



class MemoryCache(dict):
    def get(self, key):
        return super().get(key)

    def put(self, key, text):
        self[key] = text

