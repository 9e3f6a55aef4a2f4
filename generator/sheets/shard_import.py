"""`briefing import`: the records of JSON-lines shards and the fact sheets a cluster made of them
(`briefing extract --jsonl SHARDS --out DIR`) taken into a project, so that the next build
uses those sheets instead of extracting the articles again.

Each record becomes a Markdown seed with `verbatim: true` (generator.readers.markdown), whose
body is the record's `text` exactly: the sheet's offsets, counted in that text, hold in the
seed. The seed is read back through the reader registry before anything is written; its
sheet is the record's sheet with the `article:` block of the seed as read back (its name, its
checksum) and then curated, stamped and validated as the build does it
(generator.sheets.update.finish_data). So the build finds a sheet made from this very seed by
this very extractor, current by construction, and reuses it.

What cannot be taken over is said in one line naming the shard and the record, and nothing is
lost: a record whose text would read back otherwise, or whose sheet is missing, invalid, made
by another extractor version or from another text, still gets its seed (the build extracts
it). A seed or a hand-edited fact sheet already there is never overwritten, and a second run
writes nothing new.
"""
from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.extract.shards import output_of, read_records
from generator.extract.version import extractor_version
from generator.formats.files import write_atomic
from generator.model.article import Article, SeedError
from generator.model.factsheet import article_info
from generator.model.schema import FactSheetError, validate
from generator.readers import read_seed, seed_id
from generator.readers.common import file_slug
from generator.readers.markdown import load_front_matter, split_front_matter
from generator.sheets.seeds import Seed, seed_files
from generator.sheets.store import EDITED, GENERATED, UNREADABLE, SheetStore
from generator.sheets.update import finish_data, up_to_date

MAX_NAME = 80  # characters of a seed's name (readers.common.file_slug cuts there)
TAG_CHARS = 8  # hex digits of the record id's digest that tell two records of one name apart
NEW, SAME, CHANGED = "new", "same", "changed"  # a seed to write, already there, there but different
FACT_INPUTS = ("published", "url", "publisher", "related")  # what facts rest on, besides the body


@dataclass
class ImportResult:
    records: int = 0
    seeds_written: list[str] = field(default_factory=list)    # seed file names
    seeds_there: list[str] = field(default_factory=list)      # already there, the same
    sheets_written: list[str] = field(default_factory=list)   # sheet ids
    sheets_there: list[str] = field(default_factory=list)     # already current (or kept as edited)
    to_extract: list[str] = field(default_factory=list)       # seeds the build extracts itself
    not_imported: int = 0                                     # records with no seed at all
    problems: list[str] = field(default_factory=list)


@dataclass
class Planned:
    """What to write for one record: its seed (None when it is there already) and its sheet."""
    path: Path
    seed: bytes | None
    sheet: dict | None = None
    text: str | None = None


def import_shards(store: SheetStore, seeds_folder: Path, shards: list[Path], sheets_dir: Path) -> ImportResult:
    """Every record of `shards` as a seed in `seeds_folder`, with its sheet from `sheets_dir`
    (where `briefing extract` wrote one output per shard) in `store` where it can be taken over.
    Everything is read and checked first, then written: each seed before its sheet, each file
    atomically, so a run killed half way leaves seeds the next run or the build completes."""
    result, names, plans = ImportResult(), SeedNames(seeds_folder), []
    for shard in shards:
        articles, errors = read_records(shard.read_text(encoding="utf-8").splitlines(), shard.name)
        result.problems.extend(f"{line}; not imported" for line in errors)
        result.not_imported += len(errors)
        result.records += len(articles) + len(errors)
        sheets = read_output(output_of(shard, sheets_dir), result.problems)
        if sheets is None:
            result.problems.append(f"{shard.name}: no output in {sheets_dir} (run `briefing extract` first); "
                                   f"its {len(articles)} records are imported without fact sheets")
        for article in articles:
            record = RecordImport(store, seeds_folder, shard.name, article, result)
            plan = record.plan(names, sheets)
            if plan:
                plans.append(plan)
    for plan in plans:
        if plan.seed is not None:
            write_atomic(plan.path, plan.seed)
        if plan.sheet is not None:
            store.write(plan.sheet, plan.text)
    return result


