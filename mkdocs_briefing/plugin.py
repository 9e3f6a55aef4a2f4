"""The `briefing` MkDocs plugin: on every build (and `mkdocs serve` reload) it brings the fact
sheets up to date and adds the generated pages to the site as in-memory files, so generated
pages never land in docs/.

Our pages are HTML already (generator.render), so MkDocs gets an empty Markdown source for each
and the plugin hands the theme the page itself. A page is rendered when MkDocs writes it and
dropped after: the site is never held in memory whole. The search index gets each page's
opening only (title, dates, lede), which keeps it small at thousands of articles.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from generator import build

log = logging.getLogger("mkdocs.plugins.briefing")

# Around the page's opening in page.content while the theme renders; the whole page goes there
# after. Article text is HTML-escaped, so it cannot hold these comments.
_START, _END = "<!-- briefing:page -->", "<!-- /briefing:page -->"


class BriefingConfig(Config):
    seeds_dir = opt.Type(str, default="seeds")
    facts_dir = opt.Type(str, default="facts")
    templates_dir = opt.Type(str, default="templates")
    strict = opt.Type(bool, default=False)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def __init__(self):
        self.pages = None  # generator.render.Renderer of this build
        self.current: dict[str, str] = {}  # src_uri -> HTML of the page being written

    def on_files(self, files: Files, config) -> Files:
        root = Path(config.config_file_path).resolve().parent
        project = build.Project(root=root, seeds_dir=self.config.seeds_dir,
                                facts_dir=self.config.facts_dir, templates_dir=self.config.templates_dir)
        result = build.build_sheets(project)
        for line in result.warnings + result.problems:
            log.warning(line)
        if result.problems and self.config.strict:
            raise PluginError(f"{len(result.problems)} seed(s) could not be used (strict)")
        site = build.site_files(project, result.sheets, result.on_disk, config.use_directory_urls)
        self.pages = site.pages
        for path in site.pages.jobs:
            files.append(File.generated(config, path, content=""))
        for path, source in site.copies.items():
            files.append(File.generated(config, path, abs_src_path=str(source)))
        for path, content in site.texts.items():
            files.append(File.generated(config, path, content=content))
        log.info(f"briefing: {len(result.sheets)} fact sheets ({len(result.extracted)} extracted)")
        return files

    def _ours(self, page) -> bool:
        return self.pages is not None and page.file.generated_by == "briefing" \
            and page.file.src_uri in self.pages.jobs

    @event_priority(100)  # before the search plugin indexes page.content
    def on_page_context(self, context, *, page, config, nav):
        if not self._ours(page):
            return context
        rendered = self.pages.render(page.file.src_uri)
        page.meta["title"] = rendered.title
        page.toc = get_toc(rendered.toc)
        page.content = f"{_START}{rendered.summary}{_END}"
        self.current[page.file.src_uri] = rendered.html
        return context

    def on_post_page(self, output: str, *, page, config) -> str:
        html = self.current.pop(page.file.src_uri, None)
        if html is None:
            return output
        page.content = None
        start, end = output.find(_START), output.find(_END)
        if start < 0 or end < 0:  # a theme template that does not show page.content
            return output
        return output[:start] + html + output[end + len(_END):]

    def on_post_build(self, *, config) -> None:
        if self.pages is not None:
            log.info(f"briefing: {self.pages.rendered} pages rendered, "
                     f"{len(self.pages.jobs) - self.pages.rendered} unchanged")
            self.pages = None
