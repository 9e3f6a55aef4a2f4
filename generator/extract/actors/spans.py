"""Small helpers on the words of a mention: its surname key, the span without determiners, its text."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actors.words import BRACKETS, DETERMINERS


def surname_key(word: str) -> str:
    """'al-Sadr', 'Al-Sadr' and 'Sadr' are one surname."""
    lower = word.lower()
    for prefix in ("al-", "el-", "al ", "el "):
        if lower.startswith(prefix):
            return lower[len(prefix):]
    return lower


def clean_span(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive: 'the United Nations' -> 'United Nations'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].text in BRACKETS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in BRACKETS | {"'s", "’s"}
                           or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def name_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) with editorial brackets removed: 'Assimi] Goita' -> 'Assimi Goita'."""
    text = doc[start:end].text
    return re.sub(r"\s+", " ", re.sub(r"[\[\]]", " ", text)).strip()
