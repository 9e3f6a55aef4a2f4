"""Crises: fact sheets grouped into crises, one actor per person across articles, and the merged
crisis data (actors, quotes, positions, events, sources, relations, disagreements). The flow is
in ``analyse``; each step has its module (names, identities, unify, grouping, merge, relations)."""
from generator.crisis.analyse import Analysis, analyse, analyse_in_place
from generator.crisis.grouping import OverrideError, load_overrides
from generator.crisis.merge import CRISIS_FIELDS, CRISIS_SCHEMA_VERSION

__all__ = ["Analysis", "analyse", "analyse_in_place", "OverrideError", "load_overrides",
           "CRISIS_FIELDS", "CRISIS_SCHEMA_VERSION"]
