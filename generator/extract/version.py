"""The version a fact sheet is stamped with: a sheet made by another version is made again."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from generator.extract import EXTRACTOR_VERSION, model_version
from generator.formats.digest import package_digest

PACKAGE = Path(__file__).resolve().parent.parent
# Every package whose code or data shapes a fact sheet: the model, how files are read and
# written, the readers, extraction (with its word lists in data/) and the sheets themselves
# (curation, stamping). A module added anywhere below them changes the version.
SHEET_MAKERS = ("model", "formats", "readers", "extract", "sheets", "data")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """EXTRACTOR_VERSION plus a digest of spaCy's and the model's versions and of every file of
    the packages that make a sheet: any change to how facts are found marks every sheet made
    before it as stale, without anyone having to remember to."""
    code = package_digest(*(PACKAGE / name for name in SHEET_MAKERS))
    stamp = f"{metadata.version('spacy')} {model_version()} {code}".encode()
    return f"{EXTRACTOR_VERSION}+{hashlib.sha256(stamp).hexdigest()[:12]}"
