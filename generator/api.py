"""What the project does, each written as ordered phases: `build` (seeds -> fact sheets -> site),
`check` (validate, write nothing), `extract` (fact sheets of files or records, no site) and
`import_shards` (records and the sheets a cluster made of them -> seeds and fact sheets).
The command line and the MkDocs plugin are thin callers of these.

Every function runs the plain pipeline. A `speed` layer (generator.speed.layer.Speed, chosen by
the caller; `None` for the plain pipeline) may stand in at the seams named here: where sheets are
stored and brought up to date, and whether a site identical to the last one needs building. It
must give the same bytes.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import crisis
from generator.extract import shards
from generator.formats.sheet_yaml import load_yaml
from generator.model.article import Article, SeedError
from generator.model.schema import FactSheetError, validate
from generator.project import Project
from generator.readers import read_seed
from generator.sheets.curation import CurationError, curation_path, load_curation
from generator.sheets.seeds import parse_seed, scan_seeds
from generator.sheets.shard_import import ImportResult, import_shards as import_records
from generator.sheets.store import SheetStore
from generator.sheets.update import SheetsResult, load_sheets, update_sheets
from generator.site.files import SiteFiles, site_files
from generator.site.options import SiteOptions  # noqa: F401 - the type of make_site_files(options=)
from generator.site.output import new_site_dir, recover_site, swap_in

BUILT, CURRENT, STOPPED, FAILED = "built", "current", "stopped", "failed"


@dataclass
class BuildReport:
    sheets: SheetsResult
    outcome: str  # built, current (nothing changed), stopped (strict and problems), failed (the site builder)
    site: Path


# --- the fact sheets --------------------------------------------------------------------------

def sheet_store(project: Project, speed=None) -> SheetStore:
    return speed.store(project) if speed else SheetStore(project.facts)


def update(project: Project, jobs: int | None = None, speed=None) -> SheetsResult:
    """Bring every seed's fact sheet up to date (generator.sheets.update)."""
    run = speed.update_sheets if speed else update_sheets
    return run(sheet_store(project, speed), project.seeds, jobs)


# --- the site ------------------------------------------------------------------------------------

def build(project: Project, site_dir: Path, engine, jobs: int | None = None, speed=None) -> BuildReport:
    """Seeds -> fact sheets -> site. `engine` builds a site into a folder (its `build(project,
    sheets, folder, previous)` returns whether it succeeded; see mkdocs_briefing.engine)."""
    site = Path(site_dir).resolve()
    # 1. gather and validate: every fact sheet up to date, problems collected
    sheets = update(project, jobs, speed)
    if sheets.problems and project.strict:
        return BuildReport(sheets, STOPPED, site)
    # 2. decide: is there anything to build?
    recover_site(site)
    stamp = speed.site_stamp(project, sheets, engine.name) if speed else None
    if stamp and speed.site_is_current(project, site, stamp):
        return BuildReport(sheets, CURRENT, site)
    # 3. write: the new site beside the old one, swapped in whole
    new = new_site_dir(site)
    previous = site if speed and site.is_dir() else None  # unchanged files are linked from it
    if not engine.build(project, sheets, new, previous=previous):
        shutil.rmtree(new, ignore_errors=True)  # a failed build never replaces the site that was there
        return BuildReport(sheets, FAILED, site)
    swap_in(new, site)
    if stamp:
        speed.mark_site_current(project, site, stamp)
    return BuildReport(sheets, BUILT, site)


def make_site_files(project: Project, sheets: SheetsResult, options: SiteOptions | None = None,
                    speed=None, crisis_data=None) -> SiteFiles:
    """Every generated file of the site from the sheets `update` found (the site builder's
    plugin calls this)."""
    store = sheet_store(project, speed)
    on_disk = sheets.on_disk
    files = {sheet_id: store.path(sheet_id) for sheet_id in sheets.ids if sheet_id in on_disk}
    overrides = crisis.load_overrides(project.crises.read_text(encoding="utf-8") if project.crises.is_file() else None)
    templates = project.templates if project.templates.is_dir() else None  # else the package's own
    return site_files(load_sheets(store, sheets), files, overrides, templates, options, crisis_data)


# --- checking ------------------------------------------------------------------------------------

def check(project: Project) -> tuple[int, list[str]]:
    """Validate the seeds, their curation files and their fact sheets; write nothing. Returns
    the number of seeds read and the problems found."""
    problems, warnings = [], []
    articles = [a for a in (parse_seed(s, problems, warnings) for s in scan_seeds(project.seeds, problems)) if a]
    for article in articles:
        problems.extend(article.warnings)
        curation = curation_path(project.seeds / article.source_file)
        if curation.exists():
            try:
                load_curation(curation)
            except CurationError as err:
                problems.append(str(err))
        path = project.sheet_path(article.id)
        if not path.exists():
            problems.append(f"{article.source_file}: no fact sheet yet ({path.name}); run `briefing build`")
            continue
        try:
            validate(load_yaml(path.read_text(encoding="utf-8"), path.name), path.name)
        except FactSheetError as err:
            problems.append(str(err))
    return len(articles), problems


# --- extracting without a site ---------------------------------------------------------------------

def read_files(paths: Iterable[Path]) -> tuple[list[Article], list[str]]:
    """The Articles of seed files, and one error line for each file that cannot be used."""
    articles, errors = [], []
    for path in paths:
        try:
            articles.append(read_seed(Path(path)))
        except (SeedError, OSError) as err:
            errors.append(str(err))
    return articles, errors


def read_records(path: Path) -> tuple[list[Article], list[str]]:
    """The Articles of a JSON-lines file (`{"id", "text", ...}` each), and a line per bad record."""
    with Path(path).open(encoding="utf-8") as fh:
        return shards.read_records(fh, Path(path).name)


def extract(articles: list[Article], jobs: int | None = None) -> Iterator[dict | FactSheetError]:
    """The fact sheet of each article as a validated dict, in order; a sheet that breaks the
    contract comes as its FactSheetError instead, so a batch goes on past it."""
    return shards.valid_sheets(articles, jobs, check=validate)


def extract_shards(spec: str, out_dir: Path, executor: str = shards.POOL, jobs: int | None = None,
                   on_done=None) -> list[shards.ShardResult]:
    """The JSON-lines shards of a folder or glob pattern, each extracted into its own output in
    `out_dir` unless that is already complete (generator.extract.shards)."""
    return shards.extract_shards(shards.find_shards(spec), Path(out_dir), executor, jobs, on_done)


def import_shards(project: Project, spec: str, sheets_dir: Path, speed=None) -> ImportResult:
    """The records of the shards a folder or glob pattern names, as seeds of the project, with
    the fact sheets `extract_shards` wrote of them into `sheets_dir` (generator.sheets.shard_import):
    the next `build` uses those sheets and extracts only what they could not give."""
    return import_records(sheet_store(project, speed), project.seeds, shards.find_shards(spec), Path(sheets_dir))
