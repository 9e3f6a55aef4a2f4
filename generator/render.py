"""Rendering stage: fact sheets (schema_version 1 dicts) -> HTML pages, through Jinja templates.

Python here only prepares data (id -> name lookups, sorting, grouping, page paths); every word of
page text lives in the top-level ``templates/`` folder. A page is the HTML of the page's content
area; the MkDocs plugin frames it in the theme without running Markdown over it (Markdown was
most of the cost of a page, and a page of ours has nothing for it to do).

Every string in a fact sheet is article text from the internet. The Jinja environment escapes
every printed value (``autoescape``), so it can only ever be text; markup comes from the
templates and from this module's helpers (``link``, ``url_link``, ``h``), which escape what they
are given.

Pages are named by their source path in the docs folder ("actors/x.md"), as MkDocs names pages;
links are written as URLs relative to the page they are on (``use_directory_urls`` or not).
"""
from __future__ import annotations

import datetime as _dt
import gc
import hashlib
import html as _html
import multiprocessing
import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from pathlib import Path
from urllib.parse import quote as _percent_encode
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from generator.machine import cores
from generator.store import content_digest

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

KIND_ORDER = ("person", "state", "organization", "group", "media", "document", "other")
STANCES = ("supports", "opposes", "neutral")
EXCERPT_CHARS = 240
SUMMARY_CHARS = 1200  # the most of a page's opening the search index holds

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Control characters (Unicode category Cc) but tab and line breaks: never part of a page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_URL_SAFE = "-._~:/?#@!$&+,;=%"  # percent-encode the rest: ( ) < > " ' space ` * [ ] \ etc.
_NO_ANGLES = str.maketrans({"<": "\uff1c", ">": "\uff1e"})
_HEADING = re.compile(r'<h([1-6]) id="([^"]*)"[^>]*>(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


# --- escaping and links -------------------------------------------------------------------------

def text(value) -> str:
    """A printable string of any value: None is empty, control characters go."""
    if value is None or isinstance(value, jinja2.Undefined):
        return str(value or "")  # a StrictUndefined raises here, as it should
    return value if isinstance(value, Markup) else _CONTROL.sub("", str(value))


def _escape_text(value) -> Markup:
    return escape(text(value))


def safe_url(url) -> str | None:
    """The URL percent-encoded for an href, or None unless it is absolute http(s)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return _percent_encode(url, safe=_URL_SAFE)


def slug(value) -> Markup:
    """An id checked to be a slug, usable in paths, anchors and attributes."""
    if not isinstance(value, str) or not _SLUG_RE.fullmatch(value):
        raise ValueError(f"not a slug id: {value!r}")
    return Markup(value)


@lru_cache(maxsize=1 << 16)
def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) of a file named by its docs path: a page "a/b.md" is
    served at "a/b/" (or "a/b.html"), "a/index.md" at "a/"; any other file where it is."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/" if directory_urls else f"{stem}.html"


def root_of(url: str) -> str:
    """The way back to the site root from the page at `url` ("actors/x/" -> "../../")."""
    return "../" * url.count("/")


def relative_url(target: str, page: str) -> str:
    """`target` (a URL from the site root) as seen from the page at URL `page`."""
    return _from_root(root_of(page), target)


def _from_root(root: str, target: str) -> str:
    return (root + target) or "./"


@jinja2.pass_context
def link(context, label, path: str | None) -> Markup:
    """A link to one of our files (`path` relative to the docs folder, optionally with an
    "#anchor", or just "#anchor" on this page); the label alone when `path` is None."""
    label = escape(text(label))
    if not path:
        return label
    target, _, anchor = path.partition("#")
    href = _from_root(context["root"], page_url(target, context["directory_urls"])) if target else ""
    href = _percent_encode(href + (f"#{anchor}" if anchor else ""), safe=_URL_SAFE)
    return Markup(f'<a href="{href}">{label}</a>')


def url_link(label, url) -> Markup:
    """A link to an outside http(s) URL; any other URL (javascript:, data:) stays inert text."""
    href = safe_url(url)
    if href:
        return Markup(f'<a href="{escape(href)}">{escape(text(label or url))}</a>')
    if label and url:
        return escape(f"{text(label)} ({text(url)})")
    return escape(text(label or url))


@jinja2.pass_context
def h(context, level: int, label, anchor: str | None = None) -> Markup:
    """A section heading with a permanent link, its id unique on the page (as the theme's own
    headings have: the table of contents is made from these)."""
    label = escape(text(label))
    base = anchor or _anchor_of(_html.unescape(str(label)))
    taken = context["anchors"]
    anchor, n = base, 1
    while anchor in taken:
        n += 1
        anchor = f"{base}_{n}"
    taken.add(anchor)
    return Markup(f'<h{level} id="{anchor}">{label}<a class="headerlink" href="#{anchor}" '
                  f'title="Permanent link">&para;</a></h{level}>')


def _anchor_of(label: str) -> str:
    """An id for a heading, as Python-Markdown's toc makes them: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_label.casefold()).strip("-") or "section"


class _Environment(jinja2.Environment):
    """Jinja where `row.title` on a dict reads the key first, as `row["title"]` does. Every value
    our templates get is a dict; Jinja's own order (the attribute first) raised and caught an
    AttributeError for each of the millions of such lookups a large site makes. A key named
    like a dict method (`items`, `get`) now wins over the method: `row.items()` on a row with
    an "items" key needs `row|items` instead."""

    def getattr(self, obj, attribute):
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def make_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir or TEMPLATES_DIR)),
        autoescape=True,
        finalize=text,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # a build reads each template once; no stat() per include
    )
    # `|safe` would print article text as markup; every template value is text here, and markup
    # only comes from the helpers, so `safe` escapes like everything else.
    env.filters.update(slug=slug, safe=_escape_text)
    env.globals.update(link=link, url_link=url_link, h=h)
    return env


# --- pages ----------------------------------------------------------------------------------------

