"""The crisis data cache: a crisis.yaml is dumped once per content."""
import copy

from generator.site.files import site_files
from generator.speed.site_cache import CrisisDataCache
from tests.crisis.sheets import fixture_sheets


def crisis_file(sheets, folder):
    cache = CrisisDataCache(folder)
    files = site_files(copy.deepcopy(sheets), {}, {}, None, crisis_data=cache)
    cache.finish()
    return files.copies["crises/marenland-valdoria/crisis.yaml"]


def test_crisis_data_is_written_once_per_content(tmp_path):
    sheets = fixture_sheets()
    first = crisis_file(sheets, tmp_path)
    stamp = first.stat().st_mtime_ns
    again = crisis_file(sheets, tmp_path)
    assert again == first and again.stat().st_mtime_ns == stamp
    changed = copy.deepcopy(sheets)
    changed[0]["article"]["title"] += " (updated)"
    other = crisis_file(changed, tmp_path)
    assert other != first and not first.exists()  # the old content is forgotten
