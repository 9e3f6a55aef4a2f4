"""A crisis's title in words. The user's title (crises.yaml, or a crisis named in words in front
matter) stands; otherwise the title is made from the crisis's two most central actors and its
main development, so `crisis: border-dispute` or an automatic crisis never shows an id."""
from __future__ import annotations

TITLE_KINDS = ("person", "state", "organization", "group")
LONGEST_DEVELOPMENT = 80  # characters of a development's account that still read as a title


def crisis_title(given: str | None, actors: list[dict], developments: list[dict]) -> str | None:
    """`given` when the user gave one; else "<actor> and <actor>: <main development>" (the main
    development only when one of its accounts is short enough to read as a title)."""
    if given:
        return given
    central = [a["name"] for a in actors if a.get("kind") in TITLE_KINDS and a.get("name")][:2]
    if not central:
        return None
    names = " and ".join(central)
    main = _main_development(developments)
    return f"{names}: {main}" if main else names


def _main_development(developments: list[dict]) -> str | None:
    """The account, short enough for a title, of the development most articles report (ties:
    the earliest), background left out."""
    current = [d for d in developments if not d.get("background")]
    ranked = sorted(current, key=lambda d: (-len(d.get("articles") or []), d.get("date") or "9999", d.get("id") or ""))
    for development in ranked[:1]:
        accounts = [a.get("what") for a in development.get("accounts") or []] + [development.get("what")]
        short = sorted({" ".join(str(a).split()) for a in accounts if a}, key=len)
        fitting = [a for a in short if len(a.split()) >= 4 and len(a) <= LONGEST_DEVELOPMENT]
        if fitting:
            text = fitting[0].rstrip(".")
            return text[:1].upper() + text[1:]
    return None
