"""One outlet however an article names it: "CBS" and "CBS News", "AFP" and "Agence France-Presse",
"CNN (Web News)" and "CNN", and, where the article leaves no doubt, "the Post" and "The Washington
Post". Used for the sources of one article (`sources.merge`) and of a crisis (`crisis.merge`).
The outlets and their aliases are the gazetteer's (data/media.yaml); the words an outlet's (or
a company's) name may end with are data/outlet_forms.yaml."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]", " ", text.replace("’", "").replace("'", ""))
    return re.sub(r"^the\s+", "", " ".join(text.split()))


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    forms = yaml.safe_load((DATA / "outlet_forms.yaml").read_text(encoding="utf-8"))
    return frozenset(forms["generic"]) | frozenset(forms["legal_forms"])


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """Every name, alias and acronym of data/media.yaml, folded -> the outlet's name."""
    out = {}
    for row in yaml.safe_load((DATA / "media.yaml").read_text(encoding="utf-8")):
        for name in [row["name"], *(row.get("aliases") or []), row.get("acronym")]:
            if name:
                out.setdefault(_fold(name), row["name"])
    return out


def _bare(name: str) -> str:
    """The name without furniture after it: "CNN (Web News)", "CNN - Editorial" -> "CNN"."""
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", str(name or "")).strip()
    bare = re.split(r"\s+[-–—|]\s+", bare)[0].strip()
    return bare or str(name or "")


def canonical(name: str) -> str | None:
    """The outlet's name in the gazetteer, when the name is one of its names or one of those
    with generic words after it ("NPR Online News")."""
    known = _known()
    words = _fold(_bare(name)).split()
    while words:
        if " ".join(words) in known:
            return known[" ".join(words)]
        if words[-1] not in _generic():
            return None
        words = words[:-1]
    return None


@lru_cache(maxsize=1 << 14)
def outlet_key(name: str) -> str:
    """What tells outlets apart: the same for every name of one outlet, different for two outlets."""
    proper = canonical(name) or _bare(name)
    words = _fold(proper).split()
    # Generic words come off only a proper name: "state TV" is a description, "Sky News" is Sky.
    if proper[:1].isupper():
        while len(words) > 1 and words[-1] in _generic():
            words = words[:-1]
    return " ".join(words) or _fold(name)


def display_name(names: list[str]) -> str:
    """The name to show for names of one outlet: the gazetteer's, else the longest (the fullest)."""
    for name in names:
        if found := canonical(name):
            return found
    return max(names, key=lambda n: (len(_bare(n)), n)) if names else ""


def short_forms(names: list[str]) -> dict[str, str]:
    """One-word names that are the last word of exactly one longer outlet named beside them, in
    one article: "the Post" beside "The Washington Post" -> that outlet. Beside two such outlets
    ("The Washington Post", "The New York Post"), or alone, a short form stays as it is."""
    keys = {outlet_key(n): n for n in names}
    out = {}
    for key, name in keys.items():
        if " " in key or not _bare(name).removeprefix("the ").removeprefix("The ")[:1].isupper():
            continue
        longer = [k for k in keys if k != key and k.split()[-1] == key and len(k.split()) > 1]
        if len(longer) == 1:
            out[key] = longer[0]
    return out
