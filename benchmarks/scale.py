#!/usr/bin/env python3
"""Scale benchmark: extraction throughput and build times on a synthetic corpus, side by side.

Usage: python benchmarks/scale.py [--sizes 100,1000,10000] [--sample 300] [--jobs 2]
       python benchmarks/scale.py --sizes ""      # throughput only
       python benchmarks/scale.py --cold-only --sizes 10000   # one cold build per size
       python benchmarks/scale.py --site-sizes 1000,10000 --extracted 300

1. Throughput on `--sample` synthetic articles, in one run: the bare spaCy parse (the stock
   English pipeline as spacy.load gives it, nlp.pipe) against our extraction (our pipeline's
   parse + every extractor), in words per second, by wall time and by this process's CPU time
   (which other jobs on a loaded machine do not change); and extraction with `--jobs` processes
   against one.
2. For each size N, in a fresh project: cold build, rebuild with nothing changed, rebuild after
   one new seed, rebuild after one template change; wall time and peak memory (the build's
   processes summed). Prints a table.
3. Then the time per generated page when every page is rendered again (a template changed once
   more), for every size side by side: the sizes in order, then in reverse (ABBA), each figure
   the mean of its two builds, so that the machine's drift over the run does not pass for a
   cost that grows with the site.
4. With --site-sizes, the site stage alone at sizes beyond what is worth extracting: `--extracted`
   articles are extracted, the rest are copies of them under new headlines (their sheets made
   by copying), every page cache is cleared, then: the site built, rebuilt with nothing changed,
   and rebuilt with one more article.
The corpus comes from benchmarks/synthetic.py (templates of our own; nothing from ../shared).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import article, project_files, write_corpus  # noqa: E402


def throughput(sample: int, jobs: int) -> dict:
    import spacy

    from generator.extract import MODEL
    from generator.extract.batch import extract_chunk, extract_many
    from generator.readers import read_seed

    folder = Path(tempfile.mkdtemp(prefix="scale-tp-"))
    articles = [read_seed(p) for p in write_corpus(folder, sample)]
    words = sum(len(a.body.split()) for a in articles)
    nlp = spacy.load(MODEL)
    list(nlp.pipe(a.body for a in articles[:20]))  # warm up
    rows = {}
    for label, run in (("bare parse", lambda: list(nlp.pipe((a.body for a in articles), batch_size=16))),
                       ("extraction", lambda: extract_chunk(articles)),
                       ("bare parse again", lambda: list(nlp.pipe((a.body for a in articles), batch_size=16))),
                       ("extraction again", lambda: extract_chunk(articles)),
                       (f"extraction, {jobs} processes", lambda: list(extract_many(articles, n_process=jobs))),
                       ("extraction, 1 process", lambda: list(extract_many(articles, n_process=1))),
                       ("extraction, 1 process again", lambda: list(extract_many(articles, n_process=1))),
                       (f"extraction, {jobs} processes again", lambda: list(extract_many(articles, n_process=jobs)))):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        rows[label] = words / (time.perf_counter() - start)
        rows[f"{label}, CPU"] = words / (time.process_time() - cpu)  # this process only
    shutil.rmtree(folder)
    return {"words": words, **rows}


def _tree_rss(pid: int) -> int:
    """Memory (KiB) of a process and all its descendants, read from /proc: their proportional
    set sizes, so that pages forked workers share with their parent count once."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo.extend(int(child) for child in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_build(root: Path, *extra: str) -> tuple[float, float]:
    """(seconds, peak MiB) of one `briefing build` in its own process tree. The peak is the
    most the whole tree held at once (its processes' PSS summed, sampled every 0.2 s), or the
    largest single process's peak RSS if that is more."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child becomes the build; wait4 then reports its and its children's peak RSS
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(sys.executable, [sys.executable, "-m", "generator.cli", "build", "--root", str(root),
                                  "--site-dir", str(root / "site"), *extra])
    peak = 0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        peak = max(peak, _tree_rss(pid))
        time.sleep(0.2)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed in {root}")
    return time.perf_counter() - start, max(peak, usage.ru_maxrss) / 1024


def project(size: int) -> Path:
    root = project_files(Path(tempfile.mkdtemp(prefix=f"scale-{size}-")))
    write_corpus(root / "seeds", size)
    return root


def pages(root: Path) -> int:
    return sum(1 for _ in (root / "site").rglob("index.html"))


def measure_cold(size: int) -> dict:
    root = project(size)
    cold, peak = run_build(root)
    count = pages(root)
    shutil.rmtree(root)
    return {"n": size, "cold": cold, "peak": peak, "pages": count}


def change_template(root: Path, mark: str) -> None:
    """A change to the briefing template that every page's key sees (a comment prints nothing)."""
    template = root / "templates" / "briefing.html.j2"
    template.write_text(template.read_text() + f"\n{{# {mark} #}}\n")


