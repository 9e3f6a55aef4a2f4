"""What the views share: references to actors and briefings, article text cut for a table, and
dates shown as precisely as the article gives them."""
from __future__ import annotations

import datetime as dt

from generator.model.values import items, span_text
from generator.site.urls import actor_page, slug

STANCES = ("supports", "opposes", "neutral")
EXCERPT_CHARS = 240


def actor_names(sheets: list[dict]) -> dict[str, str]:
    """Site-wide id -> name of every actor: the first name given for the id, else the id."""
    names: dict[str, str] = {}
    for sheet in sheets:
        for actor in items(sheet, "actors"):
            actor_id = slug(actor.get("id"))
            if actor.get("name") and names.get(actor_id, actor_id) == actor_id:
                names[actor_id] = str(actor["name"])
            names.setdefault(actor_id, actor_id)
    return names


def actor_ref(actor_id, local: dict[str, str], names: dict[str, str]) -> dict | None:
    """How to show a reference to an actor: its name here, and its page if it has one."""
    if not actor_id:
        return None
    actor_id = str(actor_id)
    path = actor_page(actor_id) if actor_id in names else None
    return {"id": actor_id, "name": local.get(actor_id) or names.get(actor_id, actor_id), "path": path}


def briefing_ref(briefing: dict) -> dict:
    """How to show a reference to a briefing: its title, page and date."""
    return {"title": briefing["title"], "path": briefing["path"], "published": briefing["published"]}


def sentence_anchor(start: int) -> str:
    """The anchor of a sentence of an article on its briefing page, by where it starts in the body."""
    return f"sentence-{int(start)}"


def excerpt(body: str, span) -> str | None:
    """The article text a [start, end] evidence span points at, shortened for a table."""
    text = span_text(body, span)
    if text is None:
        return None
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def shorten(text, limit: int = 300):
    """Text on one line, cut at a word to at most `limit` characters; anything else as it is."""
    if not isinstance(text, str):
        return text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def trim_quote(text):
    # A span cut before "..., she said" ends in the comma of the attribution, not of the speaker.
    return text.strip().removesuffix(",") if isinstance(text, str) else text


def number(value):
    """A figure as shown: 140000.0 -> "140,000"; anything not a number as it is."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def strings(values) -> list[str]:
    """The values that are not None or blank, as strings."""
    return [str(v) for v in (values or []) if v is not None and str(v).strip()]


def date_label(date, precision=None):
    """A date as shown, no more precise than the article: "2020-01-07" for a day, "January 2020"
    for a month (stored as its 1st, never shown as the 1st), "week of 2020-01-06" for a week
    (stored as its Monday), "2020" for a year; None without a date; a value that is not an ISO
    date as it is."""
    if not date:
        return None
    text = str(date)[:10]
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return str(date)
    if precision == "month":
        return f"{day:%B} {day.year}"
    if precision == "year":
        return str(day.year)
    if precision == "week":
        return f"week of {text}"
    return text
