"""Across the articles of a crisis: relations and disagreements."""


def test_relations_and_disagreements(dam):
    kinds = {(r["source"], r["target"], r["kind"]) for r in dam["relations"]}
    assert ("anna-brekke", "marenland", "opposes") in kinds
    assert ("anna-brekke", "marenland", "quotes") in kinds
    figure = next(d for d in dam["disagreements"] if d["kind"] == "figure")
    assert sorted(a["value"] for a in figure["accounts"]) == [12, 40]
    # The two accounts of the trucks crossing differ in the number only: one disagreement, the figure's.
    assert [d["kind"] for d in dam["disagreements"]] == ["figure"]
