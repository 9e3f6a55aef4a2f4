import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"


def site_project(root: Path, seeds: Path | None = GOLDEN / "seeds") -> Path:
    """A project folder at `root` with this repository's mkdocs.yml, templates and docs, and a
    copy of `seeds` (the golden seeds by default; None: no seeds folder)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("templates", "docs"):
        shutil.copytree(ROOT / folder, root / folder)
    if seeds is not None:
        shutil.copytree(seeds, root / "seeds")
    return root


def refuse_sheet(monkeypatch, module, sheet_id: str, message: str) -> None:
    """Make `module`'s `validate` refuse the sheet `sheet_id` with `message`, and pass the others
    on to the real one."""
    from generator.model.schema import FactSheetError
    real = module.validate

    def validate(data, name=None):
        if data["id"] == sheet_id:
            raise FactSheetError(message)
        return real(data, name)

    monkeypatch.setattr(module, "validate", validate)


@pytest.fixture
def project(tmp_path):
    """A project holding a copy of the golden seeds and nothing else (no mkdocs.yml)."""
    from generator.project import Project
    shutil.copytree(GOLDEN / "seeds", tmp_path / "seeds")
    return Project(root=tmp_path)


@pytest.fixture(scope="session")
def nlp():
    from generator.extract import nlp as nlp_module
    return nlp_module.load()


@pytest.fixture
def shared():
    """The read-only ../shared folder; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not here")
    return SHARED


def pytest_configure(config):
    os.environ.setdefault("PYTHONHASHSEED", "0")
