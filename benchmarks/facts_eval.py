"""Hand-checked evaluation of extraction quality: sample fact-sheet items, judge them, score.

    python benchmarks/facts_eval.py sample --sheets S.jsonl --crisis NAME --seed 1 --per-kind 40 \\
        --out benchmarks/verdicts/NAME.yaml [--reuse OLD.yaml ...]
    python benchmarks/facts_eval.py resample --sheets S.jsonl --crisis NAME --out NEW.yaml --reuse OLD.yaml  # OLD's seed
    python benchmarks/facts_eval.py show --sheets S.jsonl --verdicts FILE [--only-unjudged] [--kind K] [--items 1-40]
    python benchmarks/facts_eval.py judge --verdicts FILE --from JUDGEMENTS.yaml
    python benchmarks/facts_eval.py score --sheets S.jsonl --verdicts FILE

`S.jsonl` is the output of ``briefing extract --format json`` (one sheet a line).

The articles belong to their publishers, so a verdict file holds NO article text: only the
sheet id, the kind, character offsets into ``article.body``, a digest of the extracted content
and the verdicts. ``show`` prints the text around the offsets to the terminal for the judge.

Kinds of item (each identified by article, kind and digest):

- ``position``: a position; ``span`` is its evidence (a quote's [start, end] when the evidence
  is a quote id), ``name`` the actor's mention inside that span (else its first mention).
  Digest of: actor name, stance, topic, evidence text.
- ``actor``: an actor; ``span`` is its first mention. Digest of: name, kind, sorted aliases.
- ``event``: an event; ``span`` is its evidence. Digest of: what, date.
- ``speaker``: a quote with at least one speaker; ``span`` is the quote, ``name`` the speaker
  mention. Digest of: quote text, speaker names.

A digest is the first 12 hex digits of sha256; the same extracted item in a later extraction
has the same digest, so its verdict still holds. Sampling is "bottom-k" on a keyed hash of
(seed, kind, article, digest): a uniform random sample that is stable when the population
changes, so a resample of new sheets keeps most of the judged items (``--reuse``) and only new
or changed ones need a verdict.

Verdicts: ``verdict: right|wrong`` and, when wrong (or to qualify), a ``why`` code of WHY.
Events store also ``readable: yes|no`` and ``date: right|wrong|none``; an event is right when
it is readable and its date is not wrong, unless it is a ``duplicate`` or page ``furniture``.

What counts as right:

- position: the actor really holds that stance on that topic per the article (the actor
  themselves says or does it; not someone else's allegation about them), and the topic is a
  meaningful issue.
- actor: a real actor (person, state, organisation, group, media) whose name is in the text,
  with the right kind, not merged with another person.
- event: the ``what`` is a readable clause a reader understands (subject and verb, not a
  fragment) AND its date, if given, is right.
- speaker: the named speaker is the person or organisation that said it, by name (a bare
  nominal like "the company" when the article names it is wrong).

Conventions kept by the first round of verdicts: an actor's own threat is its stance; ``neutral``
from "discussed" is ``not-a-stance``; a holder that is a quantity or bare nominal is
``wrong-holder``. Institutions (parliament, government, agency) typed ``group`` are
``wrong-kind``; vague or counted sets ("most experts") are ``generic-noun``. An event date of
month or week precision stored as the 1st or the Monday is right when the month or week is; a
bare-pronoun subject ("he had informed officials") is not readable, a lone leftover word ("As,
officials said, ...") is. Unnamed generic speakers ("officials") are right when the article
names nobody; a named document as source ("the joint declaration states") is right.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

KINDS = ("position", "actor", "event", "speaker")

# The fixed vocabulary of `why` codes, per kind.
WHY: dict[str, dict[str, str]] = {
    "position": {
        "allegation-not-stance": "someone else alleges or reports it about the actor",
        "negated": "the sentence negates or denies what the position claims",
        "hypothetical": "a condition, question, possibility or future the actor does not hold",
        "bad-topic": "the topic is not a meaningful issue (a fragment, a person, a filler word)",
        "wrong-holder": "the stance is held by another actor than the one named",
        "wrong-polarity": "supports/opposes reversed, or neutral where the stance is clear",
        "not-a-stance": "the sentence reports a fact or action that implies no stance on the topic",
        "furniture": "taken from page furniture: a headline of a related link, a caption, a credit",
    },
    "actor": {
        "furniture": "page furniture: bylines, credits, menus, newsletter and share text",
        "generic-noun": "a common noun or phrase, not a named actor",
        "wrong-merge": "two different actors merged into one (name, aliases or roles)",
        "split": "the same actor appears as another actor of the sheet",
        "not-in-text": "the name is not in the article body as written",
        "place-as-person": "a place, state or building taken for a person",
        "wrong-kind": "the kind (person/state/organization/group/media/...) is wrong",
        "bad-span": "the name is cut or glued to other words",
        "not-an-actor": "a named thing that is no actor (event, law, weapon, product, concept)",
    },
    "event": {
        "fragment": "the what is no readable clause (no subject or verb, cut off, garbled)",
        "wrong-date": "the date given is not the date of the event",
        "furniture": "page furniture taken for an event",
        "duplicate": "the same event as another event of the sheet",
    },
    "speaker": {
        "nominal": "a bare nominal or pronoun where the article names the speaker",
        "wrong-person": "another person or organisation said it",
        "place-or-credit": "a place, a photo credit or a byline taken for the speaker",
        "document": "a document or outlet where the article names who said it",
        "not-a-quote": "the span is not something anyone said (title, scare quotes, name)",
    },
}
READABLE = ("yes", "no")
DATE = ("right", "wrong", "none")


# ---------------------------------------------------------------- sheets and items

def read_sheets(path: Path) -> dict[str, dict]:
    sheets = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                sheet = json.loads(line)
                sheets[sheet["id"]] = sheet
    return sheets


def digest(*parts) -> str:
    text = "\x1f".join(json.dumps(p, ensure_ascii=False, sort_keys=True) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _quote_span(sheet: dict, quote_id: str) -> list[int] | None:
    for quote in sheet["quotes"]:
        if quote["id"] == quote_id:
            return [quote["start"], quote["end"]]
    return None


def _name_in(actor: dict | None, span: list[int] | None) -> list[int] | None:
    if not actor or not actor.get("mentions"):
        return None
    if span:
        inside = [m for m in actor["mentions"] if m[0] >= span[0] and m[1] <= span[1]]
        if inside:
            return list(inside[0])
    return list(actor["mentions"][0])


def items_of(sheet: dict) -> list[dict]:
    """Every item of one sheet: {article, kind, digest, span, name?, _ref} (``_ref`` is the
    extracted element, kept in memory only)."""
    body = sheet["article"]["body"]
    actors = {a["id"]: a for a in sheet["actors"]}
    out = []

    def add(kind, ref, parts, span, name=None):
        item = {"article": sheet["id"], "kind": kind, "digest": digest(kind, *parts), "span": span}
        if name:
            item["name"] = name
        item["_ref"] = ref
        out.append(item)

    for position in sheet["positions"]:
        evidence = position["evidence"]
        span = _quote_span(sheet, evidence) if isinstance(evidence, str) else list(evidence)
        actor = actors.get(position["actor"])
        holder = actor["name"] if actor else position["actor"]
        text = body[span[0]:span[1]] if span else evidence
        add("position", position, [holder, position["stance"], position["topic"], text],
            span, _name_in(actor, span))
    for actor in sheet["actors"]:
        first = list(actor["mentions"][0]) if actor.get("mentions") else None
        add("actor", actor, [actor["name"], actor["kind"], sorted(actor.get("aliases") or [])], first)
    for event in sheet["events"]:
        add("event", event, [event["what"], event["date"]], list(event["evidence"]))
    for quote in sheet["quotes"]:
        if quote["speakers"]:
            names = [actors[s]["name"] if s in actors else s for s in quote["speakers"]]
            mention = quote.get("speaker_mention")
            add("speaker", quote, [quote["text"], names], [quote["start"], quote["end"]],
                list(mention) if mention else None)
    return out


def key(item: dict) -> tuple[str, str, str]:
    return item["article"], item["kind"], item["digest"]


def all_items(sheets: dict[str, dict]) -> list[dict]:
    return [item for sheet_id in sorted(sheets) for item in items_of(sheets[sheet_id])]


# ---------------------------------------------------------------- sample

def _rank(seed: int, item: dict) -> str:
    return hashlib.sha256(f"{seed}\x1f{item['kind']}\x1f{item['article']}\x1f{item['digest']}"
                          .encode("utf-8")).hexdigest()


def draw(items: list[dict], seed: int, per_kind: int) -> list[dict]:
    """`per_kind` items of each kind, the same for the same population and seed; duplicates
    (same article, kind and digest) count once."""
    chosen = []
    for kind in KINDS:
        unique = {key(i): i for i in items if i["kind"] == kind}
        chosen += sorted(unique.values(), key=lambda i: _rank(seed, i))[:per_kind]
    return chosen


def blank(item: dict) -> dict:
    entry = {k: item[k] for k in ("article", "kind", "digest", "span")}
    if item.get("name"):
        entry["name"] = item["name"]
    if item["kind"] == "event":
        entry["readable"] = None
        entry["date"] = None
    entry["verdict"] = None
    entry["why"] = None
    return entry


VERDICT_FIELDS = ("readable", "date", "verdict", "why")


def judged(entry: dict) -> bool:
    return entry.get("verdict") in ("right", "wrong")


def read_verdicts(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def write_verdicts(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=False, default_flow_style=None, width=100)


def sample(sheets: dict[str, dict], crisis: str, seed: int, per_kind: int,
           reuse: list[dict] = ()) -> dict:
    known = {}
    for data in reuse:
        for entry in data.get("items", []):
            if judged(entry):
                known.setdefault(key(entry), entry)
    entries = []
    for item in draw(all_items(sheets), seed, per_kind):
        entry = blank(item)
        old = known.get(key(item))
        if old:
            for field in VERDICT_FIELDS:
                if field in entry or field in old:
                    entry[field] = old.get(field)
        entries.append(entry)
    return {"crisis": crisis, "seed": seed, "per_kind": per_kind, "items": entries}


# ---------------------------------------------------------------- show

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n+")


def sentence_bounds(body: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """The start and end of the sentence(s) holding body[start:end]."""
    left = max(0, start - limit)
    begin = left
    for match in _SENTENCE_END.finditer(body, left, start):
        begin = match.end()
    stop = _SENTENCE_END.search(body, end, min(len(body), end + limit))
    return begin, (stop.start() if stop else min(len(body), end + limit))


def context(body: str, span: list[int] | None, name: list[int] | None = None, around: int = 0) -> str:
    """The sentence(s) of `span` (and `around` sentences either side), the span marked with
    double brackets and the name with single angle quotes."""
    if not span:
        return "(no offsets)"
    begin, stop = sentence_bounds(body, *span)
    for _ in range(around):
        begin = sentence_bounds(body, max(0, begin - 2), max(0, begin - 2))[0] if begin > 1 else begin
        stop = sentence_bounds(body, min(len(body), stop + 2), min(len(body), stop + 2))[1] \
            if stop < len(body) - 2 else stop
    marks = [(span[0], "\u27e6"), (span[1], "\u27e7")]
    if name and begin <= name[0] and name[1] <= stop:
        marks += [(name[0], "\u2039"), (name[1], "\u203a")]
    text, last = [], begin
    for at, mark in sorted(marks, key=lambda m: (m[0], m[1] in "\u27e7\u203a")):
        at = min(max(at, begin), stop)
        text.append(body[last:at])
        text.append(mark)
        last = at
    text.append(body[last:stop])
    return _shorten("".join(text)).replace("\n", " / ")


def _shorten(text: str, limit: int = 1600) -> str:
    """A very long context (a span of many sentences) with its middle left out, keeping the
    name mark if it is in the middle."""
    if len(text) <= limit:
        return text
    head, tail = text[:limit // 2], text[-limit // 4:]
    at = text.find("\u2039", limit // 2, len(text) - limit // 4)
    middle = f" [...] {text[max(at - 200, limit // 2):at + 300]} [...] " if at >= 0 else " [...] "
    return head + middle + tail


def _describe(kind: str, ref: dict, sheet: dict) -> list[str]:
    actors = {a["id"]: a for a in sheet["actors"]}

    def who(actor_id):
        a = actors.get(actor_id)
        return f"{a['name']} ({a['kind']})" if a else f"{actor_id} (?)"

    if kind == "position":
        lines = [f"actor: {who(ref['actor'])}", f"stance: {ref['stance']}", f"topic: {ref['topic']}",
                 f"cue: {ref['cue']}", f"evidence: {ref['evidence']}"]
        for quote in sheet["quotes"]:
            if quote["id"] == ref["evidence"]:
                lines.append(f"quote {quote['id']} speakers: {[who(s) for s in quote['speakers']]}")
        return lines
    if kind == "actor":
        lines = [f"name: {ref['name']}  kind: {ref['kind']}", f"aliases: {ref.get('aliases')}",
                 f"roles: {ref.get('roles')}  affiliation: {ref.get('affiliation')}",
                 f"mentions: {len(ref.get('mentions') or [])}"]
        words = {w.lower() for w in re.findall(r"\w+", ref["name"]) if len(w) > 2}
        near = [a["name"] + f" ({a['kind']})" for a in sheet["actors"] if a is not ref
                and words & {w.lower() for w in re.findall(r"\w+", a["name"])}]
        if near:
            lines.append(f"other actors sharing a word: {near}")
        body = sheet["article"]["body"]
        seen = set()
        for start, end in ref.get("mentions") or []:
            surface = body[start:end]
            if surface not in seen and len(seen) < 4:
                seen.add(surface)
                lines.append(f"mention {surface!r}: " + context(body, [start, end]))
        return lines
    if kind == "event":
        same = [e["what"] for e in sheet["events"] if e is not ref
                and e["evidence"][0] < ref["evidence"][1] and ref["evidence"][0] < e["evidence"][1]]
        lines = [f"what: {ref['what']}", f"date: {ref['date']}  when: {ref['when']}",
                 f"actors: {ref['actors']}",
                 f"article published: {sheet['article'].get('published')}"]
        if same:
            lines.append(f"events overlapping its evidence: {same}")
        return lines
    return [f"speakers: {[who(s) for s in ref['speakers']]}", f"kind: {ref['kind']}  cue: {ref['cue']}"
            f"  via: {ref.get('via')}", f"text: {ref['text']}"]


def show(sheets: dict[str, dict], data: dict, only_unjudged: bool = False, kind: str | None = None,
         numbers: set[int] | None = None, out=None) -> None:
    out = out or sys.stdout
    current = {}
    for item in all_items(sheets):
        current.setdefault(key(item), item)
    for number, entry in enumerate(data.get("items", []), 1):
        if (only_unjudged and judged(entry)) or (kind and entry["kind"] != kind) \
                or (numbers and number not in numbers):
            continue
        sheet = sheets.get(entry["article"])
        print(f"=== #{number} {entry['kind']}  {entry['article']}  {entry['digest']}", file=out)
        item = current.get(key(entry))
        if sheet is None or item is None:
            print("   (not in these sheets: changed, needs a new verdict)", file=out)
            continue
        for line in _describe(entry["kind"], item["_ref"], sheet):
            print("   " + line, file=out)
        body = sheet["article"]["body"]
        around = {"speaker": 2, "position": 1}.get(entry["kind"], 0)
        print("   context: " + context(body, entry.get("span"), entry.get("name"), around), file=out)
        if entry["kind"] == "speaker" and entry.get("name"):
            span, name = entry["span"], entry["name"]
            begin, stop = sentence_bounds(body, *span)
            if not (begin - 300 <= name[0] <= stop + 300):
                print("   speaker mention: " + context(body, name), file=out)
        if entry["kind"] == "position" and entry.get("name") and entry.get("span") \
                and not (entry["span"][0] <= entry["name"][0] <= entry["span"][1]):
            print("   actor first mention: " + context(body, entry["name"]), file=out)
        if judged(entry):
            print("   verdict: " + ", ".join(f"{f}={entry.get(f)}" for f in VERDICT_FIELDS
                                             if f in entry), file=out)
        print(file=out)


# ---------------------------------------------------------------- judge

def parse_judgement(kind: str, text: str) -> dict:
    """'right' | 'wrong CODE' | events: 'readable=yes|no date=right|wrong|none [wrong] [CODE]'."""
    fields: dict = {}
    for token in str(text).split():
        if token in ("right", "wrong"):
            fields["verdict"] = token
        elif token.startswith("readable="):
            fields["readable"] = token.split("=", 1)[1]
        elif token.startswith("date="):
            fields["date"] = token.split("=", 1)[1]
        elif token in WHY[kind]:
            fields["why"] = token
        else:
            raise ValueError(f"unknown word {token!r} in a {kind} judgement; codes: {sorted(WHY[kind])}")
    if kind == "event":
        if fields.get("readable") not in READABLE or fields.get("date") not in DATE:
            raise ValueError(f"an event needs readable=yes|no and date=right|wrong|none: {text!r}")
        verdict = "right" if fields["readable"] == "yes" and fields["date"] != "wrong" else "wrong"
        if verdict == "right" and fields.get("verdict") == "wrong":
            if fields.get("why") not in ("duplicate", "furniture"):
                raise ValueError(f"a readable, rightly dated event is wrong only as duplicate or furniture: {text!r}")
            verdict = "wrong"
        elif fields.get("verdict", verdict) != verdict:
            raise ValueError(f"event verdict contradicts readable/date: {text!r}")
        fields["verdict"] = verdict
        if verdict == "wrong" and "why" not in fields:
            fields["why"] = "fragment" if fields["readable"] == "no" else "wrong-date"
    if fields.get("verdict") not in ("right", "wrong"):
        raise ValueError(f"no verdict in {text!r}")
    if fields["verdict"] == "wrong" and not fields.get("why"):
        raise ValueError(f"a wrong verdict needs a why code: {text!r}")
    return fields


def apply_judgements(data: dict, judgements: dict) -> int:
    """Judgements: {item number: judgement text}. Returns how many were applied."""
    entries = data.get("items", [])
    for number, text in judgements.items():
        entry = entries[int(number) - 1]
        fields = parse_judgement(entry["kind"], text)
        entry["why"] = None
        entry.update(fields)
    return len(judgements)


# ---------------------------------------------------------------- score

def score(sheets: dict[str, dict], data: dict) -> dict:
    present = {key(item) for item in all_items(sheets)}
    numbered = list(enumerate(data.get("items", []), 1))
    result = {}
    for kind in KINDS:
        rows = [e for _, e in numbered if e["kind"] == kind]
        live = [e for e in rows if key(e) in present]
        done = [e for e in live if judged(e)]
        right = sum(1 for e in done if e["verdict"] == "right")
        why = collections.Counter(e["why"] for e in done if e["verdict"] == "wrong" and e.get("why"))
        row = {"items": len(rows), "changed": len(rows) - len(live), "unjudged": len(live) - len(done),
               "judged": len(done), "right": right,
               "precision": round(right / len(done), 3) if done else None, "why": dict(why.most_common()),
               "changed_items": [n for n, e in numbered if e["kind"] == kind and key(e) not in present]}
        if kind == "event":
            row["readable"] = sum(1 for e in done if e.get("readable") == "yes")
            dated = [e for e in done if e.get("date") in ("right", "wrong")]
            row["dated"] = len(dated)
            row["dated_right"] = sum(1 for e in dated if e["date"] == "right")
        result[kind] = row
    return result


def print_score(result: dict, data: dict, out=None) -> None:
    out = out or sys.stdout
    print(f"crisis: {data.get('crisis')}  seed: {data.get('seed')}", file=out)
    for kind, row in result.items():
        precision = "n/a" if row["precision"] is None else f"{100 * row['precision']:.1f}%"
        line = f"{kind:9} {precision:>6}  right {row['right']}/{row['judged']}"
        if kind == "event":
            line += f"  readable {row['readable']}/{row['judged']}  dated right {row['dated_right']}/{row['dated']}"
        if row["changed"]:
            line += f"  changed: needs a new verdict {row['changed']}"
        if row["unjudged"]:
            line += f"  unjudged {row['unjudged']}"
        print(line, file=out)
        if row["why"]:
            print("          why: " + ", ".join(f"{k} {v}" for k, v in row["why"].items()), file=out)
        if row["changed_items"]:
            print("          changed: needs a new verdict: "
                  + ", ".join(f"#{n}" for n in row["changed_items"]), file=out)


# ---------------------------------------------------------------- command line

def _numbers(text: str | None) -> set[int] | None:
    if not text:
        return None
    numbers = set()
    for part in text.split(","):
        low, _, high = part.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return numbers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    for name in ("sample", "resample"):
        p = sub.add_parser(name, help="draw items to judge" + (" keeping old verdicts" if name == "resample" else ""))
        p.add_argument("--sheets", type=Path, required=True)
        p.add_argument("--crisis", required=True)
        p.add_argument("--seed", type=int, default=None,
                       help="sampling seed (default: resample takes the first --reuse file's, sample 1)")
        p.add_argument("--per-kind", type=int, default=None, help="items per kind (default as --seed, or 40)")
        p.add_argument("--out", type=Path, required=True)
        p.add_argument("--reuse", type=Path, action="append", default=[],
                       help="verdict file whose verdicts carry over to unchanged items")
    p = sub.add_parser("show", help="print the items with their context, for the judge")
    p.add_argument("--sheets", type=Path, required=True)
    p.add_argument("--verdicts", type=Path, required=True)
    p.add_argument("--only-unjudged", action="store_true")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--items", help="item numbers, e.g. 1-40,45")
    p = sub.add_parser("judge", help="write judgements {number: 'right'|'wrong CODE'|...} into a verdict file")
    p.add_argument("--verdicts", type=Path, required=True)
    p.add_argument("--from", dest="source", type=Path, required=True)
    p = sub.add_parser("score", help="precision per kind of the current sheets")
    p.add_argument("--sheets", type=Path, required=True)
    p.add_argument("--verdicts", type=Path, required=True)
    p.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    if args.command in ("sample", "resample"):
        if args.command == "resample" and not args.reuse:
            ap.error("resample needs --reuse OLD.yaml")
        reused = [read_verdicts(p) for p in args.reuse]
        first = reused[0] if args.command == "resample" else {}
        seed = args.seed if args.seed is not None else first.get("seed", 1)
        per_kind = args.per_kind if args.per_kind is not None else first.get("per_kind", 40)
        data = sample(read_sheets(args.sheets), args.crisis, seed, per_kind, reused)
        write_verdicts(args.out, data)
        kept = sum(1 for e in data["items"] if judged(e))
        print(f"{len(data['items'])} items -> {args.out} ({kept} verdicts kept, "
              f"{len(data['items']) - kept} to judge)")
    elif args.command == "show":
        show(read_sheets(args.sheets), read_verdicts(args.verdicts), args.only_unjudged, args.kind,
             _numbers(args.items))
    elif args.command == "judge":
        data = read_verdicts(args.verdicts)
        with open(args.source, encoding="utf-8") as f:
            count = apply_judgements(data, yaml.safe_load(f) or {})
        write_verdicts(args.verdicts, data)
        print(f"{count} judgements -> {args.verdicts}")
    else:
        data = read_verdicts(args.verdicts)
        result = score(read_sheets(args.sheets), data)
        if args.json:
            print(json.dumps(result, indent=1))
        else:
            print_score(result, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
