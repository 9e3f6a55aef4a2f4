import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLDEN = Path(__file__).resolve().parent / "golden"


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
