#!/usr/bin/env python3
"""Grouping benchmark: are articles without `crisis:` grouped into the crises they came from,
and does the time per article stay flat as the archive grows?

Usage: python benchmarks/grouping.py [--sizes 1000,10000,100000] [--real]

1. For each size N, a synthetic archive of fact sheets (made here, not by extraction: only what
   grouping reads) of several distinct crises that share common actors, as real coverage does:
   each crisis has its own people and groups and two or three principal states; every article
   also names states of its region, the region's bloc, world powers, the United Nations,
   heads of state who recur across every crisis of their state, and people named only once.
   A few articles are lone stories. A steady newsroom: about PER_DAY articles a day, so a larger
   archive covers a longer time, with as many crises running at once at every size.
   Reports pairwise precision, recall and F1 against the crisis each article was made from (an
   article the grouping leaves alone counts as a crisis of its own) and the grouping's time.
2. With --real, the development crises of ../shared (Iran, January 2020; North Korea, 2018)
   are extracted without `crisis:` and analysed alone and mixed: each must come out as one
   crisis, and the two apart. Skipped when ../shared is not there.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.crisis.grouping import group_articles  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
REAL = {"iran": SHARED / "crisis_md", "north-korea": SHARED / "crisis2_md"}
PER_DAY = 15          # articles a day, at every size
CRISIS_DAYS = (20, 120)  # how long a crisis runs
PER_CRISIS = 100      # articles a crisis, on average
LONE = 0.05           # the share of articles that are lone stories
REGIONS = 4
STATES_PER_REGION = 10
DISTINCT_DAYS = 60    # how far apart in time two crises about one state must be
POLITICIANS = 40      # the region's politicians, named in articles of any of its crises
WORLD = ["United Nations", "United States", "China", "Russia", "European Union", "World Bank"]
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ne", "sa", "vi", "du", "ha", "pe", "ri", "zo", "ba",
             "ku", "le", "mo", "na", "ti", "go", "fa", "ye", "sho", "dar", "ven", "kor", "lin"]
START = dt.date(2015, 1, 1)


class Names:
    """Invented names, each used once (a person of one crisis is nobody else)."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def word(self, parts: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def fresh(self, make) -> str:
        while True:
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name

    def person(self) -> str:
        return self.fresh(lambda: f"{self.word(2)} {self.word(self.rng.randint(2, 3))}")

    def thing(self, kind_word: str) -> str:
        return self.fresh(lambda: f"{self.word(3)} {kind_word}")


def _actor(name: str, kind: str, times: int = 1) -> dict:
    """An actor mentioned `times` in the article (the spans are placeholders: only their
    number counts here)."""
    return {"id": name.lower().replace(" ", "-"), "name": name, "kind": kind, "mentions": [[0, 0]] * times}


def _world(rng: random.Random, names: Names) -> list[dict]:
    regions = []
    for _ in range(REGIONS):
        states = [names.fresh(lambda: names.word(3)) for _ in range(STATES_PER_REGION)]
        regions.append({"states": states, "bloc": names.thing("Union"),
                        "leaders": {s: names.person() for s in states},
                        "ministers": {s: names.person() for s in states},
                        "politicians": [names.person() for _ in range(POLITICIANS)],
                        "bodies": [names.thing(w) for w in ("Assembly", "Red Cross", "Bank", "Press Agency")]})
    return regions


def _crisis(rng: random.Random, names: Names, regions: list[dict], span: int, earlier: list[dict]) -> dict:
    """A crisis about a state of its own, often with a neighbour drawn in. Its state is not the
    own state of a crisis of its region running within two months of it: then the two would be
    one story, not distinct crises."""
    region = rng.choice(regions)
    start, days = rng.randint(0, span), rng.randint(*CRISIS_DAYS)
    busy = {c["states"][0] for c in earlier if c["region"] is region
            and c["start"] <= start + days + DISTINCT_DAYS and start <= c["start"] + c["days"] + DISTINCT_DAYS}
    own = rng.choice([s for s in region["states"] if s not in busy] or region["states"])
    states = [own] + rng.sample([s for s in region["states"] if s != own], rng.choice([0, 1]))
    return {"region": region, "states": states, "start": start, "days": days,
            "people": [names.person() for _ in range(rng.randint(4, 8))],
            "groups": [names.thing(rng.choice(["Front", "Movement", "Council", "Authority"]))
                       for _ in range(rng.randint(1, 3))]}


