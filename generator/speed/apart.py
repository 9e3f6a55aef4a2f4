"""Memory: the fact sheets made in a child process, the garbage collector paused while the
site's data is made."""
from __future__ import annotations

import gc
import multiprocessing
from contextlib import contextmanager

from generator.sheets.update import SheetsResult, update_sheets


def update_sheets_apart(store, seeds_folder, jobs: int | None = None) -> SheetsResult:
    """`update_sheets` run in a child process, for a caller that then builds the site: what
    extraction held (every fresh sheet and its YAML text) goes back to the system when the
    child ends, which memory freed inside a long-lived Python process mostly does not (its
    heap stays as large as it once was)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return update_sheets(store, seeds_folder, jobs)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_update_into, args=(send, store, seeds_folder, jobs))
    child.start()
    send.close()
    try:
        outcome = receive.recv()
    except EOFError:
        outcome = None
    child.join()
    if outcome is None:
        raise RuntimeError(f"the fact sheet process ended without a result (exit code {child.exitcode})")
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _update_into(send, store, seeds_folder, jobs: int | None) -> None:
    try:
        send.send(update_sheets(store, seeds_folder, jobs))
    except BaseException as err:  # the parent raises it
        send.send(err)
    finally:
        send.close()


@contextmanager
def collection_paused():
    """Python's cyclic garbage collector paused. The site's data is millions of small dicts and
    lists, freed by reference counting, and each full collection walks all of them; the
    collections put off are cheap once it is back on (benchmarks/scale.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
