"""Shards extracted on a Dask cluster (`briefing extract --executor dask://HOST:PORT`), or on a
LocalCluster on this machine (`--executor local-dask`). Only this module imports Dask, and only
when one of those is asked for.

Each task is one shard as text (`generator.extract.shards.extract_text`): the worker parses it
with the pipeline it loaded itself, once (spaCy's advice: load the model inside the worker and
never send it over the wire), and sends back the sheets as text, which this process writes.
So the workers need this package and its model installed, not the shards' folder. A few shards
more than there are workers are in flight at a time, so a large archive is never held in
memory whole.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from generator.extract.shards import ShardResult, extract_text, finish_shard

IN_FLIGHT_PER_WORKER = 2


def _warm_up() -> None:
    """Load the pipeline in a worker before the first shard arrives (it stays loaded)."""
    from generator.extract import nlp
    nlp.load()


def _extract_shard(text: str, name: str) -> tuple[str, int, list[str]]:
    return extract_text(text, name, jobs=1)  # a worker is one process: its shard runs in it


def scheduler_address(executor: str) -> str:
    """dask://HOST:PORT -> the scheduler's tcp://HOST:PORT."""
    return "tcp://" + executor.removeprefix("dask://")


def run_on_dask(todo: list[Path], out_dir: Path, address: str | None, workers: int | None,
                on_done: Callable[[ShardResult], None]) -> None:
    """Every shard of `todo` as a task on the cluster at `address` (a LocalCluster of `workers`
    processes, default two, when None); each output written as its task comes back."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if address is None:
        # a worker's statistical profiler samples its threads a hundred times a second, which
        # the parse pays for; a cluster of one's own has no dashboard to show it
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.WARNING)
    client = Client(cluster if cluster else scheduler_address(address))
    try:
        client.run(_warm_up)
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        queue = list(reversed(todo))
        shard_of = {}

        def submit():
            shard = queue.pop()
            future = client.submit(_extract_shard, shard.read_text(encoding="utf-8"), shard.name, pure=False)
            shard_of[future.key] = shard
            return future

        running = as_completed([submit() for _ in range(min(limit, len(queue)))])
        for future in running:
            text, count, problems = future.result()
            on_done(finish_shard(shard_of.pop(future.key), out_dir, text, count, problems))
            if queue:
                running.add(submit())
    finally:
        client.close()
        if cluster:
            cluster.close()
