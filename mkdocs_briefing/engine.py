"""MkDocs as the site builder of `briefing build` and `briefing serve` (generator.api finds it by
its entry point, `briefing.engines`, so that the generator package imports nothing from MkDocs).

The build runs in this process, as `mkdocs build` would, with the plugin handed the sheets the
command line already brought up to date (one extraction per build) and the site being replaced.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import mkdocs

from generator.project import Project
from generator.sheets.update import SheetsResult

log = logging.getLogger("mkdocs.briefing")


class MkDocsEngine:
    def __init__(self):
        self.name = running_builder()  # the builder that runs (not merely installed), for stamps
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner is not ours to show

    def build(self, project: Project, sheets: SheetsResult, folder: Path, previous: Path | None = None) -> bool:
        """Build the site of `sheets` into `folder`; False (with the reason logged) when it fails."""
        # imported here: a build that finds nothing changed never needs them
        from mkdocs.commands import build as mkdocs_build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException

        from mkdocs_briefing.plugin import BriefingPlugin, Handoff
        _show_warnings()
        try:
            config = load_config(str(project.config_file), site_dir=str(folder))
            plugin = next((p for p in config.plugins.values() if isinstance(p, BriefingPlugin)), None)
            if plugin is None:
                raise MkDocsException(f"{project.config_file.name}: the 'briefing' plugin is not in its plugins")
            plugin.handoff = Handoff(project, sheets, previous)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build.build(config)
            finally:
                config.plugins.on_shutdown()
        except MkDocsException as err:
            log.error(f"the site was not built: {err}")
            return False
        return True

    def serve(self, project: Project, dev_addr: str) -> None:
        """Serve the site, rebuilding when its inputs change (`mkdocs serve`)."""
        from mkdocs.commands.serve import serve
        _show_warnings()
        serve(config_file=str(project.config_file), dev_addr=dev_addr)


def running_builder() -> str:
    """The site builder running: the module imported as `mkdocs`, which is not always the
    installed `mkdocs` distribution (ProperDocs, the MkDocs 1 fork, runs plugins with its own
    modules under the name mkdocs): its name, version and folder."""
    builder = sys.modules.get("mkdocs", mkdocs)
    return f"{builder.__name__} {getattr(builder, '__version__', '?')} {Path(builder.__file__).parent}"


def _show_warnings() -> None:
    """MkDocs' own command line sets up its log; run from ours, its warnings go to stderr."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
