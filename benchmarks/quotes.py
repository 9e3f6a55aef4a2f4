"""Quote benchmark: PolNeAR dev through `briefing extract --jsonl`, scored like the Gender Gap Tracker.

    python benchmarks/quotes.py [--gold ../shared/eval/polnear-dev.jsonl] [--errors N]

1. runs `python -m generator.cli extract --jsonl GOLD --out SHEETS` (one fact sheet per line);
2. turns each sheet into the scorer's prediction line: per quote its span, the resolved name of
   its first speaker and that speaker's mention span;
3. scores with ../shared/eval/score_quotes.py over all kinds, over direct+mixed and over each kind;
4. times quote extraction beside a bare parse of the same texts (same pipeline, ``nlp.pipe``) in
   this one process, and prints the ratio: the extra cost quotes add on top of the parse.

The gold set lives outside the project (../shared); without it the benchmark says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))


def predictions(sheet: dict, kinds: set[str]) -> dict:
    """One scorer prediction line from one fact sheet, for the quotes of the given kinds."""
    names = {a["id"]: a["name"] for a in sheet["actors"]}
    quotes = []
    for q in sheet["quotes"]:
        if q["kind"] not in kinds:
            continue
        first = q["speakers"][0] if q["speakers"] else None
        mention = q["speaker_mention"] or [None, None]
        # a speaker the article does not name ("analysts said") is the phrase as written
        described = sheet["article"]["body"][mention[0]:mention[1]] if mention[0] is not None else None
        quotes.append({"start": q["start"], "end": q["end"], "speaker": names.get(first, first) or described,
                       "speaker_start": mention[0], "speaker_end": mention[1]})
    return {"id": sheet["id"], "quotes": quotes}


def extract_sheets(gold: Path, out: Path) -> float:
    """Fact sheets of every gold article through `briefing extract --jsonl`; the seconds it took."""
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "generator.cli", "extract", "--jsonl", str(gold), "--out", str(out),
                          "--jobs", "1"], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"`briefing extract --jsonl` failed:\n{run.stderr[-2000:]}")
    return time.perf_counter() - started


def score(gold: Path, pred: Path, types: str, errors: int) -> dict:
    scorer = SHARED / "score_quotes.py"
    cmd = [sys.executable, str(scorer), str(gold), str(pred), "--types", types]
    if errors:
        subprocess.run(cmd + ["--errors", str(errors)], check=True)
    out = subprocess.run(cmd + ["--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def time_side_by_side(texts: list[str], rounds: int = 2) -> tuple[float, float]:
    """Seconds for a bare parse of all texts, and for quote extraction on those parses (best of rounds)."""
    from generator.extract import nlp as nlp_module
    from generator.extract.actors import find_actors
    from generator.extract.parsed import Parsed
    from generator.extract.quotes import find_quotes

    nlp = nlp_module.load()
    list(nlp.pipe(texts[:2]))  # warm up
    parse_best = quote_best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse_best = min(parse_best, time.perf_counter() - started)
        parsed = [Parsed.of(doc) for doc in docs]
        tables = [find_actors(p) for p in parsed]  # the actor stage is not ours to time
        started = time.perf_counter()
        for one, table in zip(parsed, tables):
            find_quotes(one, table)
        quote_best = min(quote_best, time.perf_counter() - started)
    return parse_best, quote_best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "polnear-dev.jsonl")
    ap.add_argument("--errors", type=int, default=0, help="also print N error examples per scoring")
    ap.add_argument("--keep", type=Path, help="keep the sheets and prediction files in this folder")
    args = ap.parse_args()
    if not args.gold.exists() or not (SHARED / "score_quotes.py").exists():
        print(f"skipped: {args.gold} or the scorer is absent (../shared is not here)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        sheets_path = keep / "sheets.jsonl"
        seconds = extract_sheets(args.gold, sheets_path)
        sheets = [json.loads(line) for line in open(sheets_path, encoding="utf-8")]
        texts = [json.loads(line)["text"] for line in open(args.gold, encoding="utf-8")]
        print(f"{len(texts)} articles; `briefing extract --jsonl` took {seconds:.1f}s (with model load)")
        for label, types in (("all kinds", "direct,mixed,indirect"), ("direct+mixed", "direct,mixed"),
                             ("direct", "direct"), ("mixed", "mixed"), ("indirect", "indirect")):
            # each kind set is scored on the predictions of those kinds only, as the gold is filtered
            pred_path = keep / f"pred-{types.replace(',', '-')}.jsonl"
            with open(pred_path, "w", encoding="utf-8") as out:
                for sheet in sheets:
                    out.write(json.dumps(predictions(sheet, set(types.split(",")))) + "\n")
            result = score(args.gold, pred_path, types, args.errors)
            o = result["@0.3"]
            print(f"{label:13} @0.3  P {o['precision']:5.1f}  R {o['recall']:5.1f}  F1 {o['f1']:5.1f}  "
                  f"speaker span {o['speaker_span']:5.1f}%  name {o['speaker_name']:5.1f}%  "
                  f"({o['matched']}/{o['gold']} gold, {o['predicted']} predicted)")
    parse, quotes = time_side_by_side(texts)
    n = len(texts)
    print(f"time per article: bare parse {1000 * parse / n:.1f} ms, quote extraction {1000 * quotes / n:.2f} ms "
          f"-> quotes add {100 * quotes / parse:.1f}% to the parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
