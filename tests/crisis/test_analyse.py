"""The whole analysis: analyse leaves its input alone; analyse_in_place takes the list over."""
import copy

from generator.crisis import analyse, analyse_in_place


def test_analyse_leaves_the_sheets_as_they_are(sheets):
    before = copy.deepcopy(sheets)
    result = analyse(sheets)
    assert sheets == before and result.sheets is not sheets


def test_analyse_in_place_gives_the_same_result_in_the_list_it_was_given(sheets, analysis):
    owned = copy.deepcopy(sheets)
    result = analyse_in_place(owned)
    assert result.sheets is owned
    assert owned == analysis.sheets and result.crises == analysis.crises
