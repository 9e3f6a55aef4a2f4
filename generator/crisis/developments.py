"""Developments: the event mentions of a crisis's articles that report one thing, merged into one
row with every article and outlet that reported it, the earliest report first, and each article's
account side by side. An article's headline is a mention too (its report, dated the day it was
published): five outlets' copies of one headline and the events of other articles that tell the
same thing are one development.

Two mentions report one thing when their dates meet (the same day or the next; a week, month or
year holds its days), they share words that say what happened (weighted by how rare each word is
in the crisis, so "summit" in every article of a summit crisis tells little and "cancel" much)
and, unless the words alone are decisive, an actor. Mentions are compared only inside a date
window and only when they share a telling word (an index of word to mentions per day and per
month), so the time grows with the number of mentions, not with its square. Accounts worded
apart ("killed in an airstrike", "a drone strike killed") meet through the class of their main
verb on the escalation scale and a protagonist in common (``_kind_links``).

Background: a development dated well before the crisis's first article (history, an earlier
episode) is ``background`` (see ``background_cutoff``)."""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from generator.crisis.escalation import event_kind, scale_words
from generator.crisis.identities import published_date
from generator.crisis.names import NEGATORS, actor_forms, capitalised, fold, negation_folded
from generator.crisis.relations import STOPWORDS, stem
from generator.crisis.union_find import UnionFind
from generator.extract.outlets import display_name, outlet_key
from generator.model.slug import slugify
from generator.model.values import day_of, items, iso_date, next_month, span_text

ADJACENT = 1            # days: a report filed the next day (another time zone, a later edition) meets
RUN_UP = dt.timedelta(days=7)  # the least run-up to a crisis counted as the crisis (see background_cutoff)
TELLING_SHARE = 0.05    # a word in more than this share of the mentions never pairs them alone ...
TELLING_FLOOR = 8       # ... unless it is in fewer than this many
SAME_WORDS = 0.5        # share of the shorter account's word weight two accounts must share ...
ALONE_WORDS = 0.8       # ... and, with no actor in common, this share
TELLING_WORDS = 2       # or the telling words, with an actor, that make two accounts one (one more if undated)
UNDATED_WORDS = 0.65    # an undated mention joins a dated development on more words than a dated one
LEDE_CHARS = 600        # the opening of an article counted as its lede, when its lede field is shorter
KIND_SCORE = 0.3        # two accounts of one class about one actor: weaker than accounts in one wording
CENTRAL_SHARE = 0.3     # an actor named in more of the mentions (the states of the crisis) pairs nothing alone
ID_WORDS = 4            # words of `what` in a development's id
# Words that say somebody spoke, not what happened ("Trump said", "Pompeo told reporters"), when
# (the days, months and "last week" of a date already read), light verbs ("made", "took") and
# who-words ("the Trump administration", "top officials": actors, not what they did).
REPORTING = frozenset("""said say says saying told tell tells according added adds reported reports
noted claimed stated statement statements asked wrote write writes tweeted tweet week month year
today tonight yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
earlier later last next ago new made make makes making take takes took taken came come comes
went goes gone get gets got top administration government official officials leader leaders
spokesman spokeswoman spokesperson""".split())


@dataclass
class Mention:
    """One account of something that happened: an event of a sheet, or an article's headline."""
    article: str
    event: str | None           # the sheet's event id; None for the headline
    what: str
    date: dt.date | None
    precision: str | None
    lo: dt.date | None          # the days the date may mean, first and last
    hi: dt.date | None
    actors: frozenset
    words: frozenset
    evidence: list | None
    order: int                  # place in the article: the headline first, then by evidence
    ahead: bool                 # dated after its own report: an announcement
    published: str | None
    negated: bool = False       # says something did not happen ("the summit will not be held")
    kind: str | None = None     # the class of its main verb on the escalation scale ("fight", "cancel")
    kind_words: frozenset = frozenset()   # its words of the scale, as `words` holds them
    index: int = 0


