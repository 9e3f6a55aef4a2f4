"""Untrusted text kept inert: escaping, links, and the Jinja environment."""
import shutil
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.html import TEMPLATES_DIR, heading_anchor, make_environment, url_link
from generator.site.plan import render_site
from tests.site.support import HOSTILE, MINI_CRISIS, assert_only_template_markup, load, to_html


def test_templates_dir_can_be_overridden(tmp_path):
    shutil.copytree(TEMPLATES_DIR, tmp_path / "templates")
    (tmp_path / "templates" / "home.html.j2").write_text("<h1>Custom</h1>\n<p>{{ briefings|length }} briefings</p>\n")
    out = render_site([load(name) for name in MINI_CRISIS], templates_dir=tmp_path / "templates")
    assert out["index.md"] == "<h1>Custom</h1>\n<p>2 briefings</p>"



def test_hostile_sheet_renders_without_markup(hostile_pages):
    for path, text in hostile_pages.items():
        page = to_html(text)
        assert_only_template_markup(path, page)
        assert "49" not in page.text, path



def test_hostile_text_is_shown_literally(hostile_pages):
    briefing = to_html(hostile_pages["briefings/hostile-article/index.md"])
    for text in HOSTILE:
        assert text in briefing.text, text
    assert "--8<-- \"/etc/passwd\" {++ins++} :smile: ==mark== ~~del~~ |a|b|" in briefing.text
    assert "Original article (javascript:alert(1))" in briefing.text
    actor = to_html(hostile_pages["actors/evil-actor.md"])
    assert "{: #pwn .x onclick=alert(1) }" in actor.text  # an alias that tried to be an attr_list



def test_a_value_printed_without_any_filter_is_still_escaped():
    env = make_environment()
    value = "**x** <b>[a](javascript:b)</b>"
    for source in ("{{ v }}", "{{ v|safe }}", "{{ v|e }}", "{{ v ~ '' }}", "{{ [v, v]|join(' ') }}",
                   "{{ link(v, None) ~ v }}", "{{ '%s'|format(v) }}"):
        html = to_html("<p>" + env.from_string(source).render(v=value, root="", directory_urls=True) + "</p>")
        assert [tag for tag, _ in html.tags] == ["p"], source
        assert "<b>" in html.text, source



@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "/relative",
    "https://", "http:/no-host", None, 42,
])
def test_only_http_urls_become_links(url):
    html = to_html(url_link("click", url))
    assert "a" not in [tag for tag, _ in html.tags]
    assert "click" in html.text



def test_http_urls_become_links_with_risky_characters_encoded():
    html = to_html(url_link("site", 'https://example.org/a b)("x" onmouseover=1'))
    assert html.hrefs() == ["https://example.org/a%20b%29%28%22x%22%20onmouseover=1"]



@settings(max_examples=300, deadline=None)
@given(st.text())
def test_escaped_text_reads_back_as_itself(value):
    env = make_environment()
    html = to_html("<p>" + env.from_string("{{ v }}").render(v=value) + "</p>")
    assert {tag for tag, _ in html.tags} <= {"p"}
    kept = "".join(ch for ch in value if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    assert " ".join(html.text.split()) == " ".join(kept.split())



def test_a_dict_key_is_read_before_a_dict_method_of_the_same_name():
    env = make_environment()
    row = {"title": "T", "items": ["a", "b"], "get": "got"}
    assert env.from_string("{{ row.title }} {{ row.items|join(',') }} {{ row.get }}").render(row=row) == "T a,b got"
    assert env.from_string("{{ row|items|list|length }}").render(row={"x": 1}) == "1"
    assert env.from_string("{{ n.real }}").render(n=5) == "5"  # attributes of other objects as before
    with pytest.raises(Exception, match="missing"):
        env.from_string("{{ row.missing }}").render(row=row)



def test_heading_anchors_are_made_as_markdown_makes_them():
    assert heading_anchor("Côte d'Ivoire") == "cote-d-ivoire"
    assert heading_anchor("Key actors") == "key-actors"
    assert heading_anchor("日本") == "section"
    assert heading_anchor("") == "section"
