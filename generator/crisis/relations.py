"""What shows only across the articles of a crisis: who talks about, supports or opposes whom
(relations), each actor's row with its appearances and centrality, and where sources disagree."""
from __future__ import annotations

import re
from collections import defaultdict

from generator.crisis.identities import Identity, published_date
from generator.crisis.names import NEGATORS, actor_forms, fold, negation_folded
from generator.model.values import items


def relations_of(members: list[dict]) -> list[dict]:
    """Who talks about whom (a speaker's quote names another actor) and who supports or opposes
    whom (a position whose topic or evidence names another actor)."""
    counts: dict[tuple, dict] = {}

    def add(source, target, kind, article, quote):
        if not source or not target or source == target:
            return
        row = counts.setdefault((source, target, kind), {"source": source, "target": target,
                                                          "kind": kind, "count": 0, "evidence": []})
        row["count"] += 1
        row["evidence"].append({"article": article, "quote": quote})

    for sheet in members:
        spans = _mention_spans(sheet)
        for q in items(sheet, "quotes"):
            for target in _named_in(spans, q.get("start"), q.get("end")):
                for speaker in q.get("speakers") or []:
                    add(speaker, target, "quotes", sheet["id"], q.get("id"))
        names = {a["id"]: actor_forms(a) for a in items(sheet, "actors")}
        quotes = {q.get("id"): q for q in items(sheet, "quotes")}
        for p in items(sheet, "positions"):
            if p.get("stance") not in ("supports", "opposes"):
                continue
            evidence = p.get("evidence")
            quote = quotes.get(evidence) if isinstance(evidence, str) else None
            targets = set(_named_in(spans, quote.get("start"), quote.get("end"))) if quote else set()
            topic = fold(p.get("topic"))
            targets |= {a for a, forms in names.items() if any(_has_word(topic, f) for f in forms)}
            for target in sorted(targets):
                add(p.get("actor"), target, p["stance"], sheet["id"], evidence if quote else None)
    return sorted(counts.values(), key=lambda r: (-r["count"], r["source"], r["target"], r["kind"]))


def _mention_spans(sheet: dict) -> list[tuple[int, int, str]]:
    return [(m[0], m[1], a["id"]) for a in items(sheet, "actors") for m in a.get("mentions") or []
            if isinstance(m, (list, tuple)) and len(m) == 2]


