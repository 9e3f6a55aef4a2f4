"""One event per happening: what an article tells twice is one event.

An article tells one thing more than once: in its lede and again further down ("the council
voted on Tuesday to extend the mandate" ... "on Tuesday the council voted to extend it"), in a
narration and in the quotation it narrates ("Okoro warned the rebels on Monday ..." ... "“They
will pay,” Okoro said on Monday"), in a clause and in a clause lifted from it. Each event keeps
a ``Telling`` of its clause (main verb, who does it, the words from the verb on) to tell them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.actors import ActorTable
from generator.extract.event_checks import SAYING
from generator.extract.event_text import render, subject_of
from generator.model.factsheet import Event

STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "at", "by", "from",
        "that", "this", "is", "was", "were", "are", "be", "been", "has", "have", "had", "its", "it",
        "he", "she", "they", "his", "her", "their", "as", "said", "says"}
QUOTE_MARKS = ("\"", "\u201c", "\u201d")
PREDICATE_WORDS = 4  # a predicate shorter than this ("was killed") is told of many things
SHARED_CONTENT = 2  # words two tellings of one doing share besides who, when and (mostly) the verb


@dataclass(frozen=True)
class Telling:
    """How an event's clause tells it: the lemma of its main verb, whether that is a verb of
    saying, who does it (the actor its subject names, the subject noun's lemma) and its
    predicate (the words from the verb and its auxiliaries on, spelled by ``_spelled``)."""
    verb: str
    says: bool
    doers: frozenset[str]
    noun: str
    others: frozenset[str]  # the people the event names besides its doers
    predicate: str


def telling(pieces, head: Token, actors: ActorTable, named: list[str]) -> Telling:
    """The Telling of an event's clause (its pieces, main verb, and the actors it names)."""
    says = head.lemma_ in SAYING and not any(c.dep_ == "prt" for c in head.children)  # not "called off"
    doers, noun = _doers(pieces, head, actors)
    others = frozenset(a for a in named if a not in doers and actors.kind_of(a) == "person")
    return Telling(head.lemma_.lower(), says, doers, noun, others, _predicate(pieces, head))


def _doers(pieces, head: Token, actors: ActorTable) -> tuple[frozenset[str], str]:
    """The actor the subject names (the name put in for a pronoun subject), and the subject
    noun's lemma."""
    found = {p.actor for p in pieces if p.token is None and p.actor}
    subject = subject_of(head)
    if subject is None and head.dep_ in ("relcl", "acl"):
        subject = head.head  # "the envoy, who arrived on Monday": the envoy
    if subject is None or subject.pos_ == "PRON":
        return frozenset(found), ""
    found.add(actors.actor_at_token(subject.i) or "")
    return frozenset(found - {""}), subject.lemma_.lower()


def _predicate(pieces, head: Token) -> str:
    verb_words = [n for n, p in enumerate(pieces) if p.token is not None and (
        p.token.i == head.i or p.token.head.i == head.i and p.token.dep_ in ("aux", "auxpass", "neg"))]
    return _spelled(render(pieces[min(verb_words):])) if verb_words else ""


def _spelled(text: str) -> str:
    """The words alone, lower case, one space apart: no quote marks or punctuation."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _words(text: str) -> set[str]:
    """The words of a text that say something (no function words), lower case."""
    return set(_spelled(text).split()) - STOP


def _same_time(a: Event, b: Event) -> bool:
    return a.date == b.date and (a.date is not None or (a.when or "").lower() == (b.when or "").lower())


def _same_words(a: Event, b: Event, words: dict[int, set[str]]) -> bool:
    wa, wb = words[id(a)], words[id(b)]
    if not wa or not wb or a.date != b.date or (a.actors and b.actors and not set(a.actors) & set(b.actors)):
        return False
    shared = len(wa & wb)
    return shared / len(wa | wb) >= 0.5 or shared / min(len(wa), len(wb)) >= 0.8


def _same_doing(a: Telling | None, b: Telling | None) -> bool:
    """The same one doing the same thing at the same time, told in other words: "Varnian lawmakers
    voted on Sunday for a bill ..." and "Lawmakers voted Sunday in favor of it"; a saying and a
    saying ("Okoro warned on Monday that ..." and "“They will pay,” Okoro said on Monday"), the
    same statement narrated and quoted."""
    if a is None or b is None:
        return False
    # one named by the same actor; or by the same noun, where one of them names no actor ("Varnian
    # lawmakers voted" and "lawmakers voted"; not "Varnian officials" and "Lundish officials")
    if not a.doers & b.doers and not (a.noun and a.noun == b.noun and not (a.doers and b.doers)):
        return False
    if a.others and b.others and not a.others & b.others:
        return False  # "Okoro spoke to Lund on Monday" and "Okoro spoke to Diaz on Monday": two calls
    return a.verb == b.verb or a.says and b.says


def _shares_content(a: Event, b: Event, words: dict[int, set[str]]) -> bool:
    """Two events of one doer on one day tell one thing only when they share what it is about:
    "Okoro warned Varnia on Monday that it must lift the blockade" and "“Varnia lifts the
    blockade or pays,” Okoro said on Monday" share Varnia and the blockade; "Okoro met the press
    on Monday" and "Okoro met Lundish envoys on Monday" share nothing but Okoro, the day and the verb."""
    who_and_when = _words(" ".join(a.actors + b.actors).replace("-", " ")) | _words(f"{a.when} {b.when}")
    return len((words[id(a)] & words[id(b)]) - who_and_when) >= SHARED_CONTENT


def _lifted(inner: Event, outer: Event, words: dict[int, set[str]], text: str) -> bool:
    """A clause lifted from a longer event of its sentence, whatever its date: "Okoro said on
    Friday he would visit Vanta on June 2" holds "he would visit Vanta" (June 2) whole; so it
    does when the longer one was cut short and the lifted clause runs on past its cut (its
    other words all after the longer one's end)."""
    if inner is outer or len(inner.what) >= len(outer.what) or \
            not (inner.evidence[0] < outer.evidence[1] and outer.evidence[0] < inner.evidence[1]):
        return False
    own = words[id(inner)]
    if not own or inner.when.lower() not in outer.what.lower():  # its time with it: the timeline loses nothing
        return False
    shared = len(own & words[id(outer)]) / len(own)
    if shared >= 0.8:
        return True
    run_on = _words(text[outer.evidence[1]:inner.evidence[1]]) if inner.evidence[1] > outer.evidence[1] else set()
    return shared >= 0.5 and own - words[id(outer)] <= run_on


def _within(inner: Event, outer: Event) -> bool:
    """'Okoro said the bridge "should have been built years ago"': the undated event of
    the words reported lies in the event of their saying, and tells nothing more."""
    # of two events on the very same words, the shorter one goes (or neither): never both
    return inner is not outer and inner.date in (None, outer.date) and \
        outer.evidence[0] <= inner.evidence[0] and inner.evidence[1] <= outer.evidence[1] and \
        (inner.evidence != outer.evidence or len(inner.what) < len(outer.what))


def _told_in(inner: Event, outer: Event, tellings: dict[int, Telling]) -> bool:
    """The event's predicate is written out whole in a longer event, at no other date: "Okoro
    wrote that the bridge “should have been built years ago”" and, quoting the post further
    down, "the bridge should have been built years ago"."""
    told = tellings.get(id(inner))
    if inner is outer or told is None or len(told.predicate.split()) < PREDICATE_WORDS or \
            len(inner.what) >= len(outer.what) or inner.date not in (None, outer.date):
        return False
    return f" {told.predicate} " in f" {_spelled(outer.what)} "


def _opens_on_quote(event: Event) -> bool:
    return event.what.startswith(QUOTE_MARKS)


def one_per_happening(events: list[Event], tellings: dict[int, Telling], text: str) -> list[Event]:
    """Events of the same thing in one article are one: events of the same date, actors in common
    and the same words for the most part (the one naming the most actors stays, then the
    longest); the same one doing the same thing at the same time (``_same_doing``: the first told
    stays, a narration before a quotation); an undated event inside another's evidence
    (``_within``), told whole in another (``_told_in``), or a clause lifted from another
    (``_lifted``). `tellings` maps id(event) to its Telling."""
    words = {id(e): _words(e.what) for e in events}  # each event's words, read once
    merged_into: dict[int, Event] = {}  # id(an event merged away) -> the event that stays for it
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (-len(e.actors), -len(e.what), e.evidence[0])):
        _keep_or_merge(event, kept, merged_into, lambda other: _same_words(event, other, words))
    once: list[Event] = []
    for event in sorted(kept, key=lambda e: (_opens_on_quote(e), e.evidence[0])):
        told = tellings.get(id(event))
        _keep_or_merge(event, once, merged_into, lambda other: _same_time(event, other) and
                       _same_doing(told, tellings.get(id(other))) and _shares_content(event, other, words))
    # what lies in an event merged away lies in the one that stays for it (unless that is itself)
    outers = once + [e for e in events if id(e) in merged_into]
    once = [e for e in once if not any(
        _stays_for(other, merged_into) is not e and
        (_within(e, other) or _lifted(e, other, words, text) or _told_in(e, other, tellings))
        for other in outers)]
    return sorted(once, key=lambda e: e.evidence[0])


def _stays_for(event: Event, merged_into: dict[int, Event]) -> Event:
    while id(event) in merged_into:
        event = merged_into[id(event)]
    return event


def _keep_or_merge(event: Event, kept: list[Event], merged_into: dict[int, Event], same) -> None:
    """Keep the event, or note the kept one it is the same as."""
    other = next((o for o in kept if same(o)), None)
    if other is None:
        kept.append(event)
    else:
        merged_into[id(event)] = other
