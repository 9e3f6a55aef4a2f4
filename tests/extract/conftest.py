import pytest

from tests.extract.helpers import extracted


@pytest.fixture
def quotes_of(nlp):
    """text -> (quotes, sources, actor table)."""
    def run(text: str):
        _, table, quotes, sources = extracted(nlp, text)
        return quotes, sources, table
    return run
