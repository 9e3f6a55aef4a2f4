"""benchmarks/grouping.py: the synthetic archive and the pairwise scores."""
from benchmarks.grouping import corpus, pairwise


def test_pairwise_scores_count_pairs():
    truth = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert pairwise(dict(truth), truth) == (1.0, 1.0, 1.0)
    precision, recall, _ = pairwise({"a": "1", "b": "1", "c": "2", "d": "2"}, truth)
    assert (precision, recall) == (0.5, 1 / 3)  # pairs found: ab (right), cd (wrong); of ab ac bc


def test_the_archive_is_the_same_for_a_seed_and_names_no_crisis():
    sheets, truth = corpus(300)
    again, _ = corpus(300)
    assert sheets == again and len(truth) == 300
    assert not any(s["article"].get("crisis") for s in sheets)
    assert len({label for label in truth.values() if label.startswith("crisis")}) >= 2
