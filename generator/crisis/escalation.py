"""How conflictual or cooperative a piece of text is, on a scale from -10 (war) to +10 (a signed
peace), from the words of conflict and cooperation in generator/data/escalation.yaml (classes in
the spirit of CAMEO and the Goldstein scale): each matched word weighs its class's weight, a
negated one ("did not attack", "refused to meet") the opposite at half, and a text weighs the mean
of its verbs (of its nouns when it has no verb of the scale). Used by generator.crisis.periods."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from generator.crisis.inflections import lemma_candidates
from generator.extract import gazetteer

# A clause ends at punctuation or at a conjunction that starts another clause: "Iran did not
# attack, but the militias struck" negates no strike.
CLAUSE_BREAKS = frozenset(list(".,;:!?()\"“”") + ["but", "while", "although", "though", "after", "before", "because",
                           "when", "whereas", "and", "or", "yet"])
# After one of these a word is a noun: "a shot at peace" shoots nobody, "the talks" are talks.
DETERMINERS = frozenset("a an the this that these those his her its their our my your whose".split())
_TOKEN = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*|[.,;:!?()\"“”]")


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]      # lemmas: one word, or a phrase's words in order
    weight: float               # 0 for a neutral phrase
    verb: bool                  # verbs win over nouns
    negator: bool = False
    kind: str = ""              # the class of the scale ("fight", "consult"); "" for a neutral phrase


@dataclass
class Reading:
    """A text's place on the scale: the mean weight of its words, and which words they were."""
    weight: float
    words: list[str] = field(default_factory=list)   # "cancel", "not attack"
    verbal: bool = True         # read from verbs (what somebody did), not from nouns alone
    kinds: list[str] = field(default_factory=list)   # the class of each word, in the text's order


@lru_cache(maxsize=1)
def data() -> dict:
    return yaml.safe_load((gazetteer.DATA / "escalation.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[Entry]]:
    """First lemma -> the entries that start with it, phrases (longest) before single words."""
    table: dict[str, list[Entry]] = {}
    def add(text: str, weight: float, verb: bool, negator: bool = False, kind: str = ""):
        words = tuple(str(text).lower().split())
        table.setdefault(words[0], []).append(Entry(words, weight, verb, negator, kind))
    for name, spec in data()["classes"].items():
        for part in ("verbs", "nouns"):
            for word in spec.get(part) or []:
                add(word, float(spec["weight"]), part == "verbs", kind=name)
    for phrase in data()["neutral_phrases"]:
        add(phrase, 0.0, True)
    for word in data()["negators"]:
        add(word, 0.0, True, negator=True)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.words))
    return table


def tokens(text: str) -> list[str]:
    text = re.sub(r"n['’]t\b", " not", str(text or "").lower()).replace("cannot", "can not")
    return _TOKEN.findall(text)


def read(text: str) -> Reading | None:
    """Where `text` stands on the scale, or None when no word of the scale is in it."""
    matches = _matches(tokens(text))
    verbs = [m for m in matches if m[2]]
    chosen = verbs or matches
    if not chosen:
        return None
    weight = sum(m[0] for m in chosen) / len(chosen)
    return Reading(round(weight, 2), [m[1] for m in chosen], verbal=bool(verbs), kinds=[m[3] for m in chosen])


def event_kind(text: str) -> str | None:
    """The class of what `text` says somebody did: that of its first verb of the scale, so
    "Soleimani was killed in a US airstrike" and "a drone strike killed Soleimani" are both
    `fight`, and "Iran warned of revenge after the strike" is `disapprove`: its main verb is the
    warning. None when no verb of the scale is in it (a noun, "the summit", "the talks", names
    the subject of half a crisis's sentences, not what happened), when the first is negated ("did not attack" is no attack) or only supposed: after a word of what may
    be ("Iran may respond to the killing", "a potential strike", "targets that will be struck")
    it tells no event of its class, or in a clause of background ("after a US strike killed
    Soleimani")."""
    reading = read(text)
    if reading is None or not reading.verbal or reading.words[0].startswith("not "):
        return None
    first = reading.words[0].split()[0]
    unfit = frozenset(data()["supposed"]) | frozenset(data()["background_clause"])
    for word in tokens(text):
        if first in lemma_candidates(word):
            break
        if word in unfit:
            return None
    return reading.kinds[0]


