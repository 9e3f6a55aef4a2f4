"""The fact sheets on disk: `facts/<id>.yaml`, what state each is in, and a fast parsed cache.

The YAML files are the record an analyst reviews and commits. Parsing YAML costs about 10 ms a
sheet even with libyaml, so each parsed sheet is also kept as JSON in the cache folder, stamped
with the YAML file's size and modification time; a rebuild reads the JSON while the stamp holds.
A sheet the build wrote carries a checksum of its content: when a person edits the file the
checksum no longer matches, and the build leaves the file alone. The cache file's first line is
the sheet's summary (what tells whether it is current, and what it reports), so that a rebuild
that only checks thousands of sheets does not parse them whole.
"""
from __future__ import annotations

import hashlib
import io
import json
import pickle
import zlib
from pathlib import Path

from generator.factsheet import FactSheetError, dump_yaml, load_yaml, write_atomic

NONE, GENERATED, EDITED, UNREADABLE = "none", "generated", "edited", "unreadable"


SUMMARY_FIELDS = ("extractor_version", "curation_checksum", "seed_warnings", "curation_problems")


def summary(sheet: dict) -> dict:
    """The part of a sheet that tells whether it is current (build.up_to_date) and what it
    reports, in the sheet's own shape."""
    return {"article": {"checksum": seed_checksum(sheet)}, **{name: sheet.get(name) for name in SUMMARY_FIELDS}}


def seed_checksum(sheet: dict) -> str | None:
    """The checksum of the seed a sheet was made from (None in a sheet edited out of shape)."""
    article = sheet.get("article")
    return article.get("checksum") if isinstance(article, dict) else None


def sheet_checksum(sheet: dict) -> str:
    """A checksum of a sheet's content, leaving out the field that holds it."""
    content = {k: v for k, v in sheet.items() if k != "sheet_checksum"}
    return "sha256:" + hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class SheetStore:
    def __init__(self, facts: Path, cache: Path):
        self.facts, self.cache = facts, cache

    def path(self, sheet_id: str) -> Path:
        return self.facts / f"{sheet_id}.yaml"

    def _cache_path(self, sheet_id: str) -> Path:
        return self.cache / "sheets" / f"{sheet_id}.json"

    @staticmethod
    def _stamp(path: Path) -> list[int]:
        stat = path.stat()
        return [stat.st_size, stat.st_mtime_ns]

    def read(self, sheet_id: str) -> tuple[dict | None, str]:
        """The sheet on disk and its state: none, generated, edited (by a person) or unreadable."""
        return self._read(sheet_id, whole=True)

    def read_summary(self, sheet_id: str) -> tuple[dict | None, str]:
        """As `read`, with only the summary (see `summary`) of a generated sheet found in the
        cache; a sheet edited by hand comes whole, since the build checks it whole."""
        return self._read(sheet_id, whole=False)

    def _read(self, sheet_id: str, whole: bool) -> tuple[dict | None, str]:
        path = self.path(sheet_id)
        if not path.is_file():
            return None, NONE
        stamp = self._stamp(path)
        cached = self._read_cache(sheet_id, whole)
        if cached and cached["stamp"] == stamp:
            return cached["sheet"] if "sheet" in cached else cached["summary"], cached["state"]
        try:
            sheet = load_yaml(path.read_text(encoding="utf-8"), path.name)
        except (FactSheetError, OSError, UnicodeDecodeError):
            return None, UNREADABLE
        state = GENERATED if sheet.get("sheet_checksum") == sheet_checksum(sheet) else EDITED
        self._write_cache(sheet_id, stamp, state, sheet)
        return sheet, state

    @staticmethod
    def prepare(sheet: dict) -> str:
        """Stamp a sheet the build made with its checksum; return its YAML text."""
        sheet["sheet_checksum"] = sheet_checksum(sheet)
        return dump_yaml(sheet)

    def write(self, sheet: dict, text: str | None = None) -> None:
        """Write a sheet the build made atomically, and cache it. `text` is what `prepare`
        returned for it (prepared here when not given)."""
        if text is None:
            text = self.prepare(sheet)
        path = self.path(sheet["id"])
        write_atomic(path, text)
        self._write_cache(sheet["id"], self._stamp(path), GENERATED, sheet)

    def _read_cache(self, sheet_id: str, whole: bool) -> dict | None:
        try:
            with open(self._cache_path(sheet_id), encoding="utf-8") as fh:
                entry = json.loads(fh.readline())
                if "summary" not in entry:  # written by an older version: read the YAML
                    return None
                if whole or entry["state"] != GENERATED:
                    entry["sheet"] = json.loads(fh.readline())
                return entry
        except (OSError, ValueError):
            return None

    def _write_cache(self, sheet_id: str, stamp: list[int], state: str, sheet: dict) -> None:
        head = {"stamp": stamp, "state": state, "summary": summary(sheet)}
        try:
            write_atomic(self._cache_path(sheet_id), json.dumps(head, ensure_ascii=False) + "\n"
                         + json.dumps(sheet, ensure_ascii=False) + "\n", durable=False)
        except OSError:  # a cache that cannot be written only costs speed
            pass


def content_digest(*parts) -> str:
    """A digest of plain data (dicts, lists, strings, numbers, dates) for a cache key.

    The same values of the same types in the same order give the same digest in every process:
    the data is pickled without pickle's memo, so the bytes do not depend on which objects the
    data happens to share. Dict order counts (templates show it); 1, 1.0 and True differ, as do
    0.0 and -0.0 (a needless re-render at worst). Data that contains itself cannot be digested.
    Sets are not for keys: their order changes from one process to the next
    (tests/test_render.py builds a site under two hash seeds and compares the keys)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: shared and merely equal objects are written alike
    pickler.dump(parts)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


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
