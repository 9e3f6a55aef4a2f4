"""What changed, per period: the crisis cut into weeks (months for a long crisis) from its first to
its last development, each period with its new developments, the actors that entered, the stances
that shifted, its key quotes and an escalation signal (generator.crisis.escalation) with its trend
against the period before. Written into crisis.yaml as ``periods``, after ``developments``."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from rapidfuzz import fuzz

from generator.crisis.developments import ahead_of_reports
from generator.crisis.escalation import Reading, read, read_stance
from generator.crisis.relations import STOPWORDS, stem
from generator.model.factsheet import ACTING_KINDS
from generator.model.values import iso_date, next_month

# A crisis of up to 16 weeks is read week by week (up to 16 blocks, a page an analyst scans);
# a longer one month by month, as CrisisWatch reports: 40 weekly blocks would bury the turns.
WEEKLY_UP_TO_WEEKS = 16
# Which date precisions place a development in a period of each length: "in May" says nothing of
# which week of May.
PLACED = {"week": ("day", "week"), "month": ("day", "week", "month")}
KEY_QUOTES = 3           # per period, one per speaker
KEY_QUOTE_WORDS = 6      # a key quote says something: a few words in quote marks are not one
SAME_QUOTE = 90          # rapidfuzz ratio over which two articles carry the same quote
EVIDENCE = 3             # items behind each escalation signal: two for its trend, one against
# A period's score is shrunk towards calm as if it held this many more items weighing 0: one
# report of an attack in a quiet week is not a week of war.
CALM_ITEMS = 3
# Escalation scores are on the scale's -10..+10 turned round (conflict positive); a change of
# less than a point between two periods is no trend.
STEADY_BAND = 1.0


def periods_of(crisis: dict) -> list[dict]:
    """The crisis's periods, oldest first (see the module's docstring); [] without developments.
    Background and what articles announce ahead of their own date (a summit "next month") are
    no period's developments: the periods run over what happened while the crisis was reported."""
    developments = [d for d in crisis.get("developments") or [] if iso_date(d.get("date"))
                    and not d.get("background") and not ahead_of_reports(d, crisis.get("period"))]
    if not developments:
        return []
    unit = _unit(min(iso_date(d["date"]) for d in developments),
                 max(iso_date(d["date"]) for d in developments))
    placed = [d for d in developments if (d.get("date_precision") or "day") in PLACED[unit]]
    if not placed:
        return []
    spans = _spans(min(iso_date(d["date"]) for d in placed), max(iso_date(d["date"]) for d in placed), unit)
    periods = [{"start": start, "end": end, "label": _label(start, unit)} for start, end in spans]
    _add_developments(periods, placed)
    _add_entered(periods, crisis, placed)
    _add_stance_shifts(periods, crisis.get("positions") or [])
    _add_key_quotes(periods, crisis)
    _add_escalation(periods, crisis, {d["id"]: d for d in placed})
    return [{key: p[key] for key in PERIOD_FIELDS} for p in periods]


PERIOD_FIELDS = ("start", "end", "label", "developments", "actors_entered", "stance_shifts",
                 "key_quotes", "escalation")


def _unit(first: str, last: str) -> str:
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    return "week" if days < WEEKLY_UP_TO_WEEKS * 7 else "month"


def _spans(first: str, last: str, unit: str) -> list[tuple[str, str]]:
    """[start, end] (inclusive, ISO dates) of each week (Monday to Sunday) or calendar month from
    the one holding `first` to the one holding `last`, quiet ones included."""
    day, stop = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    start = day - dt.timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)
    spans = []
    while start <= stop:
        if unit == "week":
            following = start + dt.timedelta(days=7)
        else:
            following = next_month(start)
        spans.append((start.isoformat(), (following - dt.timedelta(days=1)).isoformat()))
        start = following
    return spans


def _label(start: str, unit: str) -> str:
    day = dt.date.fromisoformat(start)
    return f"Week of {start}" if unit == "week" else f"{day:%B} {day.year}"


def _period_of(periods: list[dict], date: str | None) -> dict | None:
    for period in periods:
        if date and period["start"] <= date <= period["end"]:
            return period
    return None


def _add_developments(periods: list[dict], placed: list[dict]) -> None:
    """Each period's developments, in date order, the most reported first on a day."""
    for period in periods:
        period["developments"] = []
    for d in sorted(placed, key=lambda d: (iso_date(d["date"]), -len(d.get("articles") or []), str(d["id"]))):
        _period_of(periods, iso_date(d["date"]))["developments"].append(d["id"])


