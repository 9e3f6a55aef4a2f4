"""Quotes: reported speech with its speaker.

First version: direct quotes in quote marks, attributed through the reporting verb of their
sentence ("..., Maiga said"). The speaker is the verb's subject, resolved to an actor.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors import ActorTable
from generator.factsheet import Quote, Source

REPORTING_VERBS = {"say", "tell", "state", "read", "warn", "announce", "add", "insist", "claim",
                   "argue", "note", "write", "declare", "explain", "stress", "ask", "reply"}
QUOTED = re.compile(r"[\"\u201c](?P<text>[^\"\u201c\u201d]{3,}?)[\"\u201d]")


def _speaker(doc: Doc, start: int, end: int, actors: ActorTable):
    """(actor id, mention span, cue) of the reporting verb nearest the quote in its sentence."""
    sent = doc.char_span(start, end, alignment_mode="expand").sent
    for token in sent:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB" and not start <= token.idx < end:
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    subtree = doc[child.left_edge.i:child.right_edge.i + 1]
                    return actors.ensure(subtree, "other"), [subtree.start_char, subtree.end_char], token.text
    return None, None, None


def find_quotes(doc: Doc, actors: ActorTable) -> tuple[list[Quote], list[Source]]:
    quotes = []
    for match in QUOTED.finditer(doc.text):
        start, end = match.span("text")
        if len(match.group("text").split()) <= 2:  # scare quotes
            continue
        speaker, mention, cue = _speaker(doc, start, end, actors)
        quotes.append(Quote(id=f"q{len(quotes) + 1}", text=match.group("text"), kind="direct",
                            speakers=[speaker] if speaker else [], speaker_mention=mention, cue=cue,
                            via=None, start=start, end=end))
    return quotes, []
