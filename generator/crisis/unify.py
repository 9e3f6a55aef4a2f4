"""Fact sheets rewritten with the site-wide actor identities, so pages need no merging of their own."""
from __future__ import annotations

from generator.crisis.identities import Identity
from generator.model.values import items


def unify_sheet(sheet: dict, ids: dict[tuple[str, str], Identity]) -> dict:
    """A copy of the sheet whose actor ids are the site-wide ones; actors that turned out to be
    one are one entry (mentions, aliases and roles together)."""
    def to(local):
        identity = ids.get((sheet["id"], str(local))) if local is not None else None
        return identity.id if identity else local

    actors: dict[str, dict] = {}
    for actor in items(sheet, "actors"):
        identity = ids.get((sheet["id"], str(actor.get("id"))))
        new_id = to(actor.get("id"))
        merged = actors.setdefault(new_id, {
            **actor, "id": new_id, "name": identity.name if identity else actor.get("name"),
            "aliases": [], "roles": [], "mentions": [], "affiliation": to(actor.get("affiliation")),
        })
        for alias in [actor.get("name"), *(actor.get("aliases") or [])]:
            if alias and alias != merged["name"] and alias not in merged["aliases"]:
                merged["aliases"].append(alias)
        for role in items(actor, "roles"):
            role = {**role, "of": to(role.get("of"))}
            if role not in merged["roles"]:
                merged["roles"].append(role)
        merged["mentions"] = sorted(merged["mentions"] + list(actor.get("mentions") or []))
    out = dict(sheet)
    out["actors"] = list(actors.values())
    out["quotes"] = [{**q, "speakers": _dedupe([to(s) for s in q.get("speakers") or []])}
                     for q in items(sheet, "quotes")]
    out["positions"] = [{**p, "actor": to(p.get("actor"))} for p in items(sheet, "positions")]
    out["events"] = [{**e, "actors": _dedupe([to(a) for a in e.get("actors") or []])}
                     for e in items(sheet, "events")]
    out["figures"] = [{**f, "actor": to(f.get("actor"))} for f in items(sheet, "figures")]
    return out


def _dedupe(values: list) -> list:
    return list(dict.fromkeys(v for v in values if v is not None))

