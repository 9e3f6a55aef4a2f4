"""A synthetic news corpus for scale benchmarks: N articles from varied templates of our own.

Every sentence pattern below was written for this project; names are invented, states and
organisations are real names from the gazetteer so the extractor has real work to do. The same
seed number always gives the same corpus.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

FIRST = ["Amara", "Lucas", "Sofia", "Kenji", "Leila", "Tomas", "Ines", "Omar", "Hanna", "Diego",
         "Yara", "Pavel", "Nadia", "Felix", "Zainab", "Marco", "Aiko", "Samir", "Elena", "Kofi"]
LAST = ["Okafor", "Lindqvist", "Barros", "Takeda", "Haddad", "Novak", "Ferreira", "Mensah",
        "Kowalski", "Duarte", "Rahimi", "Petrov", "Achebe", "Moreau", "Castillo", "Sato", "Nyberg",
        "Quispe", "Adeyemi", "Varga"]
STATES = ["Kenya", "Peru", "Norway", "Vietnam", "Morocco", "Chile", "Poland", "Ghana", "Nepal",
          "Jordan", "Senegal", "Bolivia", "Finland", "Malaysia", "Tunisia", "Uruguay"]
ORGS = ["the United Nations", "the African Union", "the European Union", "NATO", "the World Bank",
        "the International Monetary Fund", "the World Health Organization", "ASEAN"]
TITLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Trade Minister",
          "Interior Minister", "Health Minister", "ambassador"]
TOPICS = ["the border agreement", "the fishing quota", "the ceasefire plan", "the grain corridor",
          "the election timetable", "the water treaty", "the refugee programme", "the sanctions package"]
VERBS = ["said", "told reporters", "warned", "insisted", "added", "argued", "stated"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

PARAGRAPHS = [
    "{state_adj_name} {title} {person} {verb} on {day} that {state} would {stance} {topic}.",
    "\"We will not accept any plan that ignores our people,\" {person2} {verb}, speaking in {capital}.",
    "{org} said it had sent {number} observers to monitor {topic} after talks stalled last week.",
    "According to {person}, the talks on {topic} could resume within {small} days.",
    "\"{topic_cap} is the only path forward, and everyone here knows it,\" said {person2}, "
    "{state}'s {title2}.",
    "Officials in {state2} said {number} people had been displaced since the dispute began.",
    "{person2} later added that {state2} was ready to {stance} {topic} if {org} guaranteed it.",
    "The {title} of {state2}, {person3}, called on {org} to prevent a new escalation.",
    "\"There is no military solution,\" {person3} told the Daily Ledger, \"only a political one.\"",
    "Protesters gathered outside the parliament in {capital} on {day}, demanding a vote on {topic}.",
    "Analysts said the dispute over {topic} had cost the region about {number} million dollars.",
    "{org} announced on {day} that it would deploy {number} troops to support {topic}.",
]
CAPITALS = {"Kenya": "Nairobi", "Peru": "Lima", "Norway": "Oslo", "Vietnam": "Hanoi", "Morocco": "Rabat",
            "Chile": "Santiago", "Poland": "Warsaw", "Ghana": "Accra", "Nepal": "Kathmandu",
            "Jordan": "Amman", "Senegal": "Dakar", "Bolivia": "La Paz", "Finland": "Helsinki",
            "Malaysia": "Kuala Lumpur", "Tunisia": "Tunis", "Uruguay": "Montevideo"}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _values(rng: random.Random, cast: dict) -> dict:
    """Fill-ins for one paragraph, drawn from the article's cast so names recur as in real news."""
    state, state2 = rng.sample(cast["states"], 2)
    person, person2, person3 = (rng.choice(cast["people"]) for _ in range(3))
    topic = rng.choice(cast["topics"])
    return {"person": person, "person2": person2, "person3": person3, "state": state, "state2": state2,
            "state_adj_name": f"{state}'s", "capital": CAPITALS[state], "org": rng.choice(ORGS),
            "title": rng.choice(TITLES), "title2": rng.choice(TITLES).lower(), "topic": topic,
            "topic_cap": topic[0].upper() + topic[1:], "verb": rng.choice(VERBS), "day": rng.choice(DAYS),
            "stance": rng.choice(["support", "reject", "review"]),
            "number": f"{rng.randint(2, 90) * 100:,}", "small": rng.randint(2, 30)}


def article(index: int, seed: int = 7) -> tuple[str, str]:
    """(file name, Markdown text) of synthetic article number `index`: about 500 to 800 words,
    the length of a typical news report."""
    rng = random.Random(seed * 1_000_003 + index)
    cast = {"states": rng.sample(STATES, 3), "people": [_person(rng) for _ in range(4)],
            "topics": rng.sample(TOPICS, 2)}
    body = [rng.choice(PARAGRAPHS).format(**_values(rng, cast)) for _ in range(rng.randint(22, 34))]
    body = [p[0].upper() + p[1:] for p in body]
    date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 365))
    first, second = cast["states"][:2]
    title = f"{first} and {second} at odds over {cast['topics'][0].removeprefix('the ')} (report {index})"
    text = (f"---\ntitle: {title}\ndate: {date.isoformat()}\npublisher: Synthetic Wire\n"
            f"crisis: synthetic-{index % 5}\n---\n\n" + "\n\n".join(body) + "\n")
    return f"synthetic-{index:05d}.md", text


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        name, text = article(index)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def record(index: int, seed: int = 7) -> dict:
    """Synthetic article number `index` as a `briefing extract --jsonl` input line (no `crisis:`)."""
    name, text = article(index, seed)
    _, front, body = text.split("---\n", 2)
    meta = dict(line.split(": ", 1) for line in front.splitlines())
    return {"id": name.removesuffix(".md"), "text": body.strip() + "\n", "title": meta["title"],
            "date": meta["date"], "publisher": meta["publisher"]}


def write_shards(folder: Path, count: int, per_shard: int) -> list[Path]:
    """`count` records in JSON-lines shards of `per_shard` each: shard-00000.jsonl, ..."""
    import json
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, count, per_shard):
        path = folder / f"shard-{first // per_shard:05d}.jsonl"
        path.write_text("".join(json.dumps(record(i)) + "\n" for i in range(first, min(count, first + per_shard))),
                        encoding="utf-8")
        paths.append(path)
    return paths


def project_files(folder: Path) -> Path:
    """A project folder at `folder` with this repository's mkdocs.yml, templates and docs (no seeds)."""
    root = Path(__file__).resolve().parent.parent
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "mkdocs.yml", folder / "mkdocs.yml")
    for name in ("templates", "docs"):
        shutil.copytree(root / name, folder / name)
    return folder