@dataclass
class Page:
    """One generated page: its source path in the docs folder and its rendered HTML."""
    path: str
    html: str

    @cached_property
    def headings(self) -> list[tuple[int, str, str]]:
        """(level, id, HTML text) of every heading, in order."""
        return [(int(level), anchor, _TAG.sub("", _PERMALINK.sub("", inner)).strip())
                for level, anchor, inner in _HEADING.findall(self.html)]

    @property
    def title(self) -> str:
        """The H1's text, HTML-escaped. Angle brackets are shown as their full-width look-alikes:
        themes print the title through ``striptags``, which unescapes, inside <title>."""
        h1 = next((inner for level, _, inner in self.headings if level == 1), "")
        return str(escape(_html.unescape(h1).translate(_NO_ANGLES)))

    @property
    def toc(self) -> list[dict]:
        """The headings as a nested table of contents: [{level, id, name, children}]."""
        root: list[dict] = []
        stack: list[dict] = []
        for level, anchor, name in self.headings:
            token = {"level": level, "id": anchor, "name": name, "children": []}
            while stack and stack[-1]["level"] >= level:
                stack.pop()
            (stack[-1]["children"] if stack else root).append(token)
            stack.append(token)
        return root

    @property
    def summary(self) -> str:
        """What the search index holds of the page: its opening, up to the first section
        heading (title, dates, lede), so the index stays small however long the page is."""
        head = self.html.split("<h2", 1)[0]
        return head if len(head) <= SUMMARY_CHARS else head.split("</h1>", 1)[0] + "</h1>"


@dataclass
class Renderer:
    """Renders the pages of one site; the page list is known first, the HTML made on demand
    (a site of 10,000 articles need not hold all its pages at once).

    Each page's data is kept pickled: a few times smaller than the dicts it was made of, and a
    process forked to render pages (RenderAhead) reads it without touching, and so copying,
    the memory of thousands of shared objects.

    With a cache (`use_cache`), a page whose template and data are those of a page rendered
    before is read back instead of rendered: one new article re-renders only the pages it
    changes. A page's key is a digest of the templates, this module and the page's data."""
    env: jinja2.Environment
    directory_urls: bool
    jobs: dict = field(default_factory=dict)  # path -> (template, pickled data)
    cache: object = None  # get(key) -> str | None, put(key, text); see generator.store.ContentCache
    keys: dict = field(default_factory=dict)  # path -> cache key
    rendered: int = 0  # pages rendered (not read from the cache)

    @cached_property
    def fingerprint(self) -> str:
        return _templates_fingerprint(self.env, self.directory_urls)

    def add(self, path: str, template: str, **data) -> None:
        self.jobs[path] = (template, pickle.dumps(data, pickle.HIGHEST_PROTOCOL))
        self.keys[path] = content_digest(self.fingerprint, path, template, data)

    def use_cache(self, cache) -> list[str]:
        """Read pages from `cache` and keep new ones there; returns every page's key (what the
        cache must keep)."""
        self.cache = cache
        return list(self.keys.values())

    def render(self, path: str) -> Page:
        key = self.keys.get(path) if self.cache is not None else None
        html = self.cache.get(key) if key else None
        if html is None:
            template, data = self.jobs[path]
            root = root_of(page_url(path, self.directory_urls))
            html = self.env.get_template(template).render(
                root=root, directory_urls=self.directory_urls, anchors=set(), **pickle.loads(data))
            self.rendered += 1
            if key:
                self.cache.put(key, html)
        return Page(path, html)

    def render_all(self) -> dict[str, str]:
        return {path: self.render(path).html for path in self.jobs}

    def uncached(self) -> list[str]:
        """The pages (in page order) that the cache could hold but does not yet."""
        return [path for path, key in self.keys.items() if not self.cache.has(key)]


class RenderAhead:
    """A second process that renders a Renderer's uncached pages into its cache, in page order,
    while the site process does the rest of each page (the theme's frame, writing it). The site
    process still renders any page it reaches first (`Renderer.render` reads the cache first),
    so nothing waits on the helper and a lost helper only costs time. When the site process
    catches up (a page the helper was about to render is already cached), the helper jumps
    ahead, so the two never render the same pages in step.

    Forked, it shares the page data with the site process instead of copying it; the data is
    frozen out of the garbage collector first, so that collections do not write to (and so
    copy) every shared object."""
    JUMP = 64  # pages the helper skips when the site process has caught up with it
    MIN_PAGES = 200  # fewer uncached pages are not worth a process

    def __init__(self, renderer: Renderer):
        self.renderer = renderer
        self.process = None
        self.stopping = None

    def start(self) -> bool:
        """Start the helper when there is enough to render, more than one core and fork;
        returns whether it runs."""
        if self.renderer.cache is None or cores() < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return False
        todo = self.renderer.uncached()
        if len(todo) < self.MIN_PAGES:
            return False
        context = multiprocessing.get_context("fork")
        self.stopping = context.Event()
        gc.freeze()
        self.process = context.Process(target=self._run, args=(todo,), daemon=True)
        self.process.start()
        return True

    def _run(self, todo: list[str]) -> None:
        renderer, index = self.renderer, 0
        while index < len(todo) and not self.stopping.is_set():
            path = todo[index]
            if renderer.cache.has(renderer.keys[path]):
                index += self.JUMP  # the site process got here first
                continue
            try:
                renderer.render(path)
            except Exception:  # noqa: BLE001 - the site process renders this page too, and reports it
                return
            index += 1

    def stop(self) -> None:
        """Stop the helper between two pages (a page being written is finished) and wait for it."""
        if self.process is None:
            return
        self.stopping.set()
        self.process.join()
        self.process = None
        gc.unfreeze()


