#!/usr/bin/env python3
"""Two checkouts of the project measured side by side with benchmarks/scale.py, in the order
A B B A, so that the machine's drift over the run falls on both alike.

Usage: python benchmarks/side_by_side.py OLD_CHECKOUT NEW_CHECKOUT [--sizes 100,1000] [--sample 200]

Each checkout runs its own benchmarks/scale.py with its own code first on the path (one
environment: this project's .venv). Prints every run's output, then for each figure of the
table (cold build, no change, +1 seed, template change, peak memory, per size) and the
throughput lines the mean of each checkout's two runs and the ratio new / old.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROW = re.compile(r"^\| ([\d,]+) \| ([\d.]+) s \| ([\d.]+) s \(\d+%\) \| ([\d.]+) s \(\d+%\) \| ([\d.]+) s \| "
                 r"(\d+) MiB \| ([\d,]+) \|$")
COLUMNS = ("cold build", "no change", "+1 seed", "template change", "peak MiB")
THROUGHPUT = re.compile(r"^\s+(bare spaCy parse|our extraction|by CPU time|extraction, \d+ procs)\s+(\d+)")


def run(checkout: Path, sizes: str, sample: int) -> str:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, str(checkout / "benchmarks" / "scale.py"), "--sizes", sizes, "--sample", str(sample)]
    done = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return done.stdout


def figures(output: str) -> dict[str, float]:
    found = {}
    for line in output.splitlines():
        if match := ROW.match(line.strip()):
            size = match.group(1)
            for name, value in zip(COLUMNS, match.groups()[1:6]):
                found[f"{size}: {name}"] = float(value)
        elif match := THROUGHPUT.match(line):
            found[f"words/s: {match.group(1)}"] = float(match.group(2))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--sample", type=int, default=200)
    args = ap.parse_args()
    runs = {"old": [], "new": []}
    for label in ("old", "new", "new", "old"):
        checkout = getattr(args, label).resolve()
        output = run(checkout, args.sizes, args.sample)
        print(f"--- {label}: {checkout}\n{output}", flush=True)
        runs[label].append(figures(output))
    print("| figure | old (mean of 2) | new (mean of 2) | new / old |")
    print("|---|---:|---:|---:|")
    for name in runs["old"][0]:
        old = sum(r[name] for r in runs["old"]) / 2
        new = sum(r[name] for r in runs["new"]) / 2
        print(f"| {name} | {old:,.1f} | {new:,.1f} | {new / old:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
