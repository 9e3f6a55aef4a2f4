"""A crisis as flat tables, for spreadsheets and SQL: actors, quotes, positions and events, one
row per fact, in columns like those of ACLED's exports (`event_date`, `time_precision`,
`actor1`, `actor2`, `iso`, `country`). Made from the merged crisis (crisis.yaml), so the tables
and the crisis data always agree.

Each table is a list of rows (dicts) whose keys are the table's COLUMNS, values str, int or None.
"""
from __future__ import annotations

from generator.site.countries import Country, actor_country

COLUMNS = {
    "crises": ("crisis", "title", "grouped_by", "first", "last", "articles"),
    "actors": ("crisis", "actor_id", "name", "kind", "country", "iso3", "iso", "first_seen", "last_seen",
               "articles", "quotes", "positions", "centrality", "aliases"),
    "quotes": ("crisis", "quote_id", "article", "date", "speaker", "speaker_name", "speakers", "text", "kind",
               "cue", "via", "url"),
    "positions": ("crisis", "article", "date", "actor", "actor_name", "stance", "topic", "cue", "quote",
                  "evidence"),
    "events": ("crisis", "event_id", "article", "event_date", "year", "time_precision", "date_precision",
               "when", "actor1", "actor2", "assoc_actors", "country", "iso", "notes", "source", "url"),
}
# ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 only the month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
SEPARATOR = "; "  # between the values of a list in one cell


def crisis_tables(crisis: dict, affiliations: dict[str, str], states: dict[str, Country]) -> dict[str, list[dict]]:
    """The tables of one merged crisis. `affiliations`: actor id -> the id of what it is
    affiliated to; `states`: actor id -> country of every state (generator.site.countries)."""
    cid = crisis["id"]
    articles = {a["id"]: a for a in crisis.get("articles") or []}
    actors = crisis.get("actors") or []
    names = {a["id"]: a.get("name") for a in actors}
    countries = {a["id"]: actor_country(a, affiliations.get(a["id"]), states) for a in actors}
    period = crisis.get("period") or {}
    return {
        "crises": [{"crisis": cid, "title": crisis.get("title"), "grouped_by": crisis.get("grouped_by"),
                    "first": period.get("first"), "last": period.get("last"), "articles": len(articles)}],
        "actors": [_actor(cid, a, countries.get(a["id"]), articles) for a in actors],
        "quotes": [_quote(cid, q, names, articles) for q in crisis.get("quotes") or []],
        "positions": [_position(cid, p, names) for p in crisis.get("positions") or []],
        "events": [_event(cid, e, countries, articles) for e in crisis.get("events") or [] if e.get("type") == "event"],
    }


def site_tables(tables: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """The tables of every crisis as one set (each row keeps its `crisis`)."""
    return {name: [row for crisis in tables for row in crisis[name]] for name in COLUMNS}


def _joined(values) -> str | None:
    values = [str(v) for v in values or [] if v is not None]
    return SEPARATOR.join(values) if values else None


def _actor(cid: str, actor: dict, country: Country | None, articles: dict) -> dict:
    dates = sorted(d for d in (articles.get(a, {}).get("published") for a in actor.get("articles") or []) if d)
    return {"crisis": cid, "actor_id": actor["id"], "name": actor.get("name"), "kind": actor.get("kind"),
            "country": country.name if country else None, "iso3": country.iso3 if country else None,
            "iso": country.iso if country else None,
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
            "articles": len(actor.get("articles") or []), "quotes": actor.get("quotes", 0),
            "positions": actor.get("positions", 0), "centrality": actor.get("centrality", 0),
            "aliases": _joined(actor.get("aliases"))}


def _quote(cid: str, quote: dict, names: dict, articles: dict) -> dict:
    speakers = quote.get("speakers") or []
    return {"crisis": cid, "quote_id": quote.get("id"), "article": quote.get("article"),
            "date": quote.get("published"), "speaker": speakers[0] if speakers else None,
            "speaker_name": names.get(speakers[0]) if speakers else None, "speakers": _joined(speakers),
            "text": quote.get("text"), "kind": quote.get("kind"), "cue": quote.get("cue"), "via": quote.get("via"),
            "url": articles.get(quote.get("article"), {}).get("url")}


def _position(cid: str, position: dict, names: dict) -> dict:
    return {"crisis": cid, "article": position.get("article"), "date": position.get("published"),
            "actor": position.get("actor"), "actor_name": names.get(position.get("actor")),
            "stance": position.get("stance"), "topic": position.get("topic"), "cue": position.get("cue"),
            "quote": position.get("quote"), "evidence": position.get("evidence")}


def _event(cid: str, event: dict, countries: dict, articles: dict) -> dict:
    actors = event.get("actors") or []
    date = event.get("date")
    precision = event.get("date_precision")
    country = next((countries[a] for a in actors if countries.get(a)), None)
    article = articles.get(event.get("article"), {})
    return {"crisis": cid, "event_id": event.get("id"), "article": event.get("article"),
            "event_date": date, "year": int(date[:4]) if date else None,
            "time_precision": TIME_PRECISION.get(precision) if date else None, "date_precision": precision,
            "when": event.get("when"), "actor1": actors[0] if actors else None,
            "actor2": actors[1] if len(actors) > 1 else None, "assoc_actors": _joined(actors[2:]),
            "country": country.name if country else None, "iso": country.iso if country else None,
            "notes": event.get("what"), "source": article.get("publisher"), "url": article.get("url")}
