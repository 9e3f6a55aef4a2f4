#!/usr/bin/env python3
"""Import benchmark: a cluster's output taken into a site (`briefing import` then `briefing
build`) against `briefing build` of the same seeds with no fact sheets, side by side in one run;
then whether the two sites are the same bytes.

Usage: python benchmarks/shard_import.py [--articles 200] [--per-shard 50] [--workers 2]

1. The shards (benchmarks/synthetic.py: templates of our own, nothing from ../shared) are
   extracted once through the process pool (`extract_shards`, `--workers` processes), as a
   cluster would: that time is shown, not compared.
2. ABBA, each run in a fresh project folder and as the command line runs it (a process of its
   own, `python -m generator.cli`, so each pays its own start and, when it extracts, the model
   load): A = `import` + `build`, B = `build` of A's seeds copied alone. Each figure is the mean
   of its two runs, so the machine's drift over the run does not pass for a difference.
3. The fact sheets (`facts/`) and the sites (`site/`) of an A and a B are compared file by file.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import project_files, write_shards  # noqa: E402
from generator.extract.shards import extract_shards  # noqa: E402


def cli(*args: str) -> float:
    """Seconds one `briefing` command takes, run as its own process."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator.cli", *args], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def new_project(folder: Path, seeds: Path | None = None) -> Path:
    project_files(folder)
    if seeds is not None:
        shutil.copytree(seeds, folder / "seeds")
    return folder


def imported(folder: Path, shards: Path, out: Path) -> tuple[float, float]:
    """A: seconds of `import`, then of `build`."""
    root = str(new_project(folder))
    return (cli("import", "--jsonl", str(shards), "--sheets", str(out), "--root", root),
            cli("build", "--root", root, "--site-dir", f"{root}/site"))


def built(folder: Path, seeds: Path) -> float:
    """B: seconds of `build` of the seeds alone."""
    root = str(new_project(folder, seeds))
    return cli("build", "--root", root, "--site-dir", f"{root}/site")


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def compare(a: Path, b: Path, what: str) -> None:
    left, right = files(a / what), files(b / what)
    differ = sorted(name for name in left.keys() | right.keys() if left.get(name) != right.get(name))
    print(f"{what}/: {len(left)} files after import + build, {len(right)} after build alone; "
          f"{'the same bytes' if not differ else f'{len(differ)} differ: ' + ', '.join(differ[:10])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--per-shard", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    try:
        shards = write_shards(work / "shards", args.articles, args.per_shard)
        started = time.perf_counter()
        extract_shards(shards, work / "out", jobs=args.workers)
        print(f"{args.articles} articles in {len(shards)} shards, extracted through the pool "
              f"({args.workers} processes) in {time.perf_counter() - started:.1f} s (the cluster's part)")
        a1 = imported(work / "a1", work / "shards", work / "out")
        b1 = built(work / "b1", work / "a1" / "seeds")
        b2 = built(work / "b2", work / "a1" / "seeds")
        a2 = imported(work / "a2", work / "shards", work / "out")
        imp, build_after = ((a1[i] + a2[i]) / 2 for i in (0, 1))
        alone = (b1 + b2) / 2
        print(f"\n| run (mean of 2, ABBA) | seconds | ratio to build alone |")
        print("|---|---:|---:|")
        print(f"| `import` | {imp:.1f} | |")
        print(f"| `build` after `import` | {build_after:.1f} | |")
        print(f"| `import` + `build` | {imp + build_after:.1f} | {(imp + build_after) / alone:.2f} |")
        print(f"| `build` of the same seeds, no fact sheets | {alone:.1f} | 1.00 |")
        for what in ("facts", "site"):
            compare(work / "a1", work / "b1", what)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
