"""A one-line progress report with an ETA for long runs; silent when the stream is not a terminal."""
from __future__ import annotations

import sys
import time


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class Progress:
    def __init__(self, total: int, label: str, stream=None, enabled: bool | None = None):
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        share = 100 * self.done // max(self.total, 1)
        return f"{self.label} {self.done}/{self.total} ({share}%) ETA {_clock(eta)}"

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.enabled:
            end = "\n" if self.done >= self.total else ""
            self.stream.write("\r" + self.line() + end)
            self.stream.flush()
