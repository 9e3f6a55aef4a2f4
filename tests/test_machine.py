import os

from generator.machine import cores


def test_cores_are_those_this_process_may_use():
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cores() == expected >= 1
