"""Dates as the pages show them: no more precise than the article gives them."""
from generator import crisis
from generator.site.plan import render_site
from generator.site.views.shared import date_label
from tests.crisis.sheets import fixture_sheets
from tests.site.support import load, to_html


def test_date_label_by_precision():
    assert date_label("2020-01-01", "month") == "January 2020"
    assert date_label("2020-01-06", "week") == "week of 2020-01-06"
    assert date_label("2019-01-01", "year") == "2019"
    assert date_label("2020-01-07", "day") == "2020-01-07"
    assert date_label("2020-01-07", None) == "2020-01-07"  # a sheet from before precision: a day
    assert date_label(None, "month") is None


def test_briefing_shows_a_month_as_a_month_never_the_first():
    sheet = load("mackerel-talks-resume")
    sheet["events"][0].update(date="2031-04-01", when="in April", date_precision="month")
    page = to_html(render_site([sheet])["briefings/mackerel-talks-resume/index.md"])
    assert "April 2031 (in April)" in page.text
    assert "2031-04-01" not in page.text


def test_crisis_timeline_shows_a_month_as_a_month():
    sheets = fixture_sheets()
    first = sheets[0]
    published = first["article"]["published"]
    month_start = published[:8] + "01"
    first["events"].append({"id": "e-month", "date": month_start, "date_precision": "month",
                            "when": "earlier this month", "what": "The river rose above its banks",
                            "actors": [], "evidence": [0, 10]})
    analysis = crisis.analyse(sheets)
    entry = next(e for e in analysis.crises[0]["events"] if e["id"] == "e-month")
    assert entry["date_precision"] == "month"
    pages = render_site(analysis.sheets, crises=analysis.crises)
    crisis_pages = "\n".join(html for path, html in pages.items() if path.startswith("crises/"))
    assert f"<td>{date_label(month_start, 'month')}</td><td>The river rose above its banks" in crisis_pages
    assert f"<td>{month_start}</td><td>The river rose" not in crisis_pages
