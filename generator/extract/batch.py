"""Extracting many articles: batched parsing with nlp.pipe, spread over processes.

Each worker process holds one copy of the pipeline (loaded before the fork, so it is shared
copy-on-write, or loaded once by the worker) and turns a chunk of articles into fact sheets
itself, so only the small fact sheets travel between processes, never parsed Docs.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from generator.extract.pipeline import assemble
from generator.extract import nlp as nlp_module
from generator.model.factsheet import FactSheet
from generator.machine import cores
from generator.model.article import Article

CHUNK = 32          # articles a worker takes at a time
BATCH = 16          # articles nlp.pipe parses together
MIN_PER_PROCESS = 64  # below this a second process costs more than it saves
Finish = Callable[[Article, FactSheet], object]


def processes_for(count: int, wanted: int | None = None) -> int:
    """How many processes to use for `count` articles: `wanted`, else one per core when it pays."""
    if wanted:
        return max(1, wanted)
    return max(1, min(cores(), count // MIN_PER_PROCESS))


def extract_chunk(articles: Sequence[Article], finish: Finish | None = None) -> list:
    nlp = nlp_module.load()
    docs = nlp.pipe((a.body for a in articles), batch_size=BATCH)
    sheets = (assemble(article, doc) for article, doc in zip(articles, docs))
    return [finish(article, sheet) if finish else sheet for article, sheet in zip(articles, sheets)]


def extract_many(articles: Sequence[Article], n_process: int | None = None,
                 on_progress: Callable[[int], None] | None = None, finish: Finish | None = None) -> Iterator:
    """Fact sheets of `articles`, in their order; or what `finish(article, sheet)` makes of
    each, called in the worker (the caller's per-sheet work then runs in parallel too)."""
    articles = list(articles)
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    work = partial(extract_chunk, finish=finish)
    workers = processes_for(len(articles), n_process)
    if workers == 1:
        yield from _flatten(map(work, chunks), on_progress)
        return
    nlp_module.load()  # before the fork, so every worker shares the loaded pipeline
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers) as pool:
        yield from _flatten(pool.imap(work, chunks), on_progress)


def _flatten(results, on_progress) -> Iterator[FactSheet]:
    for sheets in results:
        yield from sheets
        if on_progress:
            on_progress(len(sheets))
