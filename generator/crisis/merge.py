"""One crisis merged: a plain dict (written as ``crisis.yaml``, see ``CRISIS_FIELDS``) holding every
fact of its articles with site-wide actor ids, plus what only shows across articles (relations,
the timeline, disagreements)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.crisis.developments import background_cutoff, developments_of, is_background, placements
from generator.crisis.grouping import Group
from generator.crisis.identities import Identity, published_date
from generator.crisis.names import fold
from generator.crisis.periods import periods_of
from generator.crisis.relations import actor_rows, disagreements, relations_of
from generator.crisis.summary import summarise
from generator.crisis.titles import crisis_title
from generator.crisis.whos_who import describe_actors
from generator.extract.outlets import display_name, outlet_key
from generator.model.values import items, iso_date, span_text

CRISIS_SCHEMA_VERSION = 1
# The keys of a crisis dict, in the order crisis.yaml shows them.
CRISIS_FIELDS = ("schema_version", "id", "title", "grouped_by", "period", "articles", "actors",
                 "quotes", "positions", "events", "developments", "sources", "outlets", "figures", "relations",
                 "disagreements", "summary", "periods")


def merge_crisis(group: Group, sheets: dict[str, dict], identities: dict[str, Identity]) -> dict:
    """The crisis as data: every fact of its articles with site-wide actor ids, plus what only
    shows across articles (relations, the timeline, disagreements)."""
    members = [sheets[i] for i in group.sheet_ids]
    articles = [_article(s) for s in members]
    quotes = [q for s in members for q in _quotes(s)]
    positions = [p for s in members for p in _positions(s)]
    relations = relations_of(members)
    actors = actor_rows(members, identities, quotes, positions, relations)
    describe_actors(actors, members)
    dated = sorted(a["published"] for a in articles if a["published"])
    period = {"first": dated[0] if dated else None, "last": dated[-1] if dated else None}
    developments = developments_of(members, period)
    placed = placements(developments, {a["id"] for a in articles if not a["published"]})
    events = _timeline(members, placed)
    cutoff = background_cutoff(period)
    for e in events:
        e["background"] = is_background(e["date"], e["date_precision"], cutoff)
    in_order = sorted(articles, key=_report_order)
    crisis = {
        "schema_version": CRISIS_SCHEMA_VERSION, "id": group.id,
        "title": crisis_title(group.title, actors, developments, in_order),
        "grouped_by": group.grouped_by,
        "period": period,
        "articles": in_order,
        "actors": actors, "quotes": quotes, "positions": positions, "events": events,
        "developments": developments,
        "sources": _sources(members), "outlets": _outlets(articles),
        "figures": [f for s in members for f in _figures(s)], "relations": relations,
    }
    crisis["disagreements"] = disagreements(crisis, members)
    crisis["summary"] = summarise(members, developments, placed)
    crisis["periods"] = periods_of(crisis)  # after the developments it cuts into periods
    return {key: crisis[key] for key in CRISIS_FIELDS}


def _report_order(article: dict) -> tuple:
    return article["published"] or "9999", article["id"]


def _article(sheet: dict) -> dict:
    a = sheet.get("article") or {}
    return {"id": sheet["id"], "title": a.get("title"), "published": iso_date(a.get("published")),
            "publisher": a.get("publisher"), "url": a.get("url"), "lede": a.get("lede")}


def _quotes(sheet: dict) -> list[dict]:
    return [{"id": q.get("id"), "article": sheet["id"], "published": published_date(sheet),
             "text": q.get("text"), "kind": q.get("kind"), "speakers": list(q.get("speakers") or []),
             "cue": q.get("cue"), "via": q.get("via")} for q in items(sheet, "quotes")]


def _positions(sheet: dict) -> list[dict]:
    out = []
    for p in items(sheet, "positions"):
        evidence = p.get("evidence")
        out.append({"actor": p.get("actor"), "stance": p.get("stance"), "topic": p.get("topic"),
                    "cue": p.get("cue"), "article": sheet["id"], "published": published_date(sheet),
                    "quote": evidence if isinstance(evidence, str) else None,
                    "evidence": _excerpt(sheet, evidence)})
    return out


def _excerpt(sheet: dict, evidence, limit: int = 300) -> str | None:
    """What `evidence` points at: the text of a quote (by its id) or of a [start, end] span of the body."""
    if isinstance(evidence, str):  # a quote id
        quote = next((q for q in items(sheet, "quotes") if q.get("id") == evidence), None)
        return quote.get("text") if quote else None
    text = span_text((sheet.get("article") or {}).get("body") or "", evidence)
    return text[:limit] if text else None


def _timeline(members: list[dict], placed: dict[str, str]) -> list[dict]:
    """Dated events of every article, each article's own report as an entry on its date, and the
    undated articles on the day `placed` gives them (by what they report, marked ``estimated``;
    see ``developments.placements``)."""
    entries = []
    for sheet in members:
        events = items(sheet, "events")
        published = published_date(sheet)
        for e in events:
            date = iso_date(e.get("date"))
            precision = (e.get("date_precision") or "day") if date else None
            # An article cannot report what happened after it was published: such a date is an
            # announcement ("a vote next week") or a misread date; it stays off the timeline.
            # A date of week, month or year precision is stored as its first day: "later this
            # month" is ahead of its report only by its words, so the period counts from its start.
            ahead = bool(date and published and date > published)
            entries.append({"id": e.get("id"), "article": sheet["id"], "date": date,
                            "date_precision": precision,
                            "when": e.get("when"), "what": e.get("what"),
                            "actors": list(e.get("actors") or []), "type": "event",
                            "after_report": ahead, "evidence": _excerpt(sheet, e.get("evidence"))})
        estimated = None if published else placed.get(sheet["id"])
        entries.append({"id": None, "article": sheet["id"], "date": published or estimated,
                        "date_precision": "day" if published or estimated else None,
                        "when": None if published else ("estimated" if estimated else None),
                        "what": (sheet.get("article") or {}).get("title"), "actors": [],
                        "type": "report", "after_report": False, "estimated": bool(estimated),
                        "evidence": None})
    return sorted(entries, key=lambda e: (e["date"] is None, e["date"] or "", e["type"] != "event",
                                          e["article"], str(e["id"])))


def _sources(members: list[dict]) -> list[dict]:
    """The sources of every article, one row per source: an outlet named two ways ("CBS" in one
    article, "CBS News" in another; "AFP", "Agence France-Presse") is one row under the
    gazetteer's name (else its fullest), documents and articles one row per name."""
    merged: dict[tuple, dict] = {}
    for sheet in members:
        via = defaultdict(set)
        for q in items(sheet, "quotes"):
            if q.get("via"):
                via[q["via"]].add(q.get("id"))
        for s in items(sheet, "sources"):
            name = s.get("name") or s.get("id")
            key = ("media", outlet_key(name)) if s.get("kind") == "media" else \
                ("name", re.sub(r"^the ", "", fold(name)))
            row = merged.setdefault(key, {"id": s.get("id"), "name": s.get("name"), "kind": s.get("kind"),
                                          "url": s.get("url"), "cited": 0, "articles": [], "names": []})
            row["cited"] += len(set(s.get("cited_for") or []) | via[s.get("id")])
            if sheet["id"] not in row["articles"]:
                row["articles"].append(sheet["id"])
            if name not in row["names"]:
                row["names"].append(name)
    for row in merged.values():
        names = row.pop("names")
        if row["kind"] == "media" and len(names) > 1:
            row["name"] = display_name(names)
    return sorted(merged.values(), key=lambda s: (-s["cited"], -len(s["articles"]), fold(s["name"])))


def _outlets(articles: list[dict]) -> list[dict]:
    """The publishers of the articles, one row per outlet however each article's metadata
    names it ("USA TODAY", "USA Today"; "CNN (Web News)", "CNN - Editorial")."""
    counts: Counter = Counter()
    names: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        if a["publisher"]:
            key = outlet_key(a["publisher"])
            counts[key] += 1
            if a["publisher"] not in names[key]:
                names[key].append(a["publisher"])
    rows = [{"name": display_name(names[k]), "articles": n} for k, n in counts.items()]
    return sorted(rows, key=lambda r: (-r["articles"], r["name"]))


def _figures(sheet: dict) -> list[dict]:
    return [{"value": f.get("value"), "unit": f.get("unit"), "text": f.get("text"),
             "actor": f.get("actor"), "article": sheet["id"], "published": published_date(sheet),
             "evidence": _excerpt(sheet, f.get("evidence"))} for f in items(sheet, "figures")]

