#!/usr/bin/env python3
"""Cluster benchmark: the same synthetic articles in JSON-lines shards extracted through this
machine's process pool and through a Dask LocalCluster, side by side in one run; then a run
killed part way and run again, which must give the same output.

Usage: python benchmarks/cluster.py [--articles 2000] [--per-shard 125] [--workers 2]

1. Throughput, ABBA: pool, LocalCluster, LocalCluster, pool (each figure the mean of its two
   runs, so the machine's drift over the run does not pass for a difference). The pool has
   `--workers` processes; the LocalCluster as many single-threaded workers. Both times are wall
   times of `extract_shards` from start to the last output, the LocalCluster's start and each
   worker's model load included. The outputs must be byte for byte the same.
2. Kill and resume: `briefing extract --jsonl SHARDS --out DIR --executor local-dask` in a
   process of its own, killed (with its workers) once a few shards are written, then run again:
   it skips the complete shards, and the outputs match the pool's.
The corpus comes from benchmarks/synthetic.py (templates of our own; nothing from ../shared).
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_shards  # noqa: E402
from generator.extract.shards import LOCAL_DASK, POOL, extract_shards  # noqa: E402


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}


def timed_run(shards: list[Path], out: Path, executor: str, workers: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    extract_shards(shards, out, executor, workers)
    return time.perf_counter() - started


def throughput(shards: list[Path], work: Path, workers: int, articles: int) -> dict[str, bytes]:
    times = {POOL: [], LOCAL_DASK: []}
    for executor in (POOL, LOCAL_DASK, LOCAL_DASK, POOL):
        seconds = timed_run(shards, work / executor, executor, workers)
        times[executor].append(seconds)
        print(f"  {executor:<10} {seconds:7.1f} s", flush=True)
    pool, dask = (sum(times[e]) / 2 for e in (POOL, LOCAL_DASK))
    same = outputs(work / POOL) == outputs(work / LOCAL_DASK)
    print(f"\n| executor | articles | seconds (mean of 2, ABBA) | articles/s | ratio to the pool |")
    print("|---|---:|---:|---:|---:|")
    print(f"| process pool, {workers} processes | {articles:,} | {pool:.1f} | {articles / pool:.2f} | 1.00 |")
    print(f"| Dask LocalCluster, {workers} workers | {articles:,} | {dask:.1f} | {articles / dask:.2f} | {pool / dask:.2f} |")
    print(f"outputs byte for byte the same: {same}")
    return outputs(work / POOL)


def kill_and_resume(shards_dir: Path, work: Path, workers: int, expected: dict[str, bytes], kill_after: int) -> None:
    out = work / "resumed"
    shutil.rmtree(out, ignore_errors=True)
    command = [str(ROOT / ".venv" / "bin" / "briefing"), "extract", "--jsonl", str(shards_dir),
               "--out", str(out), "--executor", LOCAL_DASK, "--jobs", str(workers)]
    if not Path(command[0]).exists():
        command[0:1] = [sys.executable, "-m", "generator.cli"]
    job = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    while len(outputs(out) if out.is_dir() else {}) < kill_after and job.poll() is None:
        time.sleep(0.2)
    os.killpg(job.pid, signal.SIGKILL)  # the job and its LocalCluster's workers, mid-shard
    job.wait()
    done = len(outputs(out))
    started = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    print(f"\nkilled with {done} of {len(expected)} shards written; the rerun finished the other "
          f"{len(expected) - done} in {time.perf_counter() - started:.1f} s; "
          f"outputs the same as the pool's: {outputs(out) == expected}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--per-shard", type=int, default=125)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--kill-after", type=int, default=4, help="shards written before the kill")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cluster-bench-"))
    try:
        shards = write_shards(work / "shards", args.articles, args.per_shard)
        print(f"{args.articles} articles in {len(shards)} shards; {args.workers} processes / workers")
        expected = throughput(shards, work, args.workers, args.articles)
        kill_and_resume(work / "shards", work, args.workers, expected, args.kill_after)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
