"""Disagreements only where two accounts of one thing differ (articles written for these tests)."""
from generator.crisis.relations import disagreements


def sheet(sheet_id: str, body: str, *figures: tuple) -> dict:
    """A sheet with `figures` given as (value, unit, text, actor): the text is found in the body."""
    rows = []
    for value, unit, text, actor in figures:
        start = body.index(text)
        rows.append({"value": value, "unit": unit, "text": text, "actor": actor, "evidence": [start, start + len(text)]})
    return {"id": sheet_id, "article": {"body": body}, "figures": rows}


def event(article: str, what: str, actors=("harbour-authority",), date="2024-03-02") -> dict:
    return {"type": "event", "date": date, "actors": list(actors), "article": article, "what": what, "evidence": what}


def figures_of(*sheets):
    return [d for d in disagreements({"events": []}, list(sheets)) if d["kind"] == "figure"]


def test_two_tolls_of_one_thing_disagree():
    found = figures_of(sheet("a", "The ministry said 40 people were killed in the flood on Monday.",
                             (40, "people", "40 people", None)),
                       sheet("b", "Rescuers said 65 people were killed in the flood.", (65, "people", "65 people", None)))
    assert len(found) == 1 and sorted(a["value"] for a in found[0]["accounts"]) == [40, 65]


def test_a_death_toll_is_not_a_count_of_the_injured():
    assert not figures_of(sheet("a", "At least 40 people were killed in the flood.", (40, "people", "40 people", None)),
                          sheet("b", "Some 300 people were injured in the flood.", (300, "people", "300 people", None)))


def test_accounts_that_agree_or_round_alike_are_no_disagreement():
    assert not figures_of(sheet("a", "About 5,000 soldiers are stationed in the province.", (5000, "soldiers", "5,000 soldiers", None)),
                          sheet("b", "Roughly 5,000 soldiers are stationed in the province.", (5000, "soldiers", "5,000 soldiers", None)),
                          sheet("c", "Some 5,100 soldiers are stationed in the province.", (5100, "soldiers", "5,100 soldiers", None)))


def test_a_weight_is_not_a_price_and_furniture_is_about_nothing():
    assert not figures_of(sheet("a", "The ship carried 900 tonnes of grain to the port.", (900, "tonnes", "900 tonnes", None)),
                          sheet("b", "The grain sold for $900 a tonne at the port.", (900.5, "usd", "$900", None)))
    assert not figures_of(sheet("a", "Slideshow (12 Images)", (12, "images", "12 Images", None)),
                          sheet("b", "Slideshow (3 Images)", (3, "images", "3 Images", None)))


def test_numbers_of_two_things_in_one_unit_are_two_quantities():
    # Both articles give both values (a cap and a level): they agree on each.
    body = "The deal capped enrichment of uranium at 3.67%. Enrichment could rise to 20% for reactors."
    assert not figures_of(sheet("a", body, (3.67, "percent", "3.67%", None), (20, "percent", "20%", None)),
                          sheet("b", body, (3.67, "percent", "3.67%", None), (20, "percent", "20%", None)))
    # Different things that share a unit: a market index and an oil price.
    assert not figures_of(sheet("a", "The harbour index fell 2% on Friday.", (2, "percent", "2%", None)),
                          sheet("b", "Oil prices fell 4% after the talks.", (4, "percent", "4%", None)))


def test_same_article_and_other_actors_are_no_disagreement():
    body = "Officials said 40 trucks crossed the border, and later that 12 trucks crossed the border."
    assert not figures_of(sheet("a", body, (40, "trucks", "40 trucks", None), (12, "trucks", "12 trucks", None)))
    assert not figures_of(sheet("a", "Valdoria says 40 trucks crossed the border.", (40, "trucks", "40 trucks", "valdoria")),
                          sheet("b", "Marenland says 12 trucks crossed the border.", (12, "trucks", "12 trucks", "marenland")))


def test_statements_on_one_event_that_contradict():
    crisis = {"events": [event("a", "the fire at the harbour depot was deliberate, investigators said"),
                         event("b", "the fire at the harbour depot was an accident, the owners said"),
                         event("c", "the fire at the harbour depot spread to two warehouses")]}
    found = disagreements(crisis, [])
    assert [sorted(a["article"] for a in d["accounts"]) for d in found] == [["a", "b"]]


def test_one_denying_what_the_other_says():
    crisis = {"events": [event("a", "the coast guard fired warning shots at the fishing boat", ["coast-guard"]),
                         event("b", "the coast guard did not fire warning shots at the fishing boat", ["coast-guard"])]}
    assert len(disagreements(crisis, [])) == 1


def test_accounts_that_agree_or_differ_in_wording_only_are_no_disagreement():
    crisis = {"events": [event("a", "the ministers met in the harbour town to discuss the dam"),
                         event("b", "ministers held talks on the dam in the harbour town"),
                         event("c", "no agreement was reached on the dam, the ministers said"),
                         event("d", "the fire at the depot was deliberate", date="2024-03-03"),
                         event("e", "the fire at the depot was an accident", date="2024-03-04"),
                         event("d", "the fire at the depot was an accident, the owners said", date="2024-03-03")]}
    assert disagreements(crisis, []) == []
