"""Articles given as records (one `briefing extract --jsonl` input line each) rather than files."""
from __future__ import annotations

import re

from generator.formats.files import checksum
from generator.model.article import Article, SeedError
from generator.readers.common import check_english, meta_date, quote_warnings

RECORD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$")  # the fact sheet's id pattern


def _record_text(record: dict, key: str, rid: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise SeedError(f"record {rid!r}: {key!r} must be text, not {type(value).__name__}")
    return value or None


def article_from_record(record: dict) -> Article:
    """An Article from one `briefing extract --jsonl` input line; offsets refer to its 'text'."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SeedError(f"record {str(record.get('id'))[:40]!r}: no 'text'")
    digest = checksum(text.encode("utf-8", "surrogatepass"))
    rid = str(record.get("id") or digest[7:19])
    if not RECORD_ID.match(rid):
        raise SeedError(f"record {rid[:40]!r}: 'id' must be letters, digits and '_.:-', starting "
                        f"with a letter or digit")
    label = f"record {rid!r}"
    check_english(label, text)
    return Article(id=rid, title=_record_text(record, "title", rid) or "", body=text, source_file=rid,
                   checksum=digest, published=meta_date(record.get("date"), label, where=""),
                   url=_record_text(record, "url", rid), publisher=_record_text(record, "publisher", rid),
                   warnings=quote_warnings(label, text))
