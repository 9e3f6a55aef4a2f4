"""The fact sheets on disk (`facts/`): reading and writing them, the analyst's curation files,
and bringing every seed's sheet up to date."""
