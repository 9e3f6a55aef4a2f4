"""Page furniture in an article's text: photo credits and crawled link text, which name no actor.

'Image copyright Getty Images', 'toggle caption X/AFP via Getty Images' are credits; link text a
crawler glued to a name ('PelosiImpeachment battle lines harden ... MORE') is a headline. The
words come from data/furniture.yaml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import yaml

from generator.extract import gazetteer


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = yaml.safe_load((gazetteer.DATA / "furniture.yaml").read_text(encoding="utf-8"))
    cues = "|".join(re.escape(c) for c in data["credit_cues"])
    ends = "|".join(re.escape(c) for c in data["credit_ends"])
    credit = re.compile(rf"(?:{cues})[^\n]*?(?=(?:{ends})|\n|$)")
    # a lowercase pair then a capital glued on ("PelosiImpeachment", not "McConnell" or "DeSantis")
    link = re.compile(rf"[a-z]{{2}}(?=[A-Z][a-z])[^\n]*?\b{re.escape(data['link_end'])}\b(?:\s*\([^()\n]{{1,20}}\))?")
    return credit, link


def furniture_tokens(text: str, token_starts: list[int]) -> set[int]:
    """Indices of the tokens (given by their start characters) that stand in page furniture;
    the name link text is glued to stays ('Pelosi')."""
    found: set[int] = set()
    credit, link = _patterns()
    spans = [(m.start(), m.end()) for m in credit.finditer(text)]
    spans += [(m.start() + 2, m.end()) for m in link.finditer(text)]
    for start, end in spans:
        i = bisect_left(token_starts, start)
        while i < len(token_starts) and token_starts[i] < end:
            found.add(i)
            i += 1
    return found
