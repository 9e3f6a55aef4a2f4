"""The renderer and its optional page cache: a page is read back only when nothing it depends on changed."""
import json
import os
import shutil
from pathlib import Path

from generator.site.html import TEMPLATES_DIR
from generator.site.plan import render_site
from tests.site.support import MINI_CRISIS, MemoryCache, load, synthetic_sheets


def test_one_new_article_re_renders_only_the_pages_it_changes():
    from generator import crisis
    from generator.site.plan import plan_site
    cache = MemoryCache()
    sheets = synthetic_sheets(60)
    analysis = crisis.analyse(sheets[:-1])
    first = plan_site(analysis.sheets, crises=analysis.crises)
    first.use_cache(cache)
    before = first.render_all()
    assert first.rendered == len(first.jobs)
    again = plan_site(analysis.sheets, crises=analysis.crises)
    again.use_cache(cache)
    assert again.render_all() == before and again.rendered == 0
    analysis = crisis.analyse(sheets)
    grown = plan_site(analysis.sheets, crises=analysis.crises)
    grown.use_cache(cache)
    pages = grown.render_all()
    fresh = render_site(analysis.sheets, crises=analysis.crises)
    assert pages == fresh  # what comes from the cache is what rendering gives
    assert 0 < grown.rendered < len(grown.jobs) / 3
    assert "briefings/article-59/index.md" in pages



def test_page_keys_are_the_same_in_every_process():
    # a set or a dict filled from one in a page's data would change its key from one run to the
    # next (string hashes are seeded per process): every page would be rendered at every build
    import subprocess
    import sys
    script = ("import json, sys; sys.path[:0] = sys.argv[1:]; from tests.site.support import synthetic_sheets; "
              "from generator import crisis; from generator.site.plan import plan_site; "
              "a = crisis.analyse(synthetic_sheets(40)); print(json.dumps(plan_site(a.sheets, crises=a.crises).keys))")
    root = str(Path(__file__).resolve().parent.parent.parent)
    keys = [subprocess.run([sys.executable, "-c", script, root], env={**os.environ, "PYTHONHASHSEED": seed},
                           capture_output=True, text=True, check=True).stdout for seed in ("1", "2")]
    assert keys[0] == keys[1] and len(json.loads(keys[0])) > 40



def test_a_template_change_re_renders_every_page(tmp_path):
    from generator.site.plan import plan_site
    shutil.copytree(TEMPLATES_DIR, tmp_path / "templates")
    cache, sheets = MemoryCache(), [load(name) for name in MINI_CRISIS]
    first = plan_site(sheets, templates_dir=tmp_path / "templates")
    first.use_cache(cache)
    first.render_all()
    home = tmp_path / "templates" / "home.html.j2"
    home.write_text(home.read_text().replace("Fact sheets extracted", "Facts extracted"))
    second = plan_site(sheets, templates_dir=tmp_path / "templates")
    second.use_cache(cache)
    assert "Facts extracted" in second.render_all()["index.md"]
    assert second.rendered == len(second.jobs)



class CountingCache(MemoryCache):
    """A cache that counts what is asked of it."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def get(self, key):
        self.calls += 1
        return super().get(key)

    def put(self, key, text):
        self.calls += 1
        super().put(key, text)


def test_without_a_cache_every_page_is_rendered_and_nothing_kept():
    from generator.site.plan import plan_site
    pages = plan_site([load(name) for name in MINI_CRISIS])
    assert pages.cache is None
    assert pages.render_all() == pages.render_all()
    assert pages.rendered == 2 * len(pages.jobs)


def test_a_cache_given_to_the_constructor_is_used():
    from generator.site.html import make_environment
    from generator.site.renderer import Renderer
    cache = CountingCache()
    pages = Renderer(make_environment(), True, cache)
    pages.add("x.md", "home.html.j2", briefings=[], briefing_count=0, crises=[], crisis_count=0, archive=[])
    first = pages.render("x.md").html
    assert pages.render("x.md").html == first and pages.rendered == 1 and list(cache.values()) == [first]


def test_every_file_of_the_site_package_is_in_the_fingerprint(tmp_path, monkeypatch):
    # a module added, moved or edited anywhere in generator/site changes every page's key
    from generator.site import renderer
    from generator.site.html import make_environment
    package = tmp_path / "site"
    shutil.copytree(renderer.SITE_PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(renderer, "SITE_PACKAGE", package)

    def fingerprint():
        return renderer.Renderer(make_environment(), True).fingerprint

    before = fingerprint()
    assert fingerprint() == before
    (package / "views" / "new_view.py").write_text("X = 1\n")
    added = fingerprint()
    assert added != before
    (package / "views" / "new_view.py").rename(package / "new_view.py")
    assert fingerprint() not in (before, added)
    (package / "__pycache__").mkdir()
    moved = fingerprint()
    (package / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    assert fingerprint() == moved  # compiled files are not code of their own
