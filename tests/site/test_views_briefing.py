"""The briefing view: one fact sheet as its page shows it."""
from generator.site.plan import render_site
from tests.site.support import load, targets, to_html


def test_briefing_page_holds_the_facts(pages):
    page = to_html(pages["briefings/norway-warns-iceland/index.md"])
    assert page.tags[0] == ("h1", {"id": "norway-warns-iceland-over-mackerel-quota"})
    links = targets("briefings/norway-warns-iceland/index.md", page, pages)
    for fact in ("2031-03-04 · Example News · by Ola Nordmann",
                 "Kari Lindholm", "Fisheries Minister of Norway",
                 "We cannot accept a quota set by one country alone",
                 "Kari Lindholm said · via Nordic Wire · direct",
                 "unilateral mackerel quota", "cannot accept",
                 "2031-03-03 (on Monday)", "next week", "Talks resume in Bergen",
                 "140,000 tonnes", "A short history of the mackerel dispute"):
        assert fact in page.text, fact
    assert {"quote-q1", "quote-q2"} <= page.ids()
    assert "https://news.example.org/2031/03/04/mackerel" in links
    assert "factsheet.yaml" in page.hrefs()
    assert "../../actors/kari-lindholm/" in page.hrefs()
    assert "actors/kari-lindholm.md" in links
    assert "#quote-q1" in page.hrefs()  # a position and a source point at the quote they rest on
    # dated events first, in date order; the undated one after them
    assert page.text.index("on Monday") < page.text.index("next week")



def test_position_without_a_quote_shows_its_evidence_passage(pages):
    page = to_html(pages["briefings/norway-warns-iceland/index.md"])
    assert "Gunnar Sigurdsson said his government would set a quota of 140,000 tonnes" in page.text



def test_unknown_keys_and_dangling_references_are_tolerated():
    sheet = load("mackerel-talks-resume")
    sheet["curated"] = {"by": "analyst"}
    sheet["quotes"][0]["speakers"] = ["nobody-known"]
    page = to_html(render_site([sheet])["briefings/mackerel-talks-resume/index.md"])
    assert "nobody-known told" in page.text  # shown as text, with no link to a page that is not there
    assert not any("nobody-known" in href for href in page.hrefs())



def test_a_quote_of_an_unnamed_source_shows_how_the_article_describes_it():
    sheet = load("mackerel-talks-resume")
    body = sheet["article"]["body"]
    quote = sheet["quotes"][0]
    quote["speakers"] = []
    word = body.split()[0]
    quote["speaker_mention"] = [body.index(word), body.index(word) + len(word)]
    page = to_html(render_site([sheet])["briefings/mackerel-talks-resume/index.md"])
    assert f"Unnamed: {word}" in page.text
    quote["speaker_mention"] = None
    page = to_html(render_site([sheet])["briefings/mackerel-talks-resume/index.md"])
    assert "Unattributed" in page.text and "Unnamed:" not in page.text
