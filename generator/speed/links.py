"""Publishing a file as a hard link to the same bytes in the site being replaced.

On the disks measured, creating a file costs many times what linking one does, and after one new
article most of a site is unchanged. Nothing is ever written through a link: the old site stays
whole if a build is killed."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.formats.files import write_atomic


def link_unchanged(previous: Path, folder: Path, relative: str, data: bytes) -> bool:
    """Publish `data` at `folder/relative` as a hard link to the previous site's file at the same
    place when that file holds the same bytes. False when the file differs or is missing, or
    the disk cannot link: the caller writes it then."""
    old, new = previous / relative, folder / relative
    try:
        if new.exists() and new.samefile(old):
            new.unlink()  # linked for an earlier page of the same path: never write through a link
            return False
        info = old.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data) or old.read_bytes() != data:
            return False
        new.parent.mkdir(parents=True, exist_ok=True)
        os.link(old, new, follow_symlinks=False)
    except OSError:
        return False
    return True


def publish_linked(previous: Path | None, folder: Path, relative: str, data: bytes) -> None:
    """Put `data` at `folder/relative`, linked to the previous site's copy when that is the same."""
    if previous is None or not link_unchanged(previous, folder, relative, data):
        write_atomic(folder / relative, data, durable=False)  # a new file, whatever was there
