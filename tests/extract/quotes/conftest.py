import pytest

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed
from generator.extract.quotes import find_quotes


@pytest.fixture
def quotes_of(nlp):
    """text -> (quotes, sources, actor table)."""
    def run(text: str):
        parsed = Parsed.of(nlp(text))
        table = find_actors(parsed)
        quotes, sources = find_quotes(parsed, table)
        return quotes, sources, table
    return run
