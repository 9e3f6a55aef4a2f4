"""The crisis data in the formats tools read fast: JSON (the crisis.yaml data, read in a fraction
of the time), CSV tables and one SQLite database of every table (Datasette, any SQL tool).

Article text stays data in every format: JSON escapes <, > and & (the file can be put inside a
page as it is), and a CSV cell that a spreadsheet would run as a formula (=, +, -, @ first) is led
by an apostrophe, the usual guard, which spreadsheets show as text.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from generator.site.tables import COLUMNS

DATABASE = "briefing.db"
_INTEGERS = {"articles", "quotes", "positions", "centrality", "iso", "year", "time_precision"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_JSON_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def to_json(data) -> str:
    """`data` as JSON: UTF-8, keys in their order, one line."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.translate(_JSON_UNSAFE) + "\n"  # these characters occur only inside strings


def cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(name: str, rows: list[dict]) -> str:
    """A table as CSV with a header row (comma, double quotes; lines end in LF, as every CSV
    reader takes them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[name])
    for row in rows:
        writer.writerow([cell(row[column]) for column in COLUMNS[name]])
    return out.getvalue()


def csv_files(folder: str, tables: dict[str, list[dict]]) -> dict[str, str]:
    """{site path: CSV text} of every table, in `folder`."""
    return {f"{folder}/{name}.csv": to_csv(name, rows) for name, rows in tables.items()}


def to_sqlite(tables: dict[str, list[dict]]) -> bytes:
    """Every table in one SQLite database (sqlite-utils, imported only here), each with its
    columns typed and indexed by crisis, article and actor."""
    import sqlite_utils

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / DATABASE
        db = sqlite_utils.Database(path)
        # a file made once and read whole: no rollback journal, no waiting for the disk
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        for name, rows in tables.items():
            table = db[name]
            table.create({column: int if column in _INTEGERS else str for column in COLUMNS[name]})
            table.insert_all(rows, batch_size=1000)
            for column in ("crisis", "article", "actor", "actor_id", "speaker", "actor1"):
                if column in COLUMNS[name]:
                    table.create_index([column])
        db.close()
        return path.read_bytes()
