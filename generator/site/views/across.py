"""Views across all briefings: each actor merged over the articles it is in, the quotes by
speaker, and the sources over every article that cites them."""
from __future__ import annotations

from collections import defaultdict

from generator.site import paging
from generator.site.views.shared import EXCERPT_CHARS, briefing_ref, shorten, strings

KIND_ORDER = ("person", "state", "organization", "group", "media", "document", "other")


def merge_actors(briefings: list[dict], crises: list[dict] = ()) -> list[dict]:
    """One entry per actor id over all briefings (ids are site-wide once generator.crisis has
    unified the sheets); the newest article's name and kind win. Quotes, roles and positions
    read oldest first: an actor page tells how the actor's part changed over time."""
    actors: dict[str, dict] = {}
    for briefing in briefings:
        for row in briefing["actors"]:
            _merge_actor(actors, row, briefing)
    for briefing in reversed(briefings):
        _attach_statements(actors, briefing)
    # each crisis's actor ids are taken out of its view: a page's data holds no set (see content_digest)
    members = [({"title": c["title"], "path": c["path"]}, c.pop("actor_ids")) for c in crises]
    for actor in actors.values():
        actor["article_count"] = len(actor["appearances"])
        actor["quote_count"] = len(actor["quotes"])
        actor["crises"] = [dict(crisis) for crisis, ids in members if actor["ref"]["id"] in ids]
        dates = actor.pop("role_dates")
        actor["roles"] = sorted(
            ({**r, "since": dates.get((r["title"], (r["of"] or {}).get("id")))} for r in actor["roles"]),
            key=lambda r: (r["since"] is None, r["since"] or ""))
    return sorted(actors.values(), key=lambda a: (a["ref"]["name"].casefold(), a["ref"]["id"]))


def _merge_actor(actors: dict, row: dict, briefing: dict) -> None:
    actor_id = row["ref"]["id"]
    actor = actors.setdefault(actor_id, {
        "ref": row["ref"], "kind": row["kind"], "aliases": [], "roles": [], "affiliations": [],
        "appearances": [], "quotes": [], "positions": [], "role_dates": {},
    })
    other_names = [row["ref"]["name"]] + row["aliases"]
    _extend_unique(actor["aliases"], [n for n in strings(other_names) if n != actor["ref"]["name"]])
    _extend_unique(actor["roles"], row["roles"])
    for role in row["roles"]:  # briefings come newest first: the last one seen is the first date
        actor["role_dates"][(role["title"], (role["of"] or {}).get("id"))] = briefing["published"]
    # "Foreign Minister of Mali" already says the affiliation with Mali.
    role_of = [role["of"] for role in actor["roles"]]
    if row["affiliation"] and row["affiliation"] not in role_of:
        _extend_unique(actor["affiliations"], [row["affiliation"]])
    actor["kind"] = actor["kind"] or row["kind"]
    actor["appearances"].append({"briefing": briefing_ref(briefing), "mentions": row["mentions"]})


def _extend_unique(target: list, values: list) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def _attach_statements(actors: dict, briefing: dict) -> None:
    for quote in briefing["quotes"]:
        for speaker in {s["id"] for s in quote["speakers"]}:
            if speaker in actors:
                actors[speaker]["quotes"].append(quote)
    for position in briefing["positions"]:
        if position["actor"] and position["actor"]["id"] in actors:
            actors[position["actor"]["id"]]["positions"].append(
                {**position, "briefing": briefing_ref(briefing)})


def group_by_kind(actors: list[dict]) -> list[dict]:
    """The actors index: the actors of each kind, most cited first, on pages."""
    groups = defaultdict(list)
    for actor in actors:
        groups[actor["kind"] if actor["kind"] in KIND_ORDER else "other"].append(actor)
    result = []
    for kind in KIND_ORDER:
        if groups[kind]:
            ranked = sorted(groups[kind], key=lambda a: (-a["article_count"], -a["quote_count"]))
            pages = paging.paged(ranked, paging.ACTORS_PER_PAGE, "actors/index.md", f"actors/all-{kind}-{{n}}.md")
            result.append({"kind": kind, "count": len(ranked), "actors": pages[0]["items"], "pages": pages})
    return result


def group_quotes(briefings: list[dict]) -> list[dict]:
    """Quotes under each of their speakers (unattributed quotes in a group of their own, last)."""
    groups: dict[str | None, dict] = {}
    for briefing in briefings:
        for quote in briefing["quotes"]:
            for speaker in _unique_speakers(quote) or [None]:
                key = speaker["id"] if speaker else None
                groups.setdefault(key, {"speaker": speaker, "quotes": []})["quotes"].append(quote)
    named = [g for key, g in groups.items() if key is not None]
    named.sort(key=lambda g: (-len(g["quotes"]), g["speaker"]["name"].casefold()))
    return named + ([groups[None]] if None in groups else [])


def _unique_speakers(quote: dict) -> list[dict]:
    seen, speakers = set(), []
    for speaker in quote["speakers"]:
        if speaker["id"] not in seen:
            seen.add(speaker["id"])
            speakers.append(speaker)
    return speakers


def speaker_rows(groups: list[dict]) -> tuple[list[dict], dict | None]:
    """One row per speaker (most quoted first) with their newest quote; and the unattributed
    quotes, newest first, capped."""
    rows, unattributed = [], None
    for group in groups:
        shown = [{**q, "text": shorten(q["text"], EXCERPT_CHARS)}
                 for q in group["quotes"][:paging.UNATTRIBUTED_SHOWN]]
        if group["speaker"] is None:
            unattributed = {"count": len(group["quotes"]), "quotes": shown}
        else:
            rows.append({"speaker": group["speaker"], "count": len(group["quotes"]), "latest": shown[0]})
    return rows, unattributed


def merge_sources(briefings: list[dict]) -> list[dict]:
    """One row per source over all briefings; the same name, kind and URL is the same source."""
    merged: dict[tuple, dict] = {}
    for briefing in briefings:
        for source in briefing["sources"]:
            key = (str(source["name"] or "").casefold(), source["kind"], source["url"])
            row = merged.setdefault(key, {**source, "cited_count": 0, "briefings": []})
            row["cited_count"] += source["cited_count"]
            _extend_unique(row["briefings"], [briefing_ref(briefing)])
    return sorted(merged.values(), key=lambda s: (-s["cited_count"], str(s["name"] or "").casefold()))
