"""Names of actors folded and compared: titles and suffixes dropped, spelling variants of
transliterated names ("Soleimani", "Suleimani") and nicknames ("Mike", "Michael") as one word."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from generator.model.slug import slugify

PERSON = "person"
# Where a person's name starts with these, they are titles, not names ("Maj. Gen. Qassem Soleimani").
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "gen", "general", "maj", "major", "lt", "col", "colonel", "sen",
    "senator", "rep", "representative", "president", "ayatollah", "secretary", "sir", "prime",
    "minister", "gov", "governor", "adm", "admiral", "sgt", "capt", "captain", "vice", "speaker",
    "rev", "sheikh", "imam", "grand", "supreme", "leader", "lord", "lady", "prof", "judge", "king",
    "queen", "prince", "chancellor", "ambassador", "mayor", "commander", "brig", "brigadier",
    "crown", "princess", "emir", "amir", "sultan", "emperor", "empress", "pope", "cardinal",
    "archbishop", "bishop", "duke", "duchess", "miss", "madam", "chairman", "chairwoman", "rabbi",
}
# Titles before which one name is a given name, not a surname: "King Salman", "Prince Harry",
# "Pope Francis". Monarchs and heirs are different ranks: "King X" is never "Crown Prince Y bin X".
MONARCHS = {"king", "queen", "emperor", "empress", "sultan", "emir", "amir", "pope", "shah", "tsar"}
HEIRS = {"prince", "princess", "crown", "duke", "duchess"}
ROYAL = MONARCHS | HEIRS
MALE = {"mr", "sir", "lord", "king", "prince", "emperor", "duke", "sultan", "emir", "amir"}
FEMALE = {"mrs", "ms", "miss", "madam", "lady", "queen", "princess", "empress", "duchess"}
# "Mohammed bin Salman": what follows these is the father's name, not a family name.
PATRONYMIC = {"bin", "ibn", "bint", "binti", "ould"}
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


# Words that deny what follows them ("did not attack", "no shots were fired").
NEGATORS = frozenset({"not", "never", "no", "none", "neither", "nor", "without"})


def negation_folded(text) -> list[str]:
    """`fold`'s words with "n't" written out, so that "didn't attack" reads "did not attack"."""
    return fold(re.sub(r"n[’']t\b", " not", str(text or ""))).split()


def capitalised(text: str) -> str:
    """The text with its first letter upper case, the rest as written."""
    return text[:1].upper() + text[1:]


def name_slug(text) -> str:
    """The id made from a name (an actor's, a crisis's); "actor" for a name with no letter a-z."""
    return slugify(fold(text), fallback="actor")


def is_slug(text: str) -> bool:
    return _SLUG.fullmatch(text) is not None


def name_tokens(name) -> list[str]:
    """A person's name without titles and suffixes: "Maj. Gen. Qassem Soleimani" -> [qassem, soleimani]."""
    return list(_titled(name)[1])


def name_titles(name) -> frozenset[str]:
    """The titles a name starts with: "Crown Prince Mohammed bin Salman" -> {crown, prince}."""
    return _titled(name)[0]


MIN_FORM = 3  # a form shorter than this ("US", "Al") is found inside too many other words


def actor_forms(actor: dict) -> set[str]:
    """The forms a text names a sheet's actor by, folded: its name, its aliases and, for a person,
    the surname ("Ada Roe" -> {ada roe, roe}); none shorter than MIN_FORM."""
    forms = {fold(n) for n in [actor.get("name"), *(actor.get("aliases") or [])] if n}
    if actor.get("kind") == PERSON and actor.get("name") and name_tokens(actor["name"]):
        forms.add(name_tokens(actor["name"])[-1])
    return {f for f in forms if len(f) >= MIN_FORM}


@lru_cache(maxsize=1 << 16)
def _titled(name) -> tuple[frozenset[str], tuple[str, ...]]:
    # Words glued together where a page ran two lines into one ("PelosiImpeachment") come apart.
    words = re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", str(name or "")).split()
    # A word in lower case inside a name is a word, not a name ("@realJaneRoe"), but particles are names.
    named = [w for w in words if not w.islower() or fold(w) in PARTICLES | PATRONYMIC]
    tokens = fold(" ".join(named if named else words)).split()
    titles = set()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        titles.add(tokens.pop(0))
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return frozenset(titles), tuple(tokens)