def _add_entered(periods: list[dict], crisis: dict, placed: list[dict]) -> None:
    """Actors in the period they are first seen in the crisis: the earliest of the developments
    they take part in and the articles they appear in, most central first. An actor first seen
    before the first period (or after the last) enters in the first (or the last)."""
    published = {a["id"]: a.get("published") for a in crisis.get("articles") or []}
    first_seen: dict[str, str] = {}
    def seen(actor, date):
        if actor and date and (actor not in first_seen or date < first_seen[actor]):
            first_seen[actor] = date
    for d in placed:
        for actor in d.get("actors") or []:
            seen(actor, iso_date(d["date"]))
    for actor in crisis.get("actors") or []:
        for article in actor.get("articles") or []:
            seen(actor["id"], published.get(article))
    for period in periods:
        period["actors_entered"] = []
    for actor in crisis.get("actors") or []:  # most central first
        date = first_seen.get(actor["id"])
        if actor.get("kind") not in ACTING_KINDS or not date:
            continue
        clamped = min(max(date, periods[0]["start"]), periods[-1]["end"])
        _period_of(periods, clamped)["actors_entered"].append(actor["id"])


def _content_words(topic) -> frozenset[str]:
    """A topic's words that say what it is, stemmed ("the sanctions" -> sanction)."""
    words = re.findall(r"[a-z0-9]+", str(topic or "").casefold())
    return frozenset(stem(w) for w in words if w not in STOPWORDS)


def same_topic(a, b) -> bool:
    """Topics compared loosely: the same words whatever their order, articles and inflection
    ("the sanctions on Iran", "sanction on Iran"), or the shorter's words (two or more) all in the
    longer ("denuclearization of the peninsula", "complete denuclearization of the peninsula")."""
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    return shorter == longer or (len(shorter) >= 2 and shorter <= longer)


def _add_stance_shifts(periods: list[dict], positions: list[dict]) -> None:
    """An actor's stance on a topic that differs from its latest stance on it in an earlier
    period, with both positions as evidence; a stance held, or changing within one period
    only, is no shift."""
    held: dict[str, list[tuple[str, dict]]] = defaultdict(list)  # actor -> [(topic, latest position)]
    for period in periods:
        period["stance_shifts"] = []
        inside = sorted((p for p in positions if p.get("actor") and p.get("stance") in ("supports", "opposes")
                         and period["start"] <= (p.get("published") or "") <= period["end"]),
                        key=lambda p: (p["published"], p.get("article") or ""))
        for p in inside:
            before = _held(held[p["actor"]], p.get("topic"))
            if before and before[1].get("stance") != p["stance"] and not any(s["actor"] == p["actor"] and same_topic(s["topic"], p.get("topic"))
                                for s in period["stance_shifts"]):
                period["stance_shifts"].append({"actor": p["actor"], "topic": p.get("topic"),
                                                "before": _stance_ref(before[1]), "after": _stance_ref(p)})
        for p in inside:  # the period's stances become the ones held for the next
            before = _held(held[p["actor"]], p.get("topic"))
            if before:
                held[p["actor"]].remove(before)
            held[p["actor"]].append((p.get("topic"), p))


def _held(stances: list[tuple[str, dict]], topic) -> tuple[str, dict] | None:
    return next((s for s in reversed(stances) if same_topic(s[0], topic)), None)


def _stance_ref(position: dict) -> dict:
    return {"stance": position.get("stance"), "topic": position.get("topic"), "article": position.get("article"),
            "quote": position.get("quote"), "evidence": position.get("evidence")}


def _add_key_quotes(periods: list[dict], crisis: dict) -> None:
    """The period's key quotes: the same words carried by several articles count once, ranked by
    how central the speaker is times how many articles carried them; one per speaker."""
    centrality = {a["id"]: a.get("centrality", 0) for a in crisis.get("actors") or []}
    for period in periods:
        inside = [q for q in crisis.get("quotes") or [] if q.get("speakers") and q.get("text")
                  and len(str(q["text"]).split()) >= KEY_QUOTE_WORDS
                  and period["start"] <= (q.get("published") or "") <= period["end"]]
        groups = _same_quotes(sorted(inside, key=lambda q: (q["published"], q["article"], str(q["id"]))))
        ranked = sorted(groups, key=lambda g: -_quote_rank(g, centrality))
        period["key_quotes"], speakers = [], set()
        for group in ranked:
            first = group[0]
            speaker = max(first["speakers"], key=lambda s: centrality.get(s, 0))
            if speaker in speakers:
                continue
            speakers.add(speaker)
            period["key_quotes"].append({"article": first["article"], "quote": first["id"], "speaker": speaker,
                                         "reported_by": len({q["article"] for q in group})})
            if len(period["key_quotes"]) == KEY_QUOTES:
                break


def _same_quotes(quotes: list[dict]) -> list[list[dict]]:
    """Quotes grouped by their words: one group per thing said, its earliest report first."""
    groups: list[tuple[str, list[dict]]] = []
    for q in quotes:
        text = " ".join(re.findall(r"\w+", str(q["text"]).casefold()))
        group = next((g for key, g in groups if fuzz.ratio(key, text, score_cutoff=SAME_QUOTE)), None)
        if group is None:
            groups.append((text, [q]))
        else:
            group.append(q)
    return [g for _, g in groups]


