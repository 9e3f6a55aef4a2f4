import pytest

from generator.extract.actors import find_actors
from generator.extract.parsed import Parsed
from generator.extract.quotes import find_quotes


def extracted(nlp, text: str):
    """(parsed, actor table, quotes, sources) of `text`: the stages before positions."""
    parsed = Parsed.of(nlp(text))
    table = find_actors(parsed)
    quotes, sources = find_quotes(parsed, table)
    return parsed, table, quotes, sources


@pytest.fixture
def quotes_of(nlp):
    """text -> (quotes, sources, actor table)."""
    def run(text: str):
        _, table, quotes, sources = extracted(nlp, text)
        return quotes, sources, table
    return run
