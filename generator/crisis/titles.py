"""A crisis's title in words. The user's title (crises.yaml, or a crisis named in words in front
matter) stands; otherwise the title is made from the crisis's two most central actors and its
main development, so `crisis: border-dispute` or an automatic crisis never shows an id."""
from __future__ import annotations

import re

from generator.crisis.names import capitalised
from generator.crisis.relations import STOPWORDS
from generator.model.factsheet import ACTING_KINDS

LONGEST_DEVELOPMENT = 80  # characters of a development's account that still read as a title


def crisis_title(given: str | None, actors: list[dict], developments: list[dict], articles: list[dict]) -> str:
    """`given` when the user gave one; else "<actor> and <actor>: <main development>" (the main
    development only when one of its accounts is short enough to read as a title); a crisis
    with no named actor is titled by its first article's headline."""
    if given:
        return given
    central = [a["name"] for a in actors if a.get("kind") in ACTING_KINDS and a.get("name")][:2]
    if not central:
        headlines = [a["title"] for a in articles if a.get("title")]
        return headlines[0] if headlines else "Untitled crisis"
    names = " and ".join(central)
    main = _main_development(developments, actors)
    return f"{names}: {main}" if main else names


def _main_development(developments: list[dict], actors: list[dict]) -> str | None:
    """An account of the development most articles report (ties: the earliest), background left
    out: of its accounts short enough for a title that name one of its actors, the one most like
    the others ("Trump cancels the summit" among a dozen accounts of that, rather than "The
    meeting was scheduled", which names nobody)."""
    current = [d for d in developments if not d.get("background")]
    if not current:
        return None
    main = min(current, key=lambda d: (-len(d.get("articles") or []), d.get("date") or "9999", d.get("id") or ""))
    accounts = list(dict.fromkeys(" ".join(str(a).split()) for a in
                                  [main.get("what"), *(a.get("what") for a in main.get("accounts") or [])] if a))
    names = _names_of(main.get("actors") or [], actors)
    fitting = [a for a in accounts if len(a.split()) >= 4 and len(a) <= LONGEST_DEVELOPMENT
               and names & set(_words(a))]
    if not fitting:
        return None
    words = {a: set(_words(a)) - STOPWORDS for a in accounts}

    def likeness(account: str) -> float:
        own = words[account] or {""}
        return sum(len(own & words[other]) / len(own) for other in accounts if other != account)

    text = max(fitting, key=lambda a: (likeness(a), -len(a), a)).rstrip(".")
    return capitalised(text)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.casefold())


def _names_of(actor_ids: list[str], actors: list[dict]) -> set[str]:
    """The words that name these actors in a text: each word of their names and aliases."""
    wanted = set(actor_ids)
    out = set()
    for actor in actors:
        if actor.get("id") in wanted:
            for name in [actor.get("name"), *(actor.get("aliases") or [])]:
                out.update(w for w in _words(str(name or "")) if len(w) > 2 and w not in STOPWORDS)
    return out
