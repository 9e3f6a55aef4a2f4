"""Articles that name no crisis, clustered into crises by the actors they share: near-linear in
the number of articles, and without chaining.

Each article is a vector over the actors it names, each weighted by how much sharing it says
about two articles belonging together: a named person more than a state, an organization or a
group; an actor the article mentions again and again more than one named in passing; and any
actor less the more of the archive names it (inverse document frequency: a state or the United
Nations named everywhere links little, a person of one story links much). Two articles are as
similar as the cosine of their vectors.

A crisis holds together by average linkage: an article joins a crisis, and two crises join, only
when the average similarity over all their pairs of articles reaches COHESION, so a chain of
articles each sharing a little with the next never becomes one crisis. The average is exact and
cheap: it is the dot product of the two sides' sums of unit vectors, divided by their sizes.

1. Articles are taken in date order. Each joins the running crisis it is closest to on average
   (if that reaches COHESION), else starts one. A crisis runs while its latest article is at
   most WINDOW_DAYS older than the article at hand: the window moves with the story. The
   candidates come from an inverted index (actor -> running crises), so an article is compared
   with the few crises running when it was published, never with the whole archive.
2. Undated articles then join the closest crisis of any date (their actors decide).
3. Crises are merged, closest pair first, while their average similarity reaches COHESION and
   the bulk of their dates come within WINDOW_DAYS of each other: a story whose first articles
   started two crises becomes one.
4. Each dated article moves to the crisis of its time it is now closest to, if that is closer
   than the rest of its own (an early article that went the wrong way), and step 3 runs again.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.crisis.identities import published_date
from generator.crisis.names import PERSON, is_descriptive
from generator.model.values import items

WINDOW_DAYS = 31
COHESION = 0.03
LEADING_ACTORS = 10  # two crises can merge when they share one of the actors each is most about
KIND_WEIGHT = {PERSON: 1.0, "state": 0.7, "organization": 0.7, "group": 0.7}

Vector = dict[str, float]
_NONE: dict = {}


@dataclass
class _Crisis:
    members: set[int]
    total: Vector                  # the sum of the members' unit vectors
    days: list[int] = field(default_factory=list)  # the dated members' day numbers, in order
    alive: bool = True
    version: int = 0
    neighbours: set[int] = field(default_factory=set)

    # When the bulk of the story ran, for merging crises: its days without the earliest and
    # latest tenth, so that one stray article does not stretch a crisis over months and bridge
    # it to another. An article joins by the crisis's latest day (days[-1]).
    @property
    def first(self) -> int | None:
        return self.days[len(self.days) // 10] if self.days else None

    @property
    def last(self) -> int | None:
        return self.days[-1 - len(self.days) // 10] if self.days else None

    def add(self, index: int, vector: Vector, day: int | None) -> None:
        self.members.add(index)
        _add_into(self.total, vector)
        if day is not None:
            bisect.insort(self.days, day)

    def remove(self, index: int, vector: Vector, day: int | None) -> None:
        self.members.discard(index)
        _add_into(self.total, {actor: -value for actor, value in vector.items()})
        if day is not None:
            self.days.remove(day)


def cluster(sheets: list[dict]) -> list[list[dict]]:
    """The crises among `sheets`, each a list of at least two sheets, ordered by first sheet id."""
    vectors = _vectors(sheets)
    days = [_day(sheet) for sheet in sheets]
    crises: list[_Crisis] = []
    _dated_pass(vectors, days, crises)
    _undated_pass(vectors, days, crises)
    _merge_pass(crises)
    _refine_pass(vectors, days, crises)
    _merge_pass(crises)
    groups = [sorted(sheets[i]["id"] for i in c.members) for c in crises if c.alive and len(c.members) >= 2]
    by_id = {sheet["id"]: sheet for sheet in sheets}
    return [[by_id[i] for i in group] for group in sorted(groups)]


# --- the vectors ---------------------------------------------------------------------------------

def _features(sheet: dict) -> dict[str, float]:
    """The actors that can link articles, each weighted by its kind and by how much the article
    is about it: one mentioned ten times is what the article is about, one named in passing
    (a politician asked for comment) is not (1 + log of its mentions)."""
    weights = {}
    for actor in items(sheet, "actors"):
        kind = actor.get("kind")
        if kind == PERSON and is_descriptive(str(actor.get("name"))):
            continue  # "the foreign minister" is nobody in particular
        if kind in KIND_WEIGHT and actor.get("id"):
            mentions = len(actor.get("mentions") or ()) or 1
            weights[str(actor["id"])] = KIND_WEIGHT[kind] * (1 + math.log(mentions))
    return weights


def _vectors(sheets: list[dict]) -> list[Vector]:
    """Each article's unit vector over its actors, weighted by kind and rarity, with the actors
    no other article names left out afterwards: they link nothing, but they are part of what
    the article is about (an article of passers-by and one state is not about the state)."""
    features = [_features(sheet) for sheet in sheets]
    named_by = Counter(actor for weights in features for actor in weights)
    count = len(sheets)
    vectors = []
    for weights in features:
        vector = {a: w * _rarity(count, named_by[a]) for a, w in weights.items()}
        norm = math.sqrt(sum(v * v for v in vector.values()))
        vectors.append({a: v / norm for a, v in vector.items() if named_by[a] >= 2})
    return vectors


def _rarity(articles: int, naming: int) -> float:
    """How much an actor named by `naming` of the `articles` tells (inverse document frequency)."""
    return math.log(1 + articles / naming)


def _day(sheet: dict) -> int | None:
    try:
        return dt.date.fromisoformat(published_date(sheet) or "").toordinal()
    except ValueError:
        return None  # no date, or not one: the article's actors decide where it goes


def _add_into(total: Vector, vector: Vector) -> None:
    for actor, value in vector.items():
        total[actor] = total.get(actor, 0.0) + value


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(actor, 0.0) for actor, value in a.items())


# --- 1. and 2.: each article joins the closest crisis, or starts one ---------------------------

def _shared(vector: Vector, naming: dict, key=lambda actor: actor) -> dict[int, float]:
    """For each crisis that shares an actor with the article, the dot product of the article's
    vector with the crisis's sum: only the actors they share are visited. `naming` is an inverted
    index: actor -> {crisis number: that crisis's sum} (an actor once in a sum stays a key)."""
    dots: dict[int, float] = defaultdict(float)
    for actor, value in vector.items():
        for number, total in naming.get(key(actor), _NONE).items():
            dots[number] += value * total[actor]
    return dots


def _join(index: int, vector: Vector, day: int | None, dots: dict[int, float], crises: list[_Crisis]) -> int:
    best, best_score = None, COHESION
    for number in sorted(dots):
        score = dots[number] / len(crises[number].members)  # the average similarity
        if score >= best_score:
            best, best_score = number, score
    if best is None:
        crises.append(_Crisis(set(), {}))
        best = len(crises) - 1
    crises[best].add(index, vector, day)
    return best


def _dated_pass(vectors: list[Vector], days: list[int | None], crises: list[_Crisis]) -> None:
    order = sorted((day, index) for index, day in enumerate(days) if day is not None and vectors[index])
    running: dict[str, dict[int, Vector]] = defaultdict(dict)  # actor -> running crises naming it
    ending: list[tuple[int, int]] = []                 # (latest day, crisis): when each stops running
    for day, index in order:
        while ending and ending[0][0] < day - WINDOW_DAYS:
            last, number = heapq.heappop(ending)
            crisis = crises[number]
            if crisis.days[-1] != last:
                heapq.heappush(ending, (crisis.days[-1], number))  # it ran on since
                continue
            for actor in crisis.total:
                running[actor].pop(number, None)
        vector = vectors[index]
        number = _join(index, vector, day, _shared(vector, running), crises)
        for actor in vector:
            running[actor][number] = crises[number].total
        if crises[number].days[-1] == day:
            heapq.heappush(ending, (day, number))


def _undated_pass(vectors: list[Vector], days: list[int | None], crises: list[_Crisis]) -> None:
    undated = [index for index, day in enumerate(days) if day is None and vectors[index]]
    naming: dict[str, dict[int, Vector]] = defaultdict(dict)
    for number, crisis in enumerate(crises):
        for actor in crisis.total:
            naming[actor][number] = crisis.total
    for index in undated:
        vector = vectors[index]
        number = _join(index, vector, None, _shared(vector, naming), crises)
        for actor in vector:
            naming[actor][number] = crises[number].total


# --- 3. and 4.: crises merged by average linkage, articles moved to where they fit best ----------

def _close_in_time(a: _Crisis, b: _Crisis) -> bool:
    if a.first is None or b.first is None:
        return True
    return max(a.first, b.first) - min(a.last, b.last) <= WINDOW_DAYS


def _linkage(a: _Crisis, b: _Crisis) -> float:
    return _dot(a.total, b.total) / (len(a.members) * len(b.members))


def _merge_pass(crises: list[_Crisis]) -> None:
    _find_neighbours(crises)
    heap = []

    def offer(x: int, y: int) -> None:
        x, y = min(x, y), max(x, y)
        a, b = crises[x], crises[y]
        if _close_in_time(a, b):
            score = _linkage(a, b)
            if score >= COHESION:
                heapq.heappush(heap, (-score, x, y, a.version, b.version))

    for x, crisis in enumerate(crises):
        for y in crisis.neighbours:
            if x < y:
                offer(x, y)
    while heap:
        _, x, y, version_x, version_y = heapq.heappop(heap)
        a, b = crises[x], crises[y]
        if not (a.alive and b.alive) or (a.version, b.version) != (version_x, version_y):
            continue  # one of them has changed since: its pairs were offered again
        a.members |= b.members
        _add_into(a.total, b.total)
        a.days = list(heapq.merge(a.days, b.days))
        a.version += 1
        b.alive = False
        a.neighbours = {n for n in (a.neighbours | b.neighbours) if n not in (x, y) and crises[n].alive}
        for n in a.neighbours:
            crises[n].neighbours.discard(y)
            crises[n].neighbours.add(x)
            offer(x, n)


def _refine_pass(vectors: list[Vector], days: list[int | None], crises: list[_Crisis]) -> None:
    """Each dated article moves to the crisis of its time it is closest to on average, when that
    is closer than the rest of its own (an early article that went the wrong way)."""
    home, running = {}, defaultdict(dict)  # (actor, window number) -> crises running then
    for number, crisis in enumerate(crises):
        if crisis.alive and crisis.first is not None:
            home.update((index, number) for index in crisis.members)
            if len(crisis.members) < 2:
                continue  # a lone article is not a crisis to move to
            start, end = crisis.days[0] - WINDOW_DAYS, crisis.days[-1] + WINDOW_DAYS
            for window in range(start // WINDOW_DAYS, end // WINDOW_DAYS + 1):
                for actor in crisis.total:
                    running[(actor, window)][number] = crisis.total
    for day, index in sorted((days[i], i) for i in home if days[i] is not None):
        vector, own = vectors[index], crises[home[index]]
        best, best_score = None, _rest_of_own(vector, own)
        window = day // WINDOW_DAYS
        dots = _shared(vector, running, key=lambda actor: (actor, window))
        for number in sorted(dots):
            crisis = crises[number]
            if number == home[index] or not crisis.days:
                continue
            if crisis.days[0] - WINDOW_DAYS <= day <= crisis.days[-1] + WINDOW_DAYS:
                score = dots[number] / len(crisis.members)
                if score > best_score and score >= COHESION:
                    best, best_score = number, score
        if best is not None:
            own.remove(index, vector, day)
            own.version += 1
            own.alive = bool(own.members)
            crises[best].add(index, vector, day)
            crises[best].version += 1
            home[index] = best


def _rest_of_own(vector: Vector, own: _Crisis) -> float:
    """The average similarity of an article to the other articles of its crisis."""
    if len(own.members) == 1:
        return 0.0
    return (_dot(vector, own.total) - _dot(vector, vector)) / (len(own.members) - 1)


def _find_neighbours(crises: list[_Crisis]) -> None:
    """Pairs of crises that share an actor and come within the window: only they can merge.
    Per actor, its crises in order of first day, each paired with those starting before it ends
    (plus the window), so a crisis meets the ones running beside it, not the whole archive."""
    naming: dict[str, list[int]] = defaultdict(list)
    for number, crisis in enumerate(crises):
        crisis.neighbours = set()
        if crisis.alive:
            for actor in heapq.nlargest(LEADING_ACTORS, crisis.total, key=crisis.total.__getitem__):
                naming[actor].append(number)
    span = {n: (crises[n].first, crises[n].last) for n in range(len(crises)) if crises[n].alive}
    for numbers in naming.values():
        undated = [n for n in numbers if span[n][0] is None]
        dated = sorted((n for n in numbers if span[n][0] is not None), key=lambda n: span[n][0])
        for position, x in enumerate(dated):
            ends = span[x][1] + WINDOW_DAYS
            for later in range(position + 1, len(dated)):
                y = dated[later]
                if span[y][0] > ends:
                    break  # and so do all that start later
                crises[x].neighbours.add(y)
                crises[y].neighbours.add(x)
        for x in undated:
            for y in numbers:
                if x != y:
                    crises[x].neighbours.add(y)
                    crises[y].neighbours.add(x)
