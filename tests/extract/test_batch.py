"""Extracting many articles: the same sheets, in order, with one process or several."""
import os

from generator.extract.batch import extract_many, processes_for
from generator.readers.records import article_from_record

TEXTS = [
    "Minister Lena Varga of Hungary said on Monday that the border would stay open.",
    "\"We will not sign,\" said Tomas Ruiz, the trade minister of Chile.",
    "The United Nations asked both sides to return to talks in Geneva.",
    "Farmers in Kenya protested against the new tax on Tuesday.",
]


def articles():
    return [article_from_record({"id": f"a{n}", "text": text}) for n, text in enumerate(TEXTS)]


def where(article, sheet):
    return sheet.id, os.getpid(), [a.name for a in sheet.actors]


def test_two_processes_give_the_same_sheets_in_order():
    one = [s.to_dict() for s in extract_many(articles(), n_process=1)]
    two = [s.to_dict() for s in extract_many(articles(), n_process=2)]
    assert [s["id"] for s in one] == ["a0", "a1", "a2", "a3"]
    assert one == two


def test_finish_runs_in_the_workers_and_progress_counts_every_article():
    done = []
    results = list(extract_many(articles(), n_process=2, finish=where, on_progress=done.append))
    assert [r[0] for r in results] == ["a0", "a1", "a2", "a3"]
    assert all(pid != os.getpid() for _, pid, _ in results)
    assert "Lena Varga" in results[0][2]
    assert sum(done) == 4


def test_one_process_for_little_work():
    assert processes_for(10) == 1
    assert processes_for(10, wanted=3) == 3