@dataclass
class Context:
    weights: dict[str, float]
    actor_weights: dict[str, float]
    telling: set[str] = field(default_factory=set)
    actor_share: dict[str, float] = field(default_factory=dict)   # share of the mentions naming each actor


def developments_of(members: list[dict], period: dict) -> list[dict]:
    """The developments of a crisis whose articles' (unified) sheets are `members`, in date order
    (undated last); `period` is the crisis's {first, last} publication dates."""
    mentions = [m for sheet in members for m in _mentions(sheet)]
    for i, m in enumerate(mentions):
        m.index = i
    context = _context(mentions)
    groups = UnionFind()
    spans = {i: _span(m) for i, m in enumerate(mentions)}
    ledes = {s["id"]: _lede_end(s) for s in members}
    for score, i, j in sorted(_links(mentions, context, ledes), key=lambda x: (-x[0], x[1], x[2])):
        _join(groups, spans, i, j)
    clusters = defaultdict(list)
    for m in mentions:
        clusters[groups.find(m.index)].append(m)
    publishers = {s["id"]: (s.get("article") or {}).get("publisher") for s in members}
    cutoff = background_cutoff(period)
    rows = [_development(c, context, publishers, cutoff) for c in clusters.values()]
    _assign_ids(rows)
    return sorted(rows, key=lambda d: (d["date"] is None, d["date"] or "", d["id"]))


def placements(developments: list[dict], undated: set[str]) -> dict[str, str]:
    """The day each undated article is placed on: the latest of the developments it reports that
    another article of the crisis reports too, dated to the day and of the crisis (not background, not
    announced ahead); an article reports what happened before it, so it was written after. An
    undated article that reports nothing dated elsewhere is not placed (it stands apart)."""
    out: dict[str, str] = {}
    for d in developments:
        # Only a day places an article: a month's development is stored as its 1st, which the
        # article may be weeks after.
        if not d["date"] or d.get("date_precision") != "day" or d["background"] or d["ahead"] \
                or len(d["articles"]) < 2:
            continue
        for article in undated.intersection(d["articles"]):
            out[article] = max(out.get(article, d["date"]), d["date"])
    return out


def ahead_of_reports(development: dict, period: dict | None) -> bool:
    """Whether a development is dated ahead of what reports it, an announcement ("a vote next
    week") rather than what happened: an article dates it after its own report (``ahead``), or
    it lies after the crisis's newest report (`period`'s last; an undated article's dates)."""
    date, last = iso_date(development.get("date")), (period or {}).get("last")
    return bool(development.get("ahead") or (date and last and date > last))


# --- when: background and the days a date may mean -----------------------------------------------

def background_cutoff(period: dict) -> dt.date | None:
    """The day before which a date is history, not the crisis. Articles recount the run-up to
    their story ("after last week's embassy siege, the US struck"): that run-up is part of the
    crisis when it is about as recent as the crisis's own reporting is long, and at least a week
    (a crisis reported for two days still began with what provoked it). Half the reported period
    back from the first article, at least RUN_UP: for a crisis reported over two months, what
    happened a month before it is its run-up; a war decades ago, or last year's episode, is
    background."""
    first, last = day_of(period.get("first")), day_of(period.get("last"))
    if first is None:
        return None
    length = (last - first) if last else dt.timedelta(0)
    return first - max(RUN_UP, length / 2)


def is_background(date, precision, cutoff: dt.date | None) -> bool:
    """Whether every day `date` (at `precision`) may mean lies before `cutoff`: "2019" is
    background to a crisis that began in March 2020; "December 2019" to one that began on
    January 3, 2020 is not, as it may be its last days."""
    day = day_of(date)
    return bool(day and cutoff and _range(day, precision)[1] < cutoff)


