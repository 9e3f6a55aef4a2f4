"""A briefing project: where it keeps its inputs and outputs, and how it is built.

The settings are the `briefing` plugin's options in `mkdocs.yml`, read the same way by the
command line (`Project.load`) and by the MkDocs plugin (`Project(root, **options)`), so both
build from the same folders. `briefing build --strict` / `--no-cache` override two of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.sheets.store import SheetStore

CONFIG_FILE = "mkdocs.yml"


@dataclass(frozen=True)
class Project:
    root: Path
    seeds_dir: str = "seeds"
    facts_dir: str = "facts"
    templates_dir: str = "templates"
    crises_file: str = "crises.yaml"  # the user's grouping of seeds into crises (optional)
    ids_file: str = "published-ids.yaml"  # the actor and crisis ids published (kept by the build; commit it)
    cache_dir: str = ".cache/briefing"  # the speed layer's files; safe to delete, worth keeping
    strict: bool = False  # a seed that cannot be used fails the build
    cache: bool = True  # use the speed layer (caches, a second process, links); same bytes without

    # the options a user may set in mkdocs.yml (plugins: - briefing: {...})
    OPTIONS = ("seeds_dir", "facts_dir", "templates_dir", "crises_file", "ids_file", "cache_dir", "strict",
               "cache")

    @classmethod
    def load(cls, root: Path, **overrides) -> Project:
        """The project at `root` with the options its mkdocs.yml gives the plugin; `overrides`
        (those not None) win."""
        options = plugin_options(root / CONFIG_FILE)
        options.update({k: v for k, v in overrides.items() if v is not None})
        return cls(root=root, **options)

    @property
    def seeds(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def facts(self) -> Path:
        return self.root / self.facts_dir

    @property
    def templates(self) -> Path:
        return self.root / self.templates_dir

    @property
    def crises(self) -> Path:
        return self.root / self.crises_file

    @property
    def published_ids(self) -> Path:
        return self.root / self.ids_file

    @property
    def cache_folder(self) -> Path:
        return self.root / self.cache_dir

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    def sheet_path(self, sheet_id: str) -> Path:
        return SheetStore(self.facts).path(sheet_id)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml may hold tags for MkDocs itself (`!ENV`, `!!python/name:`): read as null."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def plugin_options(config_file: Path) -> dict:
    """The `briefing` plugin's options in an mkdocs.yml (none when it has no such file)."""
    if not config_file.is_file():
        return {}
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    for entry in config.get("plugins") or []:
        if isinstance(entry, dict) and "briefing" in entry:
            options = entry["briefing"] or {}
            return {k: v for k, v in options.items() if k in Project.OPTIONS}
    return {}
