"""Rendering ahead in a second process: the same pages, fewer rendered by the site process."""
import pytest

from tests.site.support import synthetic_sheets


def _planned(tmp_path, count=12):
    from generator import crisis
    from generator.site.plan import plan_site
    from generator.speed.content_cache import ContentCache
    analysis = crisis.analyse(synthetic_sheets(count))
    pages = plan_site(analysis.sheets, crises=analysis.crises)
    pages.use_cache(ContentCache(tmp_path / "pages", ".html"))
    return pages



def test_pages_rendered_ahead_are_read_back_not_rendered(tmp_path):
    from generator.speed.render_ahead import RenderAhead
    pages = _planned(tmp_path)
    expected = _planned(tmp_path / "other").render_all()
    ahead = RenderAhead(pages)
    ahead.MIN_PAGES = 1
    assert ahead.start()
    ahead.process.join(60)  # let it finish every page
    ahead.stop()
    assert pages.uncached() == []
    assert pages.render_all() == expected and pages.rendered == 0
    assert not list((tmp_path / "pages").glob(".*"))  # no half-written file left



def test_the_helper_jumps_ahead_of_the_site_process(tmp_path):
    import threading
    from generator.speed.render_ahead import RenderAhead
    pages = _planned(tmp_path)
    todo = pages.uncached()
    ahead = RenderAhead(pages)
    ahead.JUMP, ahead.stopping = 3, threading.Event()
    pages.render(todo[2])  # the site process got to the third page first
    ahead._run(todo)
    missing = set(pages.uncached())
    assert missing == {todo[3], todo[4]}  # skipped with the page it found done, left to the site process



def test_a_stopped_helper_leaves_the_rest_to_the_site_process(tmp_path):
    import threading
    from generator.speed.render_ahead import RenderAhead
    pages = _planned(tmp_path)
    ahead = RenderAhead(pages)
    ahead.stopping = threading.Event()
    ahead.stopping.set()
    ahead._run(pages.uncached())
    assert len(pages.uncached()) == len(pages.jobs) and pages.rendered == 0



def test_no_helper_for_a_few_pages(tmp_path):
    from generator.speed.render_ahead import RenderAhead
    ahead = RenderAhead(_planned(tmp_path, count=2))
    assert not ahead.start() and ahead.process is None
    ahead.stop()  # nothing to stop



def test_a_page_that_fails_in_the_helper_is_left_to_the_site_process(tmp_path):
    import threading
    from generator.speed.render_ahead import RenderAhead
    pages = _planned(tmp_path)
    pages.add("broken.md", "no-such-template.html.j2", x=1)
    todo = ["broken.md", *pages.uncached()]
    ahead = RenderAhead(pages)
    ahead.stopping = threading.Event()
    ahead._run(todo)  # returns quietly: the site process meets the error and reports it
    assert pages.rendered == 0
    with pytest.raises(Exception, match="no-such-template"):
        pages.render("broken.md")

