"""`briefing`: the command line. Each command is one call into generator.api.

Exit codes: 0 success; 1 the build or check found problems (a seed that cannot be read only
fails the run with --strict); 2 wrong usage or an input that cannot be used at all.
"""
from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import entry_points
from pathlib import Path

from generator import api
from generator.extract.shards import POOL, is_shards
from generator.formats.sheet_yaml import dump_yaml
from generator.project import Project

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
ENGINES = "briefing.engines"  # entry points: the site builders (mkdocs_briefing.engine:MkDocsEngine)


def site_engine(name: str = "mkdocs"):
    """The site builder registered under `name` (found by entry point: this package imports
    nothing from it)."""
    for point in entry_points(group=ENGINES):
        if point.name == name:
            return point.load()()
    raise SystemExit(f"briefing: no site builder {name!r} is installed (entry point group {ENGINES})")


def _project(args, **overrides) -> Project:
    return Project.load(Path(args.root).resolve(), **overrides)


def _speed(project: Project):
    """The speed layer, unless the project (or --no-cache) turned it off."""
    if not project.cache:
        return None
    from generator.speed.layer import Speed
    return Speed()


def _report(lines: list[str]) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)


def cmd_build(args) -> int:
    project = _project(args, strict=args.strict or None, cache=False if args.no_cache else None)
    report = api.build(project, Path(args.site_dir), site_engine(), jobs=args.jobs, speed=_speed(project))
    sheets = report.sheets
    _report(sheets.warnings + sheets.problems)
    print(f"fact sheets: {len(sheets.ids)} ({len(sheets.extracted)} extracted, "
          f"{len(sheets.reused)} unchanged) in {project.facts}")
    if report.outcome in (api.STOPPED, api.FAILED):  # warnings (a seed that still builds) never fail a run
        return EXIT_PROBLEMS
    print(f"site: {'up to date' if report.outcome == api.CURRENT else 'built'} in {report.site}")
    return EXIT_OK


def cmd_serve(args) -> int:
    site_engine().serve(_project(args), args.dev_addr)
    return EXIT_OK


def cmd_check(args) -> int:
    count, problems = api.check(_project(args))
    _report(problems)
    print(f"checked {count} seeds: {len(problems)} problems")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_extract(args) -> int:
    if args.jsonl and (is_shards(args.jsonl) or args.executor):
        return _extract_shards(args)
    if args.jsonl:
        if not args.out:
            print("briefing extract --jsonl: --out OUT is required", file=sys.stderr)
            return EXIT_USAGE
        articles, errors = api.read_records(Path(args.jsonl))
        _report(errors)
    elif args.paths:
        articles, errors = api.read_files(args.paths)
        for line in errors:
            print(f"error: {line}", file=sys.stderr)
    else:
        print("briefing extract: give seed files, or --jsonl IN --out OUT", file=sys.stderr)
        return EXIT_USAGE
    out = open(args.out, "w", encoding="utf-8") if args.jsonl else sys.stdout
    count = 0
    try:
        for sheet in api.extract(articles, jobs=args.jobs):
            if isinstance(sheet, Exception):  # one bad sheet is reported, the batch goes on
                _report([str(sheet)])
                continue
            out.write(_sheet_text(sheet, "json" if args.jsonl else args.format))
            count += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if args.jsonl:
        print(f"{count} fact sheets written to {args.out}", file=sys.stderr)
        return EXIT_OK
    return EXIT_USAGE if errors else EXIT_OK


def _extract_shards(args) -> int:
    """--jsonl SHARDS --out DIR: one output per shard, shards already done skipped."""
    if not args.out:
        print("briefing extract --jsonl SHARDS: --out DIR is required", file=sys.stderr)
        return EXIT_USAGE

    def done(result):
        _report(result.problems)
        what = "already complete" if result.skipped else f"{result.sheets} fact sheets"
        print(f"{result.shard}: {what}", file=sys.stderr)

    try:
        results = api.extract_shards(args.jsonl, Path(args.out), args.executor or POOL, args.jobs, done)
    except ValueError as err:  # no shards, two with one name, an unknown executor
        print(f"briefing extract: {err}", file=sys.stderr)
        return EXIT_USAGE
    made = [r for r in results if not r.skipped]
    print(f"{len(made)} shards extracted ({sum(r.sheets for r in made)} fact sheets), "
          f"{len(results) - len(made)} already complete, in {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args) -> int:
    project = _project(args)
    try:
        result = api.import_shards(project, args.jsonl, Path(args.sheets), speed=_speed(project))
    except ValueError as err:  # no shards, two with one name
        print(f"briefing import: {err}", file=sys.stderr)
        return EXIT_USAGE
    _report(result.problems)
    print(f"{result.records} records: {len(result.seeds_written)} seeds written "
          f"({len(result.seeds_there)} already there) in {project.seeds}, "
          f"{len(result.sheets_written)} fact sheets taken over ({len(result.sheets_there)} already current) "
          f"in {project.facts}; {len(result.to_extract)} seeds left for `briefing build` to extract, "
          f"{result.not_imported} records not imported")
    return EXIT_OK


def _sheet_text(data: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False) + "\n"
    return "---\n" + dump_yaml(data)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description="Turn news articles in seeds/ into "
                                  "YAML fact sheets and a browsable MkDocs briefing site.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="seeds -> fact sheets (facts/) -> site (site/)")
    p.add_argument("--root", default=".", help="the project folder (holds mkdocs.yml, seeds/, facts/)")
    p.add_argument("--site-dir", default="site", help="where the site is written (default: site)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any seed cannot be used")
    p.add_argument("--no-cache", action="store_true",
                   help="the plain pipeline alone: no cache read or written, no second process, no links")
    p.add_argument("--jobs", type=int, help="extraction processes (default: one per core for large runs)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="print the fact sheet of each seed, or batch-extract JSON lines")
    p.add_argument("paths", nargs="*", help="seed files (.txt, .md, .html)")
    p.add_argument("--format", choices=["yaml", "json"], default="yaml", help="output format (default: yaml)")
    p.add_argument("--jsonl", metavar="IN", help='input JSON lines: {"id", "text", "title"?, "date"?, "url"?, '
                   '"publisher"?}; a folder or glob pattern of such files is a set of shards')
    p.add_argument("--out", metavar="OUT", help="with --jsonl: output JSON lines, one fact sheet each "
                   "(for shards: a folder, one output per shard; complete ones are skipped)")
    p.add_argument("--executor", metavar="WHERE", help="for shards: pool (this machine's processes, the "
                   "default), local-dask (a Dask LocalCluster here) or dask://HOST:PORT (a Dask scheduler)")
    p.add_argument("--jobs", type=int, help="extraction processes (default: one per core for large runs); "
                   "with local-dask, its workers (default 2)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("import", help="records and the fact sheets `extract --jsonl SHARDS` made of them "
                       "-> seeds/ and facts/, so that `build` uses those sheets")
    p.add_argument("--jsonl", metavar="SHARDS", required=True,
                   help="the shards (a folder of *.jsonl files, a glob pattern or one file) given to extract")
    p.add_argument("--sheets", metavar="DIR", required=True, help="the folder extract --out wrote their outputs to")
    p.add_argument("--root", default=".", help="the project folder")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("check", help="validate seeds and fact sheets; writes nothing")
    p.add_argument("--root", default=".", help="the project folder")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("serve", help="serve the site locally, rebuilding when seeds or templates change")
    p.add_argument("--root", default=".", help="the project folder")
    p.add_argument("--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: 127.0.0.1:8000)")
    p.set_defaults(func=cmd_serve)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