def read_output(path: Path, problems: list[str]) -> dict[str, dict] | None:
    """The fact sheets of a shard's output by record id; None when there is no output."""
    if not path.is_file():
        return None
    sheets = {}
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            try:
                sheet = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                problems.append(f"{path.name} line {number}: not a fact sheet (not JSON); left out")
                continue
            if isinstance(sheet, dict) and isinstance(sheet.get("id"), str):
                sheets.setdefault(sheet["id"], sheet)
    return sheets


def seed_text(article: Article) -> str:
    """A verbatim Markdown seed of a record: its metadata in front matter (as JSON strings,
    which YAML reads as they are), its text after it, exactly. A record without a title is
    headed by its id (a seed needs a headline; the facts never rest on it)."""
    meta = {"title": " ".join(article.title.split()) or article.id, "date": article.published,
            "url": article.url, "publisher": article.publisher, "record": article.id, "verbatim": True}
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items()
                    if value is not None)
    return f"---\n{front}---\n{article.body}"


def candidate_names(record_id: str):
    """Seed names for a record, best first: its id as a file name ('AP:2020.01.03' ->
    'ap-2020-01-03'), then that name tagged with a digest of the exact id, for when another
    record or seed has the name ('ap:2020.01.03' makes it too), then numbered."""
    base = file_slug(record_id)
    yield base
    tag = hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:TAG_CHARS]
    for number in itertools.count(1):
        suffix = f"-{tag}" if number == 1 else f"-{tag}-{number}"
        yield base[:MAX_NAME - len(suffix)].rstrip("-") + suffix


class SeedNames:
    """The seed names in use in a seeds folder (any extension) and those taken in this run."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.on_disk = {seed_id(path): path for path in seed_files(folder)}
        self.taken: set[str] = set()
        self.records: dict[str, str] = {}  # record id -> the shard it came from first

    def place(self, record_id: str, data: bytes) -> tuple[Path, str]:
        """Where a record's seed goes and whether it is new there, already there (the same
        bytes) or there but changed. A seed is the record's when its front matter says so."""
        for name in candidate_names(record_id):
            if name in self.taken:
                continue
            path = self.on_disk.get(name)
            if path is None:
                self.taken.add(name)
                return self.folder / f"{name}.md", NEW
            if record_of(path) == record_id:
                self.taken.add(name)
                return path, SAME if path.read_bytes() == data else CHANGED
        raise AssertionError("unreachable: the names never run out")


def record_of(path: Path) -> str | None:
    """The record a Markdown seed was imported from (front matter `record:`), if any."""
    if path.suffix != ".md":
        return None
    try:
        front, _ = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        record = load_front_matter(front, path.name).get("record") if front is not None else None
    except (OSError, UnicodeDecodeError, SeedError):
        return None
    return record if isinstance(record, str) else None


