"""The view of one crisis: a merged crisis dict (generator.crisis) as its page shows it: key
actors, the stance matrix, the timeline of developments (with its own pages when long), quotes by actor,
sources and disagreements."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import partial

from generator.crisis.developments import ahead_of_reports
from generator.model.factsheet import ACTING_KINDS
from generator.model.values import is_span
from generator.site import paging
from generator.site.urls import crisis_page, slug
from generator.site.views.periods import periods_view
from generator.site.views.shared import (EXCERPT_CHARS, STANCES, actor_ref, briefing_ref, date_label, number,
                                         sentence_anchor, shorten, trim_quote)

KEY_ACTORS = 12         # rows in a crisis page's key actors table
MATRIX_ACTORS = 10      # stance matrix size: the most central actors that take positions ...
MATRIX_TOPICS = 8       # ... on the most discussed topics
QUOTES_PER_ACTOR = 3    # newest quotes shown per actor on the crisis page (all are on the actor page)
LATEST = 5              # newest articles under "Newest articles"
CRISIS_SPEAKERS = 15    # actors under "Quotes by actor"
CRISIS_SOURCES = 50     # cited sources, and outlets, on the crisis page
CRISIS_DISAGREEMENTS = 30
DISAGREEMENT_ACCOUNTS = 6  # accounts shown side by side per disagreement
CELL_EVIDENCE = 6       # newest evidence links per stance matrix cell
TIMELINE_SHOWN = 150    # latest dated developments on the crisis page ...
TIMELINE_ASIDE = 30     # ... and rows of each other part (background, dated ahead, undated)
TIMELINE_PAGE = 300     # rows per page of the full timeline (crises/<id>/timeline-<n>.md)
TIMELINE_PARTS = ("dated", "background", "ahead", "undated")


def crisis_view(crisis: dict, names: dict[str, str], briefings: list[dict]) -> dict:
    """What a crisis page shows, from a merged crisis dict (generator.crisis)."""
    local = {str(a["id"]): str(a["name"]) for a in crisis.get("actors") or [] if a.get("name")}
    ref = partial(actor_ref, local=local, names=names)
    articles = {b["id"]: briefing_ref(b) for b in briefings}
    quote_link = partial(_quote_link, articles=articles)
    actors = [a for a in crisis.get("actors") or [] if a.get("kind") in ACTING_KINDS]
    positions = [p for p in crisis.get("positions") or [] if p.get("actor")]
    first, last = (crisis.get("period") or {}).get("first"), (crisis.get("period") or {}).get("last")
    path = crisis_page(crisis["id"])
    timeline = _crisis_timeline(crisis, ref, articles)
    quotes_by_actor = _quotes_by_actor(crisis, ref, articles, quote_link)
    sources = [{**s, "article_count": len(s.get("articles") or [])} for s in crisis.get("sources") or []]
    outlets = crisis.get("outlets") or []
    disagreements = crisis.get("disagreements") or []
    return {
        "id": str(slug(crisis["id"])),
        "path": path,
        "folder": path.rsplit("/", 1)[0],  # its data files and pictures
        "data_path": path.rsplit("/", 1)[0] + "/crisis.yaml",
        "title": str(crisis.get("title") or crisis["id"]),
        "grouped_by": crisis.get("grouped_by"),
        "first": first, "last": last,
        "article_count": len(crisis.get("articles") or []),
        "summary": _summary(crisis, articles),
        "actor_ids": {str(a["id"]) for a in crisis.get("actors") or []},
        "latest": [{**articles[a["id"]], "lede": shorten(a.get("lede"))}
                   for a in _newest(crisis.get("articles") or []) if a["id"] in articles][:LATEST],
        "key_actors": [_key_actor(a, ref, positions, articles) for a in actors[:KEY_ACTORS]],
        "matrix": _stance_matrix(actors, positions, ref, articles, quote_link),
        "timeline": _timeline_head(timeline),
        "timeline_counts": {part: len(rows) for part, rows in timeline.items()},
        "timeline_pages": _timeline_pages(timeline, path.rsplit("/", 1)[0]),
        "quotes_by_actor": quotes_by_actor[:CRISIS_SPEAKERS],
        "speaker_count": len(quotes_by_actor),
        "sources": sources[:CRISIS_SOURCES], "source_count": len(sources),
        "outlets": outlets[:CRISIS_SOURCES], "outlet_count": len(outlets),
        "disagreements": [_disagreement(d, ref, articles) for d in disagreements[:CRISIS_DISAGREEMENTS]],
        "disagreement_count": len(disagreements),
        "relation_count": len(crisis.get("relations") or []),
        "periods": periods_view(crisis, ref, articles, quote_link),
    }


def _summary(crisis: dict, articles: dict) -> list[dict]:
    """The summary's sentences, each with the outlet and day of its article and a link to the
    sentence on the article's briefing page."""
    publishers = {a["id"]: a.get("publisher") for a in crisis.get("articles") or []}
    rows = []
    for entry in crisis.get("summary") or []:
        article = articles.get(entry.get("article"))
        if not article or not is_span(entry.get("evidence")):
            continue
        rows.append({"text": entry.get("text"), "article": article, "publisher": publishers.get(entry["article"]),
                     "path": f"{article['path']}#{sentence_anchor(entry['evidence'][0])}"})
    return rows


