"""MkDocs plugin that runs the briefing generator; the generator itself knows nothing of MkDocs."""
