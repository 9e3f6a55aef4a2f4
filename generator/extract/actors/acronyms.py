"""Acronyms the article spells out: an acronym is the actor its expansion is, and no actor when
the expansion names a thing ("a CBM -- a confidence building measure", "the Demilitarized Zone
(DMZ)", "complete, verifiable and irreversible dismantlement, or CVID")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.spans import place_nouns

# Words between an acronym and its expansion: "X (ACR)", "X, or ACR", "ACR -- a X", "ACR: X".
JOINERS = {"(", ")", ",", "or", "known", "as", "called", "--", "-", "\u2014", "\u2013", ":", "a", "an", "the", "“", "”", '"'}
# What ends the stretch of text an expansion is looked for in.
STOPS = {".", ";", "(", ")", "!", "?", "\u2014", "--"}
SMALL = {"of", "and", "the", "for", "on", "in", "to", "&", "a", "an", "at", "or"}
# Entity labels of things, not actors: places, buildings, laws, events, products, works.
THING_LABELS = {"FAC", "LOC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART"}


def _spells(short: str, long: str) -> int | None:
    """Where in `long` the words `short` abbreviates begin (Schwartz and Hearst's matching: the
    acronym's letters found from the right, its first letter at a word's start); None if they are not there."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        while i >= 0 and (long[i].lower() != c or s == 0 and i > 0 and long[i - 1].isalnum()):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


def _window(doc: Doc, i: int, step: int, size: int) -> list[int]:
    j = i + step
    while 0 <= j < len(doc) and doc[j].text.lower() in JOINERS and abs(j - i) <= 4:
        j += step
    sentence = doc[i].sent  # once: each Token.sent walks the sentence again
    found = []
    while sentence.start <= j < sentence.end and doc[j].text not in STOPS and len(found) < size:
        found.append(j)
        j += step
    return sorted(found)


def expansion(parsed, i: int) -> Span | None:
    """The words the acronym at token i stands for, just before it ("the Demilitarized Zone
    (DMZ)") or just after it ("a CBM -- a confidence building measure"); None when the article
    does not spell it out there."""
    doc, text_of = parsed.doc, parsed.text  # doc.text would join every token again on each ask
    short = doc[i].text
    size = min(len(short) + 5, 2 * len(short))
    before = _window(doc, i, -1, size)
    while before and (doc[before[-1]].lower_ in SMALL or doc[before[-1]].is_punct):
        before.pop()
    if before:
        first = doc[before[0]].idx
        text = text_of[first:doc[before[-1]].idx + len(doc[before[-1]])]
        at = _spells(short, text)
        if at is not None:
            span = doc.char_span(first + at, first + len(text), alignment_mode="expand")
            if span is not None and len([t for t in span if t.is_alpha and t.lower_ not in SMALL]) <= len(short):
                return span
    after = _window(doc, i, 1, size)
    for end in range(1, len(after) + 1):  # the shortest run of words after it that spells it
        first = doc[after[0]].idx
        last = doc[after[end - 1]]
        text = text_of[first:last.idx + len(last)]
        if _spells(short, text) == 0 and last.lower_ not in SMALL:
            return doc[after[0]:after[end - 1] + 1]
    return None


def _an_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _a_thing(found: Span) -> bool:
    """Whether an expansion names no actor: lowercase words (a concept or a formula), a place (its
    last word a place noun), or an entity of a place, law, event or product."""
    words = [t for t in found if t.is_alpha and t.lower_ not in SMALL]
    if all(t.text.islower() for t in words) or words[-1].lower_ in place_nouns():
        return True
    return any(t.ent_type_ in THING_LABELS for t in words)


def acronyms_of_things(parsed, entities: list[Span]) -> set[str]:
    """The acronyms among the one-word entities that the article spells out, somewhere, as a
    thing: every mention of them is then no actor ("the Demilitarized Zone (DMZ)" ... "the DMZ")."""
    wanted = {e.text for e in entities if len(e) == 1 and _an_acronym(e.text)}
    if not wanted:
        return set()
    doc = parsed.doc
    found = set()
    for i in parsed.tokens.where_orth(wanted):
        spelled = expansion(parsed, i)
        if spelled is not None and _a_thing(spelled):
            found.add(doc[i].text)
    return found
