"""HTML safety and link helpers, and the Jinja environment every page is rendered in.

Every string in a fact sheet is article text from the internet. The Jinja environment escapes
every printed value (``autoescape``), so it can only ever be text; markup comes from the
templates and from this module's helpers (``link``, ``url_link``, ``h``), which escape what they
are given.
"""
from __future__ import annotations

import html as _html
import re
from pathlib import Path
from urllib.parse import quote as _percent_encode
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from generator.model.slug import slugify
from generator.site.urls import from_root, page_url, slug

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "templates"

# Control characters (Unicode category Cc) but tab and line breaks: never part of a page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_URL_SAFE = "-._~:/?#@!$&+,;=%"  # percent-encode the rest: ( ) < > " ' space ` * [ ] \ etc.


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


@jinja2.pass_context
def link(context, label, path: str | None) -> Markup:
    """A link to one of our files (`path` relative to the docs folder, optionally with an
    "#anchor", or just "#anchor" on this page); the label alone when `path` is None."""
    label = escape(text(label))
    if not path:
        return label
    target, _, anchor = path.partition("#")
    href = from_root(context["root"], page_url(target, context["directory_urls"])) if target else ""
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
    base = anchor or heading_anchor(_html.unescape(str(label)))
    taken = context["anchors"]
    anchor, n = base, 1
    while anchor in taken:
        n += 1
        anchor = f"{base}_{n}"
    taken.add(anchor)
    return Markup(f'<h{level} id="{anchor}">{label}<a class="headerlink" href="#{anchor}" '
                  f'title="Permanent link">&para;</a></h{level}>')


def heading_anchor(label: str) -> str:
    """An id for a heading, as Python-Markdown's toc makes them: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    return slugify(label, fallback="section")


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
