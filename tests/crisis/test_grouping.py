"""Articles grouped into crises: crises.yaml, front matter, shared actors."""
import copy

import pytest

from generator.crisis.grouping import OverrideError, group_articles, load_overrides


def test_shared_actors_make_a_crisis_and_a_lone_story_stays_out(analysis):
    assert [(c["id"], [a["id"] for a in c["articles"]]) for c in analysis.crises] == [
        ("marenland-valdoria", ["dam-talks-open", "dam-talks-stall", "dam-trucks-counted"])]
    assert analysis.crises[0]["grouped_by"] == "shared actors"


def test_front_matter_crisis_wins_over_clustering(sheets):
    marked = copy.deepcopy(sheets)
    marked[3]["article"]["crisis"] = "Norrvik harbour"
    groups = {g.id: g for g in group_articles(marked)}
    assert groups["norrvik-harbour"].sheet_ids == ["harbour-festival"]
    assert groups["norrvik-harbour"].grouped_by == "front matter"


def test_crises_yaml_overrides_the_grouping(sheets):
    overrides = load_overrides(
        "selva-dam:\n  title: The Selva dam dispute\n  seeds: [dam-talks-open, dam-talks-stall]\n")
    groups = group_articles(sheets, overrides)
    assert [(g.id, g.title, g.sheet_ids) for g in groups] == [
        ("selva-dam", "The Selva dam dispute", ["dam-talks-open", "dam-talks-stall"])]


def test_a_title_alone_renames_a_crisis(analysis):
    overrides = load_overrides("marenland-valdoria: {title: Selva dam}\n")
    assert [g.title for g in group_articles(analysis.sheets, overrides)] == ["Selva dam"]


@pytest.mark.parametrize("text", ["[1, 2]", "Bad Id: {}", "x: {seeds: one}", "a: [b"])
def test_a_broken_crises_yaml_says_so(text):
    with pytest.raises(OverrideError):
        load_overrides(text)
