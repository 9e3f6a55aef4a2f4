"""The crisis view: a merged crisis as its page shows it, article text kept inert."""
from generator.site.plan import render_site
from tests.site.support import ALLOWED, CLASSES, HOSTILE, assert_only_template_markup, to_html


CRISIS_ALLOWED = {**ALLOWED, "img": {"src", "alt", "class"}, "strong": set(), "details": set(), "summary": set()}



CRISIS_CLASSES = CLASSES | {"crisis-picture", "briefing-trend", "briefing-trend--up", "briefing-trend--down",
                             "briefing-trend--steady", "briefing-trend--none"}



def hostile_crisis_pages() -> dict[str, str]:
    from generator import crisis
    from tests.crisis.sheets import fixture_sheets

    sheets = fixture_sheets()
    for sheet in sheets:
        sheet["article"]["title"] += " " + HOSTILE[0]
        for actor in sheet["actors"]:
            actor["aliases"] = list(HOSTILE)
        for position in sheet["positions"]:
            position["topic"] = HOSTILE[1] + " | {: .x }"
    analysis = crisis.analyse(sheets)
    analysis.crises[0]["title"] = HOSTILE[0] + " [x](javascript:alert(1))"
    return render_site(analysis.sheets, crises=analysis.crises)



def test_hostile_crisis_page_renders_without_markup():
    pages = hostile_crisis_pages()
    for path in ("crises/index.md", "crises/marenland-valdoria/index.md", "index.md"):
        assert_only_template_markup(path, to_html(pages[path]), CRISIS_ALLOWED, CRISIS_CLASSES)
    page = to_html(pages["crises/marenland-valdoria/index.md"])
    assert HOSTILE[0] in page.text and HOSTILE[1] in page.text



def crisis_with_periods(hostile: str = ""):
    """The fixture crisis with two developments a week apart and its periods."""
    from generator import crisis
    from generator.crisis.periods import periods_of
    from tests.crisis.sheets import fixture_sheets

    analysis = crisis.analyse(fixture_sheets())
    dam = analysis.crises[0]
    dam["developments"] = [
        {"id": "dev-meet", "date": "2023-02-27", "date_precision": "day", "what": "Brekke and Karimov signed an accord" + hostile,
         "actors": ["anna-brekke"], "articles": ["dam-talks-open"], "outlets": [], "evidence": None,
         "accounts": [], "background": False},
        {"id": "dev-stall", "date": "2023-03-06", "date_precision": "day", "what": "Valdoria threatened to cancel the talks",
         "actors": ["valdoria"], "articles": ["dam-talks-stall", "dam-talks-open"], "outlets": [], "evidence": None,
         "accounts": [], "background": False}]
    dam["periods"] = periods_of(dam)
    return analysis, dam


def test_the_crisis_page_shows_what_changed_per_period_with_its_trend_and_links():
    analysis, dam = crisis_with_periods(" " + HOSTILE[0])
    pages = render_site(analysis.sheets, crises=analysis.crises)
    path = next(p for p in pages if p.startswith("crises/") and p.endswith("/index.md") and p != "crises/index.md")
    page = to_html(pages[path])
    assert_only_template_markup(path, page, CRISIS_ALLOWED, CRISIS_CLASSES)
    html = pages[path]
    assert "What changed" in page.text and "Week of 2023-02-27" in page.text
    assert "↓ de-escalating" in page.text and "↑ escalating" in page.text  # an accord, then a threat
    assert "(2 reports)" in page.text and HOSTILE[0] in page.text
    assert html.index("Week of 2023-02-27") < html.index("Week of 2023-03-06")   # oldest first
    assert "dam-talks-stall" in html   # the development links to its first report
