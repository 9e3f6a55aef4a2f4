"""Files kept under a digest of what they were made from (rendered pages, framed pages, crisis
data): what was made before is read back instead of made again."""
from __future__ import annotations

import zlib
from pathlib import Path

from generator.formats.files import write_atomic


class ContentCache:
    """Files kept under a digest of what they were made from (rendered pages, crisis data).

    A build says which keys it uses (`keep`); the files of other keys are deleted, so the
    folder holds one site's worth. Losing the folder only costs the time to make them again.
    `compressed` keeps the text zlib-compressed (for whole framed pages, mostly the theme's
    repeated markup)."""

    def __init__(self, folder: Path, suffix: str, compressed: bool = False):
        self.folder, self.suffix, self.compressed = folder, suffix, compressed

    def path(self, key: str) -> Path:
        return self.folder / f"{key[:40]}{self.suffix}"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str) -> str | None:
        try:
            data = self.path(key).read_bytes()
            return (zlib.decompress(data) if self.compressed else data).decode("utf-8")
        except (OSError, UnicodeDecodeError, zlib.error):
            return None

    def put(self, key: str, text: str) -> bool:
        """Keep `text` under `key`; False when it could not be written (that only costs speed)."""
        data = text.encode("utf-8", "surrogatepass")
        try:
            write_atomic(self.path(key), zlib.compress(data, 1) if self.compressed else data, durable=False)
        except OSError:
            return False
        return True

    def keep(self, keys) -> None:
        """Delete every file but those of `keys`."""
        wanted = {self.path(key).name for key in keys}
        for path in self.folder.glob(f"*{self.suffix}") if self.folder.is_dir() else ():
            if path.name not in wanted:
                path.unlink(missing_ok=True)
