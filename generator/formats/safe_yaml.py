"""Safe YAML for files people write by hand (seed front matter, curation files).

``yaml.safe_load`` builds no Python objects, but it still expands aliases, so a few lines of
anchors and aliases ("billion laughs") can ask for gigabytes. These files never need anchors,
aliases or tags, so they are refused before anything is built, and so are duplicate keys (the
second silently wins in plain PyYAML, hiding a typo).
"""
from __future__ import annotations

import yaml


class YAMLRefused(ValueError):
    """Why a YAML text was refused: a phrase that follows '<file>: <what> '."""


# libyaml's C scanner and parser (PyYAML wheels ship it): the Python ones are slow enough to
# matter when a cold build reads thousands of seeds on one core before extraction starts
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                raise YAMLRefused(f"has the key {key!r} twice (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


FORBIDDEN_TOKENS = {yaml.AnchorToken: "anchors (&name)", yaml.AliasToken: "aliases (*name)",
                    yaml.TagToken: "tags (!tag)"}


def load(text: str, first_line: int = 1):
    """The data of a YAML text; YAMLRefused when it is not valid or uses refused features.

    ``first_line`` is the file line the text starts on, so messages point into the file.
    """
    try:
        for token in yaml.scan(text, Loader=_SafeLoader):
            if type(token) in FORBIDDEN_TOKENS:
                raise YAMLRefused(f"uses YAML {FORBIDDEN_TOKENS[type(token)]} "
                                  f"(line {token.start_mark.line + first_line}), which are not allowed")
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as err:
        raise YAMLRefused(f"is not valid YAML{_where(err, text, first_line)}") from None
    except yaml.YAMLError:
        raise YAMLRefused("is not valid YAML") from None
    except RecursionError:
        raise YAMLRefused("is nested too deeply") from None
    except (ValueError, TypeError) as err:  # e.g. a date like 2024-13-45 that YAML reads as a timestamp
        if isinstance(err, YAMLRefused):
            raise
        raise YAMLRefused(f"holds a value YAML cannot read ({str(err)[:80]})") from None


def _where(err: yaml.MarkedYAMLError, text: str, first_line: int) -> str:
    """" (line N: problem)". An error found only at the end of the text ("authors: [A. Writer"
    never closed) is placed on the line where the unclosed part opened."""
    mark = err.problem_mark
    if err.context_mark is not None and (mark is None or mark.index >= len(text.rstrip())):
        mark = err.context_mark
    return f" (line {mark.line + first_line}: {err.problem})" if mark is not None else ""
