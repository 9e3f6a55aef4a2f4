"""The `briefing` MkDocs plugin: on every build (and `mkdocs serve` reload) it adds the generated
pages to the site as in-memory files, so generated pages never land in docs/.

Its job, event by event:
- on_config: its own inputs (seeds and their curation files, facts/, templates, crises.yaml, the
  registry of published ids) join the paths `mkdocs serve` watches;
- on_files: the fact sheets (brought up to date here, unless `briefing build` already did and
  handed them over, see engine.py) become the site's files (generator.api.make_site_files),
  each page added to MkDocs as an empty generated file;
- on_page_context: the page is rendered and its title and table of contents given to the theme;
  the theme sees only the page's opening (what the search index holds, small at thousands of
  articles), between two markers;
- on_post_page: the whole page replaces the markers in the theme's frame;
- on_post_build: every other generated file (fact sheets, crisis data, tables, pictures,
  feeds, redirects) is written, and the registry of published ids saved when it grew.
Our pages are HTML already (generator.site), so MkDocs runs no Markdown over them.

With the project's `cache` option on (the default), the speed layer (generator.speed) joins in:
cached sheets and pages, a second process rendering pages ahead, frames from the cache, and
files unchanged since the site being replaced published as hard links to it.
"""
from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import logging
from dataclasses import dataclass
from pathlib import Path

import jinja2
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from generator import api
from generator.formats.digest import tree_digest
from generator.formats.files import write_atomic
from generator.project import Project
from generator.sheets.update import SheetsResult
from generator.site.options import SiteOptions
from generator.site.published import PublishedIds
from generator.speed.frames import FrameCache
from generator.speed.layer import Speed
from generator.speed.links import link_unchanged, publish_linked
from generator.speed.render_ahead import RenderAhead
from mkdocs_briefing.engine import running_builder

log = logging.getLogger("mkdocs.plugins.briefing")

# Around the page's opening in page.content while the theme renders; the whole page goes there
# after. Article text is HTML-escaped, so it cannot hold these comments.
_START, _END = "<!-- briefing:page -->", "<!-- /briefing:page -->"
# The template of a page whose frame comes from the cache: the theme has nothing to do.
_FRAMED = "briefing-framed.html"


class BriefingConfig(Config):
    seeds_dir = opt.Type(str, default="seeds")
    facts_dir = opt.Type(str, default="facts")
    templates_dir = opt.Type(str, default="templates")
    crises_file = opt.Type(str, default="crises.yaml")
    ids_file = opt.Type(str, default="published-ids.yaml")
    cache_dir = opt.Type(str, default=".cache/briefing")
    strict = opt.Type(bool, default=False)
    cache = opt.Type(bool, default=True)


