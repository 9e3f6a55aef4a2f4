"""The article indexed once for finding quotes: characters to tokens and paragraphs, and its quote marks."""
from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.speech_words import words
from generator.extract.parsed import Parsed
from generator.extract.quotes.marks import Marked, find_marked, paragraphs


class Index:
    """Lookups from characters to tokens and paragraphs, and the marks of every quote, for one Doc."""

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.doc = parsed.doc
        self.text = parsed.text
        self.token_starts = parsed.token_starts
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        self.marked = find_marked(self.text)
        self.marked_starts = [m.start for m in self.marked]
        self.words = words()
        self.cue_verbs = self.words["reporting_verbs"]
        self.clause_verbs = self.cue_verbs - self.words["quote_only_verbs"]
        # the verbs whose object can hold a speaker's quoted words ('branded it a "farce"')
        self.wording_verbs = (self.cue_verbs | self.words["wording_verbs"] | self.words["object_speech_verbs"]
                              | self.words["xcomp_speech_verbs"])

    def token_at(self, char: int) -> int:
        """Index of the token holding char (or the last one starting before it)."""
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)

    def token_from(self, char: int) -> int:
        """Index of the first token starting at or after char."""
        return bisect.bisect_left(self.token_starts, char)

    def clamp(self, span: tuple[int, int], anchor: int) -> tuple[int, int]:
        """A span cut to the paragraph of anchor: a parse may run a headline into the first line."""
        p0, p1 = self.paragraphs[self.paragraph_of(anchor)]
        return max(span[0], p0), min(span[1], p1)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def marked_inside(self, start: int, end: int) -> list[Marked]:
        i = bisect.bisect_left(self.marked_starts, start)
        out = []
        while i < len(self.marked) and self.marked[i].start < end:
            if self.marked[i].end <= end:
                out.append(self.marked[i])
            i += 1
        return out

    def is_cue(self, token: Token) -> bool:
        """A reporting verb: 'said', 'warned'; "read" counts though the tagger may call it a noun."""
        lemma = token.lemma_.lower()
        if lemma not in self.cue_verbs:
            return False
        return token.pos_ in {"VERB", "AUX"} or (token.dep_ in {"ROOT", "ccomp", "parataxis"} and token.tag_ != "NNS")
