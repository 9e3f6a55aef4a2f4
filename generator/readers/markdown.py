"""Markdown seeds, with optional YAML front matter (title, date, url, publisher, authors,
crisis, language, verbatim); without a title, a first '# ' line is the headline.

With `verbatim: true` the body is the text after the front matter exactly as it stands: blank
lines, leading spaces, "Read more:" and byline lines all stay, so offsets counted in a text
elsewhere (a record `briefing extract --jsonl` read) hold in the seed's body too. `briefing
import` writes its seeds so."""
from __future__ import annotations

import difflib
from pathlib import Path
from urllib.parse import urlsplit

from generator.formats import safe_yaml
from generator.formats.files import checksum
from generator.model.article import Article, RelatedLink, SeedError
from generator.readers.common import (check_english, check_headline, decode, meta_date, quote_warnings,
                                      seed_id, split_body)

EXTENSIONS = (".md", ".markdown")
MAX_BYTES = 5 * 1024 * 1024
MAX_FRONT_MATTER_CHARS = 20_000

META_FIELDS = ("title", "date", "url", "publisher", "authors", "crisis", "language", "verbatim")


def split_front_matter(text: str, name: str) -> tuple[str | None, str]:
    """(front matter, rest) of a Markdown text; (None, text) when it has none."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text
    for number, line in enumerate(lines[1:], 1):
        if line.rstrip() in ("---", "..."):
            return "\n".join(lines[1:number]), "\n".join(lines[number + 1:])
    raise SeedError(f"{name}: the front matter opened on line 1 has no closing '---' line")


def load_front_matter(text: str, name: str) -> dict:
    if len(text) > MAX_FRONT_MATTER_CHARS:
        raise SeedError(f"{name}: front matter is over {MAX_FRONT_MATTER_CHARS} characters")
    try:
        meta = safe_yaml.load(text, first_line=2)
    except safe_yaml.YAMLRefused as err:
        raise SeedError(f"{name}: front matter {err}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SeedError(f"{name}: front matter must be a mapping of fields, not a {type(meta).__name__}")
    return meta




def _meta_text(meta: dict, key: str, name: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SeedError(f"{name}: front matter '{key}' must be text, not {type(value).__name__}")
    text = " ".join(str(value).split())  # one line: a newline in a title would break pages
    return text or None


def _meta_url(meta: dict, name: str) -> str | None:
    url = _meta_text(meta, "url", name)
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise SeedError(f"{name}: front matter 'url' must be an http(s) address, not {url[:40]!r}")
    return url


def _meta_authors(value, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(",") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return [" ".join(a.split()) for a in value if a.strip()]
    raise SeedError(f"{name}: front matter 'authors' must be a list of names")


def misspelt_field_warnings(meta: dict, name: str) -> list[str]:
    """Other fields are welcome and ignored; one that looks like a misspelt known field is said."""
    warnings = []
    for key in meta:
        if key in META_FIELDS:
            continue
        close = difflib.get_close_matches(str(key).lower(), META_FIELDS, n=1, cutoff=0.75)
        if close:
            warnings.append(f"{name}: front matter field {str(key)[:40]!r} is not read; did you mean {close[0]!r}?")
    return warnings


def markdown_title(lines: list[str]) -> str | None:
    """A first '# Heading' line is the headline; it is taken off the lines."""
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and lines[0].startswith("#"):
        return lines.pop(0).lstrip("#").strip() or None
    return None


def _meta_verbatim(meta: dict, name: str) -> bool:
    value = meta.get("verbatim", False)
    if not isinstance(value, bool):
        raise SeedError(f"{name}: front matter 'verbatim' must be true or false")
    return value


def headline_and_body(meta: dict, rest: str, name: str) -> tuple[str, str, list[RelatedLink]]:
    """The headline, the body and the related links of the text after the front matter."""
    if _meta_verbatim(meta, name):
        title = _meta_text(meta, "title", name)
        if not title:
            raise SeedError(f"{name}: a verbatim seed needs its headline in front matter 'title'")
        return title, rest if rest.strip() else "", []
    lines = rest.split("\n")
    title = _meta_text(meta, "title", name) or markdown_title(lines)
    if not title:
        raise SeedError(f"{name}: no headline (front matter 'title' or a first '# ' line)")
    return title, *split_body(lines, title)


def read(path: Path, data: bytes) -> Article:
    name = path.name
    front, rest = split_front_matter(decode(data, name), name)
    meta = load_front_matter(front, name) if front is not None else {}
    title, body, related = headline_and_body(meta, rest, name)
    check_headline(title, name)
    if not body:
        raise SeedError(f"{name}: there is a headline but no article text")
    declared = _meta_text(meta, "language", name)
    check_english(name, body, declared, trust_declared=True)
    return Article(id=seed_id(path), title=title, body=body, source_file=name,
                   checksum=checksum(data), published=meta_date(meta.get("date"), name),
                   url=_meta_url(meta, name), publisher=_meta_text(meta, "publisher", name),
                   authors=_meta_authors(meta.get("authors"), name), language=declared,
                   crisis=_meta_text(meta, "crisis", name), related=related,
                   warnings=misspelt_field_warnings(meta, name) + quote_warnings(name, body))
