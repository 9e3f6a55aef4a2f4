"""Bringing every seed's fact sheet up to date: read, extract or reuse, validate all, then write.

Like mkdocs' own build, it gathers and checks everything before it writes anything, and a seed
that cannot be used is reported (one line naming the file) while every other seed still builds.
A fact sheet is re-extracted only when its seed, its curation or the extractor changed; a sheet
a person edited by hand is never overwritten.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from generator.extract.version import extractor_version
from generator.model.article import Article
from generator.model.schema import FactSheetError, validate
from generator.progress import Progress
from generator.sheets.curation import CurationError, apply_curation, curation_checksum, curation_path, load_curation
from generator.sheets.seeds import Seed, parse_seed, scan_seeds
from generator.sheets.store import EDITED, GENERATED, UNREADABLE, SheetStore, seed_checksum


@dataclass
class SheetsResult:
    """What bringing the sheets up to date found. The sheets themselves stay on disk (read them
    with `load_sheets`), but for those facts/ cannot hold (`unsaved`)."""
    ids: list[str] = field(default_factory=list)  # of every sheet the site uses, sorted
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extracted: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    unsaved: dict[str, dict] = field(default_factory=dict)  # id -> fresh sheet whose file is unreadable

    @property
    def on_disk(self) -> frozenset[str]:
        """The sheets whose file in facts/ holds them as the site uses them."""
        return frozenset(self.ids) - self.unsaved.keys()


@dataclass
class Finished:
    """A freshly extracted sheet ready to write: its YAML text, or the problem that stops it."""
    sheet: dict
    text: str | None = None
    problem: str | None = None


def update_sheets(store: SheetStore, seeds_folder, jobs: int | None = None) -> SheetsResult:
    """Fact sheets of every seed in `seeds_folder`, validated, and written where they changed.

    A current sheet is used without parsing its seed again (it was validated when written). A
    sheet a person edited by hand is used as it is, and reported when its seed or the extractor
    changed since. `jobs` is the number of extraction processes (default: one per core when
    there is enough work)."""
    result = SheetsResult()
    to_extract, to_check = [], []
    for seed in scan_seeds(seeds_folder, result.problems):
        sheet, state = store.read_summary(seed.id)  # a current sheet is only checked: its summary is enough
        if state == GENERATED and up_to_date(sheet, seed):
            result.ids.append(seed.id)
            result.reused.append(seed.id)
            result.warnings.extend(sheet.get("seed_warnings") or [])
            result.problems.extend(sheet.get("curation_problems") or [])
            continue
        article = parse_seed(seed, result.problems, result.warnings)
        if article is None:
            continue
        if state == EDITED:
            _check_edited(store, seed, sheet, result, to_check)
            continue
        if state == UNREADABLE:
            result.unsaved[seed.id] = {}  # filled in once extracted
            result.problems.append(f"{store.path(seed.id).name}: not a readable fact sheet; "
                                   f"left as it is, the site uses a fresh extraction")
        to_extract.append(article)
    fresh = extract_sheets(store, seeds_folder, to_extract, jobs)
    result.problems.extend(f.problem for f in fresh if f.problem)
    fresh = [f for f in fresh if not f.problem]
    checked = [d for name, d in to_check if _valid(d, name, result)] + [f.sheet for f in fresh]
    for done in fresh:  # write only after everything was read and checked
        if done.sheet["id"] in result.unsaved:
            result.unsaved[done.sheet["id"]] = done.sheet
        else:
            store.write(done.sheet, done.text)
        result.extracted.append(done.sheet["id"])
    result.unsaved = {k: v for k, v in result.unsaved.items() if v}
    result.problems.extend(p for d in checked for p in d.get("curation_problems") or [])
    result.ids = sorted(result.ids + [d["id"] for d in checked])
    return result


def _check_edited(store: SheetStore, seed: Seed, sheet: dict, result: SheetsResult, to_check: list) -> None:
    name = store.path(seed.id).name
    to_check.append((name, sheet))
    result.reused.append(seed.id)
    if not up_to_date(sheet, seed):
        result.problems.append(f"{name}: edited by hand, so it is kept as it is although "
                               f"{seed.path.name} or the extractor changed; delete it to extract again")


def load_sheets(store: SheetStore, result: SheetsResult) -> list[dict]:
    """Every sheet the site uses, whole, in id order."""
    return [result.unsaved[i] if i in result.unsaved else store.read(i)[0] for i in result.ids]


def up_to_date(sheet: dict, seed: Seed) -> bool:
    """True when the sheet was made from this very seed text and curation by this very extractor.
    It reads only what the store's summary keeps (sheets.store.summary): a field read here must
    be kept there too."""
    same_seed = seed_checksum(sheet) == seed.checksum
    same_curation = sheet.get("curation_checksum") == curation_checksum(curation_path(seed.path))
    return same_seed and same_curation and sheet.get("extractor_version") == extractor_version()


def extract_sheets(store: SheetStore, seeds_folder, articles: list[Article], jobs: int | None) -> list[Finished]:
    if not articles:  # spaCy is imported only when there is something to parse
        return []
    from generator.extract.batch import extract_many
    progress = Progress(len(articles), "extracting")
    return list(extract_many(articles, n_process=jobs, on_progress=progress.advance,
                             finish=partial(finish_sheet, store, seeds_folder)))


def finish_sheet(store: SheetStore, seeds_folder, article: Article, sheet) -> Finished:
    """Curate, stamp, validate and dump a freshly extracted sheet. It runs in the extraction
    worker, so this work is spread over the cores too."""
    return finish_data(store, seeds_folder, article, sheet.to_dict())


def finish_data(store: SheetStore, seeds_folder, article: Article, data: dict) -> Finished:
    """`finish_sheet` of a sheet as a dict (one extracted elsewhere: generator.sheets.shard_import)."""
    data = curate(seeds_folder, article, data)
    data["extractor_version"] = extractor_version()
    data["seed_warnings"] = article.warnings
    try:
        validate(data)
    except FactSheetError as err:
        return Finished(data, problem=f"{article.source_file}: fact sheet is invalid: {err}")
    return Finished(data, store.prepare(data))


def curate(seeds_folder, article: Article, data: dict) -> dict:
    """The sheet with the analyst's corrections applied; what could not apply is kept in the sheet
    (`curation_problems`) so every build reports it until the curation file is mended."""
    path = curation_path(seeds_folder / article.source_file)
    data["curation_checksum"] = curation_checksum(path)
    if data["curation_checksum"] is None:
        return data
    try:
        data, problems = apply_curation(data, load_curation(path))
    except CurationError as err:
        problems = [f"{err}; the sheet is built without it"]
    data["curation_problems"] = problems
    return data


def _valid(data: dict, name: str, result: SheetsResult) -> bool:
    """Whether a sheet edited by hand (file `name`) still keeps the contract."""
    try:
        validate(data)
    except FactSheetError as err:
        result.problems.append(f"{name}: fact sheet is invalid: {err}")
        return False
    return True
