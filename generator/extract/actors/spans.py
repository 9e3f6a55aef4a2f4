"""Small helpers on the words of a mention: its surname key, the span without determiners, its text."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.words import BRACKETS, DETERMINERS, collectives_data


def surname_key(word: str) -> str:
    """'al-Sadr', 'Al-Sadr' and 'Sadr' are one surname."""
    lower = word.lower()
    for prefix in ("al-", "el-", "al ", "el "):
        if lower.startswith(prefix):
            return lower[len(prefix):]
    return lower


# Words that join a son's or daughter's name to the father's: "Mohammed bin Salman".
PATRONYMICS = {"bin", "ibn", "bint", "binti", "ben", "ould"}


def family_key(name: str) -> str:
    """The key a bare mention of a person is looked up by: the surname ("Pompeo" of "Mike Pompeo");
    for a name with a patronymic, the patronymic ("bin salman" of "Mohammed bin Salman"), since the
    father's name alone ("King Salman") names the father, not the son."""
    words = name.split()
    for i in range(1, len(words) - 1):
        if words[i].lower() in PATRONYMICS:
            return f"{words[i].lower()} {surname_key(words[i + 1])}"
    return surname_key(words[-1]) if words else ""


@lru_cache(maxsize=1 << 12)
def initials(name: str) -> frozenset[str]:
    """'Andres Manuel Lopez Obrador' -> {'amlo'}; 'Mohammed bin Salman' -> {'mbs'}: the
    acronyms a person's full name is written as, with and without its particles."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2:
        return frozenset()
    every = "".join(w[0] for w in words).lower()
    proper = "".join(w[0] for w in words if w[0].isupper()).lower()
    # two letters are too often something else ("MP", "PM"): initials have three or more
    return frozenset(form for form in (every, proper) if len(form) >= 3)


def title_words(titles) -> set[str]:
    """The words of a person's titles that say what office it is ("Crown Prince" -> prince, crown)."""
    return {w.lower().strip(".") for t in titles for w in t.split()} - {"of", "the", "and", "for", "&", "former"}


def clean_span(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive: 'the United Nations' -> 'United Nations'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].text in BRACKETS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in BRACKETS | {"'s", "’s"}
                           or doc[end - 1].is_punct):
        end -= 1
    return _one_line(doc, start, end, span.root.i)


def _one_line(doc: Doc, start: int, end: int, root: int) -> Span:
    """A name never runs over a paragraph break ('USA TODAY' + newline + 'Demonstrators'): the
    words on the line of the phrase's head."""
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if i < root:
                start = i + 1
            else:
                end = i + (0 if "\n" in doc[i].text else 1)
                break
    while start < end and doc[start].is_space:
        start += 1
    return doc[start:end]


def capitalised_to_open(token: Token, lowercase_words: set[str]) -> bool:
    """Whether a capitalised word is capitalised only because it opens its sentence or line: the
    article writes it in lowercase elsewhere ("Protesters chanted." beside "the protesters")."""
    doc = token.doc
    opens = token.i == 0 or token.is_sent_start or "\n" in doc[token.i - 1].text + doc[token.i - 1].whitespace_
    return opens and token.lower_ in lowercase_words


def hyphen_tail_end(doc: Doc, end: int) -> int:
    """Where a person's name ends when its last word goes on after a hyphen in lowercase:
    "President Park Min-jun said", "Foreign Minister Lee Seo-yeon": the tokenizer splits the
    given name at the hyphen and NER often stops at it. The tail is glued on both sides, short
    and no verb form ("the Mensah-led talks" keep 'led' out)."""
    if end + 1 < len(doc) and doc[end].text in ("-", "\u2010", "\u2011") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        tail = doc[end + 1]
        if tail.is_alpha and tail.text.islower() and len(tail.text) <= 4 and not tail.tag_.startswith("VB") \
                and not (end + 2 < len(doc) and doc[end + 2].text in ("-", "\u2010") and not tail.whitespace_):
            return end + 2
    return end


def link_or_handle(token: Token) -> bool:
    """'pic.host.com/x1', '@VarniaGov', '#OkoroOut': a link, an account or a tag, never a name."""
    return token.like_url or token.text[:1] in ("@", "#") and len(token.text) > 1


