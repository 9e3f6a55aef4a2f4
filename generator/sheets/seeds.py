"""The seed files of a project, each once: what the build reads."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.formats.files import checksum
from generator.model.article import Article, SeedError
from generator.readers import read_seed, seed_id
from generator.sheets.curation import is_curation_file


@dataclass
class Seed:
    """A seed file before it is parsed: enough to tell whether its fact sheet is current."""
    path: Path
    id: str
    checksum: str


def seed_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and not is_curation_file(p))


def scan_seeds(folder: Path, problems: list[str]) -> list[Seed]:
    """Every seed file once; a copy of another, or one that would take another's page, is
    reported in `problems` and skipped."""
    seeds, by_checksum, by_id = [], {}, {}
    for path in seed_files(folder):
        try:
            seed = Seed(path, seed_id(path), checksum(path.read_bytes()))
        except OSError as err:
            problems.append(f"{path.name}: cannot be read ({err.strerror or err})")
            continue
        if seed.checksum in by_checksum:
            problems.append(f"{path.name}: the same article as {by_checksum[seed.checksum]}; skipped")
            continue
        if seed.id in by_id:
            problems.append(f"{path.name}: would get the same page '{seed.id}' as "
                            f"{by_id[seed.id]}; rename one of them")
            continue
        by_checksum[seed.checksum] = by_id[seed.id] = path.name
        seeds.append(seed)
    return seeds


def parse_seed(seed: Seed, problems: list[str], warnings: list[str]) -> Article | None:
    """The seed's Article; None (and a line in `problems`) when it cannot be used."""
    try:
        article = read_seed(seed.path)
    except SeedError as err:
        problems.append(str(err))
        return None
    warnings.extend(article.warnings)
    return article
