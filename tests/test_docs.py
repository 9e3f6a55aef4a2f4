"""The README documents every command and option of the CLI (as sqlite-utils' test_docs does)."""
import argparse
import re

import pytest

from generator.cli import parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands():
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices.items()


@pytest.mark.parametrize("name, sub", subcommands())
def test_command_is_documented(name, sub):
    assert f"`briefing {name}" in README


@pytest.mark.parametrize("name, option", [(name, opt) for name, sub in subcommands()
                                          for action in sub._actions for opt in action.option_strings
                                          if opt.startswith("--") and opt != "--help"])
def test_option_is_documented(name, option):
    lines = [line for line in README.splitlines() if f"`briefing {name}" in line]
    assert any(re.search(re.escape(option) + r"\b", line) for line in lines), f"{name} {option}"


def test_ci_runs_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text().strip().splitlines()[-1].strip()
    assert run in README
