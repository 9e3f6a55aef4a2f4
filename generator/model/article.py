"""The Article: what a reader makes of one seed, and what extraction reads."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


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
        """The first paragraph of the body that reads as running text: a kicker, a byline or a
        dateline left alone on its line ("USA TODAY", "Jane Roe", "ANALYSIS:") is not the lede.
        Without one, the first paragraph."""
        paragraphs = [p.strip() for p in self.body.split("\n") if p.strip()]
        for paragraph in paragraphs:
            words = len(paragraph.split())
            if words >= 12 or words >= 3 and _SENTENCE_END.search(paragraph):
                return paragraph
        return paragraphs[0] if paragraphs else ""
