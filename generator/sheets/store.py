"""The fact sheets on disk: `facts/<id>.yaml`, and what state each is in.

The YAML files are the record an analyst reviews and commits. A sheet the build wrote carries a
checksum of its content: when a person edits the file the checksum no longer matches, and the
build leaves the file alone.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from generator.formats.files import write_atomic
from generator.formats.sheet_yaml import dump_yaml, load_yaml
from generator.model.schema import FactSheetError

NONE, GENERATED, EDITED, UNREADABLE = "none", "generated", "edited", "unreadable"

# What tells whether a sheet is current (sheets.update.up_to_date) and what it reports.
SUMMARY_FIELDS = ("extractor_version", "curation_checksum", "seed_warnings", "curation_problems")


def summary(sheet: dict) -> dict:
    """The part of a sheet that tells whether it is current and what it reports, in the
    sheet's own shape: a reader that needs no more than this may be given only this."""
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
    """The folder of fact sheets. `generator.speed.sheet_cache.CachedSheetStore` is the same
    store with a parsed copy of each sheet kept aside."""

    def __init__(self, facts: Path):
        self.facts = facts

    def path(self, sheet_id: str) -> Path:
        return self.facts / f"{sheet_id}.yaml"

    def read(self, sheet_id: str) -> tuple[dict | None, str]:
        """The sheet on disk and its state: none, generated, edited (by a person) or unreadable."""
        path = self.path(sheet_id)
        if not path.is_file():
            return None, NONE
        try:
            sheet = load_yaml(path.read_text(encoding="utf-8"), path.name)
        except (FactSheetError, OSError, UnicodeDecodeError):
            return None, UNREADABLE
        return sheet, state_of(sheet)

    def read_summary(self, sheet_id: str) -> tuple[dict | None, str]:
        """As `read`, for a caller that needs only the `summary` of a generated sheet (a sheet
        edited by hand always comes whole, since the build checks it whole). Here the sheet
        comes whole; a cached store can answer with less."""
        return self.read(sheet_id)

    @staticmethod
    def prepare(sheet: dict) -> str:
        """Stamp a sheet the build made with its checksum; return its YAML text."""
        sheet["sheet_checksum"] = sheet_checksum(sheet)
        return dump_yaml(sheet)

    def write(self, sheet: dict, text: str | None = None) -> Path:
        """Write a sheet the build made atomically. `text` is what `prepare` returned for it
        (prepared here when not given)."""
        if text is None:
            text = self.prepare(sheet)
        path = self.path(sheet["id"])
        write_atomic(path, text)
        return path


def state_of(sheet: dict) -> str:
    """Generated when the sheet's content is what the build wrote, else edited by a person."""
    return GENERATED if sheet.get("sheet_checksum") == sheet_checksum(sheet) else EDITED
