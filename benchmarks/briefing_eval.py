"""The crisis briefing as an analyst reads it, printed for checking by eye on real crises.

    python benchmarks/briefing_eval.py --periods --sheets S.jsonl [--crisis ID] [--width 110]

`S.jsonl` is the output of ``briefing extract --format json`` (one fact sheet a line), e.g. of
``../shared/corpus/crisis2_md``. The sheets are analysed as the build does (any ``crisis`` the
front matter gave is dropped, so the articles are grouped by what they share) and, with
``--periods``, each crisis's "What changed" digest is printed: per period its escalation score
and trend with the evidence behind it, its developments, the actors that entered, stance shifts
and key quotes; then the run of trends in one line. Nothing is written: the article text printed
stays in the terminal.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.crisis import analyse  # noqa: E402

ARROWS = {"up": "↑", "down": "↓", "steady": "→", None: "·"}


def load_crises(sheets_path: str) -> list[dict]:
    sheets = [json.loads(line) for line in Path(sheets_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    for sheet in sheets:
        sheet.pop("crisis", None)
        (sheet.get("article") or {}).pop("crisis", None)
    return analyse(sheets).crises


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheets", required=True, help="fact sheets, one JSON a line")
    parser.add_argument("--periods", action="store_true", help="print each crisis's period digest")
    parser.add_argument("--crisis", help="only the crisis with this id")
    parser.add_argument("--width", type=int, default=110)
    args = parser.parse_args(argv)
    if not Path(args.sheets).exists():
        print(f"skipped: {args.sheets} is not there")
        return 0
    for crisis in load_crises(args.sheets):
        if args.crisis and crisis["id"] != args.crisis:
            continue
        if args.periods:
            print_periods(crisis, args.width)
    return 0


if __name__ == "__main__":
    sys.exit(main())
