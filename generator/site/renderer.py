"""The Renderer: the pages of one site, each a template and its data, rendered on demand, and
optionally kept in a cache so that an unchanged page is read back instead of rendered."""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import jinja2

from generator.formats.digest import content_digest, package_digest
from generator.site.page import Page
from generator.site.urls import page_url, root_of

SITE_PACKAGE = Path(__file__).resolve().parent


@dataclass
class Renderer:
    """Renders the pages of one site; the page list is known first, the HTML made on demand
    (a site of 10,000 articles need not hold all its pages at once).

    Each page's data is kept pickled: a few times smaller than the dicts it was made of, and a
    process forked to render pages ahead (generator.speed.render_ahead) reads it without
    touching, and so copying, the memory of thousands of shared objects.

    The cache is optional (the `cache` argument, or `use_cache` later): without one, every page
    is rendered and nothing is read or written. With one, a page whose template and data are
    those of a page rendered before is read back instead of rendered: one new article
    re-renders only the pages it changes. A page's key is a digest of the templates, the code of
    this package and the page's data."""
    env: jinja2.Environment
    directory_urls: bool
    cache: object = None  # get(key) -> str | None, has(key), put(key, text)
    jobs: dict = field(default_factory=dict)  # path -> (template, pickled data)
    keys: dict = field(default_factory=dict)  # path -> cache key
    rendered: int = 0  # pages rendered (not read from the cache)

    @cached_property
    def fingerprint(self) -> str:
        return _fingerprint(self.env, self.directory_urls)

    def add(self, path: str, template: str, **data) -> None:
        self.jobs[path] = (template, pickle.dumps(data, pickle.HIGHEST_PROTOCOL))
        self.keys[path] = content_digest(self.fingerprint, path, template, data)

    def use_cache(self, cache) -> list[str]:
        """Read pages from `cache` and keep new ones there; returns every page's key (what the
        cache must keep)."""
        self.cache = cache
        return list(self.keys.values())

    def render(self, path: str) -> Page:
        key = self.keys.get(path) if self.cache is not None else None
        html = self.cache.get(key) if key else None
        if html is None:
            template, data = self.jobs[path]
            root = root_of(page_url(path, self.directory_urls))
            html = self.env.get_template(template).render(
                root=root, directory_urls=self.directory_urls, anchors=set(), **pickle.loads(data))
            self.rendered += 1
            if key:
                self.cache.put(key, html)
        return Page(path, html)

    def render_all(self) -> dict[str, str]:
        return {path: self.render(path).html for path in self.jobs}

    def uncached(self) -> list[str]:
        """The pages (in page order) that the cache could hold but does not yet."""
        return [path for path, key in self.keys.items() if not self.cache.has(key)]


def _fingerprint(env: jinja2.Environment, directory_urls: bool) -> str:
    """What every page depends on besides its data: the templates, every file of this package
    (a module added, moved or edited changes it), Jinja's version and the URL style."""
    digest = hashlib.sha256(f"{jinja2.__version__} {directory_urls}".encode())
    digest.update(package_digest(SITE_PACKAGE).encode())
    for name in sorted(env.list_templates()):
        source, _, _ = env.loader.get_source(env, name)
        digest.update(name.encode() + b"\0" + source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