def _range(day: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    if precision == "week":
        return day, day + dt.timedelta(days=6)
    if precision == "month":
        following = next_month(day)
        return day, following - dt.timedelta(days=1)
    if precision == "year":
        return day, day.replace(month=12, day=31)
    return day, day


# --- the mentions of one article -----------------------------------------------------------------

def _mentions(sheet: dict) -> list[Mention]:
    article = sheet.get("article") or {}
    published = published_date(sheet)
    names = _name_words(sheet)
    out = []
    title = " ".join(str(article.get("title") or "").split())
    if title:
        out.append(_headline(sheet["id"], title, published, _title_actors(sheet, title), names))
    body = article.get("body") or ""
    for e in items(sheet, "events"):
        what = " ".join(str(e.get("what") or "").split()) or span_text(body, e.get("evidence")) or ""
        day = day_of(iso_date(e.get("date")))
        precision = (e.get("date_precision") or "day") if day else None
        lo, hi = _range(day, precision) if day else (None, None)
        evidence = list(e["evidence"]) if isinstance(e.get("evidence"), list) else None
        out.append(Mention(
            article=sheet["id"], event=e.get("id"), what=what, date=day, precision=precision, lo=lo, hi=hi,
            actors=frozenset(a for a in e.get("actors") or [] if a), words=_words(what, names),
            evidence=evidence, order=evidence[0] if evidence else 1 << 30,
            ahead=bool(day and published and day.isoformat() > published), published=published,
            negated=_negated(what), **_kind_of(what)))
    return out


def _headline(article: str, title: str, published: str | None, actors: frozenset, names) -> Mention:
    """The headline as a mention: it reports what happened on the day the article came out or
    the day before (the day's news is filed that night, or read the next morning)."""
    day = day_of(published)
    return Mention(article=article, event=None, what=title, date=day, precision="day" if day else None,
                   lo=day - dt.timedelta(days=ADJACENT) if day else None, hi=day, actors=actors,
                   words=_words(title, names), evidence=None, order=-1, ahead=False, published=published,
                   negated=_negated(title), **_kind_of(title))


def _lede_end(sheet: dict) -> int:
    """Where the article's lede ends in its body: its lede field, or its opening LEDE_CHARS when
    that field is shorter (a body may open on a dateline, a byline or an update's summary)."""
    article = sheet.get("article") or {}
    body, lede = article.get("body") or "", " ".join(str(article.get("lede") or "").split())
    at = body.find(lede[:40]) if lede else -1
    return max(max(at, 0) + len(lede), LEDE_CHARS)


def _name_words(sheet: dict) -> frozenset:
    """The words of the sheet's actor names and roles: in an account they name an actor (counted
    as one), they do not say what happened."""
    out = set()
    for a in items(sheet, "actors"):
        for name in [a.get("name"), *(a.get("aliases") or [])]:
            out.update(fold(name).split())
        for role in a.get("roles") or []:
            out.update(fold(role.get("title") if isinstance(role, dict) else "").split())
    return frozenset(out)


def _title_actors(sheet: dict, title: str) -> frozenset:
    """The sheet's actors a headline names, by a name or alias, or a person's surname
    ("Trump calls off meeting with Kim Jong Un")."""
    text = f" {fold(title)} "
    return frozenset(a["id"] for a in items(sheet, "actors") if any(f" {f} " in text for f in actor_forms(a)))


def _kind_of(text: str) -> dict:
    """The class of an account's main verb and its words of the scale: those say the class, not
    what it was done to ("warned" is no object two warnings share)."""
    kind = event_kind(text)
    return {"kind": kind, "kind_words": frozenset(_key(w) for w in scale_words(text)) if kind else frozenset()}


def _negated(text: str) -> bool:
    return any(w in NEGATORS for w in negation_folded(text))


def _words(text: str, names: frozenset) -> frozenset:
    """What an account says happened, as word stems cut to six letters ("cancelled",
    "canceling", "cancellation" are one), without names, reporting verbs and short words; a
    number of two digits or more stays (the "52 sites" Trump threatened tell the story). In a
    sentence (not a Title Case headline) a capitalised word after the first is a name: "the
    Middle East", "Iraq's acting Prime Minister" say where and who, not what."""
    tokens = text.split()
    title_case = sum(t[:1].isupper() for t in tokens) > 0.6 * len(tokens) if tokens else False
    kept = [t for n, t in enumerate(tokens) if title_case or n == 0 or not t[:1].isupper()]
    out = set()
    for w in fold(" ".join(kept)).replace(",", "").split():
        if w.isdigit() and len(w) >= 2:
            out.add(w)
            continue
        if len(w) < 3 or w.isdigit() or w in STOPWORDS or w in REPORTING or w in NEGATORS or w in names:
            continue
        out.add(_key(w))
    return frozenset(out)


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    return stem(word)[:6]


# --- which mentions report one thing --------------------------------------------------------------

def _context(mentions: list[Mention]) -> Context:
    """Word and actor weights over the crisis: a word in few mentions tells more (idf)."""
    n = len(mentions) or 1
    words = Counter(w for m in mentions for w in m.words)
    actors = Counter(a for m in mentions for a in m.actors)
    cap = max(TELLING_FLOOR, TELLING_SHARE * n)
    return Context(weights={w: math.log((1 + n) / (1 + c)) + 0.1 for w, c in words.items()},
                   actor_weights={a: math.log((1 + n) / (1 + c)) + 0.1 for a, c in actors.items()},
                   telling={w for w, c in words.items() if c <= cap},
                   actor_share={a: c / n for a, c in actors.items()})


def _links(mentions: list[Mention], context: Context, ledes: dict[str, int]) -> list[tuple]:
    """(score, i, j) for each pair of mentions that report one thing, found through an index of
    telling words per day and per month (a pair shares at least one). A mention dated only to
    its week, month or year, or not at all, keeps only its best pair: "Trump canceled the summit"
    of "late May" may be the cancellation of May 24 or another; it goes to the closest and
    never ties two developments together."""
    by_day, by_month = defaultdict(list), defaultdict(list)
    for m in mentions:
        for w in m.words & context.telling if m.lo else ():
            if not _loose(m):
                for offset in range((m.hi - m.lo).days + 1):
                    by_day[(w, m.lo + dt.timedelta(days=offset))].append(m)
            for month in _months(m):
                by_month[(w, month)].append(m)
    by_word = defaultdict(list)
    for (w, _), rows in by_month.items():
        by_word[w].extend(rows)
    scores: dict[tuple[int, int], float] = {}
    for m in mentions:
        for other in _candidates(m, context, by_day, by_month, by_word):
            pair = (min(m.index, other.index), max(m.index, other.index))
            if pair[0] != pair[1] and pair not in scores:
                needed = UNDATED_WORDS if m.lo is None or other.lo is None else SAME_WORDS
                scores[pair] = _same_thing(m, other, context, needed)
    kept = _best_of_loose({p: v for p, v in scores.items() if v}, mentions)
    for pair, score in _kind_links(mentions, context).items():
        kept[pair] = max(kept.get(pair, 0.0), score)
    kept.update(_headline_links(mentions, ledes))
    return [(score, i, j) for (i, j), score in kept.items()]


def _kind_links(mentions: list[Mention], context: Context) -> dict:
    """Pairs of day-dated mentions whose main verbs are of one class of the escalation scale,
    on days that meet, about one actor: "Soleimani was killed in a US airstrike" and "the drone
    strike that killed Soleimani" share no telling word, but both are a `fight` of the US on
    Soleimani that Friday. A threat and an attack the same day with the same actors are two
    classes, so two things; the class is that of the main verb, so "Iran vowed revenge after the
    strike" is a threat, not the strike. Found through an index of class to mentions per day."""
    by_day = defaultdict(list)
    for m in mentions:
        if m.kind and m.lo and not _loose(m):
            by_day[(m.kind, m.lo)].append(m)
    out = {}
    for m in mentions:
        if not (m.kind and m.lo) or _loose(m):
            continue
        for offset in range(-ADJACENT, ADJACENT + 1):
            for other in by_day.get((m.kind, m.lo + dt.timedelta(days=offset)), ()):
                pair = (min(m.index, other.index), max(m.index, other.index))
                if other.index > m.index and pair not in out:
                    score = _same_kind(m, other, context)
                    if score:
                        out[pair] = score
    return out


def _same_kind(a: Mention, b: Mention, context: Context) -> float:
    """How surely two mentions of one class on days that meet report one thing (0: they do not):
    they must share an actor the crisis does not name everywhere (a protagonist, not the state
    in every other sentence), or an actor and telling words enough of what they tell besides the
    class (its object and place: "Iran fired missiles at the Ain al-Asad base" and "Iranian
    missiles struck the Ain al-Asad air base")."""
    if a.article == b.article or a.ahead != b.ahead or a.negated != b.negated or not _meet(a, b):
        return 0.0
    actors = a.actors & b.actors
    if not actors:
        return 0.0
    central = [x for x in actors if context.actor_share.get(x, 1.0) <= CENTRAL_SHARE]
    objects = (a.words & b.words & context.telling) - a.kind_words - b.kind_words
    if not (central or len(objects) >= TELLING_WORDS):
        return 0.0
    return KIND_SCORE + 0.01 * len(objects)


def _loose(m: Mention) -> bool:
    """Dated no closer than a week, or not at all (a headline holds its day)."""
    return m.lo is None or (m.event is not None and m.precision != "day")


def _best_of_loose(scores: dict, mentions: list[Mention]) -> dict:
    best: dict[int, tuple[float, tuple]] = {}
    for pair, score in scores.items():
        for side in pair:
            if _loose(mentions[side]) and (side not in best or (score, -pair[0], -pair[1]) > best[side][0]):
                best[side] = ((score, -pair[0], -pair[1]), pair)
    chosen = {pair for _, pair in best.values()}
    return {p: v for p, v in scores.items()
            if p in chosen or not (_loose(mentions[p[0]]) or _loose(mentions[p[1]]))}


def _headline_links(mentions: list[Mention], ledes: dict[str, int]) -> dict:
    """An article's headline and its first event, when that is told in the lede, report one
    thing: a news story opens on its news ("Trump calls off meeting with Kim" over "President
    Trump canceled his planned summit with Kim Jong Un"), so what one outlet's headline calls
    "calls off" and another's lede calls "canceled" meet through each article's own pair."""
    by_article = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out = {}
    for article, rows in by_article.items():
        headline = next((m for m in rows if m.event is None), None)
        events = sorted((m for m in rows if m.event is not None and m.evidence), key=lambda m: m.order)
        if not headline or not events or events[0].order > ledes.get(article, 0):
            continue
        lede = events[0]
        if lede.ahead or lede.negated != headline.negated or not (lede.actors & headline.actors):
            continue
        if lede.lo and headline.lo and not _meet(lede, headline):
            continue
        out[(min(headline.index, lede.index), max(headline.index, lede.index))] = 1.0
    return out


def _months(m: Mention) -> list[tuple[int, int]]:
    out, day = [], m.lo.replace(day=1)
    while day <= m.hi:
        out.append((day.year, day.month))
        day = next_month(day)
    return out


def _candidates(m: Mention, context: Context, by_day, by_month, by_word):
    """The mentions `m` may be paired with: those sharing a telling word on a day that meets its
    own (the day before to the day after), or in a month its date may mean; for an undated
    mention, any dated one with a telling word in common, no later than its article."""
    words = m.words & context.telling
    if m.lo is None:  # placed by a mention dated to its day, never by another loose one
        for w in words:
            yield from (o for o in by_word.get(w, ()) if not o.ahead and not _loose(o)
                        and not (m.published and o.lo.isoformat() > m.published))
        return
    for w in words:
        if not _loose(m):
            for offset in range(-ADJACENT, (m.hi - m.lo).days + ADJACENT + 1):
                yield from by_day.get((w, m.lo + dt.timedelta(days=offset)), ())
        for month in _months(m):
            yield from (o for o in by_month.get((w, month), ()) if _loose(m) or _loose(o))
    # an undated mention finds its dated partners itself (above)


def _meet(a: Mention, b: Mention) -> bool:
    """Whether the days two dates may mean touch, or are a day apart."""
    return a.lo <= b.hi + dt.timedelta(days=ADJACENT) and b.lo <= a.hi + dt.timedelta(days=ADJACENT)


def _same_thing(a: Mention, b: Mention, context: Context, needed: float = SAME_WORDS) -> float:
    """How surely two mentions report one thing (0: they do not). "Trump canceled the summit
    with Kim" and "Trump scrapped the summit with Kim" share too little of their words apart from
    "summit"; "Trump canceled his planned summit" and "Trump abruptly canceled the summit in a
    letter" share "cancel" and "summit" and Trump: one thing. "Trump met Moon" and "Trump
    canceled the summit", the same day with the same actors, share no telling word: two things."""
    if a.ahead != b.ahead or a.negated != b.negated or (a.lo and b.lo and not _meet(a, b)):
        return 0.0
    shared = a.words & b.words
    telling = shared & context.telling
    if not telling:
        return 0.0
    weight = context.weights
    share = sum(weight[w] for w in shared) / (
        min(sum(weight[w] for w in a.words), sum(weight[w] for w in b.words)) or 1.0)
    actors = a.actors & b.actors
    # Enough of the shorter account said again, or (with an actor in common) telling words
    # enough that no other thing of those days would share them: "52 Iranian sites" and "struck
    # 52 sites", "the port of Avel closed" and "closed Avel's port to all ships".
    said_again = len(shared) >= 2 and share >= needed and (actors or share >= max(needed, ALONE_WORDS))
    rare_words = bool(actors) and len(telling) >= (TELLING_WORDS + (needed > SAME_WORDS))
    if not (said_again or rare_words):
        return 0.0
    return share + 0.1 * sum(context.actor_weights[x] for x in actors)


def _span(m: Mention) -> tuple:
    """What a group's day-precise mentions allow: the latest first day and the earliest last day."""
    if m.lo is None or m.precision != "day":
        return (None, None)
    return (m.lo, m.hi)


def _join(groups: UnionFind, spans: dict, i: int, j: int) -> None:
    """Put two mentions' groups together unless their day-precise dates would then lie more than
    a day apart (no chain of adjacent days makes a week one development)."""
    a, b = groups.find(i), groups.find(j)
    if a == b:
        return
    (lo_a, hi_a), (lo_b, hi_b) = spans[a], spans[b]
    los = [d for d in (lo_a, lo_b) if d]
    his = [d for d in (hi_a, hi_b) if d]
    if los and his and (max(los) - min(his)).days > ADJACENT:
        return
    groups.union(a, b)
    spans[groups.find(a)] = (max(los) if los else None, min(his) if his else None)


# --- one development -------------------------------------------------------------------------------

def _development(mentions: list[Mention], context: Context, publishers: dict, cutoff) -> dict:
    ordered = sorted(mentions, key=lambda m: (m.published or "9999", m.article, m.order))
    articles = list(dict.fromkeys(m.article for m in ordered))
    date, precision = _date_of(mentions)
    first = [m for m in ordered if m.article == articles[0]]
    evidence = next((m.evidence for m in first if m.evidence), None)
    actors = Counter(a for m in mentions for a in m.actors)
    return {
        "id": None, "date": date.isoformat() if date else None, "date_precision": precision,
        "what": capitalised(_representative(mentions, context).what),
        "actors": [a for a, _ in sorted(actors.items(), key=lambda x: (-x[1], x[0]))],
        "articles": articles, "outlets": _outlets(articles, publishers), "evidence": evidence,
        "accounts": [{"article": m.article, "event": m.event, "what": m.what, "evidence": m.evidence}
                     for m in ordered],
        "ahead": any(m.ahead for m in mentions),
        "background": is_background(date, precision, cutoff),
    }


def _date_of(mentions: list[Mention]) -> tuple[dt.date | None, str | None]:
    """The date most events give at the finest precision any gives, the earliest on a tie; with
    no event dated to its day, the day of the first headline that reports it."""
    events = [m for m in mentions if m.event is not None and m.date]
    headlines = sorted(m.date for m in mentions if m.event is None and m.date)
    if headlines and not any(m.precision == "day" for m in events):
        return headlines[0], "day"
    if not events:
        return None, None
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    finest = min(rank.get(m.precision, 3) for m in events)
    days = Counter(m.date for m in events if rank.get(m.precision, 3) == finest)
    day = sorted(days.items(), key=lambda x: (-x[1], x[0]))[0][0]
    return day, next(m.precision for m in events if m.date == day and rank.get(m.precision, 3) == finest)


def _outlets(articles: list[str], publishers: dict) -> list[str]:
    names: dict[str, list[str]] = {}
    for a in articles:
        publisher = publishers.get(a)
        if publisher:
            names.setdefault(outlet_key(publisher), []).append(publisher)
    return [display_name(list(dict.fromkeys(n))) for n in names.values()]


def _representative(mentions: list[Mention], context: Context) -> Mention:
    """The account that says best what the others say, as a reader's sentence: the one sharing
    the most word weight with the rest, weighed by how readable it is (`_readability`)."""
    def shared(m):
        return sum(context.weights.get(w, 0) for o in mentions if o is not m for w in m.words & o.words)
    most = max((shared(m) for m in mentions), default=0) or 1.0
    return max(mentions, key=lambda m: (shared(m) / most + _readability(m.what), -m.index))


def _readability(text: str) -> float:
    """How well an account reads alone: a sentence of five to thirty words that tells, not
    quotes ("I feel it is inappropriate," Trump wrote), with no dateline ("SEOUL (Reuters) -"),
    label ("OPINION:") or question."""
    words = text.split()
    score = 1.0
    if len(words) < 5:
        score -= 0.4
    if len(words) > 30:
        score -= 0.3
    if re.search(r"[\"“”]", text):
        score -= 0.5
    if re.match(r"^[A-Z /]+(\([A-Za-z ]+\))?\s*[-—–]", text) or re.match(r"^[A-Z]+:", text):
        score -= 0.5
    if re.search(r"\b(I|we|you|my|our|me)\b", text) or text.rstrip().endswith("?"):
        score -= 0.4
    if sum(w[:1].isupper() for w in words) > 0.6 * len(words):
        score -= 0.2  # Title Case Headline
    return score


def _assign_ids(rows: list[dict]) -> None:
    """Ids from the date and the first words of `what`: readable, and the same while no article
    that reports the development is added. Two the same get -2, -3 in the order of their first
    article."""
    taken: set[str] = set()
    for row in sorted(rows, key=lambda r: (r["date"] or "", r["articles"][0], r["accounts"][0]["event"] or "")):
        words = [w for w in fold(row["what"]).split() if w not in STOPWORDS and w not in REPORTING][:ID_WORDS]
        # A `what` in a script slugify cannot spell gets a stable id from its characters.
        base = f"{row['date'] or 'undated'}-{slugify(' '.join(words) or row['what'], fallback=None)}"
        row["id"], n = base, 1
        while row["id"] in taken:
            n += 1
            row["id"] = f"{base}-{n}"
        taken.add(row["id"])
