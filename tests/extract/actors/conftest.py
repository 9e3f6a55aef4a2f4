import pytest

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed


@pytest.fixture
def table_of(nlp):
    def run(text: str):
        return find_actors(Parsed.of(nlp(text)))
    return run
