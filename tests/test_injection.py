"""Nothing injected: a seed full of markup builds into a site where none of it became markup."""
from html.parser import HTMLParser

import pytest

from generator.cli import main
from tests.conftest import site_project

PAYLOADS = [
    "<script>alert('s1')</script>",
    "<img src=x onerror=alert('i1')>",
    "[click me](javascript:alert('j1'))",
    "{{ 7*7 }} and {% raw %}",
    "<div onclick=\"alert('d1')\">raw html block</div>",
    "![pic](https://tracker.example/pixel.png)",
    "<iframe src=\"https://evil.example\"></iframe>",
]

HOSTILE = (
    "---\n"
    "title: \"Talks fail <script>alert('t1')</script> {{ 7*7 }}\"\n"
    "date: 2024-02-02\n"
    "crisis: talks-crisis\n"  # a crisis of one article: its summary, developments and digest show the text too
    "publisher: \"<b onmouseover=alert('p1')>Wire</b>\"\n"
    "url: \"https://example.org/a?q=<script>alert('u1')</script>\\\"onmouseover=alert('u2')\"\n"
    "---\n\n"
    "Minister Rosa Ibarra of Peru said the talks had failed. " + " ".join(PAYLOADS[:3]) + "\n\n"
    + PAYLOADS[4] + "\n\n"
    "\"We will not sign " + PAYLOADS[0] + " under pressure,\" Ibarra said. " + PAYLOADS[5] + "\n\n"
    "Read more: " + PAYLOADS[6] + ": Evil Wire\n\n"
    "The United Nations said " + PAYLOADS[3] + " was not on the agenda.\n"
)


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []   # (tag, attrs)
        self.scripts = []    # inline script bodies
        self.text = []       # what a reader sees
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = site_project(tmp_path_factory.mktemp("hostile") / "root", seeds=None)
    (root / "seeds").mkdir()
    (root / "seeds" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    # the file's warnings (unpaired quote marks and the like) must not stop the build
    main(["build", "--root", str(root), "--site-dir", str(root / "site")])
    assert (root / "site" / "briefings" / "hostile" / "index.html").is_file()
    assert (root / "site" / "crises" / "talks-crisis" / "index.html").is_file()
    return root / "site"


def pages(site):
    for page in site.rglob("*.html"):
        parser = Collect()
        parser.feed(page.read_text(encoding="utf-8"))
        yield page, parser


def test_nothing_from_the_seed_became_a_tag_or_attribute(site):
    for page, parsed in pages(site):
        for tag, attrs in parsed.elements:
            assert tag not in ("iframe", "b"), f"{page}: <{tag}>"
            assert not any(name.startswith("on") for name in attrs), f"{page}: <{tag} {attrs}>"
            for name, value in attrs.items():
                assert "alert(" not in (value or ""), f"{page}: <{tag} {name}={value!r}>"
                assert not (value or "").lower().startswith("javascript:"), f"{page}: {name}={value!r}"
            if tag == "img":
                assert not attrs.get("src", "").startswith(("http:", "https:", "//")), f"{page}: {attrs}"
        assert not any("alert(" in body for body in parsed.scripts), page


def test_the_crisis_briefing_shows_the_markup_as_text(site):
    parsed = Collect()
    parsed.feed((site / "crises" / "talks-crisis" / "index.html").read_text(encoding="utf-8"))
    text = " ".join(" ".join(parsed.text).split())
    assert "Summary" in text and "What changed" in text
    assert "<script>alert('s1')</script>" in text or "<img src=x onerror=alert('i1')>" in text


def test_the_markup_is_shown_as_text(site):
    parsed = Collect()
    parsed.feed((site / "briefings" / "hostile" / "index.html").read_text(encoding="utf-8"))
    text = " ".join(" ".join(parsed.text).split())
    assert "<script>alert('s1')</script>" in text
    assert "{{ 7*7 }}" in text
    assert "[click me](javascript:alert('j1'))" in text
