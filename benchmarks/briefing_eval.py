"""What a crisis page tells an analyst, printed to the terminal for a judge (nothing is stored:
the articles belong to their publishers).

    python benchmarks/briefing_eval.py --sheets S.jsonl [--sheets T.jsonl ...] --summary [--candidates N] [--repeat N]

`S.jsonl` is the output of ``briefing extract --format json`` (one sheet a line), e.g. of the
development crises in ../shared/corpus. The sheets of each file are analysed apart (their
``crisis`` front matter dropped, so the grouping is the automatic one); ``--summary`` prints
each crisis's summary (date, outlet, article, the sentence), ``--candidates N`` also the N most
relevant candidate sentences left out, and every run prints the time ``analyse`` took (the mean
of ``--repeat`` runs after one warm-up).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def read_sheets(path: Path) -> list[dict]:
    sheets = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for sheet in sheets:
        sheet.pop("crisis", None)
        (sheet.get("article") or {}).pop("crisis", None)
    return sheets


def timed_analysis(sheets: list[dict], repeat: int):
    from generator.crisis import analyse

    analysis = analyse(sheets)
    start = time.perf_counter()
    for _ in range(repeat):
        analysis = analyse(sheets)
    return analysis, (time.perf_counter() - start) / max(repeat, 1)


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sheets", type=Path, action="append", required=True)
    ap.add_argument("--summary", action="store_true", help="print each crisis's summary")
    ap.add_argument("--candidates", type=int, default=0, help="print the N most relevant candidates too")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    for path in args.sheets:
        if not path.exists():
            print(f"{path}: not there (the development data lives outside the project); skipped")
            continue
        sheets = read_sheets(path)
        analysis, seconds = timed_analysis(sheets, args.repeat)
        print(f"{path.name}: {len(sheets)} sheets, {len(analysis.crises)} crises, analyse {seconds:.3f} s")
        by_id = {sheet["id"]: sheet for sheet in analysis.sheets}
        for crisis in analysis.crises:
            if args.summary:
                print_summary(crisis, by_id)
            if args.candidates:
                members = [by_id[a["id"]] for a in crisis["articles"]]
                print_candidates(members, crisis, args.candidates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
