"""Readers: one seed file in, one Article out.

Each reader knows one format and returns an Article whose ``body`` is the text every offset in the
fact sheet points into. Metadata a seed does not give stays ``None``: nothing is guessed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml


class SeedError(Exception):
    """A seed that cannot be read; the message is one line naming what is wrong."""


@dataclass
class RelatedLink:
    title: str
    publisher: str | None = None
    url: str | None = None


@dataclass
class Article:
    id: str
    title: str
    body: str
    source_file: str
    checksum: str
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    crisis: str | None = None
    related: list[RelatedLink] = field(default_factory=list)

    @property
    def lede(self) -> str:
        """The first paragraph of the body."""
        return self.body.split("\n", 1)[0].strip()


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:80].rstrip("-") or "article"


def checksum(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


# "Read more: Western intervention in West Africa could soon backfire: UnHerd" is a link to another
# article; the part after the last ": " is its publisher when it is short and has no sentence end.
READ_MORE = re.compile(r"^\s*(?:read more|read also|see also|related)\s*:\s*(?P<rest>.+?)\s*$", re.I)


def parse_related(line: str) -> RelatedLink | None:
    match = READ_MORE.match(line)
    if not match:
        return None
    rest = match.group("rest")
    title, sep, publisher = rest.rpartition(": ")
    if sep and 0 < len(publisher.split()) <= 4 and not publisher.endswith((".", "?", "!")):
        return RelatedLink(title=title.strip(), publisher=publisher.strip())
    return RelatedLink(title=rest)


def split_body(lines: list[str]) -> tuple[str, list[RelatedLink]]:
    """Paragraphs joined by one newline; 'Read more:' lines become related links."""
    paragraphs, related = [], []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        link = parse_related(line)
        if link:
            related.append(link)
        else:
            paragraphs.append(line)
    return "\n".join(paragraphs), related


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise SeedError(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise SeedError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SeedError(f"{name}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, data: bytes) -> Article:
    text = decode(data, path.name)
    lines = text.split("\n")
    title = lines[0].strip()
    if not title:
        raise SeedError(f"{path.name}: the first line (the headline) is empty")
    body, related = split_body(lines[1:])
    if not body:
        raise SeedError(f"{path.name}: there is a headline but no article text")
    return Article(id=slugify(path.stem), title=title, body=body, source_file=path.name,
                   checksum=checksum(data), related=related)


FRONT_MATTER = re.compile(r"\A---\n(?P<meta>.*?)\n---\n?(?P<body>.*)\Z", re.S)
META_FIELDS = {"title", "date", "url", "publisher", "authors", "crisis", "language"}


def _meta_date(value, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise SeedError(f"{name}: front matter 'date' must be YYYY-MM-DD, not {str(value)[:40]!r}")


def _meta_text(meta: dict, key: str, name: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)):
        raise SeedError(f"{name}: front matter '{key}' must be text, not {type(value).__name__}")
    return str(value).strip() or None


def _meta_authors(value, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(",") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return [a.strip() for a in value if a.strip()]
    raise SeedError(f"{name}: front matter 'authors' must be a list of names")


def read_markdown(path: Path, data: bytes) -> Article:
    text = decode(data, path.name)
    match = FRONT_MATTER.match(text)
    meta, rest = {}, text
    if match:
        try:
            meta = yaml.safe_load(match.group("meta")) or {}
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            raise SeedError(f"{path.name}: front matter is not valid YAML{where}") from None
        if not isinstance(meta, dict):
            raise SeedError(f"{path.name}: front matter must be a mapping of fields")
        rest = match.group("body")
    lines = rest.split("\n")
    title = _meta_text(meta, "title", path.name)
    if not title:  # a leading '# Heading' line is the headline
        while lines and not lines[0].strip():
            lines.pop(0)
        if lines and lines[0].startswith("#"):
            title = lines.pop(0).lstrip("#").strip()
    if not title:
        raise SeedError(f"{path.name}: no headline (front matter 'title' or a first '# ' line)")
    body, related = split_body(lines)
    if not body:
        raise SeedError(f"{path.name}: there is a headline but no article text")
    return Article(id=slugify(path.stem), title=title, body=body, source_file=path.name,
                   checksum=checksum(data), published=_meta_date(meta.get("date"), path.name),
                   url=_meta_text(meta, "url", path.name),
                   publisher=_meta_text(meta, "publisher", path.name),
                   authors=_meta_authors(meta.get("authors"), path.name),
                   language=_meta_text(meta, "language", path.name),
                   crisis=_meta_text(meta, "crisis", path.name), related=related)


READERS = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown}
MAX_SEED_BYTES = 5 * 1024 * 1024


def read_seed(path: Path) -> Article:
    """Read one seed file; raise SeedError with a one-line message when it cannot be used."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SeedError(f"{path.name}: unknown extension {path.suffix or '(none)'!r}; "
                        f"use one of {', '.join(sorted(READERS))}")
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        raise SeedError(f"{path.name}: {size} bytes is over the {MAX_SEED_BYTES} byte limit")
    return reader(path, path.read_bytes())


def article_from_record(record: dict) -> Article:
    """An Article from one `briefing extract --jsonl` input line; offsets refer to its 'text'."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SeedError(f"record {record.get('id')!r}: no 'text'")
    rid = str(record.get("id") or checksum(text.encode())[7:19])
    return Article(id=rid, title=str(record.get("title") or ""), body=text, source_file=rid,
                   checksum=checksum(text.encode()), published=_meta_date(record.get("date"), rid),
                   url=record.get("url"), publisher=record.get("publisher"))
