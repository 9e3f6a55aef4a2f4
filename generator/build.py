"""The build: read every seed, extract or reuse its fact sheet, validate all, then write.

Like mkdocs' own build, it gathers and checks everything before it writes anything, and a seed
that cannot be used is reported (one line naming the file) while every other seed still builds.
A fact sheet is re-extracted only when its seed, its curation or the extractor changed.
"""
from __future__ import annotations

import gc
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from generator import crisis, data_yaml, pictures, render
from generator.curation import (CurationError, apply_curation, curation_checksum, curation_path,
                                 is_curation_file, load_curation)
from generator.extract import EXTRACTOR_VERSION, model_version
from generator.progress import Progress
from generator.store import (EDITED, GENERATED, UNREADABLE, ContentCache, SheetStore, content_digest,
                             seed_checksum)
from generator.factsheet import FactSheetError, dump_yaml, validate, write_atomic
from generator.readers import Article, SeedError, checksum, read_seed, seed_id


@dataclass
class Project:
    """Where a briefing project keeps its inputs and its reviewed outputs."""
    root: Path
    seeds_dir: str = "seeds"
    facts_dir: str = "facts"
    templates_dir: str = "templates"
    crises_file: str = "crises.yaml"  # the user's grouping of seeds into crises (optional)
    cache_dir: str = ".cache/briefing"  # parsed sheets and build stamps; safe to delete, worth keeping

    @property
    def seeds(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def facts(self) -> Path:
        return self.root / self.facts_dir

    @property
    def templates(self) -> Path:
        return self.root / self.templates_dir

    @property
    def cache(self) -> Path:
        return self.root / self.cache_dir

    @property
    def store(self) -> SheetStore:
        return SheetStore(self.facts, self.cache)

    def sheet_path(self, sheet_id: str) -> Path:
        return self.store.path(sheet_id)


@dataclass
class BuildResult:
    sheets: list[dict] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # of every sheet the site uses, sorted
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    off_disk: set[str] = field(default_factory=set)  # sheets the site uses but facts/ does not hold

    @property
    def on_disk(self) -> frozenset[str]:
        return frozenset(self.ids) - self.off_disk

    def take_sheets(self) -> list[dict]:
        """The sheets, handed over: the result no longer holds them (see site_files)."""
        sheets, self.sheets = self.sheets, []
        return sheets


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """EXTRACTOR_VERSION plus a hash of the code and data that make a fact sheet (readers,
    extraction, curation, the model), so that any change to how facts are found marks every
    cached fact sheet as stale without anyone remembering to."""
    package = Path(__file__).resolve().parent
    from importlib import metadata
    digest = hashlib.sha256(f"{metadata.version('spacy')} {model_version()}".encode())
    makers = [package / name for name in ("readers.py", "language.py", "safe_yaml.py", "curation.py", "factsheet.py")]
    for path in sorted([*makers, *(package / "extract").glob("*.py"), *(package / "data").glob("*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{EXTRACTOR_VERSION}+{digest.hexdigest()[:12]}"


def seed_files(project: Project) -> list[Path]:
    if not project.seeds.is_dir():
        return []
    return sorted(p for p in project.seeds.iterdir()
                  if p.is_file() and not p.name.startswith(".") and not is_curation_file(p))


@dataclass
class Seed:
    """A seed file before it is parsed: enough to tell whether its fact sheet is current."""
    path: Path
    id: str
    checksum: str


def scan_seeds(project: Project, result: BuildResult) -> list[Seed]:
    """Every seed file once; a copy of another, or one that would take another's page, is reported."""
    seeds, by_checksum, by_id = [], {}, {}
    for path in seed_files(project):
        try:
            seed = Seed(path, seed_id(path), checksum(path.read_bytes()))
        except OSError as err:
            result.problems.append(f"{path.name}: cannot be read ({err.strerror or err})")
            continue
        if seed.checksum in by_checksum:
            result.problems.append(f"{path.name}: the same article as {by_checksum[seed.checksum]}; skipped")
            continue
        if seed.id in by_id:
            result.problems.append(f"{path.name}: would get the same page '{seed.id}' as "
                                   f"{by_id[seed.id]}; rename one of them")
            continue
        by_checksum[seed.checksum] = by_id[seed.id] = path.name
        seeds.append(seed)
    return seeds


def parse_seed(seed: Seed, result: BuildResult) -> Article | None:
    try:
        article = read_seed(seed.path)
    except SeedError as err:
        result.problems.append(str(err))
        return None
    result.warnings.extend(article.warnings)
    return article


def read_articles(project: Project, result: BuildResult) -> list[Article]:
    """Every readable seed, parsed; what cannot be read or clashes becomes a problem line."""
    return [a for a in (parse_seed(s, result) for s in scan_seeds(project, result)) if a is not None]


def up_to_date(project: Project, sheet: dict, seed: Seed) -> bool:
    """True when the sheet was made from this very seed text and curation by this very extractor.
    It reads only what store.summary keeps: a field read here must be kept there too."""
    same_seed = seed_checksum(sheet) == seed.checksum
    same_curation = sheet.get("curation_checksum") == curation_checksum(curation_path(seed.path))
    return same_seed and same_curation and sheet.get("extractor_version") == extractor_version()


def curate(project: Project, article: Article, data: dict) -> dict:
    """The sheet with the analyst's corrections applied; what could not apply is kept in the sheet
    (`curation_problems`) so every build reports it until the curation file is mended."""
    path = curation_path(project.seeds / article.source_file)
    data["curation_checksum"] = curation_checksum(path)
    if data["curation_checksum"] is None:
        return data
    try:
        data, problems = apply_curation(data, load_curation(path))
    except CurationError as err:
        problems = [f"{err}; the sheet is built without it"]
    data["curation_problems"] = problems
    return data


def build_sheets(project: Project, jobs: int | None = None, keep: bool = True) -> BuildResult:
    """Fact sheets of every seed, validated, and written where they changed.

    A current sheet is used without parsing its seed again (it was validated when written). A
    sheet a person edited by hand is never overwritten: it is used as it is, and reported when its
    seed or the extractor changed since. `jobs` is the number of extraction processes (default:
    one per core when there is enough work). With `keep` false the result holds only the sheets
    that are not on disk (for a caller that hands the site to another process: thousands of
    sheets in memory cost a gigabyte).
    """
    result = BuildResult()
    store = project.store
    to_extract, to_check = [], []
    for seed in scan_seeds(project, result):
        # without `keep`, a current sheet is only checked: its summary is enough
        sheet, state = store.read(seed.id) if keep else store.read_summary(seed.id)
        if state == GENERATED and up_to_date(project, sheet, seed):
            if keep:
                result.sheets.append(sheet)
            result.ids.append(seed.id)
            result.reused.append(seed.id)
            result.warnings.extend(sheet.get("seed_warnings") or [])
            result.problems.extend(sheet.get("curation_problems") or [])
            continue
        article = parse_seed(seed, result)
        if article is None:
            continue
        if state == EDITED:
            name = store.path(seed.id).name
            to_check.append((name, sheet))
            result.reused.append(seed.id)
            if not up_to_date(project, sheet, seed):
                result.problems.append(f"{name}: edited by hand, so it is kept as it is "
                                       f"although {seed.path.name} or the extractor changed; delete it to "
                                       f"extract again")
            continue
        if state == UNREADABLE:
            result.off_disk.add(seed.id)
            result.problems.append(f"{store.path(seed.id).name}: not a readable fact sheet; "
                                   f"left as it is, the site uses a fresh extraction")
        to_extract.append(article)
    fresh = _extract(project, to_extract, jobs)
    result.problems.extend(f.problem for f in fresh if f.problem)
    fresh = [f for f in fresh if not f.problem]
    checked = [d for name, d in to_check if _valid(d, name, result)] + [f.sheet for f in fresh]
    for done in fresh:  # write only after everything was read and checked
        if done.sheet["id"] not in result.off_disk:
            store.write(done.sheet, done.text)
        result.extracted.append(done.sheet["id"])
    result.problems.extend(p for d in checked for p in d.get("curation_problems") or [])
    result.ids = sorted(result.ids + [d["id"] for d in checked])
    kept = checked if keep else [d for d in checked if d["id"] in result.off_disk]
    result.sheets = sorted(result.sheets + kept, key=lambda d: d["id"])
    return result


def build_sheets_apart(project: Project, jobs: int | None = None) -> BuildResult:
    """build_sheets with `keep` false, run in a child process, for a caller that then hands
    the site to MkDocs: what extraction held (every fresh sheet and its YAML text, a gigabyte at
    10,000 articles) goes back to the system when the child ends, which memory freed inside a
    long-lived Python process mostly does not (its heap stays as large as it once was)."""
    import multiprocessing
    if "fork" not in multiprocessing.get_all_start_methods():
        return build_sheets(project, jobs, keep=False)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_build_sheets_into, args=(send, project, jobs))
    child.start()
    send.close()
    try:
        outcome = receive.recv()
    except EOFError:
        outcome = None
    child.join()
    if outcome is None:
        raise RuntimeError(f"the fact sheet process ended without a result (exit code {child.exitcode})")
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _build_sheets_into(send, project: Project, jobs: int | None) -> None:
    try:
        send.send(build_sheets(project, jobs, keep=False))
    except BaseException as err:  # the parent raises it
        send.send(err)
    finally:
        send.close()


@dataclass
class Finished:
    """A freshly extracted sheet ready to write: its YAML text, or the problem that stops it."""
    sheet: dict
    text: str | None = None
    problem: str | None = None


def _extract(project: Project, articles: list[Article], jobs: int | None) -> list[Finished]:
    if not articles:  # spaCy is imported only when there is something to parse
        return []
    from generator.extract.batch import extract_many
    progress = Progress(len(articles), "extracting")
    return list(extract_many(articles, n_process=jobs, on_progress=progress.advance,
                             finish=partial(finish_sheet, project)))


def finish_sheet(project: Project, article: Article, sheet) -> Finished:
    """Curate, stamp, validate and dump a freshly extracted sheet. It runs in the extraction
    worker, so this work is spread over the cores too."""
    data = curate(project, article, sheet.to_dict())
    data["extractor_version"] = extractor_version()
    data["seed_warnings"] = article.warnings
    try:
        validate(data)
    except FactSheetError as err:
        return Finished(data, problem=f"{article.source_file}: fact sheet is invalid: {err}")
    return Finished(data, project.store.prepare(data))


def _valid(data: dict, name: str, result: BuildResult) -> bool:
    """Whether a sheet edited by hand (file `name`) still keeps the contract."""
    try:
        validate(data)
    except FactSheetError as err:
        result.problems.append(f"{name}: fact sheet is invalid: {err}")
        return False
    return True


@dataclass
class SiteFiles:
    """Every generated file of the site, by its path in the docs folder."""
    pages: render.Renderer  # the pages, rendered one at a time when the site is written
    copies: dict[str, Path] = field(default_factory=dict)  # files published as they are on disk
    texts: dict[str, str] = field(default_factory=dict)  # generated files held in memory

    def others(self) -> Iterator[tuple[str, bytes]]:
        """Every file but the pages (fact sheets, crisis data and pictures), read one at a time."""
        for path, source in self.copies.items():
            yield path, source.read_bytes()
        for path, text in self.texts.items():
            yield path, text.encode("utf-8")


@contextmanager
def collection_paused():
    """Python's cyclic garbage collector paused. The site's data is millions of small dicts and
    lists, freed by reference counting, and each full collection walks all of them: for 1,000
    articles, site_files took 3.9-5.2 s with collections and 2.8-3.3 s without, at the same
    peak memory; the collections put off cost 0.02 s once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@collection_paused()
def site_files(project: Project, sheets: list[dict], on_disk: frozenset[str] = frozenset(),
               directory_urls: bool = True, release: bool = False) -> SiteFiles:
    """The pages, each sheet as a download, and per crisis its merged data (crisis.yaml) and
    pictures (network.svg, timeline.svg).

    `on_disk` names the sheets whose file in facts/ holds them as they are: that file is the
    download, so a sheet is never written twice. With `release`, the entries of `sheets` are
    replaced by their site-wide copies (crisis.analyse): given a list nobody else holds
    (`BuildResult.take_sheets`), the originals are freed as the copies are made."""
    # a project without its own templates/ uses the ones this package ships
    templates = project.templates if project.templates.is_dir() else None
    crises_file = project.root / project.crises_file
    overrides = crisis.load_overrides(crises_file.read_text(encoding="utf-8") if crises_file.is_file() else None)
    copies, texts = {}, {}
    for sheet in sheets:  # the download is the sheet as extracted: the public contract
        download = f"briefings/{sheet['id']}/factsheet.yaml"
        if sheet["id"] in on_disk:
            copies[download] = project.sheet_path(sheet["id"])
        else:
            texts[download] = dump_yaml(sheet)
    analysis = crisis.analyse(sheets, overrides, release=release)
    # the crisis files first: their large transient texts come before the page data exists
    crisis_data, kept = ContentCache(project.cache / "crises", ".yaml"), []
    for merged in analysis.crises:
        folder = render.crisis_page(merged["id"]).rsplit("/", 1)[0]
        # written only when its content is new: a new seed changes only the crises it is in
        key = content_digest(merged)
        kept.append(key)
        if crisis_data.has(key) or crisis_data.put(key, data_yaml.dump(merged)):
            copies[f"{folder}/crisis.yaml"] = crisis_data.path(key)
        else:
            texts[f"{folder}/crisis.yaml"] = data_yaml.dump(merged)
        texts[f"{folder}/network.svg"] = pictures.network(merged)
        texts[f"{folder}/timeline.svg"] = pictures.timeline(merged)
    crisis_data.keep(kept)
    pages = render.plan_site(analysis.sheets, templates, analysis.crises, directory_urls, release=release)
    files = SiteFiles(pages, copies, texts)
    page_cache = ContentCache(project.cache / "pages", ".html")
    page_cache.keep(files.pages.use_cache(page_cache))
    return files


# --- publishing the site ------------------------------------------------------------------------

def tree_digest(digest, folder: Path) -> None:
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())


def site_stamp(project: Project, result: BuildResult) -> str:
    """A digest of everything the site is made from: the sheets (by their files' stamps), the
    templates, the hand-written pages, the configuration, and the code and theme that render.
    The same stamp as the last published site means there is nothing to rebuild."""
    import importlib.metadata as meta
    digest = hashlib.sha256()
    for name in ("mkdocs", "mkdocs-material", "Jinja2", "Markdown"):
        digest.update(f"{name}={meta.version(name)}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted([*package.glob("*.py"), *(package.parent / "mkdocs_briefing").glob("*.py")]):
        digest.update(path.read_bytes())
    for sheet in result.sheets:
        if sheet["id"] in result.off_disk:
            digest.update(repr(sheet).encode())
    for sheet_id in sorted(result.on_disk):
        stat = project.sheet_path(sheet_id).stat()
        digest.update(f"{sheet_id} {stat.st_size} {stat.st_mtime_ns}".encode())
    for name in ("mkdocs.yml", project.crises_file):
        path = project.root / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    tree_digest(digest, project.templates)
    tree_digest(digest, project.root / "docs")
    return digest.hexdigest()


def site_is_current(project: Project, site: Path, stamp: str) -> bool:
    stamp_file = project.cache / "site-stamp"
    return site.is_dir() and stamp_file.is_file() and stamp_file.read_text() == f"{site}\n{stamp}"


def mark_site_current(project: Project, site: Path, stamp: str) -> None:
    write_atomic(project.cache / "site-stamp", f"{site}\n{stamp}")


def _old(site: Path) -> Path:
    return site.with_name(f".{site.name}.old")


def recover_site(site: Path) -> None:
    """Undo a swap that was cut between its two renames (the previous site comes back) and clear
    half-written sites of builds that were killed."""
    if not site.exists() and _old(site).is_dir():
        os.replace(_old(site), site)
    for leftover in site.parent.glob(f".{site.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def new_site_dir(site: Path) -> Path:
    """An empty folder beside `site` to build the next site into."""
    site.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=site.parent, prefix=f".{site.name}.new-"))


# Set by `briefing build` for the MkDocs plugin: the site the build replaces (see link_unchanged).
PREVIOUS_SITE = "BRIEFING_PREVIOUS_SITE"


def link_unchanged(previous: Path, folder: Path, relative: str, data: bytes) -> bool:
    """Publish `data` at `folder/relative` as a hard link to the previous site's file at the same
    place when that file holds the same bytes: on the disks measured, creating a file costs many
    times what linking one does, and after one new article most of a site is unchanged. False
    when the file differs or is missing, or the disk cannot link: the caller writes it then."""
    old, new = previous / relative, folder / relative
    try:
        if new.exists() and new.samefile(old):
            new.unlink()  # linked for an earlier page of the same path: never write through a link
            return False
        info = old.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data) or old.read_bytes() != data:
            return False
        new.parent.mkdir(parents=True, exist_ok=True)
        os.link(old, new, follow_symlinks=False)
    except OSError:
        return False
    return True


def publish_file(previous: Path | None, folder: Path, relative: str, data: bytes) -> None:
    """Put `data` at `folder/relative`, linked to the previous site's copy when that is the same."""
    if previous is None or not link_unchanged(previous, folder, relative, data):
        write_atomic(folder / relative, data, durable=False)  # a new file, whatever was there


def swap_in(new: Path, site: Path) -> None:
    """Make `new` the site. Until the first rename the old site is whole; after the second the
    new one is; a build killed between the two is undone by `recover_site` on the next run."""
    shutil.rmtree(_old(site), ignore_errors=True)
    if site.exists():
        os.replace(site, _old(site))
    os.replace(new, site)
    shutil.rmtree(_old(site), ignore_errors=True)
