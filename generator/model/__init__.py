"""The data the pipeline passes along: the Article a reader makes, the fact-sheet types
extraction fills, the schema every sheet is checked against, and the one way to make an id."""
