"""The fact sheet: the project's public data contract (schema_version 1) as typed records.

The dataclasses below are the typed model of the contract (README, "Fact sheets"); ``to_dict``
keeps the field order of the contract so written YAML is stable and reviewable.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache

from generator.model.article import Article, RelatedLink

SCHEMA_VERSION = 1
KINDS = ("person", "state", "organization", "group", "media", "document", "other")  # actor kinds
# The kinds that act in a crisis (media report it, documents carry words): key actors, titles, entrants.
ACTING_KINDS = ("person", "state", "organization", "group")
STANCES = ("supports", "opposes", "neutral")


@dataclass
class Role:
    title: str
    of: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None
    mentions: list[list[int]] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    kind: str
    speakers: list[str]
    speaker_mention: list[int] | None
    cue: str | None
    via: str | None
    start: int
    end: int


@dataclass
class Position:
    actor: str
    stance: str
    topic: str
    cue: str | None
    evidence: str | list[int]


@dataclass
class Source:
    id: str
    name: str
    kind: str
    url: str | None = None
    cited_for: list[str] = field(default_factory=list)


@dataclass
class Event:
    id: str
    date: str | None
    when: str | None
    what: str
    actors: list[str]
    evidence: list[int]
    # how much of `date` the article gives: day, week (stored as its Monday), month (its 1st) or
    # year (1 January); None with no date
    date_precision: str | None = None


@dataclass
class Figure:
    value: float | int
    unit: str | None
    text: str
    actor: str | None
    evidence: list[int]


@dataclass
class ArticleInfo:
    title: str
    lede: str
    published: str | None
    url: str | None
    publisher: str | None
    authors: list[str]
    language: str | None
    source_file: str
    checksum: str
    related: list[RelatedLink]
    body: str
    crisis: str | None = None  # an extra field: the crisis the seed's front matter names

    def to_dict(self) -> dict:
        return _plain(self)


def article_info(article: Article) -> ArticleInfo:
    """What a fact sheet records of the article it was made from (its `article:` block)."""
    return ArticleInfo(title=article.title, lede=article.lede, published=article.published,
                       url=article.url, publisher=article.publisher, authors=list(article.authors),
                       language=article.language, source_file=article.source_file,
                       checksum=article.checksum, related=list(article.related), body=article.body,
                       crisis=article.crisis)


@dataclass
class FactSheet:
    id: str
    article: ArticleInfo
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        data = _plain(self)
        # schema_version leads, as in the contract
        return {"schema_version": data.pop("schema_version"), **data}


def _plain(value):
    """What dataclasses.asdict makes of a sheet, without its deep copy of every string and
    number (immutable, so shared safely): a fifth of the time."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    kind = type(value)
    if kind is list or kind is tuple:
        return kind(map(_plain, value))
    if kind is dict:
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None
