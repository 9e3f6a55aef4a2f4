"""The caches of the site stage: each crisis's data file and each rendered page, kept under a
digest of what they were made from, so one new article re-makes only what it changes."""
from __future__ import annotations

from pathlib import Path

from generator.formats import data_yaml
from generator.formats.digest import content_digest
from generator.speed.content_cache import ContentCache


class CrisisDataCache:
    """crisis.yaml files by the digest of their content: a file is dumped only when its crisis
    is new or changed (a new seed changes only the crises it is in)."""

    def __init__(self, folder: Path):
        self.files = ContentCache(folder, ".yaml")
        self.used: list[str] = []

    def file_for(self, merged: dict) -> Path | None:
        """The file holding `merged` as YAML (made now when new); None when it cannot be kept."""
        key = content_digest(merged)
        self.used.append(key)
        if self.files.has(key) or self.files.put(key, data_yaml.dump(merged)):
            return self.files.path(key)
        return None

    def finish(self) -> None:
        """Forget the files of crises this build did not use."""
        self.files.keep(self.used)


def cache_pages(renderer, folder: Path) -> ContentCache:
    """Give `renderer` a page cache in `folder`, keeping only this site's pages there."""
    pages = ContentCache(folder, ".html")
    pages.keep(renderer.use_cache(pages))
    return pages
