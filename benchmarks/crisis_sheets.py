"""Crisis-corpus benchmark: a fact sheet for every article of ../shared/corpus/crisis_md.

    python benchmarks/crisis_sheets.py [--corpus ../shared/corpus/crisis_md] [--out DIR]

For each article: is the sheet valid (``factsheet.validate``); how many actors (by kind),
quotes, positions, events (and how many of them dated), figures and sources it holds; and the
people that are states or places by the gazetteer (must be none). Then the totals, and the
time of extraction beside a bare parse of the same texts with the same pipeline, in this one
process (the later throughput target is extraction >= 0.8x bare parse).

The corpus lives outside the project (../shared); without it the benchmark says so and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "crisis_md"
sys.path.insert(0, str(ROOT))


def people_that_are_places(sheet: dict) -> list[str]:
    from generator.extract import gazetteer
    places, names = gazetteer.place_names(), gazetteer.lookup()
    return [a["name"] for a in sheet["actors"] if a["kind"] == "person"
            and (a["name"] in names or (" " not in a["name"] and a["name"] in places))]


def row(sheet: dict) -> dict:
    kinds = collections.Counter(a["kind"] for a in sheet["actors"])
    return {"id": sheet["id"], "actors": len(sheet["actors"]), "person": kinds["person"],
            "state": kinds["state"], "org": kinds["organization"], "group": kinds["group"],
            "media": kinds["media"], "doc": kinds["document"], "quotes": len(sheet["quotes"]),
            "positions": len(sheet["positions"]), "events": len(sheet["events"]),
            "dated": sum(1 for e in sheet["events"] if e["date"]), "figures": len(sheet["figures"]),
            "sources": len(sheet["sources"]), "bad_people": people_that_are_places(sheet)}


COLUMNS = ["actors", "person", "state", "org", "group", "media", "doc", "quotes", "positions",
           "events", "dated", "figures", "sources"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=None, help="write each sheet as YAML here")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"crisis corpus not found at {args.corpus}: skipped")
        return 0

    from generator.extract import nlp as nlp_module
    from generator.extract.pipeline import assemble
    from generator.formats.sheet_yaml import dump_yaml
    from generator.model.schema import FactSheetError, validate
    from generator.readers import read_seed

    articles = [read_seed(path) for path in sorted(args.corpus.glob("*.md"))]
    nlp = nlp_module.load()
    list(nlp.pipe(["Warm up the pipeline."]))
    started = time.perf_counter()
    docs = list(nlp.pipe([a.body for a in articles], batch_size=16))
    parse_seconds = time.perf_counter() - started

    rows, invalid = [], []
    started = time.perf_counter()
    sheets = [assemble(article, doc).to_dict() for article, doc in zip(articles, docs)]
    assemble_seconds = time.perf_counter() - started
    for sheet in sheets:
        try:
            validate(sheet)
        except FactSheetError as err:
            invalid.append(str(err))
        rows.append(row(sheet))
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{sheet['id']}.yaml").write_text(dump_yaml(sheet), encoding="utf-8")

    width = max(len(r["id"]) for r in rows)
    width = min(width, 52)
    print(f"{'article':{width}} " + " ".join(f"{c:>9}" for c in COLUMNS))
    for r in rows:
        print(f"{r['id'][:width]:{width}} " + " ".join(f"{r[c]:>9}" for c in COLUMNS))
    totals = {c: sum(r[c] for r in rows) for c in COLUMNS}
    print(f"{'TOTAL':{width}} " + " ".join(f"{totals[c]:>9}" for c in COLUMNS))
    bad = [(r["id"], r["bad_people"]) for r in rows if r["bad_people"]]
    print(f"\nsheets: {len(rows)}, valid: {len(rows) - len(invalid)}")
    for message in invalid:
        print("  invalid:", message)
    print(f"states or places typed as people: {sum(len(b) for _, b in bad)}")
    for sheet_id, names in bad:
        print(f"  {sheet_id}: {', '.join(names)}")
    words = sum(len(a.body.split()) for a in articles)
    ratio = parse_seconds / (parse_seconds + assemble_seconds)
    print(f"\nbare parse {parse_seconds:.1f}s, extraction after the parse {assemble_seconds:.1f}s "
          f"({words} words); parse+extract throughput = {ratio:.2f}x bare parse")
    return 1 if invalid or bad else 0


if __name__ == "__main__":
    sys.exit(main())
