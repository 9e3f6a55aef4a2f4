"""Look-ups the actor tests share."""
from __future__ import annotations


def actor(table, name: str) -> str:
    found = [a for a in table.ids() if table.name_of(a) == name]
    assert found, [table.name_of(a) for a in table.ids()]
    return found[0]


def roles(table, aid) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in table.roles_of(aid)]


def chars_of(table, word):
    start = table.doc.text.index(word)
    return start, start + len(word)
