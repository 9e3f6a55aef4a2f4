"""What shows only across the articles of a crisis: who talks about, supports or opposes whom
(relations), each actor's row with its appearances and centrality, and where sources disagree."""
from __future__ import annotations

import re
from collections import defaultdict

from generator.crisis.identities import Identity, published_date
from generator.crisis.names import PERSON, fold, name_tokens
from generator.model.values import items


def relations_of(members: list[dict]) -> list[dict]:
    """Who talks about whom (a speaker's quote names another actor) and who supports or opposes
    whom (a position whose topic or evidence names another actor)."""
    counts: dict[tuple, dict] = {}

    def add(source, target, kind, article, quote):
        if not source or not target or source == target:
            return
        row = counts.setdefault((source, target, kind), {"source": source, "target": target,
                                                          "kind": kind, "count": 0, "evidence": []})
        row["count"] += 1
        row["evidence"].append({"article": article, "quote": quote})

    for sheet in members:
        spans = _mention_spans(sheet)
        for q in items(sheet, "quotes"):
            for target in _named_in(spans, q.get("start"), q.get("end")):
                for speaker in q.get("speakers") or []:
                    add(speaker, target, "quotes", sheet["id"], q.get("id"))
        names = _names(sheet)
        quotes = {q.get("id"): q for q in items(sheet, "quotes")}
        for p in items(sheet, "positions"):
            if p.get("stance") not in ("supports", "opposes"):
                continue
            evidence = p.get("evidence")
            quote = quotes.get(evidence) if isinstance(evidence, str) else None
            targets = set(_named_in(spans, quote.get("start"), quote.get("end"))) if quote else set()
            topic = fold(p.get("topic"))
            targets |= {a for a, forms in names.items() if any(_has_word(topic, f) for f in forms)}
            for target in sorted(targets):
                add(p.get("actor"), target, p["stance"], sheet["id"], evidence if quote else None)
    return sorted(counts.values(), key=lambda r: (-r["count"], r["source"], r["target"], r["kind"]))


def _mention_spans(sheet: dict) -> list[tuple[int, int, str]]:
    return [(m[0], m[1], a["id"]) for a in items(sheet, "actors") for m in a.get("mentions") or []
            if isinstance(m, (list, tuple)) and len(m) == 2]


def _named_in(spans, start, end) -> list[str]:
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    return sorted({actor for s, e, actor in spans if start <= s and e <= end})


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word; the plain substring test first, which
    rules out nearly every pair without a regular expression."""
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def _names(sheet: dict) -> dict[str, set[str]]:
    out = {}
    for a in items(sheet, "actors"):
        forms = {fold(n) for n in [a.get("name"), *(a.get("aliases") or [])] if n}
        if a.get("kind") == PERSON:
            forms |= {name_tokens(n)[-1] for n in [a.get("name")] if n and name_tokens(n)}
        out[a["id"]] = {f for f in forms if len(f) >= 3}
    return out


def actor_rows(members: list[dict], identities: dict[str, Identity], quotes: list[dict],
               positions: list[dict], relations: list[dict]) -> list[dict]:
    """One row per actor of the crisis: names, appearances, roles and centrality."""
    rows: dict[str, dict] = {}
    for sheet in members:
        for actor in items(sheet, "actors"):
            identity = identities.get(actor["id"])
            row = rows.setdefault(actor["id"], {
                "id": actor["id"], "name": identity.name if identity else actor.get("name"),
                "kind": identity.kind if identity else actor.get("kind"), "aliases": [],
                "sheet_ids": [], "articles": [], "roles": [], "mentions": 0, "quotes": 0,
                "positions": 0, "relations": 0, "centrality": 0,
            })
            _add_appearance(row, actor, sheet, identity)
    for q in quotes:
        for speaker in set(q["speakers"]):
            if speaker in rows:
                rows[speaker]["quotes"] += 1
    for p in positions:
        if p["actor"] in rows:
            rows[p["actor"]]["positions"] += 1
    for r in relations:
        for end in (r["source"], r["target"]):
            if end in rows:
                rows[end]["relations"] += r["count"]
    for row in rows.values():
        # Centrality: how much of the crisis runs through the actor. Each article it is in, each
        # quote it speaks, each stance it takes and each tie to another actor counts once.
        row["centrality"] = len(row["articles"]) + row["quotes"] + row["positions"] + row["relations"]
    return sorted(rows.values(), key=lambda r: (-r["centrality"], -r["mentions"], r["name"] or "", r["id"]))


def _add_appearance(row: dict, actor: dict, sheet: dict, identity: Identity | None) -> None:
    row["articles"].append(sheet["id"])
    row["mentions"] += len(actor.get("mentions") or [])
    originals = identity.locals_in(sheet["id"]) if identity else []
    for local in originals or [actor["id"]]:
        row["sheet_ids"].append({"article": sheet["id"], "id": local})
    for alias in [actor.get("name"), *(actor.get("aliases") or [])]:
        if alias and alias != row["name"] and alias not in row["aliases"]:
            row["aliases"].append(alias)
    for role in items(actor, "roles"):
        row["roles"].append({"title": role.get("title"), "of": role.get("of"),
                             "article": sheet["id"], "published": published_date(sheet)})


def disagreements(crisis: dict) -> list[dict]:
    """Two figures for one thing (same unit and actor, different values, different articles) and
    two accounts of one event (same date and actors, different wording, different articles)."""
    out = []
    figures = defaultdict(list)
    for f in crisis["figures"]:
        if f["unit"]:
            figures[(fold(f["unit"]), f["actor"])].append(f)
    for (unit, actor), rows in sorted(figures.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        if len({str(r["value"]) for r in rows}) > 1 and len({r["article"] for r in rows}) > 1:
            out.append({"kind": "figure", "about": f"{unit}", "actor": actor,
                        "accounts": [{"article": r["article"], "value": r["value"], "text": r["text"],
                                      "evidence": r["evidence"]} for r in rows]})
    events = defaultdict(list)
    for e in crisis["events"]:
        if e["type"] == "event" and e["date"] and e["actors"]:
            events[(e["date"], tuple(sorted(e["actors"])))].append(e)
    for (date, actors), rows in sorted(events.items()):
        whats = {fold(r["what"]) for r in rows}
        if len({r["article"] for r in rows}) > 1 and len(whats) > 1:
            out.append({"kind": "event", "about": date, "actor": actors[0],
                        "accounts": [{"article": r["article"], "value": None, "text": r["what"],
                                      "evidence": r["evidence"]} for r in rows]})
    return out

