"""Look-ups the quote tests share."""
from __future__ import annotations


def names(table, quote) -> list[str]:
    return [table.name_of(a) for a in quote.speakers]


def only(quotes, containing: str):
    found = [q for q in quotes if containing in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]
