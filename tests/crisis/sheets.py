"""Fact sheets for the crisis tests, made from the compact articles of tests/fixtures/crisis/articles.yaml."""
from __future__ import annotations

from pathlib import Path

import yaml

from generator.model.schema import validate

FIXTURES = Path(__file__).parent.parent / "fixtures" / "crisis"
DAM = ["dam-talks-open", "dam-talks-stall", "dam-trucks-counted"]


def _span(body: str, text: str) -> list[int]:
    start = body.index(text)
    return [start, start + len(text)]


def make_sheet(spec: dict) -> dict:
    """A schema v1 fact sheet from a compact article of tests/fixtures/crisis/articles.yaml."""
    body = spec["body"]
    sheet = {
        "schema_version": 1, "id": spec["id"],
        "article": {"title": spec["title"], "lede": body.split(".")[0] + ".",
                    "published": str(spec["published"]) if spec["published"] else None,
                    "url": None, "publisher": spec["publisher"], "authors": [], "language": "en",
                    "source_file": f"{spec['id']}.md", "checksum": "0" * 64, "related": [], "body": body,
                    "crisis": spec.get("crisis")},
        "actors": [{"id": a["id"], "name": a["name"], "kind": a["kind"], "aliases": [],
                    "roles": [{"title": r["title"], "of": r.get("of")} for r in a.get("roles", [])],
                    "affiliation": a.get("affiliation"), "mentions": [_span(body, s) for s in a["says"]]}
                   for a in spec["actors"]],
        "quotes": [{"id": q["id"], "text": q["text"], "kind": q["kind"], "speakers": q["speakers"],
                    "speaker_mention": None, "cue": q["cue"], "via": None,
                    "start": _span(body, q["text"])[0], "end": _span(body, q["text"])[1]}
                   for q in spec["quotes"]],
        "positions": [{**p, "cue": "said"} for p in spec["positions"]],
        "sources": spec["sources"],
        "events": [{"id": e["id"], "date": str(e["date"]), "when": e["when"], "what": e["what"],
                    "actors": e["actors"], "evidence": _span(body, e["text"])} for e in spec["events"]],
        "figures": [{"value": f["value"], "unit": f["unit"], "text": f["text"], "actor": f["actor"],
                     "evidence": _span(body, f["text"])} for f in spec["figures"]],
    }
    if sheet["article"]["crisis"] is None:
        del sheet["article"]["crisis"]  # the lead adds article.crisis to the schema; read with .get
    validate(sheet)
    return sheet


def fixture_sheets() -> list[dict]:
    specs = yaml.safe_load((FIXTURES / "articles.yaml").read_text(encoding="utf-8"))
    return [make_sheet(spec) for spec in specs]
