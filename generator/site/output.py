"""The site folder replaced whole: a new site is built beside the old one and swapped in, so a
build that fails or is killed leaves the previous site as it was."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


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


def swap_in(new: Path, site: Path) -> None:
    """Make `new` the site. Until the first rename the old site is whole; after the second the
    new one is; a build killed between the two is undone by `recover_site` on the next run."""
    shutil.rmtree(_old(site), ignore_errors=True)
    if site.exists():
        os.replace(site, _old(site))
    os.replace(new, site)
    shutil.rmtree(_old(site), ignore_errors=True)