@dataclass
class Handoff:
    """What `briefing build` gives the plugin: the project as the command line set it, the
    sheets it brought up to date, and the site being replaced (None: publish without links)."""
    project: Project
    sheets: SheetsResult
    previous: Path | None = None


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self):
        self.handoff: Handoff | None = None  # set by mkdocs_briefing.engine before the build
        self.site = None  # generator.site.files.SiteFiles: what this build publishes
        self.current: dict[str, tuple] = {}  # src_uri -> (page HTML, frame or None)
        self.env: jinja2.Environment | None = None
        self.frames: FrameCache | None = None
        self.ahead: RenderAhead | None = None
        self.previous: Path | None = None
        self.linked = 0

    def on_config(self, config):
        for path in self._inputs(config):
            # a path that does not exist cannot be watched (see on_serve); curation files are
            # in the seeds folder
            if path.exists() and str(path) not in config.watch:
                config.watch.append(str(path))
        return config

    def on_serve(self, server, *, config, builder):
        # after the first build: facts/ and the registry of ids exist now if they did not before
        for path in self._inputs(config):
            if path.exists() and str(path) not in config.watch:
                server.watch(str(path))
        return server

    def _inputs(self, config) -> list[Path]:
        """What the site is made from besides docs/ and mkdocs.yml (which MkDocs watches)."""
        project = self.handoff.project if self.handoff else _project(config, self.config)
        return [project.seeds, project.facts, project.templates, project.crises, project.published_ids]

    def on_files(self, files: Files, config) -> Files:
        project, sheets = self._sheets(config)
        speed = Speed(apart=False) if project.cache else None
        options = SiteOptions(directory_urls=config.use_directory_urls, site_url=config.site_url or None,
                              published=PublishedIds.load(project.published_ids), site_name=config.site_name)
        if speed:
            self.site = speed.site_files(api.make_site_files, project, sheets, options)
            self.frames = FrameCache(project.cache_folder / "framed", _shared_stamp(config), self.site.pages.keys)
            self.ahead = RenderAhead(self.site.pages)
            self.ahead.start()
            self.previous = self.handoff.previous if self.handoff else None
        else:
            self.site = api.make_site_files(project, sheets, options)
            self.frames = self.ahead = self.previous = None
        self.linked = 0
        for path in self.site.pages.jobs:
            files.append(File.generated(config, path, content=""))
        log.info(f"briefing: {len(sheets.ids)} fact sheets ({len(sheets.extracted)} extracted)")
        return files

    def _sheets(self, config) -> tuple[Project, SheetsResult]:
        """The project and its sheets: handed over by `briefing build`, or brought up to date now."""
        if self.handoff is not None:
            return self.handoff.project, self.handoff.sheets
        project = _project(config, self.config)
        sheets = api.update(project, speed=Speed(apart=False) if project.cache else None)
        for line in sheets.warnings + sheets.problems:
            log.warning(line)
        if sheets.problems and project.strict:
            raise PluginError(f"{len(sheets.problems)} seed(s) could not be used (strict)")
        return project, sheets

    def on_page_content(self, html: str, *, page, config, files) -> str:
        # MkDocs picks a page's template before on_page_context: decide here
        if self.frames is not None and self._ours(page) and self.frames.has(page.file.src_uri):
            page.meta["template"] = _FRAMED
        return html

    def on_env(self, env: jinja2.Environment, *, config, files) -> jinja2.Environment:
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({_FRAMED: ""}), env.loader])
        self.env = env
        return env

    def _ours(self, page) -> bool:
        return self.site is not None and page.file.generated_by == "briefing" \
            and page.file.src_uri in self.site.pages.jobs

    @event_priority(100)  # before the search plugin indexes page.content
    def on_page_context(self, context, *, page, config, nav):
        if not self._ours(page):
            return context
        path = page.file.src_uri
        rendered = self.site.pages.render(path)
        page.meta["title"] = rendered.title
        page.toc = get_toc(rendered.toc)
        page.content = f"{_START}{rendered.summary}{_END}"
        frame = None
        if page.meta.get("template") == _FRAMED:
            frame = self.frames.get(path)
            if frame is None:  # gone since on_page_content: the theme frames it after all
                frame = self.env.get_template("main.html").render(context)
        self.current[path] = (rendered.html, frame)
        return context

    def _frame_page(self, output: str, *, page, config) -> str:
        path = page.file.src_uri
        if path not in self.current:
            return output
        html, frame = self.current.pop(path)
        page.content = None
        if frame is None:
            frame = output
            if self.frames is not None:
                self.frames.put(path, frame)
        start, end = frame.find(_START), frame.find(_END)
        if start < 0 or end < 0:  # a theme template that does not show page.content
            return frame
        return frame[:start] + html + frame[end + len(_END):]

    @event_priority(float("-inf"))  # last: the page is what MkDocs would write
    def _link_page(self, output: str, *, page, config) -> str:
        if self.previous is None:
            return output
        data = output.encode("utf-8", errors="xmlcharrefreplace")  # as MkDocs writes it
        if link_unchanged(self.previous, Path(config.site_dir), page.file.dest_uri, data):
            self.linked += 1
            # MkDocs does not write a page whose output is empty (a handler after this one that
            # gave it text again would make MkDocs write through the link, into the old site)
            return ""
        return output

    on_post_page = CombinedEvent(_frame_page, _link_page)

    def on_build_error(self, *, error) -> None:
        self._stop_ahead()

    def _stop_ahead(self) -> None:
        if self.ahead is not None:
            self.ahead.stop()
            self.ahead = None

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config) -> None:
        self._stop_ahead()
        if self.site is None:
            return
        folder = Path(config.site_dir)
        _offline_search_index(folder)
        for path, data in self.site.others():  # fact sheets, crisis data, tables, pictures, feeds
            publish_linked(self.previous, folder, path, data)  # written when there is nothing to link
        if self.site.published is not None and self.site.published.save():
            log.info(f"briefing: new ids recorded in {self.site.published.path.name}")
        pages = self.site.pages
        framed = self.frames.used if self.frames is not None else 0
        log.info(f"briefing: {len(pages.jobs)} pages, {pages.rendered} rendered here, "
                 f"{framed} framed from the cache, {self.linked} linked unchanged")
        self.site = None
        self.handoff = None


def _offline_search_index(folder: Path) -> None:
    """The search index as a script (search/search_index.js), as Material's offline plugin
    writes it: a page opened from disk (file://) cannot fetch the index, and without it the
    theme's scripts stop before the palette toggle and the other page components start."""
    index = folder / "search" / "search_index.json"
    if index.is_file():
        write_atomic(index.with_suffix(".js"), b"var __index = " + index.read_bytes(), durable=False)


def _project(config, options) -> Project:
    """The project of `mkdocs build` or `mkdocs serve`: its folder is that of mkdocs.yml."""
    return Project(root=Path(config.config_file_path).resolve().parent, **dict(options))


def _shared_stamp(config) -> str:
    """A digest of what every page's frame depends on besides the page itself: the builder
    running, the configuration as loaded (site_url may come from the environment), the theme,
    the hand-written pages."""
    digest = hashlib.sha256(Path(config.config_file_path).read_bytes())
    digest.update(f"{running_builder()}\0{config.site_url}\0{config.use_directory_urls}".encode())
    for name in ("mkdocs-material", "Jinja2"):
        digest.update(f"{name}={metadata.version(name)}".encode())
    digest.update(Path(__file__).read_bytes())
    tree_digest(digest, Path(config.docs_dir))
    for folder in map(Path, config.theme.dirs):  # a custom_dir (installed themes are versioned above)
        if "site-packages" not in folder.parts:
            tree_digest(digest, folder)
    return digest.hexdigest()
