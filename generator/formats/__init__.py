"""How data is written and read back: YAML in and out, atomic file writes, content digests."""