def scale_words(text: str) -> set[str]:
    """The words of `text` (lower case, as written) that are words of the scale, phrases' too."""
    return {word for word in tokens(text) if any(lemma in lexicon() for lemma in lemma_candidates(word))}


def read_stance(stance: str | None, topic: str | None) -> Reading | None:
    """A stance on a topic: supporting "military strikes" is conflict, opposing "war" is
    restraint (the topic's weight, against and at half when opposed); a neutral stance is none."""
    if stance not in ("supports", "opposes"):
        return None
    reading = read(topic or "")
    if reading is None:
        return None
    if stance == "opposes":
        factor = float(data()["negated_factor"])
        return Reading(round(reading.weight * factor, 2), [f"against {w}" for w in reading.words], reading.verbal)
    return reading


def _matches(words: list[str]) -> list[tuple[float, str, bool, str]]:
    """(weight, word as shown, is a verb, class) of each word of the scale in `words`, negation
    applied."""
    found: list[tuple[float, str, bool, str]] = []
    negation: dict | None = None   # the open negator: {"until": index, "entry", "used"}
    window, factor = int(data()["negation_window"]), float(data()["negated_factor"])
    i = 0
    while i < len(words):
        if words[i] in CLAUSE_BREAKS:
            _close(negation, found)
            negation = None
            i += 1
            continue
        entry, end = _entry_at(words, i)
        if entry is None:
            i += 1
            continue
        if negation and i > negation["until"]:
            _close(negation, found)
            negation = None
        word = " ".join(entry.words)
        if entry.negator:
            _close(negation, found)
            negation = {"until": end + window, "entry": entry, "used": False, "word": word}
        elif entry.weight and negation:
            found.append((entry.weight * factor, f"not {word}", entry.verb, entry.kind))
            negation["used"] = True
        elif entry.weight:
            found.append((entry.weight, word, entry.verb, entry.kind))
        i = end + 1
    _close(negation, found)
    return found


def _close(negation: dict | None, found: list) -> None:
    """A negator that negated nothing counts as a word of its own class ("Iran refused")."""
    if negation and not negation["used"]:
        own = _own_entry(negation["word"])
        if own is not None:
            found.append((own.weight, negation["word"], own.verb, own.kind))
    return None


def _own_entry(word: str) -> Entry | None:
    words = tuple(word.split())
    return next((e for e in lexicon().get(words[0], []) if e.words == words and not e.negator
                 and e.weight), None)


def _entry_at(words: list[str], i: int) -> tuple[Entry | None, int]:
    """The entry of the scale that starts at word `i` (a phrase if one does), and where it ends."""
    gap = int(data()["phrase_gap"])
    noun = i > 0 and words[i - 1] in DETERMINERS
    for lemma in sorted(lemma_candidates(words[i]), key=lambda lemma: (lemma != words[i], lemma)):
        for entry in _entries_for(lemma, noun):
            end = _phrase_end(words, i, entry.words[1:], gap)
            if end is not None:
                return entry, end
    return None, i


def _entries_for(lemma: str, noun: bool) -> list[Entry]:
    """Phrases first, then a negator, then the word of the scale: "refuse" negates when it can;
    after a determiner (`noun`), no verb of one word: "a shot" is no shooting, "a strike" is one."""
    entries = [e for e in lexicon().get(lemma, []) if not noun or not e.verb or len(e.words) > 1]
    return sorted(entries, key=lambda e: (-len(e.words), not e.negator))


def _phrase_end(words: list[str], i: int, rest: tuple[str, ...], gap: int) -> int | None:
    """Where the rest of a phrase ends, each next word within `gap` words; None if it is not there."""
    end = i
    for wanted in rest:
        for j in range(end + 1, min(len(words), end + gap + 2)):
            if words[j] in CLAUSE_BREAKS:
                return None
            if wanted in lemma_candidates(words[j]):
                end = j
                break
        else:
            return None
    return end