def _named_in(spans, start, end) -> list[str]:
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    return sorted({actor for s, e, actor in spans if start <= s and e <= end})


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word; the plain substring test first, which
    rules out nearly every pair without a regular expression."""
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def actor_rows(members: list[dict], identities: dict[str, Identity], quotes: list[dict],
               positions: list[dict], relations: list[dict]) -> list[dict]:
    """One row per actor of the crisis: names, appearances, roles and centrality."""
    rows: dict[str, dict] = {}
    for sheet in members:
        for actor in items(sheet, "actors"):
            identity = identities.get(actor["id"])
            row = rows.setdefault(actor["id"], {
                "id": actor["id"], "name": identity.name if identity else actor.get("name"),
                "kind": identity.kind if identity else actor.get("kind"), "aliases": [],
                "sheet_ids": [], "articles": [], "roles": [], "mentions": 0, "quotes": 0,
                "positions": 0, "relations": 0, "centrality": 0,
            })
            _add_appearance(row, actor, sheet, identity)
    for q in quotes:
        for speaker in set(q["speakers"]):
            if speaker in rows:
                rows[speaker]["quotes"] += 1
    for p in positions:
        if p["actor"] in rows:
            rows[p["actor"]]["positions"] += 1
    for r in relations:
        for end in (r["source"], r["target"]):
            if end in rows:
                rows[end]["relations"] += r["count"]
    for row in rows.values():
        # Centrality: how much of the crisis runs through the actor. Each article it is in, each
        # quote it speaks, each stance it takes and each tie to another actor counts once.
        row["centrality"] = len(row["articles"]) + row["quotes"] + row["positions"] + row["relations"]
    return sorted(rows.values(), key=lambda r: (-r["centrality"], -r["mentions"], r["name"] or "", r["id"]))


def _add_appearance(row: dict, actor: dict, sheet: dict, identity: Identity | None) -> None:
    row["articles"].append(sheet["id"])
    row["mentions"] += len(actor.get("mentions") or [])
    originals = identity.locals_in(sheet["id"]) if identity else []
    for local in originals or [actor["id"]]:
        row["sheet_ids"].append({"article": sheet["id"], "id": local})
    for alias in [actor.get("name"), *(actor.get("aliases") or [])]:
        if alias and alias != row["name"] and alias not in row["aliases"]:
            row["aliases"].append(alias)
    for role in items(actor, "roles"):
        row["roles"].append({"title": role.get("title"), "of": role.get("of"),
                             "article": sheet["id"], "published": published_date(sheet)})


def disagreements(crisis: dict, members: list[dict] | None = None) -> list[dict]:
    """Where two articles' accounts of one thing differ: two values for one quantity of one thing
    (`_figure_disagreements`) or two statements on one event that contradict each other
    (`_event_disagreements`). Accounts that agree, or that are about different things, are not
    a disagreement."""
    return _figure_disagreements(crisis, members or []) + _event_disagreements(crisis)


# Short words of English that say nothing about what a number counts or what an event was.
STOPWORDS = frozenset("""a an the and or but of in on at to for from by with as into onto over under
about after before since until than then that this these those there their they them it its is
are was were be been being has have had do does did will would could should may might must can
said says say also more most some any all each other such only just very up down out off nearly
about almost around least over than who whom which what when where while per one two three four
five six seven eight nine ten hundred hundreds thousand thousands million millions billion""".split())
# A denial negates what it denies, as "not" does: "the ministry denied firing" -> {fire}.
DENIALS = NEGATORS | {"deny"}
# Words that say opposite things of one event: "the strike was deliberate" and "the strike was an
# accident" cannot both be true. Each pair: two sides, each a set of word stems (`stem`; one
# of five letters or more also stands for the words it begins).
OPPOSED = [({"deliberat", "intentional", "purpos", "purposely", "premeditat"},
            {"accident", "unintentional", "mistak", "inadvertent", "error"}),
           ({"confirm", "admit"}, {"deny"}),
           ({"tru"}, {"fals", "untru", "fak"}),
           ({"guilty"}, {"innocent"}),
           ({"aliv", "surviv"}, {"dead", "kill", "die", "died"}),
           ({"succes", "succeed"}, {"failur", "fail", "unsuccessful"}),
           ({"legal", "lawful", "legitimat"}, {"illegal", "unlawful", "illegitimat"}),
           ({"accept", "approv"}, {"reject", "refus"}),
           ({"self defens", "self defenc", "defensiv"}, {"aggress", "unprovok"})]
# What a count of people counts: a death toll is not a count of the injured or the arrested.
TOLLS = [{"kill", "dead", "die", "died", "death", "fatal"}, {"injur", "wound", "hurt"},
         {"arrest", "detain", "detent"}, {"miss"}, {"displac", "fle", "fled", "refug"}]


def stem(word: str) -> str:
    """A crude stem, enough to tell "fired" and "fire", "killed" and "killing" are one word."""
    for ending in ("ies", "ied", "ing", "ed", "es", "ly", "s"):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            word = word[:-len(ending)] + ("y" if ending in ("ies", "ied") else "")
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _stems(text: str) -> list[str]:
    words = " ".join(negation_folded(text)).replace("self ", "self_").split()
    return [stem(w).replace("_", " ") for w in words if w not in STOPWORDS and not w.isdigit()]


def _content(text: str) -> set[str]:
    """The words that say what a clause is about, names left out (they are its actors)."""
    common = " ".join(re.findall(r"(?<![\w’'])[a-z][\w’'-]*", text or ""))
    return {w for w in _stems(common) if len(w) >= 3 and w not in DENIALS}


def _figure_disagreements(crisis: dict, members: list[dict]) -> list[dict]:
    """Two values of one quantity of one thing in two articles: the same unit, the same actor (or
    none named), what the number counts the same (the words of its clause shared, and not a death
    toll against a count of injured), and values that differ by more than rounding. "40 trucks
    crossed the border" and "only 12 trucks crossed" disagree; "5,000 troops are in the country"
    and "100 troops were injured" are two quantities, and two reports of 5,000 agree."""
    figures = [_figure_account(f, sheet) for sheet in members for f in items(sheet, "figures") if f.get("unit")]
    by_unit = defaultdict(list)
    for f in figures:
        by_unit[f["unit"]].append(f)
    out = []
    for unit, rows in sorted(by_unit.items()):
        numeric = defaultdict(list)  # article -> its numbers of the unit, once per unit, not per group
        for r in rows:
            if isinstance(r["value"], (int, float)):
                numeric[r["article"]].append(r)
        for group in _components(rows, _same_quantity):
            if not _differ(group, numeric):
                continue
            out.append({"kind": "figure", "about": unit, "actor": next((r["actor"] for r in group if r["actor"]), None),
                        "accounts": [{"article": r["article"], "value": r["value"], "text": r["text"],
                                      "evidence": r["evidence"]} for r in group]})
    return out


def _differ(group: list[dict], by_article: dict[str, list[dict]]) -> bool:
    """Two articles give values that differ by more than rounding, and neither article also gives
    the other's value for that thing (two articles that each report 20% and 3.67% agree)."""
    def near(x, y):
        return abs(x - y) <= 0.05 * max(abs(x), abs(y))

    def also_gives(article, other):
        return any(near(r["value"], other["value"]) and _same_thing(r["thing"], other["thing"])
                   for r in by_article.get(article, ()))
    numbers = [r for r in group if isinstance(r["value"], (int, float)) and not isinstance(r["value"], bool)]
    return any(a["article"] != b["article"] and not near(a["value"], b["value"])
               and not also_gives(a["article"], b) and not also_gives(b["article"], a)
               for i, a in enumerate(numbers) for b in numbers[i + 1:])


