"""Readers: one seed file in, one Article out.

Each reader module knows one format and declares what it reads: `EXTENSIONS` (the file endings
it takes), `MAX_BYTES` (the largest file it accepts) and `read(path, data) -> Article`. The
registry below maps every extension to its reader; a new format is a new module added to it.

A reader returns an Article whose ``body`` is the text every offset in the fact sheet points into:
paragraphs joined by one newline. Metadata a seed does not give stays ``None``: nothing is guessed.
A seed that cannot be used raises SeedError, one line naming the file and what is wrong: empty or
whitespace-only, binary, not UTF-8 (refused, not guessed: a wrong guess would bake mangled names
into the fact sheet), no headline, over the size limit, bad or hostile front matter, an unknown
extension, not in English, or a web page that is not an article. A UTF-8 byte order mark,
UTF-16/32 with a byte order mark and CRLF or CR line ends are read as plain UTF-8 text. What can
be used but looks wrong (double quote marks that do not pair, a misspelt front matter field)
becomes a line in ``Article.warnings``.
"""
from __future__ import annotations

from pathlib import Path

from generator.model.article import Article, SeedError
from generator.readers import html, markdown, text
from generator.readers.common import check_size, read_bytes, seed_id

READERS = {extension: reader for reader in (text, markdown, html) for extension in reader.EXTENSIONS}

__all__ = ["READERS", "read_seed", "seed_id"]


def read_seed(path: Path, data: bytes | None = None) -> Article:
    """Read one seed file; raise SeedError with a one-line message when it cannot be used.
    With `data`, those bytes are read as the file at `path` would be (a seed checked before
    it is written)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SeedError(f"{path.name}: unknown extension {path.suffix or '(none)'!r}; "
                        f"use one of {', '.join(sorted(READERS))}")
    data = read_bytes(path, reader.MAX_BYTES) if data is None else check_size(path, data, reader.MAX_BYTES)
    return reader.read(path, data)
