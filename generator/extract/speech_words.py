"""The word lists of who speaks and how (data/reporting_verbs.yaml): reporting verbs, person,
body, document and media nouns, read once by coreference, quotes, nominals and issuers."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "reporting_verbs.yaml"


@lru_cache(maxsize=1)
def raw_words() -> dict:
    """data/reporting_verbs.yaml as written."""
    return yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of data/reporting_verbs.yaml, each as a frozenset (media names keep case;
    "media_names_lower" holds them lowercased); the tables of lists (nominal_classes) are read
    with ``raw_words``."""
    out = {}
    for key, values in raw_words().items():
        if isinstance(values, dict):
            continue
        values = [str(v) for v in values]
        out[key] = frozenset(values if key == "media_names" else (v.lower() for v in values))
    out["media_names_lower"] = frozenset(v.lower() for v in out.get("media_names", ()))
    return out