def summary_citations(crises: list[dict]) -> dict[str, list[dict]]:
    """Article id -> the sentences of it that crisis summaries cite: [{evidence, crisis}], so
    that its briefing page shows each sentence at the place the summary links to."""
    cited: dict[str, list[dict]] = defaultdict(list)
    for crisis in crises:
        for entry in crisis.get("summary") or []:
            if is_span(entry.get("evidence")) and entry.get("article"):
                cited[str(entry["article"])].append({
                    "evidence": list(entry["evidence"]),
                    "crisis": {"title": str(crisis.get("title") or crisis["id"]), "path": crisis_page(crisis["id"])}})
    return dict(cited)


def _timeline_head(timeline: dict) -> dict:
    """What the crisis page shows of the timeline: the latest dated events, and the head of the rest."""
    return {"dated": timeline["dated"][-TIMELINE_SHOWN:], "background": timeline["background"][-TIMELINE_ASIDE:],
            "ahead": timeline["ahead"][:TIMELINE_ASIDE], "undated": timeline["undated"][:TIMELINE_ASIDE]}


def _timeline_pages(timeline: dict, folder: str) -> list[dict]:
    """The whole timeline on pages of TIMELINE_PAGE rows, when the crisis page cannot show it all."""
    head = _timeline_head(timeline)
    if all(len(head[part]) == len(timeline[part]) for part in TIMELINE_PARTS):
        return []
    rows = [(part, row) for part in TIMELINE_PARTS for row in timeline[part]]
    pages = []
    for n, chunk in enumerate(paging.chunks(rows, TIMELINE_PAGE), start=1):
        part_rows = {part: [row for p, row in chunk if p == part] for part in TIMELINE_PARTS}
        pages.append({"number": n, "path": f"{folder}/timeline-{n}.md", "timeline": part_rows})
    return pages


def _newest(articles: list[dict]) -> list[dict]:
    return sorted(articles, key=lambda a: (a.get("published") or "", a["id"]), reverse=True)


def _quote_link(article_id, quote_id, articles: dict) -> str | None:
    """Where a quote's sentence is: its anchor on its article's briefing page."""
    article = articles.get(article_id)
    if not article:
        return None
    return f"{article['path']}#quote-{slug(quote_id)}" if quote_id else article["path"]


def _key_actor(actor: dict, ref, positions: list[dict], articles: dict) -> dict:
    """A row of the crisis's who's who: who the actor is in words, where it stands, and when it
    first appeared in the crisis."""
    stances = Counter((p.get("stance"), p.get("topic")) for p in positions if p["actor"] == actor["id"]
                      and p.get("stance") in ("supports", "opposes"))
    first = actor.get("first_seen") or {}
    return {
        "ref": ref(actor["id"]), "kind": actor.get("kind"), "description": actor.get("description"),
        "stances": [{"stance": s, "topic": t} for (s, t), _ in stances.most_common(2)],
        "first_seen": {"date": first.get("date"), "article": articles.get(first.get("article"))} if first else None,
        "articles": len(actor.get("articles") or []), "quotes": actor.get("quotes", 0),
        "centrality": actor.get("centrality", 0),
    }


def _topic_key(topic) -> str:
    return re.sub(r"^(the|a|an) ", "", " ".join(str(topic or "").casefold().split()))