class RecordImport:
    """One record on its way in: its seed placed and read back, its sheet checked."""

    def __init__(self, store: SheetStore, seeds_folder: Path, shard: str, record: Article, result: ImportResult):
        self.store, self.seeds_folder, self.shard = store, seeds_folder, shard
        self.record, self.result = record, result

    def say(self, what: str) -> None:
        self.result.problems.append(f"{self.shard}: record {self.record.id!r}: {what}")

    def plan(self, names: SeedNames, sheets: dict[str, dict] | None) -> Planned | None:
        rid = self.record.id
        if rid in names.records:
            self.result.not_imported += 1
            self.say(f"given twice (first in {names.records[rid]}); this one is not imported")
            return None
        names.records[rid] = self.shard
        data = seed_text(self.record).encode("utf-8")
        path, state = names.place(rid, data)
        if state == CHANGED:
            self.result.not_imported += 1
            self.say(f"{path.name} is there already, imported from this record, and differs from it "
                     f"now (edited, or the record changed); not overwritten")
            return None
        try:
            seed = read_seed(path, data)
        except SeedError as err:
            self.result.not_imported += 1
            self.say(f"cannot be a seed ({err}); not imported")
            return None
        (self.result.seeds_written if state == NEW else self.result.seeds_there).append(path.name)
        plan = Planned(path, data if state == NEW else None)
        self.take_sheet(plan, seed, sheets)
        return plan

    def take_sheet(self, plan: Planned, seed: Article, sheets: dict[str, dict] | None) -> None:
        """Put the record's sheet, made the seed's, into the plan, unless the sheet there is
        current already or must not be overwritten, or the record's sheet cannot be used."""
        existing, state = self.store.read_summary(seed.id)
        name = self.store.path(seed.id).name
        if state in (GENERATED, EDITED) and up_to_date(existing, Seed(plan.path, seed.id, seed.checksum)):
            self.result.sheets_there.append(seed.id)
            return
        if state in (EDITED, UNREADABLE):
            what = "edited by hand" if state == EDITED else "not a readable fact sheet"
            self.say(f"{name} is there already, {what}; not overwritten")
            return
        sheet = None if sheets is None else sheets.get(self.record.id)
        problem = round_trip_problem(self.record, seed) or sheet_problem(sheet, self.record, sheets is None)
        done = None if problem else finish_data(self.store, self.seeds_folder, seed, made_for(seed, sheet))
        problem = problem or done.problem
        if problem:
            if problem != NO_OUTPUT:
                self.say(f"{problem}; `briefing build` extracts {plan.path.name} itself")
            self.result.to_extract.append(plan.path.name)
            return
        plan.sheet, plan.text = done.sheet, done.text
        self.result.sheets_written.append(seed.id)


NO_OUTPUT = "its shard has no output"  # said once for the shard, not for each of its records


def round_trip_problem(record: Article, seed: Article) -> str | None:
    """What the seed reads back otherwise than the record gave it, of what the facts rest on."""
    if seed.body != record.body:
        return f"its text reads back otherwise from {seed.source_file} ({difference(record.body, seed.body)})"
    for name in FACT_INPUTS:
        if getattr(seed, name) != getattr(record, name):
            return f"its {name} reads back as {str(getattr(seed, name))[:60]!r} from {seed.source_file}"
    return None


def difference(given: str, read: str) -> str:
    """Where two texts part: 'at character 12, '\\r\\nTwo' reads as '\\nTwo''."""
    at = next((i for i, (a, b) in enumerate(zip(given, read)) if a != b), min(len(given), len(read)))
    return f"at character {at}, {given[at:at + 12]!r} reads as {read[at:at + 12]!r}"


def sheet_problem(sheet: dict | None, record: Article, no_output: bool) -> str | None:
    """Why the record's sheet from the output cannot be taken over; None when it can."""
    if no_output:
        return NO_OUTPUT
    if sheet is None:
        return "no fact sheet for it in the shard's output"
    try:
        validate(sheet)
    except FactSheetError as err:
        return f"its fact sheet is invalid ({err})"
    version = sheet.get("extractor_version")
    if version != extractor_version():
        return f"its fact sheet was made by extractor {str(version)[:40]!r}, not by this one ({extractor_version()})"
    made_from = sheet["article"]
    if made_from["checksum"] != record.checksum or made_from["body"] != record.body:
        return "its fact sheet was made from another text"
    changed = [name for name in FACT_INPUTS if made_from.get(name) != getattr(record, name)]
    return f"its fact sheet was made with another {changed[0]}" if changed else None


def made_for(seed: Article, sheet: dict) -> dict:
    """The record's sheet as the build would have made it of the seed: the same facts, the
    seed's id and `article:` block, in the order extraction gives them; stamped again later."""
    data = {key: value for key, value in sheet.items() if key != "extractor_version"}
    data["id"], data["article"] = seed.id, article_info(seed).to_dict()
    return data