def is_descriptive(name: str) -> bool:
    """A description rather than a name: "Iran's top general", "the foreign minister"."""
    words = re.findall(r"[\w’']+", name)
    return bool(words) and (words[0].islower() or bool(re.search(r"[’']s\s+[a-z]", name)))


def phonetic_key(word: str) -> str:
    """A Metaphone key without a leading vowel, w, y or h and without h: spellings of one name
    sound alike, so Qassem and Kassem (KSM), Ouattara and Wattara (TR), Tiani and Tchiani (XN) share it."""
    key = _metaphone(word)
    return key.lstrip("AEIOUWYH").replace("H", "") or key


@lru_cache(maxsize=1 << 16)
def _metaphone(word: str) -> str:
    return jellyfish.metaphone(word) if word else ""


# First letters that transliterations of one sound start with: Qassem, Kassem; Ouattara, Wattara.
ONSETS = ["ckqg", "ouwv", "iyje", "sczx", "td", "fp", "bv"]


def _same_onset(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in ONSETS)


def _plain(word: str) -> str:
    """Letters doubled or an h after a consonant are spellings of one sound: Qadhafi, Gaddafi -> qadafi, gadafi."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<=[^aeiouh])h", "", word))


def blocking_keys(word: str) -> set[str]:
    """Where a surname is looked for: its first letter (spellings that differ in a vowel or two)
    and its sound (transliterations that start with another letter: Qassem, Kassem)."""
    return {word[:1], "~" + phonetic_key(word)} if word else set()


@lru_cache(maxsize=1 << 16)
def similar_word(a: str, b: str) -> bool:
    """One name spelt two ways: nicknames; transliterations that sound alike and are spelt much
    alike (Soleimani, Suleimani; Qassem, Kassem; Ouattara, Wattara); long words that differ in a
    letter or two. Short words collide too easily (Paul, Pell; Jong, Jung; Nauert, North)."""
    if a == b:
        return True
    if any(a in group and b in group for group in NICKNAMES):
        return True
    shortest = min(len(a), len(b))
    # One word that is the other with letters added is another name: Khan, Khanna; so is one
    # that starts with a letter of another sound: Adams, Wadhams.
    if shortest >= 4 and len(phonetic_key(a)) >= 2 and phonetic_key(a) == phonetic_key(b) \
            and not (a.startswith(b) or b.startswith(a)) and _same_onset(a[0], b[0]) \
            and max(ratio(a, b), ratio(_plain(a), _plain(b))) >= 80:
        return True
    # Indel similarity, which for names makes the decisions difflib's ratio made, in far less time.
    return shortest >= 6 and ratio(a, b, score_cutoff=85) > 0


def split_name(tokens: list[str]) -> tuple[list[str], str]:
    """(given names, surname); a particle before the surname belongs to it (al-Muhandis), but a
    first word is a name even when it is spelt like one ("Van Jackson")."""
    if not tokens:
        return [], ""
    surname = tokens[-1]
    given = [t for i, t in enumerate(tokens[:-1]) if i == 0 or t not in PARTICLES]
    return given, surname


def given_compatible(a: list[str] | tuple, b: list[str] | tuple) -> bool:
    """Could these given names be one person's? A lone given name may be any of the other's
    ("Javad" in "Mohammad Javad"); two full sets must agree name by name (George W. != George H. W.)."""
    if not a or not b:
        return True
    if len(a) >= 2 and len(b) >= 2:
        return len(a) == len(b) and all(given_match(x, y) for x, y in zip(a, b))
    single, other = (a, b) if len(a) == 1 else (b, a)
    return any(given_match(single[0], o) for o in other)


@lru_cache(maxsize=1 << 16)
def given_match(a: str, b: str) -> bool:
    """One given name against another: an initial matches its letter, a name its variants, and,
    the surname having matched already, looser spellings too: one consonant skeleton (Yusuf,
    Yousef) or a vowel apart (Adel, Adil)."""
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    if similar_word(a, b):
        return True
    if min(len(a), len(b)) >= 4 and skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3:
        return True
    return a[0] == b[0] and _metaphone(a) == _metaphone(b) and Levenshtein.distance(a, b, score_cutoff=1) <= 1


def skeleton(word: str) -> str:
    """Consonant skeleton, the part of a transliterated name that stays put across spellings:
    Yusuf, Yousef -> ysf; Qassem, Qasem -> qsm."""
    core = word[:1] + re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", core)


@dataclass(frozen=True)
class PersonName:
    """A person's name read for matching: given names, surname, and for "X bin Y" the father's
    name Y (no surname: "Y" alone is the father, not this person); `family_first` where the
    family name leads (Korean, Chinese: "Moon Jae-in")."""
    tokens: tuple[str, ...]
    given: tuple[str, ...]
    surname: str
    father: str = ""
    royal: bool = False
    family_first: bool = False

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""

    def keys(self) -> set[str]:
        """Blocking keys: the surname's, or for a name without one the given name's."""
        return blocking_keys(self.surname) if self.surname else {"g" + k for k in blocking_keys(self.first)}

    def initials(self) -> set[str]:
        """"AMLO" for Andrés Manuel López Obrador, "MBS" for Mohammed bin Salman."""
        if len(self.tokens) < 3:
            return set()
        return {"".join(t[0] for t in self.tokens),
                "".join(t[0] for t in self.tokens if t not in PARTICLES | PATRONYMIC)}


def family_first_hint(name: str) -> bool:
    """A two-word name whose second word is two syllables joined by a hyphen, the second in lower
    case, puts the family name first: "Moon Jae-in", "Kim Dong-chul", "Chiang Kai-shek"."""
    words = str(name or "").split()
    return len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None


def parse_person(tokens: tuple[str, ...], titles: frozenset = frozenset(), family_first: bool = False) -> PersonName:
    """Given names, surname and father's name of a name's tokens (titles gone)."""
    tokens = tuple(tokens)
    for i, token in enumerate(tokens):
        if 1 <= i < len(tokens) - 1 and token in PATRONYMIC:
            return PersonName(tokens, tuple(tokens[:i]), "", tokens[i + 1])
    if len(tokens) == 1 and titles & ROYAL:
        return PersonName(tokens, tokens, "", royal=True)
    if family_first and len(tokens) >= 2:
        return PersonName(tokens, tokens[1:], tokens[0], family_first=True)
    given, surname = split_name(list(tokens))
    return PersonName(tokens, tuple(given), surname)


def same_name(a: PersonName, b: PersonName) -> bool:
    """Could two full names be one person's? Patronymic names agree on the person's own name and
    the father's (Mohammed bin Salman is not Mohammed bin Zayed); others on surname and given names."""
    if a.father or b.father or not a.surname or not b.surname:
        if bool(a.surname) != bool(b.surname):
            return False
        return bool(a.first and b.first) and given_match(a.first, b.first) and \
            (not a.father or not b.father or similar_word(a.father, b.father))
    if not similar_word(a.surname, b.surname):
        return False
    if a.family_first != b.family_first:
        # "Sung Kim" is not "Kim Hak Song": across the two orders the given names agree in full.
        return len(a.given) == len(b.given) and all(map(given_match, a.given, b.given))
    return given_compatible(a.given, b.given)


def titles_conflict(a: set | frozenset, b: set | frozenset) -> bool:
    """Titles no one person holds at once: Mr. and Mrs., a king and a crown prince."""
    def side(words, *groups):
        return [bool(words & g) and not words & (set().union(*groups) - g) for g in groups]
    male_a, female_a = side(a, MALE, FEMALE)
    male_b, female_b = side(b, MALE, FEMALE)
    king_a, heir_a = side(a, MONARCHS, HEIRS)
    king_b, heir_b = side(b, MONARCHS, HEIRS)
    return (male_a and female_b) or (female_a and male_b) or (king_a and heir_b) or (heir_a and king_b)