def _stance_matrix(actors, positions, ref, articles, quote_link) -> dict:
    """Actors x topics; each cell the actor's stances on the topic, each linking to its evidence."""
    taking = {p["actor"] for p in positions if p.get("stance") in STANCES}
    rows = [a for a in actors if a["id"] in taking][:MATRIX_ACTORS]
    row_ids = {a["id"] for a in rows}
    topics = Counter(_topic_key(p.get("topic")) for p in positions
                     if p["actor"] in row_ids and _topic_key(p.get("topic")))
    columns = [t for t, _ in sorted(topics.items(), key=lambda x: (-x[1], x[0]))[:MATRIX_TOPICS]]
    labels = {}
    for p in positions:
        labels.setdefault(_topic_key(p.get("topic")), p.get("topic"))
    cells = defaultdict(list)
    for p in positions:
        key = (p["actor"], _topic_key(p.get("topic")))
        if p["actor"] in row_ids and key[1] in columns:
            cells[key].append(p)
    return {
        "topics": [labels[t] for t in columns],
        "rows": [{"ref": ref(a["id"]), "cells": [_cell(cells[(a["id"], t)], articles, quote_link)
                                                  for t in columns]} for a in rows],
    }


def _cell(positions: list[dict], articles, quote_link) -> dict | None:
    if not positions:
        return None
    stances = {p.get("stance") for p in positions}
    stance = stances.pop() if len(stances) == 1 else "mixed"
    evidence = [{"label": str(n), "path": quote_link(p.get("article"), p.get("quote")),
                 "date": (articles.get(p.get("article")) or {}).get("published")}
                for n, p in enumerate(positions, start=1)]
    return {"stance": stance, "stance_class": stance if stance in STANCES else "other",
            "evidence": evidence[-CELL_EVIDENCE:], "more": max(0, len(evidence) - CELL_EVIDENCE)}


def _crisis_timeline(crisis: dict, ref, articles) -> dict:
    """The crisis as reported, one row per development, from the first report to the last: what
    is dated well before the crisis is background, what an article dates after its own report
    an announcement (ahead), and the undated articles that nothing places (their report in
    `events` has no estimated date) stand apart, once each."""
    rows = {"dated": [], "background": [], "undated": [], "ahead": []}
    placed = {e.get("article") for e in crisis.get("events") or [] if e.get("type") == "report" and e.get("date")}
    for d in crisis.get("developments") or []:
        if not d.get("date"):
            continue
        if d.get("background"):
            part = "background"
        elif ahead_of_reports(d, crisis.get("period")):
            part = "ahead"
        else:
            part = "dated"
        rows[part].append(_development_row(d, ref, articles))
    for a in crisis.get("articles") or []:
        if not a.get("published") and a["id"] not in placed and a["id"] in articles:
            rows["undated"].append({"article": articles[a["id"]]})
    return rows


def _development_row(d: dict, ref, articles) -> dict:
    """One development as its row shows it: date, what, actors, the articles that reported it
    (earliest first) and, when they tell it differently, each account."""
    reports = [articles[a] for a in d.get("articles") or [] if a in articles]
    accounts = [{"article": articles.get(a.get("article")), "what": shorten(a.get("what"), EXCERPT_CHARS)}
                for a in d.get("accounts") or [] if a.get("what")]
    return {
        "date": d.get("date"), "date_shown": date_label(d.get("date"), d.get("date_precision")),
        "what": d.get("what"), "actors": [ref(a) for a in d.get("actors") or [] if a],
        "articles": reports, "outlets": d.get("outlets") or [],
        "accounts": accounts if len({a["what"] for a in accounts}) > 1 else [],
    }


def _quotes_by_actor(crisis: dict, ref, articles, quote_link) -> list[dict]:
    by_actor = defaultdict(list)
    for q in crisis.get("quotes") or []:
        for speaker in dict.fromkeys(q.get("speakers") or []):
            by_actor[speaker].append(q)
    groups = []
    for actor in crisis.get("actors") or []:
        quotes = by_actor.get(actor["id"])
        if not quotes:
            continue
        newest = sorted(quotes, key=lambda q: (q.get("published") or "", q["article"], str(q["id"])), reverse=True)
        groups.append({"ref": ref(actor["id"]), "count": len(quotes), "quotes": [{
            "text": shorten(trim_quote(q.get("text")), EXCERPT_CHARS), "kind": q.get("kind"),
            "path": quote_link(q["article"], q["id"]), "article": articles.get(q["article"]),
        } for q in newest[:QUOTES_PER_ACTOR]]})
    return groups


def _disagreement(d: dict, ref, articles) -> dict:
    accounts = d.get("accounts") or []
    return {"kind": d.get("kind"), "about": d.get("about"), "actor": ref(d.get("actor")),
            "accounts": [{"article": articles.get(a.get("article")), "value": number(a.get("value")),
                          "text": shorten(a.get("text") or a.get("evidence"), EXCERPT_CHARS)}
                         for a in accounts[:DISAGREEMENT_ACCOUNTS]],
            "account_count": len(accounts)}
