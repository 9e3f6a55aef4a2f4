"""The view of one briefing: a fact sheet with every reference resolved, as its page shows it."""
from __future__ import annotations

from collections import defaultdict
from functools import partial

from generator.model.values import items, iso_date, span_text
from generator.site.urls import briefing_page, slug
from generator.site.views.shared import (STANCES, actor_ref, briefing_ref, date_label, excerpt, number,
                                         sentence_anchor, strings, trim_quote)


def briefing_view(sheet: dict, names: dict[str, str], cited: list[dict] | None = None) -> dict:
    """What a briefing page shows, from one fact sheet; `names` are the site-wide actor names,
    `cited` the sentences of it that crisis summaries cite ([{evidence, crisis}], see
    generator.site.views.crisis.summary_citations)."""
    article = sheet.get("article") if isinstance(sheet.get("article"), dict) else {}
    sheet_id = str(sheet["id"])
    local = {str(a.get("id")): str(a["name"]) for a in items(sheet, "actors") if a.get("name")}
    ref = partial(actor_ref, local=local, names=names)
    body = str(article.get("body") or "")
    quotes = _quotes(sheet, ref, body)
    quote_numbers = {q["id"]: q["number"] for q in quotes}
    briefing = {
        "id": sheet_id,
        "path": briefing_page(sheet_id),
        "title": str(article.get("title") or sheet_id),
        "lede": article.get("lede"),
        "cited": _cited(body, cited or []),
        "published": iso_date(article.get("published")),
        "publisher": article.get("publisher"),
        "authors": strings(article.get("authors")),
        "url": article.get("url"),
        "language": article.get("language"),
        "actors": _by_mentions([_actor_row(a, ref) for a in items(sheet, "actors")]),
        "quotes": quotes,
        "positions": [_position(p, ref, quote_numbers, body) for p in items(sheet, "positions")],
        "sources": _sources(sheet, quotes),
        "events": _events(sheet, ref, body),
        "figures": [_figure(f, ref, body) for f in items(sheet, "figures")],
        "related": [r for r in items(article, "related") if r.get("title") or r.get("url")],
    }
    briefing["actor_count"] = len(briefing["actors"])
    briefing["quote_count"] = len(quotes)
    for quote in quotes:
        quote["briefing"] = briefing_ref(briefing)
    return briefing


def _cited(body: str, cited: list[dict]) -> list[dict]:
    """The article's sentences a crisis summary cites, in article order, each once with the
    crises citing it and its anchor (the summary's link lands there)."""
    sentences: dict[tuple[int, int], dict] = {}
    for entry in cited:
        start, end = entry["evidence"]
        if not 0 <= start < end <= len(body):
            continue
        row = sentences.setdefault((start, end), {"anchor": sentence_anchor(start), "text": body[start:end],
                                                  "crises": []})
        if entry["crisis"] not in row["crises"]:
            row["crises"].append(entry["crisis"])
    return [sentences[key] for key in sorted(sentences)]


def _by_mentions(rows: list[dict]) -> list[dict]:
    """Key actors first: the most mentioned on top, ties in the sheet's order."""
    return sorted(rows, key=lambda row: -row["mentions"])


def _actor_row(actor: dict, ref) -> dict:
    return {
        "ref": ref(actor.get("id")),
        "kind": actor.get("kind"),
        "aliases": strings(actor.get("aliases")),
        "roles": [_role(r, ref) for r in items(actor, "roles")],
        "affiliation": ref(actor.get("affiliation")),
        "mentions": len(actor.get("mentions") or []),
    }


def _role(role: dict, ref) -> dict:
    return {"title": role.get("title"), "of": ref(role.get("of"))}


def _quotes(sheet: dict, ref, body: str) -> list[dict]:
    """The sheet's quotes; one with no speaker keeps the phrase the article gives its source by
    ("a senior Varnian official"), as `unnamed`."""
    sources = {str(s.get("id")): s for s in items(sheet, "sources")}
    quotes = []
    for n, quote in enumerate(items(sheet, "quotes"), start=1):
        via = sources.get(str(quote["via"])) if quote.get("via") else None
        quotes.append({
            "id": str(slug(quote.get("id"))),
            "anchor": f"quote-{slug(quote.get('id'))}",
            "number": n,
            "text": trim_quote(quote.get("text")),
            "kind": quote.get("kind"),
            "cue": quote.get("cue"),
            "speakers": [ref(s) for s in quote.get("speakers") or [] if s],
            "unnamed": None if quote.get("speakers") else span_text(body, quote.get("speaker_mention")),
            "via": {"name": via.get("name") or via.get("id"), "url": via.get("url")} if via else None,
        })
    return quotes


def _position(position: dict, ref, quote_numbers: dict[str, int], body: str) -> dict:
    evidence = position.get("evidence")
    quoted = isinstance(evidence, str) and evidence in quote_numbers
    stance = position.get("stance")
    return {
        "actor": ref(position.get("actor")),
        "stance": stance,
        "stance_class": stance if stance in STANCES else "other",
        "topic": position.get("topic"),
        "cue": position.get("cue"),
        "quote": {"number": quote_numbers[evidence], "anchor": f"quote-{evidence}"} if quoted else None,
        "excerpt": excerpt(body, evidence),
    }


def _sources(sheet: dict, quotes: list[dict]) -> list[dict]:
    """Sources with the quotes they are cited for: cited_for, plus quotes naming them as `via`."""
    numbers = {q["id"]: q["number"] for q in quotes}
    via = defaultdict(set)
    for raw in items(sheet, "quotes"):
        if raw.get("via") and raw.get("id") in numbers:
            via[str(raw["via"])].add(raw["id"])
    rows = []
    for source in items(sheet, "sources"):
        cited = set(map(str, source.get("cited_for") or [])) | via[str(source.get("id"))]
        rows.append({
            "name": source.get("name") or source.get("id"),
            "kind": source.get("kind"),
            "url": source.get("url"),
            "quotes": [{"number": numbers[q], "anchor": f"quote-{q}"}
                       for q in sorted(cited & numbers.keys(), key=numbers.get)],
            "cited_count": len(cited),
        })
    return rows


def _events(sheet: dict, ref, body: str) -> list[dict]:
    events = [{
        "date": iso_date(e.get("date")),
        "date_shown": date_label(iso_date(e.get("date")), e.get("date_precision")),
        "when": e.get("when"),
        "what": e.get("what"),
        "actors": [ref(a) for a in e.get("actors") or [] if a],
        "excerpt": excerpt(body, e.get("evidence")),
    } for e in items(sheet, "events")]
    # A timeline: dated events in date order, then the undated ones in article order.
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or ""))


def _figure(figure: dict, ref, body: str) -> dict:
    return {
        "value": number(figure.get("value")),
        "unit": figure.get("unit"),
        "text": figure.get("text"),
        "actor": ref(figure.get("actor")),
        "excerpt": excerpt(body, figure.get("evidence")),
    }