def _templates_fingerprint(env: jinja2.Environment, directory_urls: bool) -> str:
    """What every page depends on besides its data: the templates, this module, Jinja's version."""
    digest = hashlib.sha256(f"{jinja2.__version__} {directory_urls}".encode())
    digest.update(Path(__file__).read_bytes())
    for name in sorted(env.list_templates()):
        source, _, _ = env.loader.get_source(env, name)
        digest.update(name.encode() + b"\0" + source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# --- site -----------------------------------------------------------------------------------------

# What a list shows of each briefing, crisis or actor: the index pages get these rows, not the
# whole views (whose every quote would otherwise be in the data, and the key, of every index).
BRIEFING_ROW = ("id", "path", "title", "lede", "published", "publisher", "authors", "url", "language",
                "actor_count", "quote_count")
CRISIS_ROW = ("id", "path", "title", "grouped_by", "first", "last", "article_count")
ACTOR_ROW = ("ref", "kind", "aliases", "roles", "affiliations", "crises", "article_count", "quote_count")


def _rows(items: list[dict], fields: tuple[str, ...]) -> list[dict]:
    return [{k: item[k] for k in fields if k in item} for item in items]


def _paged_rows(pages: list[dict], fields: tuple[str, ...]) -> list[dict]:
    return [{**page, "items": _rows(page["items"], fields)} for page in pages]


def _pager(pages: list[dict]) -> list[dict]:
    """The pages of a list as a pager shows them: their numbers, paths and row ranges."""
    return [{k: page[k] for k in ("number", "path", "start", "end") if k in page} for page in pages]


def plan_site(sheets: list[dict], templates_dir: Path | None = None,
              crises: list[dict] | None = None, directory_urls: bool = True,
              release: bool = False) -> Renderer:
    """Every generated page of the site, to render on demand (see Renderer).

    Each page gets only what it shows (a pager gets page numbers, not every row of every page),
    which keeps its cache key cheap to compute.
    `crises` are merged crisis dicts (generator.crisis); each gets its briefing page.
    With `release`, `sheets` is emptied as their pages' data is made (see build_site)."""
    site = build_site(sheets, crises, release=release)
    pages = Renderer(make_environment(templates_dir), directory_urls)
    archive = [{**month, "pages": _pager(month["pages"])} for month in site["archive"]]
    pages.add("index.md", "home.html.j2", briefings=_rows(site["briefings"][:LATEST_BRIEFINGS], BRIEFING_ROW),
              briefing_count=len(site["briefings"]), crises=_rows(site["crises"][:HOME_CRISES], CRISIS_ROW),
              crisis_count=len(site["crises"]), archive=archive)
    for month, light in zip(site["archive"], archive):
        for part in _paged_rows(month["pages"], BRIEFING_ROW):
            pages.add(part["path"], "archive.html.j2", month=light, part=part)
    for part in _paged_rows(site["crisis_pages"], CRISIS_ROW):
        pages.add(part["path"], "crises_index.html.j2", part=part, pager=_pager(site["crisis_pages"]),
                  crisis_count=len(site["crises"]))
    for view in site["crises"]:
        pages.add(view["path"], "crisis.html.j2", c=view)
        heading = {"title": view["title"], "path": view["path"], "timeline_pages": _pager(view["timeline_pages"])}
        for part in view["timeline_pages"]:
            pages.add(part["path"], "crisis_timeline.html.j2", c=heading, part=part)
    for briefing in site["briefings"]:
        pages.add(briefing["path"], "briefing.html.j2", b=briefing)
    groups = [{**group, "actors": _rows(group["actors"], ACTOR_ROW), "pages": _pager(group["pages"])}
              for group in site["actor_groups"]]
    for group, light in zip(site["actor_groups"], groups):
        for part in _paged_rows(group["pages"][1:], ACTOR_ROW):
            pages.add(part["path"], "actors_more.html.j2", g={**light, "actors": None}, part=part)
    pages.add("actors/index.md", "actors_index.html.j2", groups=groups)
    for actor in site["actors"]:
        about = {k: v for k, v in actor.items() if k not in ("quotes", "positions", "appearances", "parts")}
        about["position_count"] = len(actor["positions"])
        for part in actor["parts"]:
            pages.add(part["path"], "actor.html.j2", a=about, p=part)
    for part in site["speaker_pages"]:
        pages.add(part["path"], "quotes_index.html.j2", part=part, pager=_pager(site["speaker_pages"]),
                  speaker_count=site["speaker_count"], unattributed=site["unattributed"])
    for part in site["source_pages"]:
        pages.add(part["path"], "sources_index.html.j2", part=part, pager=_pager(site["source_pages"]),
                  source_count=len(site["sources"]))
    return pages


def render_site(sheets: list[dict], templates_dir: Path | None = None,
                crises: list[dict] | None = None, directory_urls: bool = True) -> dict[str, str]:
    """Every generated page rendered at once: {docs path: HTML}. For tests and small sites; a
    build renders page by page through `plan_site`."""
    return plan_site(sheets, templates_dir, crises, directory_urls).render_all()


def build_site(sheets: list[dict], crises: list[dict] | None = None, release: bool = False) -> dict:
    """All the data the templates show, with every cross-reference resolved. With `release`,
    the caller's `sheets` list is emptied and each sheet let go once its briefing is made: a
    caller that hands over its only list (as the build does) never holds every sheet and every
    page's data at once (at 10,000 articles, 740 MB and 860 MB)."""
    given = sheets
    sheets = [s for s in sheets if isinstance(s, dict)]
    _check_sheet_ids(sheets)
    sheets = _newest_first(sheets)
    names = _actor_names(sheets)
    if release:
        given.clear()
    briefings = []
    for index, sheet in enumerate(sheets):
        briefings.append(_briefing(sheet, names))
        if release:
            sheets[index] = None
    crisis_views = [crisis_view(c, names, briefings) for c in crises or []]
    actors = _merge_actors(briefings, crisis_views)
    for actor in actors:
        actor["parts"] = _actor_parts(actor)
    speakers, unattributed = _speaker_rows(_group_quotes(briefings))
    sources = _merge_sources(briefings)
    return {
        "briefings": briefings,
        "archive": _archive(briefings) if len(briefings) > LATEST_BRIEFINGS else [],
        "crises": crisis_views,
        "crisis_pages": _paged(crisis_views, CRISES_PER_PAGE, "crises/index.md", "crises/index-{n}.md"),
        "actors": actors,
        "actor_groups": _group_by_kind(actors),
        "speaker_pages": _paged(speakers, QUOTE_SPEAKERS, "quotes/index.md", "quotes/speakers-{n}.md"),
        "speaker_count": len(speakers),
        "unattributed": unattributed,
        "sources": sources,
        "source_pages": _paged([{**s, "briefings": s["briefings"][:SOURCE_BRIEFINGS],
                                 "briefing_count": len(s["briefings"])} for s in sources],
                               SOURCES_PER_PAGE, "sources/index.md", "sources/more-{n}.md"),
    }


# --- bounded pages ----------------------------------------------------------------------------------
# No page may grow with the corpus: long lists show their head (newest or most cited) and the rest
# goes to numbered pages of a fixed size, reached by links (mkdocs.yml keeps them out of the nav).

LATEST_BRIEFINGS = 50      # newest briefings on the home page; all of them by month in the archive
HOME_CRISES = 50           # crises on the home page (all of them on crises/index.md)
ARCHIVE_PAGE = 500         # briefings per archive page (a month with more is split)
CRISES_PER_PAGE = 500      # rows per page of the crises index
QUOTE_SPEAKERS = 500       # speakers per page of the quotes index
UNATTRIBUTED_SHOWN = 20    # newest unattributed quotes on the quotes index
ACTORS_PER_PAGE = 300      # actors of one kind per page of the actors index
ACTOR_QUOTES = 50          # quotes, positions and articles per actor page (older ones on pages 2, 3 ...;
                           # the first page holds up to twice as many, see _stable_pages)
ACTOR_POSITIONS = 50
ACTOR_ARTICLES = 100
SOURCES_PER_PAGE = 300     # rows per page of the sources index
SOURCE_BRIEFINGS = 10      # articles listed per source row
_MONTH = re.compile(r"\d{4}-\d{2}")


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _paged(items: list, size: int, first: str, more: str) -> list[dict]:
    """`items` cut into pages of `size`: page 1 at `first`, page n at `more` formatted with n."""
    return [{"number": n, "path": first if n == 1 else more.format(n=n), "items": chunk,
             "start": (n - 1) * size + 1, "end": (n - 1) * size + len(chunk)}
            for n, chunk in enumerate(_chunks(items, size), start=1)]


def _archive(briefings: list[dict]) -> list[dict]:
    """Every briefing by month of publication, newest month first; the undated (or unreadably
    dated) ones last."""
    months = defaultdict(list)
    for briefing in briefings:
        published = briefing["published"] or ""
        months[published[:7] if _MONTH.match(published) else "undated"].append(briefing)
    keys = sorted((k for k in months if k != "undated"), reverse=True) + (["undated"] if "undated" in months else [])
    return [{"key": key, "label": None if key == "undated" else key, "count": len(months[key]),
             "pages": _paged(months[key], ARCHIVE_PAGE, f"briefings/archive/{key}.md",
                             f"briefings/archive/{key}-{{n}}.md")} for key in keys]


def _stable_pages(items: list, size: int) -> list[list]:
    """`items` (oldest first) on pages, newest page first: the first page holds the newest
    `size` to 2 x `size` - 1 items, every other page a fixed `size` counted from the oldest. A
    new item then changes the first page only (until it splits), not every page after it."""
    fixed = max(0, len(items) // size - 1)
    older = [items[i * size:(i + 1) * size] for i in range(fixed)]
    return [items[fixed * size:]] + older[::-1]


def _actor_parts(actor: dict) -> list[dict]:
    """An actor page shows the newest quotes, positions and articles; older ones go to numbered
    pages beside it (actors/<id>/2.md, ...). Quotes and positions read oldest first on each
    page, articles newest first."""
    quotes = _stable_pages(actor["quotes"], ACTOR_QUOTES)
    positions = _stable_pages(actor["positions"], ACTOR_POSITIONS)
    appearances = [page[::-1] for page in _stable_pages(actor["appearances"][::-1], ACTOR_ARTICLES)]
    count = max(len(quotes), len(positions), len(appearances))
    stem = actor["ref"]["path"][: -len(".md")]
    parts = []
    for n in range(1, count + 1):
        parts.append({
            "number": n, "count": count,
            "path": actor["ref"]["path"] if n == 1 else f"{stem}/{n}.md",
            "root": "../" if n == 1 else "../../",
            "quotes": quotes[n - 1] if n <= len(quotes) else [],
            "positions": positions[n - 1] if n <= len(positions) else [],
            "appearances": appearances[n - 1] if n <= len(appearances) else [],
        })
    for part in parts:
        part["pager"] = [{"number": p["number"], "path": None if p is part else p["path"]} for p in parts]
    return parts


def _speaker_rows(groups: list[dict]) -> tuple[list[dict], dict | None]:
    """One row per speaker (most quoted first) with their newest quote; and the unattributed
    quotes, newest first, capped."""
    rows, unattributed = [], None
    for group in groups:
        shown = [{**q, "text": _shorten(q["text"], EXCERPT_CHARS)} for q in group["quotes"][:UNATTRIBUTED_SHOWN]]
        if group["speaker"] is None:
            unattributed = {"count": len(group["quotes"]), "quotes": shown}
        else:
            rows.append({"speaker": group["speaker"], "count": len(group["quotes"]), "latest": shown[0]})
    return rows, unattributed


def _check_sheet_ids(sheets: list[dict]) -> None:
    seen = set()
    for sheet in sheets:
        sheet_id = slug(sheet.get("id"))
        if sheet_id in seen:
            raise ValueError(f"two fact sheets share the id {sheet_id!r}")
        seen.add(sheet_id)


def _newest_first(sheets: list[dict]) -> list[dict]:
    def title(sheet):
        article = sheet.get("article") or {}
        return (str(article.get("title") or "").casefold(), sheet["id"])

    def date(sheet):
        return _iso_date((sheet.get("article") or {}).get("published")) or ""

    # Two stable sorts: by title, then by date descending; "" sorts below any date: undated last.
    return sorted(sorted(sheets, key=title), key=date, reverse=True)


def _items(mapping: dict, key: str) -> list[dict]:
    return [item for item in (mapping.get(key) or []) if isinstance(item, dict)]


def _strings(values) -> list[str]:
    return [str(v) for v in (values or []) if v is not None and str(v).strip()]


def _iso_date(value) -> str | None:
    # PyYAML reads an unquoted 2024-01-05 as a date; the contract means the same string.
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else None


# Ids that would take the file name of a page of lists get another one.
_RESERVED_ACTOR = re.compile(r"index|all-[a-z]+-\d+")
_RESERVED_CRISIS = re.compile(r"index-\d+")


def actor_page(actor_id: str) -> str:
    # actors/index.md is the list of actors: an actor with the id "index" needs another file name.
    return f"actors/{slug(actor_id)}{'_' if _RESERVED_ACTOR.fullmatch(actor_id) else ''}.md"


def _actor_names(sheets: list[dict]) -> dict[str, str]:
    """Site-wide id -> name of every actor: the first name given for the id, else the id."""
    names: dict[str, str] = {}
    for sheet in sheets:
        for actor in _items(sheet, "actors"):
            actor_id = slug(actor.get("id"))
            if actor.get("name") and names.get(actor_id, actor_id) == actor_id:
                names[actor_id] = str(actor["name"])
            names.setdefault(actor_id, actor_id)
    return names


def _actor_ref(actor_id, local: dict[str, str], names: dict[str, str]) -> dict | None:
    """How to show a reference to an actor: its name here, and its page if it has one."""
    if not actor_id:
        return None
    actor_id = str(actor_id)
    path = actor_page(actor_id) if actor_id in names else None
    return {"id": actor_id, "name": local.get(actor_id) or names.get(actor_id, actor_id), "path": path}


def _excerpt(body: str, span) -> str | None:
    """The article text a [start, end] evidence span points at, shortened for a table."""
    if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(i, int) for i in span)):
        return None
    start, end = span
    if not 0 <= start < end <= len(body):
        return None
    text = " ".join(body[start:end].split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


# --- one briefing -----------------------------------------------------------------------------------

def _briefing(sheet: dict, names: dict[str, str]) -> dict:
    article = sheet.get("article") if isinstance(sheet.get("article"), dict) else {}
    sheet_id = str(sheet["id"])
    local = {str(a.get("id")): str(a["name"]) for a in _items(sheet, "actors") if a.get("name")}
    ref = partial(_actor_ref, local=local, names=names)
    body = str(article.get("body") or "")
    quotes = _quotes(sheet, ref)
    quote_numbers = {q["id"]: q["number"] for q in quotes}
    briefing = {
        "id": sheet_id,
        "path": f"briefings/{sheet_id}/index.md",
        "title": str(article.get("title") or sheet_id),
        "lede": article.get("lede"),
        "published": _iso_date(article.get("published")),
        "publisher": article.get("publisher"),
        "authors": _strings(article.get("authors")),
        "url": article.get("url"),
        "language": article.get("language"),
        "actors": _by_mentions([_actor_row(a, ref) for a in _items(sheet, "actors")]),
        "quotes": quotes,
        "positions": [_position(p, ref, quote_numbers, body) for p in _items(sheet, "positions")],
        "sources": _sources(sheet, quotes),
        "events": _events(sheet, ref, body),
        "figures": [_figure(f, ref, body) for f in _items(sheet, "figures")],
        "related": [r for r in _items(article, "related") if r.get("title") or r.get("url")],
    }
    briefing["actor_count"] = len(briefing["actors"])
    briefing["quote_count"] = len(quotes)
    for quote in quotes:
        quote["briefing"] = _briefing_ref(briefing)
    return briefing


def _by_mentions(rows: list[dict]) -> list[dict]:
    """Key actors first: the most mentioned on top, ties in the sheet's order."""
    return sorted(rows, key=lambda row: -row["mentions"])


def _actor_row(actor: dict, ref) -> dict:
    return {
        "ref": ref(actor.get("id")),
        "kind": actor.get("kind"),
        "aliases": _strings(actor.get("aliases")),
        "roles": [_role(r, ref) for r in _items(actor, "roles")],
        "affiliation": ref(actor.get("affiliation")),
        "mentions": len(actor.get("mentions") or []),
    }


def _role(role: dict, ref) -> dict:
    return {"title": role.get("title"), "of": ref(role.get("of"))}


def _quotes(sheet: dict, ref) -> list[dict]:
    sources = {str(s.get("id")): s for s in _items(sheet, "sources")}
    quotes = []
    for number, quote in enumerate(_items(sheet, "quotes"), start=1):
        via = sources.get(str(quote["via"])) if quote.get("via") else None
        quotes.append({
            "id": str(slug(quote.get("id"))),
            "anchor": f"quote-{slug(quote.get('id'))}",
            "number": number,
            "text": _trim_quote(quote.get("text")),
            "kind": quote.get("kind"),
            "cue": quote.get("cue"),
            "speakers": [ref(s) for s in quote.get("speakers") or [] if s],
            "via": {"name": via.get("name") or via.get("id"), "url": via.get("url")} if via else None,
        })
    return quotes


def _trim_quote(text):
    # A span cut before "..., she said" ends in the comma of the attribution, not of the speaker.
    return text.strip().removesuffix(",") if isinstance(text, str) else text


def _position(position: dict, ref, quote_numbers: dict[str, int], body: str) -> dict:
    evidence = position.get("evidence")
    quoted = isinstance(evidence, str) and evidence in quote_numbers
    stance = position.get("stance")
    return {
        "actor": ref(position.get("actor")),
        "stance": stance,
        "stance_class": stance if stance in STANCES else "other",
        "topic": position.get("topic"),
        "cue": position.get("cue"),
        "quote": {"number": quote_numbers[evidence], "anchor": f"quote-{evidence}"} if quoted else None,
        "excerpt": _excerpt(body, evidence),
    }


def _sources(sheet: dict, quotes: list[dict]) -> list[dict]:
    """Sources with the quotes they are cited for: cited_for, plus quotes naming them as `via`."""
    numbers = {q["id"]: q["number"] for q in quotes}
    via = defaultdict(set)
    for raw in _items(sheet, "quotes"):
        if raw.get("via") and raw.get("id") in numbers:
            via[str(raw["via"])].add(raw["id"])
    rows = []
    for source in _items(sheet, "sources"):
        cited = set(map(str, source.get("cited_for") or [])) | via[str(source.get("id"))]
        rows.append({
            "name": source.get("name") or source.get("id"),
            "kind": source.get("kind"),
            "url": source.get("url"),
            "quotes": [{"number": numbers[q], "anchor": f"quote-{q}"}
                       for q in sorted(cited & numbers.keys(), key=numbers.get)],
            "cited_count": len(cited),
        })
    return rows


def _events(sheet: dict, ref, body: str) -> list[dict]:
    events = [{
        "date": _iso_date(e.get("date")),
        "when": e.get("when"),
        "what": e.get("what"),
        "actors": [ref(a) for a in e.get("actors") or [] if a],
        "excerpt": _excerpt(body, e.get("evidence")),
    } for e in _items(sheet, "events")]
    # A timeline: dated events in date order, then the undated ones in article order.
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or ""))


