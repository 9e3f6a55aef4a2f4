"""A rendered page: its title, headings, table of contents and summary."""
from markupsafe import Markup

from generator.site.page import SUMMARY_CHARS, Page


def test_hostile_headline_cannot_escape_the_html_title(hostile_pages):
    # Material prints `page.title | striptags` unescaped in <title>; striptags decodes entities.
    for path in ("briefings/hostile-article/index.md", "actors/evil-actor.md"):
        title = Page(path, hostile_pages[path]).title
        assert "<" not in Markup(title).striptags(), path
        assert "＜" in title, path  # shown, as look-alikes



def test_headings_nest_into_a_table_of_contents():
    page = Page("x.md", '<h1 id="t">Title</h1><h2 id="a">A<a class="headerlink" href="#a">&para;</a></h2>'
                        '<h3 id="b">B</h3><h2 id="c">C</h2>')
    assert page.title == "Title"
    assert [(level, anchor, name) for level, anchor, name in page.headings] == [
        (1, "t", "Title"), (2, "a", "A"), (3, "b", "B"), (2, "c", "C")]
    assert [(t["id"], [c["id"] for c in t["children"]]) for t in page.toc[0]["children"]] == [("a", ["b"]), ("c", [])]


def test_the_summary_is_the_opening_of_the_page():
    short = Page("x.md", "<h1 id=\"t\">T</h1><p>lede</p><h2 id=\"s\">S</h2><p>more</p>")
    assert short.summary == "<h1 id=\"t\">T</h1><p>lede</p>"
    long = Page("x.md", "<h1 id=\"t\">T</h1><p>" + "x" * SUMMARY_CHARS + "</p>")
    assert long.summary == "<h1 id=\"t\">T</h1>"
