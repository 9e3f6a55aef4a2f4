"""`briefing`: the command line, a thin layer over generator.build and generator.extract.

Exit codes: 0 success; 1 the build or check found problems (a seed that cannot be read only
fails the run with --strict); 2 wrong usage or an input that cannot be used at all.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator import build
from generator.curation import CurationError, curation_path, load_curation
from generator.factsheet import FactSheetError, dump_yaml, load_yaml, validate
from generator.readers import SeedError, article_from_record, read_seed

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _project(args) -> build.Project:
    return build.Project(root=Path(args.root).resolve())


def _report(problems: list[str]) -> None:
    for line in problems:
        print(f"warning: {line}", file=sys.stderr)


def _mkdocs(command: list[str], project: build.Project, extra_env: dict[str, str] | None = None) -> int:
    # Material's end-of-life banner is not ours to show
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs", *command], cwd=project.root, env=env).returncode


def cmd_build(args) -> int:
    project = _project(args)
    result = build.build_sheets_apart(project, jobs=args.jobs)  # the site is built by MkDocs
    _report(result.warnings + result.problems)
    print(f"fact sheets: {len(result.ids)} ({len(result.extracted)} extracted, "
          f"{len(result.reused)} unchanged) in {project.facts}")
    if result.problems and args.strict:  # warnings (a seed that still builds) never fail a run
        return EXIT_PROBLEMS
    site = Path(args.site_dir).resolve()
    build.recover_site(site)
    stamp = build.site_stamp(project, result)
    if build.site_is_current(project, site, stamp):
        print(f"site: up to date in {site}")
        return EXIT_OK
    new = build.new_site_dir(site)
    code = _mkdocs(["build", "--quiet", "-f", str(project.root / "mkdocs.yml"), "-d", str(new)], project,
                   extra_env={build.PREVIOUS_SITE: str(site)})  # to link what is unchanged
    if code != 0:  # a failed build never replaces the site that was there
        shutil.rmtree(new, ignore_errors=True)
        return EXIT_PROBLEMS
    build.swap_in(new, site)
    build.mark_site_current(project, site, stamp)
    print(f"site: built in {site}")
    return EXIT_OK


def cmd_serve(args) -> int:
    project = _project(args)
    return _mkdocs(["serve", "-f", str(project.root / "mkdocs.yml"), "-a", args.dev_addr], project)


def cmd_check(args) -> int:
    project = _project(args)
    result = build.BuildResult()
    articles = build.read_articles(project, result)
    for article in articles:
        result.problems.extend(article.warnings)
        curation = curation_path(project.seeds / article.source_file)
        if curation.exists():
            try:
                load_curation(curation)
            except CurationError as err:
                result.problems.append(str(err))
        path = project.sheet_path(article.id)
        if not path.exists():
            result.problems.append(f"{article.source_file}: no fact sheet yet ({path.name}); run `briefing build`")
            continue
        try:
            validate(load_yaml(path.read_text(encoding="utf-8"), path.name), path.name)
        except FactSheetError as err:
            result.problems.append(str(err))
    _report(result.problems)
    print(f"checked {len(articles)} seeds: {len(result.problems)} problems")
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def _print_sheet(data: dict, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(data, ensure_ascii=False))
    else:
        print("---")
        print(dump_yaml(data), end="")


def cmd_extract(args) -> int:
    if args.jsonl:
        return _extract_jsonl(args)
    if not args.paths:
        print("briefing extract: give seed files, or --jsonl IN --out OUT", file=sys.stderr)
        return EXIT_USAGE
    articles, failed = [], False
    for path in args.paths:
        try:
            articles.append(read_seed(Path(path)))
        except (SeedError, OSError) as err:
            print(f"error: {err}", file=sys.stderr)
            failed = True
    from generator.extract.batch import extract_many  # spaCy loads only for commands that parse
    for sheet in extract_many(articles, n_process=args.jobs):
        data = sheet.to_dict()
        validate(data)
        _print_sheet(data, args.format)
    return EXIT_USAGE if failed else EXIT_OK


def _records(path: Path):
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield article_from_record(json.loads(line))
                except (json.JSONDecodeError, SeedError) as err:
                    print(f"warning: {path.name} line {number}: {err}", file=sys.stderr)


def _extract_jsonl(args) -> int:
    if not args.out:
        print("briefing extract --jsonl: --out OUT is required", file=sys.stderr)
        return EXIT_USAGE
    from generator.extract.batch import extract_many
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for sheet in extract_many(list(_records(Path(args.jsonl))), n_process=args.jobs):
            data = sheet.to_dict()
            try:
                validate(data)
            except FactSheetError as err:  # one bad sheet is reported, the batch goes on
                print(f"warning: {err}", file=sys.stderr)
                continue
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} fact sheets written to {args.out}", file=sys.stderr)
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description="Turn news articles in seeds/ into "
                                  "YAML fact sheets and a browsable MkDocs briefing site.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="seeds -> fact sheets (facts/) -> site (site/)")
    p.add_argument("--root", default=".", help="the project folder (holds mkdocs.yml, seeds/, facts/)")
    p.add_argument("--site-dir", default="site", help="where the site is written (default: site)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any seed cannot be used")
    p.add_argument("--jobs", type=int, help="extraction processes (default: one per core for large runs)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="print the fact sheet of each seed, or batch-extract JSON lines")
    p.add_argument("paths", nargs="*", help="seed files (.txt, .md, .html)")
    p.add_argument("--format", choices=["yaml", "json"], default="yaml", help="output format (default: yaml)")
    p.add_argument("--jsonl", metavar="IN", help='input JSON lines: {"id", "text", "title"?, "date"?, "url"?, "publisher"?}')
    p.add_argument("--out", metavar="OUT", help="with --jsonl: output JSON lines, one fact sheet each")
    p.add_argument("--jobs", type=int, help="extraction processes (default: one per core for large runs)")
    p.set_defaults(func=cmd_extract)

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
