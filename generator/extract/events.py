"""Events: what happened, who took part, and when, with the date resolved where the article allows.

An event is a clause with a time expression: "The ministers issued a joint letter on Tuesday"
-> when "Tuesday", what "The ministers issued a joint letter", actors the ministers and the
letter. The date resolves against the publication date in the direction the clause's tense
gives (``dates``): in an article of Thursday 9 January, "issued ... on Tuesday" is the 7th,
"will meet on Tuesday" the 14th, "later this month" January at month precision. The clause is
made readable alone (``event_text``). Events of one thing told twice in an article are one
(``event_merge``).
With no publication date, relative expressions keep their words and no date: never a guessed one.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from generator.extract.actors import SPEAKING_VERBS, ActorTable
from generator.extract.actors.listed import has_proper_name
from generator.extract.dates import (FUTURE, MODAL, PAST, YEAR, Resolved, is_point_in_time, is_relative,
                                     resolve, resolve_when)
from generator.extract.event_checks import (SAYING, has_subject_and_verb, in_condition, readable_start, says_something,
                                            points_back, unnamed_subject)
from generator.extract.event_merge import one_per_happening, telling
from generator.extract.event_text import begins_inside_quote, clause_pieces, open_quote, render, shorten, tidy
from generator.extract.parsed import Parsed
from generator.model.factsheet import Event

__all__ = ["find_events", "is_point_in_time", "resolve", "resolve_when"]

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
MODALS = {"would", "may", "might", "could", "should", "must", "can", "ca"}
# Verbs and adjectives whose infinitive lies ahead of them: "plans to meet on Friday", "is due to
# vote next week", "agreed to meet on Friday".
PROJECTING = {"plan", "agree", "decide", "promise", "pledge", "vow", "threaten", "expect", "intend",
              "hope", "want", "aim", "prepare", "schedule", "set", "arrange", "offer", "propose", "seek",
              "slate", "due", "poised", "likely", "ready", "scheduled", "expected", "planned"}
# Verbs that arrange a date rather than happen on it ("was set for", "had been planned for")
SCHEDULED = {"schedule", "set", "slate", "plan", "arrange", "fix", "reschedule"}
# Subordinators after which a present tense stands for the future of the clause it depends on:
# "will meet him when he arrives on Wednesday".
TEMPORAL = {"when", "after", "before", "once", "until", "till", "if", "unless", "as"}
NOUN_MODIFIERS = ("poss", "compound", "nmod", "amod", "npadvmod")
OCCASION = {"in", "at", "on", "during"}
SUBJECT_NOUN, OCCASION_NOUN = "subject", "occasion"  # what a date before a noun dates


# --- which clause a time expression dates ------------------------------------------------------

def _anchor(ent: Span) -> tuple[Token, str | bool] | None:
    """The verb whose clause a time expression dates, and whether the expression dates a noun of
    it instead ("Friday's strike killed ...": the strike is Friday's, the clause tells of it).

    A date in front of a noun that is not the clause's subject dates that noun, not the clause:
    "the council postponed the June 12 vote" says nothing of what happened on June 12; so does
    a calendar date after such a noun ("a test in September").
    """
    root = ent.root
    after_noun = root.head.i < ent.start and is_relative(ent.text)  # "talks in Geneva next month":
    # a relative time after the noun is the parser's slip as often as not, and dates the clause
    if root.dep_ in NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i \
            and not after_noun:
        noun = root.head
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            return noun.head, SUBJECT_NOUN
        # the occasion of what the verb says: "added in a Wednesday briefing", "would not
        # emerge on Tuesday night", "told reporters on a conference call Friday"
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in OCCASION and prep.head.pos_ in ("VERB", "AUX"):
            return prep.head, OCCASION_NOUN
        return None
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN", "NUM") and \
            prep.head.dep_ not in ("nsubj", "nsubjpass") and not is_relative(ent.text):
        # "declared it complete, following a nuclear test in September": the test's date (and
        # "attacks such as the one on May 2": the attack's); a
        # weekday so placed ("held talks on Tuesday") is rather the parser's slip, and stays
        return None
    token = root
    for _ in range(6):
        if token.dep_ == "ROOT" and token.pos_ not in ("VERB", "AUX"):
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token, False
    return None


def _reporting(ent: Span, found: tuple[Token, str | bool]) -> tuple[Token, bool] | None:
    """'The minister said on Friday she would resign': a time between a reporting verb and the
    subject of what it reports is the reporting's, whatever the parse hangs it on; the resigning
    is undated ("said she would resign on Friday" is the resigning's)."""
    verb, dates_noun = found
    if dates_noun or verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEAKING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not verb.head.i < ent.start or ent.end > subject.left_edge.i:
        return None
    return verb.head, False


def _through_participle(verb: Token) -> tuple[Token, str] | None:
    """'In a statement released on Sunday, the ministry said ...', 'a report issued on Tuesday
    argued ...': a participle on the subject or the occasion of a clause dates that clause,
    which tells what happened; its noun keeps the time ("a report issued on Tuesday"). Not a
    state told in the present: "the forces remain weak, according to a report published in
    October" is not of October."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ in SCHEDULED or \
            any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # "the summit, scheduled for June 12, is moving ahead": the summit's date
    noun, target = verb.head, None
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        prep = prep.head  # "according to a statement released on Sunday"
    if noun.dep_ in ("nsubj", "nsubjpass"):
        target = noun.head
    elif noun.dep_ == "pobj" and (prep.lower_ in OCCASION or prep.lower_ == "according"):
        target = prep.head
    if target is None or target.pos_ not in ("VERB", "AUX") or \
            _own_tense(target) == "present" and target.lemma_ not in SPEAKING_VERBS:
        return None
    return target, OCCASION_NOUN


def _clause_head(verb: Token) -> tuple[Token, list[Token]]:
    """'failed to agree on quotas on Tuesday': the time dates the agreeing, but the clause that
    says what happened is the one with the subject ('Norway and Chile failed to agree ...'):
    an infinitive or gerund complement, or an infinitive of purpose ("pushed to keep the talks
    alive as recently as Tuesday"), climbs to the verb that governs it. Returns the head and
    the words climbed through."""
    chain = [verb]
    for _ in range(3):
        infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        if (verb.dep_ == "xcomp" or infinitive) and verb.head.pos_ in ("VERB", "AUX", "ADJ") and \
                not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head
            chain.append(verb)
            if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "was unable to agree"
                verb = verb.head
                chain.append(verb)
            continue
        break
    # "Speaking to reporters on Friday, the minister said ...": the participle is the saying
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ == "WRB" for c in verb.children):
        verb = verb.head
        chain.append(verb)
    return verb, chain


# --- tense -------------------------------------------------------------------------------------

def _own_tense(verb: Token) -> str | None:
    """future, past, "present" or None (an infinitive, a bare participle) from the verb's form
    and its auxiliaries."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & (FUTURE_AUX | MODALS) or verb.lower_ in FUTURE_AUX | MODALS:
        if "have" in words:
            return PAST  # "would have met"
        return FUTURE if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX else MODAL
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return PAST
    if verb.tag_ == "VBN":
        if any(c.lemma_ == "have" for c in aux) or not aux:
            return PAST  # "has met", and a participle alone ("a report issued on Tuesday")
        return "present"
    if verb.tag_ == "VBG":
        return FUTURE if any(c.tag_ in ("VBZ", "VBP") for c in aux) else None  # "is meeting on Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)
                                       for c in verb.children):
            return FUTURE  # "is to meet on Friday"
        return "present"
    if any(c.tag_ in ("VBZ", "VBP") and c.lemma_ == "do" for c in aux):
        return "present"
    return None


def clause_tense(dated: Token, chain: list[Token]) -> str | None:
    """Which way the clause points from the time it was written: future for will, "is to",
    "plans to", "is meeting"; modal (ahead, more loosely) for would/could/may; past for the past
    tense, the perfect, and a present reporting verb ("says"); a present under "when", "after",
    "once" ... takes the tense of the clause it depends on ("will meet her when she arrives")."""
    tense = _own_tense(dated)
    if tense is None and len(chain) > 1:
        governing = next((t for t in (_own_tense(g) for g in chain[1:]) if t is not None), None)
        if any(t.lemma_.lower() in PROJECTING or t.lower_ in PROJECTING for t in chain[1:]):
            # "plans to meet on Friday" is ahead; "agreed in 2003 to give up" is ahead of the
            # agreeing only, which was itself before: no direction from publication
            return None if governing == PAST else FUTURE
        tense = governing
    if tense == "present" and dated.dep_ == "advcl" and \
            any(c.lower_ in TEMPORAL and c.dep_ in ("mark", "advmod") for c in dated.children):
        governing = _own_tense(dated.head)
        if governing is not None:
            tense = governing
    if tense == "present":
        # "says" reports what was said; another present ("the vote comes after briefings on
        # Wednesday") gives no direction
        return PAST if dated.lemma_ in SPEAKING_VERBS else None
    return tense


def _inside_quote(ent: Span, text: str) -> bool:
    """Whether the expression stands inside quotation marks in its paragraph: "ready to fight
    tonight" counts from the day it was said, not from the article's."""
    before = text[text.rfind("\n", 0, ent.start_char) + 1:ent.start_char]  # its paragraph
    return open_quote(before) is not None


def _fits_tense(found: Resolved, tense: str | None, published: str | None) -> bool:
    """A past-tense clause cannot tell of a time after publication, nor a future one of a time
    before it: such a date belongs to something else in the sentence ("assured ... ahead of the
    June 12 summit")."""
    if published is None or tense not in (PAST, FUTURE):
        return True  # "would", "could": ahead of a clause that may itself be past
    start = dt.date.fromisoformat(found.date)
    end = {"day": start, "week": start + dt.timedelta(days=6),
           "month": (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1),
           "year": start.replace(month=12, day=31)}[found.precision]
    pub = dt.date.fromisoformat(published)
    if tense == PAST:
        return start <= pub + dt.timedelta(days=1)
    return end >= pub - dt.timedelta(days=1)


# --- events ------------------------------------------------------------------------------------

def _candidates(parsed: Parsed) -> list[tuple[Span, Token, str | bool]]:
    """(time expression, dated verb, dates-a-noun) for every point in time the article gives."""
    out = []
    furniture = parsed.furniture
    for ent in parsed.entities:
        if ent.label_ not in ("DATE", "TIME") or not is_point_in_time(ent.text):
            continue
        if any(i in furniture for i in range(ent.start, ent.end)):
            continue
        if YEAR.match(ent.text.strip()) and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in"):
            continue  # "since 1979", "the 2015 deal": a year that is not when something happened
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("every", "each"):
            continue  # "meets every September": a habit, not a time
        if _is_bound(ent):
            continue  # "before July 2015, the stockpile was large": a limit, not when it happened
        if "\n" in ent.text or _quoted_title(ent):
            continue  # "May 4, 2024 / Diaz notes ...": glued across lines; "on “Morning Report Sunday.”"
        ent = _own_words(ent)
        found = _anchor(ent)
        if found is not None:
            found = _reporting(ent, found) or _through_participle(found[0]) or found
            out.append((ent, found[0], found[1]))  # dates_noun: False, SUBJECT_NOUN or OCCASION_NOUN
        # "as recently as Tuesday, when the two leaders met": the clause on the time is dated by it
        for child in ent.root.children:
            if child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX") and \
                    any(c.lower_ == "when" for c in child.children):
                out.append((ent, child, False))
    return out


def _quoted_title(ent: Span) -> bool:
    """A time that ends a capitalised name in quotation marks is a title, not a time: "said on
    “Morning Report Tuesday.”", "told “This Week.”"."""
    doc = ent.doc
    after = ent.end
    while after < len(doc) and doc[after].is_punct and not doc[after].is_quote:
        after += 1
    before = ent.start - 1
    while before >= 0 and doc[before].pos_ == "PROPN" and ent.start - before < 5:
        before -= 1
    return after < len(doc) and doc[after].is_quote and before >= 0 and doc[before].is_quote \
        and all(t.text[:1].isupper() for t in ent)


def _own_words(ent: Span) -> Span:
    """The time expression alone: "next month" of "next month's anniversary" (the noun is what
    it dates), and with the "that" of "that December", which points back to a year the sentence
    does not give (and so leaves the date open)."""
    doc = ent.doc
    cut = next((t.i for t in ent[:-1] if t.tag_ == "POS"), None)
    if cut is not None and cut > ent.start:
        ent = Span(doc, ent.start, cut, label=ent.label_)
    if ent.start > 0 and doc[ent.start - 1].lower_ == "that" and not is_relative(ent.text):
        ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _describes(verb: Token) -> bool:
    """The clause says what its subject is or will be like ("the June 12 summit is shaping up to be
    a hard test", "next week's vote looks close"), not that it took place."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(c.dep_ in ("attr", "acomp", "oprd") for v in verbs for c in v.children)


def _on_a_noun(ent: Span) -> bool:
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


BOUNDS = {"before", "after", "since", "until", "till", "by", "through", "throughout", "from"}


def _is_bound(ent: Span) -> bool:
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.i == ent.root.i:
        return _after_since(ent)
    return prep.lower_ in BOUNDS or prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior")


def _own_clause_in_another_tense(clause: Token, head: Token) -> bool:
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return own and clause.pos_ in ("VERB", "AUX") and {_own_tense(clause), _own_tense(head)} == {PAST, "present"}


def _after_since(ent: Span) -> bool:
    """'on alert since the killing of the general last week': a time inside a "since" or "until"
    phrase (or right after one) is its noun's, whatever the parse; the clause it bounds has no
    date of its own."""
    token = ent.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.lower_ in ("since", "until", "till") and token.dep_ == "prep":
            return True
    if not ent.start:
        return False
    token = ent.doc[ent.start - 1]
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.lower_ in ("since", "until", "till") and token.dep_ == "prep":
            return token.right_edge.i == ent.start - 1
    return False


def _on_its_line(pieces, head: Token, ent: Span, text: str):
    """The pieces on the line of the time expression, or None when the clause's verb is not on
    it: a sentence the parser ran across a line break has glued a caption, a byline or a
    headline to the clause ("Slideshow (2 Images)" above "Officials met on Tuesday")."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    end = len(text) if end < 0 else end
    if not start <= head.idx < end:
        return None
    kept = [p for p in pieces if p.token is None or start <= p.token.idx < end]
    return kept if len(kept) == len(pieces) else tidy(kept)


def find_events(parsed: Parsed, actors: ActorTable, published: str | None) -> list[Event]:
    furniture = parsed.furniture
    found: list[tuple[Span, Token, Token, list[Token], str | bool]] = []
    heads: set[int] = set()
    for ent, dated_verb, dates_noun in _candidates(parsed):
        head, chain = _clause_head(dated_verb)
        if head.i in heads or head.i in furniture:
            continue
        heads.add(head.i)
        found.append((ent, dated_verb, head, chain, dates_noun))
    events: list[Event] = []
    tellings = {}  # id(event) -> how its clause tells it, to tell events of one happening
    for ent, dated_verb, head, chain, dates_noun in found:
        # a second verb with a date of its own is an event of its own: "arrived on Monday and
        # signed the accord on Tuesday" is two; and a clause of its own in another tense is not of
        # the time ("Last week rebels besieged the port, and their allies remain able to strike")
        others = set()
        for c in head.children:
            if c.dep_ == "conj" and (c.i in heads or _own_clause_in_another_tense(c, head)):
                others |= {t.i for t in c.subtree}
                others |= {s.i for s in head.children if s.dep_ in ("cc", "punct") and s.i == c.left_edge.i - 1}
        pieces = clause_pieces(head, ent, actors, set(furniture) | others, keep_time=bool(dates_noun))
        if pieces:
            pieces = _on_its_line(pieces, head, ent, parsed.text)
        if not pieces or in_condition(head):
            continue
        if _caption(ent, dated_verb, published):
            continue
        if head.lemma_ in SAYING and not says_something(pieces, head):
            continue  # (before the clause is cut to length: what it said may be what goes)
        pieces = shorten(pieces, head)
        what = render(pieces)
        words = what.split()
        if len(words) < 2 or not readable_start(pieces) or not has_subject_and_verb(pieces, head) or \
                unnamed_subject(pieces, head) or begins_inside_quote(what) or points_back(pieces, head):
            continue  # (a scrap of a quotation begun before the clause: its start is elsewhere)
        tokens = [p.token for p in pieces if p.token is not None]
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        verb_tense = clause_tense(dated_verb, chain)
        # a time on a noun ("over the killing on Friday", "added at a Wednesday briefing") is the
        # noun's: the verb's tense ("would consider ...") says nothing of which Friday, and a
        # noun's date that the tense rules out is not the clause's ("was looking at a June 12
        # summit", written in May)
        when = re.sub(r"^(on|in|at)\s+", "", ent.text.strip(), flags=re.I)
        tense = None if dates_noun == SUBJECT_NOUN or _on_a_noun(ent) or \
            dates_noun and not is_relative(when) else verb_tense
        resolved = resolve_when(when, published, tense)
        if resolved is not None and is_relative(when) and _inside_quote(ent, parsed.text):
            resolved = None  # counted from when it was said, which the article does not date
        if dates_noun == SUBJECT_NOUN and verb_tense != PAST and _describes(dated_verb):
            resolved = None  # what the June 12 summit is like, said before it: not of June 12
        if verb_tense == PAST and dated_verb.lemma_.lower() in SCHEDULED:
            # "the summit was scheduled for June 12": the date is the summit's, not the day it
            # was arranged, and the past tense says nothing of which June 12
            resolved = None
        if resolved is not None and not _fits_tense(resolved, verb_tense, published):
            if dates_noun:
                continue  # "the June 12 summit was canceled": not an event of June 12
            resolved = None
        who = []
        for piece in pieces:
            if piece.actor and piece.actor not in who and _takes_part(actors, piece.actor):
                who.append(piece.actor)
        for mention in actors.mentions_in(start, end):
            if mention.actor not in who and mention.start >= start and mention.end <= end \
                    and _takes_part(actors, mention.actor):
                who.append(mention.actor)
        events.append(Event(id="", date=resolved.date if resolved else None, when=when, what=what,
                            actors=who, evidence=[min(start, ent.start_char), max(end, ent.end_char)],
                            date_precision=resolved.precision if resolved else None))
        tellings[id(events[-1])] = telling(pieces, head, actors, who)
    events = one_per_happening(events, tellings, parsed.text)
    for n, event in enumerate(events, start=1):
        event.id = f"e{n}"
    return events


def _caption(ent: Span, verb: Token, published: str | None) -> bool:
    """A photo caption: a scene in the present tense closed by the day it was taken ("Delegates
    leave the palace in Lome, March 4, 2024."), page furniture, not a sentence of the story."""
    after = ent.end
    doc = ent.doc
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space):
        if "\n" in doc[after].text or doc[after].text in (".", "!", "?"):
            break
        after += 1
    ends = after >= len(doc) or doc[after].text in (".", "\n") or "\n" in doc[after].text
    if not ends or is_relative(ent.text) or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in SAYING \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    found = resolve_when(ent.text, published)
    return found is not None and published is not None and found.date <= published


def _takes_part(actors, actor: str) -> bool:
    """Whether an actor mentioned in an event's clause is one of its actors. A document named
    only by a common noun is how something was said, not who did it: in "the minister's tweet
    praised the crews" the minister acts, "tweet" does not."""
    return actors.kind_of(actor) != "document" or has_proper_name(actors.name_of(actor))
