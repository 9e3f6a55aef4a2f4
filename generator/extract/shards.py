"""Extracting an archive split into JSON-lines shards: one output file per shard, so that a job
on many machines, or one that was killed, picks up where it stopped.

A shard's output is written whole or not at all (a temporary file renamed into place), so an
output that exists is complete, and a rerun skips its shard. Where the shards run is the
executor's business: this machine's process pool (the default), or a Dask cluster
(``generator.extract.dask_executor``, imported only when asked for). Either way the work on
one shard is ``extract_text``: JSON lines in, JSON lines out, nothing but text crossing
between machines, and the pipeline loaded by the process that runs it.
"""
from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.extract.version import extractor_version
from generator.formats.files import write_atomic
from generator.model.article import Article, SeedError
from generator.model.schema import FactSheetError, validate
from generator.readers.records import article_from_record

POOL, LOCAL_DASK, DASK = "pool", "local-dask", "dask://"


@dataclass
class ShardResult:
    shard: str                  # the shard's file name
    sheets: int = 0             # fact sheets written
    skipped: bool = False       # its output was already complete
    problems: list[str] = field(default_factory=list)


def read_records(lines: Iterable[str], name: str) -> tuple[list[Article], list[str]]:
    """The Articles of JSON lines (`{"id", "text", ...}` each), and a line per bad record."""
    articles, errors = [], []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                articles.append(article_from_record(json.loads(line)))
            except (json.JSONDecodeError, SeedError) as err:
                errors.append(f"{name} line {number}: {err}")
    return articles, errors


def valid_sheets(articles: list[Article], jobs: int | None = None, check=validate):
    """The fact sheet of each article as a dict that passed `check` (the schema), in order; a
    sheet that breaks the contract comes as its FactSheetError instead, so a batch goes on past it.
    Each is stamped with the version of the extractor that made it, here (on a cluster: the
    worker's), so `briefing import` can tell a sheet this code would make from an older one."""
    from generator.extract.batch import extract_many  # spaCy loads only where articles are parsed
    version = extractor_version()
    for sheet in extract_many(articles, n_process=jobs):
        data = sheet.to_dict()
        data["extractor_version"] = version
        try:
            check(data)
        except FactSheetError as err:
            yield err
            continue
        yield data


def sheet_line(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False) + "\n"


def extract_text(text: str, name: str, jobs: int | None = 1) -> tuple[str, int, list[str]]:
    """One shard's work: its JSON lines in, the fact sheets' JSON lines out, with how many
    sheets and the problems (bad records, sheets that break the contract)."""
    articles, problems = read_records(text.splitlines(), name)
    lines = []
    for sheet in valid_sheets(articles, jobs):
        if isinstance(sheet, Exception):
            problems.append(f"{name}: {sheet}")
        else:
            lines.append(sheet_line(sheet))
    return "".join(lines), len(lines), problems


def find_shards(spec: str) -> list[Path]:
    """The shards a folder (its *.jsonl files) or a glob pattern names, in name order; a file
    is one shard."""
    path = Path(spec)
    found = sorted(path.glob("*.jsonl")) if path.is_dir() else sorted(Path(p) for p in glob.glob(spec))
    shards = [p for p in found if p.is_file()]
    if not shards:
        raise ValueError(f"no shards in {spec}")
    names = [p.name for p in shards]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValueError(f"two shards would write one output: {', '.join(twice)}")
    return shards


def is_shards(spec: str) -> bool:
    """Whether `--jsonl` names shards (a folder or a pattern) rather than one file."""
    return Path(spec).is_dir() or glob.has_magic(spec)


def output_of(shard: Path, out_dir: Path) -> Path:
    return out_dir / shard.name


def pending(shards: list[Path], out_dir: Path) -> tuple[list[Path], list[ShardResult]]:
    """The shards still to extract, and a result for each whose output is already complete."""
    todo, done = [], []
    for shard in shards:
        if output_of(shard, out_dir).is_file():
            done.append(ShardResult(shard.name, skipped=True))
        else:
            todo.append(shard)
    return todo, done


def finish_shard(shard: Path, out_dir: Path, text: str, count: int, problems: list[str]) -> ShardResult:
    write_atomic(output_of(shard, out_dir), text)
    return ShardResult(shard.name, sheets=count, problems=problems)


def run_on_pool(todo: list[Path], out_dir: Path, jobs: int | None,
                on_done: Callable[[ShardResult], None]) -> None:
    """Each shard in turn, its articles spread over this machine's processes."""
    for shard in todo:
        text, count, problems = extract_text(shard.read_text(encoding="utf-8"), shard.name, jobs)
        on_done(finish_shard(shard, out_dir, text, count, problems))


def extract_shards(shards: list[Path], out_dir: Path, executor: str = POOL, jobs: int | None = None,
                   on_done: Callable[[ShardResult], None] | None = None) -> list[ShardResult]:
    """Extract every shard whose output in `out_dir` is not complete yet, on `executor`: "pool"
    (this machine's processes, `jobs` of them), "local-dask" (a Dask LocalCluster of `jobs`
    workers, default two) or "dask://HOST:PORT" (the Dask scheduler there). Returns a result per
    shard, the skipped ones included, in shard order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    todo, results = pending(shards, out_dir)
    report = (lambda result: (results.append(result), on_done(result))) if on_done else results.append
    if executor == POOL:
        run_on_pool(todo, out_dir, jobs, report)
    elif executor == LOCAL_DASK or executor.startswith(DASK):
        from generator.extract.dask_executor import run_on_dask
        address = None if executor == LOCAL_DASK else executor
        run_on_dask(todo, out_dir, address, jobs, report)
    else:
        raise ValueError(f"unknown executor {executor!r}: use pool, local-dask or dask://HOST:PORT")
    order = {shard.name: n for n, shard in enumerate(shards)}
    return sorted(results, key=lambda r: order[r.shard])
