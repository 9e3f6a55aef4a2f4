"""Where each page lives and how one page links to another.

Pages are named by their source path in the docs folder ("actors/x.md"), as MkDocs names pages;
links are written as URLs relative to the page they are on (``use_directory_urls`` or not). Every
id that goes into a path is checked to be a slug first (`slug`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Ids that would take the file name of a page of lists get another one.
_RESERVED_ACTOR = re.compile(r"index|all-[a-z]+-\d+")
_RESERVED_CRISIS = re.compile(r"index-\d+")


def slug(value) -> Markup:
    """An id checked to be a slug, usable in paths, anchors and attributes."""
    if not isinstance(value, str) or not _SLUG_RE.fullmatch(value):
        raise ValueError(f"not a slug id: {value!r}")
    return Markup(value)


@lru_cache(maxsize=1 << 16)
def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) of a file named by its docs path: a page "a/b.md" is
    served at "a/b/" and "a/index.md" at "a/" (directory URLs), or at "a/b.html" and
    "a/index.html" (without them: what works from a file:// address, where a folder is a
    folder listing); any other file where it is."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return f"{stem}/"


def root_of(url: str) -> str:
    """The way back to the site root from the page at `url` ("actors/x/" -> "../../")."""
    return "../" * url.count("/")


def relative_url(target: str, page: str) -> str:
    """`target` (a URL from the site root) as seen from the page at URL `page`."""
    return from_root(root_of(page), target)


def from_root(root: str, target: str) -> str:
    """`target` (a URL from the site root) as seen from a page whose way back to the root is `root`."""
    return (root + target) or "./"


def briefing_page(sheet_id: str) -> str:
    return f"briefings/{slug(sheet_id)}/index.md"


def actor_page(actor_id: str) -> str:
    # actors/index.md is the list of actors: an actor with the id "index" needs another file name.
    return f"actors/{slug(actor_id)}{'_' if _RESERVED_ACTOR.fullmatch(actor_id) else ''}.md"


def crisis_page(crisis_id: str) -> str:
    # crises/index-2.md (the index's page 2) and a crisis "index-2" would share one URL
    return f"crises/{slug(crisis_id)}{'_' if _RESERVED_CRISIS.fullmatch(crisis_id) else ''}/index.md"
