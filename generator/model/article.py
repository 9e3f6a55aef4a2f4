"""The Article: what a reader makes of one seed, and what extraction reads."""
from __future__ import annotations

from dataclasses import dataclass, field


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
    warnings: list[str] = field(default_factory=list)  # one line each, naming the file

    @property
    def lede(self) -> str:
        """The first paragraph of the body."""
        return self.body.split("\n", 1)[0].strip()
