"""Plain text seeds: line 1 is the headline, then the paragraphs."""
from __future__ import annotations

from pathlib import Path

from generator.formats.files import checksum
from generator.model.article import Article, SeedError
from generator.readers.common import check_english, check_headline, decode, quote_warnings, seed_id, split_body

EXTENSIONS = (".txt",)
MAX_BYTES = 5 * 1024 * 1024


def read(path: Path, data: bytes) -> Article:
    name = path.name
    lines = decode(data, name).split("\n")
    while not lines[0].strip():  # blank lines before the headline do not count; decode saw text
        lines.pop(0)
    title = lines[0].strip()
    check_headline(title, name)
    body, related = split_body(lines[1:], title)
    if not body:
        raise SeedError(f"{name}: there is a headline but no article text")
    check_english(name, body)
    return Article(id=seed_id(path), title=title, body=body, source_file=name,
                   checksum=checksum(data), related=related, warnings=quote_warnings(name, body))
