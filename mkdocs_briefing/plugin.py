"""The `briefing` MkDocs plugin: on every build (and `mkdocs serve` reload) it brings the fact
sheets up to date and adds the generated pages to the site as in-memory files, so generated
pages never land in docs/.

Our pages are HTML already (generator.render), so MkDocs gets an empty Markdown source for each
and the plugin hands the theme the page itself. A page is rendered when MkDocs writes it and
dropped after: the site is never held in memory whole. A second process renders pages ahead of
MkDocs into the page cache (generator.render.RenderAhead), so that on two cores MkDocs mostly
frames pages while the other core renders them. The search index gets each page's
opening only (title, dates, lede), which keeps it small at thousands of articles.

The theme's frame around a page (header, navigation, table of contents) depends only on the
page and on what every page shares (configuration, theme, hand-written pages). A page whose own
content and those shared inputs are what they were at the last build gets its frame from the
cache instead of the theme: with one new article, most pages cost a file read. Run by
`briefing build`, which names the site being replaced, a page or other file of ours (fact
sheet, crisis data, picture; published by the plugin, not MkDocs) whose bytes are those of the
file in that site is published as a hard link to it instead of a new file.
"""
from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import logging
import os
from pathlib import Path

import jinja2
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from generator import build
from generator.render import RenderAhead
from generator.store import ContentCache

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
    strict = opt.Type(bool, default=False)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self):
        self.site: build.SiteFiles | None = None  # what this build publishes; .pages renders its pages
        self.frames: ContentCache | None = None
        self.frame_keys: dict[str, str] = {}  # src_uri -> key of its framed page
        self.current: dict[str, tuple] = {}  # src_uri -> (page HTML, cached frame or None)
        self.framed_from_cache = 0
        self.env: jinja2.Environment | None = None
        self.ahead: RenderAhead | None = None  # the second process rendering pages ahead
        self.previous: Path | None = None  # the site this build replaces, to link unchanged files from
        self.linked = 0

    def on_files(self, files: Files, config) -> Files:
        root = Path(config.config_file_path).resolve().parent
        project = build.Project(root=root, seeds_dir=self.config.seeds_dir,
                                facts_dir=self.config.facts_dir, templates_dir=self.config.templates_dir)
        result = build.build_sheets(project)
        for line in result.warnings + result.problems:
            log.warning(line)
        if result.problems and self.config.strict:
            raise PluginError(f"{len(result.problems)} seed(s) could not be used (strict)")
        site = build.site_files(project, result.take_sheets(), result.on_disk, config.use_directory_urls,
                                release=True)
        self.site, self.framed_from_cache, self.linked = site, 0, 0
        previous = os.environ.get(build.PREVIOUS_SITE)
        self.previous = Path(previous) if previous and Path(previous).is_dir() else None
        self._plan_frames(project, config)
        self.ahead = RenderAhead(site.pages)
        self.ahead.start()
        for path in site.pages.jobs:
            files.append(File.generated(config, path, content=""))
        log.info(f"briefing: {len(result.ids)} fact sheets ({len(result.extracted)} extracted)")
        return files

    def _plan_frames(self, project: build.Project, config) -> None:
        shared = _shared_stamp(config)
        self.frames = ContentCache(project.cache / "framed", ".html.z", compressed=True)
        self.frame_keys = {path: hashlib.sha256(f"{shared} {key}".encode()).hexdigest()
                           for path, key in self.site.pages.keys.items()}
        self.frames.keep(self.frame_keys.values())

    def on_page_content(self, html: str, *, page, config, files) -> str:
        # MkDocs picks a page's template before on_page_context: decide here
        key = self.frame_keys.get(page.file.src_uri) if self._ours(page) else None
        if key and self.frames.has(key):
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
            frame = self.frames.get(self.frame_keys[path])
            if frame is None:  # gone since on_page_content: the theme frames it after all
                frame = self.env.get_template("main.html").render(context)
            else:
                self.framed_from_cache += 1
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
            if path in self.frame_keys:
                self.frames.put(self.frame_keys[path], frame)
        start, end = frame.find(_START), frame.find(_END)
        if start < 0 or end < 0:  # a theme template that does not show page.content
            return frame
        return frame[:start] + html + frame[end + len(_END):]

    @event_priority(float("-inf"))  # last: the page is what MkDocs would write
    def _link_page(self, output: str, *, page, config) -> str:
        if self.previous is None:
            return output
        data = output.encode("utf-8", errors="xmlcharrefreplace")  # as MkDocs writes it
        if build.link_unchanged(self.previous, Path(config.site_dir), page.file.dest_uri, data):
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

    def on_post_build(self, *, config) -> None:
        self._stop_ahead()
        if self.site is not None:
            for path, data in self.site.others():  # fact sheets, crisis data, pictures
                build.publish_file(self.previous, Path(config.site_dir), path, data)
            pages = self.site.pages
            log.info(f"briefing: {len(pages.jobs)} pages, {pages.rendered} rendered here, "
                     f"{self.framed_from_cache} framed from the cache, {self.linked} linked unchanged")
            self.site = None


def _shared_stamp(config) -> str:
    """A digest of what every page's frame depends on besides the page itself."""
    digest = hashlib.sha256(Path(config.config_file_path).read_bytes())
    for name in ("mkdocs", "mkdocs-material", "Jinja2"):
        digest.update(f"{name}={metadata.version(name)}".encode())
    digest.update(Path(__file__).read_bytes())
    build.tree_digest(digest, Path(config.docs_dir))
    for folder in map(Path, config.theme.dirs):  # a custom_dir (installed themes are versioned above)
        if "site-packages" not in folder.parts:
            build.tree_digest(digest, folder)
    return digest.hexdigest()
