"""End to end: a tiny seeds folder through `briefing build` into a site, and golden pages."""
import os
import re
import shutil
from html.parser import HTMLParser

import pytest

from generator.cli import main
from generator.extract.batch import extract_many
from generator.sheets.seeds import parse_seed, scan_seeds
from generator.site.files import site_files
from tests.conftest import GOLDEN, site_project

EXPECTED = GOLDEN / "expected"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = site_project(tmp_path_factory.mktemp("project") / "root")
    assert main(["build", "--root", str(root), "--site-dir", str(root / "site")]) == 0
    return root


class Loads(HTMLParser):
    """Collects every URL a page would load by itself (scripts, styles, images, frames, fonts)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "icon", "prefetch") and attrs.get("href"):
            self.urls.append(attrs["href"])


def test_site_has_the_generated_pages(site):
    out = site / "site"
    for page in ("index.html", "briefings/relief-convoy/index.html", "actors/index.html",
                 "quotes/index.html", "sources/index.html", "about.html"):
        assert (out / page).is_file(), page
    assert (out / "briefings/relief-convoy/factsheet.yaml").read_text().startswith("schema_version: 1")
    briefing = (out / "briefings/harbour-talks-collapse/index.html").read_text()
    assert "Ingrid Solberg" in briefing
    assert "Our proposals were never even read" in briefing


def test_generated_pages_are_not_written_to_docs(site):
    assert not (site / "docs" / "briefings").exists()
    assert (site / "facts" / "relief-convoy.yaml").is_file()


def test_site_loads_nothing_from_the_internet(site):
    for page in (site / "site").rglob("*.html"):
        parser = Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        external = [u for u in parser.urls if re.match(r"^(https?:)?//", u)]
        assert external == [], f"{page}: {external}"
    css = "".join(p.read_text(errors="ignore") for p in (site / "site").rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def rendered_pages() -> dict[str, str]:
    """The generated files of the golden seeds, extracted in memory (nothing is written).
    Pages are named by their HTML file ("actors/x.html")."""
    problems, warnings = [], []
    articles = [parse_seed(seed, problems, warnings) for seed in scan_seeds(GOLDEN / "seeds", problems)]
    assert problems == [] and all(articles)
    sheets = [sheet.to_dict() for sheet in extract_many(articles)]
    files = site_files(sheets, {}, {}, None)  # no sheet files, no crises.yaml, the package's templates
    pages = {path.removesuffix(".md") + ".html": html for path, html in files.pages.render_all().items()}
    copies = {path: source.read_text(encoding="utf-8") for path, source in files.copies.items()}
    return {**pages, **copies, **files.texts}


def test_golden_pages():
    """The HTML of every generated page (and every generated file) equals the committed tree in
    tests/golden/expected.

    After an intended change run `UPDATE_GOLDEN=1 ./scripts/test.sh tests/test_site.py` and
    review the diff of tests/golden/expected like any other change.
    """
    pages = rendered_pages()
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for path, text in pages.items():
            target = EXPECTED / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    expected = {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
                for p in EXPECTED.rglob("*") if p.is_file()}
    assert sorted(pages) == sorted(expected)
    for path in pages:
        assert pages[path] == expected[path], f"{path} differs from tests/golden/expected/{path}"


def test_frames_from_the_cache_give_the_same_pages(site):
    """A rebuild with nothing changed takes every generated page's frame from the cache; the
    pages must be byte for byte those the theme rendered."""
    out = site / "site"
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.html")}
    assert any((site / ".cache" / "briefing" / "framed").iterdir())
    (site / ".cache" / "briefing" / "site-stamp").unlink()  # force the site to be built again
    assert main(["build", "--root", str(site), "--site-dir", str(out)]) == 0
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.html")}
    assert after == before


def test_a_rebuild_links_unchanged_files_and_equals_a_build_from_nothing(tmp_path):
    """After one new seed, files whose bytes are those of the previous site are hard links to
    it; the site is the same, file for file, as one built into an empty folder."""
    site_project(tmp_path)
    out, fresh = tmp_path / "site", tmp_path / "fresh"
    assert main(["build", "--root", str(tmp_path), "--site-dir", str(out)]) == 0
    before = {p.relative_to(out): p.stat() for p in out.rglob("*") if p.is_file()}
    (tmp_path / "seeds" / "late-news.txt").write_text(
        "Council meets again\nThe regional council met again on Friday, its chair Ana Ruiz said.\n")
    assert main(["build", "--root", str(tmp_path), "--site-dir", str(out)]) == 0
    assert main(["build", "--root", str(tmp_path), "--site-dir", str(fresh)]) == 0
    files = {p.relative_to(out): p for p in out.rglob("*") if p.is_file()}
    kept = [rel for rel, p in files.items() if rel in before and before[rel].st_ino == p.stat().st_ino]
    assert any(str(rel).endswith(".html") for rel in kept) and any(str(rel).endswith(".yaml") for rel in kept)
    for rel in kept:  # linked, never written through the link (which would change the old site)
        assert files[rel].stat().st_mtime_ns == before[rel].st_mtime_ns, rel
    assert any(str(rel).startswith("briefings/late-news") for rel in files)
    assert sorted(files) == sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    for rel, path in files.items():
        if not rel.name.startswith("sitemap.xml"):  # dated by the day it is built
            assert path.read_bytes() == (fresh / rel).read_bytes(), rel