def _article_actors(rng: random.Random, names: Names, crisis: dict, crises: list[dict]) -> list[dict]:
    region, actors = crisis["region"], []
    if rng.random() < 0.1:  # a person of another crisis, as in "as in the ... talks"
        actors.append(_actor(rng.choice(rng.choice(crises)["people"]), "person"))
    for state in crisis["states"]:
        if rng.random() < 0.7:
            actors.append(_actor(state, "state", rng.randint(1, 6)))
        if rng.random() < 0.35:
            actors.append(_actor(region["leaders"][state], "person", rng.randint(1, 3)))
        if rng.random() < 0.25:
            actors.append(_actor(region["ministers"][state], "person", rng.randint(1, 3)))
    for rank, person in enumerate(crisis["people"]):  # the main figures most often
        if rng.random() < 0.6 / (1 + 0.6 * rank):
            actors.append(_actor(person, "person", rng.randint(2, 8) if rank == 0 else rng.randint(1, 4)))
    actors += [_actor(g, "group", rng.randint(1, 4)) for g in crisis["groups"] if rng.random() < 0.4]
    actors += [_actor(s, "state", rng.randint(1, 2)) for s in rng.sample(region["states"], rng.randint(1, 3))]
    if rng.random() < 0.5:
        actors.append(_actor(region["bloc"], "organization", rng.randint(1, 2)))
    actors += [_actor(w, "state" if w not in ("United Nations", "World Bank") else "organization",
                      rng.randint(1, 2)) for w in rng.sample(WORLD, rng.randint(0, 3))]
    actors += [_actor(p, "person", rng.randint(1, 2)) for p in rng.sample(region["politicians"], rng.randint(0, 5))]
    actors += [_actor(b, "organization") for b in region["bodies"] if rng.random() < 0.15]
    actors += [_actor(names.person(), "person", rng.randint(1, 2)) for _ in range(rng.randint(3, 10))]
    return actors


def _lone_actors(rng: random.Random, names: Names, regions: list[dict]) -> list[dict]:
    region = rng.choice(regions)
    state = rng.choice(region["states"])
    actors = [_actor(state, "state", rng.randint(1, 4)), _actor(names.thing("Company"), "organization", rng.randint(2, 6))]
    if rng.random() < 0.5:
        actors.append(_actor(region["leaders"][state], "person"))
    actors += [_actor(p, "person") for p in rng.sample(region["politicians"], rng.randint(0, 3))]
    return actors + [_actor(names.person(), "person") for _ in range(rng.randint(1, 8))]


def _sheet(index: int, date: dt.date, actors: list[dict]) -> dict:
    unique = {}
    for actor in actors:  # an actor drawn twice is the first one
        unique.setdefault(actor["id"], actor)
    return {"id": f"g{index:06d}", "article": {"title": f"Report {index}", "published": date.isoformat()},
            "actors": list(unique.values())}