def name_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) with editorial brackets removed: 'Assimi] Goita' -> 'Assimi Goita'."""
    return unbracketed(doc[start:end].text)


def unbracketed(text: str) -> str:
    """`text` with editorial brackets removed and its spaces collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"[\[\]]", " ", text)).strip()


# Titles that name different people even when the name is the same: a king is not his prince,
# a vice president is not the president. Other titles may be one person's ("Gen Varo", "Air
# Force Commander Ilan Varo").
RULERS = {"king", "queen", "prince", "princess", "emir", "sultan", "sheikh", "shah", "emperor",
          "empress", "duke", "duchess", "pope"}
SUBORDINATE = {"vice", "deputy", "assistant", "under", "lieutenant"}
# the head of a state, government or party: never also somebody's deputy
HEADS = {"president", "chairman", "chairwoman", "chair", "premier", "prime", "chancellor", "leader"}


def titles_conflict(a: set[str], b: set[str]) -> bool:
    """Whether two sets of title words (see ``title_words``) cannot be one person's."""
    if not a or not b:
        return False
    ruler_a, ruler_b = a & RULERS, b & RULERS
    if ruler_a and ruler_b and not ruler_a & ruler_b:
        return True
    if bool(a & SUBORDINATE) == bool(b & SUBORDINATE):
        return False
    # a deputy's title is written with its "vice" or "deputy": "President Lee" is not "Vice
    # President Lee", nor "Chairman Lee" the "Deputy Minister Lee"; but "Envoy Lee" may well be
    # the "Deputy Foreign Minister Lee" named before
    chief = b if a & SUBORDINATE else a
    return bool((a & b) - SUBORDINATE) or bool(chief & HEADS)


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    return frozenset(collectives_data()["place_nouns"])


def named_after(span: Span) -> bool:
    """'Walter Reed National Military Medical Center', 'John F. Kennedy International Airport',
    'the Imam Ali shrine', 'Joint Base Andrews': a name in the name of a place or building is the
    place's, not a person's (the words that follow, or lead, end in a place noun)."""
    places = place_nouns()
    doc = span.doc
    # inside the name only between other words ("Joint Base Andrews"): "Park Geun-hye" and
    # "Jane Hall" are people
    if any(t.lower_ in places for t in span[1:-1]) or span.start > 0 and doc[span.start - 1].lower_ in places \
            and doc[span.start - 1].text[:1].isupper():
        return True
    if modifies_a_place(span) or _described_as_a_place(span.root, places):
        return True
    i = span.end
    while i < len(doc) and i < span.end + 5:
        token = doc[i]
        if token.lower_ in places and (token.text[:1].isupper() or i == span.end):
            return True
        if not (token.text[:1].isupper() and token.is_alpha or token.text in (".", "-")):
            return False
        i += 1
    return False


def _described_as_a_place(root: Token, places: frozenset[str]) -> bool:
    """'the border village of Tarn', 'Tarn, a village on the border': the name is a place noun's
    ('of' after it) or has one in apposition."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in places and head.head.pos_ == "NOUN":
        return True
    return any(c.dep_ == "appos" and c.lower_ in places and c.pos_ == "NOUN" for c in root.children) \
        or root.dep_ == "appos" and head.lower_ in places and head.pos_ == "NOUN"


def modifies_a_place(span: Span) -> bool:
    """'the Tigris river', 'the Walter Reed military hospital', 'the Nyongbyon reactor site': the
    name is a compound of a place noun that follows it, whatever the case of the words between (or
    a proper noun the parser took for its adjective: "the Tarn al-Dura air base")."""
    places = place_nouns()
    head = span.root
    while (head.dep_ in ("compound", "nmod") or head.dep_ == "amod" and head.pos_ == "PROPN") \
            and span.end <= head.head.i < span.end + 4:
        head = head.head
        if head.lower_ in places and head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def names_main_subject(token: Token) -> bool:
    """Whether `token` is, or is part of (a compound, an apposition), the subject of its sentence's
    main verb or of one conjoined with it: in "Mensah insisted that the plan Boateng drew up would
    work", Mensah, not Boateng, is whom a "he said" after it goes back to."""
    subject = token if token.dep_ in ("nsubj", "nsubjpass") else token.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or (subject is not token and token.dep_ not in ("compound", "appos")):
        return False
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"
