"""The fixture articles, their analysis and the one crisis they make, shared by the crisis tests."""
import pytest

from generator.crisis import analyse
from tests.crisis.sheets import fixture_sheets


@pytest.fixture(scope="module")
def sheets():
    return fixture_sheets()


@pytest.fixture(scope="module")
def analysis(sheets):
    return analyse(sheets)


@pytest.fixture(scope="module")
def dam(analysis):
    return analysis.crises[0]
