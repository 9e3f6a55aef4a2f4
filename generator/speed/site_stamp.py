"""Not building a site that would come out the same: a stamp of everything the site is made
from, kept beside the cache; the same stamp as the last site built means nothing to rebuild."""
from __future__ import annotations

import hashlib
import importlib.metadata as meta
from pathlib import Path

from generator.formats.digest import tree_digest
from generator.formats.files import write_atomic

CODE = Path(__file__).resolve().parent.parent  # the generator package
PLUGIN = CODE.parent / "mkdocs_briefing"
RENDERING_DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "Jinja2", "Markdown")


def site_stamp(project, result, engine: str) -> str:
    """A digest of everything the site is made from: the sheets (by their files' size and
    time, or their content when facts/ cannot hold them), the templates, the hand-written
    pages, the configuration, every file of the code that renders (this package and the
    plugin), and the versions of the site builder running and of the theme."""
    digest = hashlib.sha256(engine.encode())
    for name in RENDERING_DISTRIBUTIONS:
        try:
            digest.update(f"{name}={meta.version(name)}".encode())
        except meta.PackageNotFoundError:
            digest.update(f"{name}=-".encode())
    tree_digest(digest, CODE, "*.py")
    tree_digest(digest, CODE / "data")
    tree_digest(digest, PLUGIN, "*.py")
    for sheet_id, sheet in sorted(result.unsaved.items()):
        digest.update(sheet_id.encode() + repr(sheet).encode())
    for sheet_id in sorted(result.on_disk):
        stat = project.sheet_path(sheet_id).stat()
        digest.update(f"{sheet_id} {stat.st_size} {stat.st_mtime_ns}".encode())
    for path in (project.config_file, project.crises):
        digest.update(path.read_bytes() if path.is_file() else b"-")
    tree_digest(digest, project.templates)
    tree_digest(digest, project.root / "docs")
    return digest.hexdigest()


def _stamp_file(project) -> Path:
    return project.cache_folder / "site-stamp"


def site_is_current(project, site: Path, stamp: str) -> bool:
    stamp_file = _stamp_file(project)
    return site.is_dir() and stamp_file.is_file() and stamp_file.read_text() == f"{site}\n{stamp}"


def mark_site_current(project, site: Path, stamp: str) -> None:
    write_atomic(_stamp_file(project), f"{site}\n{stamp}")