def _figure_account(figure: dict, sheet: dict) -> dict:
    body = (sheet.get("article") or {}).get("body") or ""
    evidence = figure.get("evidence")
    start, end = evidence if isinstance(evidence, list) and len(evidence) == 2 else (0, 0)
    # The clause the number stands in: from the last break before it to the next one after it.
    left = max(body.rfind(ch, 0, start) for ch in ".;:!?\n")
    right = min([i for i in (body.find(ch, end) for ch in ".;!?\n") if i >= 0] or [len(body)])
    clause = body[left + 1:right]
    unit_words = set(_stems(str(figure.get("unit"))))
    return {"article": sheet["id"], "value": figure.get("value"), "text": figure.get("text"),
            "actor": figure.get("actor"), "unit": fold(figure.get("unit")), "evidence": clause.strip()[:300] or None,
            "thing": _content(clause) - unit_words - set(_stems(str(figure.get("text"))))}


def _same_quantity(a: dict, b: dict) -> bool:
    if a["article"] == b["article"] or (a["actor"] and b["actor"] and a["actor"] != b["actor"]):
        return False
    if any(_has_stem(a["thing"], g) != _has_stem(b["thing"], g) for g in TOLLS):
        return False
    return _same_thing(a["thing"], b["thing"])


def _same_thing(a: set, b: set) -> bool:
    """Two clauses about one thing: two words shared at least, and a quarter of the shorter's
    ("trucks crossed the border", "only 12 trucks crossed the border"; a lone shared "killed" does
    not make two death tolls one). "Slideshow (18 Images)" has no words of its own: about nothing."""
    shared = len(a & b)
    return shared >= 2 and shared * 4 >= min(len(a), len(b))


def _components(rows: list[dict], linked) -> list[list[dict]]:
    """Rows grouped where `linked` says each of a group is about the thing every other is (no
    chains: "the Dow fell" and "oil fell" share a word with a third report, not with each other)."""
    groups: list[list[dict]] = []
    for row in rows:
        home = next((g for g in groups if all(linked(row, other) for other in g)), None)
        if home is None:
            groups.append([row])
        else:
            home.append(row)
    return [sorted(g, key=lambda r: (r["article"], str(r["value"]))) for g in groups if len(g) > 1]


def _event_disagreements(crisis: dict) -> list[dict]:
    """Two statements on one event (same date, a shared actor, shared words, different articles)
    that contradict: words of opposite sense ("deliberate", "an accident"), or one denying what
    the other says ("Iran fired missiles at the base", "Iran did not fire missiles")."""
    by_date = defaultdict(list)
    for e in crisis["events"]:
        if e["type"] == "event" and e["date"] and e["actors"]:
            by_date[e["date"]].append(_statement(e))
    out = []
    for date, rows in sorted(by_date.items()):
        for i, a in enumerate(rows):  # pairs, not chains: each pair contradicts itself
            for b in rows[i + 1:]:
                if _contradict(a, b):
                    out.append({"kind": "event", "about": date,
                                "actor": sorted(a["actors"] & b["actors"])[0],
                                "accounts": [{"article": r["article"], "value": None, "text": r["what"],
                                              "evidence": r["evidence"]} for r in (a, b)]})
    return out


def _statement(event: dict) -> dict:
    """An event's account with its words read once: stems, content words, the word it negates,
    and which side of each pair of opposites it takes."""
    what = event["what"] or ""
    words = _stems(what)
    sides = tuple((_has_stem(words, one), _has_stem(words, other)) for one, other in OPPOSED)
    return {"article": event["article"], "what": event["what"], "evidence": event["evidence"],
            "actors": set(event["actors"]), "content": _content(what), "negated": _negated(what), "sides": sides}


def _contradict(a: dict, b: dict) -> bool:
    if a["article"] == b["article"] or not a["actors"] & b["actors"]:
        return False
    if not _same_thing(a["content"], b["content"]):
        return False
    if any(x in ((True, False), (False, True)) and y == (x[1], x[0]) for x, y in zip(a["sides"], b["sides"])):
        return True
    # One denies what the other says: the denied word shared, and enough besides to be one statement.
    shared = a["content"] & b["content"]
    return len(shared) >= 3 and bool(a["negated"] & shared) != bool(b["negated"] & shared)


def _has_stem(words, stems: set[str]) -> bool:
    return any(w == s or (len(s) >= 5 and w.startswith(s)) for w in words for s in stems)


def _negated(text: str | None) -> set[str]:
    """The first word of substance after a negator: "did not fire missiles" -> {fire}; "no
    concessions have been offered" -> {concession}."""
    words = [stem(w) for w in negation_folded(text)]
    out = set()
    for i, w in enumerate(words):
        if w in DENIALS:
            out |= set([x for x in words[i + 1:i + 5] if x not in STOPWORDS and x not in DENIALS][:1])
    return out
