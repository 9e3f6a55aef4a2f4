"""The crisis view: a merged crisis as its page shows it, article text kept inert."""
from generator.site.plan import render_site
from tests.site.support import ALLOWED, CLASSES, HOSTILE, assert_only_template_markup, to_html


CRISIS_ALLOWED = {**ALLOWED, "img": {"src", "alt", "class"}, "strong": set()}



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