def _quote_rank(group: list[dict], centrality: dict) -> float:
    first = group[0]
    speaker = max(centrality.get(s, 0) for s in first["speakers"])
    direct = 1.0 if first.get("kind") in ("direct", "mixed") else 0.5  # the speaker's own words first
    return speaker * len({q["article"] for q in group}) * direct


def _add_escalation(periods: list[dict], crisis: dict, developments: dict[str, dict]) -> None:
    previous = 0.0  # the first period is read against calm
    for period in periods:
        items = _development_items(period, developments) + _statement_items(period, crisis)
        score = _score(items)
        trend = None
        if score is not None:
            trend = "up" if score > previous + STEADY_BAND else "down" if score < previous - STEADY_BAND else "steady"
            previous = score
        period["escalation"] = {"score": score, "trend": trend, "evidence": _evidence(items, trend)}


def _development_items(period: dict, developments: dict[str, dict]) -> list[dict]:
    """Each development's reading: the mean over its accounts (its own wording when it has none),
    counted once per article that reported it."""
    items = []
    for development_id in period["developments"]:
        d = developments[development_id]
        readings = [r for r in (read(a.get("what")) for a in d.get("accounts") or []) if r] or \
            [r for r in [read(d.get("what"))] if r]
        # accounts that say what was done outweigh those that only name it: one outlet's "Trump
        # cancelled the summit" and another's "the summit in Singapore" are a cancellation
        readings = [r for r in readings if r.verbal] or readings
        if readings:
            words = list(dict.fromkeys(w for r in readings for w in r.words))
            reading = Reading(round(sum(r.weight for r in readings) / len(readings), 2), words)
            items.append({"kind": "development", "id": development_id, "reading": reading,
                          "count": max(1, len(d.get("articles") or []))})
    return items


def _statement_items(period: dict, crisis: dict) -> list[dict]:
    """What actors said in the period: each stance on its topic, and each quote that backs no stance."""
    inside = lambda row: period["start"] <= (row.get("published") or "") <= period["end"]
    items, backing = [], set()
    for p in crisis.get("positions") or []:
        reading = read_stance(p.get("stance"), p.get("topic")) if inside(p) else None
        if reading:
            backing.add((p.get("article"), p.get("quote")))
            items.append({"kind": "position", "article": p.get("article"), "quote": p.get("quote"),
                          "actor": p.get("actor"), "reading": reading, "count": 1})
    for q in crisis.get("quotes") or []:
        reading = read(q.get("text")) if inside(q) and (q.get("article"), q.get("id")) not in backing else None
        if reading:
            items.append({"kind": "quote", "article": q.get("article"), "quote": q.get("id"),
                          "reading": reading, "count": 1})
    return items


def _score(items: list[dict]) -> float | None:
    """The escalation score: minus the mean weight of what happened and of what was said, the two
    counting alike (a period's hundred quotes do not drown its ten developments), each shrunk
    towards calm by CALM_ITEMS; None if neither says anything."""
    parts = []
    for kinds in (("development",), ("position", "quote")):
        chosen = [i for i in items if i["kind"] in kinds]
        total = sum(i["count"] for i in chosen)
        if total:
            parts.append(sum(i["reading"].weight * i["count"] for i in chosen) / (total + CALM_ITEMS))
    return round(-sum(parts) / len(parts), 2) if parts else None


def _evidence(items: list[dict], trend: str | None) -> list[dict]:
    """What weighs most behind the trend, then against it: when tension rose, the two most
    conflictual items and the most cooperative one (a week can hold a cancellation and a revival);
    when it fell, the other way round; when it held, the strongest either way."""
    def side(sign):
        chosen = [i for i in items if i["reading"].weight * sign > 0]
        return sorted(chosen, key=lambda i: (-abs(i["reading"].weight) * i["count"], str(i.get("id") or i.get("quote"))))
    conflict, cooperation = side(-1), side(1)
    if trend == "up":
        chosen = conflict[:EVIDENCE - 1] + cooperation[:1]
    elif trend == "down":
        chosen = cooperation[:EVIDENCE - 1] + conflict[:1]
    else:
        chosen = sorted(conflict[:EVIDENCE] + cooperation[:EVIDENCE],
                        key=lambda i: -abs(i["reading"].weight) * i["count"])[:EVIDENCE]
    out = []
    for item in chosen:
        row = {key: item[key] for key in ("kind", "id", "article", "quote", "actor") if item.get(key) is not None}
        out.append({**row, "weight": item["reading"].weight, "words": item["reading"].words})
    return out
