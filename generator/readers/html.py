"""Saved web pages: the article's text without navigation, ads and comments (trafilatura), with
its title, date, authors, site name and canonical address. A section front page or an index is
refused."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from generator.formats.files import checksum
from generator.model.article import Article, SeedError
from generator.readers.common import (MAX_HEADLINE_CHARS, check_english, check_not_binary, quote_warnings,
                                      seed_id, split_body)

EXTENSIONS = (".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # saved web pages carry scripts and styles besides the article

# Blocks of trafilatura's output tree; each starts a new paragraph (a <br> too).
BLOCK_TAGS = {"p", "head", "quote", "item", "list", "table", "row", "cell", "code", "div", "lb"}
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def page_lines(body) -> list[str]:
    """The paragraphs of trafilatura's body element, whitespace inside each collapsed.

    A newline in the page's source is only layout; blocks and <br> end paragraphs.
    """
    parts: list[str | None] = []  # None marks a paragraph break

    def walk(element, is_root=False):
        block = element.tag in BLOCK_TAGS
        parts.extend([None, element.text or ""] if block else [element.text or ""])
        for child in element:
            walk(child)
        if block:
            parts.append(None)
        if not is_root:
            parts.append(element.tail or "")

    walk(body, is_root=True)
    paragraphs, current = [], []
    for part in parts + [None]:
        if part is not None:
            current.append(part)
        elif current:
            paragraphs.append(" ".join("".join(current).split()))
            current = []
    return [p for p in paragraphs if p]


def _json_ld_bodies(tree) -> list[str]:
    """Every schema.org articleBody in the page's JSON-LD blocks."""
    found = []

    def collect(node):
        if isinstance(node, dict):
            if isinstance(node.get("articleBody"), str):
                found.append(node["articleBody"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            collect(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def page_facts(tree) -> dict:
    """What the page itself declares, read before trafilatura prunes the tree."""
    og_title = tree.xpath('//meta[@property="og:title"]/@content')
    lang = tree.xpath("/html/@lang|/html/@xml:lang", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    bodies = _json_ld_bodies(tree)
    return {"og_title": " ".join(og_title[0].split()) if og_title else None,
            "lang": lang[0].strip() if lang and lang[0].strip() else None,
            "json_ld_body": max(bodies, key=len) if bodies else None}


def not_an_article(url: str | None, lines: list[str]) -> str | None:
    """Why a page is a front page or an index rather than one article, or None."""
    if url and urlsplit(url).path.strip("/") == "":
        return f"the page is the front page of {urlsplit(url).netloc or url}, not an article"
    running = [line for line in lines if len(line.split()) >= 8 and SENTENCE_END.search(line)]
    # An index is mostly headlines, teasers and menus: few paragraphs of running text.
    if sum(len(line.split()) for line in running) < 60 or len(running) < len(lines) / 3:
        return "the page looks like a section front page or an index, not an article"
    return None


def _page_date(value: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(value[:10]).isoformat() if value else None
    except ValueError:
        return None


def _page_authors(value: str | None, publisher: str | None) -> list[str]:
    names = [" ".join(a.split()) for a in (value or "").split(";")]
    return [n for n in names if n and n != publisher]


def extract_page(data: bytes, name: str):
    """(trafilatura Document, page facts) of a saved page."""
    import trafilatura  # imported here: it takes a while and only web pages need it

    tree = trafilatura.load_html(data)
    if tree is None:
        raise SeedError(f"{name}: not a readable HTML page")
    facts = page_facts(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or doc.body is None:
        raise SeedError(f"{name}: no article text found in the page")
    return doc, facts


def page_body_lines(doc, facts: dict) -> tuple[list[str], bool]:
    """The paragraphs of the article, and whether they come from the page's JSON-LD articleBody."""
    lines = page_lines(doc.body)
    json_ld = facts["json_ld_body"]
    # Pages that build their text with scripts leave trafilatura little; the article's own
    # JSON-LD articleBody then holds it.
    if json_ld and 3 * sum(len(line.split()) for line in lines) < len(json_ld.split()):
        return json_ld.split("\n"), True
    return lines, False


def read(path: Path, data: bytes) -> Article:
    name = path.name
    check_not_binary(data, name)
    doc, facts = extract_page(data, name)
    lines, from_json_ld = page_body_lines(doc, facts)
    url = doc.url if doc.url and urlsplit(doc.url).scheme in ("http", "https") else None
    # a page whose structured data holds an articleBody says itself that it is one article
    problem = None if from_json_ld else not_an_article(url, lines)
    if problem:
        raise SeedError(f"{name}: {problem}; save the article's own page")
    title = facts["og_title"] or " ".join((doc.title or "").split())
    if not title:
        raise SeedError(f"{name}: no headline (the page has no title)")
    body, related = split_body(lines, title)  # without the page's <h1> repeating the headline
    if not body:
        raise SeedError(f"{name}: no article text found in the page")
    check_english(name, body, facts["lang"])
    publisher = " ".join((doc.sitename or "").split()) or None
    return Article(id=seed_id(path), title=title[:MAX_HEADLINE_CHARS], body=body, source_file=name,
                   checksum=checksum(data), published=_page_date(doc.date), url=url,
                   publisher=publisher, authors=_page_authors(doc.author, publisher),
                   language=facts["lang"], related=related, warnings=quote_warnings(name, body))
