"""The page plan: every generated page of the site, its template and the data it shows.

`build_site` makes the data (the views, with every cross-reference resolved); `plan_site` gives
each page only what it shows (a list page gets row summaries, a pager page numbers, not every
row of every page), which keeps its data, and so its cache key, small.
"""
from __future__ import annotations

from pathlib import Path

from generator.model.values import iso_date
from generator.site import paging
from generator.site.html import make_environment
from generator.site.renderer import Renderer
from generator.site.urls import slug
from generator.site.views.across import group_by_kind, group_quotes, merge_actors, merge_sources, speaker_rows
from generator.site.views.briefing import briefing_view
from generator.site.views.crisis import crisis_view, summary_citations
from generator.site.views.shared import actor_names

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


def plan_site(sheets: list[dict], templates_dir: Path | None = None,
              crises: list[dict] | None = None, directory_urls: bool = True,
              take_sheets: bool = False) -> Renderer:
    """Every generated page of the site, to render on demand (see Renderer); no cache until the
    caller gives one (`Renderer.use_cache`).

    `crises` are merged crisis dicts (generator.crisis); each gets its briefing page.
    With `take_sheets`, plan_site takes the `sheets` list over and empties it (see build_site)."""
    site = build_site(sheets, crises, take_sheets=take_sheets)
    pages = Renderer(make_environment(templates_dir), directory_urls)
    archive = [{**month, "pages": paging.pager(month["pages"])} for month in site["archive"]]
    pages.add("index.md", "home.html.j2",
              briefings=_rows(site["briefings"][:paging.LATEST_BRIEFINGS], BRIEFING_ROW),
              briefing_count=len(site["briefings"]), crises=_rows(site["crises"][:paging.HOME_CRISES], CRISIS_ROW),
              crisis_count=len(site["crises"]), archive=archive)
    for month, light in zip(site["archive"], archive):
        for part in _paged_rows(month["pages"], BRIEFING_ROW):
            pages.add(part["path"], "archive.html.j2", month=light, part=part)
    for part in _paged_rows(site["crisis_pages"], CRISIS_ROW):
        pages.add(part["path"], "crises_index.html.j2", part=part, pager=paging.pager(site["crisis_pages"]),
                  crisis_count=len(site["crises"]))
    for view in site["crises"]:
        pages.add(view["path"], "crisis.html.j2", c=view)
        heading = {"title": view["title"], "path": view["path"],
                   "timeline_pages": paging.pager(view["timeline_pages"])}
        for part in view["timeline_pages"]:
            pages.add(part["path"], "crisis_timeline.html.j2", c=heading, part=part)
    for briefing in site["briefings"]:
        pages.add(briefing["path"], "briefing.html.j2", b=briefing)
    _plan_actors(pages, site)
    for part in site["speaker_pages"]:
        pages.add(part["path"], "quotes_index.html.j2", part=part, pager=paging.pager(site["speaker_pages"]),
                  speaker_count=site["speaker_count"], unattributed=site["unattributed"])
    for part in site["source_pages"]:
        pages.add(part["path"], "sources_index.html.j2", part=part, pager=paging.pager(site["source_pages"]),
                  source_count=len(site["sources"]))
    return pages


def _plan_actors(pages: Renderer, site: dict) -> None:
    """The actors index (and its further pages per kind), and every actor's pages."""
    groups = [{**group, "actors": _rows(group["actors"], ACTOR_ROW), "pages": paging.pager(group["pages"])}
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


def render_site(sheets: list[dict], templates_dir: Path | None = None,
                crises: list[dict] | None = None, directory_urls: bool = True) -> dict[str, str]:
    """Every generated page rendered at once: {docs path: HTML}. For tests and small sites; a
    build renders page by page through `plan_site`."""
    return plan_site(sheets, templates_dir, crises, directory_urls).render_all()


def build_site(sheets: list[dict], crises: list[dict] | None = None, take_sheets: bool = False) -> dict:
    """All the data the templates show, with every cross-reference resolved.

    With `take_sheets` the caller hands its `sheets` list over: it is emptied at once and each
    sheet let go once its briefing is made, so a caller that hands over its only list (as the
    build does) never holds every sheet and every page's data at once. Without it the list and
    the sheets are left as they are."""
    kept = [s for s in sheets if isinstance(s, dict)]
    _check_sheet_ids(kept)
    kept = _newest_first(kept)
    names = actor_names(kept)
    if take_sheets:
        sheets.clear()
    briefings = _briefings(kept, names, let_go=take_sheets, cited=summary_citations(crises or []))
    crisis_views = [crisis_view(c, names, briefings) for c in crises or []]
    actors = merge_actors(briefings, crisis_views)
    for actor in actors:
        actor["parts"] = paging.actor_parts(actor)
    speakers, unattributed = speaker_rows(group_quotes(briefings))
    sources = merge_sources(briefings)
    return {
        "briefings": briefings,
        "archive": paging.archive(briefings) if len(briefings) > paging.LATEST_BRIEFINGS else [],
        "crises": crisis_views,
        "crisis_pages": paging.paged(crisis_views, paging.CRISES_PER_PAGE, "crises/index.md", "crises/index-{n}.md"),
        "actors": actors,
        "actor_groups": group_by_kind(actors),
        "speaker_pages": paging.paged(speakers, paging.QUOTE_SPEAKERS, "quotes/index.md", "quotes/speakers-{n}.md"),
        "speaker_count": len(speakers),
        "unattributed": unattributed,
        "sources": sources,
        "source_pages": paging.paged([{**s, "briefings": s["briefings"][:paging.SOURCE_BRIEFINGS],
                                       "briefing_count": len(s["briefings"])} for s in sources],
                                     paging.SOURCES_PER_PAGE, "sources/index.md", "sources/more-{n}.md"),
    }


def _briefings(sheets: list[dict], names: dict[str, str], let_go: bool, cited: dict[str, list[dict]]) -> list[dict]:
    """The briefing view of each sheet, with the sentences crisis summaries cite of it; with
    `let_go`, each entry of `sheets` (a list of our own) is cleared once its briefing is made,
    so that the sheet can be freed."""
    briefings = []
    for index, sheet in enumerate(sheets):
        briefings.append(briefing_view(sheet, names, cited.get(str(sheet.get("id")))))
        if let_go:
            sheets[index] = None
    return briefings


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
        return iso_date((sheet.get("article") or {}).get("published")) or ""

    # Two stable sorts: by title, then by date descending; "" sorts below any date: undated last.
    return sorted(sorted(sheets, key=title), key=date, reverse=True)
