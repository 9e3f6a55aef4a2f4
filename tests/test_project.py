"""A project's settings (generator.project): the `briefing` plugin's options in mkdocs.yml."""
from pathlib import Path

from generator.project import Project
from tests.conftest import ROOT


def write_config(root: Path, text: str) -> Path:
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    return root


def test_load_reads_the_plugin_options(tmp_path):
    root = write_config(tmp_path, "site_name: X\nplugins:\n  - search\n  - briefing:\n"
                                  "      seeds_dir: articles\n      facts_dir: sheets\n      strict: true\n"
                                  "      cache: false\n      cache_dir: tmp/cache\n      crises_file: groups.yaml\n"
                                  "      templates_dir: looks\n")
    project = Project.load(root)
    assert (project.seeds, project.facts, project.templates) == (root / "articles", root / "sheets", root / "looks")
    assert project.crises == root / "groups.yaml" and project.cache_folder == root / "tmp/cache"
    assert project.strict is True and project.cache is False
    assert project.config_file == root / "mkdocs.yml"
    assert project.sheet_path("a-b") == root / "sheets" / "a-b.yaml"


def test_overrides_win_and_none_leaves_the_option(tmp_path):
    root = write_config(tmp_path, "plugins:\n  - briefing:\n      strict: false\n      cache: true\n")
    project = Project.load(root, strict=True, cache=None)
    assert project.strict is True and project.cache is True
    assert Project.load(root, cache=False).cache is False


def test_without_the_plugin_or_the_file_the_defaults_hold(tmp_path):
    defaults = Project(root=tmp_path)
    assert Project.load(tmp_path) == defaults  # no mkdocs.yml
    write_config(tmp_path, "site_name: X\nplugins:\n  - search\n")
    assert Project.load(tmp_path) == defaults
    write_config(tmp_path, "site_name: X\nplugins:\n  - briefing\n")  # the plugin without options
    assert Project.load(tmp_path) == defaults
    write_config(tmp_path, "site_name: X\nplugins:\n  - briefing:\n")
    assert Project.load(tmp_path) == defaults
    assert (defaults.seeds_dir, defaults.facts_dir, defaults.strict, defaults.cache) == ("seeds", "facts", False, True)


def test_an_unknown_option_is_ignored(tmp_path):
    write_config(tmp_path, "plugins:\n  - briefing:\n      seeds_dir: in\n      colour: blue\n")
    project = Project.load(tmp_path)
    assert project.seeds_dir == "in" and not hasattr(project, "colour")


def test_tags_for_mkdocs_itself_do_not_stop_the_reading(tmp_path):
    write_config(tmp_path, "site_name: !ENV [NAME, X]\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
                           "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                           "plugins:\n  - briefing:\n      facts_dir: f\n")
    assert Project.load(tmp_path).facts_dir == "f"


def test_the_plugin_and_the_command_line_know_the_same_options():
    from mkdocs_briefing.plugin import BriefingConfig
    config = BriefingConfig()
    assert set(Project.OPTIONS) == set(config.keys())
    config.load_dict({})
    config.validate()
    defaults = Project(root=Path("."))
    assert {name: config[name] for name in Project.OPTIONS} == {name: getattr(defaults, name) for name in Project.OPTIONS}


def test_this_repository_is_a_project():
    project = Project.load(ROOT)
    assert project.templates.is_dir() and project.seeds_dir == "seeds"
