"""How and where the site is published: the URL style of its pages, its address and the
registry of the ids it has published."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from generator.site.published import PublishedIds
from generator.site.urls import page_url, relative_url


@dataclass(frozen=True)
class SiteOptions:
    directory_urls: bool = True  # "a/b/" for a page a/b.md (MkDocs' use_directory_urls), else "a/b.html"
    site_url: str | None = None  # the address the site is published at (MkDocs' site_url), if known
    published: PublishedIds | None = None  # None: the ids the analysis gives (a site made for a test)
    site_name: str = "Crisis briefing"  # MkDocs' site_name: the feeds' titles

    def url(self, path: str, seen_from: str) -> str:
        """The address of our file `path` (a docs path) in a file at docs path `seen_from`:
        absolute when the site's address is known, else relative to that file."""
        target = page_url(path, self.directory_urls)
        if self.site_url:
            return urljoin(self.site_url.rstrip("/") + "/", target)
        return relative_url(target, page_url(seen_from, self.directory_urls))
