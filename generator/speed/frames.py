"""Framed pages kept: the theme's frame around a page (header, navigation, table of contents)
depends only on the page and on what every page shares (configuration, theme, hand-written
pages), so a page whose content and those shared inputs are unchanged gets its whole framed
HTML from the cache instead of the theme."""
from __future__ import annotations

import hashlib
from pathlib import Path

from generator.speed.content_cache import ContentCache


class FrameCache:
    def __init__(self, folder: Path, shared_stamp: str, page_keys: dict[str, str]):
        """`shared_stamp`: a digest of what every frame depends on besides its page;
        `page_keys`: each page's (docs path) key of its content."""
        self.files = ContentCache(folder, ".html.z", compressed=True)
        self.keys = {path: hashlib.sha256(f"{shared_stamp} {key}".encode()).hexdigest()
                     for path, key in page_keys.items()}
        self.files.keep(self.keys.values())
        self.used = 0  # frames taken from the cache

    def has(self, path: str) -> bool:
        key = self.keys.get(path)
        return key is not None and self.files.has(key)

    def get(self, path: str) -> str | None:
        frame = self.files.get(self.keys[path])
        if frame is not None:
            self.used += 1
        return frame

    def put(self, path: str, frame: str) -> None:
        if path in self.keys:
            self.files.put(self.keys[path], frame)
