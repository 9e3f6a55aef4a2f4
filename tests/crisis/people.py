"""Fact sheets that hold only actors, for the tests of one person across articles. The names are
invented for these tests."""
from __future__ import annotations


def sheet(sheet_id: str, *actors: dict, published: str = "2024-05-01") -> dict:
    return {"id": sheet_id, "article": {"published": published},
            "actors": [{"id": a.get("id") or a["name"].lower().replace(" ", "-"), "kind": "person",
                        "aliases": [], "roles": [], "affiliation": None, "mentions": [[0, 1]], **a}
                       for a in actors]}


def person(name: str, **fields) -> dict:
    return {"name": name, **fields}
