"""Events: what happened, who took part, and when, with the date resolved where the article allows.

An event is a clause with a time expression: "The ministers issued a joint letter on Tuesday"
-> when "Tuesday", what "The ministers issued a joint letter", actors the ministers and the
letter. Dates resolve against the publication date: in an article of Thursday 9 January,
"on Tuesday" is the 7th, "yesterday" the 8th, "last week" the Monday of the week before,
"Jan. 3" the 3rd of January of the publication year. With no publication date, relative
expressions keep their words and no date: never a guessed one.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from generator.extract.actors import ActorTable
from generator.extract.parsed import Parsed
from generator.model.factsheet import Event

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
MONTH_DAY = re.compile(MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", re.I)
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"(?:,?\s+(\d{4}))?", re.I)
MONTH_YEAR = re.compile(r"^(?:early|late|mid|mid-)?\s*" + MONTH + r"(?:,?\s+(\d{4}))?$", re.I)
YEAR = re.compile(r"^(?:in\s+)?((?:19|20)\d\d)$", re.I)
AGO = re.compile(r"\b(\w+)\s+(day|week|month)s?\s+ago\b", re.I)
SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}
FUTURE_AUX = {"will", "shall", "'ll"}


# --- dates -------------------------------------------------------------------------------------

def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower()[:3]]


def _with_year(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """A month and day in the publication year; one far after publication in a past-tense
    sentence is the year before ('Dec. 27' in an article of 3 January)."""
    try:
        date = dt.date(published.year, month, day)
    except ValueError:
        return None
    if not future and (date - published).days > 60:
        date = date.replace(year=date.year - 1)
    return date


def resolve(when: str, published: str | None, future: bool = False) -> str | None:
    """The ISO date a time expression names, or None when it cannot be known from the article.

    >>> resolve("Tuesday", "2020-01-07")     # an article of a Tuesday saying "on Tuesday"
    '2020-01-07'
    >>> resolve("Tuesday", "2020-01-09")     # "on Tuesday" in an article of a Thursday
    '2020-01-07'
    >>> resolve("Tuesday", None) is None
    True
    """
    text = when.strip().lower()
    # absolute dates with a year need no publication date
    for pattern, order in ((MONTH_DAY, "md"), (DAY_MONTH, "dm")):
        match = pattern.search(text)
        if match and match.group(3):
            month, day = (match.group(1), match.group(2)) if order == "md" else (match.group(2), match.group(1))
            try:
                return dt.date(int(match.group(3)), _month(month), int(day)).isoformat()
            except ValueError:
                return None
    if published is None:
        return None
    pub = dt.date.fromisoformat(published)
    for pattern, order in ((MONTH_DAY, "md"), (DAY_MONTH, "dm")):
        match = pattern.search(text)
        if match:
            month, day = (match.group(1), match.group(2)) if order == "md" else (match.group(2), match.group(1))
            date = _with_year(_month(month), int(day), pub, future)
            return date.isoformat() if date else None
    if re.search(r"\bday before yesterday\b", text):
        return (pub - dt.timedelta(days=2)).isoformat()
    if re.search(r"\byesterday\b", text):
        return (pub - dt.timedelta(days=1)).isoformat()
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return pub.isoformat()
    if re.search(r"\btomorrow\b", text):
        return (pub + dt.timedelta(days=1)).isoformat()
    match = AGO.search(text)
    if match and match.group(1) in SMALL or match and match.group(1).isdigit():
        n = SMALL.get(match.group(1)) or int(match.group(1))
        days = {"day": 1, "week": 7, "month": 30}[match.group(2)] * n
        return (pub - dt.timedelta(days=days)).isoformat()
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            delta = (pub.weekday() - i) % 7
            if "next" in text or (future and "last" not in text):
                ahead = (i - pub.weekday()) % 7
                if "next" in text and ahead == 0:
                    ahead = 7
                return (pub + dt.timedelta(days=ahead)).isoformat()
            if "last" in text and delta == 0:
                delta = 7
            return (pub - dt.timedelta(days=delta)).isoformat()
    monday = pub - dt.timedelta(days=pub.weekday())
    if re.search(r"\blast week\b", text):
        return (monday - dt.timedelta(days=7)).isoformat()
    if re.search(r"\b(this|earlier this|later this) week\b", text):
        return monday.isoformat()
    if re.search(r"\bnext week\b", text):
        return (monday + dt.timedelta(days=7)).isoformat()
    first = pub.replace(day=1)
    if re.search(r"\blast month\b", text):
        return (first - dt.timedelta(days=1)).replace(day=1).isoformat()
    if re.search(r"\b(this|earlier this) month\b", text):
        return first.isoformat()
    match = MONTH_YEAR.match(text)
    if match:
        if match.group(2):
            return dt.date(int(match.group(2)), _month(match.group(1)), 1).isoformat()
        date = _with_year(_month(match.group(1)), 1, pub, future)
        return date.isoformat() if date else None
    return None


def is_point_in_time(text: str) -> bool:
    """'Tuesday', 'Jan. 3', 'yesterday', 'last week', 'in 2019'; not '40 years', 'decades'."""
    lower = text.lower()
    if re.search(r"\b(years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", lower) and \
            not re.search(r"\b(ago|last|next|this|earlier|later)\b", lower):
        return False
    return bool(any(re.search(rf"\b{d}\b", lower) for d in WEEKDAYS)
                or MONTH_DAY.search(lower) or DAY_MONTH.search(lower) or MONTH_YEAR.match(lower)
                or YEAR.match(lower) or AGO.search(lower)
                or re.search(r"\b(yesterday|today|tonight|tomorrow|last (week|month)|next (week|month)|"
                             r"(this|earlier this|later this) (week|month|morning|afternoon|evening))\b", lower))


# --- clauses -----------------------------------------------------------------------------------

def _anchor(ent: Span) -> Token | None:
    """The verb (or event noun) a time expression dates: 'issued ... on Tuesday' -> issued."""
    token = ent.root
    for _ in range(6):
        if token.dep_ == "ROOT" and token.pos_ not in ("VERB", "AUX"):
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.pos_ == "NOUN" and token.dep_ != "pobj" and ent.root.dep_ in ("poss", "compound", "npadvmod"):
            return token  # "Friday's strike", "the Tuesday meeting"
    return None


def _clause_head(verb: Token) -> Token:
    """'failed to agree on quotas on Tuesday': the time dates the agreeing, but the clause that
    says what happened is the one with the subject ('Norway and Chile failed to agree ...'):
    an infinitive or gerund complement climbs to the verb that governs it."""
    for _ in range(3):
        if verb.dep_ in ("xcomp",) and verb.head.pos_ in ("VERB", "AUX", "ADJ") and \
                not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head
            if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "was unable to agree"
                verb = verb.head
            continue
        break
    return verb


def _is_future(verb: Token) -> bool:
    return any(c.lower_ in FUTURE_AUX or c.lower_ == "going" for c in verb.children) or verb.tag_ == "VB" and \
        any(c.lower_ == "to" for c in verb.children)


def _what(verb: Token, time: Span) -> tuple[str, int, int]:
    """The clause the verb heads, with its subject, without the time phrase or a trailing
    participle clause ('..., calling for ...' stays: it is what the letter did)."""
    doc = verb.doc
    skip = set(range(time.start, time.end))
    prep = time.root.head
    if time.root.dep_ == "pobj" and prep.dep_ == "prep" and len(list(prep.children)) == 1:
        skip.add(prep.i)
    tokens = [t for t in verb.subtree if t.i not in skip]
    if verb.dep_ in ("acl", "relcl") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        noun = verb.head  # "as the ECOWAS announced": the noun it describes is the subject
        tokens = [t for t in doc[noun.left_edge.i:noun.i + 1]] + tokens
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ in ("cc", "mark")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return "", verb.idx, verb.idx
    text = ""
    for before, token in zip([None] + tokens[:-1], tokens):
        if before is not None and token.i != before.i + 1 and not before.whitespace_:
            text += " "  # a clause left out between them: keep the words apart
        text += token.text_with_ws
    text = text.strip()
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,")
    return text, tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def find_events(parsed: Parsed, actors: ActorTable, published: str | None) -> list[Event]:
    events: list[Event] = []
    dated: set[int] = set()
    for ent in parsed.entities:
        if ent.label_ not in ("DATE", "TIME") or not is_point_in_time(ent.text):
            continue
        if YEAR.match(ent.text.strip()) and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"):
            continue  # "since 1979", "the 2015 deal": a year that is not when something happened
        dated_verb = _anchor(ent)
        anchor = _clause_head(dated_verb) if dated_verb is not None else None
        if anchor is None or anchor.i in dated:
            continue
        future = _is_future(anchor)
        if anchor is not dated_verb and not future:
            # "plans to meet on Friday" is ahead; "failed to agree on Tuesday" is past
            past = anchor.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                         for c in anchor.children)
            future = _is_future(dated_verb) and not past
        dated.add(anchor.i)
        what, start, end = _what(anchor, ent)
        if len(what.split()) < 3:
            continue
        who = []
        for mention in actors.mentions_in(start, end):
            if mention.actor not in who and mention.start >= start and mention.end <= end:
                who.append(mention.actor)
        when = re.sub(r"^(on|in|at)\s+", "", ent.text.strip(), flags=re.I)
        date = resolve(when, published, future=future)
        events.append(Event(id=f"e{len(events) + 1}", date=date, when=when, what=what[:400],
                            actors=who, evidence=[min(start, ent.start_char), max(end, ent.end_char)]))
    return events
