"""The crisis briefing on the development crises, printed for checking by eye: what the crisis
page leads with.

    python benchmarks/briefing_eval.py --sheets S.jsonl [--sheets MORE.jsonl] [--top 15]
        [--summary [--candidates N]] [--periods] [--crisis ID] [--width 110]

`S.jsonl` holds fact sheets, one JSON object per line, as ``briefing extract --format json``
prints them for ../shared/corpus/crisis_md or crisis2_md. Their `crisis` front matter is dropped,
so the articles are grouped as an archive without it would be. For each crisis: the time
``analyse`` takes, its developments (how many, how many reported by three articles or more, how
many are background), where its timeline starts against its first article, and its most
reported developments (date, number of articles, id). With ``--summary``, its summary (date,
outlet, article, the sentence; ``--candidates N`` also the N most relevant sentences left out).
With ``--periods``, each crisis's "What
changed" digest too: per period its escalation score and trend with the evidence behind it, its
developments, the actors that entered, stance shifts and key quotes; then the run of trends in
one line. Prints to the terminal only: the text of the articles stays out of the project.

Without the sheets (../shared is not there) it says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load(path: Path) -> list[dict]:
    sheets = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for sheet in sheets:
        (sheet.get("article") or {}).pop("crisis", None)
        sheet.pop("crisis", None)
    return sheets


def report(crisis: dict, seconds: float, top: int) -> None:
    developments = crisis.get("developments") or []
    dated = [d for d in developments if d["date"] and not d["background"] and not d.get("ahead")]
    wide = [d for d in developments if len(d["articles"]) >= 3 and not d["background"]]
    print(f"\n{crisis['id']}: {len(crisis['articles'])} articles, {crisis['period']['first']} to "
          f"{crisis['period']['last']}, analyse {seconds:.2f} s")
    print(f"  developments {len(developments)} (from {sum(len(d['accounts']) for d in developments)} mentions), "
          f"reported by >= 3 articles (not background): {len(wide)}, background: {sum(d['background'] for d in developments)}, "
          f"ahead of their report: {sum(bool(d.get('ahead')) for d in developments)}, "
          f"undated: {sum(not d['date'] for d in developments)}")
    if dated:
        print(f"  timeline starts {min(d['date'] for d in dated)} (first article {crisis['period']['first']})")
    ranked = sorted(developments, key=lambda d: (-len(d["articles"]), d["date"] or "9999", d["id"]))
    print(f"  most reported ({top}):")
    for d in ranked[:top]:
        flags = " background" if d["background"] else " ahead" if d.get("ahead") else ""
        print(f"    {d['date'] or 'undated':10} {len(d['articles']):2} articles  {d['id']}{flags}")


ARROWS = {"up": "↑", "down": "↓", "steady": "→", None: "·"}


def shorten(text, width: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def print_periods(crisis: dict, width: int) -> None:
    names = {a["id"]: a.get("name") or a["id"] for a in crisis.get("actors") or []}
    developments = {d["id"]: d for d in crisis.get("developments") or []}
    quotes = {(q["article"], q["id"]): q for q in crisis.get("quotes") or []}
    print(f"# {crisis['title']} ({crisis['id']}): {len(crisis.get('periods') or [])} periods")
    for p in crisis.get("periods") or []:
        e = p["escalation"]
        print(f"\n## {p['label']} ({p['start']} to {p['end']})  {ARROWS[e['trend']]} {e['trend']}  score {e['score']}")
        for item in e["evidence"]:
            what = developments[item["id"]].get("what") if item["kind"] == "development" else \
                (quotes.get((item.get("article"), item.get("quote"))) or {}).get("text")
            print(f"   evidence {item['kind']:<11} {item['weight']:+5.1f} {','.join(item['words'])}: {shorten(what, width - 40)}")
        for d in (developments[i] for i in p["developments"]):
            print(f"  - {d['date']} [{len(d.get('articles') or [])}] {shorten(d.get('what'), width - 20)}")
        if p["actors_entered"]:
            print(f"  entered: {', '.join(names.get(a, a) for a in p['actors_entered'][:10])}"
                  f"{' +%d' % (len(p['actors_entered']) - 10) if len(p['actors_entered']) > 10 else ''}")
        for s in p["stance_shifts"]:
            print(f"  shift: {names.get(s['actor'], s['actor'])} on {s['topic']}: "
                  f"{s['before']['stance']} ({s['before']['article']}) -> {s['after']['stance']} ({s['after']['article']})")
        for k in p["key_quotes"]:
            q = quotes.get((k["article"], k["quote"])) or {}
            print(f"  quote: {names.get(k['speaker'], k['speaker'])} [{k['reported_by']}]: {shorten(q.get('text'), width - 30)}")
    run = " ".join(f"{p['start'][5:]}{ARROWS[p['escalation']['trend']]}{p['escalation']['score']}"
                   for p in crisis.get("periods") or [])
    print(f"\ntrends: {run}\n")


def print_summary(crisis: dict, sheets: dict[str, dict], out=sys.stdout) -> None:
    print(f"\n== {crisis['id']}: {len(crisis['articles'])} articles, "
          f"{crisis['period']['first']} to {crisis['period']['last']}", file=out)
    for n, entry in enumerate(crisis.get("summary") or [], start=1):
        article = sheets[entry["article"]]["article"]
        start, end = entry["evidence"]
        exact = article["body"][start:end] == entry["text"]
        print(f"{n}. [{entry.get('published')} · {article.get('publisher')} · {entry['article'][:40]}]"
              f"{'' if exact else ' (SPAN MISMATCH)'}\n   {entry['text']}", file=out)


def print_candidates(members: list[dict], crisis: dict, count: int, out=sys.stdout) -> None:
    """The best candidates by relevance, for seeing what the selection left out, and how alike
    the chosen sentences are (cosine of each pair)."""
    from generator.crisis.summary import score_candidates

    scored = score_candidates(members, crisis.get("developments"))
    if scored is None:
        return
    pool, candidates = scored.pool, scored.candidates
    print(f"   {len(pool)} sentences, {len(candidates)} candidates", file=out)
    rows = {(pool[i].article, pool[i].start): r for r, i in enumerate(candidates)}
    chosen = [rows[(e["article"], e["evidence"][0])] for e in crisis.get("summary") or []]
    likeness = scored.matrix[chosen] @ scored.matrix[chosen].T
    print("   likeness of the chosen:", " ".join(f"{likeness[a, b]:.2f}" for a in range(len(chosen))
                                            for b in range(a + 1, len(chosen))), file=out)
    for row in sorted(range(len(candidates)), key=lambda r: -scored.relevance[r])[:count]:
        x = pool[candidates[row]]
        print(f"   {scored.relevance[row]:.2f} c={scored.central[row]:.2f} [{scored.dates.get(x.article)}]"
              f"{' *' if row in chosen else ''} {x.text[:150]}", file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheets", type=Path, action="append", default=[], help="fact sheets, one JSON a line")
    parser.add_argument("--top", type=int, default=15, help="most reported developments shown")
    parser.add_argument("--periods", action="store_true", help="print each crisis's period digest")
    parser.add_argument("--summary", action="store_true", help="print each crisis's summary")
    parser.add_argument("--candidates", type=int, default=0, help="with --summary: the N most relevant candidates too")
    parser.add_argument("--crisis", help="only the crisis with this id")
    parser.add_argument("--width", type=int, default=110)
    args = parser.parse_args(argv)
    paths = [p for p in args.sheets if p.exists()]
    if not paths:
        print("no fact sheets given or found (see the docstring); nothing measured")
        return 0
    from generator.crisis import analyse
    for path in paths:
        sheets = load(path)
        start = time.perf_counter()
        analysis = analyse(sheets)
        seconds = time.perf_counter() - start
        print(f"{path.name}: {len(sheets)} sheets, {len(analysis.crises)} crises")
        for crisis in analysis.crises:
            if args.crisis and crisis["id"] != args.crisis:
                continue
            report(crisis, seconds, args.top)
            by_id = {sheet["id"]: sheet for sheet in analysis.sheets}
            if args.summary:
                print_summary(crisis, by_id)
            if args.candidates:
                print_candidates([by_id[a["id"]] for a in crisis["articles"]], crisis, args.candidates)
            if args.periods:
                print_periods(crisis, args.width)
    return 0


if __name__ == "__main__":
    sys.exit(main())
