"""The crisis briefing on the development crises: what the crisis page leads with.

    python benchmarks/briefing_eval.py --sheets SHEETS.jsonl [--sheets MORE.jsonl] [--top 15]

SHEETS.jsonl holds fact sheets, one JSON object per line, as ``briefing extract --format json``
prints them for ../shared/corpus/crisis_md or crisis2_md. Their `crisis` front matter is dropped,
so the articles are grouped as an archive without it would be. For each crisis: the time
``analyse`` takes, its developments (how many, how many reported by three articles or more, how
many are background), where its timeline starts against its first article, and its most
reported developments (date, number of articles, id). Prints to the terminal only: the text of
the articles stays out of the project.

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
    wide = [d for d in developments if len(d["articles"]) >= 3]
    print(f"\n{crisis['id']}: {len(crisis['articles'])} articles, {crisis['period']['first']} to "
          f"{crisis['period']['last']}, analyse {seconds:.2f} s")
    print(f"  developments {len(developments)} (from {sum(len(d['accounts']) for d in developments)} mentions), "
          f"reported by >= 3 articles: {len(wide)}, background: {sum(d['background'] for d in developments)}, "
          f"ahead of their report: {sum(bool(d.get('ahead')) for d in developments)}, "
          f"undated: {sum(not d['date'] for d in developments)}")
    if dated:
        print(f"  timeline starts {min(d['date'] for d in dated)} (first article {crisis['period']['first']})")
    ranked = sorted(developments, key=lambda d: (-len(d["articles"]), d["date"] or "9999", d["id"]))
    print(f"  most reported ({top}):")
    for d in ranked[:top]:
        flags = " background" if d["background"] else " ahead" if d.get("ahead") else ""
        print(f"    {d['date'] or 'undated':10} {len(d['articles']):2} articles  {d['id']}{flags}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheets", type=Path, action="append", default=[])
    parser.add_argument("--top", type=int, default=15)
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
            report(crisis, seconds, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
