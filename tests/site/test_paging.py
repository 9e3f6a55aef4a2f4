"""Bounded pages: a large corpus gives pages of a fixed size, each reached by a link."""
import pytest

from generator.site.plan import render_site
from tests.site.support import (MINI_CRISIS, internal_links_resolve, letters, load, site_links, synthetic_sheets,
                                targets, to_html)


PAGE_BOUND = 300_000  # bytes: no generated page may grow with the corpus



@pytest.fixture(scope="module")
def large_site() -> dict[str, str]:
    from generator import crisis
    analysis = crisis.analyse(synthetic_sheets(400))
    return render_site(analysis.sheets, crises=analysis.crises)



def test_every_page_of_a_large_corpus_is_bounded(large_site):
    for path, text in large_site.items():
        assert len(text.encode()) < PAGE_BOUND, (path, len(text.encode()))
    assert len(large_site["quotes/index.md"]) < 60_000  # one row per speaker, not every quote



def test_a_large_corpus_has_its_archive_and_timeline_pages_linked(large_site):
    home = to_html(large_site["index.md"])
    assert home.text.count("Invented headline number") == 50
    months = ["briefings/archive/2030-04.md", "briefings/archive/2030-01.md", "briefings/archive/undated.md"]
    for month in months:
        assert month in large_site and month in targets("index.md", home, large_site)
    archive = to_html(large_site["briefings/archive/2030-01.md"])
    assert "briefings/article-0/index.md" in targets("briefings/archive/2030-01.md", archive, large_site)
    assert sum(page.count('href="../../../briefings/article-') for path, page in large_site.items()
               if path.startswith("briefings/archive/")) == 400  # every briefing in one month
    crisis_path = next(p for p in large_site if p.startswith("crises/") and p.endswith("/index.md")
                       and p != "crises/index.md")
    folder = crisis_path.rsplit("/", 1)[0]
    links = targets(crisis_path, to_html(large_site[crisis_path]), large_site)
    assert f"{folder}/timeline-1.md" in links and f"{folder}/timeline-2.md" in links
    events = "".join(t for p, t in large_site.items() if p.startswith(f"{folder}/timeline-"))
    assert all(f"Event {n} happened" in events for n in range(400) if n % 50 != 7)
    speaker = to_html(large_site["actors/speaker-0.md"])  # 58 quotes: under twice a page, one page
    assert all(f"the plan {n} was fair" in speaker.text for n in range(0, 400, 7))
    assert "actors/speaker-0/2.md" not in large_site



def test_long_lists_keep_their_older_pages_fixed():
    from generator.site.paging import stable_pages
    assert stable_pages(list(range(3)), 5) == [[0, 1, 2]]
    assert stable_pages(list(range(9)), 5) == [[0, 1, 2, 3, 4, 5, 6, 7, 8]]
    assert stable_pages(list(range(10)), 5) == [[5, 6, 7, 8, 9], [0, 1, 2, 3, 4]]
    assert stable_pages(list(range(17)), 5) == [[10, 11, 12, 13, 14, 15, 16], [5, 6, 7, 8, 9], [0, 1, 2, 3, 4]]
    # one more item changes the first page only
    assert stable_pages(list(range(18)), 5)[1:] == stable_pages(list(range(17)), 5)[1:]



def test_an_actor_with_many_quotes_has_older_pages(monkeypatch):
    from generator import crisis
    from generator.site import paging
    monkeypatch.setattr(paging, "ACTOR_QUOTES", 20)
    analysis = crisis.analyse(synthetic_sheets(400))
    site = render_site(analysis.sheets, crises=analysis.crises)
    speaker = to_html(site["actors/speaker-0.md"])
    assert "38 of 58 quotes, the newest" in speaker.text
    assert "actors/speaker-0/2.md" in targets("actors/speaker-0.md", speaker, site)
    older = to_html(site["actors/speaker-0/2.md"])
    assert "Ilsa Varnok (page 2 of 2)" in older.text and "20 of 58 quotes;" in older.text
    assert "actors/speaker-0.md" in targets("actors/speaker-0/2.md", older, site)



def test_every_internal_link_of_a_large_corpus_resolves(large_site):
    internal_links_resolve(large_site)



def test_small_caps_page_every_long_list(monkeypatch):
    """With tiny page sizes every list is cut into pages, each reached by a link, none lost."""
    from generator import crisis
    from generator.site import paging
    for name, value in {"LATEST_BRIEFINGS": 5, "ARCHIVE_PAGE": 4, "CRISES_PER_PAGE": 1, "QUOTE_SPEAKERS": 6,
                        "ACTORS_PER_PAGE": 7, "ACTOR_QUOTES": 2, "ACTOR_POSITIONS": 3, "ACTOR_ARTICLES": 4,
                        "SOURCES_PER_PAGE": 4}.items():
        monkeypatch.setattr(paging, name, value)
    sheets = synthetic_sheets(30) + [load(name) for name in MINI_CRISIS]
    analysis = crisis.analyse(sheets)
    site = render_site(analysis.sheets, crises=analysis.crises)
    for path in ("briefings/archive/2030-01-2.md", "quotes/speakers-2.md", "actors/all-group-2.md",
                 "actors/all-state-2.md", "sources/more-2.md", "actors/speaker-0/2.md", "crises/index-2.md"):
        assert path in site, path
    internal_links_resolve(site)
    assert set(site) - site_links(site) <= {"index.md"}  # every page is reached by a link
    assert sum(site[p].count('href="../../../briefings/article-') for p in site if p.startswith("briefings/archive/")) == 30
    groups = "".join(t for p, t in site.items() if p == "actors/index.md" or p.startswith("actors/all-group-"))
    assert all(f"{letters(n).capitalize()} Movement" in groups for n in range(30))
    actor = "".join(t for p, t in site.items() if p == "actors/speaker-0.md" or p.startswith("actors/speaker-0/"))
    assert all(f"the plan {n} was fair" in actor for n in range(0, 30, 7))

