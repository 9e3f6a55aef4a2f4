"""Quote marks: every stretch of an article's text in quote marks, and the records a quote is found as.

One pass over the text, before any token is looked at; a quote's span is its content, never the
marks or the attribution.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Token


# opening mark -> its closing mark; a straight '"' closes itself
OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2039": "\u203a", '"': '"'}
CLOSERS = {"\u201d", "\u00bb", "\u203a"}
QUOTE_CHARS = set(OPENERS) | CLOSERS | {"\u2018", "\u2019", "'"}


def opens(token_text: str) -> bool:
    """A token that can open a quote: a curly or straight mark."""
    return token_text[:1] in OPENERS


def closes(token_text: str) -> bool:
    """A token that can close a quote."""
    return token_text[:1] in CLOSERS or token_text == '"'


SENTENCE_END = {".", "?", "!"}


# British-style single quotes outside double ones: 'He called it ‘a farce’.' The opening mark starts
# a word, the closing one ends a word and is no apostrophe ("Trump’s" does not close).
SINGLE_QUOTED = re.compile(r"(?<![\w\u2019'])[\u2018'](?=\w)(?P<text>[^\n]{1,300}?)(?<=[\w.,!?])[\u2019'](?!\w)")


@dataclass
class Marked:
    """Words in quote marks: content offsets (marks excluded) and where the marks stand."""
    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the paragraph ended the quote
    inner_marks: list[int] = field(default_factory=list)  # re-opening marks of continued paragraphs


@dataclass
class Candidate:
    """A quote found, before its speaker is resolved."""
    start: int
    end: int
    kind: str
    cue: Token | None
    subject: Token | None
    paragraph: int
    text: str
    via: Token | None = None  # the outlet that carried the words, when named
    document: Token | None = None  # "in a statement": the document that carried them
    floating: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of every non-empty line; a body's paragraphs are its lines."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_marked(text: str) -> list[Marked]:
    """Every stretch in double quote marks (straight, curly, «», „“), then single-quoted ones outside.

    A quote open at a paragraph's end continues when the next paragraph opens with a mark:
    '"We will stay.\\n"And we will win," she said.' is one quote.
    """
    found: list[Marked] = []
    pending: Marked | None = None
    closer = ""
    paras = paragraphs(text)
    for n, (p0, p1) in enumerate(paras):
        i = p0 + (len(text[p0:p1]) - len(text[p0:p1].lstrip()))
        if pending is not None:
            if text[i] in OPENERS:  # the quote goes on in this paragraph
                pending.inner_marks.append(i)
                i += 1
            else:  # the quote ran to the end of the last paragraph
                pending.end = paras[n - 1][1]
                found.append(pending)
                pending = None
        for j in range(i, p1):
            char = text[j]
            if pending is None:
                if char in OPENERS:
                    pending, closer = Marked(j + 1, j + 1, j, None), OPENERS[char]
                elif char == "\u201d" and (j == p0 or text[j - 1].isspace()) and j + 1 < p1 and text[j + 1].isalnum():
                    # '”We will win”': a closing-shaped mark before a word opens the quote
                    pending, closer = Marked(j + 1, j + 1, j, None), "\u201d"
            elif char == closer or char in CLOSERS or (char == '"' and _closes_here(text, j)):
                pending.end, pending.close_mark = j, j
                found.append(pending)
                pending = None
    if pending is not None:
        pending.end = paras[-1][1]
        found.append(pending)
    found = [m for m in found if text[m.start:m.end].strip()]
    return sorted(found + _single_quoted(text, found), key=lambda m: m.start)


def _closes_here(text: str, j: int) -> bool:
    """A straight mark inside a curly quote closes it only at a word's end: 'word" next'."""
    return j > 0 and not text[j - 1].isspace() and (j + 1 == len(text) or not text[j + 1].isalnum())


def _single_quoted(text: str, double: list[Marked]) -> list[Marked]:
    starts = [m.open_mark for m in double]
    out = []
    for match in SINGLE_QUOTED.finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        inside = i >= 0 and double[i].open_mark <= match.start() <= (double[i].close_mark or double[i].end)
        if not inside:
            start, end = match.span("text")
            out.append(Marked(start, end, start - 1, end))
    return out


def quote_text(text: str, marked: Marked) -> tuple[int, int, str]:
    """Content offsets and text: whitespace and the quotation comma trimmed, re-opening marks dropped.

    '"exclusively through diplomacy," a letter read' -> 'exclusively through diplomacy'.
    """
    start, end = marked.start, marked.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    body = "".join(c for k, c in enumerate(text[start:end], start) if k not in marked.inner_marks)
    return start, end, body
