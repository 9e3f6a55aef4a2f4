"""A fact sheet as YAML text and back: the file an analyst reviews and commits."""
from __future__ import annotations

from functools import lru_cache

import yaml

from generator.model.schema import FactSheetError

# libyaml's C parser and emitter are much faster than PyYAML's Python ones; they read and write
# the same YAML. PyYAML wheels ship libyaml; the Python classes are the fallback.
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR, _INT, _NULL, _BOOL, _MAP, _SEQ = (f"tag:yaml.org,2002:{name}"
                                       for name in ("str", "int", "null", "bool", "map", "seq"))
_SHORT = 24  # characters: scalars up to this long have their tag remembered


class _Dumper(_SafeDumper):
    """Block style; long or multi-line text as literal blocks so a reviewer reads it as written.

    A sheet is a tree of dicts, lists, strings, numbers and None: its nodes are made here
    directly, without the representer's per-object alias bookkeeping (a sheet never shares an
    object, and an alias would be refused when read back). The nodes, and so the text, are the
    ones the stock representer makes. Anything else (a float, a date) goes through the stock
    representer."""

    def represent_data(self, data):
        kind = type(data)
        if kind is str:
            return yaml.ScalarNode(_STR, data, style="|" if "\n" in data else None)
        if kind is dict:
            return yaml.MappingNode(_MAP, [
                (self.represent_data(key), self.represent_data(value)) for key, value in data.items()],
                flow_style=False)
        if kind is list:
            # [start, end] pairs stay on one line: `- [12, 30]` reads better than two lines
            flow = len(data) == 2 and all(isinstance(v, int) for v in data)
            return yaml.SequenceNode(_SEQ, [self.represent_data(item) for item in data], flow_style=flow)
        if kind is int:
            return yaml.ScalarNode(_INT, str(data))
        if data is None:
            return yaml.ScalarNode(_NULL, "null")
        if kind is bool:
            return yaml.ScalarNode(_BOOL, "true" if data else "false")
        return super().represent_data(data)

    def resolve(self, kind, value, implicit):
        # The serializer asks twice for every scalar which tag it would be read as, to choose
        # between plain and quoted; keys and short values ("kind", "PERSON", "supports") repeat
        # across every sheet, so short ones are answered by a pure, bounded memo.
        if kind is yaml.ScalarNode and len(value) <= _SHORT:
            return _scalar_tag(value, implicit)
        return super().resolve(kind, value, implicit)


_RESOLVER = yaml.resolver.Resolver()


@lru_cache(maxsize=50_000)
def _scalar_tag(value: str, implicit: tuple[bool, bool]) -> str:
    """The tag YAML would read the plain scalar `value` as (it depends on nothing else)."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, implicit)


def dump_yaml(sheet: dict) -> str:
    return yaml.dump(sheet, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def load_yaml(text: str, name: str) -> dict:
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as err:
        raise FactSheetError(f"{name}: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise FactSheetError(f"{name}: a fact sheet must be a mapping")
    return data