def measure(size: int) -> dict:
    """The builds of one size; the project is kept (`root`) for the side-by-side re-renders."""
    root = project(size)
    cold, cold_mem = run_build(root)
    same, _ = run_build(root)
    name, text = article(size)  # one more article than the corpus holds
    (root / "seeds" / name).write_text(text, encoding="utf-8")
    one_seed, _ = run_build(root)
    change_template(root, "changed")
    one_template, template_mem = run_build(root)
    return {"n": size, "cold": cold, "same": same, "seed": one_seed, "template": one_template,
            "peak": max(cold_mem, template_mem), "pages": pages(root), "root": root}


def per_page_side_by_side(results: list[dict]) -> dict[int, float]:
    """Milliseconds per page of a build that renders every page again, per size: the sizes in
    order and then in reverse (ABBA), each size's figure the mean of its two builds."""
    times: dict[int, list[float]] = {r["n"]: [] for r in results}
    for turn, r in enumerate(results + results[::-1]):
        change_template(r["root"], f"re-render {turn}")
        times[r["n"]].append(run_build(r["root"])[0])
    return {r["n"]: 1000 * sum(times[r["n"]]) / len(times[r["n"]]) / r["pages"] for r in results}


def replicate(root: Path, size: int) -> None:
    """Grow an extracted project to `size` articles by copies of its articles under new headlines,
    with their fact sheets re-stamped as the build would write them: the site stage then works on
    `size` articles without paying `size` extractions."""
    from generator.formats.files import checksum
    from generator.project import Project
    from generator.readers import seed_id
    from generator.speed.sheet_cache import CachedSheetStore
    project = Project.load(root)
    store = CachedSheetStore(project.facts, project.cache_folder)
    originals = sorted(p for p in project.seeds.glob("*.md"))
    sheets = {p.stem: store.read(seed_id(p))[0] for p in originals}
    for index in range(len(originals), size):
        source = originals[index % len(originals)]
        text = source.read_text(encoding="utf-8").replace("\ntitle: ", f"\ntitle: Copy {index} of ", 1)
        seed = project.seeds / f"synthetic-{index:05d}.md"
        seed.write_text(text, encoding="utf-8")
        sheet = json.loads(json.dumps(sheets[source.stem]))
        sheet["id"] = seed_id(seed)
        sheet["article"].update(title=f"Copy {index} of " + sheet["article"]["title"], source_file=seed.name,
                                checksum=checksum(seed.read_bytes()))
        store.write(sheet)


