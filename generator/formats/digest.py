"""Digests of data and of files: the keys of caches and the versions of code."""
from __future__ import annotations

import hashlib
import io
import pickle
from pathlib import Path


def content_digest(*parts) -> str:
    """A digest of plain data (dicts, lists, strings, numbers, dates) for a cache key.

    The same values of the same types in the same order give the same digest in every process:
    the data is pickled without pickle's memo, so the bytes do not depend on which objects the
    data happens to share. Dict order counts (templates show it); 1, 1.0 and True differ, as do
    0.0 and -0.0 (a needless re-render at worst). Data that contains itself cannot be digested.
    Sets are not for keys: their order changes from one process to the next."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: shared and merely equal objects are written alike
    pickler.dump(parts)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def tree_digest(digest, folder: Path, pattern: str = "*") -> None:
    """Feed `digest` every file below `folder` matching `pattern` (names and bytes, in a fixed
    order); nothing when the folder does not exist."""
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())


def package_digest(*folders: Path) -> str:
    """A digest of every file of the given package folders (code and data alike): a module
    added, moved or edited anywhere below them changes it."""
    digest = hashlib.sha256()
    for folder in folders:
        digest.update(folder.name.encode() + b"\0")
        tree_digest(digest, folder)
    return digest.hexdigest()
