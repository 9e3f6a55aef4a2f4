"""The extractor version (generator.extract.version): every file of the packages that make a sheet
counts, so a module added, edited or moved there marks every sheet made before as stale."""
import shutil

import pytest

from generator.extract import version


@pytest.fixture
def copy_of_the_code(tmp_path, monkeypatch):
    """A copy of the generator package, with the version computed over it."""
    code = tmp_path / "generator"
    shutil.copytree(version.PACKAGE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "PACKAGE", code)
    version.extractor_version.cache_clear()
    yield code
    version.extractor_version.cache_clear()


def fresh_version() -> str:
    version.extractor_version.cache_clear()
    return version.extractor_version()


def test_the_version_of_an_unchanged_copy_is_the_version_of_the_code(tmp_path, monkeypatch):
    real = fresh_version()
    shutil.copytree(version.PACKAGE, tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "PACKAGE", tmp_path / "generator")
    try:
        assert fresh_version() == real and real.startswith(version.EXTRACTOR_VERSION + "+")
    finally:
        version.extractor_version.cache_clear()


def test_a_module_added_to_extraction_changes_the_version(copy_of_the_code):
    before = fresh_version()
    (copy_of_the_code / "extract" / "new_rule.py").write_text('"""A new rule."""\n')
    assert fresh_version() != before


@pytest.mark.parametrize("package", sorted(version.SHEET_MAKERS))
def test_an_edited_file_in_any_package_that_makes_sheets_changes_the_version(copy_of_the_code, package):
    before = fresh_version()
    path = next(p for p in sorted((copy_of_the_code / package).rglob("*")) if p.is_file())
    path.write_bytes(path.read_bytes() + b"\n")
    assert fresh_version() != before


def test_a_moved_file_changes_the_version(copy_of_the_code):
    before = fresh_version()
    module = next(p for p in sorted((copy_of_the_code / "extract").glob("*.py")) if p.name != "__init__.py")
    target = copy_of_the_code / "extract" / "moved"
    target.mkdir()
    module.rename(target / module.name)
    assert fresh_version() != before


def test_files_outside_the_sheet_makers_leave_the_version_alone(copy_of_the_code):
    before = fresh_version()
    (copy_of_the_code / "site" / "new_page.py").write_text("")
    (copy_of_the_code / "extract" / "__pycache__").mkdir(exist_ok=True)
    (copy_of_the_code / "extract" / "__pycache__" / "x.pyc").write_bytes(b"\x00")
    assert fresh_version() == before


def test_the_version_is_computed_once_per_process(copy_of_the_code):
    before = version.extractor_version()
    (copy_of_the_code / "extract" / "new_rule.py").write_text("")
    assert version.extractor_version() == before  # cached until cleared