def measure_site(size: int, extracted: int) -> dict:
    """The site stage at `size` articles, from `extracted` extracted ones and their copies."""
    root = project(extracted)
    run_build(root)
    replicate(root, size)
    for cache in ("pages", "framed", "crises"):  # every sheet cached, the site built from nothing
        shutil.rmtree(root / ".cache" / "briefing" / cache, ignore_errors=True)
    cold, cold_mem = run_build(root)
    same, _ = run_build(root)
    count = pages(root)
    replicate(root, size + 1)  # one more article (its sheet made as a copy): the site's part of +1 seed
    one_more, more_mem = run_build(root)
    shutil.rmtree(root)
    return {"n": size, "site": cold, "same": same, "one_more": one_more, "peak": max(cold_mem, more_mem),
            "pages": count, "ms_page": 1000 * cold / count}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--site-sizes", default="", help="site stage only, e.g. 1000,10000: articles beyond "
                    "--extracted are copies of extracted ones (see replicate)")
    ap.add_argument("--extracted", type=int, default=1000)
    ap.add_argument("--cold-only", action="store_true", help="only a cold build per size (no throughput)")
    args = ap.parse_args()
    if args.cold_only:
        print("| articles | cold build | peak memory | pages |")
        print("|---:|---:|---:|---:|")
        for size in (int(s) for s in args.sizes.split(",") if s.strip()):
            r = measure_cold(size)
            print(f"| {r['n']:,} | {r['cold']:.1f} s | {r['peak']:.0f} MiB | {r['pages']:,} |", flush=True)
        return 0
    if args.site_sizes:
        print(f"site stage (sheets cached; beyond {args.extracted} articles, copies of extracted ones):")
        print("| articles | site build | no change | one more article | peak memory | pages | ms/page |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for size in (int(s) for s in args.site_sizes.split(",")):
            r = measure_site(size, min(size, args.extracted))
            print(f"| {r['n']:,} | {r['site']:.1f} s | {r['same']:.1f} s | {r['one_more']:.1f} s | "
                  f"{r['peak']:.0f} MiB | {r['pages']:,} | {r['ms_page']:.2f} |", flush=True)
        return 0

    tp = throughput(args.sample, args.jobs)
    bare = (tp["bare parse"] + tp["bare parse again"]) / 2
    ours = (tp["extraction"] + tp["extraction again"]) / 2
    print(f"throughput on {args.sample} articles ({tp['words']} words), words/s:")
    print(f"  bare spaCy parse      {bare:8.0f}")
    print(f"  our extraction        {ours:8.0f}   ratio {ours / bare:.2f}x of bare parse")
    # CPU seconds of this process: what other jobs on a loaded machine take does not count
    bare_cpu = (tp["bare parse, CPU"] + tp["bare parse again, CPU"]) / 2
    ours_cpu = (tp["extraction, CPU"] + tp["extraction again, CPU"]) / 2
    print(f"  by CPU time           {ours_cpu:8.0f}   ratio {ours_cpu / bare_cpu:.2f}x of bare parse "
          f"({bare_cpu:.0f} words/s)")
    many = (tp[f"extraction, {args.jobs} processes"] + tp[f"extraction, {args.jobs} processes again"]) / 2
    one = (tp["extraction, 1 process"] + tp["extraction, 1 process again"]) / 2
    print(f"  extraction, {args.jobs} procs   {many:8.0f}   ratio {many / one:.2f}x of one process "
          f"({one:.0f} words/s); each figure the mean of two runs, in the order ABBA")
    print()
    print("| articles | cold build | no change | +1 seed | template change | peak memory | pages |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    results = []
    for size in (int(s) for s in args.sizes.split(",") if s.strip()):
        r = measure(size)
        results.append(r)
        print(f"| {r['n']:,} | {r['cold']:.1f} s | {r['same']:.1f} s ({100 * r['same'] / r['cold']:.0f}%) | "
              f"{r['seed']:.1f} s ({100 * r['seed'] / r['cold']:.0f}%) | {r['template']:.1f} s | "
              f"{r['peak']:.0f} MiB | {r['pages']:,} |", flush=True)
    if results:
        per_page = per_page_side_by_side(results)
        print()
        print("every page rendered again (a template changed), the sizes side by side in the order ABBA:")
        print("| articles | ms/page | vs the size before |")
        print("|---:|---:|---:|")
        before = None
        for size, ms in per_page.items():
            print(f"| {size:,} | {ms:.2f} | {f'{ms / before:.2f}x' if before else '-'} |")
            before = ms
    for r in results:
        shutil.rmtree(r["root"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
