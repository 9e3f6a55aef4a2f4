"""The word lists and data tables that finding actors reads (data/roles.yaml, collectives.yaml)."""
from __future__ import annotations

from functools import lru_cache

import yaml

from generator.extract import gazetteer


@lru_cache(maxsize=1)
def roles_data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "roles.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def collectives_data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "collectives.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """'mr' -> 'm', 'mrs' -> 'f': the words before a name that tell a man from a woman."""
    data = roles_data()
    found = {w: "m" for w in data["masculine_words"]}
    found.update({w: "f" for w in data["feminine_words"]})
    return found


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


# Prepositions after which a capital is a place, not its state: "protests in Tehran".
LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
            "into", "toward", "towards", "through", "over", "above", "north", "south", "east", "west"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "both", "all", "any", "some"}
BRACKETS = {"[", "]"}
NOISE_POS = {"PRON", "DET", "ADV", "PUNCT", "PART", "SPACE"}  # "Trump himself", "Pelosi too"
# Prepositions that belong to a group's name: "leaders of X", "troops in X", "diplomats at X".
GROUP_PREPS = {"of", "in", "at", "within", "inside", "across"}
PRONOUNS_BY_KIND = {"he": {"person"}, "him": {"person"}, "his": {"person"}, "she": {"person"},
                    "her": {"person"}, "it": {"state", "organization", "group", "document", "media"},
                    "its": {"state", "organization", "group", "document", "media"},
                    "they": {"group", "state", "organization", "person"},
                    "them": {"group", "state", "organization", "person"},
                    "their": {"group", "state", "organization", "person"}}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
FIRST_PERSON_SUBJECTS = {"i", "we"}
SPEAKING_VERBS = {"say", "tell", "state", "read", "warn", "announce", "add", "insist", "claim",
                  "argue", "note", "write", "declare", "explain", "stress", "reply", "urge",
                  "call", "demand", "accuse", "confirm", "deny", "report", "vow", "threaten",
                  "pledge", "promise", "appeal", "ask", "express", "condemn", "reject"}


# Verbs that put a leader in or out of power: "reinstate Bazoum", "the coup that ousted Bazoum".
POWER_VERBS = {"reinstate", "restore", "oust", "depose", "overthrow", "topple", "remove", "unseat",
               "detain", "release", "free", "return"}


@lru_cache(maxsize=4)
def english_words(pos: str) -> frozenset[str]:
    """The words of one part of speech ('noun', 'verb', 'adj', 'adv') in the English
    lemmatizer's tables (shipped with the model)."""
    from generator.extract import nlp as nlp_module

    index = nlp_module.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(index.get(pos, ()))
