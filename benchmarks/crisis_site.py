"""Crisis site benchmark: the 30 US-Iran articles of ../shared/corpus/crisis_md as seeds, built
into a site, and what the crisis briefing holds.

    python benchmarks/crisis_site.py [--corpus DIR] [--keep DIR]

1. copies mkdocs.yml, docs/, templates/ and the corpus' *.md into a temporary project;
2. runs `python -m generator.cli build` (extraction, crisis merge, pictures, mkdocs) and times it;
3. reads every crises/*/crisis.yaml of the built site and reports: crises, actors merged, the
   actor pages of the seven people the crisis turns on with their quote counts, the timeline range.

The corpus lives outside the project (../shared); without it the benchmark says so and exits 0.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import project_files  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "crisis_md"
PEOPLE = ["Trump", "Soleimani", "Zarif", "Khamenei", "Pompeo", "Esper", "Pelosi"]


def make_project(folder: Path, corpus: Path) -> None:
    project_files(folder)
    (folder / "seeds").mkdir()
    for path in sorted(corpus.glob("*.md")):
        shutil.copy(path, folder / "seeds" / path.name)


def build(folder: Path) -> tuple[int, float, str]:
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--root", str(folder),
                          "--site-dir", str(folder / "site")], cwd=ROOT, capture_output=True, text=True)
    return run.returncode, time.perf_counter() - start, run.stdout + run.stderr


def actor_pages(site: Path, surname: str) -> list[tuple[str, str, int]]:
    """(page, name, quotes) of every actor page whose title carries the surname as a word."""
    found = []
    for page in sorted(p for p in (site / "actors").glob("*.html") if p.name != "index.html"):
        html = page.read_text(encoding="utf-8")
        title = re.search(r"<h1[^>]*>(.*?)<", html, re.S)
        name = re.sub(r"<[^>]+>", "", title.group(1)).strip() if title else ""
        if re.search(rf"\b{surname}\b", name):
            found.append((page.stem, name, html.count('class="briefing-quote"')))
    return found


def report(folder: Path, seconds: float, seeds: int) -> None:
    site = folder / "site"
    print(f"seeds: {seeds}; build: {seconds:.1f} s (extraction, crisis merge, pictures, mkdocs)")
    for path in sorted(site.glob("crises/*/crisis.yaml")):
        crisis = yaml.safe_load(path.read_text(encoding="utf-8"))
        records = sum(len(a["sheet_ids"]) for a in crisis["actors"])
        merged = [a for a in crisis["actors"] if len({s["id"] for s in a["sheet_ids"]}) > 1]
        dated = [e["date"] for e in crisis["events"] if e["date"] and not e.get("after_report")
                 and e["date"] >= (crisis["period"]["first"] or "")]
        undated = [e for e in crisis["events"] if e["type"] == "report" and not e["date"]]
        print(f"\ncrisis {crisis['id']!r} ({crisis['grouped_by']}): {len(crisis['articles'])} articles, "
              f"{crisis['period']['first']} to {crisis['period']['last']}")
        print(f"  actors: {len(crisis['actors'])} from {records} sheet actors; "
              f"{len(merged)} carry more than one sheet id")
        print(f"  quotes {len(crisis['quotes'])}, positions {len(crisis['positions'])}, "
              f"events {sum(e['type'] == 'event' for e in crisis['events'])}, relations {len(crisis['relations'])}, "
              f"disagreements {len(crisis['disagreements'])}")
        print(f"  timeline: {min(dated) if dated else '-'} to {max(dated) if dated else '-'}; "
              f"undated reports listed apart: {len(undated)}")
    print("\nactor pages per person (page, name, quotes on the page):")
    for surname in PEOPLE:
        pages = actor_pages(site, surname)
        flag = "" if len(pages) == 1 else "   <- not exactly one"
        print(f"  {surname:10} {pages}{flag}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--keep", type=Path, help="build the project in this folder and keep it")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is not here")
        return 0
    with tempfile.TemporaryDirectory(prefix="crisis-site-") as tmp:
        folder = args.keep or Path(tmp)
        if args.keep:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
        make_project(folder, args.corpus)
        code, seconds, output = build(folder)
        if code != 0:
            print(output)
            print(f"build failed (exit {code})")
            return 1
        warnings = [line for line in output.splitlines() if line.startswith("warning")]
        for line in warnings:
            print(line)
        report(folder, seconds, len(list(args.corpus.glob("*.md"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
