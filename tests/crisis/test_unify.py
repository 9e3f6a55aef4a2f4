"""Sheets rewritten with the site-wide actor ids."""
from generator.model.schema import validate


def test_unified_sheets_still_keep_the_contract(analysis):
    for sheet in analysis.sheets:
        validate(sheet)
    stall = next(s for s in analysis.sheets if s["id"] == "dam-talks-stall")
    assert stall["quotes"][0]["speakers"] == ["anna-brekke"]
    assert stall["positions"][0]["actor"] == "yusuf-karimov"
