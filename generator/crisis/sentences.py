"""The sentences of an article a crisis summary may quote: split from the body at crisis time
(the sheets store no sentences), only the paragraphs that carry the news (the opening ones and
those an event was read from), each with its offsets into `article.body` and whether a reader
understands it on its own.

Splitting is by rule, not by a parser: the crisis stage runs without spaCy (its import alone
costs a second), and the rule knows what a tokenizer's exceptions often do not ("Maj. Gen.").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.extract.actors.words import DETERMINERS, FIRST_PERSON, PRONOUNS_BY_KIND, roles_data
from generator.extract.furniture import furniture_spans
from generator.model.values import is_span, items

OPENING_PARAGRAPHS = 5      # the paragraphs an article leads with, where news writing puts its news
SENTENCES_PER_ARTICLE = 14  # a cap on each article's sentences, so thousands of articles stay fast
MIN_WORDS, MAX_WORDS = 8, 50
MAX_CHARS = 360
QUOTED_SHARE = 0.5          # a sentence more than half quotation is a quote, not an account

# "He said ...", "They agreed ...", "This came ...": the opening word points back to the sentence
# before. The pronouns are those the extractor resolves (actors/words.py) and the demonstratives.
POINTING_BACK = set(PRONOUNS_BY_KIND) | FIRST_PERSON | {"hers", "theirs", "you", "your", "such"} | \
    (DETERMINERS & {"this", "that", "these", "those", "both"})
# "But talks stalled.", "However, the envoy stayed.", "Instead, they met in Hanoi.": a connective
# that answers the sentence before.
CONNECTIVES = {"but", "however", "yet", "still", "and", "or", "so", "also", "instead", "nevertheless",
               "nonetheless", "moreover", "furthermore", "therefore", "thus", "then", "besides",
               "otherwise", "likewise", "similarly", "meanwhile", "indeed", "though", "although",
               "again", "later", "afterward", "afterwards", "there", "here", "now", "even"}
PERSONAL = {"he", "she", "him", "his", "her", "they", "them", "their"}
PERSONAL_REACH = 4          # "On Thursday, he said ...": a personal pronoun this early is the subject
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
QUOTE_MARKS = re.compile(r"[\"“”]")
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
ENDS_SENTENCE = re.compile(r"[.!][\"'”’)\]]*$")


@dataclass
class Sentence:
    article: str
    start: int
    end: int
    text: str
    paragraph: int              # index among the article's paragraphs (0: the lede)
    words: list[str] = field(default_factory=list)
    standalone: bool = True
    events: list[dict] = field(default_factory=list)  # the sheet's events read from it


def article_sentences(sheet: dict) -> list[Sentence]:
    """The news sentences of one article, in their order: those of its opening paragraphs, then
    further down only those an event was read from."""
    body = str((sheet.get("article") or {}).get("body") or "")
    events = [e for e in items(sheet, "events") if is_span(e.get("evidence"))]
    quotes = items(sheet, "quotes")
    out = []
    for index, start, text, furniture in _news_paragraphs(body, events):
        for s, e in split_sentences(text):
            sentence = Sentence(sheet["id"], start + s, start + e, text[s:e], index, WORD.findall(text, s, e))
            sentence.events = [ev for ev in events if _overlap(ev["evidence"], (sentence.start, sentence.end))]
            if index >= OPENING_PARAGRAPHS and not sentence.events:
                continue  # further down, only what an event was read from
            sentence.standalone = stands_alone(sentence.text, sentence.words) \
                and not _in_furniture(sentence, furniture) and not _quote_from_elsewhere(sentence, quotes)
            out.append(sentence)
            if len(out) == SENTENCES_PER_ARTICLE:
                return out
    return out


def _news_paragraphs(body: str, events: list[dict]):
    """(index, start, text, furniture spans in the body) of the opening OPENING_PARAGRAPHS
    paragraphs that are article text, not page furniture, then of those further down an event
    was read from; one by one, as the caller may have enough before the end."""
    start, index = 0, 0
    for line in body.split("\n"):
        end = start + len(line)
        wanted = index < OPENING_PARAGRAPHS or any(_overlap(e["evidence"], (start, end)) for e in events)
        furniture = furniture_spans(line) if wanted and line.strip() else []
        if (0, len(line)) in furniture:  # the whole paragraph
            wanted = False
        if line.strip() and wanted:
            yield index, start, line, [(start + a, start + b) for a, b in furniture]
        if line.strip() and (wanted or index >= OPENING_PARAGRAPHS):
            index += 1
        start = end + 1


# A full stop, question or exclamation mark (and the quote marks or brackets closing after it)
# before white space and a capital, maybe behind an opening quote mark or bracket.
BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z])")
WORD_BEFORE = re.compile(r"[\w.]+$")
VOWEL = re.compile(r"[aeiouy]", re.I)
# A place and an outlet opening the story: "WASHINGTON (Reuters) - ", "SEOUL — ", "BEIRUT, Lebanon (AP) -- ".
DATELINE = re.compile(r"^[A-Z][A-Z.'’/ -]*[A-Z.](?:, [A-Z][\w.' -]{1,30})?(?: \([A-Z][\w .-]{0,25}\))? ?[-—–]{1,2} ?"
                      r"(?=[A-Z\"“])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of one paragraph, white space and a dateline left out.
    A full stop after an abbreviation ends no sentence: 'Maj. Gen. Qassem Soleimani',
    'the U.S. Embassy', 'J. Smith', 'Mr. Trump'."""
    spans, start = [], 0
    for match in BOUNDARY.finditer(text):
        if text[match.start()] == "." and _abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = [_trimmed(text, a, b) for a, b in spans]
    if trimmed:
        dateline = DATELINE.match(text, trimmed[0][0])
        if dateline:
            trimmed[0] = (dateline.end(), trimmed[0][1])
    return [(a, b) for a, b in trimmed if b - a >= 2]


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the full stop at `dot` is abbreviated: an initial, a word with
    full stops inside ('U.S', 'a.m'), a capitalised word with no vowel ('Mr', 'St', 'Jr'), or a
    title written with a full stop in the project's roles ('Gen.', 'Sen.', 'Gov.')."""
    found = WORD_BEFORE.search(text, max(0, dot - 30), dot)
    word = found.group() if found else ""
    if not word:
        return False
    if len(word) == 1 and word.isalpha() or "." in word:
        return True
    if word[:1].isupper() and word[1:].islower() and not VOWEL.search(word):
        return True
    return word.casefold() in _abbreviated_titles()


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """'gen', 'maj', 'sen', 'dr' ...: the titles and honorifics of data/roles.yaml written with a
    full stop ('maj. gen.' gives both)."""
    data = roles_data()
    written = [t for t in (data.get("titles") or []) + (data.get("honorifics") or []) if str(t).endswith(".")]
    return frozenset(part.rstrip(".") for t in written for part in str(t).split() if part.endswith("."))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def stands_alone(text: str, words: list[str] | None = None) -> bool:
    """Whether a reader understands `text` (its `words`, WORD's matches) without the sentence
    before it, and it is an account (a statement of moderate length, not a question, a
    quotation or a heading)."""
    words = WORD.findall(text) if words is None else words
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(text) > MAX_CHARS:
        return False
    if not text[:1].isupper() or not ENDS_SENTENCE.search(text):
        return False  # a fragment, a heading without a full stop, or a question
    lowered = [w.casefold() for w in words]
    if lowered[0] in POINTING_BACK or lowered[0] in CONNECTIVES:
        return False
    if PERSONAL & set(lowered[:PERSONAL_REACH]):
        return False
    return not mostly_quoted(text)


def mostly_quoted(text: str) -> bool:
    """A quotation opened in another sentence (its marks do not pair), or one taking most of it:
    '"We will try," she said.' is the speaker's words, not an account of what happened."""
    marks = QUOTE_MARKS.findall(text)
    if len(marks) % 2 or text[:1] in "\"“'‘":
        return True
    quoted = sum(len(m.group()) for m in QUOTED.finditer(text))
    return quoted > QUOTED_SHARE * len(text)


def _in_furniture(sentence: Sentence, furniture: list[tuple[int, int]]) -> bool:
    return any(_overlap(span, (sentence.start, sentence.end)) for span in furniture)


def _quote_from_elsewhere(sentence: Sentence, quotes: list[dict]) -> bool:
    """A quote in the sentence whose speaker is named outside it: 'The talks are over.' after
    'The envoy was blunt:' needs the envoy from the sentence before."""
    for q in quotes:
        if not isinstance(q.get("start"), int) or not isinstance(q.get("end"), int):
            continue
        if not _overlap((q["start"], q["end"]), (sentence.start, sentence.end)):
            continue
        mention = q.get("speaker_mention")
        if is_span(mention) and not (sentence.start <= mention[0] and mention[1] <= sentence.end):
            return True
    return False
