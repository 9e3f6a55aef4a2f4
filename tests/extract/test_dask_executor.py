"""Shards on a Dask LocalCluster (`--executor local-dask`): the same outputs as the process pool."""
from generator.cli import main
from generator.extract.dask_executor import scheduler_address
from tests.extract.test_shards import expected, outputs, shards  # noqa: F401  (fixtures)


def test_a_local_cluster_gives_the_same_outputs_as_the_pool(shards, expected, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-1.jsonl").write_text(expected["part-1.jsonl"], encoding="utf-8")  # done before
    assert main(["extract", "--jsonl", str(shards), "--out", str(out), "--executor", "local-dask"]) == 0
    assert outputs(out) == expected


def test_a_scheduler_address():
    assert scheduler_address("dask://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
