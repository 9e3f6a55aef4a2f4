"""The `briefing` MkDocs plugin: on every build (and `mkdocs serve` reload) it brings the fact
sheets up to date and adds the generated pages to the site as in-memory files, so generated
pages never land in docs/.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator import build

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    seeds_dir = opt.Type(str, default="seeds")
    facts_dir = opt.Type(str, default="facts")
    templates_dir = opt.Type(str, default="templates")
    strict = opt.Type(bool, default=False)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    def on_files(self, files: Files, config) -> Files:
        root = Path(config.config_file_path).resolve().parent
        project = build.Project(root=root, seeds_dir=self.config.seeds_dir,
                                facts_dir=self.config.facts_dir, templates_dir=self.config.templates_dir)
        result = build.build_sheets(project)
        for line in result.warnings + result.problems:
            log.warning(line)
        if result.problems and self.config.strict:
            raise PluginError(f"{len(result.problems)} seed(s) could not be used (strict)")
        for path, content in build.site_files(project, result.sheets, result.on_disk).items():
            files.append(File.generated(config, path, content=content))
        log.info(f"briefing: {len(result.sheets)} fact sheets ({len(result.extracted)} extracted)")
        return files