def corpus(count: int, seed: int = 11) -> tuple[list[dict], dict[str, str]]:
    """`count` fact sheets (id, article.published, actors; no `crisis:`) and the crisis each
    was made from (a lone story is a crisis of its own). The same seed gives the same archive."""
    rng = random.Random(seed * 7_919 + count)
    names = Names(rng)
    regions = _world(rng, names)
    span = max(1, count // PER_DAY - sum(CRISIS_DAYS) // 2)  # the crises start within it
    crises = []
    for _ in range(max(2, count // PER_CRISIS)):
        crises.append(_crisis(rng, names, regions, span, crises))
    weights = [rng.lognormvariate(0, 0.6) for _ in crises]
    sheets, truth = [], {}
    for index in range(count):
        if rng.random() < LONE:
            date = START + dt.timedelta(days=rng.randint(0, span))
            sheet, label = _sheet(index, date, _lone_actors(rng, names, regions)), f"lone-{index}"
        else:
            number = rng.choices(range(len(crises)), weights)[0]
            crisis = crises[number]
            date = START + dt.timedelta(days=crisis["start"] + int(rng.random() ** 1.5 * crisis["days"]))
            sheet, label = _sheet(index, date, _article_actors(rng, names, crisis, crises)), f"crisis-{number}"
        sheets.append(sheet)
        truth[sheet["id"]] = label
    return sheets, truth


def pairwise(found: dict[str, str], truth: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1: over every pair of articles, is "same crisis" in `found`
    what it is in `truth`? Counted from the contingency table, so linear in the articles."""
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter((found[i], truth[i]) for i in truth))
    predicted, actual = pairs(Counter(found.values())), pairs(Counter(truth.values()))
    precision = both / predicted if predicted else 1.0
    recall = both / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def assignment(groups, ids) -> dict[str, str]:
    """Each article's crisis id; an article in no crisis is alone (its own id)."""
    found = {i: f"alone-{i}" for i in ids}
    for group in groups:
        for sheet_id in group.sheet_ids:
            found[sheet_id] = group.id
    return found


def measure(count: int, repeat: int = 5) -> dict:
    """Quality and time of grouping `count` articles; the time is the best of `repeat` runs, so
    that other work on the machine does not pass for a cost of the grouping."""
    sheets, truth = corpus(count)
    seconds = math.inf
    for _ in range(repeat if count <= 20_000 else 1):
        started = time.perf_counter()
        groups = group_articles(sheets)
        seconds = min(seconds, time.perf_counter() - started)
    precision, recall, f1 = pairwise(assignment(groups, truth), truth)
    return {"articles": count, "true crises": len({v for v in truth.values() if v.startswith("crisis")}),
            "found": len(groups), "precision": precision, "recall": recall, "f1": f1,
            "seconds": seconds, "ms per article": 1000 * seconds / count}


def real_crises() -> list[str]:
    """The development crises extracted without `crisis:`, analysed alone and mixed."""
    from generator.api import extract, read_files
    from generator.crisis import analyse

    sheets = {}
    for label, folder in REAL.items():
        articles, _ = read_files(sorted(folder.glob("*.md")))
        sheets[label] = [s for s in extract(articles) if isinstance(s, dict)]
        assert not any(s["article"].get("crisis") for s in sheets[label]), "a sheet names its crisis"
    truth = {s["id"]: label for label, group in sheets.items() for s in group}
    lines = []
    for name, group in [("iran", sheets["iran"]), ("north-korea", sheets["north-korea"]),
                        ("mixed", sheets["iran"] + sheets["north-korea"])]:
        crises = analyse(group).crises
        placed = sum(len(c["articles"]) for c in crises)
        parts = ", ".join(f"{c['id']}: {len(c['articles'])} "
                          f"({'/'.join(sorted({truth[a['id']] for a in c['articles']}))})" for c in crises)
        lines.append(f"{name} ({len(group)} articles): {len(crises)} crises [{parts}], {len(group) - placed} alone")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--real", action="store_true", help="also the development crises of ../shared")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if sizes:
        print("| articles | crises (made / found) | precision | recall | F1 | seconds | ms per article |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
    for count in sizes:
        r = measure(count)
        print(f"| {count:,} | {r['true crises']} / {r['found']} | {r['precision']:.3f} | {r['recall']:.3f} "
              f"| {r['f1']:.3f} | {r['seconds']:.2f} | {r['ms per article']:.3f} |", flush=True)
    if args.real:
        if not all(folder.is_dir() for folder in REAL.values()):
            print("the development crises (../shared/corpus) are not here: skipped")
            return 0
        for line in real_crises():
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