def _number(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def _figure(figure: dict, ref, body: str) -> dict:
    return {
        "value": _number(figure.get("value")),
        "unit": figure.get("unit"),
        "text": figure.get("text"),
        "actor": ref(figure.get("actor")),
        "excerpt": _excerpt(body, figure.get("evidence")),
    }


# --- across briefings -------------------------------------------------------------------------------

def _merge_actors(briefings: list[dict], crises: list[dict] = ()) -> list[dict]:
    """One entry per actor id over all briefings (ids are site-wide once generator.crisis has
    unified the sheets); the newest article's name and kind win. Quotes, roles and positions
    read oldest first: an actor page tells how the actor's part changed over time."""
    actors: dict[str, dict] = {}
    for briefing in briefings:
        for row in briefing["actors"]:
            _merge_actor(actors, row, briefing)
    for briefing in reversed(briefings):
        _attach_statements(actors, briefing)
    # each crisis's actor ids are taken out of its view: a page's data holds no set (see content_digest)
    members = [({"title": c["title"], "path": c["path"]}, c.pop("actor_ids")) for c in crises]
    for actor in actors.values():
        actor["article_count"] = len(actor["appearances"])
        actor["quote_count"] = len(actor["quotes"])
        actor["crises"] = [dict(crisis) for crisis, ids in members if actor["ref"]["id"] in ids]
        dates = actor.pop("role_dates")
        actor["roles"] = sorted(
            ({**r, "since": dates.get((r["title"], (r["of"] or {}).get("id")))} for r in actor["roles"]),
            key=lambda r: (r["since"] is None, r["since"] or ""))
    return sorted(actors.values(), key=lambda a: (a["ref"]["name"].casefold(), a["ref"]["id"]))


def _merge_actor(actors: dict, row: dict, briefing: dict) -> None:
    actor_id = row["ref"]["id"]
    actor = actors.setdefault(actor_id, {
        "ref": row["ref"], "kind": row["kind"], "aliases": [], "roles": [], "affiliations": [],
        "appearances": [], "quotes": [], "positions": [], "role_dates": {},
    })
    other_names = [row["ref"]["name"]] + row["aliases"]
    _extend_unique(actor["aliases"], [n for n in _strings(other_names) if n != actor["ref"]["name"]])
    _extend_unique(actor["roles"], row["roles"])
    for role in row["roles"]:  # briefings come newest first: the last one seen is the first date
        actor["role_dates"][(role["title"], (role["of"] or {}).get("id"))] = briefing["published"]
    # "Foreign Minister of Mali" already says the affiliation with Mali.
    role_of = [role["of"] for role in actor["roles"]]
    if row["affiliation"] and row["affiliation"] not in role_of:
        _extend_unique(actor["affiliations"], [row["affiliation"]])
    actor["kind"] = actor["kind"] or row["kind"]
    actor["appearances"].append({"briefing": _briefing_ref(briefing), "mentions": row["mentions"]})


def _extend_unique(target: list, values: list) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def _briefing_ref(briefing: dict) -> dict:
    return {"title": briefing["title"], "path": briefing["path"], "published": briefing["published"]}


def _attach_statements(actors: dict, briefing: dict) -> None:
    for quote in briefing["quotes"]:
        for speaker in {s["id"] for s in quote["speakers"]}:
            if speaker in actors:
                actors[speaker]["quotes"].append(quote)
    for position in briefing["positions"]:
        if position["actor"] and position["actor"]["id"] in actors:
            actors[position["actor"]["id"]]["positions"].append(
                {**position, "briefing": _briefing_ref(briefing)})


def _group_by_kind(actors: list[dict]) -> list[dict]:
    groups = defaultdict(list)
    for actor in actors:
        groups[actor["kind"] if actor["kind"] in KIND_ORDER else "other"].append(actor)
    result = []
    for kind in KIND_ORDER:
        if groups[kind]:
            ranked = sorted(groups[kind], key=lambda a: (-a["article_count"], -a["quote_count"]))
            pages = _paged(ranked, ACTORS_PER_PAGE, "actors/index.md", f"actors/all-{kind}-{{n}}.md")
            result.append({"kind": kind, "count": len(ranked), "actors": pages[0]["items"], "pages": pages})
    return result


def _group_quotes(briefings: list[dict]) -> list[dict]:
    """Quotes under each of their speakers (unattributed quotes in a group of their own, last)."""
    groups: dict[str | None, dict] = {}
    for briefing in briefings:
        for quote in briefing["quotes"]:
            for speaker in _unique_speakers(quote) or [None]:
                key = speaker["id"] if speaker else None
                groups.setdefault(key, {"speaker": speaker, "quotes": []})["quotes"].append(quote)
    named = [g for key, g in groups.items() if key is not None]
    named.sort(key=lambda g: (-len(g["quotes"]), g["speaker"]["name"].casefold()))
    return named + ([groups[None]] if None in groups else [])


def _unique_speakers(quote: dict) -> list[dict]:
    seen, speakers = set(), []
    for speaker in quote["speakers"]:
        if speaker["id"] not in seen:
            seen.add(speaker["id"])
            speakers.append(speaker)
    return speakers


def _merge_sources(briefings: list[dict]) -> list[dict]:
    """One row per source over all briefings; the same name, kind and URL is the same source."""
    merged: dict[tuple, dict] = {}
    for briefing in briefings:
        for source in briefing["sources"]:
            key = (str(source["name"] or "").casefold(), source["kind"], source["url"])
            row = merged.setdefault(key, {**source, "cited_count": 0, "briefings": []})
            row["cited_count"] += source["cited_count"]
            _extend_unique(row["briefings"], [_briefing_ref(briefing)])
    return sorted(merged.values(), key=lambda s: (-s["cited_count"], str(s["name"] or "").casefold()))


# --- crises -------------------------------------------------------------------------------------------

KEY_ACTORS = 12         # rows in a crisis page's key actors table
MATRIX_ACTORS = 10      # stance matrix size: the most central actors that take positions ...
MATRIX_TOPICS = 8       # ... on the most discussed topics
QUOTES_PER_ACTOR = 3    # newest quotes shown per actor on the crisis page (all are on the actor page)
LATEST = 5              # newest articles under "Latest developments"
CRISIS_SPEAKERS = 15    # actors under "Quotes by actor"
CRISIS_SOURCES = 50     # cited sources, and outlets, on the crisis page
CRISIS_DISAGREEMENTS = 30
DISAGREEMENT_ACCOUNTS = 6  # accounts shown side by side per disagreement
CELL_EVIDENCE = 6       # newest evidence links per stance matrix cell
TIMELINE_SHOWN = 150    # latest dated events on the crisis page ...
TIMELINE_ASIDE = 30     # ... and rows of each other part (background, dated ahead, undated)
TIMELINE_PAGE = 300     # rows per page of the full timeline (crises/<id>/timeline-<n>.md)
TIMELINE_PARTS = ("dated", "background", "ahead", "undated")
KEY_KINDS = ("person", "state", "organization", "group")


def crisis_page(crisis_id: str) -> str:
    # crises/index-2.md (the index's page 2) and a crisis "index-2" would share one URL
    return f"crises/{slug(crisis_id)}{'_' if _RESERVED_CRISIS.fullmatch(crisis_id) else ''}/index.md"


def crisis_view(crisis: dict, names: dict[str, str], briefings: list[dict]) -> dict:
    """What a crisis page shows, from a merged crisis dict (generator.crisis)."""
    local = {str(a["id"]): str(a["name"]) for a in crisis.get("actors") or [] if a.get("name")}
    ref = partial(_actor_ref, local=local, names=names)
    articles = {b["id"]: _briefing_ref(b) for b in briefings}
    quote_link = partial(_quote_link, articles=articles)
    actors = [a for a in crisis.get("actors") or [] if a.get("kind") in KEY_KINDS]
    positions = [p for p in crisis.get("positions") or [] if p.get("actor")]
    first, last = (crisis.get("period") or {}).get("first"), (crisis.get("period") or {}).get("last")
    path = crisis_page(crisis["id"])
    timeline = _crisis_timeline(crisis.get("events") or [], first, last, ref, articles, quote_link)
    quotes_by_actor = _quotes_by_actor(crisis, ref, articles, quote_link)
    sources = [{**s, "article_count": len(s.get("articles") or [])} for s in crisis.get("sources") or []]
    outlets = crisis.get("outlets") or []
    disagreements = crisis.get("disagreements") or []
    return {
        "id": str(slug(crisis["id"])),
        "path": path,
        "data_path": path.rsplit("/", 1)[0] + "/crisis.yaml",
        "title": str(crisis.get("title") or crisis["id"]),
        "grouped_by": crisis.get("grouped_by"),
        "first": first, "last": last,
        "article_count": len(crisis.get("articles") or []),
        "actor_ids": {str(a["id"]) for a in crisis.get("actors") or []},
        "latest": [{**articles[a["id"]], "lede": _shorten(a.get("lede"))}
                   for a in _newest(crisis.get("articles") or []) if a["id"] in articles][:LATEST],
        "key_actors": [_key_actor(a, ref, positions) for a in actors[:KEY_ACTORS]],
        "matrix": _stance_matrix(actors, positions, ref, articles, quote_link),
        "timeline": _timeline_head(timeline),
        "timeline_counts": {part: len(rows) for part, rows in timeline.items()},
        "timeline_pages": _timeline_pages(timeline, path.rsplit("/", 1)[0]),
        "quotes_by_actor": quotes_by_actor[:CRISIS_SPEAKERS],
        "speaker_count": len(quotes_by_actor),
        "sources": sources[:CRISIS_SOURCES], "source_count": len(sources),
        "outlets": outlets[:CRISIS_SOURCES], "outlet_count": len(outlets),
        "disagreements": [_disagreement(d, ref, articles) for d in disagreements[:CRISIS_DISAGREEMENTS]],
        "disagreement_count": len(disagreements),
        "relation_count": len(crisis.get("relations") or []),
    }


def _timeline_head(timeline: dict) -> dict:
    """What the crisis page shows of the timeline: the latest dated events, and the head of the rest."""
    return {"dated": timeline["dated"][-TIMELINE_SHOWN:], "background": timeline["background"][-TIMELINE_ASIDE:],
            "ahead": timeline["ahead"][:TIMELINE_ASIDE], "undated": timeline["undated"][:TIMELINE_ASIDE]}


def _timeline_pages(timeline: dict, folder: str) -> list[dict]:
    """The whole timeline on pages of TIMELINE_PAGE rows, when the crisis page cannot show it all."""
    head = _timeline_head(timeline)
    if all(len(head[part]) == len(timeline[part]) for part in TIMELINE_PARTS):
        return []
    rows = [(part, row) for part in TIMELINE_PARTS for row in timeline[part]]
    pages = []
    for number, chunk in enumerate(_chunks(rows, TIMELINE_PAGE), start=1):
        part_rows = {part: [row for p, row in chunk if p == part] for part in TIMELINE_PARTS}
        pages.append({"number": number, "path": f"{folder}/timeline-{number}.md", "timeline": part_rows})
    return pages


def _newest(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=lambda a: (a.get("published") or "", a["id"]), reverse=True)


def _shorten(text, limit: int = 300):
    if not isinstance(text, str):
        return text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _quote_link(article_id, quote_id, articles: dict) -> str | None:
    """Where a quote's sentence is: its anchor on its article's briefing page."""
    article = articles.get(article_id)
    if not article:
        return None
    return f"{article['path']}#quote-{slug(quote_id)}" if quote_id else article["path"]


def _key_actor(actor: dict, ref, positions: list[dict]) -> dict:
    roles = sorted(actor.get("roles") or [], key=lambda r: r.get("published") or "")
    role = roles[-1] if roles else None
    stances = Counter((p.get("stance"), p.get("topic")) for p in positions if p["actor"] == actor["id"]
                      and p.get("stance") in ("supports", "opposes"))
    return {
        "ref": ref(actor["id"]), "kind": actor.get("kind"),
        "role": {"title": role.get("title"), "of": ref(role.get("of"))} if role else None,
        "stances": [{"stance": s, "topic": t} for (s, t), _ in stances.most_common(2)],
        "articles": len(actor.get("articles") or []), "quotes": actor.get("quotes", 0),
        "centrality": actor.get("centrality", 0),
    }


def _topic_key(topic) -> str:
    return re.sub(r"^(the|a|an) ", "", " ".join(str(topic or "").casefold().split()))


def _stance_matrix(actors, positions, ref, articles, quote_link) -> dict:
    """Actors x topics; each cell the actor's stances on the topic, each linking to its evidence."""
    taking = {p["actor"] for p in positions if p.get("stance") in STANCES}
    rows = [a for a in actors if a["id"] in taking][:MATRIX_ACTORS]
    row_ids = {a["id"] for a in rows}
    topics = Counter(_topic_key(p.get("topic")) for p in positions
                     if p["actor"] in row_ids and _topic_key(p.get("topic")))
    columns = [t for t, _ in sorted(topics.items(), key=lambda x: (-x[1], x[0]))[:MATRIX_TOPICS]]
    labels = {}
    for p in positions:
        labels.setdefault(_topic_key(p.get("topic")), p.get("topic"))
    cells = defaultdict(list)
    for p in positions:
        key = (p["actor"], _topic_key(p.get("topic")))
        if p["actor"] in row_ids and key[1] in columns:
            cells[key].append(p)
    return {
        "topics": [labels[t] for t in columns],
        "rows": [{"ref": ref(a["id"]), "cells": [_cell(cells[(a["id"], t)], articles, quote_link)
                                                  for t in columns]} for a in rows],
    }


def _cell(positions: list[dict], articles, quote_link) -> dict | None:
    if not positions:
        return None
    stances = {p.get("stance") for p in positions}
    stance = stances.pop() if len(stances) == 1 else "mixed"
    evidence = [{"label": str(n), "path": quote_link(p.get("article"), p.get("quote")),
                 "date": (articles.get(p.get("article")) or {}).get("published")}
                for n, p in enumerate(positions, start=1)]
    return {"stance": stance, "stance_class": stance if stance in STANCES else "other",
            "evidence": evidence[-CELL_EVIDENCE:], "more": max(0, len(evidence) - CELL_EVIDENCE)}


def _crisis_timeline(entries, first, last, ref, articles, quote_link) -> dict:
    """The crisis as reported, from the first report to the last; what articles date before the
    first report is background; undated articles nothing dates stand apart."""
    rows = {"dated": [], "background": [], "undated": [], "ahead": []}
    for e in entries:
        row = {
            "date": e.get("date"), "type": e.get("type"), "estimated": e.get("estimated", False),
            "when": e.get("when"), "what": e.get("what") or e.get("evidence"),
            "actors": [ref(a) for a in e.get("actors") or [] if a],
            "article": articles.get(e.get("article")),
        }
        if not row["date"]:
            rows["undated"].append(row)
        elif e.get("after_report") or (last and row["date"] > last):
            rows["ahead"].append(row)
        elif first and row["date"] < first:
            rows["background"].append(row)
        else:
            rows["dated"].append(row)
    return rows


def _quotes_by_actor(crisis: dict, ref, articles, quote_link) -> list[dict]:
    by_actor = defaultdict(list)
    for q in crisis.get("quotes") or []:
        for speaker in dict.fromkeys(q.get("speakers") or []):
            by_actor[speaker].append(q)
    groups = []
    for actor in crisis.get("actors") or []:
        quotes = by_actor.get(actor["id"])
        if not quotes:
            continue
        newest = sorted(quotes, key=lambda q: (q.get("published") or "", q["article"], str(q["id"])), reverse=True)
        groups.append({"ref": ref(actor["id"]), "count": len(quotes), "quotes": [{
            "text": _shorten(_trim_quote(q.get("text")), EXCERPT_CHARS), "kind": q.get("kind"),
            "path": quote_link(q["article"], q["id"]), "article": articles.get(q["article"]),
        } for q in newest[:QUOTES_PER_ACTOR]]})
    return groups


def _disagreement(d: dict, ref, articles) -> dict:
    accounts = d.get("accounts") or []
    return {"kind": d.get("kind"), "about": d.get("about"), "actor": ref(d.get("actor")),
            "accounts": [{"article": articles.get(a.get("article")), "value": _number(a.get("value")),
                          "text": _shorten(a.get("text") or a.get("evidence"), EXCERPT_CHARS)}
                         for a in accounts[:DISAGREEMENT_ACCOUNTS]],
            "account_count": len(accounts)}
