"""Rendering a site's pages ahead, in a second process, into the page cache."""
from __future__ import annotations

import gc
import multiprocessing

from generator.machine import cores
from generator.site.renderer import Renderer


class RenderAhead:
    """A second process that renders a Renderer's uncached pages into its cache, in page order,
    while the site process does the rest of each page (the theme's frame, writing it). The site
    process still renders any page it reaches first (`Renderer.render` reads the cache first),
    so nothing waits on the helper and a lost helper only costs time. When the site process
    catches up (a page the helper was about to render is already cached), the helper jumps
    ahead, so the two never render the same pages in step.

    Forked, it shares the page data with the site process instead of copying it; the data is
    frozen out of the garbage collector first, so that collections do not write to (and so
    copy) every shared object."""
    JUMP = 64  # pages the helper skips when the site process has caught up with it
    MIN_PAGES = 200  # fewer uncached pages are not worth a process

    def __init__(self, renderer: Renderer):
        self.renderer = renderer
        self.process = None
        self.stopping = None

    def start(self) -> bool:
        """Start the helper when the renderer has a cache, there is enough to render, more than
        one core and fork; returns whether it runs."""
        if self.renderer.cache is None or cores() < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return False
        todo = self.renderer.uncached()
        if len(todo) < self.MIN_PAGES:
            return False
        context = multiprocessing.get_context("fork")
        self.stopping = context.Event()
        gc.freeze()
        self.process = context.Process(target=self._run, args=(todo,), daemon=True)
        self.process.start()
        return True

    def _run(self, todo: list[str]) -> None:
        renderer, index = self.renderer, 0
        while index < len(todo) and not self.stopping.is_set():
            path = todo[index]
            if renderer.cache.has(renderer.keys[path]):
                index += self.JUMP  # the site process got here first
                continue
            try:
                renderer.render(path)
            except Exception:  # noqa: BLE001 - the site process renders this page too, and reports it
                return
            index += 1

    def stop(self) -> None:
        """Stop the helper between two pages (a page being written is finished) and wait for it."""
        if self.process is None:
            return
        self.stopping.set()
        self.process.join()
        self.process = None
        gc.unfreeze()
