"""Names of actors folded and compared: titles and suffixes dropped, spelling variants of
transliterated names ("Soleimani", "Suleimani") and nicknames ("Mike", "Michael") as one word."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from generator.model.slug import slugify

PERSON = "person"
# Where a person's name starts with these, they are titles, not names ("Maj. Gen. Qassem Soleimani").
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "gen", "general", "maj", "major", "lt", "col", "colonel", "sen",
    "senator", "rep", "representative", "president", "ayatollah", "secretary", "sir", "prime",
    "minister", "gov", "governor", "adm", "admiral", "sgt", "capt", "captain", "vice", "speaker",
    "rev", "sheikh", "imam", "grand", "supreme", "leader", "lord", "lady", "prof", "judge", "king",
    "queen", "prince", "chancellor", "ambassador", "mayor", "commander", "brig", "brigadier",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "la", "le"}
# Given names that are one name: "Mike Pompeo" and "Michael Pompeo" are one person.
NICKNAMES = [{"mike", "michael"}, {"chuck", "charles"}, {"bob", "robert", "rob"}, {"bill", "william"},
             {"jim", "james"}, {"tim", "timothy"}, {"joe", "joseph"}, {"tom", "thomas"},
             {"dick", "richard"}, {"ted", "edward"}, {"nancy", "anne"}, {"don", "donald"},
             {"mohammad", "mohammed", "muhammad", "mohamed", "mohammed"}]
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@lru_cache(maxsize=1 << 16)
def fold(text) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, other punctuation gone."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`\-‐–]", " ", text.casefold())
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def name_slug(text) -> str:
    """The id made from a name (an actor's, a crisis's); "actor" for a name with no letter a-z."""
    return slugify(fold(text), fallback="actor")


def is_slug(text: str) -> bool:
    return _SLUG.fullmatch(text) is not None


def name_tokens(name) -> list[str]:
    """A person's name without titles and suffixes: "Maj. Gen. Qassem Soleimani" -> [qassem, soleimani]."""
    # Words glued together where a page ran two lines into one ("PelosiImpeachment") come apart.
    tokens = fold(re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", str(name or ""))).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tokens


def is_descriptive(name: str) -> bool:
    """A description rather than a name: "Iran's top general", "the foreign minister"."""
    words = re.findall(r"[\w’']+", name)
    return bool(words) and (words[0].islower() or bool(re.search(r"[’']s\s+[a-z]", name)))


def skeleton(word: str) -> str:
    """Consonant skeleton, the part of a transliterated name that stays put across spellings:
    Soleimani, Suleimani -> slmn; Qassem, Qasem -> qsm."""
    core = word[:1] + re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", core)


@lru_cache(maxsize=1 << 16)
def similar_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if any(a in group and b in group for group in NICKNAMES):
        return True
    # Short words collide too easily (Paul, Pell); only longer ones may differ in spelling.
    if min(len(a), len(b)) >= 4 and skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3:
        return True
    return min(len(a), len(b)) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.85


def split_name(tokens: list[str]) -> tuple[list[str], str]:
    """(given names, surname); a particle before the surname belongs to it (al-Muhandis)."""
    if not tokens:
        return [], ""
    surname = tokens[-1]
    given = [t for t in tokens[:-1] if t not in PARTICLES]
    return given, surname


def given_compatible(a: list[str], b: list[str]) -> bool:
    """Could these given names be one person's? A lone given name may be any of the other's
    ("Javad" in "Mohammad Javad"); two full sets must agree name by name (George W. != George H. W.)."""
    if not a or not b:
        return True
    if len(a) >= 2 and len(b) >= 2:
        return len(a) == len(b) and all(given_match(x, y) for x, y in zip(a, b))
    single, other = (a, b) if len(a) == 1 else (b, a)
    return any(given_match(single[0], o) for o in other)


def given_match(a: str, b: str) -> bool:
    """One given name against another: an initial matches its letter, a name its variants."""
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return similar_word(a, b)
