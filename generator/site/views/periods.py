"""The "What changed" digest of a crisis page: its periods (generator.crisis.periods) as the page
shows them, oldest first so that the digest reads as the story it tells and each trend arrow is
read against the block just above it (the summary above it already ends on where the crisis
stands)."""
from __future__ import annotations

from generator.site.views.shared import EXCERPT_CHARS, date_label, shorten, trim_quote

PERIOD_DEVELOPMENTS = 8   # the most reported developments shown per period (all are in crisis.yaml)
PERIOD_ACTORS = 8         # the most central actors that entered, per period
TRENDS = {"up": ("↑", "escalating"), "down": ("↓", "de-escalating"), "steady": ("→", "steady"),
          None: ("·", "no signal")}


def periods_view(crisis: dict, ref, articles: dict, quote_link) -> list[dict]:
    """One block per period of `crisis`, oldest first, every link resolved to a page of the site."""
    developments = {d["id"]: d for d in crisis.get("developments") or []}
    quotes = {(q.get("article"), q.get("id")): q for q in crisis.get("quotes") or []}
    shown = _Shown(developments, quotes, ref, articles, quote_link)
    return [_period(p, shown) for p in crisis.get("periods") or []]


class _Shown:
    """How each thing a period refers to is shown: a development, a quote, an actor."""

    def __init__(self, developments, quotes, ref, articles, quote_link):
        self.developments, self.quotes, self.ref = developments, quotes, ref
        self.articles, self.quote_link = articles, quote_link

    def development(self, development_id) -> dict | None:
        d = self.developments.get(development_id)
        if not d:
            return None
        first = next((a for a in d.get("articles") or [] if a in self.articles), None)
        return {"date_shown": date_label(d.get("date"), d.get("date_precision")),
                "what": shorten(d.get("what"), EXCERPT_CHARS), "reports": len(d.get("articles") or []),
                "path": self.articles[first]["path"] if first else None}

    def quote(self, article, quote_id) -> dict | None:
        q = self.quotes.get((article, quote_id))
        return {"text": shorten(trim_quote(q.get("text")), EXCERPT_CHARS),
                "path": self.quote_link(article, quote_id), "article": self.articles.get(article)} if q else None

    def stance(self, side: dict) -> dict:
        article = self.articles.get(side.get("article"))
        return {"stance": side.get("stance"), "topic": side.get("topic"),
                "date": article["published"] if article else None,
                "path": self.quote_link(side.get("article"), side.get("quote")),
                "evidence": shorten(side.get("evidence"), EXCERPT_CHARS)}


def _period(period: dict, shown: _Shown) -> dict:
    escalation = period.get("escalation") or {}
    arrow, trend_label = TRENDS.get(escalation.get("trend"), TRENDS[None])
    developments = [shown.development(i) for i in period.get("developments") or []]
    developments = [d for d in developments if d]
    most_reported = sorted(range(len(developments)), key=lambda n: (-developments[n]["reports"], n))
    chosen = sorted(most_reported[:PERIOD_DEVELOPMENTS])   # shown in date order
    entered = [shown.ref(a) for a in period.get("actors_entered") or []]
    return {
        "label": period.get("label"), "start": period.get("start"), "end": period.get("end"),
        "trend": escalation.get("trend") or "none", "arrow": arrow, "trend_label": trend_label,
        "score": escalation.get("score"),
        "evidence": [_evidence(e, shown) for e in escalation.get("evidence") or []],
        "developments": [developments[n] for n in chosen],
        "development_count": len(developments),
        "entered": entered[:PERIOD_ACTORS], "entered_more": max(0, len(entered) - PERIOD_ACTORS),
        "shifts": [{"actor": shown.ref(s.get("actor")), "topic": s.get("topic"),
                    "before": shown.stance(s.get("before") or {}), "after": shown.stance(s.get("after") or {})}
                   for s in period.get("stance_shifts") or []],
        "quotes": [q for q in (_key_quote(k, shown) for k in period.get("key_quotes") or []) if q],
    }


def _evidence(item: dict, shown: _Shown) -> dict:
    """One item behind the escalation signal: what it is, its weight, the scale's words in it."""
    if item.get("kind") == "development":
        d = shown.development(item.get("id")) or {}
        text, path = d.get("what"), d.get("path")
    else:
        q = shown.quote(item.get("article"), item.get("quote")) or {}
        text, path = q.get("text"), q.get("path") or shown.quote_link(item.get("article"), item.get("quote"))
    return {"kind": item.get("kind"), "weight": item.get("weight"), "words": ", ".join(item.get("words") or []),
            "text": text, "path": path, "actor": shown.ref(item.get("actor"))}


def _key_quote(key: dict, shown: _Shown) -> dict | None:
    q = shown.quote(key.get("article"), key.get("quote"))
    return {**q, "speaker": shown.ref(key.get("speaker")), "reported_by": key.get("reported_by", 1)} if q else None
