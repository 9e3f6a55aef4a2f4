"""Bounded pages: no page may grow with the corpus.

Long lists show their head (newest or most cited) and the rest goes to numbered pages of a fixed
size, reached by links (mkdocs.yml keeps them out of the nav). Other modules read these sizes as
`paging.NAME` when they use them, so a test can set smaller ones.
"""
from __future__ import annotations

import re
from collections import defaultdict

LATEST_BRIEFINGS = 50      # newest briefings on the home page; all of them by month in the archive
HOME_CRISES = 50           # crises on the home page (all of them on crises/index.md)
ARCHIVE_PAGE = 500         # briefings per archive page (a month with more is split)
CRISES_PER_PAGE = 500      # rows per page of the crises index
QUOTE_SPEAKERS = 500       # speakers per page of the quotes index
UNATTRIBUTED_SHOWN = 20    # newest unattributed quotes on the quotes index
ACTORS_PER_PAGE = 300      # actors of one kind per page of the actors index
ACTOR_QUOTES = 50          # quotes, positions and articles per actor page (older ones on pages 2, 3 ...;
                           # the first page holds up to twice as many, see stable_pages)
ACTOR_POSITIONS = 50
ACTOR_ARTICLES = 100
SOURCES_PER_PAGE = 300     # rows per page of the sources index
SOURCE_BRIEFINGS = 10      # articles listed per source row
_MONTH = re.compile(r"\d{4}-\d{2}")


def chunks(items: list, size: int) -> list[list]:
    """`items` cut into lists of `size` (the last one shorter); one empty list for no items."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def paged(items: list, size: int, first: str, more: str) -> list[dict]:
    """`items` cut into pages of `size`: page 1 at `first`, page n at `more` formatted with n."""
    return [{"number": n, "path": first if n == 1 else more.format(n=n), "items": chunk,
             "start": (n - 1) * size + 1, "end": (n - 1) * size + len(chunk)}
            for n, chunk in enumerate(chunks(items, size), start=1)]


def pager(pages: list[dict]) -> list[dict]:
    """The pages of a list as a pager shows them: their numbers, paths and row ranges."""
    return [{k: page[k] for k in ("number", "path", "start", "end") if k in page} for page in pages]


def archive(briefings: list[dict]) -> list[dict]:
    """Every briefing by month of publication, newest month first; the undated (or unreadably
    dated) ones last."""
    months = defaultdict(list)
    for briefing in briefings:
        published = briefing["published"] or ""
        months[published[:7] if _MONTH.match(published) else "undated"].append(briefing)
    keys = sorted((k for k in months if k != "undated"), reverse=True) + (["undated"] if "undated" in months else [])
    return [{"key": key, "label": None if key == "undated" else key, "count": len(months[key]),
             "pages": paged(months[key], ARCHIVE_PAGE, f"briefings/archive/{key}.md",
                            f"briefings/archive/{key}-{{n}}.md")} for key in keys]


def stable_pages(items: list, size: int) -> list[list]:
    """`items` (oldest first) on pages, newest page first: the first page holds the newest
    `size` to 2 x `size` - 1 items, every other page a fixed `size` counted from the oldest. A
    new item then changes the first page only (until it splits), not every page after it."""
    fixed = max(0, len(items) // size - 1)
    older = [items[i * size:(i + 1) * size] for i in range(fixed)]
    return [items[fixed * size:]] + older[::-1]


def actor_parts(actor: dict) -> list[dict]:
    """An actor page shows the newest quotes, positions and articles; older ones go to numbered
    pages beside it (actors/<id>/2.md, ...). Quotes and positions read oldest first on each
    page, articles newest first."""
    quotes = stable_pages(actor["quotes"], ACTOR_QUOTES)
    positions = stable_pages(actor["positions"], ACTOR_POSITIONS)
    appearances = [page[::-1] for page in stable_pages(actor["appearances"][::-1], ACTOR_ARTICLES)]
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
