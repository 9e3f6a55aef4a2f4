"""Not building a site that would come out the same: a stamp of everything the site is made
from, kept beside the cache; the same stamp as the last site built means nothing to rebuild."""
from __future__ import annotations

import hashlib
import importlib.metadata as meta
import os
import re
from pathlib import Path

from generator.formats.digest import tree_digest
from generator.formats.files import write_atomic

CODE = Path(__file__).resolve().parent.parent  # the generator package
PLUGIN = CODE.parent / "mkdocs_briefing"
# The site builder is not among these: `engine` names the one running (an installed `mkdocs`
# distribution says nothing when ProperDocs runs the build).
RENDERING_DISTRIBUTIONS = ("mkdocs-material", "Jinja2", "Markdown")
_ENV_TAG = re.compile(r"!ENV\s+\[?\s*([A-Za-z_][A-Za-z0-9_]*)")  # mkdocs.yml values from the environment


def site_stamp(project, result, engine: str) -> str:
    """A digest of everything the site is made from: the sheets (by their files' size and
    time, or their content when facts/ cannot hold them), the templates, the hand-written
    pages, the configuration (with the environment variables it reads, such as the site's
    address), every file of the code that renders (this package and the plugin), the site
    builder running (`engine`: its name, version and folder) and the theme's version."""
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
    config = project.config_file.read_text(encoding="utf-8") if project.config_file.is_file() else ""
    for name in sorted(set(_ENV_TAG.findall(config))):
        digest.update(f"{name}={os.environ.get(name)}".encode())
    tree_digest(digest, project.templates)
    tree_digest(digest, project.root / "docs")
    return digest.hexdigest()


def _stamp_file(project) -> Path:
    return project.cache_folder / "site-stamp"


def _registry(project) -> str:
    """A digest of the registry of published ids as it is now. The build itself adds to it, so
    it is read when a site is marked current, not in the stamp made before the build."""
    path = project.published_ids
    return hashlib.sha256(path.read_bytes() if path.is_file() else b"-").hexdigest()


def site_is_current(project, site: Path, stamp: str) -> bool:
    stamp_file = _stamp_file(project)
    return site.is_dir() and stamp_file.is_file() \
        and stamp_file.read_text() == f"{site}\n{stamp}\n{_registry(project)}"


def mark_site_current(project, site: Path, stamp: str) -> None:
    write_atomic(_stamp_file(project), f"{site}\n{stamp}\n{_registry(project)}")
