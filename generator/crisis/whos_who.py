"""Who's who: each actor of a crisis said in words ("Iran's Foreign Minister"), from the roles its
articles give it, and when it first appeared in the crisis."""
from __future__ import annotations

from collections import Counter, defaultdict

from generator.crisis.identities import published_date
from generator.crisis.names import PERSON, capitalised, fold
from generator.model.values import items


def describe_actors(rows: list[dict], members: list[dict]) -> None:
    """Give each actor row of a crisis its `role` (the one its articles agree on), its
    `description` in words and `first_seen` ({date, article}); rows are changed in place."""
    by_id = {row["id"]: row for row in rows}
    published = {s["id"]: published_date(s) for s in members}
    affiliations = _affiliations(members)
    definite = _definite_names(members, by_id)
    for row in rows:
        role = _agreed_role(row, published, affiliations.get(row["id"])) if row.get("kind") == PERSON else None
        row["role"] = role
        row["description"] = _in_words(role, by_id, definite) if role else None
        row["first_seen"] = _first_seen(row, published)


def _agreed_role(row: dict, published: dict, affiliations: Counter | None) -> dict | None:
    """The title most of the actor's articles give it (each article votes once; on a tie the
    newest wins, as a title may change during a crisis), written as most articles write it, with
    the state or body it is held in when any article says it, else the actor's affiliation."""
    votes: Counter = Counter()
    newest: dict[str, str] = {}
    spellings: dict[str, Counter] = defaultdict(Counter)
    holders: dict[str, Counter] = defaultdict(Counter)
    for role in row.get("roles") or []:
        title = role.get("title")
        if not title:
            continue
        key = fold(title)
        spellings[key][title] += 1
        if role.get("of") and role["of"] != row["id"]:
            holders[key][role["of"]] += 1
        newest[key] = max(newest.get(key, ""), published.get(role.get("article")) or "")
    for key in spellings:
        votes[key] = len({r.get("article") for r in row.get("roles") or [] if fold(r.get("title") or "") == key})
    if not votes:
        return {"title": None, "of": _top(affiliations)} if affiliations else None
    key = max(votes, key=lambda k: (votes[k], newest[k], k))
    # Of spellings used as often, the capitalised one: "Fisheries Minister" before a title (how a
    # reader sees it at the head of a row) rather than "fisheries minister" after a name.
    title = max(spellings[key], key=lambda t: (spellings[key][t], sum(c.isupper() for c in t), t))
    return {"title": capitalised(title), "of": _top(holders[key]) or _top(affiliations)}


def _top(counts: Counter | None):
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], str(k)))


def _in_words(role: dict, by_id: dict, definite: set[str]) -> str | None:
    """"Iran's Foreign Minister" for a title held in a state, "Press Secretary of the White House"
    in any other body, the title alone without one, "of Iran" for an affiliation alone."""
    holder = by_id.get(role.get("of")) if role.get("of") else None
    name = holder.get("name") if holder else None
    if name and holder["id"] in definite:
        name = f"the {name}"
    title = role.get("title")
    if not title:
        return f"of {name}" if name else None
    if not name:
        return title
    if holder.get("kind") == "state":
        return f"{name}' {title}" if name.endswith("s") else f"{name}'s {title}"
    return f"{title} of {name}"


def _definite_names(members: list[dict], by_id: dict) -> set[str]:
    """The actors the articles name with "the" ("the United States", "the White House"), found
    from how their mentions are written: most mentions that spell the name in full follow "the"."""
    with_the, spelt = Counter(), Counter()
    for sheet in members:
        body = (sheet.get("article") or {}).get("body") or ""
        for actor in items(sheet, "actors"):
            row = by_id.get(actor.get("id"))
            if not row or not row.get("name"):
                continue
            for start, end in actor.get("mentions") or []:
                if fold(body[start:end]) == fold(row["name"]):
                    spelt[row["id"]] += 1
                    with_the[row["id"]] += body[max(0, start - 4):start].casefold() == "the "
    return {actor for actor, n in spelt.items() if with_the[actor] * 2 > n}


def _affiliations(members: list[dict]) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for sheet in members:
        for actor in items(sheet, "actors"):
            if actor.get("affiliation") and actor["affiliation"] != actor.get("id"):
                out[actor["id"]][actor["affiliation"]] += 1
    return out


def _first_seen(row: dict, published: dict) -> dict | None:
    dated = sorted((published[a], a) for a in row.get("articles") or [] if published.get(a))
    if not dated:
        return None
    return {"date": dated[0][0], "article": dated[0][1]}
