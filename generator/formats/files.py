"""Writing files so that a reader never sees half of one."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def checksum(data: bytes) -> str:
    """The checksum a fact sheet records of the seed it was made from."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, text: str | bytes, durable: bool = True) -> None:
    """Write text (or bytes) so that a reader sees the old file or the new one, never half of
    either. `durable` also waits until the text is on disk (not worth it for a cache)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
