"""Atom feeds (RFC 4287): the newest briefings of the whole site (feed.xml), and the newest
developments of each crisis (crises/<id>/feed.xml), so an analyst can follow a crisis in a
feed reader.

An entry is an article: its title, its briefing page, its date and its lede. Every value is
article text and goes in as XML-escaped text (type="text"): it can never become markup in a
reader. An article without a date is left out (a feed entry needs one, and none is guessed).
Entry ids are URNs made from the article's id, so they stay the same wherever the site moves;
links are absolute when the site's address (site_url) is known, else relative to the feed.
"""
from __future__ import annotations

import re
import uuid
from xml.sax.saxutils import escape, quoteattr

from generator.site.options import SiteOptions

FEED_ENTRIES = 50  # the newest articles in a feed
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAMESPACE = uuid.UUID("8f2b0f64-5f0e-4b8e-9a47-0b6c6f9a1c55")  # this project's, for entry ids


def _day(value) -> str | None:
    """A date as YYYY-MM-DD, or None for anything that is not one."""
    text = str(value)[:10] if value else ""
    return text if _DAY.fullmatch(text) else None


def _text(value) -> str:
    return escape(_NOT_XML.sub("", str(value)))


def _attr(value) -> str:
    return quoteattr(_NOT_XML.sub("", str(value)))


def _time(date: str) -> str:
    return f"{date}T00:00:00Z"


def atom(path: str, title: str, about: str, articles: list[dict], options: SiteOptions) -> str:
    """The feed at docs path `path` of the newest dated `articles` (each {id, title, published,
    lede, publisher, path}: `path` the briefing page's docs path); `about` is the docs path of
    the page the feed follows."""
    dated = [a for a in articles if _day(a.get("published"))]
    dated.sort(key=lambda a: (_day(a["published"]), a["id"]), reverse=True)
    dated = dated[:FEED_ENTRIES]
    updated = _time(_day(dated[0]["published"])) if dated else "1970-01-01T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{_text(title)}</title>",
             f"<id>urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + path)}</id>",
             f"<updated>{updated}</updated>",
             f'<link rel="self" type="application/atom+xml" href={_attr(options.url(path, path))}/>',
             f'<link rel="alternate" type="text/html" href={_attr(options.url(about, path))}/>',
             "<author><name>Crisis briefing</name></author>"]
    for article in dated:
        lines += _entry(article, path, options)
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _entry(article: dict, feed: str, options: SiteOptions) -> list[str]:
    date = _time(_day(article["published"]))
    entry = ["<entry>",
             f"<title type=\"text\">{_text(article.get('title') or article['id'])}</title>",
             f"<id>urn:uuid:{uuid.uuid5(_NAMESPACE, 'briefing:' + article['id'])}</id>",
             f'<link rel="alternate" type="text/html" href={_attr(options.url(article["path"], feed))}/>',
             f"<published>{date}</published>",
             f"<updated>{date}</updated>"]
    if article.get("publisher"):
        entry.append(f"<author><name>{_text(article['publisher'])}</name></author>")
    if article.get("lede"):
        entry.append(f'<summary type="text">{_text(article["lede"])}</summary>')
    entry.append("</entry>")
    return entry
