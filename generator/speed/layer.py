"""The speed layer as the API (generator.api) and the plugin use it: one object whose methods
stand in at the pipeline's seams. `briefing build --no-cache` (the plugin's `cache: false`)
uses none of it."""
from __future__ import annotations

from generator.sheets.update import update_sheets
from generator.speed.site_stamp import mark_site_current, site_is_current, site_stamp
from generator.speed.apart import collection_paused, update_sheets_apart
from generator.speed.sheet_cache import CachedSheetStore
from generator.speed.site_cache import CrisisDataCache, cache_pages


class Speed:
    site_stamp = staticmethod(site_stamp)
    site_is_current = staticmethod(site_is_current)
    mark_site_current = staticmethod(mark_site_current)

    def __init__(self, apart: bool = True):
        self.apart = apart  # the sheets made in a child process (a caller that builds a site next)

    @staticmethod
    def store(project) -> CachedSheetStore:
        return CachedSheetStore(project.facts, project.cache_folder)

    def update_sheets(self, store, seeds_folder, jobs=None):
        if self.apart:
            return update_sheets_apart(store, seeds_folder, jobs)
        return update_sheets(store, seeds_folder, jobs)

    def site_files(self, make_site_files, project, sheets, options):
        """`make_site_files` (generator.api.make_site_files) with the crisis data and page
        caches, the garbage collector paused while the site's data is made."""
        crisis_data = CrisisDataCache(project.cache_folder / "crises")
        with collection_paused():
            files = make_site_files(project, sheets, options, speed=self, crisis_data=crisis_data)
        crisis_data.finish()
        cache_pages(files.pages, project.cache_folder / "pages")
        return files
