"""Fact sheets kept parsed, beside their YAML files.

Parsing YAML is slow even with libyaml, so each parsed sheet is also kept as JSON in the cache
folder, stamped with the YAML file's size and modification time; a rebuild reads the JSON while
the stamp holds. The cache file's first line is the sheet's summary (what tells whether it is
current, and what it reports), so that a rebuild that only checks thousands of sheets does not
parse them whole.
"""
from __future__ import annotations

import json
from pathlib import Path

from generator.formats.files import write_atomic
from generator.sheets.store import GENERATED, NONE, SheetStore, summary


class CachedSheetStore(SheetStore):
    def __init__(self, facts: Path, cache: Path):
        super().__init__(facts)
        self.cache = cache

    def _cache_path(self, sheet_id: str) -> Path:
        return self.cache / "sheets" / f"{sheet_id}.json"

    @staticmethod
    def _stamp(path: Path) -> list[int]:
        stat = path.stat()
        return [stat.st_size, stat.st_mtime_ns]

    def read(self, sheet_id: str) -> tuple[dict | None, str]:
        return self._read(sheet_id, whole=True)

    def read_summary(self, sheet_id: str) -> tuple[dict | None, str]:
        """As `read`, with only the summary of a generated sheet found in the cache."""
        return self._read(sheet_id, whole=False)

    def _read(self, sheet_id: str, whole: bool) -> tuple[dict | None, str]:
        path = self.path(sheet_id)
        if not path.is_file():
            return None, NONE
        stamp = self._stamp(path)
        cached = self._read_cache(sheet_id, whole)
        if cached and cached["stamp"] == stamp:
            return cached["sheet"] if "sheet" in cached else cached["summary"], cached["state"]
        sheet, state = super().read(sheet_id)
        if sheet is not None:
            self._write_cache(sheet_id, stamp, state, sheet)
        return sheet, state

    def write(self, sheet: dict, text: str | None = None) -> Path:
        path = super().write(sheet, text)
        self._write_cache(sheet["id"], self._stamp(path), GENERATED, sheet)
        return path

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
